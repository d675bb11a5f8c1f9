"""Faults inside the console never end it (convention 19): a method marked ``guarded`` and
every key's action report an error nobody expected — one sentence without customer data on
the status line, the details in the log file — and the console goes on. guarded works on the
UI thread and in thread workers alike."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, TypeVar

from rich.text import Text
from textual.app import App
from textual.worker import WorkerFailed

from cs_console.ui.messages import Faulted

Method = TypeVar("Method", bound=Callable[..., Any])


def guarded(doing: str) -> Callable[[Method], Method]:
    """``doing`` says what was going on, in the sentence: "loading the screen"."""

    def wrap(method: Method) -> Method:
        @functools.wraps(method)
        def run(node: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(node, *args, **kwargs)
            except Exception as err:
                if os.environ.get("CS_CONSOLE_DEBUG"):
                    raise
                node.app.post_message(Faulted(err, doing))
                return None

        return run  # type: ignore[return-value]

    return wrap


class FaultReports(App[None]):
    """The console app's side: reports, every key's action guarded, and the last resort."""

    _fatal_sentence = ""
    _last_fault: tuple[str, str, str] = ("", "", "")  # what, which error, the sentence

    def on_faulted(self, message: Faulted) -> None:
        self.report_fault(message.error, message.doing)

    def report_fault(self, error: Exception, doing: str) -> None:
        """One sentence without customer data on the status line (and as a notification
        while a dialog covers it); the details in the log file, once for a repeated fault."""
        from cs_console.fault_log import record_fault

        doing_then, kind, sentence = self._last_fault
        if (doing_then, kind) != (doing, type(error).__name__):
            sentence = record_fault(error, doing)
            self._last_fault = (doing, type(error).__name__, sentence)
        screen = self._console_screen()  # type: ignore[attr-defined] - the console app's
        if screen is not None and screen.is_mounted:
            screen.say(sentence, ok=False)
        if screen is None or self.screen is not screen:
            self.notify(sentence, severity="error", timeout=10)
        self.bell()

    async def run_action(self, action: Any, default_namespace: Any = None,
                         namespaces: Any = None) -> bool:  # fmt: skip
        """Every key's action, in every screen and dialog: an error is reported, not fatal."""
        try:
            return await super().run_action(action, default_namespace, namespaces)
        except Exception as err:
            if os.environ.get("CS_CONSOLE_DEBUG"):
                raise
            name = action.partition("(")[0] if isinstance(action, str) else "of a key"
            self.report_fault(err, f"the key's action {name.rpartition('.')[2]}")
            return True

    def _handle_exception(self, error: Exception) -> None:
        """Textual's last resort for an error nothing caught. A worker's is reported and the
        console goes on; any other ends the app (the widget whose handler failed stops taking
        messages) with one sentence on stderr and the details in the log file — never
        Textual's crash screen with local variables (PINs, customer numbers). Textual is
        pinned, so this private hook and ``_fatal_error`` below stay as they are."""
        if isinstance(error, WorkerFailed):  # a thread's error: the UI itself is intact
            self.report_fault(error.error, "a background task")  # type: ignore[arg-type]
            return
        from cs_console.fault_log import record_fault

        self._fatal_sentence = record_fault(error, "drawing or updating the console")
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        if os.environ.get("CS_CONSOLE_DEBUG"):
            super()._fatal_error()
            return
        self.bell()
        self._exit_renderables.append(Text(self._fatal_sentence))
        self._close_messages_no_wait()
