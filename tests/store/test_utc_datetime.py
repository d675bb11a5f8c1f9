"""UTCDateTime stores instants in UTC; on SQLite in the text SQLAlchemy's DATETIME reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite

from cs_console.store.types import UTCDateTime

SHANGHAI = timezone(timedelta(hours=8))


def test_sqlite_text_is_the_dialects_own_format_in_utc() -> None:
    dialect = sqlite.dialect()
    ours = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    theirs = DateTime().dialect_impl(dialect).bind_processor(dialect)
    local = datetime(2026, 11, 23, 10, 30, 5, 7, tzinfo=SHANGHAI)
    assert ours is not None and theirs is not None
    assert ours(local) == theirs(local.astimezone(UTC).replace(tzinfo=None))
    assert ours(local) == "2026-11-23 02:30:05.000007"
    assert ours(None) is None


def test_naive_instants_are_refused_on_sqlite_too() -> None:
    dialect = sqlite.dialect()
    process = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    assert process is not None
    with pytest.raises(ValueError, match="naive"):
        process(datetime(2026, 11, 23, 10, 30))  # noqa: DTZ001 - the mistake under test
