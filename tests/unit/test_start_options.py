"""A plain ``cs-console`` opens the console without the full command line; anything else is
left to it (#8, P1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cs_console.options import console_options


def test_global_options_open_the_console() -> None:
    g = console_options(
        ["--db", "a.db", "--config=c.toml", "--now", "2026-11-22T10:30", "--read-only"], {}
    )
    assert g is not None
    assert (g.db, g.config, g.now) == ("a.db", Path("c.toml"), "2026-11-22T10:30")
    assert g.read_only


def test_environment_gives_database_and_config_and_options_win() -> None:
    env = {"CS_CONSOLE_DB": "env.db", "CS_CONSOLE_CONFIG": "env.toml"}
    from_env = console_options([], env)
    assert from_env is not None and (from_env.db, from_env.config) == ("env.db", Path("env.toml"))
    chosen = console_options(["--db", "mine.db"], env)
    assert chosen is not None and chosen.db == "mine.db"


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["--db", "a.db", "do", "status"],
        ["--help"],
        ["--version"],
        ["--db"],
        ["--read-only=yes"],
        ["--unknown"],
    ],
)
def test_commands_help_and_mistakes_go_to_the_command_line(argv: list[str]) -> None:
    assert console_options(argv, {}) is None
