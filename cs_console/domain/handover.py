"""The handover log (HO-03, HO-06/HO-07, D-10): sections, signatures, the fingerprint chain."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cs_console.domain.errors import UserError

MANDATORY = ("equipment", "problems", "staffing")  # HO-03
OPTIONAL = ("instructions", "business", "suggestions")  # HO-11
SECTIONS = MANDATORY + OPTIONAL
SECTION_TITLES = {
    "equipment": "Equipment status",
    "problems": "Difficult problems",
    "staffing": "Staffing changes",
    "instructions": "Superiors' instructions",
    "business": "Business changes",
    "suggestions": "Customer suggestions and complaints",
}


def check_section(section: str) -> str:
    section = section.lower()
    if section not in SECTIONS:
        raise UserError(f"Section '{section}' is not one of {', '.join(SECTIONS)}.")
    return section


def check_complete(filled: set[str]) -> None:
    """HO-03: every mandatory section has an entry (an explicit "none" counts)."""
    missing = [s for s in MANDATORY if s not in filled]
    if missing:
        raise UserError(
            f"the log lacks {', '.join(missing)}; write an entry or 'none' in each.", rule="HO-03"
        )


def fingerprint(content: dict[str, Any], previous: str) -> str:
    """SHA-256 of the signed content and the previous log's fingerprint (tamper evidence)."""
    payload = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256((previous + "\n" + payload).encode()).hexdigest()
