"""A reduced copy of the print font, kept in the user's cache folder.

A CJK font holds tens of thousands of glyphs, and the PDF library parses all of them for every
document. The reduced copy holds Latin, punctuation and the GB 2312 characters (about 8,500
glyphs), so a summary that uses only those parses a sixth of the font. A summary with any
other character is printed with the full font, so nothing is ever printed as a missing glyph."""

from __future__ import annotations

import hashlib
import logging
import os
from functools import cache
from pathlib import Path

from platformdirs import user_cache_path

COVERAGE_VERSION = "1"
BLOCKS = (
    (0x20, 0x7F),  # ASCII
    (0xA0, 0x250),  # Latin-1 and Latin Extended-A/B: Spanish and other names
    (0x2000, 0x2070),  # general punctuation: • … — ‰
    (0x2190, 0x2200),  # arrows
    (0x2500, 0x2600),  # box drawing, blocks and shapes
    (0x3000, 0x3040),  # CJK punctuation
    (0xFF00, 0xFFF0),  # full-width forms
)


def cache_folder() -> Path:
    return user_cache_path("cs-console", appauthor=False) / "fonts"


@cache
def coverage() -> frozenset[str]:
    """The characters of the reduced font: ``BLOCKS`` and every character of GB 2312."""
    chars = {chr(code) for start, end in BLOCKS for code in range(start, end)}
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def font_for(full: Path, text: str, folder: Path | None = None) -> Path:
    """The reduced copy of ``full`` when it covers every character of ``text``, else ``full``.

    The copy is made on first use; when the cache folder cannot be written, ``full`` is used."""
    if not set(text) <= coverage():
        return full
    folder = folder or cache_folder()
    reduced = folder / f"{full.stem}-{_key(full)}.ttf"
    if reduced.is_file():
        return reduced
    try:
        _build(full, reduced)
    except OSError:
        return full
    return reduced


def _key(full: Path) -> str:
    """Changes when the font file or the coverage changes."""
    stat = full.stat()
    source = f"{full.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{COVERAGE_VERSION}"
    return hashlib.sha256(source.encode()).hexdigest()[:16]


def _build(full: Path, reduced: Path) -> None:
    """Subset the first face of ``full`` to ``coverage()``; written whole or not at all."""
    from fontTools import subset

    options = subset.Options()
    options.font_number = 0
    options.notdef_outline = True
    options.recommended_glyphs = True
    options.glyph_names = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    font = subset.load_font(str(full), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in coverage()])
    quiet = logging.getLogger("fontTools.subset")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # it warns of each table it drops
    try:
        subsetter.subset(font)
    finally:
        quiet.setLevel(level)
    reduced.parent.mkdir(parents=True, exist_ok=True)
    partial = reduced.with_name(f"{reduced.name}.{os.getpid()}.part")
    subset.save_font(font, str(partial), options)
    os.replace(partial, reduced)
