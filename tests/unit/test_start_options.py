"""The global options are read without the full command line, so a plain start opens the
console and ``do`` runs at once; anything else is left to Typer (#8, P1 and P8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cs_console.options import options_first, read_globals
from cs_console.start import _is_headless_do


def test_global_options_and_the_words_after_them() -> None:
    g, words = read_globals(
        ["--db", "a.db", "--config=c.toml", "--now", "2026-11-22T10:30", "--read-only", "do", "-"],
        {},
    )
    assert (g.db, g.config, g.now) == ("a.db", Path("c.toml"), "2026-11-22T10:30")
    assert g.read_only and words == ["do", "-"]


def test_environment_gives_database_and_config_and_options_win() -> None:
    env = {"CS_CONSOLE_DB": "env.db", "CS_CONSOLE_CONFIG": "env.toml"}
    from_env, words = read_globals([], env)
    assert (from_env.db, from_env.config, words) == ("env.db", Path("env.toml"), [])
    chosen, _ = read_globals(["--db", "mine.db"], env)
    assert chosen.db == "mine.db"


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["--db"], ["--read-only=yes"]])
def test_help_and_mistakes_are_for_the_full_command_line(argv: list[str]) -> None:
    with pytest.raises(ValueError):
        read_globals(argv, {})


@pytest.mark.parametrize(
    ("words", "headless"),
    [
        (["do", "status"], True),
        (["do", "-"], True),
        (["do", "--help"], False),
        (["do", "status", "extra"], False),
        (["do"], False),
        (["report", "shift"], False),
    ],
)
def test_which_do_runs_without_typer(words: list[str], headless: bool) -> None:
    assert _is_headless_do(words) is headless


@pytest.mark.parametrize(
    ("argv", "first"),
    [
        (["demo", "--lang", "es"], ["--lang", "es", "demo"]),
        (["demo", "--read-only", "--no-tui"], ["--read-only", "demo", "--no-tui"]),
        (["--plain", "demo", "--lang=zh_CN"], ["--plain", "--lang=zh_CN", "demo"]),
        (["db", "check", "--db", "a.db"], ["--db", "a.db", "db", "check"]),
        (["demo", "--", "--lang"], ["demo", "--", "--lang"]),
        (["do", "note --lang es"], ["do", "note --lang es"]),
        (["do", "-", "--lang", "es"], ["do", "-", "--lang", "es"]),
        (["--help"], ["--help"]),
        ([], []),
    ],
)
def test_global_options_after_a_command_are_read_as_before_it(
    argv: list[str], first: list[str]
) -> None:
    assert options_first(argv) == first
