"""the floor: call events, forecast, alerts

The phone system's ``queue_log`` lines (one row per line, keyed by the hash of the raw line),
the forecast of calls per interval for the staffing what-ifs, and the alerts that stay until
a leader acknowledges them.

Revision ID: 0016
Revises: 0013
Create Date: 2026-11-29 14:30:00
"""

import sqlalchemy as sa
from alembic import op

from cs_console.store.types import UTCDateTime

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("call_id", sa.String(length=64), nullable=False),
        sa.Column("queue", sa.String(length=64), nullable=False),
        sa.Column("agent", sa.String(length=64), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_index("ix_call_event_at", "call_event", ["at", "id"])
    op.create_table(
        "forecast_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interval_start", UTCDateTime(), nullable=False),
        sa.Column("offered", sa.Integer(), nullable=False),
        sa.Column("aht_seconds", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_forecast_row_interval_start", "forecast_row", ["interval_start"])
    op.create_table(
        "alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raised_at", UTCDateTime(), nullable=False),
        sa.Column("acked_at", UTCDateTime(), nullable=True),
        sa.Column("acked_by", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_index("ix_alert_open", "alert", ["acked_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_alert_open", table_name="alert")
    op.drop_table("alert")
    op.drop_index("ix_forecast_row_interval_start", table_name="forecast_row")
    op.drop_table("forecast_row")
    op.drop_index("ix_call_event_at", table_name="call_event")
    op.drop_table("call_event")
