"""Screen 6 names each role by its short word, which fits the Role column in every language:
the full words were cut there ("jefe de grup", "deputy squad")."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from cs_console import i18n
from cs_console.domain.roll_words import ROLE_WORDS, role_short
from cs_console.ui.screens.month import COLUMNS

ROLE_WIDTH = next(width for label, width, _field in COLUMNS if label == "Role")
ROLES = [role for role in ROLE_WORDS if role not in ("junior", "intermediate", "senior")]


@pytest.mark.parametrize("language", ["en", "zh_CN", "es"])
def test_every_role_fits_the_month_role_column(language: str) -> None:
    i18n.use(language)
    try:
        words = {role: role_short(role) for role in ROLES}
    finally:
        i18n.use("en")
    assert all(cell_len(word) <= ROLE_WIDTH for word in words.values()), words
    assert len(set(words.values())) == len(ROLES), words  # no two roles read alike
    assert all("_" not in word for word in words.values()), words


def test_a_role_not_known_is_shown_as_stored() -> None:
    assert role_short("night_owl") == "night_owl"
