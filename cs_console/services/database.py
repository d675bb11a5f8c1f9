"""Opening the database: engine, schema upgrade (with a backup first), where it lives."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from cs_console.clock import Clock
from cs_console.config import Settings
from cs_console.domain.errors import UserError
from cs_console.i18n import _
from cs_console.services import audit, files
from cs_console.services.context import Context, faults_said
from cs_console.services.database_errors import REFUSED, reason, record
from cs_console.store import migrate, pg_dump
from cs_console.store.copy import copy_rows
from cs_console.store.engine import database_url, make_engine, sqlite_path


def open_context(
    target: str, settings: Settings, clock: Clock, actor: str | None = None, create: bool = True
) -> Context:
    """An engine on ``target`` with the schema at head (a SQLite file is backed up first).
    A SQLite file that does not exist is created only with ``create``."""
    engine = make_engine(target, create)
    try:
        with faults_said(engine):
            migrate.upgrade(engine)
    except OperationalError as err:
        engine.dispose()
        raise UserError(
            _("Cannot open the database {describe}: {orig}.").format(
                describe=describe(target), orig=err.orig
            )
        ) from None
    except (migrate.NewerSchema, UserError) as err:
        engine.dispose()
        raise UserError(str(err)) from None
    return Context(engine, settings, clock, actor)


def describe(target: str) -> str:
    """Where the data lives, without a password."""
    path = sqlite_path(database_url(target))
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(database_url(target)).render_as_string(hide_password=True)


def schema_state(ctx: Context) -> tuple[str | None, str]:
    return migrate.current_revision(ctx.engine), migrate.head_revision()


def backup(ctx: Context, target: Path, force: bool = False) -> Path:
    """A consistent copy: SQLite's online backup API, or pg_dump's custom format; written to
    a temporary file and renamed into place, readable by its owner only. An existing
    ``target`` is replaced only with ``force``, and never when it is the database itself."""
    if ctx.read_only:
        raise UserError(_("A backup is recorded in the audit log; it cannot be made read-only."))
    path = sqlite_path(str(ctx.engine.url))
    if path is not None and _same_file(target, path):
        raise UserError(_("The backup file cannot be the database itself."))
    files.refuse_target(target, database_allowed=True)
    if target.exists() and not force:
        raise UserError(_("{target} exists; add --force to replace it.").format(target=target))
    with files.replacing(target, private=True, database_allowed=True) as temporary:
        if path is None:
            pg_dump.dump(ctx.engine.url, temporary)
        else:
            try:
                migrate.backup_sqlite(path, temporary)
            except sqlite3.Error as err:
                why = "the disk is full" if "full" in str(err) else str(err)
                raise UserError(
                    _("Cannot write {target}: {why}; nothing was written.").format(
                        target=target, why=why
                    )
                ) from None
    with ctx.transaction() as session:
        audit.record(session, ctx, "db.backup", str(target), after={"file": str(target)})
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and a.samefile(b))
    except OSError:
        return False


def copy_to(ctx: Context, target: str) -> dict[str, int]:
    """Every row into an empty database at ``target`` (migrated to head first), in one
    transaction there, with the counts verified; returns the rows per table."""
    if database_url(target) == str(ctx.engine.url):
        raise UserError(_("The copy must go to another database."))
    engine = make_engine(target)
    try:
        migrate.upgrade(engine)
        counts = copy_rows(ctx.engine, engine)
    except OperationalError as err:
        raise UserError(
            _("Cannot copy to {describe}: {orig}.").format(describe=describe(target), orig=err.orig)
        ) from None
    except ValueError as err:
        raise UserError(_("Nothing was copied: {err}.").format(err=err)) from None
    except REFUSED as err:  # its text holds the rows of the batch: customers' numbers (D-12)
        raise UserError(
            _("Nothing was copied: the database refused {record}: {reason}.").format(
                record=record(err), reason=reason(err)
            )
        ) from None
    finally:
        engine.dispose()
    with ctx.transaction() as session:
        audit.record(
            session, ctx, "db.copy", describe(target), after={"rows": sum(counts.values())}
        )
    return counts
