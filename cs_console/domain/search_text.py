"""The search index's words: one tokenizer for what is indexed and what is asked,
the same on SQLite and PostgreSQL.

Latin words are kept whole (a query word matches words that start with it). Chinese, Japanese
and Korean text has no spaces, and a trigram index cannot find a two-character term such as
旷工 or 回访: each run of those characters is indexed as its overlapping character pairs
(旷工了 → 旷工 工了) and its last character, and a query term is asked as the same pairs.
Phone numbers are masked before indexing (D-12): a search by a customer's number finds nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cs_console.domain.masking import mask_phone

WORD = re.compile(r"\w+")
PHONE = re.compile(r"\+?\d[\d\- ]{5,}\d")


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF  # hangul
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x2FFFF
    )


def masked(text: str) -> str:
    """``text`` with phone numbers masked (D-12), as search shows and indexes it."""
    return PHONE.sub(lambda m: mask_phone(m.group(0)), text)


def _runs(word: str) -> list[tuple[bool, str]]:
    runs: list[tuple[bool, str]] = []
    for ch in word:
        cjk = is_cjk(ch)
        if runs and runs[-1][0] == cjk:
            runs[-1] = (cjk, runs[-1][1] + ch)
        else:
            runs.append((cjk, ch))
    return runs


def _pairs(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)] or [run]


def index_words(text: str) -> list[str]:
    """The words ``text`` is indexed under."""
    words: list[str] = []
    for match in WORD.finditer(masked(text).casefold()):
        for cjk, run in _runs(match.group(0)):
            words += [*_pairs(run), run[-1]] if cjk and len(run) > 1 else [run]
    return words


@dataclass(frozen=True)
class Hit:
    """One row found: a ticket (T-n), a reportable event (E-n), a handover log's entry
    (log DATE SHIFT) or a roll-call remark (roll DATE SHIFT)."""

    kind: str
    ref: str
    at: str
    text: str  # customer data masked (D-12)


@dataclass(frozen=True)
class Term:
    word: str
    prefix: bool  # matches indexed words that start with it


def query_terms(text: str) -> list[Term]:
    """What a query asks: every term must be found. The last word and a single CJK character
    match as a prefix (the word may still be being typed); the words before it whole; longer
    CJK terms as their pairs."""
    terms: list[Term] = []
    for match in WORD.finditer(text.casefold()):
        for cjk, run in _runs(match.group(0)):
            if cjk and len(run) > 1:
                terms += [Term(pair, False) for pair in _pairs(run)]
            else:
                terms.append(Term(run, cjk))
    if terms and not is_cjk(terms[-1].word[0]):
        terms[-1] = Term(terms[-1].word, True)
    return list(dict.fromkeys(terms))


def fts5_query(terms: list[Term]) -> str:
    """An SQLite FTS5 MATCH expression (each term quoted, so no word is an operator)."""
    return " AND ".join(f'"{t.word}"' + ("*" if t.prefix else "") for t in terms)


def tsquery(terms: list[Term]) -> str:
    """A PostgreSQL tsquery (lexemes quoted, ``:*`` for a prefix)."""
    return " & ".join("'" + t.word.replace("'", "''") + "'" + (":*" if t.prefix else "")
                      for t in terms)  # fmt: skip
