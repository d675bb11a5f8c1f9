"""Faults that are not the user's (convention 19): one sentence for the person, without the
error's text (it may hold customer data), and the details — the traceback, never local
variables — in a rotated log file in the user log folder, phone numbers masked (D-12)."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from cs_console.clock import wall_now
from cs_console.domain.masking import mask_phone

LOG_NAME = "cs-console.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
DIGIT_RUN = re.compile(r"\d{7,}")  # phone numbers; times, ids and line numbers are shorter

_logger = logging.getLogger("cs_console.faults")
_logger.propagate = False  # never to a console handler: the details stay in the file


class _File(RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """A log that cannot be written never prints on the terminal the console draws on."""


class _Masked(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        return wall_now().isoformat(timespec="milliseconds")  # the clock module's, as all times

    def format(self, record: logging.LogRecord) -> str:
        return DIGIT_RUN.sub(lambda found: mask_phone(found.group()), super().format(record))


def log_file() -> Path:
    from platformdirs import user_log_path

    return user_log_path("cs-console") / LOG_NAME


def _handler(path: Path) -> None:
    """The rotated file at ``path`` (the folder may change between tests)."""
    for old in list(_logger.handlers):
        if Path(getattr(old, "baseFilename", "")) == path:
            return
        _logger.removeHandler(old)
        old.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _File(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(_Masked("%(asctime)s %(levelname)s %(message)s"))
    path.chmod(0o600)
    _logger.addHandler(handler)


def running(line: str) -> str:
    """What a command line was doing, by its verb only (its words may hold customer data)."""
    verb = line.split(maxsplit=1)[0] if line.strip() else ""
    return f"running {verb}" if verb.isalpha() and len(verb) <= 16 else "running a command"


def record_fault(err: BaseException, doing: str) -> str:
    """Log ``err`` with its traceback; the sentence to show (no text of the error itself)."""
    path = log_file()
    try:
        _handler(path)
    except OSError:
        where = "its details could not be written to a log file"
    else:
        _logger.error("internal error while %s", doing, exc_info=err)
        where = f"the details are in {path}"
    return f"internal error ({type(err).__name__}) while {doing}; {where}."


def route_logger(name: str) -> Path:
    """The errors of the library logger ``name`` (a web server's) go to the fault log file,
    their tracebacks without local variables, never to the terminal."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _File(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(_Masked("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger(name)
    logger.addHandler(handler)
    logger.propagate = False
    path.chmod(0o600)
    return path
