"""ticket time indexes

Indexes for the reads by time: the shift and week statistics and the period report
(accepted_at), the return-visit rate (resolved_at), the queue's age sort, and the views of
return visits, knowledge-base entries and tickets closed today.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 02:30:00
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_ticket_visit_due", table_name="ticket")
    op.create_index("ix_ticket_visit_due", "ticket", ["visit_state", "visit_due_at", "id"])
    op.create_index("ix_ticket_accepted", "ticket", ["accepted_at", "id"])
    op.create_index("ix_ticket_resolved", "ticket", ["resolved_at"])
    op.create_index("ix_ticket_closed", "ticket", ["closed_at"])
    op.create_index("ix_ticket_kb", "ticket", ["kb_state"])


def downgrade() -> None:
    for name in ("ix_ticket_kb", "ix_ticket_closed", "ix_ticket_resolved", "ix_ticket_accepted"):
        op.drop_index(name, table_name="ticket")
    op.drop_index("ix_ticket_visit_due", table_name="ticket")
    op.create_index("ix_ticket_visit_due", "ticket", ["visit_due_at"])
