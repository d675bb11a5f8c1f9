"""``do`` without Typer: commands run on a context, results on stdout, refusals on stderr."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from cs_console.domain.errors import (
    EXIT_FAULT,
    EXIT_REFUSED,
    Unavailable,
    UserError,
    fault_sentence,
)
from cs_console.gc_pause import start_done

if TYPE_CHECKING:
    from cs_console.options import Globals
    from cs_console.services.context import Context


RETRY_SECONDS = 30  # how long a command waits for a database server out of reach


def execute_lines(console: Context, command: str) -> int:
    """``command``, or with ``-`` one command per line of stdin, each acknowledged as soon as
    it is committed; returns the exit status (2 when any was refused)."""
    if command != "-":
        print(_execute(console, command))
        return 0
    refused = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            print(_execute(console, line), flush=True)
        except UserError as err:
            refused += 1
            print(f"line {number}: {err}", file=sys.stderr, flush=True)
    return EXIT_REFUSED if refused else 0


def _execute(console: Context, line: str) -> str:
    """One command; while the database server is out of reach it is tried again, with a
    growing pause, for up to RETRY_SECONDS before it is reported as failed."""
    from cs_console.services.commands import execute

    give_up, pause = time.monotonic() + RETRY_SECONDS, 0.5
    while True:
        try:
            return execute(console, line)
        except Unavailable as err:
            left = give_up - time.monotonic()
            if left <= 0:
                raise Unavailable(f"{err.message[:-1]} (tried for {RETRY_SECONDS} s).") from None
            time.sleep(min(pause, left))
            pause = min(pause * 2, 4.0)


def run_headless(options: Globals, command: str) -> int:
    """``cs-console do COMMAND`` as the system (no ``--as``): the exit status, with one
    sentence on stderr when refused, as the full command line does."""
    try:
        console = options.context()
        start_done()
        return execute_lines(console, command)
    except UserError as err:
        print(err, file=sys.stderr)
        return EXIT_REFUSED
    except Exception as err:
        if os.environ.get("CS_CONSOLE_DEBUG"):
            raise
        print(fault_sentence(err), file=sys.stderr)
        return EXIT_FAULT
    finally:
        options.close()
