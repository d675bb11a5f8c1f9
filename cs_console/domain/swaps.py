"""Shift swaps (SW-03…SW-05, SW-07, SW-08, RC-13, D-05)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from cs_console.domain.errors import UserError
from cs_console.domain.records import StaffMember
from cs_console.i18n import _, ngettext

Interval = tuple[datetime, datetime]


def check_equivalent(a: StaffMember, b: StaffMember) -> None:
    """SW-05: same type of work and the same grade."""
    if a.role != b.role:
        raise UserError(
            _("{staff_no} is {role} but {staff_no2} is {role2}; swaps need the same role.").format(
                staff_no=a.staff_no, role=a.role, staff_no2=b.staff_no, role2=b.role
            ),
            rule="SW-05",
        )
    if a.grade != b.grade:
        raise UserError(
            _(
                "{staff_no} is {grade} but {staff_no2} is {grade2}; swaps need the same grade."
            ).format(staff_no=a.staff_no, grade=a.grade, staff_no2=b.staff_no, grade2=b.grade),
            rule="SW-05",
        )


def check_monthly_limit(staff_no: str, month: str, swaps_so_far: int, limit: int) -> None:
    """SW-03: at most ``limit`` swaps per person per calendar month of the swapped shift."""
    if swaps_so_far >= limit:
        raise UserError(
            ngettext(
                "{staff_no} already has {count} swap in {month}; the limit is {limit}.",
                "{staff_no} already has {count} swaps in {month}; the limit is {limit}.",
                swaps_so_far,
            ).format(staff_no=staff_no, count=swaps_so_far, month=month, limit=limit),
            rule="SW-03",
        )


def check_duty(staff_no: str, new: Interval, rostered: Iterable[Interval], max_hours: int) -> None:
    """SW-04: no back-to-back shifts; RC-13: no more than ``max_hours`` continuous duty."""
    for start, end in rostered:
        if start < new[1] and new[0] < end:
            raise UserError(
                _("{staff_no} already works at that time.").format(staff_no=staff_no), rule="SW-04"
            )
        if end == new[0] or start == new[1]:
            raise UserError(
                _(
                    "{staff_no} would work back-to-back shifts ({start:%H:%M}–{end:%H:%M} next to "
                    "{new:%H:%M}–{new2:%H:%M})."
                ).format(staff_no=staff_no, start=start, end=end, new=new[0], new2=new[1]),
                rule="SW-04",
            )
    if new[1] - new[0] > timedelta(hours=max_hours):
        raise UserError(
            _("{staff_no} would be on duty more than {max_hours} h in a row.").format(
                staff_no=staff_no, max_hours=max_hours
            ),
            rule="RC-13",
        )


RosteredShift = tuple[str, datetime, datetime]  # key, start, end


def rostered_neighbours(roster: Iterable[RosteredShift], shift: RosteredShift) -> set[str]:
    """SW-04: the keys of the person's previous and next rostered shift around ``shift`` (their
    own roster, however far apart: days off in between do not make a swap non-consecutive)."""
    others = [r for r in roster if r[0] != shift[0]]
    before = [r for r in others if r[2] <= shift[1]]
    after = [r for r in others if r[1] >= shift[2]]
    found = set()
    if before:
        found.add(max(before, key=lambda r: r[2])[0])
    if after:
        found.add(min(after, key=lambda r: r[1])[0])
    return found


def check_not_consecutive(staff_no: str, neighbour_keys: set[str], swapped_keys: set[str]) -> None:
    """SW-04 (D-05): no swap on the shift next to another swapped shift of the same person."""
    clash = neighbour_keys & swapped_keys
    if clash:
        raise UserError(
            _(
                "{staff_no} already has a swap on the neighbouring shift {min}; consecutive swaps "
                "are not allowed."
            ).format(staff_no=staff_no, min=min(clash)),
            rule="SW-04",
        )
