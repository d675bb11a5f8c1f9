"""The command language's verbs: the same table serves ``:`` in the TUI and ``cs-console do``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cs_console.domain.commands import parse_command
from cs_console.domain.errors import UserError
from cs_console.services.context import Context

Handler = Callable[[Context, tuple[str, ...]], str]


@dataclass(frozen=True)
class Verb:
    name: str
    syntax: str
    summary: str
    handler: Handler
    min_args: int = 0
    max_args: int | None = None


VERBS: dict[str, Verb] = {}


def verb(
    syntax: str, summary: str, min_args: int = 0, max_args: int | None = None
) -> Callable[[Handler], Handler]:
    """Register a handler under the first word of ``syntax``."""

    def register(handler: Handler) -> Handler:
        name = syntax.split()[0]
        VERBS[name] = Verb(name, syntax, summary, handler, min_args, max_args)
        return handler

    return register


def execute(ctx: Context, line: str) -> str:
    """Run one command line; returns the result text or raises UserError."""
    _load_verbs()
    command = parse_command(line, frozenset(VERBS))
    spec = VERBS[command.verb]
    count = len(command.args)
    if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
        raise UserError(f"Usage: {spec.syntax}")
    return spec.handler(ctx, command.args)


def verbs() -> list[Verb]:
    _load_verbs()
    return sorted(VERBS.values(), key=lambda v: v.name)


def _load_verbs() -> None:
    from cs_console.services import (  # noqa: F401  (each module registers its verbs)
        verbs_attendance,
        verbs_clocks,
        verbs_core,
        verbs_handover,
        verbs_points,
        verbs_seats,
        verbs_tickets,
    )
