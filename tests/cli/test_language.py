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
