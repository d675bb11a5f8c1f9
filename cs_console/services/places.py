"""Where the console keeps its files by default (light: the start reads it before the
database layer)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path


def data_dir() -> Path:
    return user_data_path("cs-console", appauthor=False)


def default_target() -> str:
    return str(data_dir() / "cs-console.db")


def demo_target() -> str:
    return str(data_dir() / "demo.db")
