import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cs_console.domain.commands import Command, CommandError, parse_command

VERBS = frozenset({"help", "status", "show"})


def test_verb_and_words_with_quotes():
    assert parse_command('show "A 01"', VERBS) == Command("show", ("A 01",))
    assert parse_command("  STATUS ", VERBS) == Command("status", ())


@pytest.mark.parametrize(
    ("line", "message"),
    [("", "Empty command"), ("fly away", "Unknown command 'fly'"), ('show "open', "Cannot read")],
)
def test_bad_lines_are_one_sentence(line: str, message: str):
    with pytest.raises(CommandError, match=message):
        parse_command(line, VERBS)


@given(st.text())
@example("\\\n")  # a word that is a line break: said in one line
def test_random_text_raises_only_the_parser_error(line: str):
    try:
        command = parse_command(line, VERBS)
    except CommandError as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert command.verb in VERBS


def test_each_verb_is_loaded_from_the_module_that_registers_it():
    """``do VERB`` imports only ``HOMES[VERB]``: the map must name every verb's own module."""
    from cs_console.commands.registry import HOMES, verbs

    registered = {v.name: v.handler.__module__.rsplit(".", 1)[-1] for v in verbs()}
    assert registered == HOMES


def test_the_next_word_tells_close_month_from_close_ticket_and_points_list_from_points():
    from cs_console.commands.registry import HOMES

    verbs = frozenset(HOMES)
    assert parse_command("close month 2026-11", verbs) == Command("close month", ("2026-11",))
    assert parse_command("CLOSE Month 2026-11 anyway x", verbs).verb == "close month"
    assert parse_command("close T-5", verbs) == Command("close", ("T-5",))
    assert parse_command("points list 1003", verbs) == Command("points list", ("1003",))
    assert parse_command("points 1003 RC-08 -5 away", verbs) == Command(
        "points", ("1003", "RC-08", "-5", "away")
    )
    assert parse_command("points", verbs) == Command("points", ())


def test_unknown_verb_names_the_nearest_one():
    from cs_console.domain.commands import CommandError, parse_command

    with pytest.raises(CommandError) as err:
        parse_command("stauts", {"status", "show", "seat"})
    assert str(err.value) == "Unknown command 'stauts' — did you mean 'status'?"


def test_an_apostrophe_inside_a_word_is_the_words():
    """`customer's` and `it's` are words people type in a note: read as written, where a
    shell would open a quotation never closed; a quotation opened on its own still is one."""
    assert parse_command("show it's the customer's [x] 账单", VERBS) == Command(
        "show", ("it's", "the", "customer's", "[x]", "账单")
    )
    assert parse_command("show 'A 01' it's", VERBS) == Command("show", ("A 01", "it's"))
    with pytest.raises(CommandError, match="Cannot read"):
        parse_command("show it's 'open", VERBS)


def test_quotes_read_as_a_shell_reads_them_around_an_apostrophe_rule():
    assert parse_command('show "customer\'s headset"', VERBS) == Command(
        "show", ("customer's headset",)
    )
    assert parse_command("show 'A 01'x", VERBS) == Command("show", ("A 01x",))
    assert parse_command("show 客户说'耳机坏了' O'Neill", VERBS) == Command(
        "show", ("客户说耳机坏了", "O'Neill")
    )
