"""What every verb's words share: references (T-n, P-n …), instants and trailing options."""

from __future__ import annotations

import re
from datetime import datetime

from cs_console.domain.errors import UserError
from cs_console.domain.timeparse import parse_instant
from cs_console.i18n import _
from cs_console.services.context import Context

TIME_LIKE = re.compile(r"(\d{4}-\d{2}-\d{2}T)?\d{1,2}:\d{2}(:\d{2})?")

VALUE_FORMS = {
    "phone": re.compile(r"\+?[\d][\d-]{4,}"),
    "agent": re.compile(r"\d+"),
    "at": TIME_LIKE,
    "name": re.compile(r".+"),
}


def instant(ctx: Context, text: str) -> datetime:
    return parse_instant(text, ctx.today(), ctx.settings.tz)


def ref_number(text: str, prefix: str) -> int:
    match = re.fullmatch(rf"{prefix}-(\d+)", text, re.IGNORECASE)
    if not match:
        raise UserError(
            _("'{text}' is not a {prefix}-n reference.").format(text=text, prefix=prefix)
        )
    return int(match.group(1))


def options(words: tuple[str, ...], allowed: set[str]) -> tuple[list[str], dict[str, str]]:
    """Summary words up to the first keyword with a valid value; ``reason`` takes the rest."""
    summary: list[str] = []
    options: dict[str, str] = {}
    i = 0
    while i < len(words):
        word = words[i].lower()
        if word == "reason" and "reason" in allowed and i + 1 < len(words):
            options["reason"] = " ".join(words[i + 1 :])
            break
        form = VALUE_FORMS.get(word)
        if word in allowed and form and i + 1 < len(words) and form.fullmatch(words[i + 1]):
            options[word] = words[i + 1]
            i += 2
            continue
        if options:
            raise UserError(
                _("Unexpected '{words}' after the options; quote the summary.").format(
                    words=words[i]
                )
            )
        summary.append(words[i])
        i += 1
    if not summary:
        raise UserError(_("A summary is needed."))
    return summary, options
