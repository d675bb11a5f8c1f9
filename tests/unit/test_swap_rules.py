"""SW-03, SW-04, SW-05 and RC-13 as pure checks."""

from datetime import UTC, datetime, timedelta

import pytest

from cs_console.domain.errors import UserError
from cs_console.domain.records import StaffMember
from cs_console.domain.swaps import (
    check_duty,
    check_equivalent,
    check_monthly_limit,
    check_not_consecutive,
)

D = (datetime(2026, 11, 23, 0, tzinfo=UTC), datetime(2026, 11, 23, 8, tzinfo=UTC))


def member(no: str, role: str = "agent", grade: str = "junior") -> StaffMember:
    return StaffMember(no, no, role, grade, "", False)


def test_sw03_monthly_limit_allows_up_to_the_setting():
    check_monthly_limit("1004", "2026-11", 1, 2)
    with pytest.raises(UserError, match=r"refused \[SW-03\]: 1004 already has 2 swaps"):
        check_monthly_limit("1004", "2026-11", 2, 2)


def test_sw04_no_back_to_back_shifts():
    before = (D[0] - timedelta(hours=8), D[0])
    with pytest.raises(UserError, match=r"refused \[SW-04\]: 1005 would work back-to-back"):
        check_duty("1005", D, [before], 8)
    with pytest.raises(UserError, match=r"refused \[SW-04\]: 1005 already works"):
        check_duty("1005", D, [(D[0] + timedelta(hours=4), D[1] + timedelta(hours=4))], 8)
    check_duty("1005", D, [(D[0] - timedelta(hours=16), D[0] - timedelta(hours=8))], 8)


def test_rc13_no_more_than_eight_hours_in_a_row():
    long_shift = (D[0], D[0] + timedelta(hours=9))
    with pytest.raises(UserError, match=r"refused \[RC-13\]"):
        check_duty("1005", long_shift, [], 8)


def test_sw04_no_consecutive_swaps():
    check_not_consecutive("1004", {"2026-11-22/E", "2026-11-23/N"}, {"2026-11-25/D"})
    with pytest.raises(UserError, match=r"refused \[SW-04\].*2026-11-22/E"):
        check_not_consecutive("1004", {"2026-11-22/E", "2026-11-23/N"}, {"2026-11-22/E"})


def test_sw05_same_role_and_grade():
    check_equivalent(member("1"), member("2"))
    with pytest.raises(UserError, match=r"refused \[SW-05\].*same grade"):
        check_equivalent(member("1"), member("2", grade="senior"))
    with pytest.raises(UserError, match=r"refused \[SW-05\].*same role"):
        check_equivalent(member("1"), member("2", role="quality_inspector"))


def test_sw04_neighbours_are_the_persons_previous_and_next_rostered_shift():
    """Off on 11-21 and 11-22: taking E of 11-21 sits between D of 11-20 and D of 11-23, the
    person's own neighbouring shifts (not the neighbouring time slots D/N of the table)."""
    from cs_console.domain.swaps import rostered_neighbours

    def shift(day: int, start: int, code: str) -> tuple[str, datetime, datetime]:
        begin = datetime(2026, 11, day, start, tzinfo=UTC)
        return f"2026-11-{day}/{code}", begin, begin + timedelta(hours=8)

    roster = [shift(19, 8, "D"), shift(20, 8, "D"), shift(23, 8, "D"), shift(24, 8, "D")]
    taken = shift(21, 16, "E")
    assert rostered_neighbours(roster, taken) == {"2026-11-20/D", "2026-11-23/D"}
    with pytest.raises(UserError, match=r"refused \[SW-04\].*2026-11-20/D"):
        check_not_consecutive("1004", rostered_neighbours(roster, taken), {"2026-11-20/D"})
    assert rostered_neighbours([], taken) == set()
