"""The words Tab completes in the command bar: verbs, staff numbers, seats and ticket refs."""

from __future__ import annotations

import os
from dataclasses import dataclass

from cs_console.commands.registry import verbs
from cs_console.domain.commands import ALIASES
from cs_console.services.context import Context
from cs_console.store.completion_repo import completion_words


@dataclass(frozen=True)
class Completions:
    verbs: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # staff numbers, seat codes, ticket refs

    def complete(self, value: str) -> str | None:
        """``value`` with its last word completed (the first word from the verbs, the others
        from the records) and a space after it; when several words fit, as far as they agree
        (as a shell does), else the first of them; None when nothing longer fits."""
        if not value or value.endswith(" "):
            return None
        head, _, last = value.rpartition(" ")
        pool = self.words if head else self.verbs
        folded = last.casefold()
        fits = [w for w in pool if w.casefold().startswith(folded) and len(w) > len(last)]
        if not fits:
            return None
        word = os.path.commonprefix(fits) if len(fits) > 1 else ""
        if len(word) <= len(last):
            word = fits[0] + " "
        return f"{head} {word}" if head else word


def completions(ctx: Context) -> Completions:
    """Read in a worker when the bar opens (no database read on the UI thread)."""
    with ctx.reading() as session:
        staff, seats, tickets = completion_words(session)
    return Completions((*(v.name for v in verbs()), *ALIASES), (*tickets, *staff, *seats))
