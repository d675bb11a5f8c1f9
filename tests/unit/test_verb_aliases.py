"""Chinese names of verbs from DOMAIN.md section 4 (convention 18): each names a verb that
exists, is read as that verb, is shown in help and completed; the English verb stays."""

from cs_console.commands.completion import Completions
from cs_console.commands.registry import HOMES, VERBS, verbs
from cs_console.domain.commands import ALIASES, Command, parse_command


def test_every_alias_names_a_registered_verb():
    assert set(ALIASES.values()) <= set(HOMES)
    assert not set(ALIASES) & set(HOMES)


def test_an_alias_is_read_as_its_verb_and_the_english_verb_still_works():
    known = frozenset(HOMES)
    assert parse_command("旷工 1014 没来", known) == Command("absent", ("1014", "没来"))
    assert parse_command("点名", known) == Command("roll", ())
    assert parse_command("absent 1014", known) == Command("absent", ("1014",))


def test_help_and_the_palette_show_the_alias_after_the_verb():
    verbs()  # every verb registered
    assert VERBS["absent"].shown() == "absent|旷工 STAFF [REASON…]"
    assert VERBS["visit"].shown().startswith("visit|回访 T-n ")
    assert VERBS["status"].shown() == VERBS["status"].syntax  # no term in the vocabulary


def test_completion_offers_the_alias():
    pool = Completions(("absent", "accept", *ALIASES))
    assert pool.complete("旷") == "旷工 "
    assert pool.complete("班前") == "班前会 "
