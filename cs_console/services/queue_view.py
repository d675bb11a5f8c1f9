"""The queue figures of a shift, per interval and for the shift (industry definitions, named on
screen): read from the stored call events, never written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from cs_console.domain.cells import columns
from cs_console.domain.queue_figures import Figures, QueueReport, QueueRules, QueueTally
from cs_console.domain.shifts import ShiftInstance
from cs_console.domain.staffing import format_what_if, truncated, what_if
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.store import call_event_repo

# Events before the shift that still matter: who was signed in or paused, calls still waiting.
LOOKBACK = timedelta(hours=12)


@dataclass(frozen=True)
class ShiftQueue:
    report: QueueReport
    rules: QueueRules
    now: datetime
    events: int  # events in the shift so far: none, and the panel stays hidden
    present: int = 0  # agents signed in to the phone system and not paused
    forecast: tuple[datetime, int, float] | None = None  # the current interval's, if loaded

    def reached(self) -> tuple[Figures, ...]:
        """The intervals begun by now."""
        return tuple(f for f in self.report.intervals if f.start <= self.now)


def shift_queue(ctx: Context, inst: ShiftInstance) -> ShiftQueue:
    now = min(ctx.now(), inst.end)
    rules = ctx.settings.phone.queue_rules()
    width = timedelta(seconds=rules.interval_seconds)
    current = inst.start + width * ((now - inst.start) // width)
    with ctx.reading() as session:
        events = call_event_repo.events_between(session, inst.start - LOOKBACK, now)
        forecast = call_event_repo.forecast_between(session, current, current + width)
    tally = QueueTally(inst.start, inst.end, rules)
    tally.add(events)
    report = QueueReport(
        tally.figures(now), tally.total(now), tally.waiting_now(now), rules.definition_text()
    )
    start = int(inst.start.timestamp())
    count = sum(1 for ev in events if ev.epoch >= start)
    return ShiftQueue(report, rules, now, count, len(tally.present()),
                      forecast[0] if forecast else None)  # fmt: skip


def what_if_line(queue: ShiftQueue, tz: tzinfo, leaving: int = 1) -> str | None:
    """The current interval's need and its service level with ``leaving`` fewer agents present
    (Erlang C): the forecast's calls and handle time where loaded, else the shift's so far.
    None before any call was handled."""
    rules, shift = queue.rules, queue.report.shift
    width = timedelta(seconds=rules.interval_seconds)
    start = shift.start + width * ((queue.now - shift.start) // width)
    if queue.forecast is not None:
        _start, offered, aht = queue.forecast
    else:
        if not shift.aht_seconds or not shift.offered:
            return None
        elapsed = max((queue.now - shift.start).total_seconds(), rules.interval_seconds)
        offered, aht = shift.offered * rules.interval_seconds / elapsed, shift.aht_seconds
    line = what_if(start, start + width, offered, aht, queue.present, leaving,
                   rules.sl_target_seconds, rules.service_level_target)  # fmt: skip
    return format_what_if(line, tz, _)


def _level(value: float | None) -> str:
    return "—" if value is None else f"{truncated(value):.2f}"


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{round(value)} s"


def figures_dict(f: Figures) -> dict[str, object]:
    """One row of figures with English keys (``report shift --json``)."""
    return {
        "start": f.start.isoformat(),
        "end": f.end.isoformat(),
        "offered": f.offered,
        "answered": f.answered,
        "answered_in_target": f.answered_in_target,
        "abandoned": f.abandoned,
        "short_abandons": f.short_abandons,
        "exited": f.exited,
        "service_level": f.service_level,
        "asa_seconds": f.asa_seconds,
        "aht_seconds": f.aht_seconds,
        "occupancy": f.occupancy,
    }


def queue_dict(queue: ShiftQueue) -> dict[str, object]:
    rules, report = queue.rules, queue.report
    return {
        "service_level_definition": rules.service_level_definition,
        "definition": report.definition,
        "sl_target_seconds": rules.sl_target_seconds,
        "service_level_target": rules.service_level_target,
        "short_abandon_seconds": rules.short_abandon_seconds,
        "interval_minutes": rules.interval_seconds // 60,
        "waiting_now": report.waiting.calls,
        "longest_wait_seconds": report.waiting.longest_seconds,
        "shift": figures_dict(report.shift),
        "intervals": [figures_dict(f) for f in queue.reached()],
    }


# The figures' columns: alignment and least width in terminal cells (a translated header or a
# figure wider than that widens its column; CJK characters take two cells).
ALIGN = "<>>>>>>>>"
LEAST = (13, 7, 8, 9, 5, 5, 6, 6, 9)


def _row(label: str, f: Figures) -> tuple[str, ...]:
    occupancy = "—" if f.occupancy is None else f"{f.occupancy:.2f}"
    return (label, str(f.offered), str(f.answered), str(f.abandoned), str(f.short_abandons),
            _level(f.service_level), _seconds(f.asa_seconds), _seconds(f.aht_seconds),
            occupancy)  # fmt: skip


def headline(queue: ShiftQueue) -> str:
    report, rules = queue.report, queue.rules
    return _("Service level {now} this interval, {shift} this shift (target {target:.2f}) · "
             "{calls} waiting, longest {longest} s").format(
        now=_level(queue.reached()[-1].service_level if queue.reached() else None),
        shift=_level(report.shift.service_level), target=rules.service_level_target,
        calls=report.waiting.calls, longest=report.waiting.longest_seconds)  # fmt: skip


def queue_lines(queue: ShiftQueue, tz: tzinfo, last: int | None = None) -> list[str]:
    """The panel, the statistics and the handover: the definition used, the calls waiting now,
    a row per interval begun (the ``last`` few) and the shift."""
    intervals = queue.reached()
    shown = intervals[-last:] if last else intervals
    header = (_("interval"), _("offered"), _("answered"), _("abandoned"), _("short"), "SL",
              "ASA", "AHT", _("occupancy"))  # fmt: skip
    rows = [_row(f"{f.start.astimezone(tz):%H:%M}–{f.end.astimezone(tz):%H:%M}", f) for f in shown]
    return [
        headline(queue),
        _("Service level = {definition}").format(definition=queue.rules.definition_text(_)),
        *columns([header, *rows, _row(_("shift"), queue.report.shift)], ALIGN, LEAST),
    ]


def staffing_clause(ctx: Context) -> str | None:
    """The what-if of one agent fewer in the current interval, for a prompt or an answer."""
    inst = ctx.current_shift()
    if inst is None:
        return None
    return what_if_line(shift_queue(ctx, inst), ctx.settings.tz)
