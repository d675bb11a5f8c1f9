"""A whole handover through `do` with --now (HO-03, HO-06/HO-07, D-10) and `db check`."""

import sqlite3

from tests.cli.conftest import ok

OUT = ("--as", "1001")
IN = ("--as", "1015")


def test_two_signatures_carry_forward_addenda_and_the_chain(desk, env):
    at = "2026-11-22T15:50"
    assert ok(desk(*OUT, "do", "note equipment Switch 3 repaired", now=at)).endswith(
        "equipment: Switch 3 repaired"
    )
    refused = desk(*OUT, "do", "sign outgoing", now=at)
    assert refused.stderr.strip() == (
        "refused [HO-03]: the log lacks problems, staffing; write an entry or 'none' in each."
    )
    ok(desk(*OUT, "do", "note problems none", now=at))
    ok(desk(*OUT, "do", "note staffing 1014 absent", now=at))
    assert ok(desk(*OUT, "do", "sign outgoing", now=at)).startswith(
        "2026-11-22/D signed by outgoing 1001 at 15:50; awaiting incoming · "
    )
    late_note = desk(*OUT, "do", "note problems forgot one", now="2026-11-22T15:55")
    assert late_note.exit_code == 2
    assert late_note.stderr.strip() == (
        "refused [D-10]: 1001 signed the log of 2026-11-22/D as outgoing at 15:50; no notes "
        "after the signature — corrections are addenda once the incoming leader has signed."
    )
    same = desk(*OUT, "do", "sign incoming", now="2026-11-22T16:01")
    assert same.stderr.strip().startswith("refused [HO-06]")
    blocked = desk(*IN, "do", "sign incoming", now="2026-11-22T16:01")
    assert blocked.exit_code == 2 and blocked.stderr.startswith("refused [D-10]")
    assert "carried items acknowledged by 1015" in ok(
        desk(*IN, "do", "ack all", now="2026-11-22T16:02")
    )
    signed = ok(desk(*IN, "do", "sign incoming", now="2026-11-22T16:03"))
    assert signed.startswith("2026-11-22/D signed by incoming 1015 at 16:03 · log 1 · fingerprint")
    assert ok(
        desk(*IN, "do", "addendum 1014 phoned in sick at 15:55", now="2026-11-22T16:10")
    ).startswith("addendum #")
    assert ok(desk("db", "check", now="2026-11-22T16:11")).startswith(
        "ok: integrity, audit chain and handover chain (chain head 2:"
    )
    with sqlite3.connect(env["CS_CONSOLE_DB"]) as conn:
        conn.execute("UPDATE handover_entry SET text = replace(text, 'Switch 3', 'Switch 4')")
    tampered = desk("db", "check", now="2026-11-22T16:12")
    assert tampered.exit_code == 2
    assert tampered.stderr.strip() == (
        "handover log 1 (2026-11-22/D) does not match its fingerprint (link 1)"
    )


def test_five_wrong_pins_lock_signing_whatever_the_training_clock_says(desk, env):
    at = "2026-11-22T15:50"
    for section in ("equipment", "problems", "staffing"):
        ok(desk(*OUT, "do", f"note {section} none", now=at))
    env["CS_CONSOLE_PIN"] = "0000"
    for _ in range(5):
        assert desk(*OUT, "do", "sign outgoing", now=at).stderr.strip() == "Wrong PIN for 1001."
    env["CS_CONSOLE_PIN"] = "1234"
    locked = desk(*OUT, "do", "sign outgoing", now="2026-11-22T15:56")
    assert locked.exit_code == 2
    assert locked.stderr.startswith("Signing is locked for 1001 until ")
