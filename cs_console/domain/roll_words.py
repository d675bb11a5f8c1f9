"""The roll call's stored words as the language says them (convention 18): statuses, the
registers' kinds, notices and states, roles and grades. The words stored stay English."""

from __future__ import annotations

from cs_console.domain.attendance import COVERING, RollState
from cs_console.i18n import N_, _, pgettext

LEAVE_WORDS = {"personal": N_("personal"), "sick": N_("sick"), "emergency": N_("emergency")}
# The registers' words: the notice given (D-04) and where a request stands.
REGISTER_WORDS = {
    **LEAVE_WORDS, "ordinary": N_("ordinary"), "special": N_("special"), "late": N_("late"),
    "night": N_("night"), "holiday": N_("holiday"), "pending": N_("pending"),
    "approved": N_("approved"), "rejected": N_("rejected"),
}  # fmt: skip
# Roles and grades as stored (the English screen shows them so); DOMAIN.md section 4's terms.
ROLE_WORDS = {
    "agent": N_("agent"), "deputy_squad_leader": N_("deputy_squad_leader"),
    "squad_leader": N_("squad_leader"), "quality_inspector": N_("quality_inspector"),
    "support_specialist": N_("support_specialist"),
    "return_visit_agent": N_("return_visit_agent"), "supervisor": N_("supervisor"),
    "duty_manager": N_("duty_manager"), "training_specialist": N_("training_specialist"),
    "junior": N_("junior"), "intermediate": N_("intermediate"), "senior": N_("senior"),
}  # fmt: skip


def word(stored: str) -> str:
    """A register's stored word in the language (an unknown one as it is)."""
    return _(REGISTER_WORDS[stored]) if stored in REGISTER_WORDS else stored


def role_word(stored: str) -> str:
    """A role or grade in the language (an unknown one as it is)."""
    return _(ROLE_WORDS[stored]) if stored in ROLE_WORDS else stored


def role_short(stored: str) -> str:
    """A role as a narrow column shows it (screen 6's, twelve cells): its short word in the
    language (an unknown one as it is)."""
    words = {
        "agent": pgettext("role, short", "agent"),
        "deputy_squad_leader": pgettext("role, short", "dep. leader"),
        "squad_leader": pgettext("role, short", "squad leader"),
        "quality_inspector": pgettext("role, short", "QA inspector"),
        "support_specialist": pgettext("role, short", "support"),
        "return_visit_agent": pgettext("role, short", "visit agent"),
        "supervisor": pgettext("role, short", "supervisor"),
        "duty_manager": pgettext("role, short", "duty manager"),
        "training_specialist": pgettext("role, short", "trainer"),
    }
    return words.get(stored, stored)


def role_in_words(stored: str) -> str:
    """A role or grade as a screen's column shows it: in the language, in words."""
    return role_word(stored).replace("_", " ")


def status_text(state: RollState) -> str:
    """A person's status as the language says it (the label stored stays English)."""
    values = {k: _(LEAVE_WORDS.get(str(v), str(v))) if k == "kind" else v
              for k, v in state.values}  # fmt: skip
    text = _(state.phrase).format(**values) if state.phrase else state.label
    return text + (_(COVERING).format(staff=state.covering) if state.covering else "")
