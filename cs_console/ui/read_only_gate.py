"""A console that only looks opens no dialog that would write: the key that would open one
is refused at once and the sign-in offered, as a command refused read-only is. Before, a
form was filled in and then refused, and what was typed was lost."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.await_complete import AwaitComplete

from cs_console.i18n import N_, _

STARTED_READ_ONLY = N_("This console was started read-only (--read-only).")


class ReadOnlyGate(App[None]):
    """Needs the console app's ``cs``, ``read_only``, ``action_sign_in`` and
    ``_console_screen``; a dialog that writes says so with ``WRITES``."""

    cs: Any
    read_only: bool

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        if not self.may_open(screen):
            return AwaitComplete.nothing()
        return super().push_screen(screen, *args, **kwargs)

    def may_open(self, screen: Any) -> bool:
        """A dialog that writes opens only where someone may write; else it is refused."""
        if getattr(screen, "WRITES", False) and self.cs.read_only:
            self.refuse_read_only()
            return False
        return True

    def refuse_read_only(self) -> None:
        """Said on the status line with the bell; the sign-in is offered where one may sign
        in (a console started ``--read-only`` says that instead)."""
        from cs_console.services.context import READ_ONLY  # (not before the first frame, P1)

        screen = self._console_screen()  # type: ignore[attr-defined]
        if screen is not None:
            screen.say(_(STARTED_READ_ONLY if self.read_only else READ_ONLY), ok=False)
        self.bell()
        if not self.read_only:
            self.action_sign_in()  # type: ignore[attr-defined]
