"""Queue figures over a generated month of events against a second, naive implementation.

The naive one rebuilds every call from its call id (arrival = its ENTERQUEUE, busy from its
CONNECT) and every agent's signed-in spans from that agent's own events, then counts each
interval directly; the tally counts in one pass from each outcome's own wait and talk times.
"""

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from cs_console.config import Settings
from cs_console.domain.queue_figures import QueueTally
from cs_console.domain.queue_log import parse_lines

RULES = Settings().phone.queue_rules()
START = datetime(2026, 11, 1, tzinfo=UTC)
DAYS = 30
ENDINGS = ("COMPLETECALLER", "COMPLETEAGENT", "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER")
TALK_AT = {"TRANSFER": 3, "BLINDTRANSFER": 3, "ATTENDEDTRANSFER": -2}


def month_log(seed: int, agents: int = 8, calls_per_day: int = 300) -> list[str]:
    rng = random.Random(seed)
    rows: list[tuple[int, int, str]] = []

    def add(at: int, call: str, queue: str, agent: str, event: str, data: str) -> None:
        rows.append((at, len(rows), f"{at}|{call}|{queue}|{agent}|{event}|{data}"))

    names = [f"SIP/80{a:02d}" for a in range(agents)]
    for day in range(DAYS):
        day0 = int(START.timestamp()) + day * 86400
        for name in names:
            login, logout = day0 + 8 * 3600 + rng.randint(-900, 900), day0 + 20 * 3600
            paused = rng.random() < 0.2
            add(login, "NONE", "support", name, "ADDMEMBER", "PAUSED" if paused else "")
            if paused:
                add(login + rng.randint(30, 600), "NONE", "support", name, "UNPAUSE", "")
            for _ in range(rng.randint(0, 3)):
                at = rng.randint(login + 900, logout - 3600)
                every = rng.random() < 0.3
                reason = rng.choice(["lunch", "break", "away", ""])
                queue = "NONE" if every else "support"
                add(at, "NONE", queue, name, "PAUSEALL" if every else "PAUSE", reason)
                back = "UNPAUSEALL" if every else "UNPAUSE"
                add(at + rng.randint(60, 1800), "NONE", queue, name, back, "")
            leave = rng.choice(["REMOVEMEMBER", "AGENTLOGOFF"])
            add(logout + rng.randint(0, 900), "NONE", "support", name, leave, f"{name}|1")
        for n in range(calls_per_day):
            arrive = day0 + 7 * 3600 + rng.randint(0, 14 * 3600)
            call = f"{arrive}.{day}{n}"
            add(arrive, call, "support", "NONE", "ENTERQUEUE", f"|1380000{n:04d}|1")
            kind = rng.random()
            if kind < 0.75:
                agent, hold, talk = rng.choice(names), rng.randint(0, 60), rng.randint(10, 900)
                if rng.random() < 0.3:
                    add(arrive + hold, call, "support", rng.choice(names), "RINGNOANSWER", "15000")
                add(arrive + hold, call, "support", agent, "CONNECT", f"{hold}|b{call}|3")
                ending = rng.choice(ENDINGS)
                data = {
                    "TRANSFER": f"2000|default|{hold}|{talk}|1",
                    "BLINDTRANSFER": f"2000|default|{hold}|{talk}|1",
                    "ATTENDEDTRANSFER": f"BRIDGE|br{n}|{hold}|{talk}|1",
                }.get(ending, f"{hold}|{talk}|1")
                add(arrive + hold + talk, call, "support", agent, ending, data)
            elif kind < 0.93:
                wait = rng.choice([rng.randint(0, 6), rng.randint(5, 300)])
                add(arrive + wait, call, "support", "NONE", "ABANDON", f"2|1|{wait}")
            elif kind < 0.99:
                wait = rng.randint(0, 300)
                event = rng.choice(["EXITWITHTIMEOUT", "EXITEMPTY", "EXITWITHKEY"])
                data = f"5|1|1|{wait}" if event == "EXITWITHKEY" else f"1|1|{wait}"
                add(arrive + wait, call, "support", "NONE", event, data)
            # the rest is still waiting at the end of the log when it arrives late enough
        add(day0 + 12 * 3600, "NONE", "support", "NONE", "CONFIGRELOAD", "")
    return [text for _, _, text in sorted(rows)]


def naive_figures(events, start, end, rules, now):
    """Independent reference: calls by call id, agents' spans by agent, intervals directly."""
    t0, width = int(start.timestamp()), rules.interval_seconds
    count = (int(end.timestamp()) - t0) // width
    at_now = int(now.timestamp())
    calls: dict[str, dict] = {}
    by_agent: dict[str, list] = {}
    for e in events:
        if e.agent != "NONE":
            by_agent.setdefault(e.agent, []).append(e)
        if e.call_id == "NONE":
            continue
        call = calls.setdefault(e.call_id, {})
        if e.event == "ENTERQUEUE":
            call["enter"] = e.epoch
        elif e.event == "CONNECT":
            call["connect"], call["hold"] = e.epoch, int(e.data[0])
        elif e.event == "ABANDON":
            call["abandon"] = int(e.data[2])
        elif e.event in ("EXITWITHTIMEOUT", "EXITEMPTY", "EXITWITHKEY"):
            call["exit"] = True
        elif e.event in ENDINGS:
            call["talk"] = int(e.data[TALK_AT.get(e.event, 1)])
    spans = []
    for agent_events in by_agent.values():
        signed_in = paused = False
        since = None
        for e in agent_events:
            if (
                since is None
                and signed_in is False
                and paused is False
                and e.event
                not in (
                    "ADDMEMBER",
                    "AGENTLOGIN",
                )
            ):
                signed_in = True  # first seen in a call or pause: signed in from then
                since = e.epoch
            before = signed_in and not paused
            if e.event in ("ADDMEMBER", "AGENTLOGIN"):
                signed_in, paused = True, e.event == "ADDMEMBER" and e.data[0] == "PAUSED"
            elif e.event in ("REMOVEMEMBER", "AGENTLOGOFF"):
                signed_in, paused = False, False
            elif e.event in ("PAUSE", "PAUSEALL"):
                paused = True
            elif e.event in ("UNPAUSE", "UNPAUSEALL"):
                signed_in, paused = True, False
            after = signed_in and not paused
            if before and not after:
                spans.append((since, e.epoch))
            if after and not before:
                since = e.epoch
        if signed_in and not paused:
            spans.append((since, at_now))
    busy = []
    for call in calls.values():
        if "talk" in call:
            busy.append((call["connect"], call["connect"] + call["talk"] + rules.acw_seconds))

    def by_interval(segments):
        """Each segment listed under every interval it touches."""
        touched: dict[int, list] = {}
        for x, y in segments:
            for i in range((x - t0) // width, (y - 1 - t0) // width + 1):
                touched.setdefault(i, []).append((x, y))
        return touched

    def overlap(segments, a, b):
        return sum(max(0, min(b, y) - max(a, x)) for x, y in segments)

    arrivals: dict[int, list] = {}
    for call in calls.values():
        if "enter" in call:
            arrivals.setdefault((call["enter"] - t0) // width, []).append(call)
    span_at, busy_at = by_interval(spans), by_interval(busy)
    rows = []
    for i in range(count):
        a, b = t0 + i * width, t0 + (i + 1) * width
        mine = [c for c in arrivals.get(i, []) if a <= c["enter"] < b]
        answered = [c for c in mine if "connect" in c]
        short = [c for c in mine if c.get("abandon", 10**9) < rules.short_abandon_seconds]
        abandoned = [c for c in mine if "abandon" in c and c not in short]
        exited = [c for c in mine if "exit" in c]
        done = [c for c in answered if "talk" in c]
        offered = len(answered) + len(abandoned) + len(exited)
        in_target = len([c for c in answered if c["hold"] <= rules.sl_target_seconds])
        staffed = overlap(span_at.get(i, []), a, b)
        rows.append(
            {
                "offered": offered,
                "answered": len(answered),
                "answered_in_target": in_target,
                "abandoned": len(abandoned),
                "short_abandons": len(short),
                "exited": len(exited),
                "service_level": in_target / offered if offered else None,
                "asa_seconds": sum(c["hold"] for c in answered) / len(answered)
                if answered
                else None,
                "aht_seconds": sum(c["talk"] for c in done) / len(done) + rules.acw_seconds
                if done
                else None,
                "occupancy": min(1.0, overlap(busy_at.get(i, []), a, b) / staffed)
                if staffed
                else None,
            }
        )
    return rows


@pytest.fixture(scope="module")
def month():
    report = parse_lines(month_log(seed=20261101))
    assert report.bad == [] and len(report.unknown) == DAYS
    return report.events


def test_every_interval_of_a_generated_month_matches_the_naive_count(month):
    end = START + timedelta(days=DAYS)
    now = end - timedelta(seconds=1)
    tally = QueueTally(START, end, RULES)
    tally.add(month)
    fast = tally.figures(now)
    slow = naive_figures(month, START, end, RULES, now)
    assert len(fast) == len(slow) == DAYS * 96
    assert sum(row["offered"] for row in slow) > 8000
    for got, want in zip(fast, slow, strict=True):
        for key, value in want.items():
            assert getattr(got, key) == pytest.approx(value), (got.start, key)


def test_one_shift_of_the_month_in_30_minute_intervals_matches_too(month):
    rules = replace(RULES, interval_seconds=1800, service_level_definition="all_offered")
    start = START + timedelta(days=17, hours=8)
    end, now = start + timedelta(hours=8), start + timedelta(hours=5, minutes=7)
    tally = QueueTally(start, end, rules)
    tally.add(e for e in month if e.epoch <= int(now.timestamp()))
    fast = tally.figures(now)
    before_now = [e for e in month if e.epoch <= int(now.timestamp())]
    slow = naive_figures(before_now, start, end, rules, now)
    for got, want in zip(fast, slow, strict=True):
        for key in ("offered", "answered", "abandoned", "short_abandons", "exited", "occupancy"):
            assert getattr(got, key) == pytest.approx(want[key]), (got.start, key)
        short = want["short_abandons"]
        total = want["offered"] + short
        expected = want["answered_in_target"] / total if total else None
        assert got.service_level == pytest.approx(expected)
