"""Customer data masking (D-12, CF-01…CF-04): 138****5678, 张*, J*** S****."""

from __future__ import annotations

import re


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
    if phone.isdigit():  # the common case, a million times in a month's call events
        size = len(phone)
        if size >= 11:
            return phone[:3] + "*" * (size - 7) + phone[-4:]
        if size >= 7:
            return phone[:2] + "*" * (size - 4) + phone[-2:]
        return "*" * (size - 1) + phone[-1] if size > 3 else "*" * size
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    if len(digits) >= 11:
        keep = set(digits[:3]) | set(digits[-4:])
    elif len(digits) >= 7:
        keep = set(digits[:2]) | set(digits[-2:])
    else:
        keep = set(digits[-1:]) if len(digits) > 3 else set()
    return "".join(ch if (i in keep or not ch.isdigit()) else "*" for i, ch in enumerate(phone))


def mask_name(name: str | None) -> str:
    if not name:
        return ""
    words = name.split()
    if len(words) > 1:
        return " ".join(_mask_word(w) for w in words)
    return _mask_word(name)


def mask_customer(name: str | None, phone: str | None) -> str:
    """A customer as lists show them: the name and the phone number, masked ('林* 135****1190')."""
    return " ".join(part for part in (mask_name(name), mask_phone(phone)) if part)


def _mask_word(word: str) -> str:
    return word[0] + "*" * (len(word) - 1)


PHONE_LIKE = re.compile(r"\+?\d[\d-]{5,}\d")  # one word: staff numbers in a row stay apart
NAME_ENDS = frozenset({"phone", "agent", "at", "reason"})  # the options that may follow a name


def mask_command_line(line: str) -> str:
    """A command line as it may be kept (history, logs): phone numbers and the words of
    ``name …`` masked (D-12); everything else as typed."""
    line = PHONE_LIKE.sub(lambda m: mask_phone(m.group()) if _long(m.group()) else m.group(), line)
    if "name" not in (w.strip("'\"").lower() for w in _raw_words(line)):
        return line
    out = []
    naming = False
    for raw in _raw_words(line):
        word = raw.strip("'\"").lower()
        if naming and word in NAME_ENDS:
            naming = False
        elif naming:
            quote = raw[0] if raw[0] in "'\"" else ""
            raw = quote + mask_name(raw.strip("'\"")) + quote
        if word == "name":
            naming = True
        out.append(raw)
    return " ".join(out)


def _long(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= 7


def _raw_words(line: str) -> list[str]:
    """Words as written, a quoted group (``'Ann Lee'``) staying one word."""
    return re.findall(r"'[^']*'|\"[^\"]*\"|\S+", line)
