"""Migration 0012 keys the proposals a database already holds and merges the duplicates, so the
unique settlement key can be added (convention 14; RC-11, RC-08, RC-07)."""

from datetime import UTC, date, datetime

from alembic import command
from sqlalchemy import MetaData, insert, select

from cs_console.store import migrate
from cs_console.store.engine import make_engine

SHIFT_END = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
AWAY_SINCE = datetime(2026, 11, 22, 2, 23, tzinfo=UTC)


def _at_0008(target: str):  # noqa: ANN202 - an engine on a database at revision 0008
    engine = make_engine(target)
    command.upgrade(migrate.alembic_config(engine), "0008")
    return engine


def test_0012_keys_existing_proposals_and_voids_open_duplicates(db_target: str):
    engine = _at_0008(db_target)
    meta = MetaData()
    meta.reflect(engine)
    staff, points, states = (meta.tables[n] for n in ("staff", "points_entry", "person_state"))
    person = {"role": "agent", "grade": "junior", "team": "", "pin_failures": 0, "active": True}
    shift = {"shift_date": date(2026, 11, 22), "shift_code": "D"}
    entry = {"delta": -20, "note": "", "created_at": SHIFT_END, **shift}
    with engine.begin() as conn:
        conn.execute(
            insert(staff),
            [
                {"id": 1, "staff_no": "1009", "name": "A", **person},
                {"id": 2, "staff_no": "1008", "name": "B", **person},
            ],
        )
        conn.execute(insert(points), [
            {"id": 1, "staff_id": 1, "rule": "RC-11", "status": "proposed",
             "source": "absent:2026-11-22/D:1009", **entry},
            {"id": 2, "staff_id": 1, "rule": "RC-11", "status": "proposed",
             "source": "manual:1001:2", **entry},
            {"id": 3, "staff_id": 1, "rule": "RC-11", "status": "confirmed",
             "source": "manual:1001:3", **entry},
            {"id": 4, "staff_id": 2, "rule": "RC-08", "status": "proposed",
             "source": f"away:7:{AWAY_SINCE.isoformat()}", **{**entry, "delta": -5}},
        ])  # fmt: skip
        conn.execute(insert(states), [{
            "id": 7, "staff_id": 2, "state": "away", "since": AWAY_SINCE, "approved": False,
            "flagged_at": SHIFT_END, "version": 1, **shift,
        }])  # fmt: skip
    migrate.upgrade(engine)
    meta = MetaData()
    meta.reflect(engine)
    with engine.connect() as conn:
        keys = conn.execute(
            select(meta.tables["settlement"].c["rule", "staff_no", "subject", "points_id"])
        ).all()
        status = dict(conn.execute(select(points.c.id, points.c.status)).all())
        note = conn.execute(select(points.c.note).where(points.c.id == 2)).scalar_one()
    away = f"away:7:{AWAY_SINCE.isoformat()}"
    assert sorted(tuple(k) for k in keys) == [
        ("RC-07", "1008", away, None),
        ("RC-08", "1008", away, 4),
        ("RC-11", "1009", "2026-11-22/D", 1),
    ]
    assert status == {1: "proposed", 2: "voided", 3: "confirmed", 4: "proposed"}
    assert note == "voided: the same proposal as P-1"
    engine.dispose()
