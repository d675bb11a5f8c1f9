"""What the month-end rules propose (D-11): points and sanctions, never applied by the console."""

from __future__ import annotations

from dataclasses import dataclass

from cs_console.domain.sanctions import Sanction


@dataclass(frozen=True)
class Proposal:
    """Points for the ledger; ``source`` is stable, so proposing the same thing twice adds one."""

    staff_no: str
    rule: str
    delta: int
    note: str
    source: str


@dataclass(frozen=True)
class SanctionProposal:
    staff_no: str
    rule: str
    sanction: Sanction
    note: str
