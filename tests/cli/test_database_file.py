"""A damaged, empty, missing or mistyped database is said in one sentence (exit 2): `db check`
names what SQLite's integrity check found, every other command refuses, and nothing is made
of a file that was never a cs-console database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cs_console.options import Globals

REFUSED = "the database file is damaged; run `cs-console db check`."


def damage_pages(path: Path) -> None:
    """Overwrite the start of every page but the schema's with bytes SQLite never wrote."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        for page in range(1, path.stat().st_size // page_size):
            fh.seek(page * page_size)
            fh.write(b"\xff" * 64)


@pytest.fixture
def database(demo, env) -> Path:  # noqa: ARG001 - the demo is made first
    return Path(env["CS_CONSOLE_DB"])


def one_sentence(result, exit_code: int = 2) -> str:  # noqa: ANN001
    assert result.exit_code == exit_code, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
    return result.stderr.strip()


def test_a_damaged_page_db_check_says_what_and_the_rest_refuse(demo, database, run):
    damage_pages(database)
    said = one_sentence(demo("db", "check"))
    assert said.startswith(f"The database file {database} is damaged: ") and said.endswith(".")
    for command in (("do", "status"), ("export", "json"), ("report", "month")):
        assert one_sentence(demo(*command)) == f"{database}: {REFUSED}", command
    headless = run("do", "status")  # the badge reader's quick start
    assert (headless.returncode, headless.stderr) == (2, f"{database}: {REFUSED}\n")


def test_a_file_that_is_no_database_is_refused_everywhere(demo, database, run):
    database.write_bytes(b"PK\x03\x04 not a database at all" + b"\x00" * 4000)
    said = one_sentence(demo("db", "check"))
    assert said == f"The database file {database} is damaged: file is not a database."
    for command in (("do", "status"), ("audit",), ("db", "upgrade"), ("settle",)):
        assert one_sentence(demo(*command)) == f"{database}: {REFUSED}", command
    plain = run("--read-only")  # the console itself: one sentence after its screen is gone
    assert plain.returncode == 2 and plain.stderr.endswith(f"{database}: {REFUSED}\n")


def test_an_empty_file_is_refused_not_turned_into_an_empty_centre(cli, tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    for command in (("do", "status"), ("db", "upgrade"), ("demo", "--no-tui")):
        said = one_sentence(cli("--db", str(empty), *command))
        assert said.startswith(f"{empty} is an empty file (0 bytes), not a database"), command
    assert empty.stat().st_size == 0


def test_a_mistyped_db_is_refused_and_never_created(demo, env, tmp_path, run):
    typo = tmp_path / "cli.bd"
    for command in (("do", "status"), ("export", "json"), ("db", "check"), ("audit",)):
        said = one_sentence(demo("--db", str(typo), *command))
        assert said == f"There is no database at {typo}; check --db (`cs-console db upgrade` " \
                       "creates one).", command  # fmt: skip
    assert run("--db", str(typo), "do", "status").returncode == 2
    assert not typo.exists()


def test_the_commands_that_make_databases_still_do(demo, tmp_path):
    made = {name: tmp_path / f"{name}.db" for name in ("demo", "upgrade", "import", "copy")}
    staff = tmp_path / "staff.csv"
    staff.write_text("staff_no,name,role,grade,team\n2001,周敏,agent,junior,A\n", encoding="utf-8")
    assert demo("--db", str(made["demo"]), "demo", "--no-tui").exit_code == 0
    assert demo("--db", str(made["upgrade"]), "db", "upgrade").exit_code == 0
    assert demo("--db", str(made["import"]), "import", "staff", str(staff)).exit_code == 0
    assert demo("db", "copy", "--to", str(made["copy"])).exit_code == 0
    assert all(path.stat().st_size > 0 for path in made.values())


def test_the_default_database_is_made_on_first_use(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    options = Globals()
    ctx = options.context()
    assert Path(options.target()) == tmp_path / "xdg" / "cs-console" / "cs-console.db"
    assert Path(options.target()).stat().st_size > 0
    ctx.engine.dispose()


@pytest.mark.parametrize(
    ("db", "sentence"),
    [
        ("", "--db is empty; give a SQLite file path or a postgresql URL."),
        (
            "postgresql://",
            "The database URL 'postgresql://' names no server; use "
            "postgresql://USER:PASSWORD@HOST:5432/DATABASE.",
        ),  # fmt: skip
        (
            "postgresql:///cs_console",
            "The database URL 'postgresql:///cs_console' names no "
            "server; use postgresql://USER:PASSWORD@HOST:5432/DATABASE.",
        ),
    ],
)
def test_an_empty_or_serverless_url_is_refused(cli, run, db, sentence):
    assert one_sentence(cli("--db", db, "audit")) == sentence
    for argv in (("--db", db, "do", "status"), ("--db", db, "--read-only")):
        done = run(*argv)
        assert done.returncode == 2 and done.stderr.endswith(sentence + "\n"), argv
