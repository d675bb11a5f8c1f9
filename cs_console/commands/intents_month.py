"""Typed intents of the month's records made from a screen (convention 13): the pre-shift
meeting (MT-01, MT-07). Staff numbers and agenda items stay as typed; the handler splits them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cs_console.commands.intents import Intent


@dataclass(frozen=True)
class PreShiftMeeting(Intent):
    verb: ClassVar[str] = "meeting"
    agenda: str = ""  # items separated by ';'
    below: str = ""  # staff numbers named below standard, separated by commas or spaces
    praised: str = ""  # staff numbers praised
    conduct: str = ""  # STAFF:FINDING, separated by commas (MT-07)
