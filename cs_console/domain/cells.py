"""Terminal and paper width of text, by ``wcwidth`` (the Unicode tables Rich and Textual draw
with): CJK characters and full-width punctuation take two cells, combining marks and zero-width
characters none, an emoji sequence (zero-width joiners, skin tones, VS16) the cells it is drawn
in, and ambiguous-width characters (—, ·, ①) one. Text is cut and wrapped between grapheme
clusters, never inside one."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import wcwidth


@lru_cache(maxsize=8192)
def _cluster_cells(cluster: str) -> int:
    return max(0, wcwidth.width(cluster))


def cell_len(text: str) -> int:
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(map(_cluster_cells, wcwidth.iter_graphemes(text)))


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` cells (cut with … when longer)."""
    if cell_len(text) > width:
        text = cut(text, width - 1) + "…"
    return text + " " * (width - cell_len(text))


def columns(rows: Sequence[Sequence[str]], align: str, least: Sequence[int]) -> list[str]:
    """``rows`` as lines of columns one space apart, each column as many cells wide as its
    widest text (at least ``least``), aligned by ``align`` (one ``<`` or ``>`` a column)."""
    widths = [max(least_w, *(cell_len(row[i]) for row in rows)) for i, least_w in enumerate(least)]
    return [
        " ".join(
            " " * (w - cell_len(text)) + text if side == ">" else text + " " * (w - cell_len(text))
            for text, w, side in zip(row, widths, align, strict=True)
        )
        for row in rows
    ]


def cut(text: str, width: int) -> str:
    """The longest start of ``text`` that fits in ``width`` cells."""
    out, used = [], 0
    for cluster in wcwidth.iter_graphemes(text):
        used += _cluster_cells(cluster)
        if used > width:
            break
        out.append(cluster)
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
            head = cut(word, width - used) or next(wcwidth.iter_graphemes(word))
            lines.append(line + head)
            line, used = indent, cell_len(indent)
            word = word[len(head) :]
            size = cell_len(word)
        line, used = line + word, used + size
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _words(text: str) -> list[str]:
    """Words with their leading space; each wide cluster is a word of its own."""
    words: list[str] = []
    current = ""
    for cluster in wcwidth.iter_graphemes(text):
        wide = _cluster_cells(cluster) == 2
        if cluster == " " or wide:
            if current:
                words.append(current)
            current = cluster
            if wide:
                words.append(current)
                current = ""
        else:
            current += cluster
    if current:
        words.append(current)
    return words
