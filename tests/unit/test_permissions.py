"""The one table of who may do what (convention 17): complete, and README says what it says."""

from pathlib import Path

import pytest

from cs_console.commands.registry import verbs
from cs_console.domain.errors import UserError
from cs_console.domain.permissions import (
    PERMISSIONS,
    SYSTEM,
    TABLE,
    allowed,
    authorize,
    readme_section,
)
from cs_console.domain.staff import Role

README = Path(__file__).resolve().parents[2] / "README.md"
COMMAND_LINE = {
    "staff",
    "import",
    "export",
    "feed",
    "wall",
}  # cs-console commands outside the language


def test_auth_every_registered_verb_has_a_row():
    missing = {v.name for v in verbs()} - TABLE.keys()
    assert not missing, f"verbs without a row in domain/permissions.py: {sorted(missing)}"


def test_auth_every_row_is_a_verb_or_a_command_that_exists():
    names = {v.name for v in verbs()} | COMMAND_LINE
    assert all(p.action.split(".")[0] in names for p in PERMISSIONS)
    assert len(TABLE) == len(PERMISSIONS)


def test_auth_a_deputy_does_everything_a_squad_leader_does_but_sign_route_and_confirm():
    leader = {p.action for p in PERMISSIONS if allowed(p.action, Role.SQUAD_LEADER, own=True)}
    deputy = {p.action for p in PERMISSIONS if allowed(p.action, Role.DEPUTY_SQUAD_LEADER, True)}
    assert leader - deputy == {"sign", "closedown.sign", "dispatch.back_office",
                               "transfer.back_office", "confirm",
                               "staff.set_pin.other",
                               "import.staff.roles", "export.unmasked"}  # fmt: skip
    assert deputy <= leader


QUALITY_WORK = {"inspect", "testcall", "exam", "training"}
TRAINING_WORK = {"exam", "training"}  # TR-01, TR-04…TR-06, TR-11
PF16 = {"points.PF-16", "confirm.PF-16", "void.PF-16"}  # PF-16: the training specialist's alone


@pytest.mark.parametrize(
    ("role", "more"),
    [
        (Role.AGENT, set()),
        (Role.DUTY_MANAGER, set()),
        (Role.QUALITY_INSPECTOR, QUALITY_WORK),
        (Role.SUPERVISOR, QUALITY_WORK | {"decide", "close month", "submitted.other", "invalid"}),
        (Role.TRAINING_SPECIALIST, TRAINING_WORK | PF16),
        (Role.SUPPORT_SPECIALIST, TRAINING_WORK),
    ],
)
def test_auth_other_roles_read_and_answer_for_their_own_points_qi09(role, more):
    """QI-09: the person acknowledges and appeals; the quality inspector inspects; the
    supervisor decides appeals, rules complaints invalid (CP-07) and closes the month; the
    training specialist runs training and the exams and gives, confirms or voids PF-16; the
    support specialist trains and examines new staff with the quality inspector (TR-01: "30
    working days of pre-job training by the quality inspector and business-support
    specialist; then an exam")."""
    theirs = {p.action for p in PERMISSIONS if allowed(p.action, role, own=True)}
    reads = {"help", "status", "show", "clocks", "roll", "stats", "print", "month", "points list"}
    reads |= {"alerts", "wall", "search", "reminders"}
    assert theirs == reads | {"acknowledge", "appeal", "submitted"} | more
    assert not allowed("acknowledge", role, own=False)


def test_auth_without_as_reads_arrivals_at_the_real_time_and_the_phone_feed_only():
    system = {p.action for p in PERMISSIONS if allowed(p.action, None)}
    reads = {"help", "status", "show", "clocks", "roll", "stats", "print", "month", "points list"}
    reads |= {"alerts", "wall", "search", "reminders"}
    assert system == reads | {"arrive", "feed"}
    assert not allowed("callin", SYSTEM)


def test_auth_a_refusal_names_who_may():
    with pytest.raises(UserError) as err:
        authorize("close", Role.AGENT)
    assert str(err.value) == (
        "refused [AUTH]: closing a ticket needs a squad leader or deputy (signed in)"
    )
    with pytest.raises(UserError) as err:
        authorize("arrive", Role.AGENT)
    assert str(err.value) == (
        "refused [AUTH]: marking an arrival needs a squad leader or deputy signed in, or no --as"
    )


def test_auth_readme_who_may_do_what_is_generated_from_the_table():
    """After a change of the table: python -m cs_console.domain.permissions README.md"""
    assert readme_section() in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("role", [r for r in Role if r != Role.TRAINING_SPECIALIST])
def test_pf16_only_the_training_specialist_gives_a_squad_leader_the_adjustment(role):
    """PF-16: "The training specialist may add −5 to +5 for each team leader per month, with
    stated reasons" — "con puntajes que van de -5 a 5. Se deben indicar los motivos"."""
    assert allowed("points.PF-16", Role.TRAINING_SPECIALIST)
    assert not allowed("points", Role.TRAINING_SPECIALIST)
    with pytest.raises(UserError) as err:
        authorize("points.PF-16", role)
    assert str(err.value) == (
        "refused [AUTH]: giving a squad leader the −5…+5 of PF-16 needs a training specialist "
        "(signed in)"
    )


@pytest.mark.parametrize("action", ["confirm.PF-16", "void.PF-16"])
@pytest.mark.parametrize("role", [r for r in Role if r != Role.TRAINING_SPECIALIST])
def test_pf16_only_the_training_specialist_confirms_or_voids_the_adjustment(action, role):
    """PF-16: the −5…+5 is the training specialist's alone, so confirming or voiding it is
    too: the squad leader it is about never confirms his own (D-11)."""
    assert allowed(action, Role.TRAINING_SPECIALIST)
    assert not allowed(action, role)
