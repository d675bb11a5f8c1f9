"""The language people read: gettext catalogues for English, Simplified Chinese and Spanish.

``_()`` translates a message when it is called, so a module may import it before the language
is chosen; ``N_()`` marks a constant for the catalogues and leaves it as it is (the place that
shows it calls ``_()`` on it). What machines read never goes through here: JSON and CSV keys,
exit codes, rule ids and the command verbs stay as they are in every language.

The language is the first of ``--lang``, ``CS_CONSOLE_LANG``, the config's ``language``, the
locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``) and English (ARCHITECTURE convention 18).
"""

from __future__ import annotations

import gettext
import tomllib
from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from pathlib import Path

DOMAIN = "cs_console"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("en", "zh_CN", "es")
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
# Babel patterns of a day in each language: 2025-03-12 / 2025年3月12日 / 12/03/2025.
DATE_PATTERNS = {"en": "yyyy-MM-dd", "zh_CN": "y年M月d日", "es": "dd/MM/y"}
# A time within the week ahead: Wed 03-12 18:00 / 3月12日周三 18:00 / mié 12/03 18:00.
DAY_PATTERNS = {"en": "EEE dd", "zh_CN": "EEE d日", "es": "EEE dd"}  # chart axes
WEEK_PATTERNS = {"en": "EEE MM-dd HH:mm", "zh_CN": "M月d日EEE HH:mm", "es": "EEE dd/MM HH:mm"}

_translation: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def _(message: str) -> str:
    return _translation.gettext(message)


def pgettext(context: str, message: str) -> str:
    """``message`` where its word means another thing elsewhere (the time left, not the key)."""
    return _translation.pgettext(context, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _translation.ngettext(singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "mark, do not translate yet"
    return message


def language() -> str:
    """The language in use: one of LANGUAGES."""
    return _language


def normalize(name: str) -> str | None:
    """One of LANGUAGES for a language or locale name (``zh_CN.UTF-8``, ``es-ES``, ``en``),
    or None when the console does not speak it."""
    base = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not base or base in ("C", "POSIX"):
        return "en" if base else None
    lang, _sep, region = base.partition("_")
    lang = lang.lower()
    if lang == "zh":
        return "zh_CN" if region.upper() in ("", "CN", "SG", "HANS") else None
    return lang if lang in LANGUAGES else None


def configured(config: Path | None) -> str | None:
    """The config file's ``language``, read without the settings model (which the first frame
    does not wait for); the settings check it again when they load."""
    if config is None:
        return None
    try:
        with config.open("rb") as fh:
            value = tomllib.load(fh).get("language")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return value if isinstance(value, str) else None


def choose(cli: str | None, environ: Mapping[str, str], config: Path | None) -> str:
    """The first of ``--lang``, ``CS_CONSOLE_LANG``, the config and the locale that names a
    language the console speaks; English otherwise. An explicit choice the console does not
    speak is refused by ``check`` before this is asked."""
    for candidate in (cli, environ.get("CS_CONSOLE_LANG"), configured(config)):
        if candidate:
            return normalize(candidate) or "en"
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable)
        if value:  # the first one set decides, as in the C library
            return normalize(value) or "en"
    return "en"


def check(name: str) -> str:
    """An explicitly chosen language (``--lang``, ``CS_CONSOLE_LANG``, config): one the console
    speaks, else ValueError with the sentence to show."""
    found = normalize(name)
    if found is None:
        raise ValueError(f"Language '{name}' is not one of {', '.join(LANGUAGES)}.")
    return found


def use(name: str) -> None:
    """Speak ``name`` (one of LANGUAGES) from now on."""
    global _translation, _language
    _language = name
    if name == "en":
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(DOMAIN, LOCALE_DIR, languages=[name], fallback=True)


def date_text(day: date) -> str:
    """A day as the language writes it (Babel): 2025-03-12, 2025年3月12日, 12/03/2025."""
    from babel.dates import format_date

    return format_date(day, DATE_PATTERNS[_language], locale=_language)


def weekday_text(day: date) -> str:
    """A day of the week on a chart's axis (Babel): Mon 16, 周一 16日, lun 16."""
    from babel.dates import format_date

    return format_date(day, DAY_PATTERNS[_language], locale=_language)


def instant_text(at: datetime, tz: tzinfo, seconds: bool = True) -> str:
    """A local instant: the language's day and a 24-hour time."""
    local = at.astimezone(tz)
    return (
        f"{date_text(local.date())} {local:%H:%M:%S}"
        if seconds
        else (f"{date_text(local.date())} {local:%H:%M}")
    )


def week_time_text(at: datetime, tz: tzinfo) -> str:
    """A local time in the coming days, with its weekday (Babel): Wed 03-12 18:00."""
    from babel.dates import format_datetime

    return format_datetime(at.astimezone(tz), WEEK_PATTERNS[_language], locale=_language)


def number_text(value: float) -> str:
    """A number as the language writes it (Babel): 1,234.5 or 1234,5."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_language)
