"""Ranks with ties sharing a rank (standard competition ranking: 1, 1, 3, …)."""

from __future__ import annotations

from collections.abc import Mapping


def competition_ranks(scores: Mapping[str, float]) -> dict[str, int]:
    """Highest score first; equal scores share the better rank and the next rank skips."""
    ordered = sorted(scores.values(), reverse=True)
    first = {}
    for position, score in enumerate(ordered, 1):
        first.setdefault(score, position)
    return {who: first[score] for who, score in scores.items()}
