"""Dialogs built once and kept: ``?`` and the new-ticket form open and close at once.

Textual takes a closed dialog apart and then lays out and redraws the whole screen a second
time; a dialog installed in the app is only hidden. The next opening shows it again with
what it must show then (``reopen``): no second frame, no new widgets. Any dialog opens
without the screen beneath being drawn again after it (``push_screen``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.screen import ModalScreen, Screen


class KeptModals(App[None]):
    def push_kept(
        self,
        name: str,
        build: Callable[[], Screen[Any]],
        reopen_with: tuple[Any, ...] = (),
        callback: Callable[[Any], None] | None = None,
    ) -> None:
        """Open the dialog kept under ``name``, built by ``build`` the first time and made
        as new (``reopen(*reopen_with)``) the next."""
        if self.is_screen_installed(name):
            screen = self.get_screen(name)
            if screen in self.screen_stack or not self.may_open(screen):  # (open already)
                return
            screen.reopen(*reopen_with)  # type: ignore[attr-defined]
        else:
            screen = build()
            if not self.may_open(screen):
                return
            self.install_screen(screen, name)
        self.push_screen(screen, callback)

    def may_open(self, _screen: Screen[Any]) -> bool:
        """Whether the dialog may open now (ui/read_only_gate.py says when not)."""
        return True

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Textual marks the whole screen beneath a dialog for repainting as it opens it, and
        that repaint redraws the whole dialog in a frame of its own; the dialog's first frame
        has drawn the screen beneath already (ui/underlay.py)."""
        beneath = self.screen if self._screen_stack else None
        done = super().push_screen(screen, *args, **kwargs)
        if beneath is not None and isinstance(self.screen, ModalScreen):
            beneath._repaint_required = False
        return done
