"""Search every past shift: tickets, their events, handover entries and addenda,
reportable events and roll-call remarks, newest first, customer data masked (D-12)."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from cs_console.domain.cells import pad
from cs_console.domain.errors import UserError
from cs_console.domain.search_text import Hit, query_terms
from cs_console.i18n import N_, _
from cs_console.services.context import Context, faults_said
from cs_console.store import search_repo

LIMIT = 50
EARLIEST = datetime.min.replace(tzinfo=UTC)  # where a hit without a readable time goes


def refresh(ctx: Context) -> int:
    """Brings the derived index up to the newest rows, after a writer added many (an import);
    not an intent: no audit row. Each write indexes a few rows itself (Context.transaction)."""
    with faults_said(ctx.engine), ctx.engine.begin() as conn:
        return search_repo.catch_up(conn, wait=True)


def rebuild(ctx: Context) -> int:
    with faults_said(ctx.engine), ctx.engine.begin() as conn:
        return search_repo.rebuild(conn)


def search(ctx: Context, query: str, limit: int = LIMIT) -> list[Hit]:
    if not query_terms(query):
        raise UserError(_("Search for at least one word."))
    with ctx.reading(snapshot=True) as session:  # the marks, the tail and the index: one state
        hits = search_repo.search(session.connection(), query, limit)
    # the newest rows written, newest first by their own time (a backdated one comes later)
    return sorted(hits, key=lambda hit: _instant(hit.at) or EARLIEST, reverse=True)


# What a hit is, as the index stores it (store/search_repo.py) and as a person reads it.
HIT_KINDS = {"ticket": N_("ticket"), "ticket event": N_("ticket event"),
             "handover": N_("handover"), "event": N_("event"), "remark": N_("remark")}  # fmt: skip


def hit_line(hit: Hit, tz: tzinfo) -> str:
    kind = _(HIT_KINDS.get(hit.kind, hit.kind))
    return f"{hit.ref:<20} {local(hit.at, tz)}  {pad(kind, 12)} {hit.text}"


def local(at: str, tz: tzinfo) -> str:
    """A stored instant as the centre's wall clock, to the minute."""
    moment = _instant(at)
    return at[:16] if moment is None else f"{moment.astimezone(tz):%Y-%m-%d %H:%M}"


def _instant(at: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
