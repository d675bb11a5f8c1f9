"""The handover model on SQLite and PostgreSQL: items carried once (D-10), the close-down
(HO-15/HO-16), and the chain that covers both."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from cs_console.config import Settings, ShiftSetting
from cs_console.services import closedown, integrity
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from cs_console.services.handover import ack_all, note, sign_incoming, sign_outgoing
from tests.conftest import ZONE

GAP = (
    ShiftSetting(code="D", name="Day", start="08:30", end="16:30"),
    ShiftSetting(code="E", name="Evening", start="16:30", end="23:00"),
)


def test_d10_ho16_two_handovers_over_a_closed_night_carry_each_item_once(db_target, clock):
    settings = Settings(timezone=ZONE, shifts=GAP)
    tz = settings.tz

    def at(text_: str) -> None:
        clock.set(datetime.fromisoformat(text_).replace(tzinfo=tz).astimezone(UTC))

    at("2026-11-22T07:00")
    ctx = open_context(db_target, settings, clock)
    create_demo(ctx)
    for day, out, inc, sign, take in (
        ("2026-11-22", "1001", "1015", "16:20", "16:25"),
        ("2026-11-22", "1015", "1001", "22:50", None),
    ):
        at(f"{day}T{sign}")
        leader = ctx.acting_as(out, "1234")
        for section in ("equipment", "problems", "staffing"):
            note(leader, section, f"{section} by {out}")
        if closedown.needed(ctx, ctx.current_shift()):
            closedown.tick(leader, "seats")
            closedown.sign(leader)
        sign_outgoing(leader)
        at(f"{day}T{take}" if take else "2026-11-23T08:05")
        ack_all(ctx.acting_as(inc, "1234"))
        sign_incoming(ctx.acting_as(inc, "1234"))
    with ctx.engine.connect() as conn:
        keys = conn.execute(
            text("SELECT item_key FROM handover_entry WHERE kind = 'carried' ORDER BY id")
        ).scalars().all()  # fmt: skip
        ticks = conn.execute(text("SELECT item, ticked_by FROM closedown_tick")).all()
    assert len(keys) == len(set(keys))
    assert {k.split(":")[0] for k in keys} == {"entry", "clock", "closedown"}
    assert [tuple(t) for t in ticks] == [("seats", "1015")]
    assert integrity.check(ctx) == []
    with ctx.engine.begin() as conn:  # the close-down is part of what the evening log signed
        conn.execute(text("UPDATE closedown_tick SET ticked_by = '1016'"))
    assert integrity.check(ctx) == [
        "handover log 2 (2026-11-22/E) does not match its fingerprint (link 2)"
    ]
    ctx.engine.dispose()
