"""Messages that thread workers post to the UI (workers never touch widgets)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from textual.message import Message


@dataclass
class Loaded(Message):
    """A screen's data, fetched off the UI thread."""

    data: Any


@dataclass
class ShiftLoaded(Message):
    """The current shift and its squad leader, for the header; the running clocks, for alerts."""

    view: Any
    clocks: list[Any]
    alerts: list[Any] = field(default_factory=list)  # the open alerts (services/alerts.py)


@dataclass
class CommandDone(Message):
    """The result (or refusal) of a command line."""

    line: str
    text: str
    ok: bool
    conflict: bool = False  # someone else changed the record since the user looked
    fault: bool = False  # an internal error: nothing was written, the sentence says where to look
    then: str = ""  # a question: the command a yes runs (errors.Ask)
    yes: Any = None  # the same as a typed intent, when the question came with one
    touched: str | None = None  # the record created or changed: the screen's cursor goes there
    reply: Reply | None = None  # the form that sent it and waits for it (modals/form.py)


Reply = Callable[[CommandDone], bool]  # True: the form kept the refusal, to be corrected there


@dataclass
class Faulted(Message):
    """An error nobody expected, caught where it happened (convention 19)."""

    error: Exception
    doing: str
