"""Erlang C: the staffing figures the contact-centre industry uses for one interval.

Traffic A (Erlang) = calls × handle time ÷ interval length. With N agents, Erlang B comes from the
recurrence B(0) = 1, B(k) = A·B(k−1) ÷ (k + A·B(k−1)), which stays within [0, 1] for any traffic;
P(wait) = N·B ÷ (N − A·(1 − B)); service level = 1 − P(wait)·e^(−(N − A)·t ÷ AHT);
ASA = P(wait)·AHT ÷ (N − A); occupancy = A ÷ N. With N ≤ A the queue never empties: every call
waits, the service level is 0 and the speed of answer is unbounded.
"""

from __future__ import annotations

import math


def traffic(calls: float, period_seconds: float, aht_seconds: float) -> float:
    return calls * aht_seconds / period_seconds


def _erlang_b(agents: int, load: float) -> float:
    b = 1.0
    for k in range(1, agents + 1):
        b = load * b / (k + load * b)
    return b


def _p_wait_from_b(agents: int, load: float, b: float) -> float:
    return agents * b / (agents - load * (1 - b)) if agents > load else 1.0


def p_wait(agents: int, load: float) -> float:
    return _p_wait_from_b(agents, load, _erlang_b(agents, load))


def service_level(agents: int, load: float, aht_seconds: float, target_seconds: float) -> float:
    if agents <= load:
        return 0.0 if load > 0 else 1.0
    return 1 - p_wait(agents, load) * math.exp(-(agents - load) * target_seconds / aht_seconds)


def asa(agents: int, load: float, aht_seconds: float) -> float:
    if agents <= load:
        return math.inf if load > 0 else 0.0
    return p_wait(agents, load) * aht_seconds / (agents - load)


def occupancy(agents: int, load: float) -> float:
    return min(1.0, load / agents) if agents > 0 else 0.0


def required_agents(load: float, aht_seconds: float, target_seconds: float, level: float) -> int:
    """The fewest agents whose service level reaches ``level``; one Erlang B step per agent."""
    if load <= 0:
        return 0
    agents = math.floor(load) + 1
    b = _erlang_b(agents, load)
    while True:
        wait = _p_wait_from_b(agents, load, b)
        if 1 - wait * math.exp(-(agents - load) * target_seconds / aht_seconds) >= level:
            return agents
        agents += 1
        b = load * b / (agents + load * b)
