"""People's text as data (convention 15): no control character or bidi override survives,
a line break is ⏎ on one line, and ordinary text is left exactly as it is."""

from hypothesis import given
from hypothesis import strategies as st

from cs_console.domain.text import NEWLINE_MARK, clean, one_line
from tests.people_text import CONTROL, LINE_CONTROL, NASTY, people_text

ANY_TEXT = st.one_of(people_text(), st.text(st.characters(exclude_categories=["Cs"])))


@given(ANY_TEXT)
def test_clean_leaves_no_control_character_but_line_feeds(text: str):
    out = clean(text)
    assert CONTROL.search(out) is None
    assert clean(out) == out


@given(ANY_TEXT)
def test_one_line_is_one_line_without_control_characters(text: str):
    out = one_line(text)
    assert LINE_CONTROL.search(out) is None
    assert len(out.splitlines()) <= 1 and "\u2028" not in out and "\u2029" not in out
    assert one_line(out) == out


@given(st.text(st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"])))
def test_printable_text_is_left_as_it_is(text: str):
    kept = text
    for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        kept = kept.replace(ch, "")
    assert one_line(text) == clean(text) == kept


def test_markup_and_codes_become_plain_visible_text():
    assert one_line("[/x] [VIP] [HO-06]") == "[/x] [VIP] [HO-06]"
    assert one_line("a\x1b]0;pwned\x07b") == "a]0;pwnedb"
    assert one_line("a\x1b[2Jb\x9b31mc") == "a[2Jb31mc"
    assert one_line("x\u202eevil\u202cy\u2066z\u2069") == "xevilyz"
    assert (
        one_line("one\ntwo\r\nthree\rfour")
        == f"one{NEWLINE_MARK}two{NEWLINE_MARK}three{NEWLINE_MARK}four"
    )
    assert clean("one\r\ntwo\tthree\x00") == "one\ntwo three"
    assert "\x1b" not in one_line(NASTY) and "中文客服😀" in one_line(NASTY)
