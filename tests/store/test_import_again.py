"""Importing a file again changes nothing it already holds: tickets are known by their
external_id, else by time, phone and summary; staff, seats and the roster by their natural keys.
Every error names FILE:LINE, oversize fields and undecodable bytes included."""

from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from cs_console.domain.errors import UserError
from cs_console.services.context import Context
from cs_console.services.imports import import_file
from cs_console.store.models import RosterEntry, Seat, Staff, Ticket

STAFF = "staff_no,name,role,grade,team\n1003,Ana García,agent,junior,D\n"
SEATS = "seat,row,col,zone,extension\nA01,1,1,A,8001\nA02,1,2,A,8002\n"
ROSTER = "date,shift,staff_no,seat\n2026-11-22,D,1003,A01\n"
HEADER = "accepted_at,category,summary,phone,name,agent,state,target"
TICKETS = (
    f"{HEADER}\n"
    "2026-11-20T09:00,fault,No dial tone,13800001111,王伟,1003,closed,tsc\n"
    "2026-11-21T10:00,inquiry,Invoice copy,,,,new,\n"
)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def count(ctx: Context, model: type) -> int:
    with ctx.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def counts(result) -> tuple[int, int, int]:  # noqa: ANN001
    return result.inserted, result.updated, result.unchanged


@pytest.fixture
def staffed(ctx: Context, tmp_path: Path) -> Context:
    import_file(ctx, "staff", write(tmp_path, "staff.csv", STAFF))
    return ctx


def test_the_same_tickets_file_twice_adds_nothing(staffed, tmp_path):
    path = write(tmp_path, "tickets.csv", TICKETS)
    assert counts(import_file(staffed, "tickets", path)) == (2, 0, 0)
    assert counts(import_file(staffed, "tickets", path)) == (0, 0, 2)
    assert count(staffed, Ticket) == 2
    corrected = write(tmp_path, "again.csv", TICKETS.replace("new,\n", "closed,\n"))
    assert counts(import_file(staffed, "tickets", corrected)) == (0, 1, 1)
    with staffed.reading() as session:
        states = session.exec(select(Ticket.state, Ticket.version).order_by(Ticket.id)).all()
    assert states == [("closed", 1), ("closed", 2)]


def test_external_ids_name_tickets_across_files(staffed, tmp_path):
    first = write(tmp_path, "plain.csv", TICKETS)
    import_file(staffed, "tickets", first)
    with_ids = (
        f"{HEADER},external_id\n"
        "2026-11-20T09:00,fault,No dial tone,13800001111,王伟,1003,closed,tsc,CRM-1\n"
        "2026-11-21T10:00,inquiry,Invoice copy (2 pages),,,,new,,CRM-2\n"
    )
    result = import_file(staffed, "tickets", write(tmp_path, "ids.csv", with_ids))
    assert counts(result) == (1, 1, 0)  # CRM-1 is the plain file's first ticket; CRM-2 is new
    renamed = with_ids.replace("Invoice copy (2 pages)", '"Invoice copy, two pages"')
    result = import_file(staffed, "tickets", write(tmp_path, "ids2.csv", renamed))
    assert counts(result) == (0, 1, 1)
    with staffed.reading() as session:
        rows = session.exec(select(Ticket.external_id, Ticket.summary).order_by(Ticket.id)).all()
    assert rows == [
        ("CRM-1", "No dial tone"),
        (None, "Invoice copy"),
        ("CRM-2", "Invoice copy, two pages"),
    ]


def test_a_ticket_twice_in_one_file_is_refused_with_its_lines(staffed, tmp_path):
    twice = TICKETS + "2026-11-21T10:00,inquiry,Invoice copy,,,,closed,\n"
    path = write(tmp_path, "twice.csv", twice)
    with pytest.raises(UserError) as err:
        import_file(staffed, "tickets", path)
    assert str(err.value) == (
        f"{path}:4: this ticket (same time, phone and summary) is already on line 3."
    )
    assert count(staffed, Ticket) == 0


def test_duplicates_already_stored_stay_and_the_first_is_updated(staffed, tmp_path):
    path = write(tmp_path, "tickets.csv", TICKETS)
    import_file(staffed, "tickets", path)
    with staffed.transaction() as session:  # as a re-import by an earlier version left them
        old = session.exec(select(Ticket).where(Ticket.summary == "Invoice copy")).one()
        session.add(Ticket(**old.model_dump(exclude={"id"})))
    changed = write(tmp_path, "x.csv", TICKETS.replace("new,\n", "in_progress,\n"))
    result = import_file(staffed, "tickets", changed)
    assert counts(result) == (0, 1, 1)
    with staffed.reading() as session:
        states = session.exec(
            select(Ticket.state).where(Ticket.summary == "Invoice copy").order_by(Ticket.id)
        ).all()
    assert states == ["in_progress", "new"]


def test_staff_seats_and_roster_again_add_nothing(staffed, tmp_path):
    for kind, text in (("seats", SEATS), ("roster", ROSTER)):
        import_file(staffed, kind, write(tmp_path, f"{kind}.csv", text))
    for kind, text in (("staff", STAFF), ("seats", SEATS), ("roster", ROSTER)):
        assert import_file(staffed, kind, write(tmp_path, f"{kind}2.csv", text)).inserted == 0
    assert (count(staffed, Staff), count(staffed, Seat), count(staffed, RosterEntry)) == (1, 2, 1)


def test_a_field_over_128_kb_names_its_line(staffed, tmp_path):
    big = TICKETS + f'2026-11-21T11:00,inquiry,"{"x" * 140_000}",,,,new,\n'
    path = write(tmp_path, "big.csv", big)
    with pytest.raises(UserError) as err:
        import_file(staffed, "tickets", path)
    assert str(err.value) == f"{path}:4: a field is longer than 131072 characters."


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_undecodable_bytes_name_their_line(staffed, tmp_path, bom):
    data = bom + TICKETS.encode() + b"2026-11-21T12:00,inquiry,caf\xe9 au lait,,,,new,\n"
    path = write(tmp_path, "latin1.csv", data)
    with pytest.raises(UserError) as err:
        import_file(staffed, "tickets", path)
    assert str(err.value) == f"{path}:4: not UTF-8 text (byte 0xe9); save the file as UTF-8."
    assert count(staffed, Ticket) == 0
