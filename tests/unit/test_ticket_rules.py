"""RV-01 and TK-10 time limits to the second."""

from datetime import UTC, datetime, timedelta

from cs_console.config import Settings
from cs_console.domain.queue import is_overdue

RESOLVED = datetime(2026, 11, 22, 2, 30, tzinfo=UTC)


def test_rv01_return_visit_due_72h_to_the_second():
    due = RESOLVED + timedelta(hours=Settings().rules.return_visit_hours)
    assert due == datetime(2026, 11, 25, 2, 30, tzinfo=UTC)
    assert not is_overdue(due, due)
    assert is_overdue(due, due + timedelta(seconds=1))
    assert not is_overdue(None, due)


def test_tk10_ticket_due_after_the_configured_hours():
    assert Settings().rules.ticket_due_hours == 24
