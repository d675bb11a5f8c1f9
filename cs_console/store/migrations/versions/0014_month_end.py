"""month end

The month-end tables: inspections and test calls (QI-01…QI-08), exam results (TR-04…TR-06),
training sessions and their attendees (TR-03, TR-11), meetings (MT-01), report submissions
(RP-01, RP-04…RP-07), sanctions proposed (PN-01, PN-02), what happened to a points entry after
its proposal (QI-09, PF-20) and the closed months with their frozen appraisal rows.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29 15:00:00
"""

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "meeting_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("held_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("below_standard", sa.Text(), nullable=False),
        sa.Column("praised", sa.Text(), nullable=False),
        sa.Column("conduct", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_meeting_record_held_at"), "meeting_record", ["held_at"], unique=False)
    op.create_table(
        "month_close",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("closed_by", sa.String(length=16), nullable=False),
        sa.Column("closed_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("missing", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("month"),
    )
    op.create_table(
        "training_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_training_session_day"), "training_session", ["day"], unique=False)
    op.create_table(
        "appraisal_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("staff_no", sa.String(length=16), nullable=False),
        sa.Column("team", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("base", sa.Integer(), nullable=False),
        sa.Column("bonuses", sa.Integer(), nullable=False),
        sa.Column("deductions", sa.Integer(), nullable=False),
        sa.Column("leader_adjust", sa.Integer(), nullable=False),
        sa.Column("final", sa.Integer(), nullable=False),
        sa.Column("grade", sa.String(length=2), nullable=False),
        sa.Column("stars", sa.Integer(), nullable=False),
        sa.Column("star_yuan", sa.Integer(), nullable=False),
        sa.Column("salary_float", sa.Integer(), nullable=False),
        sa.Column("service_quality", sa.Float(), nullable=True),
        sa.Column("inspections", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("flags", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("month", "staff_id", name="uq_appraisal_record_month_staff"),
    )
    op.create_index(op.f("ix_appraisal_record_month"), "appraisal_record", ["month"], unique=False)
    op.create_table(
        "exam_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exam", sa.String(length=16), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("knowledge", sa.Integer(), nullable=True),
        sa.Column("operation", sa.Integer(), nullable=True),
        sa.Column("recorded_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("exam", "staff_id", name="uq_exam_result_exam_staff"),
    )
    op.create_index(op.f("ix_exam_result_exam"), "exam_result", ["exam"], unique=False)
    op.create_table(
        "inspection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("call_ref", sa.String(length=64), nullable=False),
        sa.Column("calling_number", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspector_id"],
            ["staff.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_inspection_month"), "inspection", ["month"], unique=False)
    op.create_index(op.f("ix_inspection_staff_id"), "inspection", ["staff_id"], unique=False)
    op.create_table(
        "report_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("rule", sa.String(length=12), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "month", "rule", "staff_id", name="uq_report_submission_month_rule_staff"
        ),
    )
    op.create_index(
        op.f("ix_report_submission_month"), "report_submission", ["month"], unique=False
    )
    op.create_table(
        "sanction_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=12), nullable=False),
        sa.Column("sanction", sa.String(length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source"),
    )
    op.create_index(
        op.f("ix_sanction_entry_staff_id"), "sanction_entry", ["staff_id"], unique=False
    )
    op.create_table(
        "training_attendee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "staff_id", name="uq_training_attendee_session_staff"),
    )
    op.create_index(
        op.f("ix_training_attendee_session_id"), "training_attendee", ["session_id"], unique=False
    )
    op.create_table(
        "points_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("by", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["points_entry.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_points_event_entry_id"), "points_event", ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_table("points_event")
    op.drop_table("training_attendee")
    op.drop_table("sanction_entry")
    op.drop_table("report_submission")
    op.drop_table("inspection")
    op.drop_table("exam_result")
    op.drop_table("appraisal_record")
    op.drop_table("training_session")
    op.drop_table("month_close")
    op.drop_table("meeting_record")
