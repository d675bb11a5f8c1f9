"""The console's windows over any screen: search (ctrl+f), the shift's statistics (f2) and the
keys that work here (?), and the palette's own entries; a mixin of the console app."""

from __future__ import annotations

from typing import Any

from textual import work
from textual.app import SystemCommand

from cs_console.i18n import _
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.modals.help import HelpModal

SCREEN_TITLES = {mode: label for mode, _key, label in keys.SCREENS}


class Windows:
    """Needs the console app's ``cs`` and Textual's App."""

    cs: Any

    def show_in_window(self, line: str, text: str, screen: Any) -> None:
        """A command's answer of several lines, in a window; the status line points at it
        while it is open."""
        from cs_console.ui.modals.text_result import TextResultModal
        from cs_console.ui.widgets.status_line import StatusLine

        said = _(": {line} — see the window (esc closes)").format(line=line)
        if screen is not None:
            screen.say(said)
        status = screen.query_one(StatusLine) if screen is not None else None
        self.push_screen(  # type: ignore[attr-defined]
            TextResultModal(f": {line}", text),
            lambda _closed: status.unsay(said) if status is not None else None,
        )

    def action_search(self) -> None:
        from cs_console.ui.modals.search import SearchModal

        self.push_screen(SearchModal(self.cs))

    def action_stats(self) -> None:
        self._load_stats()

    @work(thread=True, group="stats")
    @guarded("loading the statistics")
    def _load_stats(self) -> None:
        from cs_console.services.stats import shift_stats
        from cs_console.ui.modals.stats import StatsModal

        inst = self.cs.current_shift()
        if inst is None:
            return
        stats = shift_stats(self.cs, inst)
        self.call_from_thread(self.push_screen, StatsModal(stats))

    def action_help(self) -> None:
        screen = self.screen
        rows = []
        seen = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if binding.id in seen or not binding.description:
                continue
            seen.add(binding.id)
            rows.append((self.get_key_display(binding), keys.described(binding), binding.id or ""))
        mode_title = SCREEN_TITLES.get(self.current_mode)
        title = _(mode_title) if mode_title else ""
        self.push_kept("help", lambda: HelpModal(title, rows), (title, rows))

    def get_system_commands(self, screen):  # noqa: ANN001, ANN201
        yield from super().get_system_commands(screen)  # type: ignore[misc]
        yield SystemCommand(
            _("Shift statistics"),
            _("RP-02 figures and charts of the current shift"),
            self.action_stats,
        )
        yield SystemCommand(
            _("Sign in / switch user"), _("sign in with staff number and PIN"), self.action_sign_in
        )
        yield SystemCommand(
            _("Lock"), _("blank the screen until someone signs in"), self.action_lock
        )
