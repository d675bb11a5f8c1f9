"""What leaves the console: an unmasked export needs a signed-in squad leader (D-12), the
PostgreSQL password never reaches a command line, and a database error is one sentence that
names the record or the table, never its values."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.engine import make_url
from sqlmodel import Session, col, select

from cs_console.domain.errors import UserError
from cs_console.services.database import open_context
from cs_console.store import pg_dump
from cs_console.store.models import AuditEntry, Ticket
from tests.conftest import PG_SERVER

FULL_NUMBER = re.compile(r"1\d{10}")  # a mainland mobile number, unmasked
UNMASKED = "refused [AUTH]: an unmasked export (D-12) needs a squad leader (signed in)"


def test_d12_an_unmasked_export_needs_a_signed_in_squad_leader_and_names_them(
    program, centre, tmp_path: Path
):
    out = tmp_path / "full.json"
    anyone = program("export", "json", "--unmasked")
    assert (anyone.returncode, anyone.stdout, anyone.stderr.strip()) == (2, "", UNMASKED)
    deputy = program("--as", "1002", "export", "json", "--unmasked", "--out", str(out), pin="1234")
    assert (deputy.returncode, deputy.stderr.strip()) == (2, UNMASKED)
    assert not out.exists()
    masked = program("export", "json")
    assert masked.returncode == 0 and not FULL_NUMBER.search(masked.stdout)
    leader = program("--as", "1001", "export", "json", "--unmasked", "--out", str(out), pin="1234")
    assert leader.returncode == 0, leader.stderr
    assert FULL_NUMBER.search(out.read_text(encoding="utf-8"))
    with Session(centre.engine) as session:
        exports = session.exec(
            select(AuditEntry.actor, AuditEntry.after)
            .where(AuditEntry.action == "export.json")
            .order_by(col(AuditEntry.id))
        ).all()
    assert [(actor, json.loads(after)["masked"]) for actor, after in exports] == [
        ("system", True),
        ("1001", False),
    ]


def test_the_postgresql_password_reaches_pg_dump_through_the_environment(tmp_path: Path):
    url = make_url(f"{PG_SERVER}/test").set(password="s3cr3t-Pw")
    argv, environ = pg_dump.command(url, tmp_path / "site.dump")
    assert not any("s3cr3t-Pw" in word for word in argv), argv
    assert environ["PGPASSWORD"] == "s3cr3t-Pw"


def test_a_backup_through_a_url_with_a_password_still_works(pg_target, settings, clock, tmp_path):
    url = make_url(pg_target).set(password="s3cr3t-Pw")
    ctx = open_context(url.render_as_string(hide_password=False), settings, clock)
    archive = tmp_path / "site.dump"
    try:
        pg_dump.dump(ctx.engine.url, archive)
    finally:
        ctx.engine.dispose()
    listing = subprocess.run(["pg_restore", "--list", str(archive)], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
    assert "TABLE DATA public ticket" in listing


def test_a_database_refusal_names_the_record_never_its_values(centre):
    """A duplicate key, with a customer's number in the row: one sentence, no values."""
    with Session(centre.engine) as session:
        taken = session.exec(select(Ticket.id).limit(1)).one()
    with pytest.raises(UserError) as err, centre.acting_as("1001").transaction() as session:
        session.execute(
            insert(Ticket).values(
                id=taken,
                category="inquiry",
                summary="秘密 13912345678",
                customer_phone="13912345678",
                customer_name="张三",
                accepted_at=centre.now(),
                due_at=centre.now(),
            )  # fmt: skip
        )
    said = str(err.value)
    assert said == f"The database refused T-{taken}: it would duplicate a unique value."
    assert "13912345678" not in said and "张三" not in said


def test_a_database_refusal_in_a_command_is_one_sentence_without_values(pg_target, tmp_path):
    """PostgreSQL refuses a summary longer than its column; the row held a full number."""
    env = {"CS_CONSOLE_PIN": "1234", "XDG_DATA_HOME": str(tmp_path / "xdg"), "PATH": "/usr/bin"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        import os
        import sys

        return subprocess.run([sys.executable, "-m", "cs_console", "--db", pg_target, *args],
                              capture_output=True, text=True, env={**os.environ, **env},
                              timeout=120)  # fmt: skip

    assert run("demo", "--no-tui").returncode == 0
    long = "x" * 210
    done = run("--as", "1001", "do", f"ticket inquiry {long} phone 13912345678 name 张三")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.strip() == (
        "The database refused a new ticket: a value is too long for its column."
    )
    huge = run("do", "show T-99999999999")
    assert (huge.returncode, huge.stderr.strip()) == (
        2,
        "The database refused T-99999999999: a number is out of range.",
    )


def test_db_copy_never_shows_a_customer_number(cli_demo, pg_target, tmp_path: Path):
    """A number longer than PostgreSQL's column (SQLite kept it) stops the copy: the refusal
    names the table; none of the numbers in the batch is shown."""
    tickets = tmp_path / "tickets.csv"
    tickets.write_text(
        "accepted_at,category,summary,phone,name,agent,state,target\n"
        "2026-11-20T09:00,fault,No dial tone,138123456781381234567813812345678,王伟,,new,\n",
        encoding="utf-8",
    )
    assert cli_demo("import", "tickets", str(tickets)).returncode == 0
    copied = cli_demo("db", "copy", "--to", pg_target)
    assert copied.returncode == 2
    assert copied.stderr.strip() == (
        "Nothing was copied: the database refused a new ticket: a value is too long for its column."
    )
    assert not FULL_NUMBER.search(copied.stdout + copied.stderr)


@pytest.fixture
def cli_demo(tmp_path: Path):
    """The demo on a SQLite file and the real program on it."""
    import os
    import sys

    db = tmp_path / "demo.db"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "CS_CONSOLE_PIN": ""}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cs_console", "--db", str(db), *args],
                              capture_output=True, text=True, env=env, timeout=120)  # fmt: skip

    assert run("demo", "--no-tui").returncode == 0
    return run
