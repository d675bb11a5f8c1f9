"""Shift swaps (SW-03…SW-05, SW-07, SW-08, RC-13, D-05)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from cs_console.domain.errors import UserError
from cs_console.domain.records import StaffMember

Interval = tuple[datetime, datetime]


def check_equivalent(a: StaffMember, b: StaffMember) -> None:
    """SW-05: same type of work and the same grade."""
    if a.role != b.role:
        raise UserError(
            f"{a.staff_no} is {a.role} but {b.staff_no} is {b.role}; swaps need the same role.",
            rule="SW-05",
        )
    if a.grade != b.grade:
        raise UserError(
            f"{a.staff_no} is {a.grade} but {b.staff_no} is {b.grade}; swaps need the same grade.",
            rule="SW-05",
        )


def check_monthly_limit(staff_no: str, month: str, swaps_so_far: int, limit: int) -> None:
    """SW-03: at most ``limit`` swaps per person per calendar month of the swapped shift."""
    if swaps_so_far >= limit:
        raise UserError(
            f"{staff_no} already has {swaps_so_far} swap{'s' if swaps_so_far != 1 else ''} "
            f"in {month}; the limit is {limit}.",
            rule="SW-03",
        )


def check_duty(staff_no: str, new: Interval, rostered: Iterable[Interval], max_hours: int) -> None:
    """SW-04: no back-to-back shifts; RC-13: no more than ``max_hours`` continuous duty."""
    for start, end in rostered:
        if start < new[1] and new[0] < end:
            raise UserError(f"{staff_no} already works at that time.", rule="SW-04")
        if end == new[0] or start == new[1]:
            raise UserError(
                f"{staff_no} would work back-to-back shifts ({start:%H:%M}–{end:%H:%M} "
                f"next to {new[0]:%H:%M}–{new[1]:%H:%M}).",
                rule="SW-04",
            )
    if new[1] - new[0] > timedelta(hours=max_hours):
        raise UserError(
            f"{staff_no} would be on duty more than {max_hours} h in a row.", rule="RC-13"
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
            f"{staff_no} already has a swap on the neighbouring shift {min(clash)}; "
            "consecutive swaps are not allowed.",
            rule="SW-04",
        )
