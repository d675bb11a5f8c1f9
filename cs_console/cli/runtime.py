"""Global options, turned into settings, a clock and a database context for each command."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

from cs_console.cli.pipes import closed_pipe
from cs_console.domain.errors import EXIT_FAULT, EXIT_REFUSED, UserError
from cs_console.domain.text import one_line
from cs_console.fault_log import record_fault
from cs_console.i18n import _
from cs_console.options import Globals

if TYPE_CHECKING:
    from cs_console.services.context import Context


class ConsoleGroup(TyperGroup):
    """Errors a user can cause: one sentence on stderr and exit 2; anything else exit 1, with
    one sentence and the details in the log file; output into a closed pipe ends quietly."""

    def invoke(self, ctx: typer.Context) -> object:
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except BrokenPipeError:
            raise typer.Exit(closed_pipe()) from None
        except UserError as err:
            typer.echo(one_line(str(err)), err=True)
            raise typer.Exit(EXIT_REFUSED) from None
        except Exception as err:
            if os.environ.get("CS_CONSOLE_DEBUG") or _is_usage_error(err):
                raise
            doing = f"running {ctx.invoked_subcommand or 'the command'}"
            typer.echo(record_fault(err, doing), err=True)
            raise typer.Exit(EXIT_FAULT) from None


def _is_usage_error(err: Exception) -> bool:
    """Typer's own exceptions (bad options, missing arguments) keep Typer's handling."""
    return type(err).__module__.startswith("typer.")


def globals_of(ctx: typer.Context) -> Globals:
    return ctx.find_root().obj


def acting_console(ctx: typer.Context, create: bool = False) -> Context:
    """The command's database context; with ``--as``, acting as that person once their PIN
    (``CS_CONSOLE_PIN``, else asked for) is checked: an ``--as`` is never taken on trust.
    ``create``: the command may create the database (``--db`` naming a new file)."""
    from cs_console.services.staff import authenticate

    g = globals_of(ctx)
    opened = g.context(create=create)
    if g.actor is None:
        return opened
    pin = read_pin(_("PIN for {staff}").format(staff=g.actor))
    authenticate(opened, g.actor, pin, record=False)
    return opened.acting_as(g.actor, pin)


def read_pin(prompt: str = "PIN") -> str:
    """The PIN from ``CS_CONSOLE_PIN``, else asked for on the terminal."""
    pin = os.environ.get("CS_CONSOLE_PIN")
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise UserError(_("A PIN is needed: set CS_CONSOLE_PIN or run from a terminal."))
    return typer.prompt(prompt, hide_input=True)
