"""The baselines' Textual apps: a minimal app, and a 10-row DataTable."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Label


class MinimalApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("minimal ready")


class TenRowTable(App[None]):
    def compose(self) -> ComposeResult:
        yield DataTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("ref", "category", "state", "summary")
        for n in range(10):
            table.add_row(f"T-{n}", "complaint", "new", f"row {n}")


if __name__ == "__main__":
    MinimalApp().run() if sys.argv[1:] != ["table"] else TenRowTable().run()
