"""Files the console writes (reports, exports, summaries, PDFs, backups): whole or not at all.

Each one is written to a temporary file in the target's own folder and renamed over the target
only once complete, so a failed write — a full disk, a killed process — leaves an earlier file
as it was. Never through a symbolic link, never over an existing database file; files that may
hold unmasked data are created 0600. A failure is one sentence naming the file."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from cs_console.domain.errors import UserError
from cs_console.i18n import _

SQLITE_MAGIC = b"SQLite format 3\x00"
FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def refuse_target(path: Path, database_allowed: bool = False) -> None:
    """A symbolic link, or (unless ``database_allowed``) a database file, is never written."""
    if path.is_symlink():
        raise UserError(
            _("{path} is a symbolic link; cs-console writes only to a plain file.").format(
                path=path
            )
        )
    if not database_allowed and is_database(path):
        raise UserError(
            _("{path} is a database file; cs-console never writes over one.").format(path=path)
        )


def is_database(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def cannot_write(path: Path, err: OSError) -> UserError:
    if err.errno in FULL:
        return UserError(
            _("Cannot write {path}: the disk is full; nothing was written.").format(path=path)
        )
    return UserError(f"Cannot write {path}: {err.strerror or err}; nothing was written.")


@contextmanager
def replacing(path: Path, private: bool, database_allowed: bool = False) -> Iterator[Path]:
    """A new, empty temporary file beside ``path``; renamed over ``path`` when the block ends
    without an error, removed otherwise. ``private``: 0600, else what the umask allows."""
    refuse_target(path, database_allowed)
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as err:
        raise cannot_write(path, err) from None
    os.close(handle)
    temporary = Path(name)
    try:
        if not private:
            temporary.chmod(0o666 & ~_umask())
        yield temporary
        _sync(temporary)
        refuse_target(path, database_allowed)  # not swapped for a link meanwhile
        os.replace(temporary, path)
        _sync(path.parent)
    except OSError as err:
        raise cannot_write(path, err) from None
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def writing(path: Path, private: bool) -> Iterator[IO[str]]:
    """A UTF-8 text file at ``path``, written whole or not at all."""
    with replacing(path, private) as temporary, temporary.open("w", encoding="utf-8") as out:
        yield out


def write_bytes(path: Path, data: bytes, private: bool) -> None:
    with replacing(path, private) as temporary:
        temporary.write_bytes(data)


def write_text(path: Path, text: str, private: bool) -> None:
    with writing(path, private) as out:
        out.write(text)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return mask
