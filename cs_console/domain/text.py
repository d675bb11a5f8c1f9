"""People's text as data (convention 15): what a terminal, a table cell or a sheet of paper may
show of a stored or typed string. No control character reaches a screen or a file of lines:
C0 and C1 controls (ESC, OSC and CSI sequences lose the byte that starts them, so they show
as harmless text) and the bidi overrides and isolates that reorder a line. ``one_line`` also
shows a line break as ⏎, so a note can never forge a line of output."""

from __future__ import annotations

import re

NEWLINE_MARK = "⏎"

_BREAK = re.compile("\r\n|[\r\n\v\f\x85\u2028\u2029]")
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without control characters; line breaks become ``\\n`` and a tab a space."""
    if text.isascii() and text.isprintable():
        return text
    return _DROP.sub("", _BREAK.sub("\n", text.replace("\t", " ")))


def one_line(text: str) -> str:
    """``text`` as one line: without control characters, each line break shown as ⏎."""
    if text.isascii() and text.isprintable():
        return text
    return clean(text).replace("\n", NEWLINE_MARK)
