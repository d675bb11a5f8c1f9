"""Reading a growing log file the way ``tail -F`` does: new complete lines as they come, and a
rotated (renamed and recreated) or truncated file followed from its start."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

READ_HINT = 1 << 20  # bytes of lines per read: a month of events is read in slices


@dataclass(frozen=True)
class Chunk:
    first_line_no: int  # line numbers count from 1 in each file the path names in turn
    lines: list[str]


@dataclass
class Tail:
    path: Path
    follow: bool = True  # a partial last line waits for its end (else it is a line)
    file: TextIO | None = None
    identity: tuple[int, int] | None = None
    line_no: int = 0
    partial: str = ""

    def _open(self) -> bool:
        try:
            self.file = open(  # noqa: SIM115  (held open between reads, closed on rotation)
                self.path, encoding="utf-8", errors="surrogateescape", newline=""
            )
        except FileNotFoundError:
            return False
        status = os.fstat(self.file.fileno())
        self.identity, self.line_no, self.partial = (status.st_dev, status.st_ino), 0, ""
        return True

    def _take(self, lines: list[str], final: bool) -> Chunk | None:
        if self.partial and lines:
            lines[0] = self.partial + lines[0]
            self.partial = ""
        if lines and not lines[-1].endswith("\n") and not final:
            self.partial = lines.pop()
        if not lines and final and self.partial:
            lines, self.partial = [self.partial], ""
        if not lines:
            return None
        chunk = Chunk(self.line_no + 1, lines)
        self.line_no += len(lines)
        return chunk

    def read(self) -> list[Chunk]:
        """The complete lines written since the last read (at most about ``READ_HINT`` bytes
        of them from the current file); the rest of a rotated file is read before the new one."""
        if self.file is None and not self._open():
            return []
        assert self.file is not None
        chunk = self._take(self.file.readlines(READ_HINT), final=not self.follow)
        if chunk is not None:
            return [chunk]
        try:
            status = os.stat(self.path)
        except FileNotFoundError:
            return []  # rotated away, not recreated yet
        if (status.st_dev, status.st_ino) != self.identity:
            last = self._take([], final=True)  # the old file's unfinished last line
            self.file.close()
            self.file = None
            return [last] if last is not None else []
        if status.st_size < self.file.tell():  # truncated in place: read it from the start
            self.file.seek(0)
            self.line_no, self.partial = 0, ""
        return []

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
