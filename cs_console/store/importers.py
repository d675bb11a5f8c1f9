"""CSV imports (staff, seats, roster; tickets in ticket_import.py): read and check the whole
file before a single write.

A bad row rejects the file with ``FILE:LINE: reason``.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlmodel import Session, select

from cs_console.domain.errors import UserError
from cs_console.domain.staff import Grade, Role
from cs_console.store.models import RosterEntry, Seat, Staff

COLUMNS = {
    "tickets": ("accepted_at", "category", "summary", "phone", "name", "agent", "state", "target"),
    "staff": ("staff_no", "name", "role", "grade", "team"),
    "seats": ("seat", "row", "col", "zone", "extension"),
    "roster": ("date", "shift", "staff_no", "seat"),
}


STAFF_OPTIONAL = ("joined",)


class RowError(Exception):
    pass


@dataclass(frozen=True)
class ImportResult:
    kind: str
    inserted: int
    updated: int
    unchanged: int = 0  # rows the database already held as the file gives them

    @property
    def rows(self) -> int:
        return self.inserted + self.updated + self.unchanged


def read_rows(
    path: Path, kind: str, optional: tuple[str, ...] = ()
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(line number, values in ``COLUMNS[kind] + optional`` order) pairs, whatever the order of
    the file's columns (a missing optional column gives ""); header checked; UTF-8 with or
    without BOM. Every error names FILE:LINE, undecodable bytes and oversize fields included."""
    text = _decoded(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    expected = COLUMNS[kind]
    try:
        header = tuple(h.strip() for h in next(reader, ()))
        missing = set(expected) - set(header)
        extra = set(header) - set(expected) - set(optional)
        if missing or extra or len(set(header)) != len(header):
            found = ",".join(header) or "none"
            raise UserError(f"{path}:1: the header must be {','.join(expected)} (found {found}).")
        wanted = expected + optional
        at = [header.index(name) if name in header else None for name in wanted]
        plain = header == wanted
        for values in reader:
            if not values:
                continue  # a blank line
            if len(values) != len(header):
                raise UserError(f"{path}:{reader.line_num}: expected {len(header)} columns.")
            if not plain:
                values = ["" if i is None else values[i] for i in at]
            yield reader.line_num, tuple(map(str.strip, values))
    except csv.Error as err:
        raise UserError(f"{path}:{reader.line_num}: {_csv_reason(err)}") from None


def has_column(path: Path, name: str) -> bool:
    """Whether the file's header names the (optional) column ``name``."""
    header = next(csv.reader(io.StringIO(_decoded(path), newline="")), [])
    return name in (h.strip() for h in header)


def _decoded(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file.") from None
    except OSError as err:
        raise UserError(f"{path}: cannot be read: {err.strerror}.") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise UserError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[err.start]:02x}); save the file as UTF-8."
        ) from None


def _csv_reason(err: csv.Error) -> str:
    if "field larger than field limit" in str(err):
        return f"a field is longer than {csv.field_size_limit()} characters."
    return f"not readable as CSV ({err})."


def checked_rows(
    path: Path,
    kind: str,
    check: Callable[..., Any],
    *,
    by_name: bool = True,
    optional: tuple[str, ...] = (),
) -> list[tuple[int, Any]]:
    """Each row through ``check``: as a dict by column name, or (``by_name=False``) as the
    values in ``COLUMNS[kind] + optional`` order, one argument each."""
    names = COLUMNS[kind] + optional
    out = []
    for line, values in read_rows(path, kind, optional):
        try:
            row = check(dict(zip(names, values, strict=True))) if by_name else check(*values)
            out.append((line, row))
        except RowError as err:
            raise UserError(f"{path}:{line}: {err}") from None
    return out


def _required(row: dict[str, str], key: str) -> str:
    if not row[key]:
        raise RowError(f"{key} is empty.")
    return row[key]


def _joined(value: str) -> date | None:
    """PF-19's joining date, ``YYYY-MM-DD``; empty: not known."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowError(f"joined '{value}' is not a date (YYYY-MM-DD).") from None


def _staff_row(row: dict[str, str]) -> dict[str, Any]:
    role, grade = row["role"], row["grade"]
    if role not in Role.__members__.values():
        raise RowError(f"role '{role}' is not one of {', '.join(Role)}.")
    if grade not in Grade.__members__.values():
        raise RowError(f"grade '{grade}' is not one of {', '.join(Grade)}.")
    return {
        "staff_no": _required(row, "staff_no"),
        "name": _required(row, "name"),
        "role": role,
        "grade": grade,
        "team": row["team"],
        "joined": _joined(row["joined"]),
    }


def _seat_row(row: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {"code": _required(row, "seat")}
    for key in ("row", "col"):
        if not row[key].isdigit():
            raise RowError(f"{key} '{row[key]}' is not a whole number.")
        values[key] = int(row[key])
    values.update(zone=row["zone"], extension=row["extension"])
    return values


def _unique(rows: list[tuple[int, Any]], path: Path, key: Callable[[Any], Any], what: str) -> None:
    seen: dict[Any, int] = {}
    for line, row in rows:
        k = key(row)
        if k in seen:
            raise UserError(f"{path}:{line}: {what} already given on line {seen[k]}.")
        seen[k] = line


def _upsert(
    session: Session,
    model: type,
    rows: list[dict[str, Any]],
    key: Callable[[dict[str, Any]], Any],
    existing: dict[Any, int],
) -> tuple[int, int]:
    """Insert new keys, update known ones: two executemany statements, no per-row ORM work."""
    new = [r for r in rows if key(r) not in existing]
    old = [{"_id": existing[key(r)], **r} for r in rows if key(r) in existing]
    if new:
        session.execute(insert(model), new)
    if old:
        table = model.__table__  # type: ignore[attr-defined]
        stmt = update(table).where(table.c.id == bindparam("_id"))
        session.connection().execute(stmt, old)
    return len(new), len(old)


def import_staff(session: Session, path: Path) -> ImportResult:
    """``joined`` is optional: a file without it leaves the dates already recorded."""
    rows = checked_rows(path, "staff", _staff_row, optional=STAFF_OPTIONAL)
    _unique(rows, path, lambda r: r["staff_no"], "this staff number is")
    if not has_column(path, "joined"):
        rows = [(line, {k: v for k, v in r.items() if k != "joined"}) for line, r in rows]
    existing = dict(session.exec(select(Staff.staff_no, Staff.id)).all())
    counts = _upsert(session, Staff, [r for _, r in rows], lambda r: r["staff_no"], existing)
    return ImportResult("staff", *counts)


def import_seats(session: Session, path: Path) -> ImportResult:
    rows = checked_rows(path, "seats", _seat_row)
    _unique(rows, path, lambda r: r["code"], "this seat is")
    _unique(rows, path, lambda r: (r["zone"], r["row"], r["col"]), "this zone, row and col are")
    existing = dict(session.exec(select(Seat.code, Seat.id)).all())
    counts = _upsert(session, Seat, [r for _, r in rows], lambda r: r["code"], existing)
    return ImportResult("seats", *counts)


def import_roster(session: Session, path: Path, shift_codes: tuple[str, ...]) -> ImportResult:
    staff_ids = dict(session.exec(select(Staff.staff_no, Staff.id)).all())
    seat_ids = dict(session.exec(select(Seat.code, Seat.id)).all())

    def check(row: dict[str, str]) -> dict[str, Any]:
        try:
            day = date.fromisoformat(row["date"])
        except ValueError:
            raise RowError(f"date '{row['date']}' is not a date; use YYYY-MM-DD.") from None
        if row["shift"] not in shift_codes:
            raise RowError(f"shift '{row['shift']}' is not one of {', '.join(shift_codes)}.")
        if row["staff_no"] not in staff_ids:
            raise RowError(f"staff number '{row['staff_no']}' is unknown; import staff first.")
        if row["seat"] and row["seat"] not in seat_ids:
            raise RowError(f"seat '{row['seat']}' is unknown; import seats first.")
        return {
            "shift_date": day,
            "shift_code": row["shift"],
            "staff_id": staff_ids[row["staff_no"]],
            "seat_id": seat_ids.get(row["seat"]) if row["seat"] else None,
        }

    rows = checked_rows(path, "roster", check)
    person_shift = _roster_key
    _unique(rows, path, person_shift, "this person on this shift is")
    seated = [(line, r) for line, r in rows if r["seat_id"]]
    _unique(
        seated,
        path,
        lambda r: (r["shift_date"], r["shift_code"], r["seat_id"]),
        "this seat on this shift is",
    )
    existing = {
        (d, c, s): i
        for i, d, c, s in session.exec(
            select(
                RosterEntry.id, RosterEntry.shift_date, RosterEntry.shift_code, RosterEntry.staff_id
            )
        ).all()
    }
    counts = _upsert(session, RosterEntry, [r for _, r in rows], person_shift, existing)
    return ImportResult("roster", *counts)


def _roster_key(row: dict[str, Any]) -> tuple[date, str, int]:
    return row["shift_date"], row["shift_code"], row["staff_id"]
