"""The console's command language: one line, a verb and its words (same in ``:`` and ``do``).

Words are split like a shell does, so ``"two words"`` stays one word; an apostrophe inside a
word (``customer's``) is the word's, as people write.
"""

from __future__ import annotations

import difflib
import shlex
from dataclasses import dataclass

from cs_console.domain.errors import UserError
from cs_console.domain.text import one_line
from cs_console.i18n import _

# Chinese names of verbs, where DOMAIN.md section 4's vocabulary names the act (convention 18):
# accepted in every language, shown in help and completed; the English verbs stay what scripts
# and the audit log use.
ALIASES = {
    "旷工": "absent", "请假": "leave", "换班": "swap", "离座": "away", "签出": "signout",
    "工单": "ticket", "投诉": "complaint", "派发": "dispatch", "回访": "visit",
    "拨测": "testcall", "质检": "inspect", "班前会": "meeting", "点名": "roll",
    "申诉": "appeal", "知识库": "kb", "病假证明": "certificate", "考评": "month",
}  # fmt: skip


class CommandError(UserError):
    """The line cannot be read as a command."""


@dataclass(frozen=True)
class Command:
    verb: str
    args: tuple[str, ...]


def _letter(ch: str) -> bool:
    """A letter of an alphabet (Latin, Greek, Cyrillic…): one an apostrophe joins, as in
    customer's or O'Neill; not a Chinese character, beside which a quote is a quote."""
    return ch.isalpha() and ord(ch) < 0x2E80


def _apostrophes_kept(line: str) -> str:
    """``line`` with each apostrophe between two letters, outside quotes, escaped: the word's
    own, not a quotation opened."""
    out: list[str] = []
    quote, i = "", 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and quote != "'":  # an escaped character stays as it is
            out.append(line[i : i + 2])
            i += 2
            continue
        if quote:
            quote = "" if ch == quote else quote
        elif ch == "'" and 0 < i < len(line) - 1 and _letter(line[i - 1]) and _letter(line[i + 1]):
            ch = "\\'"
        elif ch in "'\"":
            quote = ch
        out.append(ch)
        i += 1
    return "".join(out)


def parse_command(line: str, verbs: frozenset[str] | set[str]) -> Command:
    try:
        words = shlex.split(_apostrophes_kept(line), comments=False, posix=True)
    except ValueError as err:
        raise CommandError(_("Cannot read the command: {error}.").format(error=err)) from None
    if not words:
        raise CommandError(_("Empty command; type help for the list of commands."))
    verb = ALIASES.get(words[0], words[0].lower())
    if verb not in verbs:
        near = difflib.get_close_matches(verb, sorted(verbs), n=3)
        # letters swapped (stauts) is the commonest slip: such a verb comes first
        near.sort(key=lambda v: sorted(v) != sorted(verb))
        if near:
            raise CommandError(
                _("Unknown command '{word}' — did you mean '{verb}'?").format(
                    word=one_line(words[0]), verb=near[0]
                )
            )
        raise CommandError(
            _("Unknown command '{word}'; type help for the list of commands.").format(
                word=one_line(words[0])
            )
        )
    if len(words) > 1 and f"{verb} {words[1].lower()}" in verbs:
        # a verb of two words is told from the one word by the next word: `close month 2026-11`
        # is not `close T-5`, `points list` is not `points STAFF RULE`
        return Command(f"{verb} {words[1].lower()}", tuple(words[2:]))
    return Command(verb, tuple(words[1:]))
