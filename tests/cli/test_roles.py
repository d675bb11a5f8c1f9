"""Who may do what: a deputy writes like a leader but does not sign, route or confirm."""

from tests.cli.conftest import ok

DEPUTY = ("--as", "1002")
AT = "2026-11-22T15:50"


def test_a_deputy_writes_notes_but_does_not_sign_route_or_confirm(desk):
    for section in ("equipment", "problems", "staffing"):
        ok(desk(*DEPUTY, "do", f"note {section} none", now=AT))
    sign = desk(*DEPUTY, "do", "sign outgoing", now=AT)
    assert sign.exit_code == 2
    assert sign.stderr.strip() == (
        "refused [AUTH]: signing the handover log (D-10) needs a squad leader (signed in)"
    )
    ref = ok(desk(*DEPUTY, "do", "ticket technical Router reboots", now=AT)).split()[0]
    route = desk(*DEPUTY, "do", f"dispatch {ref} tsc", now=AT)
    assert route.exit_code == 2
    assert route.stderr.strip() == (
        "refused [AUTH]: routing a ticket to a back office (TK-01, TK-02) needs a squad leader "
        "(signed in)"
    )
    proposed = ok(desk(*DEPUTY, "do", "points 1005 RC-05 -5 late again", now=AT))
    entry = proposed.split()[0]
    confirm = desk(*DEPUTY, "do", f"confirm {entry}", now=AT)
    assert confirm.exit_code == 2
    assert confirm.stderr.strip() == (
        "refused [AUTH]: confirming points (D-11) needs a squad leader (signed in)"
    )
    assert "confirmed" in ok(desk("--as", "1001", "do", f"confirm {entry}", now=AT))


def test_a_read_only_console_refuses_writes_even_to_a_leader(desk):
    refused = desk("--read-only", "--as", "1001", "do", "note problems none", now=AT)
    assert refused.exit_code == 2
    assert refused.stderr.strip() == ("This console is read-only; sign in to change anything.")
    # 15:50: the evening shift is due (RC-02), 30 minutes before it starts
    assert ok(desk("--read-only", "do", "status", now=AT)).startswith("2026-11-22 E Evening")
