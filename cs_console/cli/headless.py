"""``do`` without Typer: commands run on a context, results on stdout, refusals on stderr."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from cs_console.domain.errors import EXIT_FAULT, EXIT_REFUSED, Unavailable, UserError
from cs_console.domain.text import one_line
from cs_console.gc_pause import start_done

if TYPE_CHECKING:
    from cs_console.options import Globals
    from cs_console.services.context import Context


RETRY_SECONDS = 30  # how long a command waits for a database server out of reach


def execute_lines(console: Context, command: str) -> int:
    """``command``, or with ``-`` one command per line of stdin, each acknowledged as soon as
    it is committed; returns the exit status: 1 when any line met an internal error (its
    ``line N:`` sentence says so and the next line runs), else 2 when any was refused."""
    if command != "-":
        try:
            print(_execute(console, command))
        except (UserError, BrokenPipeError):
            raise
        except Exception as err:
            print(_fault(err, command), file=sys.stderr)
            return EXIT_FAULT
        return 0
    refused = faulted = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            result = _execute(console, line)
        except UserError as err:
            refused += 1
            print(f"line {number}: {one_line(str(err))}", file=sys.stderr, flush=True)
            continue
        except Exception as err:
            faulted += 1
            print(f"line {number}: {_fault(err, line)}", file=sys.stderr, flush=True)
            continue
        print(result, flush=True)
    return EXIT_FAULT if faulted else EXIT_REFUSED if refused else 0


def _execute(console: Context, line: str) -> str:
    """One command; while the database server is out of reach it is tried again, with a
    growing pause, for up to RETRY_SECONDS before it is reported as failed."""
    from cs_console.commands.registry import execute

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
    except BrokenPipeError:
        from cs_console.cli.pipes import closed_pipe

        return closed_pipe()
    except UserError as err:
        print(one_line(str(err)), file=sys.stderr)
        return EXIT_REFUSED
    except Exception as err:
        print(_fault(err, command), file=sys.stderr)
        return EXIT_FAULT
    finally:
        options.close()


def _fault(err: Exception, line: str) -> str:
    """The sentence for an internal error while running ``line``, its details in the log
    (``CS_CONSOLE_DEBUG`` lets it through to the traceback instead)."""
    if os.environ.get("CS_CONSOLE_DEBUG"):
        raise err
    from cs_console.fault_log import record_fault, running

    return record_fault(err, running(line))
