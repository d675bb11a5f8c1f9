"""Sending a PDF to a CUPS queue through ``lp`` (package cups-bsd)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from cs_console.domain.errors import UserError


def print_pdf(data: bytes, name: str, title: str, queue: str | None) -> str:
    """``lp`` the PDF ``data`` as A4 to ``queue``, or CUPS's default; the job id CUPS gives."""
    lp = shutil.which("lp")
    if lp is None:
        raise UserError("Printing needs the CUPS client command lp (package cups-bsd).")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        command = [lp, "-t", title, "-o", "media=A4"]
        command += ["-d", queue] if queue else []
        done = subprocess.run([*command, str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr or done.stdout).strip().splitlines()
        raise UserError(f"The printer refused the job: {reason[-1] if reason else 'lp failed'}.")
    found = re.search(r"request id is (\S+)", done.stdout)
    return found.group(1) if found else "?"
