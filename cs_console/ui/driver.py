"""The terminal driver: Textual's, with esc and alt keys answered at once.

A lone ESC byte may be the start of a key's sequence (an arrow is ESC [ A). A terminal sends a
key's sequence in one write, so an ESC that ends what was read, with nothing more to read, is
the esc key: it is answered at once, as crossterm and termion do. Textual's parser would wait
``ESCDELAY`` for more, and its input loop looked at that wait only when its 100 ms ``select``
timed out. When the user sets ``ESCDELAY`` (a slow link that may split a sequence), esc waits
that long, and the ``select`` waits no longer than the parser does. Inside a bracketed paste an
ESC is the paste's own, never a key. ESC and one character is alt and that key, at once too
(Textual's parser typed '^x' when the next key's ESC came first); an alt key types nothing.
The parser's deadline is Textual's internal state, which is why Textual is pinned to one
version."""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder

from textual import events
from textual._loop import loop_last
from textual._parser import ParseError
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver

from cs_console.ui.launch import ESC_WAITS

IDLE_WAIT = 0.1  # Textual's: how often the loop looks at its exit flag
ESC = "\x1b"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
LONGER = "[OP]_^\x1b"  # after ESC: the start of a longer sequence (CSI, SS3, DCS, OSC …)


class KeyInput:
    """What was read, turned into Textual's events; ``esc_waits`` when the user set
    ``ESCDELAY``."""

    def __init__(self, esc_waits: bool, debug: bool = False) -> None:
        self.parser = XTermParser(debug)
        self._esc_waits = esc_waits
        self._pasting = False
        self._tail = ""  # the end of the last read: a paste marker may be split

    def feed(self, data: str, more: bool) -> list[events.Event]:
        """The events ``data`` gives; ``more`` when more input is ready to be read. Each ESC
        begins a key: one that ends the read, or that the next key's ESC follows, alone or
        with one character that begins no longer sequence, is that key now (esc, alt+x)."""
        out: list[events.Event] = []
        starts = [n for n, ch in enumerate(data) if ch == ESC and n] + [len(data)]
        begin = 0
        for end in starts:
            piece, begin = data[begin:end], end
            out += self.parser.feed(piece)
            self._follow_paste(piece)
            ended = end < len(data) or not more
            waiting = self.parser._timeout_time is not None  # (a known one is already a key)
            whole = _whole(piece) or (end < len(data) and len(piece) == 2)  # the next key began
            if waiting and ended and whole and not (self._esc_waits or self._pasting):
                self.parser._timeout_time = get_time()
            out += self.parser.tick()
        return [_untyped(event) for event in out]

    def wait(self) -> float:
        """How long the input may wait for more: until the parser's deadline at most."""
        deadline = self.parser._timeout_time  # the rest of a key after ESC
        return IDLE_WAIT if deadline is None else max(0.0, min(IDLE_WAIT, deadline - get_time()))

    def _follow_paste(self, data: str) -> None:
        seen = self._tail + data
        start, end = seen.rfind(PASTE_START), seen.rfind(PASTE_END)
        if start > end:
            self._pasting = True
        elif end > start:
            self._pasting = False
        self._tail = seen[-(len(PASTE_END) - 1) :]


def _untyped(event: events.Event) -> events.Event:
    """An alt key without its character: it types nothing into an input."""
    if isinstance(event, events.Key) and event.key.startswith("alt+") and event.character:
        return events.Key(event.key, None)
    return event


def _whole(piece: str) -> bool:
    """Whether ``piece``, from an ESC on, is a whole key: esc, or alt and one character
    (``[``, ``O``, ``P``, ``]``, ``_`` and ``^`` begin longer sequences)."""
    return piece == ESC or (len(piece) == 2 and piece[0] == ESC and piece[1] not in LONGER)


class ConsoleDriver(LinuxDriver):
    def run_input_thread(self) -> None:
        """Textual's ``run_input_thread``, reading through ``KeyInput``."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        keys = KeyInput(ESC_WAITS, self._debug)
        decode = getincrementaldecoder("utf-8")().decode

        def process(found: list[tuple[selectors.SelectorKey, int]], final: bool = False) -> None:
            for last, (_key, mask) in loop_last(found):
                if mask & selectors.EVENT_READ:
                    data = decode(os.read(self.fileno, 1024 * 4), final=final and last)
                    if not data:  # stdin is a pipe that ended
                        break
                    for event in keys.feed(data, more=bool(selector.select(0))):
                        self.process_message(event)
            for event in keys.parser.tick():
                self.process_message(event)

        try:
            while not self.exit_event.is_set():
                process(selector.select(keys.wait()))
            selector.unregister(self.fileno)
            process(selector.select(IDLE_WAIT), final=True)
        finally:
            selector.close()
            try:
                for _event in keys.parser.feed(""):
                    pass
            except (EOFError, ParseError):
                pass


def console_driver(chosen: type[Driver]) -> type[Driver]:
    """The console's driver where Textual chose its Linux one (not on Windows, nor on the
    web, whose driver Textual is told through the environment)."""
    return ConsoleDriver if chosen is LinuxDriver else chosen
