"""Terminal and paper width of text: CJK characters take two cells, combining marks none."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)
def char_cells(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cell_len(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(char_cells, text))


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` cells (cut with … when longer)."""
    if cell_len(text) > width:
        text = cut(text, width - 1) + "…"
    return text + " " * (width - cell_len(text))


def cut(text: str, width: int) -> str:
    out, used = [], 0
    for ch in text:
        used += char_cells(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Lines of at most ``width`` cells; breaks at spaces, or anywhere inside long words and
    CJK runs; continuation lines start with ``indent``."""
    if cell_len(text) <= width:
        return [text.rstrip()]
    lines: list[str] = []
    line, used = "", 0
    for word in _words(text):
        size = cell_len(word)
        if used + size <= width:
            line, used = line + word, used + size
            continue
        if line.strip():
            lines.append(line.rstrip())
            line, used = indent, cell_len(indent)
            word = word.lstrip()
            size = cell_len(word)
        while used + size > width:
            head = cut(word, width - used) or word[0]
            lines.append(line + head)
            line, used = indent, cell_len(indent)
            word = word[len(head) :]
            size = cell_len(word)
        line, used = line + word, used + size
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _words(text: str) -> list[str]:
    """Words with their leading space; each wide character is a word of its own."""
    words: list[str] = []
    current = ""
    for ch in text:
        if ch == " " or char_cells(ch) == 2:
            if current:
                words.append(current)
            current = ch
            if char_cells(ch) == 2:
                words.append(current)
                current = ""
        else:
            current += ch
    if current:
        words.append(current)
    return words
