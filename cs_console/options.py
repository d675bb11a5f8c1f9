"""The global options (``--db``, ``--config``, ``--now``, ``--as``, ``--lang``, ``--read-only``,
``--plain``)
and what they open: settings, a clock and a database context.

Light to import: the settings model and the database layer are imported when first asked for,
so the console can paint its first frame before them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cs_console.clock import Clock
    from cs_console.config import Settings
    from cs_console.services.context import Context

VALUE_OPTIONS = {
    "--db": "db",
    "--config": "config",
    "--now": "now",
    "--as": "actor",
    "--lang": "lang",
}
ENVIRONMENT = {"db": "CS_CONSOLE_DB", "config": "CS_CONSOLE_CONFIG"}


@dataclass
class Globals:
    db: str | None = None
    config: Path | None = None
    now: str | None = None
    actor: str | None = None
    read_only: bool = False
    lang: str | None = None
    plain: bool = False
    _contexts: list[Context] = field(default_factory=list)

    @cached_property
    def settings(self) -> Settings:
        from cs_console.config import load_settings

        return load_settings(self.config)

    @cached_property
    def clock(self) -> Clock:
        from cs_console.clock import OffsetClock, SystemClock
        from cs_console.domain.timeparse import parse_start_instant

        if self.now is None:
            return SystemClock()
        return OffsetClock(parse_start_instant(self.now, self.settings.tz))

    def target(self, default: str | None = None) -> str:
        from cs_console.services.places import default_target

        if self.db is not None and not self.db.strip():
            from cs_console.domain.errors import UserError

            raise UserError("--db is empty; give a SQLite file path or a postgresql URL.")
        return self.db or default or default_target()

    def context(self, default: str | None = None, create: bool = False) -> Context:
        """The database the options name, opened. A SQLite file that does not exist is
        created only for the commands that create databases (``create``) or when it is the
        default one (no ``--db``): a mistyped ``--db`` never makes a new, empty centre."""
        from cs_console.services.database import open_context

        ctx = open_context(self.target(default), self.settings, self.clock, self.actor,
                           create=create or self.db is None)  # fmt: skip
        self._contexts.append(ctx)
        return ctx.reading_only() if self.read_only else ctx

    def close(self) -> None:
        for ctx in self._contexts:
            ctx.engine.dispose()


FLAGS = ("--read-only", "--plain")


def options_first(argv: Sequence[str]) -> list[str]:
    """``argv`` with the global options written after the command moved before it, where
    they are read: ``cs-console demo --lang es`` is ``cs-console --lang es demo``. The words
    of ``do`` are a command of the console's own and stay as written, as does all after
    ``--``; anything unexpected is left for the full command line to answer."""
    words = list(argv)
    start = 0
    while start < len(words) and words[start].startswith("-"):
        name, has_value, _value = words[start].partition("=")
        if name not in VALUE_OPTIONS and name not in FLAGS:
            return words
        start += 1 if has_value or name in FLAGS else 2
    if start >= len(words) or words[start] == "do":
        return words
    moved: list[str] = []
    kept = [words[start]]
    index = start + 1
    while index < len(words):
        word = words[index]
        name, has_value, _value = word.partition("=")
        if word == "--":
            kept += words[index:]
            break
        if name in FLAGS and not has_value:
            moved.append(word)
        elif name in VALUE_OPTIONS and (has_value or index + 1 < len(words)):
            moved += [word] if has_value else [word, words[index + 1]]
            index += 0 if has_value else 1
        else:
            kept.append(word)
        index += 1
    return words[:start] + moved + kept


def read_globals(argv: Sequence[str], environ: Mapping[str, str]) -> tuple[Globals, list[str]]:
    """The global options before the first word, and the words from there on.

    Raises ValueError on anything the full command line must answer (``--help``, an unknown
    option, an option without its value)."""
    values = {name: environ.get(variable) or None for name, variable in ENVIRONMENT.items()}
    flags = dict.fromkeys(FLAGS, False)
    rest = list(argv)
    while rest and rest[0].startswith("-"):
        name, has_value, value = rest.pop(0).partition("=")
        if name in flags and not has_value:
            flags[name] = True
            continue
        if name not in VALUE_OPTIONS:
            raise ValueError(name)
        if not has_value:
            if not rest:
                raise ValueError(name)
            value = rest.pop(0)
        values[VALUE_OPTIONS[name]] = value
    config = values.get("config")
    options = Globals(
        db=values.get("db"),
        config=Path(config) if config else None,
        now=values.get("now"),
        actor=values.get("actor"),
        read_only=flags["--read-only"],
        lang=values.get("lang"),
        plain=flags["--plain"],
    )
    return options, rest


def speak(argv: Sequence[str], environ: Mapping[str, str]) -> None:
    """Choose the language before anything is said (Typer's help included): ``--lang`` wherever
    it stands among the options, else the environment, the config and the locale. An unknown
    ``--lang`` raises ValueError with the sentence to show."""
    from cs_console import i18n

    lang = config = None
    words = list(argv)
    for index, word in enumerate(words):
        name, has_value, value = word.partition("=")
        if name in ("--lang", "--config"):
            value = value if has_value else (words[index + 1] if index + 1 < len(words) else "")
            if name == "--lang":
                lang = i18n.check(value)
            else:
                config = value
    config = config or environ.get("CS_CONSOLE_CONFIG")
    i18n.use(i18n.choose(lang, environ, Path(config) if config else None))
