"""The month-end reads: a month's inspections, exam results, submissions, ledger and close."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from cs_console.store.models import PointsEntry, Settlement, Staff, Ticket
from cs_console.store.models_month import (
    AppraisalRecord,
    ExamResult,
    Inspection,
    MonthClose,
    PointsEvent,
    ReportSubmission,
    SanctionEntry,
    TrainingAttendee,
    TrainingSession,
)


def active_staff(session: Session) -> list[Staff]:
    return list(
        session.exec(select(Staff).where(col(Staff.active)).order_by(col(Staff.staff_no))).all()
    )


def inspections(session: Session, month: str, kind: str) -> list[tuple[Inspection, str, str]]:
    """The month's inspections of ``kind`` with the staff number and the inspector's."""
    inspector = aliased(Staff)
    rows = session.exec(
        select(Inspection, Staff.staff_no, inspector.staff_no)
        .join(Staff, col(Staff.id) == Inspection.staff_id)
        .join(inspector, col(inspector.id) == Inspection.inspector_id)
        .where(Inspection.month == month, Inspection.kind == kind)
        .order_by(col(Inspection.id))
    ).all()
    return [(row, staff_no, by) for row, staff_no, by in rows]


def exam_results(session: Session, exam: str) -> list[tuple[ExamResult, str]]:
    rows = session.exec(
        select(ExamResult, Staff.staff_no)
        .join(Staff, col(Staff.id) == ExamResult.staff_id)
        .where(ExamResult.exam == exam)
        .order_by(col(ExamResult.id))
    ).all()
    return [(row, staff_no) for row, staff_no in rows]


def training_sessions(session: Session, day: date) -> list[tuple[str, int]]:
    """The day's training sessions in the order recorded: topic and number of attendees."""
    rows = session.exec(
        select(TrainingSession.topic, func.count(col(TrainingAttendee.id)))
        .outerjoin(TrainingAttendee, col(TrainingAttendee.session_id) == TrainingSession.id)
        .where(TrainingSession.day == day)
        .group_by(col(TrainingSession.id), col(TrainingSession.topic))
        .order_by(col(TrainingSession.id))
    ).all()
    return [(topic, count) for topic, count in rows]


def exam_result(session: Session, exam: str, staff_id: int) -> ExamResult | None:
    return session.exec(
        select(ExamResult).where(ExamResult.exam == exam, ExamResult.staff_id == staff_id)
    ).first()


def submissions(session: Session, month: str) -> dict[tuple[str, str], datetime]:
    """(rule, staff number) → when it was submitted."""
    rows = session.exec(
        select(ReportSubmission.rule, Staff.staff_no, ReportSubmission.submitted_at)
        .join(Staff, col(Staff.id) == ReportSubmission.staff_id)
        .where(ReportSubmission.month == month)
    ).all()
    return {(rule, staff_no): at for rule, staff_no, at in rows}


def submission(session: Session, month: str, rule: str, staff_id: int) -> ReportSubmission | None:
    return session.exec(
        select(ReportSubmission).where(
            ReportSubmission.month == month,
            ReportSubmission.rule == rule,
            ReportSubmission.staff_id == staff_id,
        )
    ).first()


def ledger(
    session: Session, first: datetime, after: datetime, staff_no: str | None = None
) -> list[tuple[PointsEntry, str]]:
    """The points entries made from ``first`` to before ``after``, oldest first."""
    query = (
        select(PointsEntry, Staff.staff_no)
        .join(Staff, col(Staff.id) == PointsEntry.staff_id)
        .where(col(PointsEntry.created_at) >= first, col(PointsEntry.created_at) < after)
        .order_by(col(PointsEntry.id))
    )
    if staff_no is not None:
        query = query.where(Staff.staff_no == staff_no)
    return [(row, no) for row, no in session.exec(query).all()]


def complaints(session: Session, first: datetime, after: datetime) -> dict[str, int]:
    """Staff number → complaints taken from ``first`` to before ``after`` (CP-07): the
    complaint tickets naming the person as their agent, except those ruled invalid (C-16)."""
    rows = session.exec(
        select(Staff.staff_no, func.count(col(Ticket.id)))
        .join(Staff, col(Staff.id) == Ticket.first_agent_id)
        .where(Ticket.category == "complaint", col(Ticket.invalid_at).is_(None))
        .where(col(Ticket.accepted_at) >= first, col(Ticket.accepted_at) < after)
        .group_by(Staff.staff_no)
    ).all()
    return {staff_no: count for staff_no, count in rows}


def events(session: Session, entry_ids: list[int]) -> dict[int, list[PointsEvent]]:
    found: dict[int, list[PointsEvent]] = {}
    if not entry_ids:
        return found
    rows = session.exec(
        select(PointsEvent)
        .where(col(PointsEvent.entry_id).in_(entry_ids))
        .order_by(col(PointsEvent.id))
    ).all()
    for row in rows:
        found.setdefault(row.entry_id, []).append(row)
    return found


def sanctions(
    session: Session, first: datetime, after: datetime, staff_no: str | None = None
) -> list[tuple[SanctionEntry, str]]:
    query = (
        select(SanctionEntry, Staff.staff_no)
        .join(Staff, col(Staff.id) == SanctionEntry.staff_id)
        .where(col(SanctionEntry.created_at) >= first, col(SanctionEntry.created_at) < after)
        .order_by(col(SanctionEntry.id))
    )
    if staff_no is not None:
        query = query.where(Staff.staff_no == staff_no)
    return [(row, no) for row, no in session.exec(query).all()]


def prior_sanctions(session: Session, staff_id: int, rule: str) -> int:
    """PN-02: how many times this person's ``rule`` was proposed before."""
    return len(
        session.exec(
            select(SanctionEntry.id).where(
                SanctionEntry.staff_id == staff_id, SanctionEntry.rule == rule
            )
        ).all()
    )


def month_close(session: Session, month: str) -> MonthClose | None:
    return session.exec(select(MonthClose).where(MonthClose.month == month)).first()


def appraisal_records(session: Session, month: str) -> list[AppraisalRecord]:
    return list(
        session.exec(
            select(AppraisalRecord)
            .where(AppraisalRecord.month == month)
            .order_by(col(AppraisalRecord.staff_no))
        ).all()
    )


def earlier_finals(session: Session, months: list[str]) -> dict[str, dict[str, int]]:
    """Closed months' finals: month → staff number → final (PF-06, PF-07)."""
    found: dict[str, dict[str, int]] = {}
    rows = session.exec(
        select(AppraisalRecord.month, AppraisalRecord.staff_no, AppraisalRecord.final).where(
            col(AppraisalRecord.month).in_(months)
        )
    ).all()
    for month, staff_no, final in rows:
        found.setdefault(month, {})[staff_no] = final
    return found


def settled_keys(session: Session, months: list[str]) -> set[tuple[str, str, str]]:
    """(rule, staff number, month) of what settlement already proposed for these months."""
    rows = session.exec(
        select(Settlement.rule, Settlement.staff_no, Settlement.subject).where(
            col(Settlement.subject).in_(months)
        )
    ).all()
    return {(rule, staff_no, subject) for rule, staff_no, subject in rows}
