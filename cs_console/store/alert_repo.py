"""Alerts: raised once per cause (its key), open until acknowledged."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from cs_console.store.models_floor import Alert

ALERTS = Alert.__table__  # type: ignore[attr-defined]


def known_keys(session: Session, keys: Iterable[str]) -> set[str]:
    wanted = list(keys)
    if not wanted:
        return set()
    return set(session.exec(select(Alert.key).where(col(Alert.key).in_(wanted))).all())


def raise_alert(session: Session, key: str, kind: str, text: str, at: datetime) -> int | None:
    """The new alert's id, or None when this cause raised one already."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(ALERTS)
        .values(key=key, kind=kind, text=text, raised_at=at, acked_by="")
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(ALERTS.c.id)
    )
    return session.execute(stmt).scalar_one_or_none()


def open_alerts(session: Session) -> list[Alert]:
    return list(
        session.exec(
            select(Alert).where(col(Alert.acked_at).is_(None)).order_by(col(Alert.id))
        ).all()
    )
