"""The command language's verbs: the same table serves ``:`` in the TUI and ``cs-console do``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from cs_console.domain.commands import parse_command
from cs_console.domain.errors import UserError
from cs_console.domain.permissions import authorize
from cs_console.domain.text import clean, one_line
from cs_console.services.context import READ_ONLY, Context

Handler = Callable[[Context, tuple[str, ...]], str]
# The permission a command line asks for when it depends on the arguments: the action's row
# in the permission table, and whose record it touches (None: nobody's own).
Access = Callable[[Context, tuple[str, ...]], tuple[str, str | None]]


@dataclass(frozen=True)
class Verb:
    name: str
    syntax: str
    summary: str
    handler: Handler
    min_args: int = 0
    max_args: int | None = None
    access: Access | None = None
    lines: bool = False  # a block of lines (help, clocks, stats); any other result is one line


VERBS: dict[str, Verb] = {}

# Which module registers each verb: a command imports only its own module (a badge reader runs
# ``do arrive`` per arrival). A test checks this against the registrations.
MODULES = {
    "verbs_attendance": ("absent", "approve", "arrive", "callin", "certificate", "leave",
                         "reject", "remark", "roll", "swap"),
    "verbs_clocks": ("clocks", "complaint", "dispatch", "event", "report"),
    "verbs_core": ("help", "show", "status"),
    "verbs_handover": ("ack", "addendum", "blame", "closedown", "note", "print", "sign"),
    "verbs_search": ("search",),
    "verbs_points": ("acknowledge", "appeal", "confirm", "points", "stats", "void"),
    "verbs_seats": ("away", "back", "fault", "fixed", "free", "seat", "signout", "state"),
    "verbs_tickets": ("accept", "close", "kb", "reopen", "resolve", "ticket", "visit"),
}  # fmt: skip
HOMES = {name: module for module, names in MODULES.items() for name in names}
# The verbs that only look (a print adds its own audit row); every other verb writes, and what
# fell due with time is settled before it (convention 14).
READS = frozenset({"help", "status", "show", "roll", "clocks", "stats", "print", "search"})


def verb(
    syntax: str,
    summary: str,
    min_args: int = 0,
    max_args: int | None = None,
    access: Access | None = None,
    lines: bool = False,
) -> Callable[[Handler], Handler]:
    """Register a handler under the first word of ``syntax``; ``access`` names the permission
    when the arguments decide it (else the verb's own row)."""

    def register(handler: Handler) -> Handler:
        name = syntax.split()[0]
        VERBS[name] = Verb(name, syntax, summary, handler, min_args, max_args, access, lines)
        return handler

    return register


def execute(ctx: Context, line: str) -> str:
    """Run one command line once the acting person may (the permission table, convention 17);
    returns the result text or raises UserError.

    The text is safe to show (convention 15): no control characters, and a result of one
    line stays one line whatever the stored text in it holds (a line break shows as ⏎)."""
    command = parse_command(line, frozenset(HOMES))
    import_module(f"cs_console.services.{HOMES[command.verb]}")
    spec = VERBS[command.verb]
    count = len(command.args)
    if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
        raise UserError(f"Usage: {spec.syntax}")
    action, owner = spec.access(ctx, command.args) if spec.access else (spec.name, None)
    try:
        authorize(action, _role(ctx), own=owner is not None and owner == ctx.actor)
    except UserError:
        if ctx.read_only:  # nobody signed in at this console: that is the reason to give
            raise UserError(READ_ONLY) from None
        raise
    if command.verb not in READS and not ctx.read_only:
        from cs_console.services.settlement import settle

        settle(ctx)
    result = spec.handler(ctx, command.args)
    return clean(result) if spec.lines else one_line(result)


def _role(ctx: Context) -> str | None:
    if ctx.actor is None:  # a badge reader's call: no database read before its own
        return None
    from cs_console.services.acting import role

    return role(ctx)


def verbs() -> list[Verb]:
    for module in MODULES:
        import_module(f"cs_console.services.{module}")
    return sorted(VERBS.values(), key=lambda v: v.name)
