"""Logs signed before the chain covered the rows (schema 0008) are fingerprinted again by the
upgrade; the first new link records the old head, so fingerprints already on paper verify."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command

from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.domain.chain import legacy_link
from cs_console.domain.handover import fingerprint, legacy_content
from cs_console.services import integrity
from cs_console.services.context import Context
from cs_console.store import migrate
from cs_console.store.engine import make_engine
from cs_console.store.types import UTCDateTime
from tests.conftest import ZONE

LOG = sa.table(
    "handover_log",
    *(sa.column(c) for c in ("id", "shift_code", "status", "out_staff_no", "in_staff_no")),
    *(sa.column(c) for c in ("seq", "content", "fingerprint", "version")),
    sa.column("shift_date", sa.Date()),
    sa.column("out_signed_at", UTCDateTime()),
    sa.column("in_signed_at", UTCDateTime()),
)
ENTRY = sa.table(
    "handover_entry",
    *(sa.column(c) for c in ("id", "log_id", "section", "text", "kind", "author", "acked_by")),
    sa.column("at", UTCDateTime()),
    sa.column("acked_at", UTCDateTime()),
)
AUDIT = sa.table(
    "audit_entry",
    *(sa.column(c) for c in ("actor", "action", "target", "before", "after")),
    sa.column("at", UTCDateTime()),
)
# What cs-console printed on paper for the first log below before the chain covered the rows.
PRINTED_LOG_1 = "9fdc270d36169abcd52d511bd58ce29fe7c311d5fca1e3415e9f1046e870ed10"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _sign_the_old_way(conn: sa.Connection) -> list[str]:
    """Two logs as the console of schema 0008 signed them (content frozen at the outgoing
    signature, the fingerprint over it and both signatures), an item carried from the first
    into the second, an addendum; returns the two fingerprints."""
    printed, previous = [], ""
    for log_id, day, code, out, inn, at_out, at_in, text in (
        (1, "2026-11-22", "D", "1001", "1015", "07:50", "08:03", "Switch 3 repaired"),
        (2, "2026-11-22", "E", "1015", "1029", "15:51", "16:03", "none"),
    ):
        out_at, in_at = utc(f"{day}T{at_out}"), utc(f"{day}T{at_in}")
        frozen = {"shift": f"{day}/{code}", "sections": {"equipment": [text]},
                  "facts": {"equipment": [], "clocks": []}}  # fmt: skip
        content = json.dumps(frozen, ensure_ascii=False)
        signed = legacy_content(content, [out, out_at], [inn, in_at], log_id)
        previous = fingerprint(signed, previous)
        printed.append(previous)
        conn.execute(
            sa.insert(LOG).values(id=log_id, shift_date=datetime.fromisoformat(day).date(),
                                  shift_code=code, status="signed", out_staff_no=out,
                                  in_staff_no=inn, out_signed_at=out_at, in_signed_at=in_at,
                                  seq=log_id, content=content, fingerprint=previous, version=3)
        )  # fmt: skip
        conn.execute(
            sa.insert(ENTRY).values(log_id=log_id, section="equipment", text=text, kind="entry",
                                    author=out, at=out_at, acked_by="")
        )  # fmt: skip
        conn.execute(
            sa.insert(AUDIT).values(at=in_at, actor=inn, action="handover.sign_incoming",
                                    target=f"{day}/{code}",
                                    after=json.dumps({"seq": log_id, "fingerprint": previous}))
        )  # fmt: skip
    conn.execute(
        sa.insert(ENTRY).values(log_id=2, section="equipment", kind="carried", author="system",
                                text="from 2026-11-22/D: Switch 3 repaired", acked_by="1015",
                                at=utc("2026-11-22T07:50"), acked_at=utc("2026-11-22T08:02"))
    )  # fmt: skip
    conn.execute(
        sa.insert(ENTRY).values(log_id=2, section="addendum", kind="addendum", author="1029",
                                text="Switch 3 failed again at 16:20", acked_by="",
                                at=utc("2026-11-22T16:21"))
    )  # fmt: skip
    return printed


def test_d10_signed_logs_are_fingerprinted_again_and_the_old_head_still_verifies(db_target):
    engine = make_engine(db_target)
    command.upgrade(migrate.alembic_config(engine), "0008")
    with engine.begin() as conn:
        old_first, old_head = _sign_the_old_way(conn)
    assert migrate.current_revision(engine) == "0008"
    migrate.upgrade(engine)
    ctx = Context(engine, Settings(timezone=ZONE), FixedClock(utc("2026-11-22T09:00")))
    assert integrity.check(ctx) == []
    with engine.connect() as conn:
        links = conn.execute(
            sa.text("SELECT seq, kind, entry_id, fingerprint FROM handover_link ORDER BY seq")
        ).all()
        logs = conn.execute(
            sa.text("SELECT seq, fingerprint, legacy_fingerprint FROM handover_log ORDER BY seq")
        ).all()
        carried = conn.execute(
            sa.text("SELECT from_log_id FROM handover_entry WHERE kind = 'carried'")
        ).scalar()
    assert [(k.seq, k.kind) for k in links] == [(1, "legacy"), (2, "log"), (3, "log"),
                                                 (4, "addendum")]  # fmt: skip
    assert links[0].fingerprint == legacy_link(2, old_head)  # the first link records the old head
    assert [(log.seq, log.legacy_fingerprint) for log in logs] == [(1, old_first), (2, old_head)]
    assert all(log.fingerprint not in (old_first, old_head) for log in logs)
    assert carried == 1  # the item names the log it came from
    # fingerprints already on paper are chain heads `db check --expect` accepts
    assert integrity.check(ctx, f"2:{old_head}") == []
    assert integrity.check(ctx, f"1:{old_first}") == []
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE handover_log SET content = replace(content, 'Switch 3', "
                             "'Switch 4') WHERE seq = 1"))  # fmt: skip
    assert "handover log 1 (2026-11-22/D) does not match the fingerprint it was signed with" in (
        integrity.check(ctx)
    )
    engine.dispose()


def test_d10_the_legacy_fingerprint_is_the_one_printed_before():
    """The algorithm of schema 0008, pinned: SHA-256 of the previous fingerprint, a newline and
    the signed content as JSON with sorted keys."""
    content = json.dumps({"shift": "2026-11-22/D", "sections": {}, "facts": {}})
    signed = legacy_content(content, ["1001", utc("2026-11-22T07:50")],
                            ["1015", utc("2026-11-22T08:03")], 1)  # fmt: skip
    assert fingerprint(signed, "") == PRINTED_LOG_1
