"""The screen beneath a dialog, dimmed, drawn from that screen's own strips.

Textual draws it by passing the whole screen beneath through Rich as one renderable and
tinting each segment anew: for every frame of a dialog (opening it, a change in it, the clock
ticking beneath it) that took longer than drawing the dialog itself. Here the strips come from
the compositor of the screen beneath, whose widgets keep their lines, and each style is tinted
once. What is drawn is the same (tests/ui/test_dialog_underlay.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.color import Color
from textual.geometry import Size
from textual.renderables.background_screen import BackgroundScreen
from textual.strip import Strip
from textual.visual import RenderOptions, Visual

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.screen import Screen
    from textual.style import Style

NO_STYLE = RichStyle()


@lru_cache(maxsize=4096)
def tinted(style: RichStyle | None, color: Color, base: RichStyle) -> RichStyle:
    """``style`` under ``color`` (with alpha), without meta or links, over the dialog
    screen's own ``base`` style: what Textual's ``BackgroundScreen`` makes of each segment."""
    style = NO_STYLE if style is None else style.clear_meta_and_links()
    if color.a > 0:
        fore = (Color.from_rich_color(style.color) + color).rich_color if style.color else None
        back = (Color.from_rich_color(style.bgcolor) + color).rich_color if style.bgcolor else None
        style += RichStyle.from_color(fore, back)
    return base + style


def dimmed(strip: Strip, color: Color, base: RichStyle) -> Strip:
    return Strip(
        [Segment(text, tinted(style, color, base)) for text, style, _control in strip],
        strip.cell_length,
    )


class Underlay(Visual):
    """The screen beneath, tinted by ``color``, as strips."""

    def __init__(self, screen: Screen[Any], color: Color) -> None:
        self.screen = screen
        self.color = color

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        size = Size(width, self.screen.size.height if height is None else height)
        base = style.rich_style
        strips = self.screen._compositor.render_strips(size)
        return [dimmed(strip, self.color, base) for strip in strips]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.screen.size.height


class DimmedUnderlay:
    """Mixed into a ModalScreen class, before it."""

    def render(self) -> Any:
        drawn = super().render()  # type: ignore[misc]
        if isinstance(drawn, BackgroundScreen):
            return Underlay(drawn.screen, drawn.color)
        return drawn
