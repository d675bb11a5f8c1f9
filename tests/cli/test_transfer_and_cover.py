"""Moving work between people (TK-05, TK-07, D-09, ST-05): transfer, seating a cover, and
resolving at first contact, through `do` with --now."""

import json

from tests.cli.conftest import LEADER, ok
from tests.cli.test_seat_board_cli import floor  # noqa: F401  (the fixture)

AT = "2026-11-22T09:00"


def _dispatched(desk, target: str = "1005") -> str:
    ref = ok(desk(*LEADER, "do", "complaint Bill wrong agent 1003", now=AT)).split()[0]
    ok(desk(*LEADER, "do", f"dispatch {ref} {target}", now="2026-11-22T09:01"))
    return ref


def _ticket(desk, ref: str) -> dict:
    tables = json.loads(desk("export", "json").stdout)["tables"]
    return next(t for t in tables["ticket"] if t["id"] == int(ref[2:]))


def test_tk05_transfer_keeps_the_first_contact_agent_and_never_restarts_a_clock(desk):
    ref = _dispatched(desk)
    clocks_before = json.loads(desk("export", "json").stdout)["tables"]["clock"]
    assert ok(desk(*LEADER, "do", f"transfer {ref} tsc customer needs a line test",
                   now="2026-11-22T09:30")) == (
        f"{ref} transferred from 1005 to Technical Service Centre"
    )  # fmt: skip
    assert ok(desk(*LEADER, "do", f"transfer {ref} leader customer agreed",
                   now="2026-11-22T09:40")) == (
        f"{ref} transferred from tsc to squad-leader desk"
    )  # fmt: skip
    ticket = _ticket(desk, ref)
    assert ticket["target"] == "leader" and ticket["state"] == "dispatched"
    shown = ok(desk(*LEADER, "do", f"show {ref}", now="2026-11-22T09:41"))
    assert "first contact 1003" in shown
    assert json.loads(desk("export", "json").stdout)["tables"]["clock"] == clocks_before
    tables = json.loads(desk("export", "json").stdout)["tables"]
    kinds = [e["kind"] for e in tables["ticket_event"] if e["ticket_id"] == int(ref[2:])]
    assert kinds[-2:] == ["transferred", "transferred"]


def test_d09_only_the_squad_leader_transfers_to_a_back_office(desk):
    ref = _dispatched(desk)
    refused = desk("--as", "1002", "do", f"transfer {ref} woc website form",
                   now="2026-11-22T09:30")  # fmt: skip
    assert refused.exit_code == 2
    assert "squad leader" in refused.stderr and "AUTH" in refused.stderr
    moved = ok(desk("--as", "1002", "do", f"transfer {ref} 1006 1005 went home", now=AT))
    assert moved == f"{ref} transferred from 1005 to 1006 Lena Novak"


def test_transfer_refusals_are_one_sentence(desk):
    new = ok(desk(*LEADER, "do", "ticket inquiry Invoice copy", now=AT)).split()[0]
    for command, message in [
        (f"transfer {new} 1006 busy", f"{new} is new; dispatch it first."),
        ("transfer T-999 1006 busy", "No ticket T-999."),
    ]:
        out = desk(*LEADER, "do", command, now=AT)
        assert out.exit_code == 2, command
        assert out.stderr.strip() == message
    out = desk(*LEADER, "do", f"transfer {new} 1006", now=AT)
    assert out.exit_code == 2 and out.stderr.strip() == "Usage: transfer T-n TARGET REASON…"


def test_dispatch_of_a_dispatched_ticket_says_use_transfer_not_reload(desk):
    ref = _dispatched(desk)
    out = desk(*LEADER, "do", f"dispatch {ref} tsc", now="2026-11-22T09:30")
    assert out.exit_code == 2
    assert out.stderr.strip() == (
        f"{ref} is already dispatched to 1005 (09:01); use transfer {ref} TARGET REASON."
    )
    assert "reload" not in out.stderr


def test_first_contact_resolution_of_a_new_ticket(desk):
    ref = ok(desk(*LEADER, "do", "ticket inquiry Opening hours agent 1005", now=AT)).split()[0]
    assert ok(desk(*LEADER, "do", f"resolve {ref} told the hours", now="2026-11-22T09:05")) == (
        f"{ref} resolved at first contact · return visit due 11-25 09:05 (RV-01)"
    )
    ticket = _ticket(desk, ref)
    assert ticket["state"] == "resolved" and ticket["target"] == ""
    tables = json.loads(desk("export", "json").stdout)["tables"]
    events = [e for e in tables["ticket_event"] if e["ticket_id"] == int(ref[2:])]
    assert [e["kind"] for e in events] == ["created", "resolved"]
    assert events[-1]["detail"] == "first contact (TK-05) · told the hours"


def test_st05_a_cover_on_the_seat_of_someone_not_arrived_asks_first(floor):  # noqa: F811
    out = floor(*LEADER, "do", "seat A02 1003", now=AT)
    assert out.exit_code == 2
    assert out.stderr.strip() == (
        "Seat A02 is 1004 林峰's, who has not arrived; to seat 1003 there as cover: "
        "seat A02 1003 cover"
    )
    assert "reload" not in out.stderr
    assert ok(floor(*LEADER, "do", "seat A02 1003 cover", now=AT)) == (
        "1003 moved from A01 to A02 as cover for 1004"
    )
    shown = ok(floor(*LEADER, "do", "show A02", now=AT))
    assert "1003" in shown


def test_st05_a_seat_taken_by_someone_present_is_refused_without_reload(floor):  # noqa: F811
    out = floor(*LEADER, "do", "seat A03 1003 cover", now=AT)
    assert out.exit_code == 2
    assert out.stderr.strip() == "Seat A03 is taken by 1005 徐婷, who is here; free it first."
