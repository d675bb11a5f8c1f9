"""Backups of a PostgreSQL database through ``pg_dump`` (custom format, for ``pg_restore``)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL


def command(url: URL, target: Path, program: str = "pg_dump") -> tuple[list[str], dict[str, str]]:
    """pg_dump's argv and environment: the password goes in ``PGPASSWORD``, never on the
    command line, which every user of the machine can read."""
    environ = dict(os.environ)
    if url.password is not None:
        environ["PGPASSWORD"] = str(url.password)
    bare = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    libpq = bare.render_as_string(hide_password=False)
    argv = [program, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={libpq}"]
    return argv, environ


def dump(url: URL, target: Path) -> None:
    """Raises ``OSError`` when pg_dump is missing or fails (its message included)."""
    program = shutil.which("pg_dump")
    if program is None:
        raise OSError("pg_dump is not installed (Debian: postgresql-client)")
    target.parent.mkdir(parents=True, exist_ok=True)
    argv, environ = command(url, target, program)
    done = subprocess.run(argv, capture_output=True, text=True, env=environ, check=False)
    if done.returncode != 0:
        raise OSError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    target.chmod(0o600)
