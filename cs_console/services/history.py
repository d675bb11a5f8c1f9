"""The command bar's history, kept across restarts in the user data folder, one line each,
customer phone numbers and names masked (D-12)."""

from __future__ import annotations

from pathlib import Path

from cs_console.domain.masking import mask_command_line
from cs_console.services.places import data_dir

KEEP = 500  # lines kept; the oldest go first


def history_path() -> Path:
    return data_dir() / "command-history"


def load_history() -> list[str]:
    try:
        text = history_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # no history yet, or unreadable: start afresh
        return []
    return [line for line in text.splitlines() if line.strip()][-KEEP:]


def remember(history: list[str], line: str) -> None:
    """Add ``line`` (masked) to ``history`` and the file; a repeat of the last is kept once."""
    kept = mask_command_line(" ".join(line.split()))
    if history and history[-1] == kept:
        return
    history.append(kept)
    del history[:-KEEP]
    try:
        path = history_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(history) + "\n", encoding="utf-8")
    except OSError:  # a read-only home: the history lasts as long as the console
        pass
