"""CSV cells that a spreadsheet opens as data, never as a formula (CSV injection).

A text starting with ``=``, ``+``, ``@``, a tab or a carriage return, or with ``-`` not
followed by a digit, gets a leading ``'``; numbers, and texts such as ``-5``, stay as they are."""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_STARTS) or (value[0] == "-" and not value[1:2].isdigit()):
        return "'" + value
    return value
