"""attendance leave swaps points

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 19:29:01.100905
"""

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=8), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=24), nullable=False),
        sa.Column("decided_by", sa.String(length=16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.create_index("ix_approval_subject", ["subject", "subject_id"], unique=False)

    op.create_table(
        "arrival",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_date", sa.Date(), nullable=False),
        sa.Column("shift_code", sa.String(length=8), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("arrived_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("minutes_late", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("shift_date", "shift_code", "staff_id", name="uq_arrival_person_shift"),
    )
    op.create_table(
        "attendance_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_date", sa.Date(), nullable=False),
        sa.Column("shift_code", sa.String(length=8), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attendance_mark_shift", ["shift_date", "shift_code"], unique=False
        )

    op.create_table(
        "leave_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=False),
        sa.Column("notice", sa.String(length=12), nullable=False),
        sa.Column("approvals_needed", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("certificate_pending", sa.Boolean(), nullable=False),
        sa.Column("exceptional", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["staff.id"],
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("leave_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leave_request_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "points_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=12), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("shift_date", sa.Date(), nullable=True),
        sa.Column("shift_code", sa.String(length=8), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source"),
    )
    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_points_entry_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "swap_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("giver_id", sa.Integer(), nullable=False),
        sa.Column("taker_id", sa.Integer(), nullable=False),
        sa.Column("shift_date", sa.Date(), nullable=False),
        sa.Column("shift_code", sa.String(length=8), nullable=False),
        sa.Column("return_date", sa.Date(), nullable=True),
        sa.Column("return_code", sa.String(length=8), nullable=True),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("manager_needed", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["giver_id"],
            ["staff.id"],
        ),
        sa.ForeignKeyConstraint(
            ["taker_id"],
            ["staff.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("swap_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_swap_request_giver_id"), ["giver_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_swap_request_taker_id"), ["taker_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("swap_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_swap_request_taker_id"))
        batch_op.drop_index(batch_op.f("ix_swap_request_giver_id"))

    op.drop_table("swap_request")
    with op.batch_alter_table("points_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_points_entry_staff_id"))

    op.drop_table("points_entry")
    with op.batch_alter_table("leave_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leave_request_staff_id"))

    op.drop_table("leave_request")
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_mark_shift")

    op.drop_table("attendance_mark")
    op.drop_table("arrival")
    with op.batch_alter_table("approval", schema=None) as batch_op:
        batch_op.drop_index("ix_approval_subject")

    op.drop_table("approval")
