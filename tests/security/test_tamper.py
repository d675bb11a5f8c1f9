"""A signed log cannot be altered unseen (D-10): on a chain of four signed logs with an
addendum, each of twelve SQL edits an attacker might make is found by `cs-console db check`
(exit 2, one sentence naming the log or the row), on a SQLite file and on PostgreSQL; and a
rewound chain is found against the chain head printed on paper (`--expect`)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner, Result

from cs_console.cli.main import app
from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from cs_console.services.handover import ack_all, addendum, note, sign_incoming, sign_outgoing
from tests.conftest import PG_SERVER, ZONE, _pg_admin

Run = Callable[..., Result]
TZ = Settings(timezone=ZONE).tz


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ).astimezone(UTC)


def build_chain(target: str) -> None:
    """Logs 1–3 (night, day, evening of 2026-11-22), an addendum to log 3, then log 4 (the
    night of 2026-11-23): links 1, 2, 3, 4 (the addendum) and 5."""
    clock = FixedClock(local("2026-11-22T07:00"))
    ctx = open_context(target, Settings(timezone=ZONE), clock)
    create_demo(ctx)

    def handover(out: str, inc: str, day: str, sign_at: str, ack_at: str) -> None:
        clock.set(local(f"{day}T{sign_at}"))
        outgoing = ctx.acting_as(out, "1234")
        note(outgoing, "equipment", f"handed over by {out} at {sign_at}")
        note(outgoing, "problems", "none")
        note(outgoing, "staffing", "none")
        sign_outgoing(outgoing)
        clock.set(local(f"{day}T{ack_at}"))
        incoming = ctx.acting_as(inc, "1234")
        ack_all(incoming)
        sign_incoming(incoming)

    handover("1029", "1001", "2026-11-22", "07:40", "07:55")
    handover("1001", "1015", "2026-11-22", "15:40", "15:55")
    handover("1015", "1029", "2026-11-22", "23:40", "23:55")
    clock.set(local("2026-11-22T23:58"))
    addendum(ctx.acting_as("1029"), "the evening forgot T-61's call-back")
    handover("1029", "1001", "2026-11-23", "07:40", "07:55")
    ctx.engine.dispose()


class Database:
    """One copy of the built chain, and SQL on it as an attacker would send it."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.postgres = target.startswith("postgresql")

    def rows(self, query: str) -> list[tuple]:
        with self._connect() as conn:
            return list(conn.execute(query).fetchall())

    def one(self, query: str) -> object:
        return self.rows(query)[0][0]

    def run(self, *statements: str, params: tuple = ()) -> None:
        with self._connect() as conn:
            for statement in statements:
                conn.execute(statement, params if "%s" in statement or "?" in statement else ())
            conn.commit()

    def instant(self, at: datetime) -> object:
        """A timestamp as this database's driver takes it in an UPDATE."""
        if self.postgres:
            return at
        return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    @property
    def mark(self) -> str:
        return "%s" if self.postgres else "?"

    def _connect(self):  # noqa: ANN202 - a DB-API connection of either driver
        if self.postgres:
            return psycopg.connect(self.target.replace("postgresql+psycopg", "postgresql"))
        return sqlite3.connect(self.target)


@pytest.fixture(scope="module")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chain") / "template.db"
    build_chain(str(path))
    return path


@pytest.fixture(scope="module")
def pg_template() -> Iterator[str]:
    name = f"cs_console_chain_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    build_chain(f"{PG_SERVER}/{name}")
    yield name
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def chain(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the four-log chain on a SQLite file or a PostgreSQL database."""
    if request.param == "sqlite":
        copy = tmp_path / "console.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), copy)
        yield Database(str(copy))
        return
    template = request.getfixturevalue("pg_template")
    name = f"cs_console_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield Database(f"{PG_SERVER}/{name}")
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def check(chain: Database, tmp_path: Path) -> Run:
    """`cs-console db check` on the copy."""
    runner = CliRunner()
    env = {"CS_CONSOLE_CONFIG": "", "XDG_DATA_HOME": str(tmp_path / "xdg")}

    def call(*extra: str) -> Result:
        return runner.invoke(app, ["--db", chain.target, "db", "check", *extra], env=env)

    return call


def refused(check: Run, *sentences: str) -> None:
    done = check()
    assert done.exit_code == 2, done.stdout
    assert done.exception is None or isinstance(done.exception, SystemExit)
    found = done.stderr.splitlines()
    for sentence in sentences:
        assert sentence in found, done.stderr


def entry_of(chain: Database, seq: int, kind: str = "entry") -> int:
    return int(chain.one(
        "SELECT e.id FROM handover_entry e JOIN handover_log l ON l.id = e.log_id "
        f"WHERE l.seq = {seq} AND e.kind = '{kind}' ORDER BY e.id"
    ))  # fmt: skip


def test_the_untouched_chain_passes(check: Run, chain: Database):
    done = check()
    assert done.exit_code == 0, done.stderr
    head = chain.rows("SELECT link_seq, link_hash FROM chain_head")[0]
    assert done.stdout.strip() == (
        f"ok: integrity, audit chain and handover chain (chain head 5:{head[1]})"
    )
    assert head[0] == 5
    assert check("--expect", f"5:{head[1]}").exit_code == 0


def test_editing_an_entry_is_found(check: Run, chain: Database):
    chain.run(f"UPDATE handover_entry SET text = 'all fine' WHERE id = {entry_of(chain, 2)}")
    refused(check, "handover log 2 (2026-11-22/D) does not match its fingerprint (link 2)")


def test_deleting_an_entry_is_found(check: Run, chain: Database):
    chain.run(f"DELETE FROM handover_entry WHERE id = {entry_of(chain, 2, 'none')}")
    refused(check, "handover log 2 (2026-11-22/D) does not match its fingerprint (link 2)")


def test_inserting_an_entry_is_found(check: Run, chain: Database):
    log_id = chain.one("SELECT id FROM handover_log WHERE seq = 2")
    m = chain.mark
    chain.run(
        "INSERT INTO handover_entry (log_id, section, text, kind, author, at, acked_by, item_key) "
        f"VALUES ({m}, 'problems', 'warned about the outage', 'entry', '1001', {m}, '', '')",
        params=(log_id, chain.instant(local("2026-11-22T15:39"))),
    )
    refused(check, "handover log 2 (2026-11-22/D) does not match its fingerprint (link 2)")


def test_editing_an_addendum_is_found(check: Run, chain: Database):
    number = entry_of(chain, 3, "addendum")
    chain.run(f"UPDATE handover_entry SET text = 'nothing was forgotten' WHERE id = {number}")
    refused(
        check,
        f"addendum #{number} to handover log 3 (2026-11-22/E) does not match its fingerprint "
        "(link 4)",
    )


def test_deleting_an_addendum_is_found(check: Run, chain: Database):
    number = entry_of(chain, 3, "addendum")
    chain.run(f"DELETE FROM handover_entry WHERE id = {number}")
    refused(check, f"addendum #{number} to handover log 3 (2026-11-22/E) is missing (link 4)")


def test_editing_a_carried_item_is_found(check: Run, chain: Database):
    chain.run(f"UPDATE handover_entry SET text = 'from: nothing' WHERE id = "
              f"{entry_of(chain, 3, 'carried')}")  # fmt: skip
    refused(
        check,
        "handover log 2 (2026-11-22/D) does not match its fingerprint (link 2)",
        "handover log 3 (2026-11-22/E) does not match its fingerprint (link 3)",
    )


def test_editing_an_acknowledgement_is_found(check: Run, chain: Database):
    chain.run(f"UPDATE handover_entry SET acked_by = '1016' WHERE id = "
              f"{entry_of(chain, 3, 'carried')}")  # fmt: skip
    refused(check, "handover log 3 (2026-11-22/E) does not match its fingerprint (link 3)")


def test_changing_a_signer_is_found(check: Run, chain: Database):
    chain.run("UPDATE handover_log SET in_staff_no = '1016' WHERE seq = 2")
    refused(check, "handover log 2 (2026-11-22/D) does not match its fingerprint (link 2)")


def test_changing_a_signature_time_is_found(check: Run, chain: Database):
    m = chain.mark
    chain.run(
        f"UPDATE handover_log SET out_signed_at = {m} WHERE seq = 2",
        params=(chain.instant(local("2026-11-22T15:59")),),
    )
    refused(check, "handover log 2 (2026-11-22/D) does not match its fingerprint (link 2)")


def test_unsigning_the_last_log_is_found(check: Run, chain: Database):
    chain.run(
        "UPDATE handover_log SET status = 'awaiting_incoming', in_staff_no = '', "
        "in_signed_at = NULL, in_signed_real_at = NULL, seq = NULL, fingerprint = '' "
        "WHERE seq = 4"
    )
    refused(check, "handover log (2026-11-23/N) does not match its fingerprint (link 5)")


def test_swapping_two_logs_sequence_numbers_is_found(check: Run, chain: Database):
    chain.run(
        "UPDATE handover_log SET seq = -2 WHERE seq = 2",
        "UPDATE handover_log SET seq = 2 WHERE seq = 3",
        "UPDATE handover_log SET seq = 3 WHERE seq = -2",
    )
    refused(
        check,
        "handover log 3 (2026-11-22/D) does not match its fingerprint (link 2)",
        "handover log 2 (2026-11-22/E) does not match its fingerprint (link 3)",
    )


def test_editing_an_audit_row_is_found(check: Run, chain: Database):
    row = chain.one("SELECT min(id) FROM audit_entry WHERE action = 'handover.note'")
    chain.run(f"UPDATE audit_entry SET actor = '1002' WHERE id = {row}")
    refused(check, f"audit row id {row} (handover.note) does not match its hash")


def test_deleting_an_audit_row_that_is_not_the_last_is_found(check: Run, chain: Database):
    row, position = chain.rows(
        "SELECT id, chain_seq FROM audit_entry WHERE action = 'handover.ack' ORDER BY id"
    )[0]
    following = chain.one(f"SELECT id FROM audit_entry WHERE chain_seq = {position + 1}")
    chain.run(f"DELETE FROM audit_entry WHERE id = {row}")
    refused(
        check,
        f"audit chain: the row at position {position} is missing (deleted?) before row id "
        f"{following}",
    )


def test_a_rewound_chain_passes_alone_but_not_against_the_printed_head(check: Run, chain: Database):
    """The last signature, its link and the audit rows after it removed, and the chain head
    rewound: only the head printed on the paper shows it."""
    printed = chain.rows("SELECT link_seq, link_hash FROM chain_head")[0]
    last = chain.one("SELECT min(chain_seq) FROM audit_entry WHERE action = "
                     "'handover.sign_incoming' AND target = '2026-11-23/N'")  # fmt: skip
    kept = chain.rows(f"SELECT chain_seq, hash FROM audit_entry WHERE chain_seq = {last} - 1")[0]
    link = chain.rows("SELECT seq, fingerprint FROM handover_link WHERE seq = 4")[0]
    m = chain.mark
    chain.run(f"DELETE FROM audit_entry WHERE chain_seq >= {last}")
    chain.run("DELETE FROM handover_link WHERE seq = 5")
    chain.run(
        "UPDATE handover_log SET status = 'awaiting_incoming', in_staff_no = '', "
        "in_signed_at = NULL, in_signed_real_at = NULL, seq = NULL, fingerprint = '' "
        "WHERE seq = 4"
    )
    chain.run(
        f"UPDATE chain_head SET audit_seq = {m}, audit_hash = {m}, link_seq = {m}, link_hash = {m}",
        params=(kept[0], kept[1], link[0], link[1]),
    )
    assert check().exit_code == 0
    expected = f"{printed[0]}:{printed[1]}"
    done = check("--expect", expected)
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        f"handover chain: it ends at link 4 and does not reach link 5 ({printed[1][:16]}…): "
        "links were removed"
    )


def test_a_malformed_expectation_is_one_sentence(check: Run):
    done = check("--expect", "5:abc")
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        "'5:abc' is not a chain head such as 12:3fa9…; give SEQ:FINGERPRINT as printed."
    )


def test_an_expected_head_that_was_never_there_fails(check: Run, chain: Database):
    other = "0" * 64
    done = check("--expect", f"3:{other}")
    assert done.exit_code == 2
    assert done.stderr.strip() == (
        "handover chain: link 3 is not 0000000000000000…: the chain was rewritten"
    )
