"""The one table of who may do what (convention 17): complete, and README says what it says."""

from pathlib import Path

import pytest

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
from cs_console.services.commands import verbs

README = Path(__file__).resolve().parents[2] / "README.md"
COMMAND_LINE = {"staff", "import", "export"}  # cs-console commands outside the language


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


@pytest.mark.parametrize(
    "role", [Role.AGENT, Role.QUALITY_INSPECTOR, Role.SUPERVISOR, Role.DUTY_MANAGER]
)
def test_auth_other_roles_read_and_answer_for_their_own_points_qi09(role):
    theirs = {p.action for p in PERMISSIONS if allowed(p.action, role, own=True)}
    reads = {"help", "status", "show", "clocks", "roll", "stats", "print", "reminders"}
    assert theirs == reads | {"acknowledge", "appeal"}
    assert not allowed("acknowledge", role, own=False)


def test_auth_without_as_reads_and_arrivals_at_the_real_time_only():
    system = {p.action for p in PERMISSIONS if allowed(p.action, None)}
    assert system == {
        "help",
        "status",
        "show",
        "clocks",
        "roll",
        "stats",
        "print",
        "reminders",
        "arrive",
    }
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
