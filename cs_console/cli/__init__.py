"""The ``cs-console`` command line (Typer, in ``main``); ``do`` also runs without it."""
