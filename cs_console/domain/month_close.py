"""Closing a month: what is still missing (D-11, QI-09, RP-04…RP-06, QI-02).

A deduction needs the person's acknowledgement before the month closes (QI-09); an appeal must be
decided; every report of the month must be in; every agent must have the inspection target. A
proposal neither confirmed nor voided is missing too: it would otherwise never count (D-11).
A closing with anything missing needs a reason (``anyway REASON…``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cs_console.domain.errors import UserError
from cs_console.domain.quality import Coverage
from cs_console.domain.reports import TITLES, ReportOutcome

TEXT = {
    "unconfirmed": "{ref} {staff} {rule} {delta:+d} is proposed, neither confirmed nor voided",
    "unacknowledged": "{ref} {staff} {rule} {delta:+d} is not acknowledged by {staff}",
    "open_appeal": "{ref} {staff} {rule} {delta:+d} has an appeal not yet decided",
    "report": "{staff} {rule} {title} not submitted",
    "inspections": "{staff} has {done} of {target} inspections",
}
REFUSED = "{month} cannot close: {count} thing(s) missing ({first}…); close it `anyway REASON…`."


@dataclass(frozen=True)
class LedgerLine:
    ref: str  # P-n
    staff_no: str
    rule: str
    delta: int
    status: str


@dataclass(frozen=True)
class Missing:
    kind: str  # a key of TEXT
    staff_no: str
    rule: str
    ref: str
    text: str


def missing_for_close(
    ledger: Iterable[LedgerLine],
    reports: Iterable[ReportOutcome],
    covered: Iterable[Coverage],
) -> tuple[Missing, ...]:
    """Everything that keeps the month open, ledger first, then reports, then inspections."""
    items: list[Missing] = []
    for line in ledger:
        kind = _ledger_kind(line)
        if kind:
            text = TEXT[kind].format(
                ref=line.ref, staff=line.staff_no, rule=line.rule, delta=line.delta
            )
            items.append(Missing(kind, line.staff_no, line.rule, line.ref, text))
    for report in reports:
        if report.submitted_at is None:
            title = TITLES[report.rule]
            text = TEXT["report"].format(staff=report.staff_no, rule=report.rule, title=title)
            items.append(Missing("report", report.staff_no, report.rule, "", text))
    for row in covered:
        if row.shortfall:
            text = TEXT["inspections"].format(
                staff=row.staff_no, done=row.inspections, target=row.target
            )
            items.append(Missing("inspections", row.staff_no, "QI-02", "", text))
    return tuple(items)


def _ledger_kind(line: LedgerLine) -> str | None:
    if line.status == "proposed":
        return "unconfirmed"
    if line.status == "appealed":
        return "open_appeal"
    if line.status == "confirmed" and line.delta < 0:
        return "unacknowledged"
    return None


def check_close(month: str, missing: tuple[Missing, ...], anyway_reason: str) -> None:
    """Refuses while anything is missing, unless a reason is given for closing anyway."""
    if missing and not anyway_reason.strip():
        first = missing[0].text
        raise UserError(REFUSED.format(month=month, count=len(missing), first=first))
