"""Search every past shift on SQLite (FTS5) and PostgreSQL (tsvector): two-character Chinese
terms are found, customer data stays masked, and the index is derived (D-12)."""

from sqlalchemy import create_engine, inspect, text

from cs_console.commands.registry import execute
from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.search import rebuild, search
from tests.conftest import NOW


def _remark(ctx: Context, note: str) -> None:
    execute(ctx.acting_as("1001"), f"remark 1003 {note}")


def test_search_finds_two_character_chinese_terms_on_both_databases(ctx: Context):
    create_demo(ctx)
    _remark(ctx, "旷工 半天, 回访 13912345678")
    for term in ("旷工", "回访", "旷", "半天"):
        hits = search(ctx, term)
        assert [h.kind for h in hits] == ["remark"], term
    assert search(ctx, "旷访") == []  # not a pair in the text
    assert "139****5678" in search(ctx, "回访")[0].text  # D-12
    assert search(ctx, "13912345678") == []


def test_search_finds_tickets_and_their_events_newest_first(ctx: Context):
    create_demo(ctx)
    hits = search(ctx, "broadband")
    assert hits and {h.kind for h in hits} == {"ticket", "ticket event"}
    assert all(h.ref.startswith("T-") for h in hits)
    execute(ctx.acting_as("1001"), "ticket fault Zebra broadband line")
    newest = search(ctx, "zebra broad")
    assert {h.ref for h in newest} == {"T-70"}


def test_hits_are_newest_first_by_their_time_not_by_when_they_were_written(ctx: Context):
    """The demo's E-2 (09:40) was listed above T-68 (09:59): the hits came in the order they
    were written. An event entered later but backdated comes after newer hits too."""
    create_demo(ctx)
    leader = ctx.acting_as("1001")
    execute(leader, "ticket fault Walrus line down")
    execute(leader, "event Walrus outage earlier at 08:05 reason entered late")
    hits = search(ctx, "walrus")
    ats = [h.at for h in hits]
    assert len(hits) >= 3 and ats == sorted(ats, reverse=True), hits
    assert hits[-1].ref.startswith("E-")


def test_search_index_is_derived_left_out_of_the_models_and_rebuilt(ctx: Context):
    from sqlmodel import SQLModel

    create_demo(ctx)
    found = search(ctx, "broadband")
    assert not [t for t in SQLModel.metadata.tables if t.startswith("search_")]
    assert "search_index" in inspect(ctx.engine).get_table_names()
    with ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_index"))
    assert rebuild(ctx) > 0
    assert search(ctx, "broadband") == found


def test_search_tables_are_not_copied_and_the_copy_builds_its_own(ctx: Context, tmp_path):
    from cs_console.services.database import copy_to, open_context

    create_demo(ctx)
    found = search(ctx, "broadband")
    target = str(tmp_path / "copy.db")
    counts = copy_to(ctx, target)
    assert not [name for name in counts if name.startswith("search_")]
    copy = open_context(target, ctx.settings, ctx.clock)
    assert search(copy, "broadband") == found
    copy.engine.dispose()


def _index_size(ctx: Context) -> tuple[int, int]:
    with ctx.engine.connect() as conn:
        return (conn.execute(text("SELECT count(*) FROM search_index")).scalar_one(),
                conn.execute(text("SELECT count(*) FROM search_mark")).scalar_one())  # fmt: skip


def test_a_search_only_reads_and_finds_the_rows_not_indexed_yet(ctx: Context):
    """Convention 14: looking never writes. Rows another writer left unindexed are read as
    they are, in the order the index would give them."""
    create_demo(ctx)
    found = search(ctx, "broadband")
    with ctx.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_index"))
        conn.execute(text("DELETE FROM search_mark"))
        if ctx.engine.dialect.name == "sqlite":
            conn.execute(text("DELETE FROM search_source"))
    looking = ctx.reading_only()
    assert search(looking, "broadband") == found
    assert _index_size(ctx) == (0, 0)


def test_each_write_indexes_what_it_wrote(ctx: Context):
    create_demo(ctx)
    before = _index_size(ctx)[0]
    _remark(ctx, "耳机 坏了")
    assert _index_size(ctx)[0] > before
    assert [h.kind for h in search(ctx.reading_only(), "耳机")] == ["remark"]


def _ticket(session, summary: str) -> int:  # noqa: ANN001
    from cs_console.store.models import Ticket

    ticket = Ticket(category="fault", summary=summary, accepted_at=NOW)
    session.add(ticket)
    session.flush()
    assert ticket.id is not None
    return ticket.id


def _indexed(ctx: Context, ref: str) -> int:
    with ctx.engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM search_index WHERE ref = :ref"), {"ref": ref}
        ).scalar_one()


def test_a_row_committed_after_a_newer_one_was_indexed_is_indexed_too(pg_target, settings, clock):
    """On PostgreSQL ids are handed out before commit: row N may commit after row N+1 was
    indexed. The catch-up looks for rows with no index row, not for ids above a mark."""
    from sqlmodel import Session

    from cs_console.services.database import open_context
    from cs_console.services.search import refresh

    ctx = open_context(pg_target, settings, clock)
    try:
        with Session(ctx.engine) as first, Session(ctx.engine) as second:
            older = _ticket(first, "walrus cable cut")
            newer = _ticket(second, "narwhal cable cut")
            assert newer > older
            second.commit()
            for _ in range(4):  # the mark never passes a row still to commit
                refresh(ctx)
            first.commit()
        refresh(ctx)
        assert _indexed(ctx, f"T-{older}") == 1
        assert _indexed(ctx, f"T-{newer}") == 1
        assert [h.ref for h in search(ctx.reading_only(), "walrus")] == [f"T-{older}"]
        assert refresh(ctx) == 0  # nothing indexed twice
    finally:
        ctx.engine.dispose()


def test_the_catch_up_mark_follows_the_rows_once_no_transaction_is_running(ctx: Context):
    """The search for rows with no index row starts at the mark: it keeps up with the newest
    row, so a write's catch-up reads a few rows, not every ticket."""
    from cs_console.services.search import refresh

    create_demo(ctx)
    for _ in range(3):
        refresh(ctx)
    with ctx.engine.connect() as conn:
        floor = conn.execute(
            text("SELECT last_id FROM search_mark WHERE kind = 'ticket'")
        ).scalar_one()
        newest = conn.execute(text("SELECT max(id) FROM ticket")).scalar_one()
    assert floor == newest


def test_with_no_other_writer_two_catch_ups_bring_the_mark_to_the_newest_row(ctx: Context):
    """Just after a rebuild a search reads only the rows above the mark: with no other
    transaction writing to the database when one catch-up looked, every id it saw has
    committed by the next one (SQLite, one writer at a time: at once)."""
    from cs_console.services.search import refresh

    create_demo(ctx)
    rebuild(ctx)
    refresh(ctx)  # a search's catch-up
    with ctx.engine.connect() as conn:
        floors = dict(conn.execute(text("SELECT kind, last_id FROM search_mark")).all())
        newest = conn.execute(text("SELECT max(id) FROM ticket")).scalar_one()
    assert floors["ticket"] == newest


def test_an_index_of_the_older_shape_is_made_again_by_the_upgrade(db_target, settings, clock):
    from alembic import command

    from cs_console.services.database import open_context
    from cs_console.store.migrate import alembic_config, upgrade

    ctx = open_context(db_target, settings, clock)
    try:
        create_demo(ctx)
        found = search(ctx, "broadband")
        command.downgrade(alembic_config(ctx.engine), "0019")
        upgrade(ctx.engine)
        assert search(ctx, "broadband") == found
        assert _index_size(ctx)[0] > 0
    finally:
        ctx.engine.dispose()


def test_a_copy_to_postgresql_leaves_the_planner_statistics_of_what_it_wrote(
    sqlite_target, pg_target, settings, clock
):
    """A search reads the rows above its marks; the planner sees that as few rows only once
    the copied tables were analysed (a server may run no autovacuum)."""
    from cs_console.services.database import copy_to, open_context

    ctx = open_context(sqlite_target, settings, clock)
    create_demo(ctx)
    copy_to(ctx, pg_target)
    ctx.engine.dispose()
    with create_engine(pg_target).connect() as conn:
        tuples = conn.execute(
            text("SELECT reltuples FROM pg_class WHERE relname = 'ticket'")
        ).scalar_one()
    assert tuples > 0


def test_a_mark_seen_with_no_other_writer_moves_one_catch_up_later():
    """An id drawn by a writer that committed between the look at the locks and the snapshot
    is not visible yet: the floor reaches an id only at the catch-up after it was seen."""
    from cs_console.store.search_repo import Mark, _moved

    first = _moved(Mark(10), 50, 50, True, None, None, serial=False)
    assert first == Mark(10, 50)  # seen, not yet the floor
    second = _moved(first, 60, 60, True, None, None, serial=False)
    assert second == Mark(50, 60)
    assert _moved(Mark(10), 50, 50, True, None, None, serial=True) == Mark(50)  # SQLite
    assert _moved(Mark(10, 50), 60, 30, False, None, None, serial=False) == Mark(30, 60)
