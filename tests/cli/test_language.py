"""Convention 18: the language is chosen before anything is said, the help included."""

from __future__ import annotations


def test_lang_option_speaks_chinese_in_the_help(run):
    result = run("--lang", "zh_CN", "--help")
    assert result.returncode == 0
    assert "当班班长控制台" in result.stdout


def test_locale_speaks_spanish_when_nothing_else_chooses(run, env):
    del env["CS_CONSOLE_LANG"]
    env.update(LC_ALL="", LC_MESSAGES="", LANG="es_ES.UTF-8")
    result = run("--help")
    assert "Ruta del archivo SQLite" in result.stdout


def test_unknown_language_is_one_sentence_and_exit_2(run):
    result = run("--lang", "fr", "do", "status")
    assert result.returncode == 2
    assert result.stderr.strip() == "Language 'fr' is not one of en, zh_CN, es."


def test_status_speaks_chinese_with_lang_and_spanish_with_the_locale(run, env):
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    chinese = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "status")
    assert chinese.returncode == 0, chinese.stderr
    assert chinese.stdout.startswith("2026年11月22日 D ")
    assert "当班班长 1001 王芳 · 排班 14 人 · 未结工单" in chinese.stdout
    del env["CS_CONSOLE_LANG"]
    env.update(LC_ALL="", LC_MESSAGES="", LANG="es_ES.UTF-8")
    spanish = run("--now", NOW_LOCAL, "do", "status")
    assert spanish.returncode == 0, spanish.stderr
    assert spanish.stdout.startswith("22/11/2026 D ")
    assert "jefe de grupo 1001 王芳 · en turno 14 · tickets abiertos" in spanish.stdout


def test_machines_read_the_same_in_every_language(run, tmp_path):
    import json

    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    outputs = {}
    for lang in ("en", "zh_CN", "es"):
        out = tmp_path / f"week-{lang}.json"
        done = run("--now", NOW_LOCAL, "--lang", lang, "report", "week", "--json", str(out))
        assert done.returncode == 0, done.stderr
        outputs[lang] = json.loads(out.read_text(encoding="utf-8"))
    assert outputs["zh_CN"] == outputs["en"] == outputs["es"]
    refused = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "dispatch T-999999 tsc")
    assert refused.returncode == 2


def test_command_line_help_in_chinese_and_spanish(run):
    assert "导入 CSV 文件" in run("--lang", "zh_CN", "import", "--help").stdout
    assert (
        "Informes: estadísticas del turno (RP-02)" in run("--lang", "es", "report", "--help").stdout
    )


def test_do_help_speaks_the_language_and_keeps_the_verbs(run):
    assert run("demo", "--no-tui").returncode == 0
    chinese = run("--lang", "zh_CN", "do", "help")
    assert chinese.returncode == 0, chinese.stderr
    lines = chinese.stdout.splitlines()
    absent = next(line for line in lines if line.startswith("absent|旷工 STAFF"))
    assert absent.endswith("在当前班次标记旷工（D-03）")
    assert "a complaint T-n with its 60-minute" not in chinese.stdout
    assert "投诉 T-n，带 60 分钟派发计时（CP-01）" in chinese.stdout  # the configured length
    spanish = run("--lang", "es", "do", "help")
    english = run("do", "help")
    verbs = [line.split()[0] for line in english.stdout.splitlines()]
    assert [line.split()[0] for line in spanish.stdout.splitlines()] == verbs
    assert "marcar ausencia injustificada en el turno actual (D-03)" in spanish.stdout


def test_refusals_speak_the_language_with_the_rule_id_and_exit_2(run, env):
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    env["CS_CONSOLE_PIN"] = "1234"
    score = run("--now", NOW_LOCAL, "--lang", "es", "--as", "1001", "do", "inspect 1003 abc")
    assert score.returncode == 2
    assert score.stderr.strip() == "rechazado [QI-04]: 'abc' no es una puntuación (0–100)."
    slip = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "stauts")
    assert slip.returncode == 2
    assert slip.stderr.strip() == "未知命令“stauts”——是指“status”吗？"
    usage = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "roll 2026-11-22")
    assert usage.stderr.strip() == "用法：roll [DATE SHIFT]"
    english = run("--now", NOW_LOCAL, "--as", "1001", "do", "inspect 1003 abc")
    assert english.stderr.strip() == "refused [QI-04]: 'abc' is not a score (0–100)."


def test_results_speak_the_language(run, env):
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    env["CS_CONSOLE_PIN"] = "1234"
    done = run("--now", NOW_LOCAL, "--lang", "zh_CN", "--as", "1001", "do", "free A01")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "座席 A01 已空出"
    spanish = run("--now", NOW_LOCAL, "--lang", "es", "do", "status")
    assert "D Día 08:00–16:00" in spanish.stdout
    assert "próximo informe RV-04 antes de lun 23/11 18:00 (1d 7h) · 3 informes pendientes" in (
        spanish.stdout
    )


def test_permission_refusals_and_the_roll_speak_the_language(run):
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    chinese = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "ticket consultation hello")
    assert chinese.returncode == 2
    assert chinese.stderr.strip() == "已拒绝 [AUTH]：新建工单需要班长或副班长（已登录）"
    spanish = run("--now", NOW_LOCAL, "--lang", "es", "do", "ticket consultation hello")
    assert spanish.stderr.strip() == (
        "rechazado [AUTH]: abrir un ticket necesita un jefe de grupo o subjefe (con sesión)"
    )
    roll = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "roll")
    assert roll.returncode == 0, roll.stderr
    assert roll.stdout.startswith("2026-11-22/D（点名 07:50）：排班 14 · 到岗 ")


def test_text_summary_in_chinese_keeps_80_cells(run):
    from cs_console.domain.cells import cell_len
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    done = run("--now", NOW_LOCAL, "--lang", "zh_CN", "print", "handover", "--text")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[2].strip() == "交接班摘要 · 草稿，未签字"
    assert "交班：1001 王芳（排班）· 未签字" in lines
    titles = [line for line in lines if line.startswith("-- ")]
    assert "-- 班次统计（RP-02） " in " ".join(titles)
    assert all(cell_len(title) == 80 for title in titles)  # the rules end in column 80
    assert max(map(cell_len, lines)) == 80
    assert any(line.startswith("T-6 查询 处理中 到期 11-20 20:09") for line in lines)


def test_week_report_columns_align_in_cells_in_each_language(run):
    from cs_console.domain.cells import cell_len
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    for lang, heading in (("zh_CN", "  工号"), ("es", "  empl.")):
        report = run("--now", NOW_LOCAL, "--lang", lang, "report", "week").stdout.splitlines()
        head = report.index(next(line for line in report if line.startswith(heading)))
        table = report[head : head + 5]
        assert len({cell_len(line) for line in table}) == 1, table  # right edges line up


def test_refusals_where_a_word_is_split_speak_the_language(run, env):
    """A shift given without its code, a finding without its word, an E-n without a clock:
    one sentence each, exit 2, no internal error."""
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    env["CS_CONSOLE_PIN"] = "1234"
    shift = run("--now", NOW_LOCAL, "--lang", "es", "print", "handover", "--shift", "2026-11-23")
    assert (shift.returncode, shift.stderr.strip()) == (
        2,
        "Indique el turno como FECHA/CÓDIGO, p. ej. 2026-11-23/D, no '2026-11-23'.",
    )
    meeting = run("--now", NOW_LOCAL, "--lang", "zh_CN", "--as", "1001", "do",
                  "meeting conduct 1003:dancing hi")  # fmt: skip
    assert meeting.returncode == 2
    assert meeting.stderr.startswith("已拒绝 [MT-07]：“dancing”不是检查结果")
    clock = run("--now", NOW_LOCAL, "--lang", "zh_CN", "--as", "1001", "do", "report E-99 duty")
    assert (clock.returncode, clock.stderr.strip()) == (2, "E-99 没有进行中的上报计时。")


def test_chinese_verb_names_run_their_verb_in_every_language(run):
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    english = run("--now", NOW_LOCAL, "do", "点名")
    assert english.returncode == 0, english.stderr
    assert english.stdout == run("--now", NOW_LOCAL, "do", "roll").stdout
    chinese = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "help").stdout.splitlines()
    assert any(line.startswith("absent|旷工 STAFF [REASON…]  ") for line in chinese)
    from cs_console.domain.cells import cell_len

    absent = next(line for line in chinese if line.startswith("absent|"))
    accept = next(line for line in chinese if line.startswith("accept "))
    # the summaries start in the same terminal column, the alias counting two cells a character
    assert cell_len(absent[: absent.index("在当前班次")]) == cell_len(
        accept[: accept.index("接收方")]
    )


def test_show_speaks_the_language_with_stored_words_translated_at_display(run):
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    person = run("--now", NOW_LOCAL, "--lang", "es", "do", "show 1003")
    assert person.stdout.strip() == (
        "1003 高翔 · agente júnior · equipo D · próximo turno 2026-11-22 D puesto A01 · "
        "hoy 2026-11-22/D: presente, a tiempo"
    )
    ticket = run("--now", NOW_LOCAL, "--lang", "zh_CN", "do", "show T-6")
    assert ticket.stdout.startswith("T-6 查询 · 处理中 · Invoice copy · 受理于 2026-11-19 20:09")
    english = run("--now", NOW_LOCAL, "do", "show T-6")
    assert english.stdout.startswith("T-6 inquiry · in_progress · Invoice copy · accepted ")


def test_month_table_speaks_the_language_with_columns_aligned_in_cells(run):
    """``month`` in Chinese and Spanish: translated headers and roles, every final score ends
    in the same terminal cell as its header (PF-10's 80 for everyone in the demo)."""
    from cs_console.domain.cells import cell_len

    assert run("demo", "--no-tui").returncode == 0
    for lang, final in (("zh_CN", "总分"), ("es", "final")):
        out = run("--lang", lang, "do", "month").stdout.splitlines()
        header = next(line for line in out if final in line)
        end = cell_len(header[: header.index(final) + len(final)])
        rows = [line for line in out if line[:4].isdigit() and line[4] == " "]
        assert rows and all(cell_len(r[: r.index(" 80 ") + 3]) == end for r in rows), out[:4]
    chinese = run("--lang", "zh_CN", "do", "month").stdout
    assert "客服代表" in chinese and "副班长" in chinese


def test_stored_words_inside_results_speak_the_language(run, env):
    """A fault's kind and an event's kind are stored in English and said in the language."""
    from tests.conftest import NOW_LOCAL

    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    env["CS_CONSOLE_PIN"] = "1234"
    fault = run("--now", NOW_LOCAL, "--lang", "es", "--as", "1001", "do", "fault A07 headset x")
    assert fault.stdout.startswith("puesto A07: avería auriculares registrada"), fault.stdout
    event = run("--now", NOW_LOCAL, "--lang", "zh_CN", "--as", "1001", "do", "event outage 断线")
    assert event.stdout.startswith("E-3 故障 ·"), event.stdout
