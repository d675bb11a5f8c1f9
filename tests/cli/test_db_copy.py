"""``db copy --to URL``: a SQLite file moves to PostgreSQL in one go, counts verified."""

import json

from tests.cli.conftest import LEADER, ok


def tables(cli, *db: str) -> dict[str, list]:  # noqa: ANN001
    return json.loads(ok(cli(*db, "export", "json")))["tables"]


def test_copy_to_postgresql_moves_every_row_and_the_copy_keeps_working(demo, pg_target, env):
    before = {name: len(rows) for name, rows in tables(demo).items()}
    said = ok(demo("db", "copy", "--to", pg_target))
    total = sum(before.values()) + 1  # the export above is audited too
    assert said == (
        f"Copied {total} rows in {len(before)} tables to {pg_target}; every table's count verified."
    )
    copied = tables(demo, "--db", pg_target)
    assert {k: len(v) for k, v in copied.items() if k != "audit_entry"} == {
        k: v for k, v in before.items() if k != "audit_entry"
    }
    assert copied["ticket"] == tables(demo)["ticket"]  # the same rows, value for value
    env["CS_CONSOLE_PIN"] = "1234"
    created = ok(
        demo("--db", pg_target, *LEADER, "do", "ticket inquiry Copied and still numbering")
    )
    assert created.startswith(f"T-{before['ticket'] + 1} ")  # sequences continue


def test_copy_into_a_database_that_has_data_writes_nothing(demo, pg_target):
    ok(demo("db", "copy", "--to", pg_target))
    again = demo("db", "copy", "--to", pg_target)
    assert again.exit_code == 2
    assert again.stderr.strip().startswith("Nothing was copied: the target already holds")
    itself = demo("db", "copy", "--to", demo("db", "where").stdout.strip())
    assert (
        itself.exit_code == 2 and itself.stderr.strip() == "The copy must go to another database."
    )


def test_backup_of_a_postgresql_database_is_a_pg_dump_archive(demo, pg_target, tmp_path):
    import subprocess

    ok(demo("db", "copy", "--to", pg_target))
    archive = tmp_path / "site.dump"
    assert ok(demo("--db", pg_target, "db", "backup", str(archive))) == (
        f"Backup written to {archive}."
    )
    listing = subprocess.run(
        ["pg_restore", "--list", str(archive)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE DATA public ticket" in listing and "TABLE DATA public audit_entry" in listing
