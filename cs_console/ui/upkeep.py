"""What the console does in the background, besides showing the clock: it follows other
terminals' writes (the poll), settles what fell due (convention 14), and rides out a database
server that goes away — the screen stays readable, the header says so, writes are refused in
one sentence, and the console looks again with back-off until the server is back."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from textual import work

from cs_console.domain.errors import Unavailable, UserError
from cs_console.i18n import _
from cs_console.ui.faults import guarded

if TYPE_CHECKING:
    from cs_console.services.changes import ChangeWatch
    from cs_console.services.context import Context

POLL_SECONDS = 0.5  # live update: how often to look for other terminals' writes (one index read)
SETTLE_EVERY = timedelta(minutes=1)  # how often a console that may write settles what fell due
RETRY_FIRST, RETRY_MOST = 1.0, 10.0  # seconds between looks at a server out of reach: 1, 2, 4…
UNREACHABLE = "database unreachable — retrying"


class Upkeep:
    """Mixed into the console app (a Textual App), whose header, screens and shift loader it
    uses: ``refresh_header``, ``_console_screen``, ``_load_shift``."""

    cs: Context
    signed_in: object
    _ask_sign_in: bool
    _changes: ChangeWatch | None
    _last_change: int

    def init_upkeep(self) -> None:
        self.db_down = False  # the header says UNREACHABLE while True
        self._retry_at = 0.0  # monotonic time of the next look at a server out of reach
        self._retry_wait = RETRY_FIRST
        self._settle_at: datetime | None = None  # when this console next settles
        self._settled_shift: str | None = None  # the shift it last settled in

    # -- live update ---------------------------------------------------------------------

    @property
    def last_change(self) -> int:
        """The change token of what this console shows."""
        return self._last_change

    @guarded("looking for changes")
    def _poll(self) -> None:
        """Live update: reload what is on screen when anyone wrote, keeping cursor and forms.

        On SQLite the look costs microseconds (no lock, no transaction) and runs here; on
        PostgreSQL it is one primary-key read, in a thread, as the network may be slow or
        gone. While the server is out of reach, the looks back off."""
        if not self.is_running or self._changes is None:
            return
        if self.db_down and time.monotonic() < self._retry_at:
            return
        if self._changes.remote:
            self._poll_remote()
        else:
            self._polled(self._changes.token())

    @work(thread=True, exclusive=True, group="poll")
    @guarded("looking for changes")
    def _poll_remote(self) -> None:
        assert self._changes is not None
        try:
            token = self._changes.token()
        except Unavailable as err:
            self.call_from_thread(self.database_down, str(err))
        else:
            self.call_from_thread(self._polled, token)

    def _polled(self, token: int) -> None:
        back = self.db_down
        changed = back or self._last_change != token
        self.db_down, self._retry_wait, self._last_change = False, RETRY_FIRST, token
        if back:
            self.notify(_("The database is reachable again."))
            self.refresh_header()
        if not changed:
            return
        screen = self._console_screen()
        if screen is not None:
            screen.reload()
        self._load_shift()

    def database_down(self, sentence: str) -> None:
        """A read or write found the server out of reach: keep what is shown, say so, and
        look again after a growing pause."""
        if not self.db_down:
            self.db_down = True
            self._retry_wait = RETRY_FIRST
            self.refresh_header()
            screen = self._console_screen()
            if screen is not None and screen.is_mounted:
                screen.say(sentence, ok=False)
        else:
            self._retry_wait = min(self._retry_wait * 2, RETRY_MOST)
        self._retry_at = time.monotonic() + self._retry_wait

    # -- settlement ----------------------------------------------------------------------

    def _settle_if_due(self, now: datetime, shift: str | None) -> None:
        """A console that may write settles once a minute and when a shift ends (never a
        read-only one, never before its user signed in)."""
        if self.cs.read_only or (self._ask_sign_in and self.signed_in is None) or self.db_down:
            return
        due = self._settle_at
        if due is not None and shift == self._settled_shift and due - SETTLE_EVERY <= now < due:
            return
        self._settle_at, self._settled_shift = now + SETTLE_EVERY, shift
        self._settle()

    def settle_now(self) -> None:
        """At once (a leader just signed in): what fell due while nobody was."""
        self._settle_at = None
        now = self.cs.now()
        current = self.cs.current_shift(now)
        self._settle_if_due(now, current.key if current else None)

    @work(thread=True, exclusive=True, group="settle")
    @guarded("settling what fell due")
    def _settle(self) -> None:
        """What fell due with time, proposed by the system; the change watch shows it."""
        from cs_console.services.settlement import settle

        try:
            settle(self.cs)
        except Unavailable as err:
            self.call_from_thread(self.database_down, str(err))
        except UserError as err:
            self.call_from_thread(self.notify, str(err), severity="warning")
