"""Closing a month: what is missing (QI-09 acknowledgement, open appeals, RP-04…RP-06 reports,
QI-02 inspection target, D-11 proposals), and the refusal unless closed anyway with a reason."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cs_console.config import Settings
from cs_console.domain.errors import UserError
from cs_console.domain.month_close import LedgerLine, check_close, missing_for_close
from cs_console.domain.quality import Inspection, coverage
from cs_console.domain.reports import month_reports, report_outcome

TZ = ZoneInfo("Asia/Shanghai")
RULES = Settings().month.to_domain()
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=TZ)


def test_everything_that_keeps_the_month_open_is_listed():
    ledger = [
        LedgerLine("P-1", "1021", "RC-01", -5, "proposed"),
        LedgerLine("P-2", "1021", "RC-08", -5, "confirmed"),
        LedgerLine("P-3", "1022", "MT-07", -5, "appealed"),
        LedgerLine("P-4", "1022", "TR-04", 5, "confirmed"),  # a bonus needs no acknowledgement
        LedgerLine("P-5", "1023", "RC-11", -20, "acknowledged"),
        LedgerLine("P-6", "1023", "RC-10", -5, "voided"),
    ]
    summary = {r.rule: r for r in month_reports(2026, 11, TZ, (), RULES)}["RP-04"]
    reports = [
        report_outcome(summary, "1021", summary.due - timedelta(hours=1), NOW),
        report_outcome(summary, "1022", summary.due + timedelta(hours=1), NOW),  # late, but in
        report_outcome(summary, "1023", None, NOW),
    ]
    inspected = [Inspection("1021", 90, "3001")] * 40 + [Inspection("1022", 90, "3001")] * 39
    covered = coverage(inspected, ["1021", "1022"], RULES)
    missing = missing_for_close(ledger, reports, covered)
    assert [(m.kind, m.staff_no, m.ref or m.rule) for m in missing] == [
        ("unconfirmed", "1021", "P-1"),
        ("unacknowledged", "1021", "P-2"),
        ("open_appeal", "1022", "P-3"),
        ("report", "1023", "RP-04"),
        ("inspections", "1022", "QI-02"),
    ]
    assert missing[1].text == "P-2 1021 RC-08 -5 is not acknowledged by 1021"
    assert missing[3].text == "1023 RP-04 monthly work summary not submitted"
    assert missing[4].text == "1022 has 39 of 40 inspections"


def test_closing_is_refused_while_anything_is_missing_unless_anyway_with_a_reason():
    ledger = [LedgerLine("P-2", "1021", "RC-08", -5, "confirmed")]
    missing = missing_for_close(ledger, [], [])
    with pytest.raises(UserError, match=r"2026-11 cannot close: 1 thing\(s\) missing \(P-2 "):
        check_close("2026-11", missing, "")
    with pytest.raises(UserError):
        check_close("2026-11", missing, "   ")
    check_close("2026-11", missing, "the agent is on sick leave until the 10th")
    check_close("2026-11", missing_for_close([], [], []), "")
