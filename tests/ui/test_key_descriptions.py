"""Convention 18: a key's description in the footer and ? help is in the language in use, and a
word that means another thing on another key is translated for its key."""

from cs_console import i18n
from cs_console.ui import keys


def _binding(binding_id: str):
    everything = [*keys.APP, *keys.SCREEN, *keys.SEATS, *keys.TICKETS]
    return next(b for b in everything if b.id == binding_id)


def test_back_at_the_seat_is_not_the_key_that_backs_out():
    back, seat_back = _binding("back"), _binding("seats.back")
    assert keys.described(back) == keys.described(seat_back) == "Back"
    try:
        i18n.use("zh_CN")
        assert (keys.described(back), keys.described(seat_back)) == ("返回", "回座")
        assert keys.described(_binding("seats.assign")) == "安排座席"
        assert keys.described(_binding("tickets.dispatch")) == "派发"
        i18n.use("es")
        assert (keys.described(back), keys.described(seat_back)) == ("Volver", "De vuelta")
        assert i18n.pgettext("time left", "Left") == "Resta" != i18n._("Left")
    finally:
        i18n.use("en")


def test_textual_s_own_table_keys_are_said_in_the_language():
    """``?`` with a table focused lists Textual's own keys too: each is a word we translate."""
    from textual.widgets import DataTable

    shown = {b.description for b in DataTable.BINDINGS if b.description}
    assert shown <= keys.TEXTUAL_WORDS
    try:
        i18n.use("zh_CN")
        up = next(b for b in DataTable.BINDINGS if b.description == "Cursor up")
        assert keys.described(up) == "光标上移"
    finally:
        i18n.use("en")
