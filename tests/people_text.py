"""People's text for the render-path tests (convention 15): strings that look like markup,
terminal codes, bidi overrides, NUL, CJK, emoji and line breaks, and where the console keeps
them. Each stored string is framed (« … ») so its literal form can be found in what is shown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from hypothesis import strategies as st
from sqlmodel import select

from cs_console.domain.text import one_line
from cs_console.services import attendance, clocks, handover
from cs_console.services.context import Context
from cs_console.store.models import Staff

FRAGMENTS = (
    "[/x]",
    "[/]",
    "[VIP]",
    "[HO-06]",
    "[link=https://example.com]click[/link]",
    "[b]bold",
    "\x1b]0;pwned\x07",
    "\x1b]8;;https://example.com\x1b\\",
    "\x1b[2J\x1b[H",
    "\x9b31m",
    "\x00",
    "\u202eevil\u202c",
    "\u2066iso\u2069",
    "\u200f",
    "中文客服",
    "😀👍🏽",
    "line\nbreak",
    "cr\r\nlf",
    "tab\there",
    "\\",
    "'\"",
)
NASTY = "".join(FRAGMENTS)
# Outside a line: C0 but line feed, DEL, C1, bidi overrides and isolates.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LINE_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

LEADER = "1001"  # the day shift's squad leader in the demo
AWAY = "1008"  # away at seat A06 in the demo at 10:30
REMARKED = "1003"


def people_text() -> st.SearchStrategy[str]:
    """Arbitrary text with the fragments that broke the console mixed in."""
    piece = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(st.characters(exclude_categories=["Cs"]), max_size=6),
    )
    return st.lists(piece, min_size=1, max_size=5).map("".join)


def framed(text: str) -> str:
    return f"«{text}»"


def shown(text: str) -> str:
    """How a framed string must appear on one line."""
    return one_line(framed(text))


@dataclass(frozen=True)
class Stored:
    ticket: str  # a complaint whose summary and customer name are the text, in warning soon
    text: str


def store_text(ctx: Context, text: str) -> Stored:
    """The text in the fields the screens, lines and papers show: names (the leader on duty,
    a person away), a complaint's summary and customer name, a handover note, a remark."""
    value = framed(text)
    with ctx.transaction() as session:
        for staff_no in (LEADER, AWAY):
            row = session.exec(select(Staff).where(Staff.staff_no == staff_no)).one()
            row.name = value
            session.add(row)
    leader = ctx.acting_as(LEADER)
    started = ctx.now() - timedelta(minutes=44)
    opened = clocks.open_complaint(
        leader, value, phone="13812345678", name=value, at=started, reason="entered late"
    )
    handover.note(leader, "problems", value)
    attendance.remark(leader, REMARKED, value)
    return Stored(opened.split()[0], text)
