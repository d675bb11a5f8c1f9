"""Points-ledger and statistics verbs: points, confirm, void, acknowledge, appeal, stats."""

from __future__ import annotations

import re

from cs_console.commands.parsing import ref_number
from cs_console.commands.registry import Access, verb
from cs_console.domain.errors import UserError, usage
from cs_console.domain.shifts import shift_instance
from cs_console.domain.timeparse import parse_date
from cs_console.i18n import N_, _
from cs_console.services import ledger
from cs_console.services.context import Context
from cs_console.services.stats import shift_stats

DELTA = re.compile(r"[+-]\d+")


def _points_access(ctx: Context, args: tuple[str, ...]) -> tuple[str, None]:
    """PF-16's adjustment is the training specialist's alone."""
    return ("points.PF-16" if args[1].upper() == "PF-16" else "points"), None


@verb(
    "points STAFF RULE-ID [DELTA] NOTE…",
    N_("a manual points proposal (D-11); PF-16 is the training specialist's"),
    2,
    access=_points_access,
)
def _points(ctx: Context, args: tuple[str, ...]) -> str:
    staff_no, rule, *rest = args
    delta = int(rest.pop(0)) if rest and DELTA.fullmatch(rest[0]) else None
    return ledger.add_manual(ctx, staff_no, rule, delta, " ".join(rest))


def _pf16_entry(action: str) -> Access:
    """A PF-16 entry is confirmed or voided by the training specialist alone, as it is given."""

    def access(ctx: Context, args: tuple[str, ...]) -> tuple[str, None]:
        pf16 = ledger.rule_of(ctx, ref_number(args[0], "P")) == "PF-16"
        return (f"{action}.PF-16" if pf16 else action), None

    return access


@verb(
    "confirm P-n",
    N_("a squad leader confirms proposed points (D-11, PF-15); PF-16 the training specialist"),
    1,
    1,
    access=_pf16_entry("confirm"),
)
def _confirm(ctx: Context, args: tuple[str, ...]) -> str:
    return ledger.confirm(ctx, ref_number(args[0], "P"))


@verb(
    "void P-n REASON…",
    N_("a squad leader voids points, with a reason; PF-16 the training specialist"),
    2,
    access=_pf16_entry("void"),
)
def _void(ctx: Context, args: tuple[str, ...]) -> str:
    return ledger.void(ctx, ref_number(args[0], "P"), " ".join(args[1:]))


def _own_entry(action: str) -> Access:
    """Only the person an entry is about acknowledges or appeals it (QI-09)."""

    def access(ctx: Context, args: tuple[str, ...]) -> tuple[str, str]:
        return action, ledger.owner(ctx, ref_number(args[0], "P"))

    return access


@verb(
    "acknowledge P-n",
    N_("the person has seen and signed the record (QI-09)"),
    1,
    1,
    access=_own_entry("acknowledge"),
)
def _acknowledge(ctx: Context, args: tuple[str, ...]) -> str:
    return ledger.acknowledge(ctx, ref_number(args[0], "P"))


@verb("appeal P-n NOTE…", N_("the person appeals (QI-09)"), 2, access=_own_entry("appeal"))
def _appeal(ctx: Context, args: tuple[str, ...]) -> str:
    return ledger.appeal(ctx, ref_number(args[0], "P"), " ".join(args[1:]))


@verb(
    "stats [DATE SHIFT]",
    N_("the statistics of the current (or a given) shift (RP-02)"),
    0,
    2,
    lines=True,
)
def _stats(ctx: Context, args: tuple[str, ...]) -> str:
    if len(args) == 1:
        raise usage("stats [DATE SHIFT]")
    if args:
        inst = shift_instance(ctx.settings.shift(args[1]), parse_date(args[0]), ctx.settings.tz)
    else:
        current = ctx.current_shift()
        if current is None:
            raise UserError(_("No shift at this hour."))
        inst = current
    return "\n".join(shift_stats(ctx, inst).lines())
