"""The Asterisk ``queue_log`` file: one event per line, ``epoch|callid|queue|agent|event|data…``.

Format as written by Asterisk (asterisk/asterisk f0c1c1a: apps/app_queue.c, the calls of
``ast_queue_log``, and main/logger.c, which writes the line; the older doc/queuelog.txt "Queue Log
Information" describes the same fields). ``logger.c`` writes
``"%ld|%s|%s|%s|%s|"`` (time, call id, queue, agent, event) and then the event's data, so a line has
at least six fields; the call id is ``NONE`` (or ``REALTIME``, ``MANAGER``, ``CLI``) for events
that belong to no call, and the agent is ``NONE`` before a member is involved. Data per event:

- ENTERQUEUE ``url|callerid|position[|callername]`` (the position since Asterisk 1.8)
- CONNECT ``holdtime|bridgedchanuniqueid|ringtime`` (seconds; ringtime since 1.6)
- COMPLETECALLER, COMPLETEAGENT ``holdtime|calltime|origposition``
- ABANDON, EXITWITHTIMEOUT, EXITEMPTY ``position|origposition|waittime``
- EXITWITHKEY ``key|position|origposition|waittime`` (waittime only in later versions)
- RINGNOANSWER, RINGCANCELED ``ringtime`` in milliseconds
- TRANSFER, BLINDTRANSFER ``extension|context|holdtime|calltime|origposition``
- ATTENDEDTRANSFER ``BRIDGE|id``, ``APP|name`` or ``LINK|chan1|chan2``, then
  ``holdtime|calltime|origposition``
- ADDMEMBER ``PAUSED`` or empty · REMOVEMEMBER empty · PAUSE, UNPAUSE, PAUSEALL, UNPAUSEALL
  ``reason`` · AGENTLOGIN ``channel`` · AGENTLOGOFF ``channel|logintime``

A line is bad when it has fewer than six fields, its time is not a whole number of seconds, its
event name is empty, or a number the figures need is not a number. Other event names (AGENTDUMP,
SYSCOMPAT, WITHDRAW, PENALTY, custom ones …) are unknown: counted with their line, never fatal.
An event's key is a hash of the raw line, so the same line read twice (a restart, a rotated
file read again) has the same key and is stored once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from cs_console.domain.masking import mask_phone

# The numbers each event carries that the figures read: index into the data fields.
NUMBERS: dict[str, tuple[int, ...]] = {
    "ENTERQUEUE": (),
    "CONNECT": (0,),
    "COMPLETECALLER": (0, 1),
    "COMPLETEAGENT": (0, 1),
    "ABANDON": (2,),
    "EXITWITHTIMEOUT": (2,),
    "EXITWITHKEY": (),
    "EXITEMPTY": (2,),
    "RINGNOANSWER": (0,),
    "RINGCANCELED": (0,),
    "TRANSFER": (2, 3),
    "BLINDTRANSFER": (2, 3),
    "ATTENDEDTRANSFER": (-3, -2),
    "ADDMEMBER": (),
    "REMOVEMEMBER": (),
    "PAUSE": (),
    "UNPAUSE": (),
    "PAUSEALL": (),
    "UNPAUSEALL": (),
    "AGENTLOGIN": (),
    "AGENTLOGOFF": (),
}
KNOWN = frozenset(NUMBERS)
MIN_DATA = {"ATTENDEDTRANSFER": 5}  # the method and its id, then three numbers
_IRREGULAR = frozenset({"ATTENDEDTRANSFER", "EXITWITHKEY"})
# Positions in the split line (five fields before the data) of the numbers of regular events.
_AT = {e: tuple(5 + i for i in n) for e, n in NUMBERS.items() if e not in _IRREGULAR}

CALLER = 6  # ENTERQUEUE url|callerid|position: the caller's number, stored masked (D-12)
WIDEST = 64  # the text columns' width: a line no longer fits in them uncut

BAD_FIELDS = "fewer than 6 fields"
BAD_TIME = "the time is not whole seconds"
BAD_EVENT = "no event name"
BAD_NUMBER = "a number of {event} is not a number"


class QueueEvent(NamedTuple):
    """One line of the log (a tuple: a month of events is a million of them)."""

    line_no: int
    epoch: int
    call_id: str
    queue: str
    agent: str
    event: str
    data: tuple[str, ...]
    key: str


@dataclass
class ParseReport:
    events: list[QueueEvent] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (line, event name)
    bad: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


def event_key(raw: str) -> str:
    """The stored identity of a line: its fields exactly as written, ``NONE`` call ids included
    (``parse_lines`` and ``parse_rows`` compute the same inline)."""
    return hashlib.blake2b(raw.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


def _irregular_ok(event: str, data: list[str]) -> bool:
    size = len(data)
    if size < MIN_DATA.get(event, 0):
        return False
    if not all(-size <= i < size and data[i].isdigit() for i in NUMBERS[event]):
        return False
    return event != "EXITWITHKEY" or size < 4 or data[3].isdigit()


def _valid(
    lines: Iterable[str], first_line_no: int, unknown: list[tuple[int, str]],
    bad: list[tuple[int, str]],
) -> Iterator[tuple[int, str, list[str]]]:  # fmt: skip
    """The events' lines, numbered and split (raw line without its end, fields); unknown and
    bad lines go to their lists. One pass, no per-line function call but the split: a month of
    events is about a million lines."""
    at = _AT
    for line_no, line in enumerate(lines, first_line_no):
        raw = line.rstrip("\r\n")
        parts = raw.split("|")
        size = len(parts)
        if size < 6:
            bad.append((line_no, BAD_FIELDS))
            continue
        event = parts[4]
        if not parts[0].isdigit():
            bad.append((line_no, BAD_TIME))
            continue
        positions = at.get(event)
        if positions is None:
            if event in _IRREGULAR:
                ok = _irregular_ok(event, parts[5:])
            else:
                (unknown if event else bad).append((line_no, event or BAD_EVENT))
                continue
        else:
            ok = True
            for i in positions:
                if i >= size or not parts[i].isdigit():
                    ok = False
                    break
        if not ok:
            bad.append((line_no, BAD_NUMBER.format(event=event)))
            continue
        yield line_no, raw, parts


def parse_lines(
    lines: Iterable[str], first_line_no: int = 1, into: ParseReport | None = None
) -> ParseReport:
    """Parse lines (with or without their line ends) into events, unknown and bad lines."""
    report = into if into is not None else ParseReport()
    append, make, blake = report.events.append, QueueEvent._make, hashlib.blake2b
    for line_no, raw, parts in _valid(lines, first_line_no, report.unknown, report.bad):
        key = blake(raw.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
        append(
            make(
                (line_no, int(parts[0]), parts[1], parts[2], parts[3], parts[4], tuple(parts[5:]),
                 key)
            )
        )  # fmt: skip
    return report


@dataclass
class RowReport:
    """Lines as the feed stores them: one plain tuple a line, ``(key, epoch, call_id, queue,
    agent, event, data)``, the caller's number masked (D-12); and, as events, the lines of
    the watched agents in the watched span (the ones that may set a seat)."""

    rows: list[tuple[str, int, str, str, str, str, str]] = field(default_factory=list)
    watched: list[QueueEvent] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (line, event name)
    bad: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


def parse_rows(
    lines: Iterable[str], first_line_no: int = 1, agents: Container[str] = (),
    span: tuple[int, int] = (0, 0),
) -> RowReport:  # fmt: skip
    """The rows to store for ``lines``: each raw line hashed once for its key, the text
    fields cut to their columns; events of ``agents`` with an epoch in ``span`` (start
    included, end not) are also kept as events."""
    report = RowReport()
    append, watch, blake = report.rows.append, report.watched.append, hashlib.blake2b
    start, end = span
    for line_no, raw, parts in _valid(lines, first_line_no, report.unknown, report.bad):
        key = blake(raw.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
        epoch, call_id, queue, agent, event = int(parts[0]), parts[1], parts[2], parts[3], parts[4]
        if event == "ENTERQUEUE" and len(parts) > CALLER:
            parts[CALLER] = mask_phone(parts[CALLER])
        if len(raw) > WIDEST:  # (the known events' names are short)
            call_id, queue, agent = call_id[:WIDEST], queue[:WIDEST], agent[:WIDEST]
        append((key, epoch, call_id, queue, agent, event, "|".join(parts[5:])))
        if parts[3] in agents and start <= epoch < end:
            watch(QueueEvent(line_no, epoch, parts[1], parts[2], parts[3], parts[4],
                             tuple(parts[5:]), key))  # fmt: skip
    return report


def parse_line(line: str, line_no: int = 1) -> QueueEvent | None:
    """One line's event, or None when it is unknown or bad."""
    report = parse_lines((line,), line_no)
    return report.events[0] if report.events else None
