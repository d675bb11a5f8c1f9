"""The ticket life cycle through `do` with --now (TK-01, TK-02, TK-05, TK-14, RV-01, D-08)."""

import json

from tests.cli.conftest import LEADER, ok


def events(cli, ref: str) -> list[str]:
    tables = json.loads(cli("export", "json").stdout)["tables"]
    number = int(ref[2:])
    return [e["kind"] for e in tables["ticket_event"] if e["ticket_id"] == number]


def test_whole_life_cycle_with_the_72_hour_return_visit(desk):
    made = ok(
        desk(
            *LEADER,
            "do",
            "ticket technical Router config lost phone 13912345678 agent 1005",
            now="2026-11-22T09:00",
        )
    )
    ref = made.split()[0]
    assert made == f"{ref} technical · due 11-23 09:00"
    assert ok(desk("--as", "1001", "do", f"dispatch {ref} tsc", now="2026-11-22T09:05")) == (
        f"{ref} dispatched to Technical Service Centre"
    )
    assert ok(desk(*LEADER, "do", f"accept {ref}", now="2026-11-22T09:10")) == f"{ref} in progress"
    resolved = ok(desk(*LEADER, "do", f"resolve {ref} config restored", now="2026-11-22T10:30:00"))
    assert resolved == (
        f"{ref} resolved · return visit due 11-25 10:30 (RV-01) · script and knowledge-base "
        "update opened for the support specialist (TK-14)"
    )
    refused = desk(*LEADER, "do", f"close {ref}", now="2026-11-22T11:00")
    assert refused.exit_code == 2
    assert refused.stderr.strip() == f"refused [RV-01]: {ref} still has its return visit open."
    assert ok(desk(*LEADER, "do", f"visit {ref} failed no answer", now="2026-11-23T09:00")) == (
        f"{ref} visit failed (1 of 3 before it may close)"
    )
    ok(desk(*LEADER, "do", f"visit {ref} failed", now="2026-11-23T15:00"))
    assert ok(desk(*LEADER, "do", f"visit {ref} failed", now="2026-11-24T09:00")) == (
        f"{ref} may be closed as unreachable (3 failed attempts, D-08)"
    )
    assert ok(desk(*LEADER, "do", f"close {ref}", now="2026-11-24T09:05")) == f"{ref} closed"
    assert ok(desk(*LEADER, "do", f"kb {ref} script v2 published", now="2026-11-24T10:00")) == (
        f"{ref} knowledge-base follow-up done (TK-14)"
    )
    assert events(desk, ref) == [
        "created",
        "dispatched",
        "accepted",
        "resolved",
        "visit",
        "visit",
        "visit",
        "closed",
        "kb",
    ]
    # TK-05: the first-contact agent is kept for life
    reopened = ok(
        desk(*LEADER, "do", f"reopen {ref} customer called again", now="2026-11-24T11:00")
    )
    assert reopened == f"{ref} reopened; dispatch it again"
    assert ok(desk(*LEADER, "do", f"dispatch {ref} 1006", now="2026-11-24T11:05")).startswith(
        f"{ref} dispatched to 1006"
    )
    assert "first contact 1005" in ok(desk(*LEADER, "do", f"show {ref}", now="2026-11-24T11:06"))


def test_wrong_number_allows_closing_at_once(desk):
    ref = ok(desk(*LEADER, "do", "ticket inquiry Invoice copy", now="2026-11-22T09:00")).split()[0]
    ok(desk(*LEADER, "do", f"dispatch {ref} 1005", now="2026-11-22T09:01"))
    ok(desk(*LEADER, "do", f"resolve {ref}", now="2026-11-22T09:30"))
    assert ok(desk(*LEADER, "do", f"visit {ref} wrong-number", now="2026-11-22T10:00")) == (
        f"{ref} may be closed as unreachable (wrong number, D-08)"
    )
    assert ok(desk(*LEADER, "do", f"close {ref}", now="2026-11-22T10:01")) == f"{ref} closed"


def test_bad_input_is_one_sentence_and_writes_nothing(desk):
    ref = ok(desk(*LEADER, "do", "ticket fault Line noise", now="2026-11-22T09:00")).split()[0]
    before = desk("audit").stdout
    cases = [
        ("dispatch T-99999 1005", "No ticket T-99999."),
        (
            f"dispatch {ref} nobody",
            "Unknown target 'nobody'; use a staff number or one of leader, duty, visits, tsc, woc.",
        ),
        (f"close {ref}", f"{ref} is new; only a resolved ticket is closed."),
        (f"visit {ref} reached", f"{ref} has no return visit due."),
        (
            "ticket gossip Rumour",
            "refused [D-09]: Category 'gossip' is not one of consultation, "
            "inquiry, complaint, fault, suggestion, technical, website.",
        ),
    ]
    for command, message in cases:
        out = desk(*LEADER, "do", command, now="2026-11-22T09:10")
        assert out.exit_code == 2, command
        assert out.stderr.strip() == message
    woc = desk("--as", "1002", "do", f"dispatch {ref} woc", now="2026-11-22T09:10")
    assert woc.stderr.strip() == (
        "refused [AUTH]: routing a ticket to a back office (TK-01, TK-02) needs a squad leader "
        "(signed in)"
    )
    assert desk("audit").stdout == before
    ok(desk(*LEADER, "do", f"dispatch {ref} 1005", now="2026-11-22T09:11"))
    ok(desk(*LEADER, "do", f"resolve {ref}", now="2026-11-22T09:12"))
    ok(desk(*LEADER, "do", f"visit {ref} reached", now="2026-11-22T09:13"))
    ok(desk(*LEADER, "do", f"close {ref}", now="2026-11-22T09:14"))
    closed = desk(*LEADER, "do", f"dispatch {ref} 1005", now="2026-11-22T09:15")
    assert closed.stderr.strip() == f"{ref} is closed; it cannot be dispatched."


def test_import_tickets_whole_file_or_nothing(desk, tmp_path):
    good = tmp_path / "tickets.csv"
    good.write_text(
        "accepted_at,category,summary,phone,name,agent,state,target\n"
        "2026-11-20T09:00,fault,No dial tone,13800001111,王伟,1005,closed,tsc\n"
        "2026-11-21T10:00,inquiry,Invoice copy,,,,new,\n",
        encoding="utf-8",
    )
    assert ok(desk("import", "tickets", str(good))) == f"{good}: 2 added, 0 updated (tickets)."
    bad = tmp_path / "bad.csv"
    bad.write_text(
        good.read_text(encoding="utf-8") + "2026-11-21T11:00,gossip,x,,,,new,\n", encoding="utf-8"
    )
    before = len(json.loads(desk("export", "json").stdout)["tables"]["ticket"])
    out = desk("import", "tickets", str(bad))
    assert out.exit_code == 2
    assert out.stderr.startswith(f"{bad}:4: category 'gossip'")
    assert len(json.loads(desk("export", "json").stdout)["tables"]["ticket"]) == before
