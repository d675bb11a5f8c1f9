"""``cs-console wall``: big numbers for a TV on the floor. Read-only, no sign-in; the figures
are read again every few seconds in a worker."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.widgets import Digits, Static

from cs_console.domain.staffing import truncated
from cs_console.i18n import N_, _
from cs_console.services.context import Context
from cs_console.services.wall import WallFigures, wall_figures
from cs_console.ui.faults import guarded
from cs_console.ui.literal import literal

REFRESH_SECONDS = 2.0
TILES = (
    ("level_now", N_("service level, this interval")),
    ("level_shift", N_("service level, this shift")),
    ("waiting", N_("calls waiting")),
    ("longest", N_("longest wait (s)")),
    ("clocks", N_("clocks warning / overrun")),
    ("penalty", N_("penalty forecast (pts)")),
)


def _level(value: float | None) -> str:
    return "-" if value is None else f"{truncated(value):.2f}"


def tile_values(f: WallFigures) -> dict[str, str]:
    return {
        "level_now": _level(f.level_now),
        "level_shift": _level(f.level_shift),
        "waiting": str(f.waiting),
        "longest": str(f.longest_seconds),
        "clocks": f"{f.clocks_warning}/{f.clocks_overrun}",
        "penalty": str(f.penalty_forecast),
    }


class WallApp(App[None]):
    CSS_PATH = "wall.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="wall.quit"),
        Binding("ctrl+q", "quit", "Quit", id="wall.ctrl_quit", show=False),
    ]

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.cs = ctx.reading_only()

    def compose(self) -> ComposeResult:
        yield Static("", id="wall-title")
        with Grid(id="wall-grid"):
            for key, label in TILES:
                with Vertical(classes="tile"):
                    yield Digits("-", id=f"tile-{key}")
                    yield Static(_(label), classes="tile-label")
        yield Static("", id="wall-note")

    def on_mount(self) -> None:
        self.load()
        self.set_interval(REFRESH_SECONDS, self.load)

    @work(thread=True, exclusive=True, group="wall")
    @guarded("reading the wall's figures")
    def load(self) -> None:
        figures = wall_figures(self.cs)
        self.call_from_thread(self.show, figures)

    def show(self, figures: WallFigures) -> None:
        now = self.cs.now().astimezone(self.cs.settings.tz)
        self.query_one("#wall-title", Static).update(
            literal(f"{self.cs.settings.centre_name} · {figures.shift} · {now:%H:%M}")
        )
        for key, value in tile_values(figures).items():
            self.query_one(f"#tile-{key}", Digits).update(value)
        target = figures.target
        self.query_one("#wall-note", Static).update(
            literal(
                _("target {target:.2f} · service level = {definition}").format(
                    target=target, definition=figures.definition
                )
            )
        )
        below = figures.level_now is not None and figures.level_now < target
        self.query_one("#tile-level_now", Digits).set_class(below, "below")
