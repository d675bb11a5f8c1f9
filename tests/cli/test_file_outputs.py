"""Every file the console writes is whole or absent: a temporary file renamed into place,
0600 when it may hold unmasked data (D-12), never through a link, never over a database, and a
full disk is one sentence (exit 2) that leaves the earlier file as it was."""

from __future__ import annotations

import csv
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.database import open_context
from cs_console.store.models import Staff
from tests.cli.conftest import ok
from tests.conftest import NOW, ZONE

FORMULAS = ('=HYPERLINK("http://x.example")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-x+y",
            "\tTab", "\rCR")  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_csv_report_quotes_what_a_spreadsheet_would_run(demo, env, tmp_path):
    ctx = open_context(env["CS_CONSOLE_DB"], Settings(timezone=ZONE), FixedClock(NOW))
    with ctx.transaction() as session:
        for n, name in enumerate(FORMULAS):
            session.add(Staff(staff_no=f"30{n:02d}", name=name, role="agent", grade="junior"))
    ctx.engine.dispose()
    out = tmp_path / "week.csv"
    assert ok(demo("report", "week", "--csv", str(out))) == f"Written to {out}."
    rows = {r["staff_no"]: r for r in csv.DictReader(out.open(encoding="utf-8", newline=""))}
    assert [rows[f"30{n:02d}"]["name"] for n in range(len(FORMULAS))] == [
        "'" + name for name in FORMULAS
    ]
    assert rows["1003"]["name"] == "高翔"  # plain text stays as it is
    assert mode(out) == 0o600


def test_outputs_are_private_except_the_masked_text_summary(demo, tmp_path):
    written = {
        "export.json": ("export", "json", "--out"),
        "week.json": ("report", "week", "--json"),
        "shift.csv": ("report", "shift", "--csv"),
        "summary.pdf": ("print", "handover", "--pdf"),
        "backup.db": ("db", "backup"),
    }
    for name, command in written.items():
        ok(demo(*command, str(tmp_path / name)))
        assert mode(tmp_path / name) == 0o600, name
    ok(demo("print", "handover", "--out", str(tmp_path / "summary.txt")))
    assert mode(tmp_path / "summary.txt") == 0o666 & ~_umask()
    assert leftovers(tmp_path) == []


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_never_through_a_link_nor_over_a_database(demo, env, tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("mine\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(kept)
    database = Path(env["CS_CONSOLE_DB"])
    before = database.read_bytes()[:100]
    other_db = tmp_path / "other.db"
    ok(demo("db", "backup", str(other_db)))
    for command, target, sentence in [
        (("export", "json", "--out"), link, "is a symbolic link"),
        (("report", "month", "--json"), link, "is a symbolic link"),
        (("print", "handover", "--pdf"), link, "is a symbolic link"),
        (("export", "json", "--out"), other_db, "is a database file"),
        (("report", "week", "--csv"), other_db, "is a database file"),
        (("print", "handover", "--out"), database, "is a database file"),
        (("db", "backup"), link, "is a symbolic link"),
    ]:
        result = demo(*command, str(target))
        assert result.exit_code == 2, command
        assert result.stderr == f"{target} {sentence}" + _rest(sentence), command
    assert kept.read_text(encoding="utf-8") == "mine\n" and link.is_symlink()
    assert database.read_bytes()[:100] == before
    assert leftovers(tmp_path) == []


def _rest(sentence: str) -> str:
    if sentence == "is a symbolic link":
        return "; cs-console writes only to a plain file.\n"
    return "; cs-console never writes over one.\n"


def test_db_backup_replaces_an_existing_file_only_with_force(demo, tmp_path):
    target = tmp_path / "nightly.db"
    ok(demo("db", "backup", str(target)))
    first = target.stat().st_mtime_ns
    again = demo("db", "backup", str(target))
    assert again.exit_code == 2
    assert again.stderr == f"{target} exists; add --force to replace it.\n"
    assert target.stat().st_mtime_ns == first
    assert ok(demo("db", "backup", str(target), "--force")) == f"Backup written to {target}."
    assert mode(target) == 0o600 and leftovers(tmp_path) == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, int | None]]:
    """A 64 KiB tmpfs (root can mount one); else a 64 KiB file-size limit on the process."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                             capture_output=True, check=False).returncode == 0  # fmt: skip
    yield folder, None if mounted else 64 * 1024
    if mounted:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_is_one_sentence_and_the_earlier_file_stays(demo, env, small_disk):
    folder, fsize = small_disk

    def cap() -> None:
        if fsize:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    argv = [sys.executable, "-m", "cs_console", "--now", "2026-11-22T10:30"]
    for name, command in (("export.json", ("export", "json", "--out")),
                          ("backup.db", ("db", "backup", "--force"))):  # fmt: skip
        target = folder / name
        target.write_text("earlier\n", encoding="utf-8")
        done = subprocess.run([*argv, *command, str(target)],
                              env={**os.environ, **env}, capture_output=True, text=True,
                              preexec_fn=cap, check=False, timeout=120)  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert done.stderr == f"Cannot write {target}: the disk is full; nothing was written.\n"
        assert target.read_text(encoding="utf-8") == "earlier\n"
        assert leftovers(folder) == []
