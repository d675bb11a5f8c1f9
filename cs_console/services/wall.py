"""The wallboard's figures: service level now and for the shift, calls waiting, the longest
wait, clocks in warning or overrun and the penalty forecast (D-07). A read, never a write."""

from __future__ import annotations

from dataclasses import dataclass

from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.queue_view import shift_queue
from cs_console.services.shift_view import running_clocks


@dataclass(frozen=True)
class WallFigures:
    shift: str
    level_now: float | None
    level_shift: float | None
    target: float
    definition: str
    waiting: int
    longest_seconds: int
    clocks_warning: int
    clocks_overrun: int
    penalty_forecast: int


def wall_figures(ctx: Context) -> WallFigures:
    now, rules = ctx.now(), ctx.settings.rules.clocks
    bands = [rules.band(c, now) for c in running_clocks(ctx)]
    inst = ctx.current_shift()
    queue = shift_queue(ctx, inst) if inst else None
    reached = queue.reached() if queue else ()
    phone = ctx.settings.phone
    return WallFigures(
        shift=inst.key if inst else "no shift",
        level_now=reached[-1].service_level if reached else None,
        level_shift=queue.report.shift.service_level if queue else None,
        target=phone.service_level_target,
        definition=phone.queue_rules().definition_text(_),
        waiting=queue.report.waiting.calls if queue else 0,
        longest_seconds=queue.report.waiting.longest_seconds if queue else 0,
        clocks_warning=sum(b.warning for b in bands),
        clocks_overrun=sum(b.overrun for b in bands),
        penalty_forecast=rules.forecast(bands),
    )
