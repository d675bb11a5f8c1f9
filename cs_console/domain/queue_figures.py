"""Queue figures per interval and for a shift, from ``queue_log`` events (industry definitions).

Every call is counted in the interval in which it arrived (its outcome's time less the wait it
reports): offered = answered + abandoned + exited (EXITWITHTIMEOUT, EXITEMPTY, EXITWITHKEY);
an abandon after less than ``short_abandon_seconds`` is a short abandon, left out of offered;
answered within the target = CONNECT with a hold time ≤ ``sl_target_seconds``. ASA = mean hold
time of answered calls. AHT = mean talk time of completed calls (COMPLETE*, transfers) plus the
wrap-up of ``acw_seconds``. Occupancy = busy seconds (talk and wrap-up) ÷ staffed seconds (signed
in and not paused), per interval. Longest wait now = the oldest call that entered and has not
been answered or left. An agent first seen in a call or pause event is taken as signed in from
that event (static members never log in).

``QueueTally`` is fed events in time order, one pass, O(events); the table of intervals is then
derived in O(intervals), so a new event costs its own handling and one derivation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cs_console.domain.queue_log import QueueEvent
from cs_console.i18n import N_

# Service-level definitions: the setting's value and how the screen names it.
DEFINITIONS = {
    "offered": N_("answered within {target} s ÷ offered (abandons under {short} s left out)"),
    "all_offered": N_("answered within {target} s ÷ all offered calls"),
    "answered": N_("answered within {target} s ÷ answered calls"),
}

EXITS = frozenset({"EXITWITHTIMEOUT", "EXITEMPTY", "EXITWITHKEY"})
# Completed calls: (hold time, talk time) positions in the data.
ENDS = {
    "COMPLETECALLER": (0, 1),
    "COMPLETEAGENT": (0, 1),
    "TRANSFER": (2, 3),
    "BLINDTRANSFER": (2, 3),
    "ATTENDEDTRANSFER": (-3, -2),
}
CALL_EVENTS = frozenset({"CONNECT", "RINGNOANSWER", "RINGCANCELED", *ENDS})
SIGN_IN = frozenset({"ADDMEMBER", "AGENTLOGIN"})
SIGN_OUT = frozenset({"REMOVEMEMBER", "AGENTLOGOFF"})
PAUSES = frozenset({"PAUSE", "PAUSEALL"})
UNPAUSES = frozenset({"UNPAUSE", "UNPAUSEALL"})
PRESENCE_EVENTS = SIGN_IN | SIGN_OUT | PAUSES | UNPAUSES


@dataclass(frozen=True)
class QueueRules:
    interval_seconds: int
    short_abandon_seconds: int
    sl_target_seconds: int
    service_level_target: float
    service_level_definition: str
    acw_seconds: int

    def definition_text(self, say: Callable[[str], str] = str) -> str:
        """The definition in use, in English for reports read by machines, or said in the
        language with ``say`` (gettext's ``_``)."""
        return say(DEFINITIONS[self.service_level_definition]).format(
            target=self.sl_target_seconds, short=self.short_abandon_seconds
        )


@dataclass(frozen=True)
class Figures:
    start: datetime
    end: datetime
    offered: int
    answered: int
    answered_in_target: int
    abandoned: int
    short_abandons: int
    exited: int
    service_level: float | None
    asa_seconds: float | None
    aht_seconds: float | None
    occupancy: float | None


@dataclass(frozen=True)
class Waiting:
    calls: int
    longest_seconds: int


# Counter rows of a tally, one list of interval values each.
ANS, IN_SL, ABD, SHORT, EXIT, WAIT, DONE, TALK, BUSY, STAFF = range(10)


class QueueTally:
    """Counters per interval over [start, end); events must come in time order."""

    def __init__(self, start: datetime, end: datetime, rules: QueueRules) -> None:
        self.rules = rules
        self.t0 = int(start.timestamp())
        self.width = rules.interval_seconds
        self.count = -(-(int(end.timestamp()) - self.t0) // self.width)
        self.t1 = self.t0 + self.count * self.width
        self.rows = [[0] * self.count for _ in range(STAFF + 1)]
        self.agents: dict[str, list] = {}  # agent → [signed in, paused, present since]
        self.waiting: dict[str, int] = {}  # call id → time it entered

    def _spread(self, row: list[int], a: int, b: int) -> None:
        a, b = max(a, self.t0), min(b, self.t1)
        t0, width = self.t0, self.width
        while a < b:
            i = (a - t0) // width
            edge = min(b, t0 + (i + 1) * width)
            row[i] += edge - a
            a = edge

    def _slot(self, arrival: int) -> int:
        i = (arrival - self.t0) // self.width
        return i if 0 <= i < self.count else -1

    def add(self, events: Iterable[QueueEvent]) -> None:
        rows, waiting, rules = self.rows, self.waiting, self.rules
        target, short, acw = rules.sl_target_seconds, rules.short_abandon_seconds, rules.acw_seconds
        for ev in events:
            name, epoch, data = ev.event, ev.epoch, ev.data
            if name == "ENTERQUEUE":
                waiting[ev.call_id] = epoch
                continue
            if name == "CONNECT":
                waiting.pop(ev.call_id, None)
                hold = int(data[0])
                i = self._slot(epoch - hold)
                if i >= 0:
                    rows[ANS][i] += 1
                    rows[WAIT][i] += hold
                    if hold <= target:
                        rows[IN_SL][i] += 1
            elif name == "ABANDON":
                waiting.pop(ev.call_id, None)
                wait = int(data[2])
                i = self._slot(epoch - wait)
                if i >= 0:
                    rows[SHORT if wait < short else ABD][i] += 1
            elif name in EXITS:
                entered = waiting.pop(ev.call_id, epoch)
                wait = _exit_wait(ev)
                i = self._slot(entered if wait is None else epoch - wait)
                if i >= 0:
                    rows[EXIT][i] += 1
            elif name in ENDS:
                at_hold, at_talk = ENDS[name]
                hold, talk = int(data[at_hold]), int(data[at_talk])
                i = self._slot(epoch - talk - hold)
                if i >= 0:
                    rows[DONE][i] += 1
                    rows[TALK][i] += talk
                self._spread(rows[BUSY], epoch - talk, epoch + acw)
            if ev.agent != "NONE":
                self._presence(ev, epoch)

    def _presence(self, ev: QueueEvent, epoch: int) -> None:
        name = ev.event
        state = self.agents.get(ev.agent)
        if state is None:
            if name not in CALL_EVENTS and name not in PRESENCE_EVENTS:
                return
            state = self.agents[ev.agent] = [True, False, epoch]
        was = state[0] and not state[1]
        if name in SIGN_IN:
            state[0], state[1] = True, name == "ADDMEMBER" and ev.data[0] == "PAUSED"
        elif name in SIGN_OUT:
            state[0], state[1] = False, False
        elif name in PAUSES:
            state[1] = True
        elif name in UNPAUSES:
            state[0], state[1] = True, False
        now = state[0] and not state[1]
        if was and not now:
            self._spread(self.rows[STAFF], state[2], epoch)
        elif now and not was:
            state[2] = epoch

    def present(self) -> frozenset[str]:
        """Agents signed in and not paused after the last event."""
        return frozenset(a for a, s in self.agents.items() if s[0] and not s[1])

    def waiting_now(self, now: datetime) -> Waiting:
        at = int(now.timestamp())
        waits = [at - t for t in self.waiting.values() if t <= at]
        return Waiting(len(waits), max(waits, default=0))

    def _staffed(self, now: datetime | None) -> list[int]:
        staffed = list(self.rows[STAFF])
        if now is not None:
            at = int(now.timestamp())
            for signed_in, paused, since in self.agents.values():
                if signed_in and not paused:
                    self._spread(staffed, since, at)
        return staffed

    def figures(self, now: datetime | None = None) -> tuple[Figures, ...]:
        """One row per interval; ``now`` counts the staffed time of agents still present."""
        rows, staffed = self.rows, self._staffed(now)
        return tuple(
            self._figures(i, i + 1, [row[i] for row in rows[:STAFF]] + [staffed[i]])
            for i in range(self.count)
        )

    def total(self, now: datetime | None = None) -> Figures:
        """The whole span (the shift) as one row."""
        sums = [sum(row) for row in self.rows[:STAFF]] + [sum(self._staffed(now))]
        return self._figures(0, self.count, sums)

    def _figures(self, first: int, last: int, v: list[int]) -> Figures:
        offered = v[ANS] + v[ABD] + v[EXIT]
        denominator = {
            "offered": offered,
            "all_offered": offered + v[SHORT],
            "answered": v[ANS],
        }[self.rules.service_level_definition]
        return Figures(
            start=_utc(self.t0 + first * self.width),
            end=_utc(self.t0 + last * self.width),
            offered=offered,
            answered=v[ANS],
            answered_in_target=v[IN_SL],
            abandoned=v[ABD],
            short_abandons=v[SHORT],
            exited=v[EXIT],
            service_level=v[IN_SL] / denominator if denominator else None,
            asa_seconds=v[WAIT] / v[ANS] if v[ANS] else None,
            aht_seconds=v[TALK] / v[DONE] + self.rules.acw_seconds if v[DONE] else None,
            occupancy=min(1.0, v[BUSY] / v[STAFF]) if v[STAFF] else None,
        )


def _exit_wait(ev: QueueEvent) -> int | None:
    """The wait an exit reports (EXITWITHKEY carries it fourth, and only in later versions)."""
    if ev.event == "EXITWITHKEY":
        return int(ev.data[3]) if len(ev.data) > 3 else None
    return int(ev.data[2])


def _utc(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


@dataclass(frozen=True)
class QueueReport:
    intervals: tuple[Figures, ...]
    shift: Figures
    waiting: Waiting
    definition: str


def queue_report(
    events: Iterable[QueueEvent],
    start: datetime,
    end: datetime,
    rules: QueueRules,
    now: datetime,
) -> QueueReport:
    """The intervals, the shift total and the calls waiting at ``now``, from events up to now
    (events before ``start`` set the agents' states and the calls already waiting)."""
    tally = QueueTally(start, end, rules)
    tally.add(events)
    return QueueReport(
        tally.figures(now), tally.total(now), tally.waiting_now(now), rules.definition_text()
    )
