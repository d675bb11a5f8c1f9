"""The ``cs-console`` program. A plain start opens the console at once: its first frame is
painted before the command-line machinery and the database layer are imported (#8, P1).
Everything else goes to the full command line (``cs_console.cli``)."""

from __future__ import annotations

import os
import sys

from cs_console.options import console_options


def main() -> None:
    options = console_options(sys.argv[1:], os.environ)
    if options is None:
        from cs_console.cli import main as command_line

        command_line()
        return
    from cs_console.ui.launch import open_console

    sys.exit(open_console(options))
