"""The roll call's reads as SQL text, the one place for both ways they are run: through
SQLAlchemy (``text``) by the services, on SQLite and PostgreSQL, and through the standard
library's ``sqlite3`` by the start, which shows the first roll call before the database layer
is imported (#23, P2). Standard SQL only; parameters by name (``:day``, ``:code``)."""

from __future__ import annotations

OUTGOING_SIGNED = """
SELECT out_signed_at FROM handover_log WHERE shift_date = :day AND shift_code = :code
"""

ROSTER = """
SELECT staff.id, staff.staff_no, staff.name, staff.role, staff.grade, seat.code
FROM roster_entry
JOIN staff ON staff.id = roster_entry.staff_id
LEFT OUTER JOIN seat ON seat.id = roster_entry.seat_id
WHERE roster_entry.shift_date = :day AND roster_entry.shift_code = :code
ORDER BY staff.staff_no
"""

ARRIVALS = """
SELECT staff_id, arrived_at, status, minutes_late FROM arrival
WHERE shift_date = :day AND shift_code = :code
"""

MARKS = """
SELECT staff_id, kind, at, note FROM attendance_mark
WHERE shift_date = :day AND shift_code = :code
ORDER BY at, id
"""

LEAVE_COVERING = """
SELECT staff_id, kind, status, notice FROM leave_request
WHERE first_day <= :day AND last_day >= :day AND status IN ('approved', 'pending')
ORDER BY id
"""

SWAPS_ON_SHIFT = """
SELECT swap_request.shift_date, swap_request.shift_code,
       giver.id, giver.staff_no, giver.name, giver.role, giver.grade,
       taker.id, taker.staff_no, taker.name, taker.role, taker.grade
FROM swap_request
JOIN staff AS giver ON giver.id = swap_request.giver_id
JOIN staff AS taker ON taker.id = swap_request.taker_id
WHERE swap_request.status = 'approved'
  AND ((swap_request.shift_date = :day AND swap_request.shift_code = :code)
       OR (swap_request.return_date = :day AND swap_request.return_code = :code))
ORDER BY swap_request.id
"""

PENDING_CERTIFICATES = """
SELECT id, staff_id FROM leave_request
WHERE certificate_pending = TRUE AND status = 'approved' AND last_day < :day
ORDER BY id
"""

TRAINING = """
SELECT training_session.topic, COUNT(training_attendee.id)
FROM training_session
LEFT OUTER JOIN training_attendee ON training_attendee.session_id = training_session.id
WHERE training_session.day = :day
GROUP BY training_session.id, training_session.topic
ORDER BY training_session.id
"""
