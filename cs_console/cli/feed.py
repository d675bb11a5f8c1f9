"""``cs-console feed queue-log PATH [--follow]`` and ``feed forecast FILE``: the phone system's
events and the forecast, written as the system (no ``--as`` needed)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console
from cs_console.domain.errors import UserError
from cs_console.gc_pause import long_lived
from cs_console.i18n import _
from cs_console.services.forecast import load_forecast
from cs_console.services.log_tail import Tail
from cs_console.services.queue_feed import FeedResult, may_feed, store_chunk

POLL_SECONDS = 0.2  # how often a followed file is looked at: within the live-update bound
# At most one write this often while lines keep coming: the consoles look for writes every
# half second (ui/upkeep.POLL_SECONDS), and each write has its transaction and audit row to pay
# for, so a busy phone system's lines go in together; a line after a quiet spell goes at once.
WRITE_SECONDS = 0.5
RETRY_SECONDS = 2.0  # after the database was out of reach

app = typer.Typer(
    help=_("Feed the phone system's events and the calls forecast."), no_args_is_help=True
)


def _said(result: FeedResult) -> None:
    said = [
        (line, _("line {line}: unknown event {name}").format(line=line, name=name))
        for line, name in result.unknown
    ]
    said += [(line, _("line {line}: bad line ({reason})").format(line=line, reason=reason))
             for line, reason in result.bad]  # fmt: skip
    for _line, text in sorted(said):
        typer.echo(text, err=True)


def _summary(path: Path, total: FeedResult) -> str:
    return _("{path}: {added} added, {repeated} already stored, {unknown} unknown, "
             "{bad} bad, {seats} seat states set.").format(
        path=path, added=total.added, repeated=total.repeated, unknown=len(total.unknown),
        bad=len(total.bad), seats=total.seats)  # fmt: skip


@app.command("queue-log")
def queue_log(
    ctx: typer.Context,
    path: Path,
    follow: Annotated[
        bool, typer.Option("--follow", help=_("Keep reading as the file grows or rotates."))
    ] = False,
) -> None:
    """Store the events of an Asterisk queue_log once each; unknown and bad lines are reported
    with their line numbers and skipped."""
    console = acting_console(ctx)
    may_feed(console)
    if not follow and not path.is_file():
        raise UserError(_("{path}: no such file.").format(path=path))
    tail, total, caught_up = Tail(path, follow=follow), FeedResult(), False
    written = 0.0  # when the last lines were stored (monotonic)
    try:
        while True:
            if caught_up:
                time.sleep(max(0.0, written + WRITE_SECONDS - time.monotonic()))
            chunks = tail.read()
            if chunks:
                written = time.monotonic()
            for chunk in chunks:
                result = _stored(console, chunk, path, follow)
                _said(result)
                total.added += result.added
                total.repeated += result.repeated
                total.seats += result.seats
                total.unknown += result.unknown
                total.bad += result.bad
                if caught_up and (result.added or result.unknown or result.bad):
                    typer.echo(_summary(path, result))
                    sys.stdout.flush()
            if not chunks:
                if not follow:
                    break
                if not caught_up:  # what the file held when the feed started
                    typer.echo(_("{summary} Following.").format(summary=_summary(path, total)))
                    sys.stdout.flush()
                    caught_up = True
                    long_lived()
                time.sleep(POLL_SECONDS)
    except KeyboardInterrupt:
        pass
    finally:
        tail.close()
    typer.echo(_summary(path, total))


def _stored(console, chunk, path: Path, follow: bool) -> FeedResult:  # noqa: ANN001
    """A followed feed never stops: while the database is out of reach it says so and tries
    the same lines again."""
    while True:
        try:
            return store_chunk(console, chunk, path.name)
        except UserError as err:
            if not follow:
                raise
            typer.echo(str(err), err=True)
            time.sleep(RETRY_SECONDS)


@app.command("forecast")
def forecast(ctx: typer.Context, file: Path) -> None:
    """Columns: interval_start,offered,aht_seconds (local time on an interval boundary)."""
    console = acting_console(ctx)
    may_feed(console)
    count = load_forecast(console, file)
    typer.echo(_("{path}: {count} intervals forecast.").format(path=file, count=count))
