"""The monthly exam (TR-04…TR-06, PF-11) and training sessions (TR-03, TR-11).

Each result recorded ranks the exam again: what it proposes is proposed once per source, and a
proposal the new ranking no longer gives, still unconfirmed, is voided with the reason."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from cs_console.domain.errors import UserError
from cs_console.domain.exams import ExamResult as Result
from cs_console.domain.exams import Outcome, exam_proposals
from cs_console.i18n import _, ngettext
from cs_console.services import audit, points
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.month_period import ensure_open, month_of
from cs_console.services.shift_lookup import person
from cs_console.store import month_repo
from cs_console.store.models import PointsEntry
from cs_console.store.models_month import (
    ExamResult,
    SanctionEntry,
    TrainingAttendee,
    TrainingSession,
)

TWICE = "{staff} already has a result in exam {exam}."
RERANKED = "exam {exam} ranked again"


def record_exam(
    ctx: Context, staff_no: str, outcome: Outcome, knowledge: int | None, operation: int | None
) -> str:
    exam = month_of(ctx)
    with ctx.transaction() as session:
        ensure_open(session, exam)
        actor_row(ctx, session, "An exam result")
        staff = person(session, staff_no)
        assert staff.id is not None
        if month_repo.exam_result(session, exam, staff.id) is not None:
            raise UserError(TWICE.format(staff=staff_no, exam=exam), rule="TR-04")
        row = ExamResult(
            exam=exam,
            staff_id=staff.id,
            outcome=outcome.value,
            knowledge=knowledge,
            operation=operation,
            recorded_at=ctx.now(),
        )
        results = [_domain(r, no) for r, no in month_repo.exam_results(session, exam)]
        results.append(Result(staff_no, outcome, knowledge, operation))
        proposed, sanctions = exam_proposals(
            exam, results, ctx.settings.month.to_domain(), _prior_no_shows(session, exam)
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            ctx,
            "exam.result",
            staff_no,
            after={"exam": exam, "outcome": outcome.value, "k": knowledge, "o": operation},
        )
        _void_superseded(session, ctx, exam, {p.source for p in proposed})
        ids = {s.staff_no: s.id for s in month_repo.active_staff(session)}
        for p in proposed:
            points.propose(session, ctx, ids[p.staff_no], p.staff_no, p.rule, p.delta, p.note,
                           p.source)  # fmt: skip
        for s in sanctions:
            _propose_sanction(session, ctx, ids[s.staff_no], s.staff_no, s.rule, s.sanction.value,
                              s.note, f"exam:{exam}:{s.staff_no}:sanction")  # fmt: skip
        mine = [p for p in proposed if p.staff_no == staff_no]
    said = ", ".join(f"{p.rule} {p.delta:+d}" for p in mine) or "no points"
    return _("exam {exam} {staff_no} {value} recorded ({said})").format(
        exam=exam, staff_no=staff_no, value=outcome.value, said=said
    )


def _domain(row: ExamResult, staff_no: str) -> Result:
    return Result(staff_no, Outcome(row.outcome), row.knowledge, row.operation)


def _prior_no_shows(session: Session, exam: str) -> dict[str, int]:
    """PN-02: each person's TR-05 sanctions proposed for earlier exams."""
    rows = session.exec(select(SanctionEntry.source).where(SanctionEntry.rule == "TR-05")).all()
    counts: dict[str, int] = {}
    for source in rows:
        _, their_exam, staff_no, _ = source.split(":")
        if their_exam != exam:
            counts[staff_no] = counts.get(staff_no, 0) + 1
    return counts


def _void_superseded(session: Session, ctx: Context, exam: str, sources: set[str]) -> None:
    rows = session.exec(
        select(PointsEntry).where(
            col(PointsEntry.source).startswith(f"exam:{exam}:"), PointsEntry.status == "proposed"
        )
    ).all()
    note = RERANKED.format(exam=exam)
    for row in rows:
        if row.source not in sources:
            row.status = "voided"
            row.note = f"{row.note} | voided: {note}"
            session.add(row)
            audit.record(session, ctx, "points.voided", f"P-{row.id}",
                         before={"status": "proposed"},
                         after={"status": "voided", "note": note})  # fmt: skip


def _propose_sanction(session: Session, ctx: Context, staff_id: int, staff_no: str, rule: str,
                      sanction: str, note: str, source: str) -> None:  # fmt: skip
    """PN-01, PN-02: the next step proposed once per source, never applied (D-11)."""
    if session.exec(select(SanctionEntry.id).where(SanctionEntry.source == source)).first():
        return
    session.add(SanctionEntry(staff_id=staff_id, rule=rule, sanction=sanction, note=note,
                              source=source, created_at=ctx.now()))  # fmt: skip
    audit.record(session, ctx, "sanction.propose", staff_no,
                 after={"rule": rule, "sanction": sanction})  # fmt: skip


def record_training(ctx: Context, day: date, topic: str, attendees: tuple[str, ...]) -> str:
    """TR-11: a session with its attendees; announced ahead, it shows on its day (TR-03)."""
    with ctx.transaction() as session:
        actor_row(ctx, session, "A training session")
        row = TrainingSession(day=day, topic=topic, recorded_at=ctx.now())
        session.add(row)
        session.flush()
        assert row.id is not None
        for staff_no in dict.fromkeys(attendees):
            staff = person(session, staff_no)
            assert staff.id is not None
            session.add(TrainingAttendee(session_id=row.id, staff_id=staff.id))
        audit.record(session, ctx, "training.record", f"TR-{row.id}",
                     after={"day": day, "topic": topic, "attendees": list(attendees)})  # fmt: skip
    count = len(set(attendees))
    return ngettext(
        "training {day} recorded with {count} attendee",
        "training {day} recorded with {count} attendees",
        count,
    ).format(day=f"{day:%Y-%m-%d}", count=count)
