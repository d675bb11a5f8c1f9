"""What every intent needs: the database, the settings, the clock and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from cs_console.clock import Clock
from cs_console.config import Settings
from cs_console.domain.errors import Unavailable, UserError
from cs_console.domain.shifts import ShiftInstance, current_shift
from cs_console.i18n import N_, _
from cs_console.services.database_errors import REFUSED, refusal
from cs_console.store import faults, search_repo
from cs_console.store.engine import READING, sqlite_path

SYSTEM_ACTOR = "system"
READ_ONLY = N_("This console is read-only; sign in to change anything.")


@dataclass(frozen=True)
class Context:
    engine: Engine
    settings: Settings
    clock: Clock
    actor: str | None = None
    pin: str | None = None  # the acting person's PIN for this intent only; never stored
    seen: tuple[tuple[str, int], ...] = ()  # versions the user was looking at (concurrency.py)
    read_only: bool = False  # nobody signed in at the console, or --read-only

    def now(self) -> datetime:
        """The domain's time, to the second: rules compare whole seconds (D-04, D-02)."""
        return self.clock.now().replace(microsecond=0)

    def real_now(self) -> datetime:
        """The time security runs on: never moved by ``--now`` (convention 17)."""
        return self.clock.real_now()

    def today(self) -> date:
        return self.now().astimezone(self.settings.tz).date()

    def current_shift(self, at: datetime | None = None) -> ShiftInstance | None:
        return current_shift(self.settings.shift_list, at or self.now(), self.settings.tz)

    def acting_as(self, actor: str | None, pin: str | None = None) -> Context:
        return replace(self, actor=actor, pin=pin)

    def reading_only(self) -> Context:
        """This context for a console that may look but not change anything."""
        return replace(self, actor=None, pin=None, read_only=True)

    def seeing(self, versions: dict[str, int]) -> Context:
        """This context for one intent made on records shown at these versions."""
        return replace(self, seen=tuple(versions.items()))

    def seen_version(self, ref: str) -> int | None:
        return dict(self.seen).get(ref)

    @property
    def audit_actor(self) -> str:
        return self.actor or SYSTEM_ACTOR

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction per user intent: all of it is written, or none of it."""
        if self.read_only:
            raise UserError(_(READ_ONLY))
        try:
            with (
                faults_said(self.engine),
                Session(self.engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                yield session
                # the search index follows the rows written, in the same transaction
                session.flush()
                search_repo.catch_up(session.connection(), search_repo.WRITE_BATCH)
        except REFUSED as err:  # the message and parameters hold row values: never shown
            raise refusal(err) from None

    @contextmanager
    def reading(self, snapshot: bool = False) -> Iterator[Session]:
        """A session that only reads: on SQLite a deferred transaction (one WAL snapshot, no
        lock a writer waits for). ``snapshot``: long reports and exports also see one state
        on PostgreSQL (repeatable read, read only)."""
        try:
            with faults_said(self.engine), Session(self.engine, expire_on_commit=False) as session:
                options: dict[str, object] = {READING: True}
                if snapshot and self.engine.dialect.name == "postgresql":
                    options["isolation_level"] = "REPEATABLE READ"
                    options["postgresql_readonly"] = True
                session.connection(execution_options=options)
                yield session
        except REFUSED as err:
            raise refusal(err) from None


@contextmanager
def faults_said(engine: Engine) -> Iterator[None]:
    """A damaged file or a server out of reach, said in one sentence (anything else as is)."""
    try:
        yield
    except DBAPIError as err:
        path = sqlite_path(str(engine.url))
        if path is not None and faults.is_damage(err):
            raise UserError(faults.damaged(path)) from None
        if path is None and faults.is_outage(err):
            where = engine.url.render_as_string(hide_password=True)
            raise Unavailable(faults.unreachable(f"server {engine.url.host or where}")) from None
        raise
