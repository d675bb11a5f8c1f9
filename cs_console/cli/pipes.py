"""Output into a pipe whose reader has gone (``cs-console audit | head -1``): the command
ends quietly, with the status of a program ended by SIGPIPE, and nothing on stderr."""

from __future__ import annotations

import os
import sys

EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE, as a shell reports a writer whose reader left


def closed_pipe() -> int:
    """Stdout goes nowhere from now on (Python's last flush must not fail); the status."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_CLOSED_PIPE
