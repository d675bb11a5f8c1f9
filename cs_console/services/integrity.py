"""``db check``: the database's own integrity check, the audit chain and the handover chain."""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlmodel import Session

from cs_console.domain.chain import audit_hash
from cs_console.domain.errors import UserError
from cs_console.i18n import _
from cs_console.services import handover_chain
from cs_console.services.context import Context
from cs_console.store import chain_repo
from cs_console.store.engine import database_url, sqlite_path
from cs_console.store.faults import sqlite_problems

LINKED_ACTIONS = ("handover.sign_incoming", "handover.addendum", "handover.blame")


def file_damage(target: str) -> str | None:
    """What SQLite's integrity check finds in a SQLite file at ``target``, in one sentence,
    read before the file is opened as a database (a damaged one cannot be)."""
    path = sqlite_path(database_url(target)) if target.strip() else None
    return sqlite_problems(path) if path is not None else None


def check(ctx: Context, expect: str | None = None) -> list[str]:
    """Every problem found, one sentence each; ``expect`` (SEQ:FINGERPRINT) must be reached."""
    wanted = _expected(expect) if expect else None
    problems: list[str] = []
    with ctx.reading() as session:
        conn = session.connection()
        if ctx.engine.dialect.name == "sqlite":
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            problems += [f"sqlite: {r}" for r in result if r != "ok"]
            problems += [f"foreign key broken in {r[0]}"
                         for r in conn.execute(text("PRAGMA foreign_key_check")).all()]  # fmt: skip
    with ctx.reading() as session:
        if chain_repo.audit_count(session) == 0:
            problems.append("the audit log is empty")
        fingerprints = problems_of_audit(session, problems)
        problems += handover_chain.verify(session)
        linked = {k.fingerprint for k in chain_repo.links(session)}
        linked |= {log.legacy_fingerprint for log in chain_repo.signed_logs(session)}
        problems += [
            f"audit row id {row_id} records link {fp[:16]}… of the handover chain, which is gone"
            for row_id, fp in fingerprints
            if fp not in linked
        ]
        if wanted is not None:
            missing = handover_chain.reaches(session, *wanted)
            if missing:
                problems.append(missing)
    return problems


def chain_head(ctx: Context) -> handover_chain.ChainHead:
    with ctx.reading() as session:
        return handover_chain.head(session)


def _expected(text_: str) -> tuple[int, str]:
    seq, sep, fingerprint = text_.partition(":")
    fingerprint = fingerprint.strip().lower()
    if not sep or not seq.isdigit() or len(fingerprint) != 64:
        raise UserError(
            _(
                "'{text_}' is not a chain head such as 12:3fa9…; give SEQ:FINGERPRINT as printed."
            ).format(text_=text_)
        )
    return int(seq), fingerprint


def problems_of_audit(session: Session, problems: list[str]) -> list[tuple[int, str]]:
    """The audit chain recomputed in order (its problems appended to ``problems``); returns
    (row id, link fingerprint) of the rows that record a link of the handover chain."""
    previous, position = "", 0
    recorded = []
    for seq, digest, row in chain_repo.audit_rows(session):
        if seq is None:
            problems.append(f"audit row id {row.id} ({row.action}) is not in the audit chain")
            continue
        if seq != position + 1:
            problems.append(
                f"audit chain: the row at position {position + 1} is missing (deleted?) before "
                f"row id {row.id}"
            )
        elif audit_hash(row, seq, previous) != digest:
            problems.append(f"audit row id {row.id} ({row.action}) does not match its hash")
        position, previous = seq, digest
        if row.action in LINKED_ACTIONS and row.after:
            fingerprint = json.loads(row.after).get("fingerprint")
            if fingerprint:
                recorded.append((row.id, fingerprint))
    head = chain_repo.read_head(session)
    if head is not None and (head.audit_seq, head.audit_hash) != (position, previous):
        problems.append(
            f"audit chain: it ends at position {position}, but its head records position "
            f"{head.audit_seq} (rows deleted?)"
        )
    return recorded
