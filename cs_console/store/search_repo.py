"""The search index (derived data): every searchable row of every shift with its words.

Derived from the tables the console writes, never a source of truth: ``db copy``, ``export
json`` and the schema comparison leave the ``search_`` tables out (they are not in the
models), and ``rebuild`` makes them again from the sources. SQLite keeps the words in an FTS5
table; PostgreSQL in a ``tsvector`` with a GIN index. Both get the words from
``domain.search_text`` (CJK text as overlapping character pairs)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from cs_console.domain.search_text import (
    Hit,
    Term,
    fts5_query,
    index_words,
    masked,
    query_terms,
    tsquery,
)

PREFIX = "search_"  # every derived table's name starts with it
BATCH = 5_000
LOCK_KEY = 0x5EA5C4  # the advisory lock of the catch-up on PostgreSQL
WRITE_BATCH = 500  # rows of each kind a writer indexes in its own transaction

# kind → SQL giving (id, ref, at, body) of rows with id > :last, oldest first
SOURCES = {
    "ticket": "SELECT id, 'T-' || id, accepted_at, category || ': ' || summary FROM ticket",
    "ticket event": "SELECT id, 'T-' || ticket_id, at, kind || ': ' || detail FROM ticket_event",
    "handover": "SELECT e.id, 'log ' || l.shift_date || ' ' || l.shift_code, e.at, "
    "e.kind || ' · ' || e.section || ': ' || e.text "
    "FROM handover_entry e JOIN handover_log l ON l.id = e.log_id",
    "event": "SELECT id, 'E-' || id, opened_at, summary FROM escalation_event",
    "remark": "SELECT m.id, 'roll ' || m.shift_date || ' ' || m.shift_code, m.at, "
    "m.kind || ' ' || s.staff_no || ': ' || m.note "
    "FROM attendance_mark m JOIN staff s ON s.id = m.staff_id",
}
ID_COLUMN = {"handover": "e.id", "remark": "m.id"}
NEWEST = {"ticket": "ticket", "ticket event": "ticket_event", "handover": "handover_entry",
          "event": "escalation_event", "remark": "attendance_mark"}  # fmt: skip


def create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE search_index USING fts5(words, kind UNINDEXED, "
            "ref UNINDEXED, at UNINDEXED, body UNINDEXED, tokenize = 'unicode61')"
        ))  # fmt: skip
    else:
        conn.execute(text(
            "CREATE TABLE search_index (id BIGSERIAL PRIMARY KEY, words TSVECTOR NOT NULL, "
            "kind VARCHAR(16) NOT NULL, ref VARCHAR(40) NOT NULL, at VARCHAR(40) NOT NULL, "
            "body TEXT NOT NULL)"
        ))  # fmt: skip
        conn.execute(text("CREATE INDEX ix_search_words ON search_index USING GIN (words)"))
    conn.execute(text(
        "CREATE TABLE search_mark (kind VARCHAR(16) PRIMARY KEY, last_id BIGINT NOT NULL)"
    ))  # fmt: skip


def drop(conn: Connection) -> None:
    conn.execute(text("DROP TABLE IF EXISTS search_mark"))
    conn.execute(text("DROP TABLE IF EXISTS search_index"))


def catch_up(conn: Connection, batch: int | None = None, wait: bool = False) -> int:
    """Indexes the rows added since the last call (at most ``batch`` of each kind); returns
    how many. On PostgreSQL one catch-up runs at a time: a writer's skips it while another
    runs (what is left is found as the tail, ``search``); ``wait`` waits its turn."""
    if conn.dialect.name == "postgresql" and not _locked(conn, wait):
        return 0
    marks = _marks(conn)
    added = 0
    for kind, rows in _unindexed(conn, marks, batch):
        _insert(conn, kind, rows)
        added += len(rows)
        conn.execute(text("DELETE FROM search_mark WHERE kind = :kind"), {"kind": kind})
        conn.execute(text("INSERT INTO search_mark (kind, last_id) VALUES (:kind, :last)"),
                     {"kind": kind, "last": rows[-1][0]})  # fmt: skip
    if added >= BATCH and conn.dialect.name == "postgresql":
        conn.execute(text("ANALYZE search_index"))  # the planner sees the new rows at once
    return added


def _locked(conn: Connection, wait: bool) -> bool:
    if wait:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        return True
    return bool(
        conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": LOCK_KEY}).scalar()
    )


def _marks(conn: Connection) -> dict[str, int]:
    return dict(conn.execute(text("SELECT kind, last_id FROM search_mark")).all())


def _unindexed(conn: Connection, marks: dict[str, int],
               batch: int | None = None) -> Iterator[tuple[str, list]]:  # fmt: skip
    """Per kind, in the index's order, the (id, ref, at, body) rows not indexed yet."""
    newest = conn.execute(text(
        "SELECT " + ", ".join(f"(SELECT max(id) FROM {table})" for table in NEWEST.values())
    )).one()  # fmt: skip
    for (kind, select), top in zip(SOURCES.items(), newest, strict=True):
        last = marks.get(kind, 0)
        if (top or 0) <= last:
            continue
        id_col = ID_COLUMN.get(kind, "id")
        limit = min(batch, BATCH) if batch else BATCH
        rows = conn.execute(
            text(f"{select} WHERE {id_col} > :last ORDER BY {id_col} LIMIT {limit}"),
            {"last": last},
        ).all()
        while rows:
            yield kind, rows
            if batch is not None:
                break
            rows = conn.execute(
                text(f"{select} WHERE {id_col} > :last ORDER BY {id_col} LIMIT {limit}"),
                {"last": rows[-1][0]},
            ).all()


def _insert(conn: Connection, kind: str, rows: list) -> None:
    values = [
        {"words": " ".join(index_words(body or "")), "kind": kind, "ref": ref, "at": _utc(at),
         "body": masked(body or "")}
        for _, ref, at, body in rows
    ]  # fmt: skip
    if conn.dialect.name == "sqlite":
        statement = ("INSERT INTO search_index (words, kind, ref, at, body) "
                     "VALUES (:words, :kind, :ref, :at, :body)")  # fmt: skip
    else:  # the words as they are: no parser, no stemming
        statement = ("INSERT INTO search_index (words, kind, ref, at, body) VALUES "
                     "(array_to_tsvector(string_to_array(NULLIF(:words, ''), ' ')), :kind, "
                     ":ref, :at, :body)")  # fmt: skip
    conn.execute(text(statement), values)


def _utc(at: datetime | str) -> str:
    """An instant as ISO text in UTC, whichever driver read it."""
    moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    if moment.tzinfo is None:  # SQLite's DATETIME text is UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def rebuild(conn: Connection) -> int:
    if conn.dialect.name == "postgresql":
        _locked(conn, wait=True)  # no writer's catch-up between the deletes and the rebuild
    conn.execute(text("DELETE FROM search_mark"))
    conn.execute(text("DELETE FROM search_index"))
    return catch_up(conn, wait=True)


def search(conn: Connection, query: str, limit: int = 50) -> list[Hit]:
    """The newest ``limit`` rows holding every term of ``query``: the rows not indexed yet
    first (read as they are: a search never writes), then the index's."""
    terms = query_terms(query)
    if not terms:
        return []
    fresh = [
        Hit(kind, ref, _utc(at), masked(body or ""))
        for kind, rows in _unindexed(conn, _marks(conn))
        for _, ref, at, body in rows
        if _holds(index_words(body or ""), terms)
    ][::-1][:limit]
    if len(fresh) == limit:
        return fresh
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text("SELECT kind, ref, at, body FROM search_index WHERE search_index MATCH :q "
                 "ORDER BY rowid DESC LIMIT :limit"),
            {"q": fts5_query(terms), "limit": limit - len(fresh)},
        ).all()  # fmt: skip
    else:
        rows = conn.execute(
            # the matches first, through the GIN index (not a backward walk of every row)
            text("WITH hits AS MATERIALIZED (SELECT id, kind, ref, at, body FROM search_index "
                 "WHERE words @@ CAST(:q AS tsquery)) "
                 "SELECT kind, ref, at, body FROM hits ORDER BY id DESC LIMIT :limit"),
            {"q": tsquery(terms), "limit": limit - len(fresh)},
        ).all()  # fmt: skip
    return fresh + [Hit(*row) for row in rows]


def _holds(words: list[str], terms: list[Term]) -> bool:
    """What the index's MATCH says of one row: every term a word, or a word's start."""
    return all(
        any(w.startswith(t.word) for w in words) if t.prefix else t.word in words for t in terms
    )
