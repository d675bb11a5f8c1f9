"""ctrl+p: the command palette offers the same commands as ``:`` and ``cs-console do``."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from cs_console.ui.app import ConsoleApp


class ConsoleCommands(Provider):
    def _entries(self) -> list[tuple[str, str, object]]:
        from cs_console.services.commands import verbs

        app: ConsoleApp = self.app  # type: ignore[assignment]
        out = []
        for v in verbs():
            takes_args = v.min_args > 0 or v.max_args != 0
            if takes_args:
                action = partial(app.open_command_line, v.name + " ")
            else:
                action = partial(app.run_command, v.name)
            out.append((v.syntax, v.summary, action))
        return out

    async def discover(self) -> Hits:
        for syntax, summary, action in self._entries():
            yield DiscoveryHit(syntax, action, help=summary)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for syntax, summary, action in self._entries():
            score = matcher.match(syntax)
            if score > 0:
                yield Hit(score, matcher.highlight(syntax), action, help=summary)  # type: ignore[arg-type]
