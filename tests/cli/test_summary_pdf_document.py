"""The printed summary is a document a manager signs (HO-06, D-10): a line per signature, open
tickets and running clocks as tables, no heading alone at a page foot, states as words. Read
back with pdftotext."""

from __future__ import annotations

import re
import subprocess

from tests.cli.conftest import ok
from tests.cli.test_handover_print import IN, OUT, PRINTED_AT, SHIFT_D, signed  # noqa: F401

TITLES = ("Open tickets", "Running clocks", "Signatures", "Return visits due", "Attendance",
          "Equipment", "Problems", "Staffing", "Instructions", "Addenda",
          "Shift statistics")  # fmt: skip


def _pages(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return text.split("\f")


def test_ho06_each_signature_has_its_line_with_name_number_and_time(signed, tmp_path):  # noqa: F811
    pdf = tmp_path / "signed.pdf"
    ok(signed(*IN, "print", "handover", *SHIFT_D, "--pdf", str(pdf), now=PRINTED_AT))
    text = "\n".join(_pages(pdf))
    assert re.search(r"Signature for\s+Name\s+Staff no\.\s+Time\s+Signature", text)
    assert re.search(r"Outgoing leader\s+王芳\s+1001\s+2026-11-22 15:50:0\d", text)
    assert re.search(r"Incoming leader\s+李娜\s+1015\s+2026-11-22 16:03:0\d", text)
    assert re.search(r"^\s*Manager\s*$", text, re.MULTILINE)  # all blank: for a pen


def test_ho06_a_draft_leaves_a_blank_for_the_pen(desk, tmp_path):
    pdf = tmp_path / "draft.pdf"
    ok(desk(*OUT, "print", "handover", "--pdf", str(pdf), now="2026-11-22T15:00"))
    text = "\n".join(_pages(pdf))
    outgoing = next(ln for ln in text.splitlines() if "Outgoing leader" in ln)
    assert re.search(r"Outgoing leader\s+王芳\s+1001\s*$", outgoing)  # time and pen left blank
    assert "Incoming leader" in text


def test_open_tickets_and_clocks_are_tables_with_states_as_words(signed, tmp_path):  # noqa: F811
    pdf = tmp_path / "tables.pdf"
    ok(signed(*IN, "print", "handover", *SHIFT_D, "--pdf", str(pdf), now=PRINTED_AT))
    text = "\n".join(_pages(pdf))
    assert re.search(r"Ref\s+Category\s+State\s+Due\s+Customer\s+Phone\s+Summary", text)
    assert re.search(r"Ref\s+Clock\s+Left\s+Due\s+Summary", text)
    assert re.search(r"T-6\s+inquiry\s+in progress\s+11-20 16:39", text)
    assert "in_progress" not in text and "awaiting_incoming" not in text


def test_no_heading_is_left_alone_at_a_page_foot(signed, tmp_path):  # noqa: F811
    pdf = tmp_path / "pages.pdf"
    ok(signed(*IN, "print", "handover", *SHIFT_D, "--pdf", str(pdf), now=PRINTED_AT))
    pages = [p for p in _pages(pdf) if p.strip()]
    assert len(pages) >= 2
    for page in pages[:-1]:
        body = [ln.strip() for ln in page.splitlines() if ln.strip()][:-1]  # the footer off
        assert not body[-1].startswith(TITLES), body[-1]
