"""What the month makes due with time (convention 14), settled once under its key: a report of
RP-04…RP-06 still missing at its deadline proposes −5 on its owner, and at the month's end
QI-02's −1 per recording short of each agent's target is proposed on the quality inspector
who covers the agent (the one with most of the agent's inspections, else the first by staff
number), never on the agent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from cs_console.domain.proposals import Proposal
from cs_console.domain.quality import Coverage, Inspection, coverage, missing_recordings
from cs_console.domain.reports import late_proposal, report_outcome
from cs_console.domain.staff import Role
from cs_console.services import points
from cs_console.services.context import Context
from cs_console.services.month_period import bounds, month_of, previous
from cs_console.services.report_records import dues
from cs_console.store import month_repo, repos, settlement_repo


@dataclass(frozen=True)
class Due:
    proposal: Proposal
    month: str
    at: datetime


def due(ctx: Context, session: Session, since: datetime, at: datetime) -> list[Due]:
    """Everything of the months around (since, at] that fell due in it and is not settled."""
    current = month_of(ctx, at)
    months = sorted({month_of(ctx, since), current, previous(current, 1)[0]})
    staff = month_repo.active_staff(session)
    found: list[Due] = []
    for month in months:
        submitted = month_repo.submissions(session, month)
        for report in dues(ctx, month):
            if not report.points or not since < report.due <= at:
                continue
            for row in staff:
                if row.role == report.owner and (report.rule, row.staff_no) not in submitted:
                    proposal = late_proposal(report_outcome(report, row.staff_no, None, at), month)
                    if proposal is not None:
                        found.append(Due(proposal, month, report.due))
        _, after = bounds(ctx, month)
        if since < after <= at:
            end = after - timedelta(seconds=1)
            found += [Due(p, month, end) for p in _short_inspections(ctx, session, month, staff)]
    done = month_repo.settled_keys(session, months)
    return [d for d in found if (d.proposal.rule, d.proposal.staff_no, d.month) not in done]


def _short_inspections(ctx: Context, session: Session, month: str, staff: list) -> list[Proposal]:
    inspectors = sorted(s.staff_no for s in staff if s.role == Role.QUALITY_INSPECTOR)
    if not inspectors:
        return []
    rows = month_repo.inspections(session, month, "recording")
    rules = ctx.settings.month.to_domain()
    agents = [s.staff_no for s in staff if s.role == Role.AGENT]
    covered = coverage((Inspection(no, r.score, by) for r, no, by in rows), agents, rules)
    groups: dict[str, list[Coverage]] = {}
    for row in covered:
        if row.shortfall:
            theirs = [by for _, no, by in rows if no == row.staff_no and by in inspectors]
            who = max(inspectors, key=theirs.count) if theirs else inspectors[0]
            groups.setdefault(who, []).append(row)
    found = []
    for inspector, group in groups.items():
        proposal = missing_recordings(inspector, month, group, rules)
        if proposal is not None:
            found.append(proposal)
    return found


def propose(ctx: Context, session: Session, items: list[Due]) -> list[str]:
    lines = []
    for item in items:
        p = item.proposal
        staff = repos.staff_row(session, p.staff_no)
        if staff is None or staff.id is None:
            continue
        key = settlement_repo.claim(session, p.rule, p.staff_no, item.month, item.at,
                                    ctx.real_now())  # fmt: skip
        if key is None:
            continue
        entry = points.propose(session, ctx, staff.id, p.staff_no, p.rule, p.delta, p.note,
                               p.source, due=item.at)  # fmt: skip
        if entry is not None and entry.id is not None:
            settlement_repo.link_points(session, key, entry.id)
            lines.append(f"{p.staff_no} {p.rule} {p.delta:+d} proposed: {p.note}")
    return lines
