"""Times and dates typed by the user: HH:MM, HH:MM:SS, YYYY-MM-DDTHH:MM and YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo

from cs_console.domain.errors import UserError
from cs_console.i18n import _

_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

TIME_FORMS = "HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM"


def parse_date(text: str) -> date:
    if not _DATE.fullmatch(text):
        raise UserError(_("'{text}' is not a date; use YYYY-MM-DD.").format(text=text))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            _("'{text}' is not a date on the calendar; use YYYY-MM-DD.").format(text=text)
        ) from None


def _time_of_day(text: str) -> time:
    match = _TIME.fullmatch(text)
    if not match:
        raise UserError(
            _("'{text}' is not a time; use {TIME_FORMS}.").format(text=text, TIME_FORMS=TIME_FORMS)
        )
    hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    if hours > 23 or minutes > 59 or seconds > 59:
        raise UserError(
            _("'{text}' is not a time of day; use {TIME_FORMS}.").format(
                text=text, TIME_FORMS=TIME_FORMS
            )
        )
    return time(hours, minutes, seconds)


def parse_instant(text: str, today: date, tz: tzinfo) -> datetime:
    """A user's time as an aware UTC instant; bare times are on ``today`` in the centre's zone."""
    stamp = _STAMP.fullmatch(text)
    if stamp:
        day, clock = parse_date(stamp.group(1)), _time_of_day(stamp.group(2))
    else:
        day, clock = today, _time_of_day(text)
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def parse_start_instant(text: str, tz: tzinfo) -> datetime:
    """``--now``: a full ISO 8601 instant; without an offset it is the centre's local time."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            _("--now '{text}' is not an ISO 8601 instant; use e.g. 2026-11-22T07:50.").format(
                text=text
            )
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)
