"""`demo --no-tui` and the command language through `do`."""

import json


def test_demo_creates_a_realistic_centre_once(demo, env):
    again = demo("demo", "--no-tui")
    assert again.exit_code == 0
    assert "Using the demo database" in again.stderr
    data = json.loads(demo("export", "json").stdout)
    tables = data["tables"]
    assert len(tables["staff"]) >= 40
    names = [s["name"] for s in tables["staff"]]
    assert any("\u4e00" <= ch <= "\u9fff" for n in names for ch in n)  # Chinese names
    assert any(n.isascii() for n in names)  # and Latin ones
    assert len(tables["seat"]) >= 30
    assert {r["shift_code"] for r in tables["roster_entry"]} == {"D", "E", "N"}
    complaints = [t for t in tables["ticket"] if t["category"] == "complaint"]
    assert len(complaints) >= 8


def test_demo_without_db_uses_the_user_data_directory(cli, env, tmp_path):
    env.pop("CS_CONSOLE_DB")
    result = cli("demo", "--no-tui")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "xdg" / "cs-console" / "demo.db").exists()


def test_do_help_lists_every_verb_with_syntax(demo):
    result = demo("do", "help")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any(line.startswith("show STAFF_NO|SEAT|ID") for line in lines)
    assert any(line.startswith("status") for line in lines)
    assert any(line.startswith("help") for line in lines)


def test_do_status_is_one_line_about_the_current_shift(demo):
    result = demo("do", "status")
    assert result.exit_code == 0
    line = result.stdout.strip()
    assert "\n" not in line
    assert line.startswith("2026-11-22 D Day 08:00–16:00 · leader 1001 王芳 · rostered 14")
    assert "clocks 9 running, 3 overrun" in line


def test_do_status_follows_the_clock_across_midnight(demo):
    result = demo("do", "status", now="2026-11-23T00:30")
    assert result.stdout.startswith("2026-11-23 N Night 00:00–08:00")


def test_do_show_person_seat_and_ticket(demo):
    assert demo("do", "show 1001").stdout.startswith("1001 王芳 · squad_leader senior · team D")
    assert "2026-11-22/D: 1003" in demo("do", "show a01").stdout
    ticket = demo("do", "show T-61").stdout
    assert ticket.startswith("T-61 complaint")
    assert "****" in ticket  # D-12: the phone number is masked


def test_do_refusals_exit_2_with_one_line(demo):
    for command, message in [
        ("fly", "Unknown command 'fly'; type help for the list of commands."),
        ("show 9999", "No staff number, seat or ticket is called '9999'."),
        ("show T-99999", "No ticket T-99999."),
        ("show", "Usage: show STAFF_NO|SEAT|ID"),
        ("status now", "Usage: status"),
    ]:
        result = demo("do", command)
        assert result.exit_code == 2, command
        assert result.stderr.strip() == message
        assert result.stdout == ""


def test_do_reads_commands_from_stdin(demo):
    result = demo("do", "-", input="status\n\nshow 1001\nbogus\n")
    assert result.exit_code == 2
    assert result.stdout.count("\n") == 2
    assert "line 4: Unknown command 'bogus'" in result.stderr


def test_do_as_needs_the_right_pin(demo, env):
    env["CS_CONSOLE_PIN"] = "1234"
    assert demo("--as", "1001", "do", "status").exit_code == 0
    env["CS_CONSOLE_PIN"] = "9999"
    wrong = demo("--as", "1001", "do", "status")
    assert wrong.exit_code == 2
    assert wrong.stderr.strip() == "Wrong PIN for 1001."
    audit = demo("audit").stdout
    assert "staff.sign_in_failed" in audit


def test_real_process_from_another_directory(run):
    made = run("demo", "--no-tui")
    assert made.returncode == 0, made.stderr
    done = run("do", "status")
    assert done.returncode == 0
    assert "leader" in done.stdout
    refused = run("do", "show nobody")
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr


def test_demo_in_a_language_from_a_real_process(run):
    made = run("demo", "--no-tui", "--lang", "es")
    assert made.returncode == 0, made.stderr
    assert "Base de datos de demostración" in made.stderr


def test_demo_read_only_makes_the_centre_then_only_looks(run):
    made = run("demo", "--no-tui", "--read-only", "--lang", "es")
    assert made.returncode == 0, made.stderr
    assert "Base de datos de demostración creada" in made.stderr
