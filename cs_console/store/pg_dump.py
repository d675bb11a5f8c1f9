"""Backups of a PostgreSQL database through ``pg_dump`` (custom format, for ``pg_restore``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL


def dump(url: URL, target: Path) -> None:
    """Raises ``OSError`` when pg_dump is missing or fails (its message included)."""
    program = shutil.which("pg_dump")
    if program is None:
        raise OSError("pg_dump is not installed (Debian: postgresql-client)")
    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [program, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={libpq}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise OSError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    target.chmod(0o600)
