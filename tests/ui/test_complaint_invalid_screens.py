"""A complaint ruled invalid on the screens: screen 3 marks it, screen 6 no longer counts it
against the person's stars (CP-07, C-16)."""

from cs_console.commands.registry import execute
from cs_console.ui.app import ConsoleApp
from tests.ui.conftest import SIZE, rows, settle


async def test_cp07_screen_3_marks_an_invalid_complaint_and_screen_6_gives_the_stars(demo_ctx):
    leader = demo_ctx.acting_as("1001")
    refs = [execute(leader, f"complaint rude answer {n} agent 1003").split()[0] for n in range(3)]
    entry = execute(leader, "points 1003 PF-11 +15 extra tasks").split()[0]
    execute(leader, f"confirm {entry}")
    execute(demo_ctx.acting_as("1046"), f"invalid {refs[0]} the customer called the wrong company")
    app = ConsoleApp(demo_ctx, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("6")
        await settle(pilot)
        assert rows(app)["1003"][9:12] == ("95", "A", "★★")  # two valid complaints: ★★
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("slash", *"rude answer")
        await settle(pilot)
        shown = rows(app)
        assert shown[refs[0]][2] == "complaint (invalid)"
        assert shown[refs[1]][2] == "complaint"
