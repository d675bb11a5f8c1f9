"""Switching screens (1…6): a screen shown once stays built, and is shown again at once; and
the terminal driver that answers esc at once (ui/driver.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.driver import Driver
from textual.widget import AwaitMount

if TYPE_CHECKING:
    from cs_console.ui.screens.base import ConsoleScreen


class ScreenSwitching(App[None]):
    """Textual holds every mode switch's frame for 50 ms (``delay_update``), to hide a new
    screen while it is built. A screen already built has nothing to hide: its frame is drawn
    at once."""

    _built_modes: frozenset[str] = frozenset()
    _no_delay = False
    built_screens: tuple[ConsoleScreen, ...] = ()  # each mode's screen, once built

    def screen_built(self, screen: ConsoleScreen) -> None:
        self.built_screens = (*self.built_screens, screen)

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
