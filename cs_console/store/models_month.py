"""The month-end tables: inspections, exams, training, meetings, reports, sanctions proposed,
points decisions and the closed months with their frozen appraisal rows (schema 0014)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from cs_console.store.models import _Table, _utc


def _text() -> Column:  # type: ignore[type-arg]
    return Column(Text, nullable=False, default="")


class Inspection(_Table, table=True):
    """A recorded call inspected (QI-01…QI-04) or a test call (QI-08, ``kind`` test_call)."""

    __tablename__ = "inspection"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    inspector_id: int = Field(foreign_key="staff.id")
    kind: str = Field(max_length=12)  # recording | test_call
    score: float
    month: str = Field(max_length=7, index=True)  # YYYY-MM
    call_ref: str = Field(default="", max_length=64)
    calling_number: str = Field(default="", max_length=32)
    note: str = Field(default="", sa_column=_text())
    at: datetime = Field(sa_column=_utc())


class ExamResult(_Table, table=True):
    """One person's result in the monthly exam (TR-04…TR-06); the exam is named by its month."""

    __tablename__ = "exam_result"
    __table_args__ = (UniqueConstraint("exam", "staff_id", name="uq_exam_result_exam_staff"),)

    id: int | None = Field(default=None, primary_key=True)
    exam: str = Field(max_length=16, index=True)
    staff_id: int = Field(foreign_key="staff.id")
    outcome: str = Field(max_length=12)
    knowledge: int | None = None
    operation: int | None = None
    recorded_at: datetime = Field(sa_column=_utc())


class TrainingSession(_Table, table=True):
    """A training session announced or held (TR-03, TR-11)."""

    __tablename__ = "training_session"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)
    topic: str = Field(sa_column=_text())
    recorded_at: datetime = Field(sa_column=_utc())


class TrainingAttendee(_Table, table=True):
    __tablename__ = "training_attendee"
    __table_args__ = (
        UniqueConstraint("session_id", "staff_id", name="uq_training_attendee_session_staff"),
    )

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="training_session.id", index=True)
    staff_id: int = Field(foreign_key="staff.id")


class MeetingRecord(_Table, table=True):
    """A meeting (MT-01): staff numbers and agenda items one per line."""

    __tablename__ = "meeting_record"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)
    held_at: datetime = Field(sa_column=_utc(index=True))
    attendees: str = Field(default="", sa_column=_text())
    agenda: str = Field(default="", sa_column=_text())
    below_standard: str = Field(default="", sa_column=_text())
    praised: str = Field(default="", sa_column=_text())
    conduct: str = Field(default="", sa_column=_text())  # STAFF:FINDING per line
    recorded_by: str = Field(max_length=16)


class ReportSubmission(_Table, table=True):
    """A report of a month submitted by its owner (RP-01, RP-04…RP-07)."""

    __tablename__ = "report_submission"
    __table_args__ = (
        UniqueConstraint("month", "rule", "staff_id", name="uq_report_submission_month_rule_staff"),
    )

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7, index=True)
    rule: str = Field(max_length=12)
    staff_id: int = Field(foreign_key="staff.id")
    submitted_at: datetime = Field(sa_column=_utc())


class SanctionEntry(_Table, table=True):
    """The next step of a ladder (PN-01, PN-02), proposed and never applied (D-11)."""

    __tablename__ = "sanction_entry"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    rule: str = Field(max_length=12)
    sanction: str = Field(max_length=24)
    note: str = Field(default="", sa_column=_text())
    source: str = Field(max_length=80, unique=True)
    created_at: datetime = Field(sa_column=_utc())


class PointsEvent(_Table, table=True):
    """What happened to a points entry after its proposal: acknowledged, appealed, decided
    (QI-09, PF-20), with its time and note."""

    __tablename__ = "points_event"

    id: int | None = Field(default=None, primary_key=True)
    entry_id: int = Field(foreign_key="points_entry.id", index=True)
    kind: str = Field(max_length=16)  # acknowledged | appealed | upheld | rejected
    by: str = Field(max_length=16)
    note: str = Field(default="", sa_column=_text())
    at: datetime = Field(sa_column=_utc())


class MonthClose(_Table, table=True):
    """A closed month: who closed it, when, and the reason when closed with things missing."""

    __tablename__ = "month_close"

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7, unique=True)
    closed_by: str = Field(max_length=16)
    closed_at: datetime = Field(sa_column=_utc())
    missing: int = 0
    reason: str = Field(default="", sa_column=_text())


class AppraisalRecord(_Table, table=True):
    """One person's frozen appraisal row of a closed month (004 frame, C-13, C-14, PF-18)."""

    __tablename__ = "appraisal_record"
    __table_args__ = (
        UniqueConstraint("month", "staff_id", name="uq_appraisal_record_month_staff"),
    )

    id: int | None = Field(default=None, primary_key=True)
    month: str = Field(max_length=7, index=True)
    staff_id: int = Field(foreign_key="staff.id")
    staff_no: str = Field(max_length=16)
    team: str = Field(default="", max_length=32)
    role: str = Field(max_length=32)
    base: int
    bonuses: int
    deductions: int
    leader_adjust: int
    final: int
    grade: str = Field(default="", max_length=2)
    stars: int
    star_yuan: int
    salary_float: int
    service_quality: float | None = None
    inspections: int = 0
    rank: int | None = None
    flags: str = Field(default="", max_length=32)
