"""Who may do what: one table, checked in one place (convention 17).

Every verb of the command language has a row, and so has each action whose permission depends
on its arguments (a time given to ``arrive``, a back office as a dispatch target, a points
entry of one's own) or that the command line does outside the language. ``SYSTEM`` is the
actor without ``--as``: a badge reader, cron, the phone feed. README's "Who may do what" is
rendered from this table (``python -m cs_console.domain.permissions README.md`` rewrites it).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from cs_console.domain.errors import UserError
from cs_console.domain.staff import Role
from cs_console.i18n import _

SYSTEM = "system"
RULE = "AUTH"

STAFF = frozenset(Role)
EVERYONE = STAFF | {SYSTEM}
LEADERS = frozenset({Role.SQUAD_LEADER, Role.DEPUTY_SQUAD_LEADER})
SQUAD_LEADER = frozenset({Role.SQUAD_LEADER})
SUPERVISOR = frozenset({Role.SUPERVISOR})
QUALITY = LEADERS | {Role.QUALITY_INSPECTOR, Role.SUPERVISOR}
TRAINING = frozenset({Role.TRAINING_SPECIALIST})

ROLE_NAMES = {  # in the order the refusals and README name them
    Role.SQUAD_LEADER: "squad leader",
    Role.DEPUTY_SQUAD_LEADER: "deputy",
    Role.QUALITY_INSPECTOR: "quality inspector",
    Role.SUPERVISOR: "supervisor",
    Role.DUTY_MANAGER: "duty manager",
    Role.SUPPORT_SPECIALIST: "support specialist",
    Role.TRAINING_SPECIALIST: "training specialist",
    Role.RETURN_VISIT_AGENT: "return-visit agent",
    Role.AGENT: "agent",
}


@dataclass(frozen=True)
class Permission:
    action: str  # a verb, or a verb or command with a qualifier after a dot
    command: str  # how README shows it (Markdown)
    doing: str  # what a refusal says is refused: "closing a ticket"
    roles: frozenset[str]
    own: bool = False  # only on the person's own record, with that person's PIN


def _row(
    action: str, doing: str, roles: frozenset[str], command: str = "", own: bool = False
) -> Permission:
    return Permission(action, command or f"`{action}`", doing, roles, own)


PERMISSIONS = (
    _row("help", "listing the commands", EVERYONE),
    _row("status", "reading the shift's status", EVERYONE),
    _row("show", "reading a person, seat or ticket", EVERYONE),
    _row("reminders", "reading the reports due", EVERYONE),
    _row("search", "searching every past shift", EVERYONE),
    _row("clocks", "reading the clocks", EVERYONE),
    _row("roll", "reading the roll call", EVERYONE),
    _row("stats", "reading the statistics", EVERYONE),
    _row("print", "printing the handover summary", EVERYONE),
    _row("alerts", "reading the open alerts", EVERYONE),
    _row("ack-alert", "acknowledging an alert", LEADERS),
    _row("arrive", "marking an arrival", LEADERS | {SYSTEM}, "`arrive STAFF` (now)"),
    _row("arrive.at_time", "marking an arrival at a given time (or under --now)", LEADERS,
       "`arrive STAFF TIME`, or any `arrive` under `--now`"),
    _row("callin", "recording a call-in (RC-06)", LEADERS),
    _row("absent", "marking absenteeism", LEADERS),
    _row("remark", "a remark on the roll call", LEADERS),
    _row("leave", "recording a leave request", LEADERS),
    _row("approve", "recording an approval", LEADERS),
    _row("reject", "refusing a request", LEADERS),
    _row("certificate", "recording a medical certificate", LEADERS),
    _row("swap", "recording a swap", LEADERS),
    _row("complaint", "opening a complaint", LEADERS),
    _row("event", "opening a reportable event", LEADERS),
    _row("dispatch", "dispatching a ticket", LEADERS, "`dispatch` to a person or desk"),
    _row("dispatch.back_office", "routing a ticket to a back office (TK-01, TK-02)", SQUAD_LEADER,
       "`dispatch` to a back office (`tsc`, `woc`)"),
    _row("transfer", "transferring a ticket (TK-05, TK-07)", LEADERS,
       "`transfer` to a person or desk"),
    _row("transfer.back_office", "transferring a ticket to a back office (D-09)", SQUAD_LEADER,
       "`transfer` to a back office (`tsc`, `woc`)"),
    _row("report", "recording a report to the duty manager", LEADERS),
    _row("seat", "seating a person", LEADERS),
    _row("free", "freeing a seat", LEADERS),
    _row("state", "setting a seat state", LEADERS),
    _row("away", "marking a person away", LEADERS),
    _row("back", "marking a person back", LEADERS),
    _row("fault", "recording an equipment fault", LEADERS),
    _row("fixed", "recording a repair", LEADERS),
    _row("signout", "signing a person out", LEADERS),
    _row("ticket", "opening a ticket", LEADERS),
    _row("accept", "accepting a ticket", LEADERS),
    _row("resolve", "resolving a ticket", LEADERS),
    _row("reopen", "reopening a ticket", LEADERS),
    _row("close", "closing a ticket", LEADERS),
    _row("visit", "recording a return visit", LEADERS),
    _row("kb", "recording a knowledge-base update", LEADERS),
    _row("note", "writing a handover note", LEADERS),
    _row("ack", "acknowledging carried items", LEADERS),
    _row("sign", "signing the handover log (D-10)", SQUAD_LEADER),
    _row("closedown", "ticking the close-down checklist (HO-15, HO-16)", LEADERS,
       "`closedown tick ITEM`"),
    _row("closedown.sign", "signing the close-down (HO-16)", SQUAD_LEADER, "`closedown sign`"),
    _row("addendum", "adding an addendum to a signed log", LEADERS),
    _row("blame", "attributing a handover problem (HO-08)", LEADERS),
    _row("points", "proposing points", LEADERS),
    _row("points.PF-16", "giving a squad leader the −5…+5 of PF-16", TRAINING,
       "`points STAFF PF-16 DELTA REASON…`"),
    _row("confirm", "confirming points (D-11)", SQUAD_LEADER),
    _row("void", "voiding points", LEADERS),
    _row("acknowledge", "acknowledging a points entry (QI-09)", STAFF, own=True),
    _row("appeal", "appealing a points entry (QI-09)", STAFF, own=True),
    _row("inspect", "recording an inspection (QI-01…QI-04)", QUALITY),
    _row("testcall", "recording a test call (QI-08)", QUALITY),
    _row("exam", "recording an exam result (TR-04…TR-06)", QUALITY),
    _row("training", "recording a training session (TR-11)", QUALITY),
    _row("meeting", "recording a pre-shift meeting (MT-01)", LEADERS),
    _row("submitted", "recording one's own report (RP-01, RP-04…RP-07)", STAFF,
       "`submitted REPORT` (one's own)"),
    _row("submitted.other", "recording another person's report", LEADERS | SUPERVISOR,
       "`submitted REPORT STAFF` for another person"),
    _row("decide", "deciding an appeal (QI-09)", SUPERVISOR),
    _row("points list", "reading the points of a month", EVERYONE, "`points list`"),
    _row("month", "reading the month's appraisal", EVERYONE),
    _row("close month", "closing a month", SUPERVISOR, "`close month`"),
    _row("staff.set_pin.other", "setting another person's PIN", SQUAD_LEADER,
       "`cs-console staff set-pin` for another person: a reset, or a first PIN once a squad "
       "leader has one"),
    _row("import.staff.roles", "changing roles through import staff", SQUAD_LEADER,
       "`cs-console import staff` adding people or changing a role, once a squad leader has a "
       "PIN"),
    _row("feed", "feeding the phone system's events or the forecast", LEADERS | {SYSTEM},
       "`cs-console feed queue-log PATH [--follow]`, `cs-console feed forecast FILE`"),
    _row("wall", "showing the wallboard", EVERYONE, "`cs-console wall`"),
    _row("export.unmasked", "an unmasked export (D-12)", SQUAD_LEADER,
       "`cs-console export json --unmasked`"),
)  # fmt: skip
TABLE = {p.action: p for p in PERMISSIONS}


def allowed(action: str, role: str | None, own: bool = False) -> bool:
    """Whether ``role`` (None: no ``--as``) may do ``action``; ``own`` says the record is the
    actor's own."""
    permission = TABLE[action]
    return (role or SYSTEM) in permission.roles and (own or not permission.own)


def authorize(action: str, role: str | None, own: bool = False) -> None:
    """Refuses, naming who may, unless ``role`` may do ``action``."""
    if not allowed(action, role, own):
        permission = TABLE[action]
        raise UserError(
            _("{doing} needs {needs}").format(doing=permission.doing, needs=needs(permission)),
            rule=RULE,
        )


def _names(roles: frozenset[str]) -> list[str]:
    return [name for role, name in ROLE_NAMES.items() if role in roles]


def needs(permission: Permission) -> str:
    """Who may, as the end of a refusal: "a squad leader or deputy (signed in)"."""
    if permission.own:
        return "the person it concerns (signed in)"
    *first, last = _names(permission.roles)
    who = f"a {', '.join(first)} or {last}" if first else f"a {last}"
    if SYSTEM in permission.roles:
        return f"{who} signed in, or no --as"
    return f"{who} (signed in)"


def who_may(permission: Permission) -> str:
    """Who may, as README's table says it."""
    if permission.roles >= EVERYONE:
        return "everyone, also without `--as`"
    if permission.own:
        return "the person it concerns, on their own entries, with their own PIN"
    who = ", ".join(_names(permission.roles))
    return f"{who}; also without `--as`" if SYSTEM in permission.roles else who


START = "<!-- who-may-do-what: generated from cs_console/domain/permissions.py -->"
END = "<!-- end of who-may-do-what -->"


def readme_section() -> str:
    """README's "Who may do what" table, between its two markers."""
    lines = [START, "", "| command | who may |", "|---|---|"]
    lines += [f"| {p.command} | {who_may(p)} |" for p in PERMISSIONS]
    return "\n".join([*lines, "", END])


def rewrite(readme: str) -> str:
    """``readme`` with the section between the markers replaced by the table's."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return head + readme_section() + tail


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
