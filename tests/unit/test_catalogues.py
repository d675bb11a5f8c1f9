"""Convention 18: every message a person reads is in each catalogue, translated, not fuzzy, with
the same placeholders, and the compiled catalogues are those of the .po files."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from cs_console import i18n

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cs_console"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != "en"]


def _po_path(lang: str) -> Path:
    return i18n.LOCALE_DIR / lang / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"


def _catalogue(lang: str):  # noqa: ANN202
    with _po_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang)


def _source_messages() -> set[tuple[str | None, str]]:
    """(context, message) of each message the code marks."""
    found = set()
    method_map = [("**.py", "python")]
    for _file, _line, message, _comments, context in extract_from_dir(
        str(PACKAGE), method_map, keywords=KEYWORDS
    ):
        found.add((context, message[0] if isinstance(message, tuple) else message))
    return found


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_of_the_source_is_in_the_catalogue(lang):
    ids = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in _catalogue(lang)}
    missing = sorted(_source_messages() - ids, key=lambda found: (found[0] or "", found[1]))
    assert not missing, f"{lang}: run pybabel extract/update (README: Translations): {missing[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_entry_is_translated_and_not_fuzzy(lang):
    catalogue = _catalogue(lang)
    bad = []
    for m in catalogue:
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(strings):
            bad.append(m.id)
    assert not bad, f"{lang}: untranslated or fuzzy: {bad[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_are_the_same_in_every_language(lang):
    differ = []
    for m in _catalogue(lang):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        expected = _placeholders(ids[-1])
        differ += [(m.id, s) for s in strings if s and _placeholders(s) != expected]
    assert not differ, f"{lang}: placeholders differ: {differ[:3]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_catalogue_is_that_of_the_po_file(lang):
    compiled = BytesIO()
    write_mo(compiled, _catalogue(lang))
    mo = _po_path(lang).with_suffix(".mo")
    assert mo.read_bytes() == compiled.getvalue(), f"run pybabel compile for {lang}"


def test_the_language_is_the_first_of_option_environment_config_locale(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('language = "es"\n', encoding="utf-8")
    env = {"CS_CONSOLE_LANG": "zh_CN", "LANG": "es_ES.UTF-8"}
    assert i18n.choose("es", env, config) == "es"
    assert i18n.choose(None, env, config) == "zh_CN"
    assert i18n.choose(None, {"LANG": "zh_CN.UTF-8"}, config) == "es"
    assert i18n.choose(None, {"LC_ALL": "es_MX.UTF-8", "LANG": "zh_CN.UTF-8"}, None) == "es"
    assert i18n.choose(None, {"LANG": "fr_FR.UTF-8"}, None) == "en"
    assert i18n.choose(None, {}, None) == "en"


def test_an_unknown_language_is_refused_in_one_sentence():
    with pytest.raises(ValueError, match="'fr' is not one of en, zh_CN, es"):
        i18n.check("fr")


def test_messages_translate_when_called():
    try:
        i18n.use("zh_CN")
        assert i18n._("Opening the database …") == "正在打开数据库 …"
        i18n.use("es")
        assert i18n._("Opening the database …") == "Abriendo la base de datos …"
    finally:
        i18n.use("en")
    assert i18n._("Opening the database …") == "Opening the database …"
