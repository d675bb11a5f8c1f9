"""PF-16 through the command language: the training specialist's −5…+5 for a squad leader,
with a reason; nobody else gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import LEADER, ok

AT = "2026-11-22T09:00"  # the demo's day shift
TRAINER = "1090"
PIN = "4321"


@pytest.fixture
def floor(desk, env, tmp_path: Path):
    """The demo with a training specialist; the trainer and agent 1003 have PIN 4321."""
    staff = tmp_path / "trainer.csv"
    staff.write_text(
        f"staff_no,name,role,grade,team\n{TRAINER},Tina Trainer,training_specialist,senior,\n",
        encoding="utf-8",
    )
    ok(desk(*LEADER, "import", "staff", str(staff), now=AT))
    for staff_no in (TRAINER, "1003"):
        ok(desk(*LEADER, "staff", "set-pin", staff_no, input=f"{PIN}\n{PIN}\n", now=AT))
    env["CS_CONSOLE_PIN"] = PIN
    return desk


def test_pf16_an_agent_or_a_leader_is_refused_naming_the_rule(floor, env):
    """PF-16: "The training specialist may add −5 to +5 for each team leader per month"."""
    refused = floor("--as", "1003", "do", "points 1001 PF-16 +3 good month", now=AT)
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        "refused [AUTH]: giving a squad leader the −5…+5 of PF-16 needs a training specialist "
        "(signed in)"
    )
    env["CS_CONSOLE_PIN"] = "1234"
    refused = floor(*LEADER, "do", "points 1001 PF-16 +3 good month", now=AT)
    assert "of PF-16 needs a training specialist" in refused.stderr


def test_pf16_the_training_specialist_gives_it_within_5_with_a_reason(floor, env):
    """PF-16: "con puntajes que van de -5 a 5. Se deben indicar los motivos"."""
    trainer = ("--as", TRAINER, "do")
    said = ok(floor(*trainer, "points 1001 PF-16 +3 team quality rose", now=AT))
    assert said.endswith("1001 PF-16 +3 proposed")
    too_much = floor(*trainer, "points 1001 PF-16 +3 and more", now=AT)
    assert too_much.stderr.strip() == (
        "refused [PF-16]: The squad leader's adjustment is from −5 to +5, not +6."
    )
    no_reason = floor(*trainer, "points 1001 PF-16 -2", now=AT)
    assert (
        no_reason.stderr.strip()
        == "refused [PF-16]: The squad leader's adjustment needs its reason."
    )
    agent = floor(*trainer, "points 1003 PF-16 +2 helpful", now=AT)
    assert agent.stderr.strip() == (
        "refused [PF-16]: Only a squad leader gets the training specialist's −5…+5."
    )
    assert floor(*trainer, "points 1003 RC-08 -5 away", now=AT).exit_code == 2
    ok(floor(*trainer, f"confirm {said.split()[0]}", now=AT))
    table = ok(floor("do", "month 2026-11", now=AT)).splitlines()
    row = next(line for line in table if line.startswith("1001 ")).split()
    assert (row[7], row[8]) == ("+3", "83")


def test_tr04_tr11_the_training_specialist_records_training_and_exams(floor):
    """TR-11 training sessions and the TR-04 monthly exam are the training specialist's work."""
    trainer = ("--as", TRAINER, "do")
    ok(floor(*trainer, "training 2026-11-25 billing 1003 1004", now=AT))
    ok(floor(*trainer, "exam 1003 knowledge 90 operation 90", now=AT))
    assert "training: billing (2 attendees)" in ok(floor("do", "roll 2026-11-25 D", now=AT))
    listed = ok(floor("do", "points list 2026-11", now=AT))
    assert "1003 TR-04 +5 proposed" in listed


def test_pf16_the_squad_leader_it_is_about_neither_confirms_nor_voids_it(floor, env):
    """PF-16 is the training specialist's alone, so is its confirmation (D-11): the squad
    leader it concerns acknowledges or appeals it (QI-09), he does not confirm it."""
    given = ok(floor("--as", TRAINER, "do", "points 1001 PF-16 -3 reports late", now=AT))
    ref = given.split()[0]
    env["CS_CONSOLE_PIN"] = "1234"
    for line in (f"confirm {ref}", f"void {ref} not fair"):
        refused = floor(*LEADER, "do", line, now=AT)
        assert refused.exit_code == 2
        assert refused.stderr.strip().startswith("refused [AUTH]: ")
        assert refused.stderr.strip().endswith("of PF-16 needs a training specialist (signed in)")
    other_leader = floor("--as", "1015", "do", f"confirm {ref}", now=AT)
    assert "of PF-16 needs a training specialist" in other_leader.stderr
    env["CS_CONSOLE_PIN"] = PIN
    assert ok(floor("--as", TRAINER, "do", f"confirm {ref}", now=AT)) == f"{ref} confirmed (minor)"
    env["CS_CONSOLE_PIN"] = "1234"
    assert ok(floor(*LEADER, "do", f"acknowledge {ref}", now=AT)) == f"{ref} acknowledged"


def test_d11_nobody_confirms_or_voids_points_about_himself(floor, env):
    """D-11: "the squad leader confirms or voids with a reason; the person acknowledges
    (QI-09)" — two people: an entry about a squad leader is confirmed by another one."""
    env["CS_CONSOLE_PIN"] = "1234"
    ref = ok(floor("--as", "1002", "do", "points 1001 RC-01 -5 late", now=AT)).split()[0]
    for line in (f"confirm {ref}", f"void {ref} was on time"):
        refused = floor(*LEADER, "do", line, now=AT)
        assert refused.exit_code == 2
        assert refused.stderr.strip() == (
            f"refused [D-11]: {ref} is about 1001: the person it concerns acknowledges or "
            "appeals it (QI-09), another squad leader confirms or voids it."
        )
    assert ok(floor("--as", "1015", "do", f"confirm {ref}", now=AT)) == f"{ref} confirmed (minor)"
