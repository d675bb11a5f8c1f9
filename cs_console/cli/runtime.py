"""Global options, turned into settings, a clock and a database context for each command."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import typer
from typer.core import TyperGroup

from cs_console.clock import Clock, OffsetClock, SystemClock
from cs_console.config import Settings, load_settings
from cs_console.domain.errors import UserError
from cs_console.domain.timeparse import parse_start_instant
from cs_console.services.context import Context
from cs_console.services.database import default_target, open_context

EXIT_REFUSED = 2
EXIT_FAULT = 1


class ConsoleGroup(TyperGroup):
    """Errors a user can cause: one sentence on stderr and exit 2; anything else exit 1."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except UserError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(EXIT_REFUSED) from None
        except Exception as err:
            if os.environ.get("CS_CONSOLE_DEBUG") or _is_usage_error(err):
                raise
            typer.echo(f"internal error: {type(err).__name__}: {err}", err=True)
            raise typer.Exit(EXIT_FAULT) from None


def _is_usage_error(err: Exception) -> bool:
    """Typer's own exceptions (bad options, missing arguments) keep Typer's handling."""
    return type(err).__module__.startswith("typer.")


@dataclass
class Globals:
    db: str | None = None
    config: Path | None = None
    now: str | None = None
    actor: str | None = None
    read_only: bool = False
    _contexts: list[Context] = field(default_factory=list)

    @cached_property
    def settings(self) -> Settings:
        return load_settings(self.config)

    @cached_property
    def clock(self) -> Clock:
        if self.now is None:
            return SystemClock()
        return OffsetClock(parse_start_instant(self.now, self.settings.tz))

    def target(self, default: str | None = None) -> str:
        return self.db or default or default_target()

    def context(self, default: str | None = None) -> Context:
        ctx = open_context(self.target(default), self.settings, self.clock, self.actor)
        self._contexts.append(ctx)
        return ctx.reading_only() if self.read_only else ctx

    def close(self) -> None:
        for ctx in self._contexts:
            ctx.engine.dispose()


def globals_of(ctx: typer.Context) -> Globals:
    return ctx.find_root().obj


def read_pin(prompt: str = "PIN") -> str:
    """The PIN from ``CS_CONSOLE_PIN``, else asked for on the terminal."""
    pin = os.environ.get("CS_CONSOLE_PIN")
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise UserError("A PIN is needed: set CS_CONSOLE_PIN or run from a terminal.")
    return typer.prompt(prompt, hide_input=True)
