"""Close-down (HO-15/HO-16) in a centre closed from 23:00 to 08:30: the last leader ticks the
checklist and signs it; the next morning's log opens with it and its unticked items."""

import re

from tests.cli.conftest import ok
from tests.cli.test_shift_boundaries import gap_desk  # noqa: F401 - the fixture

E_LEADER, D_LEADER, D_DEPUTY = ("--as", "1015"), ("--as", "1001"), ("--as", "1002")


def refused(result, rule: str | None = None) -> str:
    assert result.exit_code == 2, result.stdout
    text = result.stderr.strip()
    if rule:
        assert text.startswith(f"refused [{rule}]: "), text
    return text


def flat(text: str) -> str:
    """The summary's words on one line (the paper wraps at 80 cells)."""
    return " ".join(text.split())


def _sections(desk, who, at: str) -> None:
    for section in ("equipment", "problems", "staffing"):
        ok(desk(*who, "do", f"note {section} none", now=at))


def test_ho16_the_last_leader_ticks_and_signs_the_close_down(gap_desk):  # noqa: F811
    desk = gap_desk
    _sections(desk, E_LEADER, "2026-11-22T22:40")
    assert refused(desk(*E_LEADER, "do", "sign outgoing", now="2026-11-22T22:41"), "HO-16") == (
        "refused [HO-16]: nobody takes over after 2026-11-22/E: tick the close-down checklist "
        "and sign it first (closedown sign)."
    )
    assert ok(desk(*E_LEADER, "do", "closedown tick seats", now="2026-11-22T22:50")) == (
        "seats ticked by 1015 at 22:50 (close-down of 2026-11-22/E; 4 left)"
    )
    ok(desk(*E_LEADER, "do", "closedown tick lights", now="2026-11-22T22:51"))
    ok(desk(*E_LEADER, "do", "closedown tick power", now="2026-11-22T22:52"))
    assert refused(desk(*E_LEADER, "do", "closedown tick seats", now="2026-11-22T22:53")) == (
        "seats was already ticked by 1015 at 22:50."
    )
    assert refused(desk(*E_LEADER, "do", "closedown tick roof", now="2026-11-22T22:53")) == (
        "'roof' is not on the close-down checklist (seats, lights, windows, doors, power)."
    )
    assert ok(desk(*E_LEADER, "do", "closedown sign", now="2026-11-22T22:55")) == (
        "close-down of 2026-11-22/E signed by 1015 at 22:55; not ticked: windows, doors "
        "(carried to the next log)"
    )
    refused(desk(*E_LEADER, "do", "closedown tick doors", now="2026-11-22T22:56"), "HO-15")
    signed = ok(desk(*E_LEADER, "do", "sign outgoing", now="2026-11-22T22:57"))
    assert re.fullmatch(
        r"2026-11-22/E signed by outgoing 1015 at 22:57; awaiting incoming · \d+ items carried "
        r"to 2026-11-23/D",
        signed,
    )
    assert "no shift due" in ok(desk("do", "status", now="2026-11-23T02:00"))
    refused(desk(*D_LEADER, "do", "sign incoming", now="2026-11-23T07:59"), "HO-06")
    morning = flat(ok(desk("print", "handover", "--shift", "2026-11-23/D", now="2026-11-23T08:01")))
    assert "close-down signed by 1015 at 11-22 22:55: seats ✓, lights ✓, windows ✗" in morning
    assert "close-down: not ticked: Windows closed (HO-16)" in morning
    ok(desk(*D_LEADER, "do", "ack all", now="2026-11-23T08:05"))
    assert ok(desk(*D_LEADER, "do", "sign incoming", now="2026-11-23T08:06")).startswith(
        "2026-11-22/E signed by incoming 1001 at 08:06 · log 1"
    )
    paper = flat(ok(desk("print", "handover", "--shift", "2026-11-22/E", now="2026-11-23T08:07")))
    assert "-- Close-down (HO-15/HO-16) --" in paper
    assert "Keyboards and chairs pushed in, desks tidy (HO-15): ticked by 1015 at 22:50" in paper
    assert "Doors locked (HO-16): not ticked" in paper
    assert "signed by 1015 at 2026-11-22 22:55" in paper


def test_ho16_the_evening_leader_completes_the_evening_log_at_the_morning_roll_call(gap_desk):  # noqa: F811
    desk = gap_desk
    at = "2026-11-23T08:05"
    note = ok(desk(*E_LEADER, "do", "note equipment headset A10 silent", now=at))
    assert re.fullmatch(r"#\d+ 2026-11-22/E equipment: headset A10 silent", note)
    other = ok(desk(*D_DEPUTY, "do", "note staffing 1003 swapped to E", now=at))
    assert re.fullmatch(r"#\d+ 2026-11-23/D staffing: 1003 swapped to E", other)
    ok(desk(*E_LEADER, "do", "note problems none", now=at))
    ok(desk(*E_LEADER, "do", "note staffing none", now=at))
    for item in ("seats", "lights", "windows", "doors", "power"):
        ok(desk(*E_LEADER, "do", f"closedown tick {item}", now=at))
    assert ok(desk(*E_LEADER, "do", "closedown sign", now=at)).endswith("every item ticked")
    ok(desk(*E_LEADER, "do", "sign outgoing", now="2026-11-23T08:06"))
    ok(desk(*D_LEADER, "do", "ack all", now="2026-11-23T08:07"))
    ok(desk(*D_LEADER, "do", "sign incoming", now="2026-11-23T08:08"))
    assert ok(desk("db", "check", now="2026-11-23T08:09")).startswith("ok: ")
