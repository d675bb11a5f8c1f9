"""The terminal driver: Textual's, with esc answered as soon as its wait is over.

A lone ESC byte may be the start of a key's sequence, so the parser waits ``ESCDELAY`` for
more; Textual's input loop looks at that wait only when its 100 ms ``select`` times out, so
every esc (closing a bar, a dialog, a form) took 100 ms or more. Here the ``select`` waits no
longer than the parser does. It reads the parser's deadline, which is why Textual is pinned to
one version."""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder

from textual._loop import loop_last
from textual._parser import ParseError
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver

IDLE_WAIT = 0.1  # Textual's: how often the loop looks at its exit flag


class ConsoleDriver(LinuxDriver):
    def run_input_thread(self) -> None:
        """Textual's ``run_input_thread``, with ``select`` waiting until the parser's
        deadline (the rest of a key after ESC) rather than a fixed 100 ms."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode

        def process(events: list[tuple[selectors.SelectorKey, int]], final: bool = False) -> None:
            for last, (_key, mask) in loop_last(events):
                if mask & selectors.EVENT_READ:
                    data = decode(os.read(self.fileno, 1024 * 4), final=final and last)
                    if not data:  # stdin is a pipe that ended
                        break
                    for event in parser.feed(data):
                        self.process_message(event)
            for event in parser.tick():
                self.process_message(event)

        def wait() -> float:
            deadline = parser._timeout_time  # the rest of a key after ESC
            return IDLE_WAIT if deadline is None else min(IDLE_WAIT, deadline - get_time())

        try:
            while not self.exit_event.is_set():
                process(selector.select(max(0.0, wait())))
            selector.unregister(self.fileno)
            process(selector.select(IDLE_WAIT), final=True)
        finally:
            selector.close()
            try:
                for _event in parser.feed(""):
                    pass
            except (EOFError, ParseError):
                pass


def console_driver(chosen: type[Driver]) -> type[Driver]:
    """The console's driver where Textual chose its Linux one (not on Windows, nor on the
    web, whose driver Textual is told through the environment)."""
    return ConsoleDriver if chosen is LinuxDriver else chosen
