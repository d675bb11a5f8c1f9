"""The search verb: every past shift's tickets, logs, events and remarks."""

from __future__ import annotations

from cs_console.commands.registry import verb
from cs_console.i18n import N_, _
from cs_console.services.context import Context
from cs_console.services.search import hit_line, search


@verb("search TEXT", N_("find TEXT in every shift's tickets, logs, events and remarks"), 1,
      lines=True)  # fmt: skip
def _search(ctx: Context, args: tuple[str, ...]) -> str:
    query = " ".join(args)
    hits = search(ctx, query)
    if not hits:
        return _("Nothing found for '{query}'.").format(query=query)
    return "\n".join(hit_line(h, ctx.settings.tz) for h in hits)
