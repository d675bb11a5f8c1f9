"""What the terminal sends, turned into keys (ui/driver.py): a lone ESC at the end of what was
read is esc at once; a key's sequence read in pieces is still that key; inside a bracketed
paste an ESC is the paste's; with ESCDELAY set by the user, esc waits for it."""

from __future__ import annotations

from textual import events

from cs_console.ui.driver import KeyInput


def keys(got: list[events.Event]) -> list[str]:
    return [e.key if isinstance(e, events.Key) else type(e).__name__ for e in got]


def test_a_lone_esc_with_nothing_more_to_read_is_esc_at_once():
    line = KeyInput(esc_waits=False)
    assert keys(line.feed("\x1b", more=False)) == ["escape"]
    assert keys(line.feed("j\x1b", more=False)) == ["j", "escape"]
    assert keys(line.feed("\x1b[B\x1b", more=False)) == ["down", "escape"]


def test_a_sequence_read_in_pieces_is_its_key():
    line = KeyInput(esc_waits=False)
    assert keys(line.feed("\x1b", more=True)) == []  # the rest is ready to be read
    assert keys(line.feed("[A", more=False)) == ["up"]
    assert keys(line.feed("\x1b[", more=False)) == []  # begun: waits for the rest
    assert keys(line.feed("6~", more=False)) == ["pagedown"]


def test_esc_and_a_character_read_together_is_alt_and_that_key():
    """A terminal sends alt+x as ESC x: Textual waited for more and, when the next key's ESC
    came first, typed '^' and 'x' into an input; alone, it typed 'x'. An alt key is a
    command (the console binds none), never text."""
    line = KeyInput(esc_waits=False)
    assert keys(line.feed("\x1bd", more=False)) == ["alt+d"]
    assert keys(line.feed("\x1bd\x1bx", more=False)) == ["alt+d", "alt+x"]
    assert keys(line.feed("a\x1bb\x1b[A", more=False)) == ["a", "ctrl+left", "up"]
    assert keys(line.feed("\x1bO\x1bx", more=False)) == ["alt+shift+o", "alt+x"]  # not '^O'
    typed = line.feed("\x1bx", more=False)
    assert typed[0].character is None and not typed[0].is_printable  # types nothing
    assert keys(line.feed("\x1bO", more=False)) == []  # begun: SS3 waits for the rest
    assert keys(line.feed("P", more=False)) == ["f1"]


def test_an_esc_in_a_paste_is_the_pastes():
    line = KeyInput(esc_waits=False)
    assert keys(line.feed("\x1b[200~[x] 账单\x1b", more=False)) == []  # the end marker split
    got = line.feed("[201~", more=False)
    assert keys(got) == ["Paste"] and got[0].text == "[x] 账单"
    assert keys(line.feed("\x1b", more=False)) == ["escape"]  # after the paste: a key again


def test_with_escdelay_set_esc_waits_for_it():
    line = KeyInput(esc_waits=True)
    assert keys(line.feed("\x1b", more=False)) == []
    assert 0 < line.wait() <= 0.1
