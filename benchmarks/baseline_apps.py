"""The baselines' Textual apps: a minimal app, one that redraws a label each second, and a
10-row DataTable."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Label


class MinimalApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("minimal ready")


class TickingApp(App[None]):
    """The least a screen with a clock can do: one label redrawn each second."""

    def compose(self) -> ComposeResult:
        yield Label("minimal ready", id="label")

    def on_mount(self) -> None:
        self.seconds = 0
        self.set_interval(1, self.tick)

    def tick(self) -> None:
        self.seconds += 1
        self.query_one("#label", Label).update(f"minimal ready {self.seconds}")


class TenRowTable(App[None]):
    def compose(self) -> ComposeResult:
        yield DataTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("ref", "category", "state", "summary")
        for n in range(10):
            table.add_row(f"T-{n}", "complaint", "new", f"row {n}")


if __name__ == "__main__":
    {"table": TenRowTable, "ticking": TickingApp}.get(sys.argv[-1], MinimalApp)().run()
