"""Who is at the console: sign-in and switch user, the lock (ctrl+l) and the idle lock after
``idle_lock_minutes`` measured on the real clock (convention 17), a mixin of the console app."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from textual import events

from cs_console.i18n import _
from cs_console.ui.read_only_gate import STARTED_READ_ONLY

if TYPE_CHECKING:
    from cs_console.domain.records import StaffMember


class Locking:
    """Needs the console app's ``cs``, ``signed_in``, ``locked``, ``alerts`` and ``read_only``."""

    cs: Any
    signed_in: Any
    locked: Any
    alerts: Any
    read_only: bool
    _last_input: Any

    def action_sign_in(self) -> None:
        """Sign in, or switch to another person (the palette, the read-only refusal); esc
        keeps whoever is signed in now."""
        if self.read_only or self.alerts is None:
            self._started_read_only()
            return
        from cs_console.ui.modals.sign_in import SignInModal

        self.push_screen(SignInModal(self.cs), lambda p: self._signed_in(p) if p else None)

    def action_lock(self) -> None:
        """ctrl+l, the palette, or idle for ``idle_lock_minutes``: the screen blanks to a
        sign-in box and nobody acts until someone signs in (security time: the real clock)."""
        if self.locked is not None or self.alerts is None:
            return
        if self.read_only:  # nobody is signed in, and its lock would offer a sign-in
            self._started_read_only()
            return
        who = self.signed_in
        at = self.cs.real_now().astimezone(self.cs.settings.tz)
        text = _("Locked at {time}").format(time=f"{at:%H:%M}")
        if who:
            text += f" · {who.staff_no} {who.name}"
        from cs_console.ui.modals.lock import LockScreen

        self.signed_in = None
        self.cs = self.cs.reading_only()
        self.locked = LockScreen(self.cs, text)
        self.push_screen(self.locked, self._unlocked)
        self.refresh_header()

    def _started_read_only(self) -> None:
        self.notify(_(STARTED_READ_ONLY), severity="warning")

    def _unlocked(self, person: StaffMember | None) -> None:
        self.locked = None
        self._signed_in(person)

    async def on_event(self, event: events.Event) -> None:
        """Every key counts as someone at the console (the idle lock's real-time measure)."""
        if isinstance(event, events.Key) and self.signed_in is not None:
            self._last_input = self.cs.real_now()
        await super().on_event(event)

    def _lock_if_idle(self) -> None:
        if self.signed_in is None or self.locked is not None or self._last_input is None:
            return
        idle = timedelta(minutes=self.cs.settings.idle_lock_minutes)
        if self.cs.real_now() - self._last_input >= idle:
            self.action_lock()
