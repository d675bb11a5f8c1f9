"""Every audit row carries the real time, and the training time beside it when --now moved the
clock (convention 17); `cs-console audit` shows both."""

import re
from datetime import UTC, datetime

from cs_console.clock import OffsetClock
from cs_console.commands.registry import execute
from cs_console.services.audit import list_entries
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from tests.cli.conftest import ok
from tests.conftest import NOW


def test_audit_rows_carry_the_real_time_and_the_training_time_beside_it(sqlite_target, settings):
    ctx = open_context(sqlite_target, settings, OffsetClock(NOW))
    create_demo(ctx)
    before = datetime.now(UTC)
    execute(ctx.acting_as("1001"), "note problems none")
    line = list_entries(ctx)[-1]
    ctx.engine.dispose()
    assert line.action == "handover.note"
    assert before <= line.at <= datetime.now(UTC)  # the real time, not the --now clock's
    assert line.training_at is not None and abs((line.training_at - NOW).total_seconds()) < 60


def test_audit_shows_both_times_and_a_plain_run_only_the_real_one(desk):
    ok(desk("--as", "1001", "do", "remark 1003 bus late"))
    trained = desk("audit").stdout.splitlines()[-1]
    assert re.match(
        r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(training 2026-11-22 10:30:\d\d\)  1001 +roll\.remark",
        trained,
    ), trained
    ok(desk("--as", "1001", "do", "note problems none", now=None))
    real = desk("audit").stdout.splitlines()[-1]
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  1001 +handover\.note", real), real
