"""The console's windows over any screen: search (ctrl+f), the shift's statistics (f2) and the
keys that work here (?), a mixin of the console app."""

from __future__ import annotations

from typing import Any

from textual import work

from cs_console.i18n import _
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.modals.help import HelpModal

SCREEN_TITLES = {mode: label for mode, _key, label in keys.SCREENS}


class Windows:
    """Needs the console app's ``cs`` and Textual's App."""

    cs: Any

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
        title = SCREEN_TITLES.get(self.current_mode)
        self.push_screen(HelpModal(_(title) if title else "", rows))
