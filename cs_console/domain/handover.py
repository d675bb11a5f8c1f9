"""The handover log (HO-03, HO-06/HO-07, D-10): sections, signatures, the fingerprint chain."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cs_console.domain.errors import UserError
from cs_console.i18n import N_, _

MANDATORY = ("equipment", "problems", "staffing")  # HO-03
OPTIONAL = ("instructions", "business", "suggestions")  # HO-11
SECTIONS = MANDATORY + OPTIONAL
SECTION_TITLES = {
    "equipment": N_("Equipment status"),
    "problems": N_("Difficult problems"),
    "staffing": N_("Staffing changes"),
    "instructions": N_("Superiors' instructions"),
    "business": N_("Business changes"),
    "suggestions": N_("Customer suggestions and complaints"),
}


def check_section(section: str) -> str:
    section = section.lower()
    if section not in SECTIONS:
        raise UserError(
            _("Section '{section}' is not one of {SECTIONS}.").format(
                section=section, SECTIONS=", ".join(SECTIONS)
            )
        )
    return section


def check_complete(filled: set[str]) -> None:
    """HO-03: every mandatory section has an entry (an explicit "none" counts)."""
    missing = [s for s in MANDATORY if s not in filled]
    if missing:
        raise UserError(
            _("the log lacks {missing}; write an entry or 'none' in each.").format(
                missing=", ".join(missing)
            ),
            rule="HO-03",
        )


def fingerprint(content: dict[str, Any], previous: str) -> str:
    """The fingerprint of logs signed before the chain covered the rows (``legacy``): SHA-256
    of the previous fingerprint, a newline and the signed content as JSON."""
    payload = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256((previous + "\n" + payload).encode()).hexdigest()


def legacy_content(content: str, out: list[Any], in_: list[Any], seq: int | None) -> dict[str, Any]:
    """What a legacy fingerprint covered: the JSON frozen at the outgoing signature, both
    signatures as [staff number, time] and the sequence number."""
    return {"content": json.loads(content), "out": out, "in": in_, "seq": seq}
