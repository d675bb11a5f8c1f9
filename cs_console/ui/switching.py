"""Switching screens (1…6): every screen is built once, in the background after the first one
shows its data and while no key comes, and is shown at once; and the terminal driver that
answers esc at once (ui/driver.py)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import events, work
from textual._context import visible_screen_stack
from textual.app import App
from textual.driver import Driver
from textual.screen import Screen
from textual.widget import AwaitMount

if TYPE_CHECKING:
    from textual.timer import Timer

    from cs_console.ui.screens.base import ConsoleScreen

QUIET = 0.4  # seconds without a key before a screen is built away: keys come first


class ScreenSwitching(App[None]):
    """Textual holds every mode switch's frame for 50 ms (``delay_update``), to hide a new
    screen while it is built. A screen already built has nothing to hide: its frame is drawn
    at once."""

    _built_modes: frozenset[str] = frozenset()
    _no_delay = False
    built_screens: tuple[ConsoleScreen, ...] = ()  # each mode's screen, once built
    _last_key = 0.0  # time.monotonic() of the last key
    _away_timer: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self._last_key = time.monotonic()
        await super().on_event(event)

    def _keys_quiet(self, then) -> bool:  # noqa: ANN001
        """Whether no key came for ``QUIET``; if one did, ``then`` runs once it is quiet."""
        wait = self._last_key + QUIET - time.monotonic()
        if wait <= 0:
            return True
        if self._away_timer is None:

            def again() -> None:
                self._away_timer = None
                then()

            self._away_timer = self.set_timer(wait, again)
        return False

    def screen_built(self, screen: ConsoleScreen) -> bool:
        """Whether ``screen`` was new here."""
        if screen in self.built_screens:
            return False
        self.built_screens = (*self.built_screens, screen)
        return True

    def build_away(self) -> None:
        """The screens not built yet, built in the background one at a time, each after the
        frame that follows the one before; each one's module is imported in a thread and its
        data read by its own worker. Showing one later is a switch, not a first showing."""
        waiting = [mode for mode in self._modes if mode not in self._screen_stacks]
        if waiting and self.is_running and self._keys_quiet(self.build_away):
            self._import_away(waiting)

    def draw_away(self, screen: ConsoleScreen) -> None:
        """A screen built away that got its data lays itself out and draws its lines into its
        widgets' caches, not to the terminal: its first showing sends them only."""
        if screen is self.screen or not screen.is_attached or not self.is_running:
            return
        visible_screen_stack.set([])  # nothing beneath it: its own background
        screen._refresh_layout(self.size)
        screen._compositor.render_strips(self.size)
        # A screen's frames come from its update timer, whose first tick comes a whole frame
        # period (1/60 s) after it first runs: that wait is spent now, not at the first showing.
        screen._update_timer.resume()

    @work(thread=True, group="build-away")
    def _import_away(self, waiting: list[str]) -> None:
        from cs_console.ui.opening import screen_class

        screen_class(waiting[0])
        self.call_from_thread(self._build_away, waiting[0])

    def _build_away(self, mode: str) -> None:
        if not self._keys_quiet(lambda: self._build_away(mode)):
            return
        if mode not in self._screen_stacks and self.is_running:
            self._init_mode(mode)  # built and sized as Textual builds a mode's first screen
            self._built_modes |= {mode}
        self.call_after_refresh(self.build_away)

    _making_mode = False

    def _init_mode(self, mode: str) -> AwaitMount:
        self._making_mode = True
        try:
            return super()._init_mode(mode)
        finally:
            self._making_mode = False

    def _get_screen(self, screen: Screen | str) -> tuple[Screen, AwaitMount]:
        """A mode's new screen is styled as it is mounted, after its own CSS was read (whose
        rules are all under the screen's class: screens/*.tcss). Textual restyled the whole
        app, then once more when that screen was first shown: its styles count as current."""
        made = super()._get_screen(screen)
        if self._making_mode:
            made[0]._css_update_count = self._css_update_count
        return made

    def switch_mode(self, mode: str) -> AwaitMount:
        self._no_delay = mode in self._built_modes
        try:
            done = super().switch_mode(mode)
        finally:
            self._no_delay = False
        self._built_modes |= {mode}
        return done

    def delay_update(self, delay: float = 0.05) -> None:
        if not self._no_delay:
            super().delay_update(delay)

    def get_driver_class(self) -> type[Driver]:
        from cs_console.ui.driver import console_driver

        return console_driver(super().get_driver_class())
