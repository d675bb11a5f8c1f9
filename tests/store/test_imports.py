"""CSV imports on SQLite and PostgreSQL: whole file or nothing, FILE:LINE on a bad row."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from cs_console.domain.errors import UserError
from cs_console.services.audit import list_entries
from cs_console.services.context import Context
from cs_console.services.imports import import_file
from cs_console.store.models import RosterEntry, Seat, Staff

STAFF = (
    "staff_no,name,role,grade,team\n"
    "1001,王芳,squad_leader,senior,D\n1003,Ana García,agent,junior,D\n"
)
SEATS = "seat,row,col,zone,extension\nA01,1,1,A,8001\nA02,1,2,A,8002\n"
ROSTER = "date,shift,staff_no,seat\n2026-11-22,D,1001,\n2026-11-22,D,1003,A01\n"


def write(tmp_path: Path, name: str, text: str, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return path


def count(ctx: Context, model: type) -> int:
    with ctx.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_good_files_import_in_order_and_are_audited(ctx: Context, tmp_path: Path):
    assert import_file(ctx, "staff", write(tmp_path, "staff.csv", STAFF, bom=True)).inserted == 2
    assert import_file(ctx, "seats", write(tmp_path, "seats.csv", SEATS)).inserted == 2
    assert import_file(ctx, "roster", write(tmp_path, "roster.csv", ROSTER)).inserted == 2
    assert (count(ctx, Staff), count(ctx, Seat), count(ctx, RosterEntry)) == (2, 2, 2)
    actions = [line.action for line in list_entries(ctx)]
    # each person's role is audited (none → role), then the import itself
    assert actions == ["staff.role", "staff.role", "import.staff", "import.seats", "import.roster"]


def test_reimport_updates_instead_of_duplicating(ctx: Context, tmp_path: Path):
    import_file(ctx, "staff", write(tmp_path, "staff.csv", STAFF))
    changed = STAFF.replace("Ana García,agent,junior", "Ana García,agent,senior")
    result = import_file(ctx, "staff", write(tmp_path, "staff2.csv", changed))
    assert (result.inserted, result.updated) == (0, 2)
    with ctx.reading() as session:
        assert session.exec(select(Staff.grade).where(Staff.staff_no == "1003")).one() == "senior"


@pytest.mark.parametrize(
    ("kind", "text", "line", "reason"),
    [
        ("staff", STAFF + "1004,Bo,boss,senior,D\n", 4, "role 'boss'"),
        ("staff", STAFF + "1001,Dup,agent,junior,D\n", 4, "already given on line 2"),
        ("staff", "staff_no,name\n1,x\n", 1, "header must be"),
        ("staff", STAFF + "1005,Short\n", 4, "expected 5 columns"),
        ("seats", SEATS + "A03,one,3,A,\n", 4, "row 'one'"),
        ("roster", ROSTER + "2026-11-31,D,1003,\n", 4, "not a date"),
        ("roster", ROSTER + "2026-11-23,X,1003,\n", 4, "shift 'X'"),
        ("roster", ROSTER + "2026-11-23,D,9999,\n", 4, "unknown"),
        ("roster", ROSTER + "2026-11-23,D,1003,Z99\n", 4, "seat 'Z99'"),
    ],
)
def test_a_bad_row_rejects_the_whole_file(ctx, tmp_path, kind, text, line, reason):
    if kind == "roster":
        import_file(ctx, "staff", write(tmp_path, "s.csv", STAFF))
        import_file(ctx, "seats", write(tmp_path, "t.csv", SEATS))
    before = (count(ctx, Staff), count(ctx, Seat), count(ctx, RosterEntry), len(list_entries(ctx)))
    path = write(tmp_path, f"bad-{kind}.csv", text)
    with pytest.raises(UserError) as err:
        import_file(ctx, kind, path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert reason in str(err.value)
    after = (count(ctx, Staff), count(ctx, Seat), count(ctx, RosterEntry), len(list_entries(ctx)))
    assert after == before


def test_tickets_import_in_bulk_and_read_back_as_written(ctx: Context, tmp_path: Path):
    from datetime import UTC, datetime

    from cs_console.store.models import Ticket

    import_file(ctx, "staff", write(tmp_path, "staff.csv", STAFF))
    tickets = (
        "accepted_at,category,summary,phone,name,agent,state,target\n"
        "2026-11-22T09:15,inquiry,Parcel late,13812345678,张伟,1003,new,\n"
        "2026-11-22T09:40,fault,Line down,,,,dispatched,tsc\n"
    )
    result = import_file(ctx, "tickets", write(tmp_path, "tickets.csv", tickets))
    assert (result.inserted, result.updated) == (2, 0)
    with ctx.reading() as session:
        rows = session.exec(select(Ticket).order_by(Ticket.id)).all()
        agent = session.exec(select(Staff.id).where(Staff.staff_no == "1003")).one()
    assert [(t.summary, t.state, t.target, t.first_agent_id) for t in rows] == [
        ("Parcel late", "new", "", agent),
        ("Line down", "dispatched", "tsc", None),
    ]
    assert rows[0].accepted_at == datetime(2026, 11, 22, 1, 15, tzinfo=UTC)  # 09:15 in the centre
    assert rows[0].customer_phone == "13812345678" and rows[1].version == 1
    with ctx.reading() as session:  # the stored instants compare like any other (indexes, ranges)
        late = session.exec(select(Ticket).where(Ticket.accepted_at > rows[0].accepted_at)).all()
    assert [t.summary for t in late] == ["Line down"]


def test_columns_may_come_in_any_order(ctx: Context, tmp_path: Path):
    from cs_console.store.models import Ticket

    import_file(
        ctx, "seats", write(tmp_path, "seats.csv", "zone,extension,col,row,seat\nB,9001,3,2,B07\n")
    )
    tickets = (
        "target,state,agent,name,phone,summary,category,accepted_at\n"
        "tsc,dispatched,,李四,13900001111,Router dead,fault,2026-11-22T10:05\n"
    )
    import_file(ctx, "tickets", write(tmp_path, "tickets.csv", tickets))
    with ctx.reading() as session:
        seat = session.exec(select(Seat).where(Seat.code == "B07")).one()
        ticket = session.exec(select(Ticket).where(Ticket.summary == "Router dead")).one()
    assert (seat.zone, seat.row, seat.col, seat.extension) == ("B", 2, 3, "9001")
    assert (ticket.category, ticket.state, ticket.target, ticket.customer_name) == (
        "fault",
        "dispatched",
        "tsc",
        "李四",
    )
    assert ticket.customer_phone == "13900001111"


def test_pf19_an_optional_joined_column_records_when_a_person_joined(ctx, tmp_path: Path):
    """PF-19 needs the joining date: "En los primeros dos meses, solo puntos de evaluación, sin
    salario flotante". A file without the column leaves the recorded date as it is."""
    joined = "staff_no,name,role,grade,team,joined\n1003,Ana García,agent,junior,D,2026-10-15\n"
    import_file(ctx, "staff", write(tmp_path, "joined.csv", joined))
    import_file(ctx, "staff", write(tmp_path, "staff.csv", STAFF))
    with ctx.reading() as session:
        dates = dict(session.exec(select(Staff.staff_no, Staff.joined)).all())
    assert dates == {"1001": None, "1003": date(2026, 10, 15)}
    bad = write(tmp_path, "bad.csv", joined.replace("2026-10-15", "15/10/2026"))
    with pytest.raises(UserError, match=r"bad.csv:2: joined '15/10/2026' is not a date"):
        import_file(ctx, "staff", bad)
