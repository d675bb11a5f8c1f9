"""Complaint clocks through `do` with --now: bands, points, midnight, refusals (CP-01…CP-03)."""

import json
import re

from tests.cli.conftest import LEADER

DISPATCH_TIMES = [  # complaint accepted 09:00:00; dispatched at … → (overrun minutes, points)
    ("09:59:59", None),
    ("10:00:00", None),
    ("10:00:01", (1, 5)),
    ("10:10:00", (10, 5)),
    ("10:10:01", (11, 10)),
    ("10:30:00", (30, 10)),
    ("10:30:01", (31, 20)),
    ("11:15:00", (75, 20)),
]


def proposals(cli):
    tables = json.loads(cli("export", "json").stdout)["tables"]
    staff = {s["id"]: s["staff_no"] for s in tables["staff"]}
    return [
        (staff[p["staff_id"]], p["rule"], p["delta"], p["note"])
        for p in tables["points_entry"]
        if p["rule"] == "CP-03"
    ]


def test_eight_complaints_dispatched_at_different_times_end_in_the_right_bands(desk):
    refs = []
    for i in range(8):
        out = desk(*LEADER, "do", f"complaint Case {i} phone 1380000000{i}", now="2026-11-22T09:00")
        assert out.exit_code == 0, out.stderr
        assert out.stdout.endswith("dispatch by 10:00 (CP-01)\n")
        refs.append(out.stdout.split()[0])
    for ref, (at, expected) in zip(refs, DISPATCH_TIMES, strict=True):
        out = desk("--as", "1001", "do", f"dispatch {ref} tsc", now=f"2026-11-22T{at}")
        assert out.exit_code == 0, out.stderr
        if expected is None:
            assert out.stdout.strip().endswith("· on time")
        else:
            minutes, pts = expected
            assert f"overrun {minutes} min" in out.stdout
            assert out.stdout.strip().endswith(f"→ {pts} pts proposed for 1001 (CP-03)")
    got = [(p[0], p[2]) for p in proposals(desk) if p[3].split()[0] in refs]
    assert got == [
        ("1001", -5),
        ("1001", -5),
        ("1001", -10),
        ("1001", -10),
        ("1001", -20),
        ("1001", -20),
    ]


def test_d07_a_dispatch_overrun_goes_to_the_agent_who_accepted_the_complaint(desk):
    """Charged to the shift of its breach; the points to the first-contact agent (TK-05)."""
    out = desk(*LEADER, "do", "complaint Line dead agent 1017", now="2026-11-22T23:30")
    ref = out.stdout.split()[0]
    done = desk("--as", "1015", "do", f"dispatch {ref} tsc", now="2026-11-23T00:45")
    assert "overrun 15 min (overrun 11–30) → 10 pts proposed for 1017 (CP-03)" in done.stdout
    clock = json.loads(desk("export", "json").stdout)["tables"]["clock"][-1]
    assert clock["breach_shift"] == "2026-11-23/N"


def test_d07_a_report_overrun_goes_to_the_squad_leader_on_duty_at_the_deadline(desk):
    made = desk(*LEADER, "do", "event Trunk 3 noisy", now="2026-11-22T15:40")
    ref = made.stdout.split()[0]
    done = desk("--as", "1015", "do", f"report {ref} duty manager", now="2026-11-22T16:45")
    assert done.stdout.strip().endswith("→ 5 pts proposed for 1015 (CP-03)")


def test_clocks_show_the_same_time_from_any_process(desk):
    desk(*LEADER, "do", "complaint Wrong bill", now="2026-11-22T09:00")
    first = desk(*LEADER, "do", "clocks", now="2026-11-22T09:50")
    second = desk(*LEADER, "do", "clocks", now="2026-11-22T09:50")
    line = next(x for x in first.stdout.splitlines() if "Wrong bill" in x)
    # 10 minutes left, give or take the seconds each process took to start (--now keeps ticking)
    assert re.search(r"dispatch (09:5\d|10:0\d) warning$", line.split(" · ")[0]), line
    assert first.stdout == second.stdout


def test_events_and_report_clocks(desk):
    made = desk(*LEADER, "do", "event outage Trunk 2 down", now="2026-11-22T09:00")
    assert made.stdout.startswith("E-") and "report to the duty manager by 10:00 (CP-02)" in (
        made.stdout
    )
    ref = made.stdout.split()[0]
    done = desk(
        "--as", "1001", "do", f"report {ref} duty manager 1047 via person", now="2026-11-22T09:20"
    )
    assert (
        done.stdout.strip() == f"{ref} reported to duty manager 1047 via person at 09:20 · on time"
    )
    again = desk(*LEADER, "do", f"report {ref} duty", now="2026-11-22T09:21")
    assert again.exit_code == 2
    assert again.stderr.strip() == f"{ref} has no report clock running."


def test_refusals_write_nothing(desk):
    ref = desk(*LEADER, "do", "complaint Noise", now="2026-11-22T09:00").stdout.split()[0]
    desk("--as", "1001", "do", f"dispatch {ref} 1005", now="2026-11-22T09:10")
    before = desk("audit").stdout
    cases = [
        (
            f"dispatch {ref} 1006",
            f"{ref} is already dispatched to 1005 (09:10); use transfer {ref} TARGET REASON.",
        ),
        (
            "complaint Late entry at 08:00",
            "refused [D-07]: Back-dating to 08:00 needs a reason (… reason TEXT).",
        ),
        (
            "complaint Future at 09:30",
            "The acceptance time is in the future; a clock cannot start later.",
        ),
        ("dispatch T-9999 1005", "No ticket T-9999."),
        (
            "dispatch T-61 tsc",
            "refused [AUTH]: routing a ticket to a back office (TK-01, TK-02) needs a squad "
            "leader (signed in)",
        ),
        ("report E-99 duty", "E-99 has no report clock running."),
    ]
    for command, message in cases:
        out = desk("--as", "1002", "do", command, now="2026-11-22T09:15")
        assert out.exit_code == 2, command
        assert out.stderr.strip() == message
    assert desk("audit").stdout == before


def test_back_dated_with_a_reason_starts_the_clock_then(desk):
    out = desk(
        *LEADER,
        "do",
        "complaint Paper form at 08:30 reason entered from the paper log",
        now="2026-11-22T09:15",
    )
    assert out.exit_code == 0
    assert "dispatch by 09:30" in out.stdout


def test_d12_a_phone_number_typed_in_a_summary_is_masked_on_the_clocks(desk):
    made = desk(*LEADER, "do", "complaint call back 13812345678 [VIP] at 08:30 reason from paper",
                now="2026-11-22T09:20")  # fmt: skip
    assert made.exit_code == 0, made.stderr
    shown = desk("do", "clocks", now="2026-11-22T09:21").stdout
    assert "call back 138****5678 [VIP]" in shown and "13812345678" not in shown
    said = desk("settle", now="2026-11-22T09:21").stdout  # in warning: its alert is raised
    assert "138****5678" in said and "13812345678" not in said


def test_show_an_event_with_its_report_clock_masked(desk):
    typed = "event outage Trunk 2 down, call 13812345678"
    made = desk(*LEADER, "do", typed, now="2026-11-22T09:00")
    ref = made.stdout.split()[0]
    shown = desk("do", f"show {ref.lower()}", now="2026-11-22T09:05")
    assert shown.exit_code == 0, shown.output
    line = shown.stdout.strip()
    masked = "outage Trunk 2 down, call 138****5678"
    assert line.startswith(f"{ref} · {masked} · opened 2026-11-22 09:00")
    assert "13812345678" not in line  # D-12
    assert "report clock due 10:00, running (CP-02)" in line
    desk("--as", "1001", "do", f"report {ref} duty manager via phone", now="2026-11-22T09:20")
    after = desk("do", f"show {ref}", now="2026-11-22T09:30").stdout
    assert "reported 09:20: duty manager via phone · on time (CP-02)" in after, after


def test_show_an_event_that_does_not_exist_is_refused(desk):
    refused = desk("do", "show E-999")
    assert refused.exit_code == 2
    assert refused.stderr.strip() == "No event E-999."


def test_d12_a_phone_number_in_a_ticket_summary_is_masked_in_show_and_the_queue(desk):
    made = desk(*LEADER, "do", "ticket fault call back 13812345678 urgent", now="2026-11-22T09:20")
    ref = made.stdout.split()[0]
    shown = desk("do", f"show {ref}", now="2026-11-22T09:21").stdout
    assert "call back 138****5678 urgent" in shown and "13812345678" not in shown


def test_huge_numbers_are_not_found_rather_than_a_fault(desk):
    for key in ("E-99999999999999999999", "T-99999999999999999999"):
        refused = desk("do", f"show {key}")
        assert refused.exit_code == 2, refused.output
        assert refused.stderr.startswith("No "), refused.stderr
