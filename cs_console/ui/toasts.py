"""The console's notifications (Textual's toasts): their text as written, and taken down by the
clock's tick, in the frame the tick draws anyway.

Textual takes a toast down by its own timer, started when the toast is mounted: a frame of its
own, with a layout of the whole screen, that lands just after a tick (a clock alert is raised by
the tick, so it ends a whole number of seconds later). Here a toast stays until the first tick
after its time is up."""

from __future__ import annotations

import time
from typing import Any

from textual.app import App
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.widgets._toast import ToastHolder, ToastRack

from cs_console.domain.text import one_line

KEPT = 24 * 3600.0  # seconds Textual is told a toast lasts: the tick takes it down before


class TickedToasts(App[None]):
    """Mixed into the console app, whose tick calls ``take_down_toasts``."""

    _toasts_until: dict[str, tuple[Notification, float]] | None = None  # by identity

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Any = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Shown as written: no markup (unless asked for, as Textual's own messages do) and
        no control characters; taken down by the tick once ``timeout`` is over. As Textual's,
        it may be called from a worker thread (it posts a message; the tick reads a copy)."""
        text = message if markup else one_line(message)
        shown = Notification(text, title, severity, KEPT, markup=markup)
        if self._toasts_until is None:
            self._toasts_until = {}
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self._toasts_until[shown.identity] = (shown, time.monotonic() + seconds)
        self.post_message(Notify(shown))

    def take_down_toasts(self) -> None:
        """The toasts whose time is up, taken down together: their notifications, and the
        holders Textual put each toast in on every screen that showed it (its rack takes the
        toast away, not its holder)."""
        if not self._toasts_until:
            return
        now = time.monotonic()
        # a copy: ``notify`` may be called from a worker thread meanwhile
        over = [n for n, until in list(self._toasts_until.values()) if until <= now]
        if not over:
            return
        for shown in over:
            del self._toasts_until[shown.identity]
            if shown in self._notifications:
                self._unnotify(shown, refresh=False)
        gone = {ToastRack._toast_id(shown) for shown in over}
        screens = {s for stack in self._screen_stacks.values() for s in stack}
        screens |= {s for s in self._installed_screens.values() if isinstance(s, Screen)}
        for screen in screens:
            for holder in screen.query(ToastHolder):
                if holder.id in gone:
                    holder.remove()
        self._refresh_notifications()
