"""Who may do what: a deputy writes like a leader but does not sign, route or confirm."""

from tests.cli.conftest import ok

DEPUTY = ("--as", "1002")
AT = "2026-11-22T15:50"


def test_a_deputy_writes_notes_but_does_not_sign_route_or_confirm(desk):
    for section in ("equipment", "problems", "staffing"):
        ok(desk(*DEPUTY, "do", f"note {section} none", now=AT))
    sign = desk(*DEPUTY, "do", "sign outgoing", now=AT)
    assert sign.exit_code == 2
    assert (
        sign.stderr.strip() == "Signing the handover log is for the squad leader; 1002 is a deputy."
    )
    ref = ok(desk(*DEPUTY, "do", "ticket technical Router reboots", now=AT)).split()[0]
    route = desk(*DEPUTY, "do", f"dispatch {ref} tsc", now=AT)
    assert route.exit_code == 2
    assert (
        route.stderr.strip()
        == "refused [TK-01]: only the squad leader on duty routes tickets to tsc."
    )
    proposed = ok(desk(*DEPUTY, "do", "points 1005 RC-05 -5 late again", now=AT))
    entry = proposed.split()[0]
    confirm = desk(*DEPUTY, "do", f"confirm {entry}", now=AT)
    assert confirm.exit_code == 2
    assert confirm.stderr.strip() == "Confirming points is for the squad leader; 1002 is a deputy."
    assert "confirmed" in ok(desk("--as", "1001", "do", f"confirm {entry}", now=AT))


def test_without_a_leader_signed_in_the_console_refuses_writes(desk):
    refused = desk("--read-only", "do", "note problems none", now=AT)
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        "This console is read-only; sign in as a squad leader or deputy to change anything."
    )
    # 15:50: the evening shift is due (RC-02), 30 minutes before it starts
    assert ok(desk("--read-only", "do", "status", now=AT)).startswith("2026-11-22 E Evening")
