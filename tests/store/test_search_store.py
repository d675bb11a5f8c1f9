"""Search every past shift on SQLite (FTS5) and PostgreSQL (tsvector): two-character Chinese
terms are found, customer data stays masked, and the index is derived (D-12)."""

from sqlalchemy import inspect, text

from cs_console.commands.registry import execute
from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.search import rebuild, search


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
    looking = ctx.reading_only()
    assert search(looking, "broadband") == found
    assert _index_size(ctx) == (0, 0)


def test_each_write_indexes_what_it_wrote(ctx: Context):
    create_demo(ctx)
    before = _index_size(ctx)[0]
    _remark(ctx, "耳机 坏了")
    assert _index_size(ctx)[0] > before
    assert [h.kind for h in search(ctx.reading_only(), "耳机")] == ["remark"]
