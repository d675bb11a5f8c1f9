"""Errors a user can cause: each is one clear sentence, with the rule id when a rule refused."""

from __future__ import annotations

from cs_console.i18n import _

EXIT_REFUSED = 2  # a UserError: its one sentence on stderr
EXIT_FAULT = 1  # anything else


class UserError(Exception):
    """Bad input or a refused action; the interfaces show ``str(err)`` and exit 2."""

    def __init__(self, message: str, rule: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule

    def __str__(self) -> str:
        if self.rule:
            return _("refused [{rule}]: {message}").format(rule=self.rule, message=self.message)
        return self.message


def usage(syntax: str) -> UserError:
    """The refusal of a command typed with the wrong words: its syntax, in the language."""
    return UserError(_("Usage: {syntax}").format(syntax=syntax))


class NotFound(UserError):
    """A staff number, seat or record id that does not exist."""


class Conflict(UserError):
    """Someone else changed the record since this user looked at it (optimistic concurrency)."""


class Ask(UserError):
    """A refusal that a yes turns into another command: ``then`` is that command line and
    ``intent`` the same as a typed intent. A console asks y/n and runs the intent on y; ``do``
    refuses with the sentence, which names the command to type."""

    def __init__(
        self, message: str, then: str, intent: object = None, rule: str | None = None
    ) -> None:
        super().__init__(message, rule)
        self.then = then
        self.intent = intent  # set by the command that asked (convention 13): what a console runs


class Unavailable(UserError):
    """The database server cannot be reached for now; nothing was changed, and trying again
    later may succeed."""
