"""The command line (``:``) and the filter bar (``/``): one-line inputs that hide on esc."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.suggester import Suggester
from textual.widgets import Input

from cs_console.domain.text import one_line
from cs_console.ui import keys


class SteadyInput(Input):
    """An input with a steady cursor: the console looks the same on every terminal and in
    every screenshot."""

    def on_mount(self) -> None:
        self.cursor_blink = False

    def insert_text_at_cursor(self, text: str) -> None:
        """Typed or pasted text, without control characters (convention 15)."""
        super().insert_text_at_cursor(one_line(text))


class InputBar(SteadyInput):
    BINDINGS = keys.INPUT_BAR
    # Input sets its virtual width as each letter is typed, which laid out the whole screen;
    # the bar's line is fixed, so only the bar is redrawn.
    virtual_size = Reactive(Size(0, 0), layout=False)

    def open(self, value: str = "") -> None:
        """Shown and focused at once (``focus()`` moves the focus a message later)."""
        self.value = value
        self.cursor_position = len(value)
        self.display = True
        self.screen.set_focus(self)

    def action_close(self) -> None:
        self.display = False
        self.screen.focus_body()  # type: ignore[attr-defined]


class BarSuggester(Suggester):
    """Shows (dimmed) what Tab would complete; the words are read by a worker when the bar
    opens, so nothing here touches the database."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        from cs_console.commands.completion import Completions

        self.completions = Completions()

    async def get_suggestion(self, value: str) -> str | None:
        return self.completions.complete(value)


class CommandLine(InputBar):
    """Same language as ``cs-console do``: Tab completes (the focus stays), ↑/↓ walk the
    history kept across restarts."""

    BINDINGS = keys.COMMAND_BAR

    def __init__(self, **kwargs: object) -> None:
        super().__init__(suggester=BarSuggester(), **kwargs)  # type: ignore[arg-type]
        from cs_console.services.history import load_history

        self.history = load_history()
        self._back = 0  # how far up the history ↑ went; 0: the line being typed
        self._typed = ""

    def open(self, value: str = "") -> None:
        self._back = 0
        super().open(value)

    def action_complete(self) -> None:
        suggester: BarSuggester = self.suggester  # type: ignore[assignment]
        done = suggester.completions.complete(self.value)
        if done is not None:
            self.value = done
            self.cursor_position = len(self.value)

    def action_history(self, step: int) -> None:
        if self._back == 0:
            self._typed = self.value
        back = max(0, min(len(self.history), self._back + step))
        self._back = back
        self.value = self.history[-back] if back else self._typed
        self.cursor_position = len(self.value)

    def remember(self, line: str) -> None:
        from cs_console.services.history import remember

        remember(self.history, line)


class FilterBar(InputBar):
    """Filters the rows of the screen's table as you type."""

    def on_input_changed(self) -> None:
        """Before the bar draws itself: where the rows are read by a worker, the change is
        drawn in one frame with them."""
        frames = getattr(self.screen, "frame_hold", None)
        if frames is not None:
            frames.hold()

    def action_close(self) -> None:
        self.value = ""
        super().action_close()
