"""The handover chain (D-10): a link per signed log, per addendum and per HO-08 attribution,
appended under the locked chain head, recomputed from the rows by ``db check``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from cs_console.domain.chain import legacy_link, log_link, note_link
from cs_console.domain.handover import fingerprint as legacy_fingerprint
from cs_console.domain.handover import legacy_content
from cs_console.store import chain_repo
from cs_console.store.models import HandoverEntry, HandoverLink, HandoverLog

NOTE_NAMES = {"addendum": "addendum", "blame": "HO-08 attribution"}


@dataclass(frozen=True)
class ChainHead:
    seq: int
    fingerprint: str

    def text(self) -> str:
        return f"{self.seq}:{self.fingerprint}" if self.seq else "empty"


def name(log: HandoverLog) -> str:
    number = f"log {log.seq}" if log.seq is not None else "log"
    return f"handover {number} ({log.shift_date.isoformat()}/{log.shift_code})"


def next_log_seq(session: Session) -> int:
    """The next log number, taken under the locked chain head."""
    chain_repo.lock_head(session)
    return chain_repo.last_log_seq(session) + 1


def append_log(session: Session, log: HandoverLog) -> str:
    """The signed log as the next link; returns its fingerprint (kept on the log too)."""
    assert log.id is not None
    session.flush()
    head = chain_repo.lock_head(session)
    log.fingerprint = log_link(chain_repo.log_record(session, log), head.link_hash)
    _add(session, head.link_seq + 1, "log", log.id, None, log.fingerprint)
    return log.fingerprint


def append_note(session: Session, log: HandoverLog, entry: HandoverEntry) -> str:
    """An addendum or attribution as the next link; returns its fingerprint."""
    assert log.id is not None and entry.id is not None
    session.flush()
    head = chain_repo.lock_head(session)
    fingerprint = note_link(chain_repo.entry_row(entry), log.seq, head.link_hash)
    _add(session, head.link_seq + 1, entry.kind, log.id, entry.id, fingerprint)
    return fingerprint


def _add(session: Session, seq: int, kind: str, log_id: int, entry_id: int | None,
         fingerprint: str) -> None:  # fmt: skip
    session.add(HandoverLink(seq=seq, kind=kind, log_id=log_id, entry_id=entry_id,
                             fingerprint=fingerprint))  # fmt: skip
    chain_repo.move_head(session, link_seq=seq, link_hash=fingerprint)


def head(session: Session) -> ChainHead:
    found = chain_repo.read_head(session)
    return ChainHead(found.link_seq, found.link_hash) if found else ChainHead(0, "")


def log_matches(session: Session, log: HandoverLog) -> bool:
    """Whether a signed log's rows (and its addenda and attributions) are what was signed."""
    assert log.id is not None
    found = chain_repo.links_of(session, log.id)
    own = [k for k in found if k.kind == "log"]
    if len(own) != 1 or own[0].fingerprint != log.fingerprint:
        return False
    for link in found:
        if link.kind == "legacy":
            continue
        previous = chain_repo.link_before(session, link.seq)
        if _recomputed(session, link, previous) != link.fingerprint:
            return False
    return True


def _recomputed(session: Session, link: HandoverLink, previous: str) -> str | None:
    """The link's fingerprint from the rows as they are now (None: its row is gone)."""
    log = session.get(HandoverLog, link.log_id)
    if log is None:
        return None
    if link.kind == "log":
        return log_link(chain_repo.log_record(session, log), previous)
    if link.kind == "legacy":
        return legacy_link(log.seq or 0, log.legacy_fingerprint)
    entry = session.get(HandoverEntry, link.entry_id) if link.entry_id is not None else None
    if entry is None or entry.log_id != log.id or entry.kind != link.kind:
        return None
    return note_link(chain_repo.entry_row(entry), log.seq, previous)


def verify(session: Session) -> list[str]:
    """Every link recomputed from the rows in order; every signed log, addendum and
    attribution in the chain; the legacy chain up to the head the first link records."""
    problems: list[str] = []
    links = chain_repo.links(session)
    previous = ""
    for position, link in enumerate(links, start=1):
        if link.seq != position:
            problems.append(f"handover chain: link {position} is missing (deleted?)")
            break
        expected = _recomputed(session, link, previous)
        if expected != link.fingerprint:
            problems.append(_mismatch(session, link, expected is None))
        elif link.kind == "log" and _shown_apart(session, link):
            log = session.get(HandoverLog, link.log_id)
            assert log is not None
            problems.append(f"{name(log)} shows another fingerprint than it was signed with")
        previous = link.fingerprint
    stored = chain_repo.read_head(session)
    if stored is not None and (stored.link_seq, stored.link_hash) != (len(links), previous):
        problems.append(
            f"handover chain: it ends at link {len(links)}, but its head records link "
            f"{stored.link_seq} (links deleted?)"
        )
    problems += _unlinked(session, links)
    problems += _legacy(session)
    return problems


def _shown_apart(session: Session, link: HandoverLink) -> bool:
    log = session.get(HandoverLog, link.log_id)
    return log is not None and log.fingerprint != link.fingerprint


def _mismatch(session: Session, link: HandoverLink, gone: bool) -> str:
    log = session.get(HandoverLog, link.log_id)
    where = name(log) if log is not None else f"handover log id {link.log_id}"
    if link.kind == "log":
        return f"{where} does not match its fingerprint (link {link.seq})"
    if link.kind == "legacy":
        return f"handover chain: link {link.seq} (the head before rows were covered) was altered"
    what = f"{NOTE_NAMES.get(link.kind, link.kind)} #{link.entry_id} to {where}"
    return f"{what} {'is missing' if gone else 'does not match its fingerprint'} (link {link.seq})"


def _unlinked(session: Session, links: list[HandoverLink]) -> list[str]:
    logs = {k.log_id for k in links if k.kind == "log"}
    entries = {k.entry_id for k in links if k.entry_id is not None}
    problems = [
        f"{name(log)} is marked signed but is not in the chain"
        for log in chain_repo.signed_logs(session)
        if log.id not in logs
    ]
    for entry in chain_repo.post_signature_entries(session):
        if entry.id not in entries:
            log = session.get(HandoverLog, entry.log_id)
            where = name(log) if log is not None else f"handover log id {entry.log_id}"
            kind = NOTE_NAMES.get(entry.kind, entry.kind)
            problems.append(f"{kind} #{entry.id} to {where} is not in the chain")
    return problems


def _legacy(session: Session) -> list[str]:
    """Fingerprints printed before the chain covered the rows, recomputed the old way."""
    problems = []
    previous = ""
    for log in chain_repo.signed_logs(session):
        if not log.legacy_fingerprint:
            continue
        content = legacy_content(log.content, [log.out_staff_no, log.out_signed_at],
                                 [log.in_staff_no, log.in_signed_at], log.seq)  # fmt: skip
        if legacy_fingerprint(content, previous) != log.legacy_fingerprint:
            problems.append(f"{name(log)} does not match the fingerprint it was signed with")
        previous = log.legacy_fingerprint
    return problems


def reaches(session: Session, seq: int, fingerprint: str) -> str | None:
    """``--expect SEQ:FINGERPRINT``: None when the chain reaches that link (or, for paper
    printed before the chain covered the rows, that legacy log), else why not."""
    links = chain_repo.links(session)
    for link in links:
        if link.seq == seq:
            if link.fingerprint == fingerprint:
                return None
            break
    for log in chain_repo.signed_logs(session):
        if log.seq == seq and log.legacy_fingerprint and log.legacy_fingerprint == fingerprint:
            return None
    last = links[-1].seq if links else 0
    if seq > last:
        return (
            f"handover chain: it ends at link {last} and does not reach link {seq} "
            f"({fingerprint[:16]}…): links were removed"
        )
    return f"handover chain: link {seq} is not {fingerprint[:16]}…: the chain was rewritten"
