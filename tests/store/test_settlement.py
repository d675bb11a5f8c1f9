"""Looking writes nothing; what falls due with time is settled once, by the system, with its
rule id and the instant it fell due (convention 14: D-03, RC-11, RC-08, RC-07, SW-06, CP-02)."""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func
from sqlmodel import col, select

from cs_console.commands.registry import execute
from cs_console.domain.shifts import shift_instance
from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.handover_view import view
from cs_console.services.period_report import period_report
from cs_console.services.roll_view import roll_call
from cs_console.services.seat_board import board
from cs_console.services.settlement import settle
from cs_console.services.shift_view import escalation_board, overview
from cs_console.services.stats import shift_stats
from cs_console.store.models import AuditEntry, PointsEntry, Settlement, Staff


def local(ctx: Context, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ctx.settings.tz).astimezone(UTC)


def counts(ctx: Context) -> tuple[int, int, int]:
    with ctx.reading() as session:
        return tuple(
            session.exec(select(func.count()).select_from(model)).one()
            for model in (AuditEntry, PointsEntry, Settlement)
        )


def proposals(ctx: Context) -> list[tuple[str, str, datetime]]:
    with ctx.reading() as session:
        rows = session.exec(
            select(Staff.staff_no, PointsEntry.rule, PointsEntry.created_at)
            .join(Staff, col(Staff.id) == PointsEntry.staff_id)
            .order_by(PointsEntry.id)
        ).all()
    return [tuple(r) for r in rows]


def day_shift(ctx: Context):  # noqa: ANN201
    return shift_instance(ctx.settings.shift("D"), date(2026, 11, 22), ctx.settings.tz)


def test_convention14_looking_at_an_ended_shift_and_an_away_clock_writes_nothing(ctx, clock):
    create_demo(ctx)  # 10:30: 1008 away since 10:23 (RC-08 due at 10:28)
    clock.set(local(ctx, "2026-11-22T16:05"))  # the day shift ended with no-shows
    viewer = ctx.acting_as("1001")
    before = counts(ctx)
    inst = day_shift(ctx)
    roll_call(viewer, inst)
    board(viewer)
    view(viewer, inst)
    overview(viewer, inst)
    escalation_board(viewer)
    shift_stats(viewer, inst)
    period_report(viewer, "month")
    for line in ("roll 2026-11-22 D", "status", "show 1008", "show T-1", "clocks", "stats"):
        execute(viewer, line)
    assert counts(ctx) == before


def test_rc11_rc08_rc07_settled_once_as_system_at_the_instant_they_fell_due(ctx, clock):
    create_demo(ctx)
    clock.set(local(ctx, "2026-11-22T16:05"))
    audited, demo = counts(ctx)[0], len(proposals(ctx))
    lines = settle(ctx.acting_as("1001"))  # a signed-in console's tick
    day = day_shift(ctx)
    got = proposals(ctx)[demo:]
    absent = [(no, at) for no, rule, at in got if rule == "RC-11"]
    assert absent and all(at == day.end for _no, at in absent)  # D-03: due at shift end
    assert ("1008", "RC-08", local(ctx, "2026-11-22T10:28")) in got  # > 5 min after 10:23
    assert any(line.startswith("1008 away since 10:23 · disciplinary flag") for line in lines)
    with ctx.reading() as session:
        actors = session.exec(
            select(AuditEntry.actor, AuditEntry.action, AuditEntry.after).where(
                AuditEntry.id > audited
            )
        ).all()
        rc07 = (Settlement.rule == "RC-07") & (Settlement.staff_no == "1008")
        flag = session.exec(select(Settlement.due_at).where(rc07)).one()
    assert {actor for actor, _action, _after in actors} == {"system"}  # never the viewer's
    assert flag == local(ctx, "2026-11-22T10:43")
    settled = [after for _a, action, after in actors if action != "alert.raise"]  # D-07 alerts
    assert all('"rule"' in after and '"due"' in after for after in settled)
    made = [a for _x, a, _y in actors if a != "settle.shift_end"]
    assert len(lines) == len(made) and "settle.shift_end" in [a for _x, a, _y in actors]
    before = counts(ctx)
    assert settle(ctx) == []  # idempotent
    assert counts(ctx) == before


def test_a_training_clock_ahead_never_settles_ahead_of_reality(ctx, clock):
    create_demo(ctx)
    clock.set(local(ctx, "2026-11-22T16:05"))
    clock.set_real(local(ctx, "2026-11-22T10:25"))  # --now runs 5 h 40 ahead of the real time
    settle(ctx)
    assert not [p for p in proposals(ctx) if p[1] in ("RC-11", "RC-08")]
    clock.set_real(local(ctx, "2026-11-22T10:29"))
    settle(ctx)
    assert [p[1] for p in proposals(ctx) if p[1] in ("RC-11", "RC-08")] == ["RC-08"]
    clock.set_real(local(ctx, "2026-11-22T16:00"))
    settle(ctx)
    assert "RC-11" in [p[1] for p in proposals(ctx)]


def test_every_write_settles_first_and_no_read_does(ctx, clock):
    create_demo(ctx)
    clock.set(local(ctx, "2026-11-22T16:05"))
    leader = ctx.acting_as("1015")
    execute(leader, "status")
    assert proposals(ctx) == [p for p in proposals(ctx) if p[1] not in ("RC-11", "RC-08")]
    execute(leader, "remark 1016 on the phone course")
    assert {"RC-11", "RC-08"} <= {p[1] for p in proposals(ctx)}


def test_sw06_an_uncovered_swap_is_absenteeism_for_both_once(ctx, clock):
    from cs_console.services.swaps import approve_swap, request_swap

    create_demo(ctx)
    clock.set(local(ctx, "2026-11-22T17:00"))
    request_swap(ctx, "1006", (date(2026, 11, 23), "D"), "1020", None)
    approve_swap(ctx.acting_as("1001"), 1)
    approve_swap(ctx.acting_as("1015"), 1)
    clock.set(local(ctx, "2026-11-23T16:00"))
    settle(ctx)
    settle(ctx)
    sw06 = sorted(no for no, rule, _at in proposals(ctx) if rule == "SW-06")
    assert sw06 == ["1006", "1020"]


def test_a_proposal_made_by_hand_is_not_proposed_again(ctx, clock):
    create_demo(ctx)
    clock.set(local(ctx, "2026-11-22T15:00"))
    inst = day_shift(ctx)
    no_show = next(
        ln.staff_no
        for ln, state in zip(
            roll_call(ctx, inst).lines, roll_call(ctx, inst).states(ctx.now()), strict=True
        )
        if state.key == "missing"
    )
    execute(ctx.acting_as("1001"), f"points {no_show} RC-11 -20 not here, not called")
    clock.set(local(ctx, "2026-11-22T16:05"))
    settle(ctx)
    assert [p[:2] for p in proposals(ctx)].count((no_show, "RC-11")) == 1


def test_an_overdue_report_clock_is_recorded_against_the_leader_on_duty(ctx, clock):
    create_demo(ctx)
    execute(ctx.acting_as("1001"), "event lift broken in zone B")
    clock.advance(minutes=61)
    lines = settle(ctx)
    assert any(
        line.startswith("E-3 report clock overdue since 11:30 (CP-02, 1001 on duty)")
        for line in lines
    ), lines
    with ctx.reading() as session:
        key = session.exec(select(Settlement).where(Settlement.subject.startswith("clock:"))).all()
    assert any(k.rule == "CP-02" and k.staff_no == "1001" for k in key)
    clock.advance(seconds=timedelta(minutes=5).total_seconds())
    assert not [line for line in settle(ctx) if line.startswith("E-3")]
