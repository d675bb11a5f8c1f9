"""``cs-console report shift|week|month``: the figures the squad leader reports upward."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Annotated

import typer

from cs_console.cli.runtime import acting_console
from cs_console.domain.errors import UserError
from cs_console.domain.shifts import shift_instance
from cs_console.domain.spreadsheet import csv_cell
from cs_console.domain.text import one_line
from cs_console.domain.timeparse import parse_date
from cs_console.i18n import _
from cs_console.services import files
from cs_console.services.period_report import period_report
from cs_console.services.stats import shift_stats

app = typer.Typer(
    help=_("Reports: shift statistics (RP-02), weekly and monthly roll-ups (RP-01)."),
    no_args_is_help=True,
)

CsvOption = Annotated[Path | None, typer.Option("--csv", help=_("Write CSV to this file."))]
JsonOption = Annotated[Path | None, typer.Option("--json", help=_("Write JSON to this file."))]


def _write(path: Path, text: str) -> None:
    """Whole or not at all, readable by its owner only (names and points)."""
    files.write_text(path, text, private=True)
    typer.echo(_("Written to {path}.").format(path=path))


def _csv(rows: list[dict]) -> str:
    """The rows as CSV (RFC 4180 line ends, so a carriage return in a value is quoted); text
    that a spreadsheet would run as a formula gets a leading '."""
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


@app.command("shift", help=_("The statistics of one shift (default: the current one)."))
def shift(
    ctx: typer.Context,
    day: Annotated[str | None, typer.Option("--date", help=_("YYYY-MM-DD"))] = None,
    code: Annotated[str | None, typer.Option("--shift", help=_("Shift code, e.g. D"))] = None,
    csv_out: CsvOption = None,
    json_out: JsonOption = None,
) -> None:
    console = acting_console(ctx)
    if (day is None) != (code is None):
        raise UserError(_("Give both --date and --shift, or neither."))
    if day and code:
        inst = shift_instance(console.settings.shift(code), parse_date(day), console.settings.tz)
    else:
        found = console.current_shift()
        if found is None:
            raise UserError(_("No shift at this hour; give --date and --shift."))
        inst = found
    stats = shift_stats(console, inst)
    if json_out:
        _write(json_out, json.dumps(stats.as_dict(), ensure_ascii=False, indent=1) + "\n")
    elif csv_out:
        rows = [
            {"shift": stats.shift, "measure": f"tickets.{k}", "value": v}
            for k, v in stats.tickets_by_category.items()
        ]
        rows += [
            {"shift": stats.shift, "measure": f"attendance.{k}", "value": v}
            for k, v in stats.attendance.items()
        ]
        rows += [{"shift": stats.shift, "measure": m, "value": getattr(stats, m)}
                 for m in ("complaints", "clocks_on_time", "clocks_overrun", "clock_points",
                           "outages")]  # fmt: skip
        _write(csv_out, _csv(rows))
    else:
        typer.echo("\n".join(map(one_line, stats.lines())))


def _period(ctx: typer.Context, kind: str, csv_out: Path | None, json_out: Path | None) -> None:
    report = period_report(acting_console(ctx), kind)
    if json_out:
        data = {
            "kind": kind,
            "first": report.first.isoformat(),
            "last": report.last.isoformat(),
            "agents": report.agents,
            "shifts": report.shifts,
        }
        _write(json_out, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    elif csv_out:
        _write(csv_out, _csv(report.agents))
    else:
        typer.echo("\n".join(map(one_line, report.lines())))


@app.command("appraisal")
def appraisal(
    ctx: typer.Context,
    month: Annotated[str, typer.Argument(help="The month, YYYY-MM.")],
    csv_out: CsvOption = None,
    json_out: JsonOption = None,
    pdf_out: Annotated[Path | None, typer.Option("--pdf", help="Write a PDF to this file.")] = None,
) -> None:
    """The month's appraisal (frozen once closed): one row per person (PF-10…PF-19, QI-04);
    JSON with schema_version, CSV with the same keys, a PDF table per team."""
    from cs_console.printing import month_export
    from cs_console.printing.month_text import month_lines
    from cs_console.services.month_period import parse_month
    from cs_console.services.month_view import month_view

    console = acting_console(ctx)
    view = month_view(console, parse_month(month))
    if json_out:
        text = json.dumps(month_export.as_json(view), ensure_ascii=False, indent=1)
        _write(json_out, text + "\n")
    if csv_out:
        _write(csv_out, _csv(month_export.records(view)))
    if pdf_out:
        settings = console.settings
        pdf = month_export.render_pdf(
            view, settings.centre_name, settings.print_font, console.now()
        )
        files.write_bytes(pdf_out, pdf, True)
        typer.echo(_("Written to {path}.").format(path=pdf_out))
    if not (json_out or csv_out or pdf_out):
        typer.echo("\n".join(map(one_line, month_lines(view))))


@app.command("week", help=_("This week's per-agent and per-shift tables (CSV: the agent table)."))
def week(ctx: typer.Context, csv_out: CsvOption = None, json_out: JsonOption = None) -> None:
    _period(ctx, "week", csv_out, json_out)


@app.command(
    "month",
    help=_(
        "This month's figures: the draft of the squad leader's report due before the 22nd (RP-01)."
    ),
)
def month(ctx: typer.Context, csv_out: CsvOption = None, json_out: JsonOption = None) -> None:
    _period(ctx, "month", csv_out, json_out)
