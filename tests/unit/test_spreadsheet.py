"""CSV cells a spreadsheet opens as data (CSV injection): formulas quoted, numbers kept."""

import pytest

from cs_console.domain.spreadsheet import csv_cell


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-x", "'-x"),
        ("-", "'-"),
        ("-5", "-5"),
        ("-0.5", "-0.5"),
        ("王芳", "王芳"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (3.5, 3.5),
        (None, None),
    ],
)
def test_formula_starts_are_quoted_and_numbers_stay(value, cell):
    assert csv_cell(value) == cell
