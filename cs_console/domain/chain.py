"""The two hash chains (D-10): the handover chain over what people read, and the audit chain.

Every fingerprint is the SHA-256 (lower-case hex) of one canonical JSON object: UTF-8, keys
sorted, no spaces (``separators=(",", ":")``), non-ASCII characters as they are; instants as
``YYYY-MM-DDTHH:MM:SS.ffffffZ`` in UTC, or null. The object of each link holds the fingerprint
of the link before it under ``previous`` ("" for the first).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

POST_SIGNATURE = ("addendum", "blame")  # entries made after both signatures: links of their own


def instant(at: datetime | None) -> str | None:
    return None if at is None else at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def digest(fields: dict[str, Any]) -> str:
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EntryRow:
    id: int
    section: str
    kind: str
    text: str
    author: str
    at: datetime
    acked_by: str = ""
    acked_at: datetime | None = None
    item_key: str = ""
    from_log_id: int | None = None


@dataclass(frozen=True)
class Signature:
    staff_no: str
    at: datetime | None
    real_at: datetime | None

    def fields(self) -> list[Any]:
        return [self.staff_no, instant(self.at), instant(self.real_at)]


@dataclass(frozen=True)
class Tick:
    item: str
    label: str
    by: str
    at: datetime


@dataclass(frozen=True)
class LogRecord:
    """A signed log as its rows hold it: what the screen and the paper show."""

    seq: int | None
    shift: str  # DATE/CODE
    status: str
    outgoing: Signature
    incoming: Signature
    facts: dict[str, list[str]]
    entries: tuple[EntryRow, ...]  # its own rows, without addenda and attributions
    handed: tuple[EntryRow, ...]  # the items it carried to the next log, with their acks
    closedown: Signature | None = None
    ticks: tuple[Tick, ...] = ()


def log_link(log: LogRecord, previous: str) -> str:
    """A signed log: entries (section, text, author, time …), both signatures (staff number,
    time, real time), the carried items with their acknowledgements, the close-down."""
    closedown = None
    if log.closedown is not None:
        closedown = {
            "signed": log.closedown.fields(),
            "ticks": [[t.item, t.label, t.by, instant(t.at)] for t in log.ticks],
        }
    return digest(
        {
            "kind": "log",
            "seq": log.seq,
            "shift": log.shift,
            "status": log.status,
            "out": log.outgoing.fields(),
            "in": log.incoming.fields(),
            "facts": log.facts,
            "entries": [
                [
                    e.id,
                    e.section,
                    e.kind,
                    e.text,
                    e.author,
                    instant(e.at),
                    e.acked_by,
                    instant(e.acked_at),
                    e.item_key,
                    e.from_log_id,
                ]
                for e in log.entries
            ],  # fmt: skip
            "handed": [
                [e.id, e.section, e.text, e.acked_by, instant(e.acked_at), e.item_key]
                for e in log.handed
            ],
            "closedown": closedown,
            "previous": previous,
        }
    )


def note_link(entry: EntryRow, log_seq: int | None, previous: str) -> str:
    """An addendum (D-10) or an HO-08 attribution: its own link after the log's signatures."""
    return digest(
        {
            "kind": entry.kind,
            "entry": entry.id,
            "log": log_seq,
            "section": entry.section,
            "text": entry.text,
            "author": entry.author,
            "at": instant(entry.at),
            "previous": previous,
        }
    )


def legacy_link(log_seq: int, legacy_head: str) -> str:
    """The first link after the chain began to cover the rows: the head of the chain before it
    (the fingerprint of log ``log_seq`` already on paper), so that paper still verifies."""
    return digest({"kind": "legacy", "log": log_seq, "legacy_head": legacy_head, "previous": ""})


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # the real time
    training_at: datetime | None  # the --now clock's, when one was used
    actor: str
    action: str
    target: str
    before: str | None
    after: str | None


def audit_hash(row: AuditRow, seq: int, previous: str) -> str:
    """One audit row at position ``seq`` of the audit chain."""
    return digest(
        {
            "kind": "audit",
            "seq": seq,
            "id": row.id,
            "at": instant(row.at),
            "training_at": instant(row.training_at),
            "actor": row.actor,
            "action": row.action,
            "target": row.target,
            "before": row.before,
            "after": row.after,
            "previous": previous,
        }
    )
