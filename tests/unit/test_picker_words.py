"""The dispatch picker in the language: seat states and the desks were shown in English."""

from __future__ import annotations

from cs_console import i18n
from cs_console.services.targets import choices


def test_the_picker_says_states_and_desks_in_the_language(demo_ctx):
    i18n.use("zh_CN")
    try:
        labels = [t.label for t in choices(demo_ctx)]
    finally:
        i18n.use("en")
    text = "\n".join(labels)
    for english in ("not in", "squad-leader desk", "duty manager", "return-visit station"):
        assert english not in text, english
    assert " · call" not in text and " · ready" not in text
    assert "值班经理" in text
