"""Customer data masking (D-12, CF-01…CF-04): 138****5678, 张*, J*** S****."""

from __future__ import annotations


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
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


def _mask_word(word: str) -> str:
    return word[0] + "*" * (len(word) - 1)
