"""Sanctions (PN-01) and the ladders counted by prior occurrences of the same rule (PN-02).

The console proposes the next step; a person decides (D-11, C-18). Termination of the contract is
for "especially serious consequences" (PN-01), never reached by counting.
"""

from __future__ import annotations

from enum import StrEnum

from cs_console.i18n import N_, _


class Sanction(StrEnum):
    CRITICISM = "criticism"
    VERBAL_WARNING = "verbal_warning"
    WRITTEN_WARNING = "written_warning"
    PUBLIC_REPRIMAND = "public_reprimand"
    ADVISED_TO_RESIGN = "advised_to_resign"
    DISMISSAL = "dismissal"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    def said(self) -> str:
        """The sanction as the language says it (DOMAIN.md section 4: 批评, 口头警告 …)."""
        return _(SANCTION_WORDS[self])


SANCTION_WORDS = {
    Sanction.CRITICISM: N_("criticism"), Sanction.VERBAL_WARNING: N_("verbal warning"),
    Sanction.WRITTEN_WARNING: N_("written warning"),
    Sanction.PUBLIC_REPRIMAND: N_("public reprimand"),
    Sanction.ADVISED_TO_RESIGN: N_("advised to resign"), Sanction.DISMISSAL: N_("dismissal"),
}  # fmt: skip


# PN-01: criticism or a verbal warning, then a circulated public reprimand when repeated.
PN01_LADDER = (Sanction.CRITICISM, Sanction.VERBAL_WARNING, Sanction.PUBLIC_REPRIMAND)
LADDERS = {
    # ST-03: 1st verbal warning, 2nd public reprimand, repeated → advised to resign.
    "ST-03": (Sanction.VERBAL_WARNING, Sanction.PUBLIC_REPRIMAND, Sanction.ADVISED_TO_RESIGN),
    # ST-12 (outsiders) and ST-19 (littering): 1st criticism, 2nd verbal warning, then PN-01.
    "ST-12": PN01_LADDER,
    "ST-19": PN01_LADDER,
    # A verbal warning first: TR-05 exam no-show, TR-03 unexplained training absence, QI-09
    # the issuer of a penalty upheld on appeal; repeated → public reprimand (PN-01).
    "TR-05": (Sanction.VERBAL_WARNING, Sanction.PUBLIC_REPRIMAND),
    "TR-03": (Sanction.VERBAL_WARNING, Sanction.PUBLIC_REPRIMAND),
    "QI-09": (Sanction.VERBAL_WARNING, Sanction.PUBLIC_REPRIMAND),
}


def next_sanction(rule: str, prior_occurrences: int) -> Sanction:
    """PN-02: the step for this occurrence, counting the person's earlier ones of ``rule``;
    past the end of a ladder its last step repeats."""
    ladder = LADDERS.get(rule.upper(), PN01_LADDER)
    return ladder[min(max(prior_occurrences, 0), len(ladder) - 1)]
