"""ctrl+p: the command palette offers the same commands as ``:`` and ``cs-console do``."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

if TYPE_CHECKING:
    from cs_console.ui.app import ConsoleApp


def _highlighted(matcher: Matcher, syntax: str) -> Content:
    """The syntax as written (its ``[optional]`` parts are not markup), matches marked."""
    content = Content(syntax)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, syntax)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ConsoleCommands(Provider):
    def _entries(self) -> list[tuple[str, str, object]]:
        from cs_console.commands.registry import verbs

        app: ConsoleApp = self.app  # type: ignore[assignment]
        out = []
        for v in verbs():
            takes_args = v.min_args > 0 or v.max_args != 0
            if takes_args:
                action = partial(app.open_command_line, v.name + " ")
            else:
                action = partial(app.run_command, v.name)
            out.append((v.shown(), v.describe(app.cs.settings.rules), action))
        return out

    async def discover(self) -> Hits:
        for syntax, summary, action in self._entries():
            yield DiscoveryHit(Content(syntax), action, text=syntax, help=Content(summary))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for syntax, summary, action in self._entries():
            score = matcher.match(syntax)
            if score > 0:
                shown = _highlighted(matcher, syntax)
                yield Hit(score, shown, action, text=syntax, help=Content(summary))  # type: ignore[arg-type]
