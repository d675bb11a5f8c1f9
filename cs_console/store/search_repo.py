"""The search index (derived data): every searchable row of every shift with its words.

Derived from the tables the console writes, never a source of truth: ``db copy``, ``export
json`` and the schema comparison leave the ``search_`` tables out (they are not in the
models), and ``rebuild`` makes them again from the sources. SQLite keeps the words in an FTS5
table; PostgreSQL in a ``tsvector`` with a GIN index. Both get the words from
``domain.search_text`` (CJK text as overlapping character pairs)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
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

# kind → SQL giving (id, ref, at, body) of its rows
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
ID_COLUMN = {"ticket": "ticket.id", "ticket event": "ticket_event.id", "handover": "e.id",
             "event": "escalation_event.id", "remark": "m.id"}  # fmt: skip
NEWEST = {"ticket": "ticket", "ticket event": "ticket_event", "handover": "handover_entry",
          "event": "escalation_event", "remark": "attendance_mark"}  # fmt: skip


@dataclass(frozen=True)
class Mark:
    """Where a kind's catch-up stands: every row up to ``floor`` is indexed (or never will
    exist); above it the rows with no index row are looked for. On PostgreSQL a row is
    visible only at its commit, so ``pending`` (the newest id seen) becomes the floor once
    every transaction running when it was seen has ended (``horizon``, a transaction id)."""

    floor: int = 0
    pending: int | None = None
    horizon: int | None = None


def create(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(
            "CREATE VIRTUAL TABLE search_index USING fts5(words, kind UNINDEXED, "
            "ref UNINDEXED, at UNINDEXED, body UNINDEXED, source_id UNINDEXED, "
            "tokenize = 'unicode61')"
        ))  # fmt: skip
        # an FTS5 column has no index: the rows indexed, by kind and source id
        conn.execute(text(
            "CREATE TABLE search_source (kind VARCHAR(16) NOT NULL, source_id BIGINT NOT NULL, "
            "PRIMARY KEY (kind, source_id)) WITHOUT ROWID"
        ))  # fmt: skip
    else:
        conn.execute(text(
            "CREATE TABLE search_index (id BIGSERIAL PRIMARY KEY, words TSVECTOR NOT NULL, "
            "kind VARCHAR(16) NOT NULL, ref VARCHAR(40) NOT NULL, at VARCHAR(40) NOT NULL, "
            "body TEXT NOT NULL, source_id BIGINT NOT NULL)"
        ))  # fmt: skip
        conn.execute(text(  # no pending list for every search to read through (0021)
            "CREATE INDEX ix_search_words ON search_index USING GIN (words) "
            "WITH (fastupdate = off)"
        ))  # fmt: skip
        conn.execute(text(
            "CREATE UNIQUE INDEX ix_search_source ON search_index (kind, source_id)"
        ))  # fmt: skip
    conn.execute(text(
        "CREATE TABLE search_mark (kind VARCHAR(16) PRIMARY KEY, last_id BIGINT NOT NULL, "
        "pending BIGINT, horizon BIGINT)"
    ))  # fmt: skip


def drop(conn: Connection) -> None:
    conn.execute(text("DROP TABLE IF EXISTS search_mark"))
    conn.execute(text("DROP TABLE IF EXISTS search_source"))
    conn.execute(text("DROP TABLE IF EXISTS search_index"))


def catch_up(conn: Connection, batch: int | None = None, wait: bool = False) -> int:
    """Indexes the rows with no index row yet (at most ``batch`` of each kind); returns how
    many. On PostgreSQL one catch-up runs at a time: a writer's skips it while another runs
    (what is left is found as the tail, ``search``); ``wait`` waits its turn."""
    if conn.dialect.name == "postgresql" and not _locked(conn, wait):
        return 0
    marks = _marks(conn)
    seen, ended, started = _newest(conn)
    serial = conn.dialect.name != "postgresql"
    added = 0
    for kind, newest in seen.items():
        mark = marks.get(kind, Mark())
        last, done = None, True
        for rows in _unindexed(conn, kind, mark.floor, batch) if newest > mark.floor else ():
            _insert(conn, kind, rows)
            added += len(rows)
            last, done = rows[-1][0], batch is None or len(rows) < min(batch, BATCH)
        moved = _moved(mark, newest, last, done, ended, started, serial)
        if moved != mark:
            conn.execute(text("DELETE FROM search_mark WHERE kind = :kind"), {"kind": kind})
            conn.execute(text(
                "INSERT INTO search_mark (kind, last_id, pending, horizon) "
                "VALUES (:kind, :floor, :pending, :horizon)"
            ), {"kind": kind, **asdict(moved)})  # fmt: skip
    if added >= BATCH and conn.dialect.name == "postgresql":
        conn.execute(text("ANALYZE search_index"))  # the planner sees the new rows at once
    return added


def _moved(mark: Mark, newest: int, last: int | None, done: bool,
           ended: int | None, started: int | None, serial: bool) -> Mark:  # fmt: skip
    """The mark after a catch-up that indexed up to ``last`` (all it found when ``done``).
    ``serial`` (SQLite: one writer at a time) commits ids in their order: no row below a
    visible one is still to commit. On PostgreSQL with no other writer seen (``ended`` and
    ``started`` None) before the ids were read, every id seen by the catch-up before this one
    (``pending``) has committed or was still held, and is visible now: the floor moves there.
    Otherwise ``ended`` is the oldest transaction still running, ``started`` the first not
    yet started; the horizon is taken one catch-up after the pending id (a row's id is drawn
    a moment before its transaction gets its own id)."""
    reached = newest if done else last or 0
    if serial:
        return Mark(max(mark.floor, reached))
    if ended is None or started is None:
        floor = max(mark.floor, min(mark.pending, reached)) if mark.pending else mark.floor
        return Mark(floor, newest if newest > floor else None)
    if mark.pending is None:
        return replace(mark, pending=newest) if newest > mark.floor else mark
    if mark.horizon is None:
        return replace(mark, horizon=started)
    if ended < mark.horizon:
        return mark
    floor = mark.pending if done else min(mark.pending, last or mark.floor)
    return Mark(max(mark.floor, floor))


def _locked(conn: Connection, wait: bool) -> bool:
    if wait:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        return True
    return bool(
        conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": LOCK_KEY}).scalar()
    )


def _marks(conn: Connection) -> dict[str, Mark]:
    rows = conn.execute(text("SELECT kind, last_id, pending, horizon FROM search_mark")).all()
    return {kind: Mark(floor, pending, horizon) for kind, floor, pending, horizon in rows}


def _newest(conn: Connection) -> tuple[dict[str, int], int | None, int | None]:
    """The newest id of each kind and, on PostgreSQL while another transaction writes to
    this database, the oldest transaction id still running and the first not yet given
    (``None, None``: nobody else was writing). A writer holds a row exclusive lock on what it
    wrote to, a drawn id's sequence included, until it ends. The locks are read first, in a
    statement of their own: any id drawn before then was either still held (seen) or has
    committed, and is in the snapshot the ids are read in next."""
    newest = ", ".join(f"(SELECT max(id) FROM {table})" for table in NEWEST.values())
    if conn.dialect.name != "postgresql":
        row = conn.execute(text(f"SELECT {newest}")).one()
        return {kind: top or 0 for kind, top in zip(NEWEST, row, strict=True)}, None, None
    writing = conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'relation' "
        "AND mode = 'RowExclusiveLock' AND pid IS DISTINCT FROM pg_backend_pid() "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
    )).scalar_one()  # fmt: skip
    *row, ended, started = conn.execute(text(
        f"SELECT {newest}, pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint "
        "FROM pg_current_snapshot() AS s"
    )).one()  # fmt: skip
    seen = {kind: top or 0 for kind, top in zip(NEWEST, row, strict=True)}
    return (seen, ended, started) if writing else (seen, None, None)


def _unindexed(conn: Connection, kind: str, floor: int,
               batch: int | None = None) -> Iterator[list]:  # fmt: skip
    """The (id, ref, at, body) rows of a kind above ``floor`` with no index row, in the
    index's order (the source's ids), ``batch`` of them at most."""
    id_col = ID_COLUMN[kind]
    keys = "search_source" if conn.dialect.name == "sqlite" else "search_index"
    limit = min(batch, BATCH) if batch else BATCH
    statement = text(
        f"{SOURCES[kind]} WHERE {id_col} > :last AND NOT EXISTS (SELECT 1 FROM {keys} k "
        f"WHERE k.kind = :kind AND k.source_id = {id_col}) ORDER BY {id_col} LIMIT {limit}"
    )
    rows = conn.execute(statement, {"last": floor, "kind": kind}).all()
    while rows:
        yield rows
        if batch is not None:
            break
        rows = conn.execute(statement, {"last": rows[-1][0], "kind": kind}).all()


def _insert(conn: Connection, kind: str, rows: list) -> None:
    values = [
        {"words": " ".join(index_words(body or "")), "kind": kind, "ref": ref, "at": _utc(at),
         "body": masked(body or ""), "source_id": source_id}
        for source_id, ref, at, body in rows
    ]  # fmt: skip
    if conn.dialect.name == "sqlite":
        statement = ("INSERT INTO search_index (words, kind, ref, at, body, source_id) "
                     "VALUES (:words, :kind, :ref, :at, :body, :source_id)")  # fmt: skip
        conn.execute(text("INSERT INTO search_source (kind, source_id) "
                          "VALUES (:kind, :source_id)"), values)  # fmt: skip
    else:  # the words as they are: no parser, no stemming
        statement = ("INSERT INTO search_index (words, kind, ref, at, body, source_id) VALUES "
                     "(array_to_tsvector(string_to_array(NULLIF(:words, ''), ' ')), :kind, "
                     ":ref, :at, :body, :source_id)")  # fmt: skip
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
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM search_source"))
    return catch_up(conn, wait=True)


def search(conn: Connection, query: str, limit: int = 50) -> list[Hit]:
    """The newest ``limit`` rows holding every term of ``query``: the rows not indexed yet
    first (read as they are: a search never writes), then the index's."""
    terms = query_terms(query)
    if not terms:
        return []
    fresh = [
        Hit(kind, ref, _utc(at), masked(body or ""))
        for kind, ref, at, body in _tail(conn)
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
            # the planner walks the newest rows back for a word its statistics call frequent
            # and asks the GIN index for a rarer one (its matches all read, then the newest
            # kept): no fence, the choice is the statistics' (ANALYZE after a bulk catch-up)
            text("SELECT kind, ref, at, body FROM search_index WHERE words @@ CAST(:q AS tsquery) "
                 "ORDER BY id DESC LIMIT :limit"),
            {"q": tsquery(terms), "limit": limit - len(fresh)},
        ).all()  # fmt: skip
    return fresh + [Hit(*row) for row in rows]


def _tail(conn: Connection) -> list:
    """The (kind, ref, at, body) rows of every kind above its mark with no index row, in the
    index's order, in one statement (the marks are bound: the planner knows how few rows lie
    above them); a kind whose newest row is not above its mark is not looked at."""
    keys = "search_source" if conn.dialect.name == "sqlite" else "search_index"
    marks = _marks(conn)
    parts, values = [], {}
    for n, kind in enumerate(SOURCES):
        id_col = ID_COLUMN[kind]
        values |= {f"kind{n}": kind, f"floor{n}": marks.get(kind, Mark()).floor}
        parts.append(
            SOURCES[kind].replace("SELECT ", f"SELECT {n}, :kind{n}, ", 1)
            + f" WHERE (SELECT max(id) FROM {NEWEST[kind]}) > :floor{n} AND {id_col} > :floor{n} "
            f"AND NOT EXISTS (SELECT 1 FROM {keys} k WHERE k.kind = :kind{n} "
            f"AND k.source_id = {id_col})"
        )
    rows = conn.execute(text(" UNION ALL ".join(parts) + " ORDER BY 1, 3"), values)
    return [(kind, ref, at, body) for _, kind, _, ref, at, body in rows]


def _holds(words: list[str], terms: list[Term]) -> bool:
    """What the index's MATCH says of one row: every term a word, or a word's start."""
    return all(
        any(w.startswith(t.word) for w in words) if t.prefix else t.word in words for t in terms
    )
