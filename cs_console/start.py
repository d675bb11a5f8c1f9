"""The ``cs-console`` program. Two starts skip the full command line (#8):

- a plain start opens the console at once: its first frame needs neither the command-line
  machinery nor the database layer, which a worker thread imports meanwhile (P1);
- ``do COMMAND`` without ``--as`` (a badge reader's call) runs without Typer (P8).

Everything else goes to the full command line (``cs_console.cli.main``)."""

from __future__ import annotations

import os
import sys

from cs_console.gc_pause import pause_for_start, start_done
from cs_console.options import options_first, read_globals, speak


def main() -> None:
    """The program; output into a closed pipe ends it quietly (``cs-console audit | head``)."""
    try:
        _main()
    except BrokenPipeError:
        _closed_pipe()
    finally:
        try:  # what is still buffered goes out here, where a closed pipe is caught
            sys.stdout.flush()
        except BrokenPipeError:
            _closed_pipe()


def _closed_pipe() -> None:
    from cs_console.cli.pipes import closed_pipe

    sys.exit(closed_pipe())


def _main() -> None:
    pause_for_start()  # both quick starts end it once the database is open
    sys.argv[1:] = options_first(sys.argv[1:])
    try:
        speak(sys.argv[1:], os.environ)
    except ValueError as err:
        print(err, file=sys.stderr)
        sys.exit(2)
    try:
        options, words = read_globals(sys.argv[1:], os.environ)
    except ValueError:
        words = None
    if words == []:
        from cs_console.ui.launch import open_console

        sys.exit(open_console(options))
    if words and _is_headless_do(words) and options.actor is None:
        from cs_console.cli.headless import run_headless

        sys.exit(run_headless(options, words[1]))
    start_done()
    from cs_console.cli.main import main as command_line

    command_line()


def _is_headless_do(words: list[str]) -> bool:
    """``do COMMAND`` or ``do -``; ``do --help`` and mistakes are the full command line's."""
    return len(words) == 2 and words[0] == "do" and (words[1] == "-" or words[1][:1] != "-")
