"""Whoever signs in at the console acts as themself, within the permission table (convention
17): an agent acknowledges and appeals their own points entries (QI-09), and nothing else."""

from sqlmodel import Session, select

from cs_console.commands.registry import execute
from cs_console.domain.pin import hash_pin
from cs_console.store.models import Staff
from cs_console.ui.app import ConsoleApp
from cs_console.ui.widgets.header_line import HeaderLine
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle, sign_in


def status_text(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def command(pilot, line: str) -> str:  # noqa: ANN001
    await pilot.press("colon", *line, "enter")
    await settle(pilot)
    return status_text(pilot.app)


async def test_auth_a_signed_in_agent_answers_for_their_own_points_and_nothing_else_qi09(
    demo_ctx,
):
    leader = demo_ctx.acting_as("1001", "1234")
    own = execute(leader, "points 1005 RC-01 -5 late").split()[0]
    other = execute(leader, "points 1006 RC-01 -5 late").split()[0]
    for entry in (own, other):
        execute(leader, f"confirm {entry}")
    with Session(demo_ctx.engine) as session, session.begin():
        session.exec(select(Staff).where(Staff.staff_no == "1005")).one().pin_hash = hash_pin(
            "5678"
        )
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1005", "5678")
        assert app.cs.actor == "1005" and not app.cs.read_only
        assert "signed in 1005" in str(app.screen.query_one(HeaderLine).content)
        assert await command(pilot, f"acknowledge {own}") == f"{own} acknowledged"
        assert await command(pilot, f"appeal {own} I was on time") == f"{own} appealed"
        assert await command(pilot, f"acknowledge {other}") == (
            "refused [AUTH]: acknowledging a points entry (QI-09) needs the person it concerns "
            "(signed in)"
        )
        assert await command(pilot, "note problems forged") == (
            "refused [AUTH]: writing a handover note needs a squad leader or deputy (signed in)"
        )
        assert await command(pilot, "arrive 1003") == (
            "refused [AUTH]: marking an arrival needs a squad leader or deputy signed in, "
            "or no --as"
        )
