"""The command language's verbs: the same table serves ``:`` in the TUI and ``cs-console do``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TypeVar

from cs_console.commands.intents import Intent
from cs_console.config import Rules
from cs_console.domain.commands import ALIASES, parse_command
from cs_console.domain.errors import UserError, usage
from cs_console.domain.permissions import authorize
from cs_console.domain.text import clean, one_line
from cs_console.i18n import _
from cs_console.services.context import READ_ONLY, Context

IntentT = TypeVar("IntentT", bound=Intent)
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

    def shown(self) -> str:
        """``absent|旷工 STAFF [REASON…]``: the verb, its Chinese name when it has one (DOMAIN.md
        section 4), its words."""
        alias = next((a for a, verb in ALIASES.items() if verb == self.name), None)
        return f"{self.name}|{alias}{self.syntax[len(self.name) :]}" if alias else self.syntax

    def describe(self, rules: Rules) -> str:
        """The summary in the language, with the configured clock lengths (CP-01, CP-02)."""
        return _(self.summary).format(
            dispatch=rules.complaint_dispatch_minutes, report=rules.escalation_report_minutes
        )


VERBS: dict[str, Verb] = {}
INTENT_HANDLERS: dict[type[Intent], Callable[[Context, Intent], str]] = {}


@dataclass(frozen=True)
class Result:
    """What an intent did: the sentence to show and the record it created or changed (the
    screen moves its cursor there)."""

    text: str
    touched: str | None = None


# Which module registers each verb: a command imports only its own module (a badge reader runs
# ``do arrive`` per arrival). A test checks this against the registrations.
MODULES = {
    "alerts": ("ack-alert", "alerts"),
    "attendance": ("absent", "approve", "arrive", "callin", "certificate", "leave",
                         "reject", "remark", "roll", "swap"),
    "clocks": ("clocks", "complaint", "event", "invalid", "report"),
    "core": ("help", "reminders", "show", "status"),
    "handover": ("ack", "addendum", "blame", "closedown", "note", "print", "sign"),
    "month": ("close month", "decide", "exam", "inspect", "meeting", "month",
                    "points list", "submitted", "testcall", "training"),
    "search": ("search",),
    "points": ("acknowledge", "appeal", "confirm", "points", "stats", "void"),
    "seats": ("away", "back", "fault", "fixed", "free", "seat", "signout", "state"),
    "tickets": ("accept", "close", "dispatch", "kb", "reopen", "resolve", "ticket",
                "transfer", "visit"),
}  # fmt: skip
HOMES = {name: module for module, names in MODULES.items() for name in names}
# The verbs that only look (a print adds its own audit row); every other verb writes, and what
# fell due with time is settled before it (convention 14).
READS = frozenset(
    {"help", "status", "show", "roll", "clocks", "stats", "print", "reminders", "month",
     "points list", "alerts", "search"}
)  # fmt: skip


def verb(
    syntax: str,
    summary: str,
    min_args: int = 0,
    max_args: int | None = None,
    access: Access | None = None,
    lines: bool = False,
    words: int = 1,
) -> Callable[[Handler], Handler]:
    """Register a handler under the first word of ``syntax`` (the first two with ``words=2``:
    `close month`); ``access`` names the permission when the arguments decide it (else the
    verb's own row)."""

    def register(handler: Handler) -> Handler:
        name = " ".join(syntax.split()[:words])
        VERBS[name] = Verb(name, syntax, summary, handler, min_args, max_args, access, lines)
        return handler

    return register


def handles(
    kind: type[IntentT],
) -> Callable[[Callable[[Context, IntentT], str]], Callable[[Context, IntentT], str]]:
    """Register the one handler of an intent class; the verb's text handler calls it too."""

    def register(handler: Callable[[Context, IntentT], str]) -> Callable[[Context, IntentT], str]:
        INTENT_HANDLERS[kind] = handler  # type: ignore[assignment]
        return handler

    return register


def run(ctx: Context, intent: Intent) -> Result:
    """Run an intent a screen built, with the same permission check and settlement as its
    verb typed on the command line (conventions 13, 14, 17)."""
    import_module(f"cs_console.commands.{HOMES[intent.verb]}")
    _authorize(ctx, intent.permission(ctx), None)
    _settle(ctx, intent.verb)
    text = one_line(INTENT_HANDLERS[type(intent)](ctx, intent))
    touched = intent.touched()
    if touched is None:
        first = text.split(" ", 1)[0]
        touched = first if first[:2] in ("T-", "E-") and first[2:].isdigit() else None
    return Result(text, touched)


def execute(ctx: Context, line: str) -> str:
    """Run one command line once the acting person may (the permission table, convention 17);
    returns the result text or raises UserError.

    The text is safe to show (convention 15): no control characters, and a result of one
    line stays one line whatever the stored text in it holds (a line break shows as ⏎)."""
    command = parse_command(line, frozenset(HOMES))
    import_module(f"cs_console.commands.{HOMES[command.verb]}")
    spec = VERBS[command.verb]
    count = len(command.args)
    if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
        raise usage(spec.syntax)
    action, owner = spec.access(ctx, command.args) if spec.access else (spec.name, None)
    _authorize(ctx, action, owner)
    _settle(ctx, command.verb)
    result = spec.handler(ctx, command.args)
    return clean(result) if spec.lines else one_line(result)


def with_staffing(ctx: Context, text: str) -> str:
    """The answer of an intent that takes someone off the phones, ending with the staffing
    what-if of one agent fewer now."""
    from cs_console.services.queue_view import staffing_clause

    clause = staffing_clause(ctx)
    return f"{text} · {clause}" if clause else text


def _authorize(ctx: Context, action: str, owner: str | None) -> None:
    try:
        authorize(action, _role(ctx), own=owner is not None and owner == ctx.actor)
    except UserError:
        if ctx.read_only:  # nobody signed in at this console: that is the reason to give
            raise UserError(_(READ_ONLY)) from None
        raise


def _settle(ctx: Context, name: str) -> None:
    if name not in READS and not ctx.read_only:
        from cs_console.services.settlement import settle

        settle(ctx)


def _role(ctx: Context) -> str | None:
    if ctx.actor is None:  # a badge reader's call: no database read before its own
        return None
    from cs_console.services.acting import role

    return role(ctx)


def verbs() -> list[Verb]:
    for module in MODULES:
        import_module(f"cs_console.commands.{module}")
    return sorted(VERBS.values(), key=lambda v: v.name)
