"""The command language's verbs: the same table serves ``:`` in the TUI and ``cs-console do``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

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

# Which module registers each verb: a command imports only its own module (a badge reader runs
# ``do arrive`` per arrival). A test checks this against the registrations.
MODULES = {
    "verbs_attendance": ("absent", "approve", "arrive", "callin", "certificate", "leave",
                         "reject", "remark", "roll", "swap"),
    "verbs_clocks": ("clocks", "complaint", "dispatch", "event", "report"),
    "verbs_core": ("help", "show", "status"),
    "verbs_handover": ("ack", "addendum", "blame", "note", "print", "sign"),
    "verbs_points": ("acknowledge", "appeal", "confirm", "points", "stats", "void"),
    "verbs_seats": ("away", "back", "fault", "fixed", "free", "seat", "signout", "state"),
    "verbs_tickets": ("accept", "close", "kb", "reopen", "resolve", "ticket", "visit"),
}  # fmt: skip
HOMES = {name: module for module, names in MODULES.items() for name in names}
# The verbs that only look (a print adds its own audit row); every other verb writes, and what
# fell due with time is settled before it (convention 14).
READS = frozenset({"help", "status", "show", "roll", "clocks", "stats", "print"})


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
    command = parse_command(line, frozenset(HOMES))
    import_module(f"cs_console.services.{HOMES[command.verb]}")
    spec = VERBS[command.verb]
    count = len(command.args)
    if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
        raise UserError(f"Usage: {spec.syntax}")
    if command.verb not in READS and not ctx.read_only:
        from cs_console.services.settlement import settle

        settle(ctx)
    return spec.handler(ctx, command.args)


def verbs() -> list[Verb]:
    for module in MODULES:
        import_module(f"cs_console.services.{module}")
    return sorted(VERBS.values(), key=lambda v: v.name)
