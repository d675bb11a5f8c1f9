"""The handover of a log is one object from the first note to the incoming signature (D-10,
HO-06): notes after the shift end, the incoming leader before the shift, items carried once."""

import re
import sqlite3

from tests.cli.conftest import ok

D_LEADER, E_LEADER, N_LEADER = ("--as", "1001"), ("--as", "1015"), ("--as", "1029")
E_DEPUTY = ("--as", "1016")


def _complete(desk, who, at: str, equipment: str = "none") -> None:
    ok(desk(*who, "do", f"note equipment {equipment}", now=at))
    ok(desk(*who, "do", "note problems none", now=at))
    ok(desk(*who, "do", "note staffing none", now=at))


def test_d10_the_outgoing_leader_completes_their_log_after_the_shift_end(desk):
    ok(desk(*D_LEADER, "do", "note equipment Switch 3 repaired", now="2026-11-22T15:40"))
    late = ok(desk(*D_LEADER, "do", "note problems T-61 wants a call-back", now="2026-11-22T17:05"))
    assert re.fullmatch(r"#\d+ 2026-11-22/D problems: T-61 wants a call-back", late)
    other = ok(desk(*E_DEPUTY, "do", "note problems printer jammed", now="2026-11-22T17:05"))
    assert re.fullmatch(r"#\d+ 2026-11-22/E problems: printer jammed", other)
    ok(desk(*D_LEADER, "do", "note staffing none", now="2026-11-22T17:06"))
    signed = ok(desk(*D_LEADER, "do", "sign outgoing", now="2026-11-22T17:07"))
    assert signed.startswith("2026-11-22/D signed by outgoing 1001 at 17:07; awaiting incoming")


def test_d10_a_note_by_the_outgoing_leader_after_signing_is_refused_with_the_reason(desk):
    _complete(desk, D_LEADER, "2026-11-22T15:50")
    ok(desk(*D_LEADER, "do", "sign outgoing", now="2026-11-22T15:51"))
    waiting = desk(*D_LEADER, "do", "note problems forgot one", now="2026-11-22T16:10")
    assert waiting.exit_code == 2
    assert waiting.stderr.strip() == (
        "refused [D-10]: 1001 signed the log of 2026-11-22/D as outgoing at 15:51; no notes "
        "after the signature — corrections are addenda once the incoming leader has signed."
    )
    ok(desk(*E_LEADER, "do", "ack all", now="2026-11-22T16:11"))
    ok(desk(*E_LEADER, "do", "sign incoming", now="2026-11-22T16:12"))
    after = desk(*D_LEADER, "do", "note problems forgot one", now="2026-11-22T16:13")
    assert after.stderr.strip() == (
        "refused [D-10]: 1001 signed the log of 2026-11-22/D as outgoing at 15:51; no notes "
        "after the signature — write an addendum."
    )
    assert ok(desk(*D_LEADER, "do", "addendum forgot one", now="2026-11-22T16:14")).startswith(
        "addendum #"
    )


def test_d10_at_0752_the_incoming_leader_acknowledges_what_the_signature_checks(desk):
    _complete(desk, N_LEADER, "2026-11-22T07:40", equipment="Zone B headsets replaced")
    ok(desk(*N_LEADER, "do", "sign outgoing", now="2026-11-22T07:45"))
    own = desk(*N_LEADER, "do", "ack all", now="2026-11-22T07:46")
    assert own.exit_code == 2 and own.stderr.startswith("refused [D-10]: 1029 handed #")
    acked = ok(desk(*D_LEADER, "do", "ack all", now="2026-11-22T07:52"))
    count = int(acked.split()[0])
    assert count > 0 and acked.endswith("acknowledged by 1001 (from 2026-11-22/N)")
    signed = ok(desk(*D_LEADER, "do", "sign incoming", now="2026-11-22T07:53"))
    assert signed.startswith("2026-11-22/N signed by incoming 1001 at 07:53 · log 1 · ")


def test_ho06_the_incoming_leader_signs_from_30_minutes_before_the_shift(desk):
    _complete(desk, N_LEADER, "2026-11-22T07:00")
    ok(desk(*N_LEADER, "do", "sign outgoing", now="2026-11-22T07:05"))
    ok(desk(*D_LEADER, "do", "ack all", now="2026-11-22T07:10"))
    early = desk(*D_LEADER, "do", "sign incoming", now="2026-11-22T07:29")
    assert early.exit_code == 2
    assert early.stderr.strip() == (
        "refused [HO-06]: the incoming signature of 2026-11-22/N opens at 07:30, 30 minutes "
        "before 2026-11-22/D starts."
    )
    assert ok(desk(*D_LEADER, "do", "sign incoming", now="2026-11-22T07:30")).startswith(
        "2026-11-22/N signed by incoming 1001 at 07:30"
    )


def _handover(desk, out, inc, sign_at: str, ack_at: str, note: str) -> int:
    _complete(desk, out, sign_at, equipment=note)
    ok(desk(*out, "do", "sign outgoing", now=sign_at))
    acked = ok(desk(*inc, "do", "ack all", now=ack_at))
    ok(desk(*inc, "do", "sign incoming", now=ack_at))
    return int(acked.split()[0])


def test_d10_a_carried_item_is_carried_once(desk, env):
    """Open faults and running clocks are carried by the first log only; each later log carries
    only its own new entry (never 13, 25, 37, 49 to acknowledge)."""
    counts = [
        _handover(desk, N_LEADER, D_LEADER, "2026-11-22T07:40", "2026-11-22T07:55", "n1"),
        _handover(desk, D_LEADER, E_LEADER, "2026-11-22T15:40", "2026-11-22T15:55", "d1"),
        _handover(desk, E_LEADER, N_LEADER, "2026-11-22T23:40", "2026-11-22T23:55", "e1"),
        _handover(desk, N_LEADER, D_LEADER, "2026-11-23T07:40", "2026-11-23T07:55", "n2"),
    ]
    assert counts[0] > 1
    assert counts[1:] == [1, 1, 1]
    with sqlite3.connect(env["CS_CONSOLE_DB"]) as conn:
        keys = [k for (k,) in conn.execute("SELECT item_key FROM handover_entry WHERE "
                                           "kind = 'carried'")]  # fmt: skip
    assert len(keys) == len(set(keys)) == sum(counts)


def test_ho18_the_summary_printed_by_default_is_the_log_being_handed_over(desk):
    _complete(desk, D_LEADER, "2026-11-22T15:40")
    ok(desk(*D_LEADER, "do", "sign outgoing", now="2026-11-22T15:41"))
    ok(desk(*E_LEADER, "do", "ack all", now="2026-11-22T15:42"))
    ok(desk(*E_LEADER, "do", "sign incoming", now="2026-11-22T15:43"))
    before_start = ok(desk("print", "handover", now="2026-11-22T15:58"))
    assert "2026-11-22 · shift D Day" in before_start and "· SIGNED" in before_start
    after_start = ok(desk("print", "handover", now="2026-11-22T16:20"))
    assert "2026-11-22 · shift E Evening" in after_start


def test_d10_screen_and_paper_say_signed_only_when_the_rows_match(desk, env):
    _complete(desk, D_LEADER, "2026-11-22T15:40", equipment="Switch 3 repaired")
    ok(desk(*D_LEADER, "do", "sign outgoing", now="2026-11-22T15:41"))
    ok(desk(*E_LEADER, "do", "ack all", now="2026-11-22T15:42"))
    ok(desk(*E_LEADER, "do", "sign incoming", now="2026-11-22T15:43"))
    paper = ok(desk("print", "handover", "--shift", "2026-11-22/D", now="2026-11-22T15:44"))
    assert "Handover summary · SIGNED" in paper
    with sqlite3.connect(env["CS_CONSOLE_DB"]) as conn:
        conn.execute("UPDATE handover_entry SET text = 'Switch 3 fine' WHERE text = "
                     "'Switch 3 repaired'")  # fmt: skip
    paper = ok(desk("print", "handover", "--shift", "2026-11-22/D", now="2026-11-22T15:45"))
    assert "SIGNED" not in paper.replace("SIGNATURE", "")
    assert "SIGNATURE DOES NOT MATCH THE LOG — run cs-console db check" in paper
