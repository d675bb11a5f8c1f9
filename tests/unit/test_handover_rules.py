"""HO-03 and the fingerprint chain of D-10."""

import pytest

from cs_console.domain.errors import UserError
from cs_console.domain.handover import check_complete, check_section, fingerprint


def test_ho03_mandatory_sections_may_be_none_but_not_missing():
    check_complete({"equipment", "problems", "staffing"})
    with pytest.raises(UserError) as err:
        check_complete({"equipment"})
    assert str(err.value) == (
        "refused [HO-03]: the log lacks problems, staffing; write an entry or 'none' in each."
    )


def test_sections_are_the_documented_ones():
    assert check_section("Equipment") == "equipment"
    with pytest.raises(UserError, match="not one of equipment, problems, staffing"):
        check_section("gossip")


def test_d10_fingerprint_chains_to_the_previous_log():
    content = {"shift": "2026-11-22/D", "sections": {"equipment": ["ok"]}}
    first = fingerprint(content, "")
    assert first == fingerprint(dict(content), "")  # stable
    assert fingerprint(content, first) != first  # chained
    changed = {"shift": "2026-11-22/D", "sections": {"equipment": ["not ok"]}}
    assert fingerprint(changed, "") != first  # any change shows
