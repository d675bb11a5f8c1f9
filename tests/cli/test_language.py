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
