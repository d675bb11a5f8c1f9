"""A whole month of a ten-agent team played through one ``cs-console do -`` process, then
acknowledged by each person (QI-09), appealed, decided and closed by the supervisor; the closed
appraisal is checked row by row against values computed by hand (PF-10, PF-11, PF-16…PF-18,
TR-04…TR-06, MT-07, RP-04, QI-04, QI-09, C-13, C-14)."""

from __future__ import annotations

import csv
import json
import subprocess

import pytest

from tests.cli.conftest import ok

TEAM = "A"
LEADER, QI, SUPPORT, SUPERVISOR, TRAINER = "2001", "2201", "2301", "2401", "2501"
OTHER_LEADER = "2002"  # team B's: confirms the −10 on LEADER (D-11: never one's own)
AGENTS = [f"21{n:02d}" for n in range(1, 11)]
PIN = "4321"
PLAY_AT = "2026-11-28T09:00"  # a Saturday, the day shift (08:00–16:00) on
APPEAL_AT = "2026-11-30T12:00"
CLOSE_AT = "2026-12-01T10:00"

# QI-04: two inspections each (the target is 2 here); the block is the average × 20 %.
SCORES = {"2101": (90, 100), "2102": (80, 90), "2103": (70, 80)}
# TR-04…TR-06: knowledge, operation or an outcome.
EXAM = {
    "2101": "knowledge 100 operation 100",  # 200, rank 1: TR-04 +5, PF-11 +5
    "2102": "knowledge 95 operation 90",  # 185, rank 2: +5
    "2103": "knowledge 90 operation 95",  # 185, rank 2 (shared): +5
    "2104": "knowledge 90 operation 90",  # 180, rank 4: nothing
    "2105": "knowledge 75 operation 85",  # fail −5; knowledge 5 below 80: TR-06 −5
    "2106": "knowledge 85 operation 60",  # fail −5; operation 10 below 70 → 5 steps: −5
    "2107": "cheated",  # 0/0: fail −5; blocks 10 + 5: −15
    "2108": "no-show",  # TR-05 −10 and a verbal warning proposed
    "2109": "excused",  # scored 70/70: knowledge 10 below 80: TR-06 −10
    "2110": "knowledge 80 operation 80",  # 160: passed, nothing
}
# The proposals in the order the play makes them: (ref, staff, rule, delta).
PROPOSED = [
    ("P-1", "2101", "TR-04", 5), ("P-2", "2101", "PF-11", 5), ("P-3", "2102", "TR-04", 5),
    ("P-4", "2103", "TR-04", 5), ("P-5", "2105", "TR-04", -5), ("P-6", "2105", "TR-06", -5),
    ("P-7", "2106", "TR-04", -5), ("P-8", "2106", "TR-06", -5), ("P-9", "2107", "TR-04", -5),
    ("P-10", "2107", "TR-06", -15), ("P-11", "2108", "TR-05", -10),
    ("P-12", "2109", "TR-06", -10), ("P-13", "2106", "MT-07", -5),
    ("P-14", "2104", "SW-11", 5), ("P-15", "2101", "SW-11", 5), ("P-16", "2103", "RC-08", -5),
    ("P-17", LEADER, "PF-16", 3),
]  # fmt: skip
# P-17 is the training specialist's, given after the play (PF-16 is theirs alone).
# Then settlement proposes P-18, 2110 RP-04 −5 (the summary missing at the 28th 23:59), and the
# appeal upheld P-19, 2001 QI-09 −10 on the issuer of P-16, confirmed by team B's leader.
# The closed month by hand: final = min(110, 80 + bonuses − deductions + PF-16); grade C-13;
# stars C-14; float clamp((final − 80) × 10, ±300).
#            staff: (insp, SQ, bonuses, deductions, PF-16, final, grade, stars, float, rank)
EXPECTED = {
    LEADER: (0, None, 0, 10, 3, 73, "C", 0, -70, 11),  # QI-09 −10 as issuer of P-16
    OTHER_LEADER: (0, None, 0, 0, 0, 80, "B", 0, 0, 5),
    "2101": (2, 19.0, 15, 0, 0, 95, "A", 2, 150, 1),
    "2102": (2, 17.0, 5, 0, 0, 85, "B", 0, 50, 2),
    "2103": (2, 15.0, 5, 0, 0, 85, "B", 0, 50, 2),  # P-16 withdrawn on appeal
    "2104": (2, 18.0, 5, 0, 0, 85, "B", 0, 50, 2),
    "2105": (2, 18.0, 0, 10, 0, 70, "C", 0, -100, 12),
    "2106": (2, 18.0, 0, 15, 0, 65, "D", 0, -150, 15),
    "2107": (2, 18.0, 0, 20, 0, 60, "E", 0, -200, 16),
    "2108": (2, 18.0, 0, 10, 0, 70, "C", 0, -100, 12),
    "2109": (2, 18.0, 0, 10, 0, 70, "C", 0, -100, 12),
    "2110": (2, 18.0, 0, 5, 0, 75, "C", 0, -50, 10),
    QI: (0, None, 0, 0, 0, 80, "B", 0, 0, 5),
    SUPPORT: (0, None, 0, 0, 0, 80, "B", 0, 0, 5),
    SUPERVISOR: (0, None, 0, 0, 0, 80, "B", 0, 0, 5),
    TRAINER: (0, None, 0, 0, 0, 80, "B", 0, 0, 5),
}


@pytest.fixture
def team(cli, env, tmp_path, config_file):
    with config_file.open("a", encoding="utf-8") as out:
        out.write("\n[month]\nqc_target_per_agent_month = 2\n")
    staff = tmp_path / "staff.csv"
    rows = [f"{LEADER},Lea Leader,squad_leader,senior,{TEAM}"]
    rows += [f"{no},Agent {no},agent,intermediate,{TEAM}" for no in AGENTS]
    rows.append(f"{OTHER_LEADER},Ola Leader,squad_leader,senior,B")
    rows += [f"{QI},Quinn Inspector,quality_inspector,senior,",
             f"{SUPPORT},Sam Support,support_specialist,senior,",
             f"{SUPERVISOR},Sue Supervisor,supervisor,senior,",
             f"{TRAINER},Tina Trainer,training_specialist,senior,"]  # fmt: skip
    staff.write_text("staff_no,name,role,grade,team\n" + "\n".join(rows) + "\n", "utf-8")
    roster = tmp_path / "roster.csv"
    lines = [f"2026-11-28,D,{no}," for no in [LEADER, *AGENTS]]
    roster.write_text("date,shift,staff_no,seat\n" + "\n".join(lines) + "\n", "utf-8")
    assert cli("import", "staff", str(staff)).exit_code == 0
    assert cli("import", "roster", str(roster)).exit_code == 0
    ok(cli("staff", "set-pin", LEADER, input="1234\n1234\n"))
    env["CS_CONSOLE_PIN"] = "1234"
    for no in [*AGENTS, OTHER_LEADER, QI, SUPPORT, SUPERVISOR, TRAINER]:
        ok(cli("--as", LEADER, "staff", "set-pin", no, input=f"{PIN}\n{PIN}\n"))
    return cli


def _play() -> str:
    lines = [f"arrive {no} 07:50" for no in [LEADER, *AGENTS]]
    for no in AGENTS:
        first, second = SCORES.get(no, (90, 90))
        lines += [f"inspect {no} {first} call R-{no}-1", f"inspect {no} {second} call R-{no}-2"]
    lines.append("testcall 2101 85 number 13800000001 greeting checked")
    lines += [f"exam {no} {EXAM[no]}" for no in AGENTS]
    lines.append("training 2026-11-30 billing 2101 2102 2105")
    lines.append("meeting praised 2101 below 2105 conduct 2106:phone new tariff; quality")
    lines += [
        "points 2104 SW-11 +5 covered the night shift",
        "points 2101 SW-11 +5 covered the evening shift",
        "points 2103 RC-08 -5 away from the seat",
        f"submitted RP-01 {LEADER} at 2026-11-21T20:00",
        f"submitted RP-01 {OTHER_LEADER} at 2026-11-21T21:00",
        *[f"submitted RP-04 {no} at 2026-11-28T08:30" for no in AGENTS[:-1]],
        f"submitted RP-05 {QI} at 2026-11-28T08:00",
        f"submitted RP-06 {SUPPORT} at 2026-11-28T08:45",
    ]
    lines += [f"confirm {ref}" for ref, *_ in PROPOSED[:-1]]
    return "\n".join(lines) + "\n"


def _played(team, env, run) -> subprocess.CompletedProcess[str]:
    """The play by the squad leader, then the training specialist's PF-16 (P-17), which he
    alone confirms (PF-16)."""
    env["CS_CONSOLE_PIN"] = "1234"
    played = run("--now", PLAY_AT, "--as", LEADER, "do", "-", stdin=_play())
    assert played.returncode == 0, played.stderr
    env["CS_CONSOLE_PIN"] = PIN
    given = ok(team("--now", PLAY_AT, "--as", TRAINER, "do",
                    f"points {LEADER} PF-16 +3 team quality rose"))  # fmt: skip
    assert given == f"P-17 {LEADER} PF-16 +3 proposed"
    ok(team("--now", PLAY_AT, "--as", TRAINER, "do", "confirm P-17"))
    return played


def _row(line: str) -> tuple[object, ...]:
    cells = line.split()
    quality = None if cells[4] == "–" else float(cells[4])
    return (int(cells[3]), quality, int(cells[5]), int(cells[6]), int(cells[7]),
            int(cells[8]), cells[9], int(cells[10]), int(cells[11]), int(cells[12]))  # fmt: skip


def test_a_whole_month_of_a_ten_agent_team_closes_to_the_hand_computed_appraisal(team, env, run):
    out = _played(team, env, run).stdout.splitlines()
    assert "exam 2026-11 2101 sat recorded (TR-04 +5, PF-11 +5)" in out
    assert "exam 2026-11 2108 no_show recorded (TR-05 -10)" in out
    assert "test call 2101 85 from 138****0001 recorded (1 in 2026-11)" in out
    assert any(line.endswith("11 present, 1 MT-07 proposal") for line in out)
    listed = ok(team("--now", APPEAL_AT, "do", "points list 2026-11"))
    entries = {line.split()[0]: line.split()[3:7] for line in listed.splitlines()}
    for ref, staff_no, rule, delta in PROPOSED:
        assert entries[ref] == [staff_no, rule, f"{delta:+d}", "confirmed"]
    assert len(entries) == len(PROPOSED) + 1
    assert "S-1 11-28 09:00 2108 TR-05 sanction proposed verbal warning" in listed

    env["CS_CONSOLE_PIN"] = PIN
    refused = team("--now", CLOSE_AT, "--as", SUPERVISOR, "do", "close month 2026-11")
    assert refused.exit_code == 2
    assert refused.stderr.strip().startswith("2026-11 cannot close: 12 thing(s) missing (P-5 2105")
    for ref, staff_no, _, delta in PROPOSED:
        if delta < 0 and ref != "P-16":
            ok(team("--now", APPEAL_AT, "--as", staff_no, "do", f"acknowledge {ref}"))
    assert ok(team("--now", APPEAL_AT, "--as", "2103", "do", "appeal P-16 at the supervisor desk"))
    decided = ok(team("--now", APPEAL_AT, "--as", SUPERVISOR, "do",
                      "decide P-16 upheld sent there by the supervisor"))  # fmt: skip
    assert decided == "P-16 appeal upheld: withdrawn · QI-09: 2001 -10 proposed"
    env["CS_CONSOLE_PIN"] = "1234"
    ok(team("--now", APPEAL_AT, "--as", LEADER, "do", "confirm P-18"))
    own = team("--now", APPEAL_AT, "--as", LEADER, "do", "confirm P-19")
    assert own.stderr.strip().startswith("refused [D-11]: P-19 is about 2001: ")
    env["CS_CONSOLE_PIN"] = PIN
    ok(team("--now", APPEAL_AT, "--as", OTHER_LEADER, "do", "confirm P-19"))
    env["CS_CONSOLE_PIN"] = "1234"
    ok(team("--now", APPEAL_AT, "--as", LEADER, "do", "acknowledge P-19"))
    env["CS_CONSOLE_PIN"] = PIN
    late = ok(team("--now", APPEAL_AT, "--as", "2110", "do", "submitted RP-04"))
    assert late == "RP-04 2110 2026-11 submitted (late, -5 proposed)"  # the one of P-18
    ok(team("--now", APPEAL_AT, "--as", "2110", "do", "acknowledge P-18"))
    listed = ok(team("--now", APPEAL_AT, "do", "points list 2110"))
    assert (
        "P-18 11-28 23:59 2110 RP-04 -5 acknowledged · acknowledged 11-30 12:00 by 2110" in listed
    )

    env["CS_CONSOLE_PIN"] = PIN
    closed = ok(team("--now", CLOSE_AT, "--as", SUPERVISOR, "do", "close month 2026-11"))
    assert closed == "2026-11 closed: 16 appraisal rows"
    table = ok(team("--now", CLOSE_AT, "do", "month 2026-11")).splitlines()
    assert table[0] == "2026-11 closed by 2401"
    rows = {line.split()[0]: _row(line) for line in table[2:]}
    assert rows == EXPECTED
    again = team("--now", CLOSE_AT, "--as", SUPERVISOR, "do", "close month 2026-11")
    assert again.stderr.strip() == "2026-11 is closed; its records are frozen."


def test_the_closed_month_exports_csv_json_and_a_pdf_table_per_team(team, env, run, tmp_path):
    """The figures of the month as files: English keys, a schema version, one PDF page per
    team read back with pdftotext."""
    _played(team, env, run)
    env["CS_CONSOLE_PIN"] = PIN
    ok(team("--now", CLOSE_AT, "--as", SUPERVISOR, "do", "close month 2026-11 anyway test run"))
    out = {kind: tmp_path / f"month.{kind}" for kind in ("csv", "json", "pdf")}
    for kind, path in out.items():
        ok(team("--now", CLOSE_AT, "report", "appraisal", "2026-11", f"--{kind}", str(path)))
    data = json.loads(out["json"].read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["closed"] and data["closed_by"] == SUPERVISOR
    assert data["closed_anyway"] == "test run"
    rows = {r["staff_no"]: r for r in data["rows"]}
    assert len(rows) == 16
    assert rows["2101"]["final"] == 95 and rows["2101"]["stars"] == 2
    assert rows["2107"] | {"name": ""} == {
        "staff_no": "2107", "name": "", "team": TEAM, "role": "agent", "inspections": 2,
        "service_quality": 18.0, "bonuses": 0, "deductions": 20, "leader_adjust": 0,
        "final": 60, "grade": "E", "stars": 0, "star_yuan": 0, "salary_float": -200,
        "rank": rows["2107"]["rank"], "flags": "",
    }  # fmt: skip
    with out["csv"].open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert list(table[0]) == list(data["rows"][0])
    assert {r["staff_no"]: r["final"] for r in table} == {
        no: str(r["final"]) for no, r in rows.items()
    }
    text = subprocess.run(["pdftotext", "-layout", str(out["pdf"]), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    pages = text.split("\f")
    assert "monthly appraisal 2026-11" in pages[0] and "Team (none)" in pages[0]
    assert "Team A · closed by 2401, anyway: test run" in pages[1]
    line = next(line for line in pages[1].splitlines() if line.split()[:1] == ["2107"])
    # staff, name, role, insp, SQ, +, −, PF-16, final, grade, stars, star ¥, float, rank
    assert line.split() == ["2107", "Agent", "2107", "agent", "2", "18.00", "0", "20", "0",
                            "60", "E", "0", "0", "-200", "16"]  # fmt: skip
