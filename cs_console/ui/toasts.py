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
        no control characters; taken down by the tick once ``timeout`` is over."""
        text = message if markup else one_line(message)
        shown = Notification(text, title, severity, KEPT, markup=markup)
        if self._toasts_until is None:
            self._toasts_until = {}
        seconds = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self._toasts_until[shown.identity] = (shown, time.monotonic() + seconds)
        self.post_message(Notify(shown))

    def take_down_toasts(self) -> None:
        """The toasts whose time is up, taken down together (one refresh)."""
        if not self._toasts_until:
            return
        now = time.monotonic()
        over = [(key, n) for key, (n, until) in self._toasts_until.items() if until <= now]
        for key, shown in over:
            del self._toasts_until[key]
            if shown in self._notifications:
                self._unnotify(shown, refresh=False)
        if over:
            self._refresh_notifications()
