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
from cs_console.i18n import N_, _

SYSTEM = "system"
RULE = "AUTH"

STAFF = frozenset(Role)
EVERYONE = STAFF | {SYSTEM}
LEADERS = frozenset({Role.SQUAD_LEADER, Role.DEPUTY_SQUAD_LEADER})
SQUAD_LEADER = frozenset({Role.SQUAD_LEADER})
SUPERVISOR = frozenset({Role.SUPERVISOR})
QUALITY = LEADERS | {Role.QUALITY_INSPECTOR, Role.SUPERVISOR}
TRAINING = frozenset({Role.TRAINING_SPECIALIST})
# TR-01: new staff are trained by the quality inspector and the support specialist, then
# examined; the training specialist runs the training and the monthly exams (TR-04, TR-11).
TRAINERS = QUALITY | TRAINING | {Role.SUPPORT_SPECIALIST}

ROLE_NAMES = {  # in the order the refusals and README name them
    Role.SQUAD_LEADER: N_("squad leader"),
    Role.DEPUTY_SQUAD_LEADER: N_("deputy"),
    Role.QUALITY_INSPECTOR: N_("quality inspector"),
    Role.SUPERVISOR: N_("supervisor"),
    Role.DUTY_MANAGER: N_("duty manager"),
    Role.SUPPORT_SPECIALIST: N_("support specialist"),
    Role.TRAINING_SPECIALIST: N_("training specialist"),
    Role.RETURN_VISIT_AGENT: N_("return-visit agent"),
    Role.AGENT: N_("agent"),
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
    _row("help", N_("listing the commands"), EVERYONE),
    _row("status", N_("reading the shift's status"), EVERYONE),
    _row("show", N_("reading a person, seat or ticket"), EVERYONE),
    _row("reminders", N_("reading the reports due"), EVERYONE),
    _row("search", N_("searching every past shift"), EVERYONE),
    _row("clocks", N_("reading the clocks"), EVERYONE),
    _row("roll", N_("reading the roll call"), EVERYONE),
    _row("stats", N_("reading the statistics"), EVERYONE),
    _row("print", N_("printing the handover summary"), EVERYONE),
    _row("alerts", N_("reading the open alerts"), EVERYONE),
    _row("ack-alert", N_("acknowledging an alert"), LEADERS),
    _row("arrive", N_("marking an arrival"), LEADERS | {SYSTEM}, "`arrive STAFF` (now)"),
    _row("arrive.at_time", N_("marking an arrival at a given time (or under --now)"), LEADERS,
       "`arrive STAFF TIME`, or any `arrive` under `--now`"),
    _row("callin", N_("recording a call-in (RC-06)"), LEADERS),
    _row("absent", N_("marking absenteeism"), LEADERS),
    _row("remark", N_("a remark on the roll call"), LEADERS),
    _row("leave", N_("recording a leave request"), LEADERS),
    _row("approve", N_("recording an approval"), LEADERS),
    _row("reject", N_("refusing a request"), LEADERS),
    _row("certificate", N_("recording a medical certificate"), LEADERS),
    _row("swap", N_("recording a swap"), LEADERS),
    _row("complaint", N_("opening a complaint"), LEADERS),
    _row("invalid", N_("ruling a complaint invalid (CP-07)"), SUPERVISOR),
    _row("event", N_("opening a reportable event"), LEADERS),
    _row("dispatch", N_("dispatching a ticket"), LEADERS, "`dispatch` to a person or desk"),
    _row("dispatch.back_office", N_("routing a ticket to a back office (TK-01, TK-02)"),
         SQUAD_LEADER, "`dispatch` to a back office (`tsc`, `woc`)"),
    _row("transfer", N_("transferring a ticket (TK-05, TK-07)"), LEADERS,
       "`transfer` to a person or desk"),
    _row("transfer.back_office", N_("transferring a ticket to a back office (D-09)"), SQUAD_LEADER,
       "`transfer` to a back office (`tsc`, `woc`)"),
    _row("report", N_("recording a report to the duty manager"), LEADERS),
    _row("seat", N_("seating a person"), LEADERS),
    _row("free", N_("freeing a seat"), LEADERS),
    _row("state", N_("setting a seat state"), LEADERS),
    _row("away", N_("marking a person away"), LEADERS),
    _row("back", N_("marking a person back"), LEADERS),
    _row("fault", N_("recording an equipment fault"), LEADERS),
    _row("fixed", N_("recording a repair"), LEADERS),
    _row("signout", N_("signing a person out"), LEADERS),
    _row("ticket", N_("opening a ticket"), LEADERS),
    _row("accept", N_("accepting a ticket"), LEADERS),
    _row("resolve", N_("resolving a ticket"), LEADERS),
    _row("reopen", N_("reopening a ticket"), LEADERS),
    _row("close", N_("closing a ticket"), LEADERS),
    _row("visit", N_("recording a return visit"), LEADERS),
    _row("kb", N_("recording a knowledge-base update"), LEADERS),
    _row("note", N_("writing a handover note"), LEADERS),
    _row("ack", N_("acknowledging carried items"), LEADERS),
    _row("sign", N_("signing the handover log (D-10)"), SQUAD_LEADER),
    _row("closedown", N_("ticking the close-down checklist (HO-15, HO-16)"), LEADERS,
       "`closedown tick ITEM`"),
    _row("closedown.sign", N_("signing the close-down (HO-16)"), SQUAD_LEADER, "`closedown sign`"),
    _row("addendum", N_("adding an addendum to a signed log"), LEADERS),
    _row("blame", N_("attributing a handover problem (HO-08)"), LEADERS),
    _row("points", N_("proposing points"), LEADERS),
    _row("points.PF-16", N_("giving a squad leader the −5…+5 of PF-16"), TRAINING,
       "`points STAFF PF-16 DELTA REASON…`"),
    _row("confirm", N_("confirming points (D-11)"), SQUAD_LEADER),
    _row("confirm.PF-16", N_("confirming a squad leader's −5…+5 of PF-16"), TRAINING,
       "`confirm P-n` of a PF-16 entry"),
    _row("void", N_("voiding points"), LEADERS),
    _row("void.PF-16", N_("voiding a squad leader's −5…+5 of PF-16"), TRAINING,
       "`void P-n REASON…` of a PF-16 entry"),
    _row("acknowledge", N_("acknowledging a points entry (QI-09)"), STAFF, own=True),
    _row("appeal", N_("appealing a points entry (QI-09)"), STAFF, own=True),
    _row("inspect", N_("recording an inspection (QI-01…QI-04)"), QUALITY),
    _row("testcall", N_("recording a test call (QI-08)"), QUALITY),
    _row("exam", N_("recording an exam result (TR-04…TR-06)"), TRAINERS),
    _row("training", N_("recording a training session (TR-11)"), TRAINERS),
    _row("meeting", N_("recording a pre-shift meeting (MT-01)"), LEADERS),
    _row("submitted", N_("recording one's own report (RP-01, RP-04…RP-07)"), STAFF,
       "`submitted REPORT` (one's own)"),
    _row("submitted.other", N_("recording another person's report"), LEADERS | SUPERVISOR,
       "`submitted REPORT STAFF` for another person"),
    _row("decide", N_("deciding an appeal (QI-09)"), SUPERVISOR),
    _row("points list", N_("reading the points of a month"), EVERYONE, "`points list`"),
    _row("month", N_("reading the month's appraisal"), EVERYONE),
    _row("close month", N_("closing a month"), SUPERVISOR, "`close month`"),
    _row("staff.set_pin.other", N_("setting another person's PIN"), SQUAD_LEADER,
       "`cs-console staff set-pin` for another person: a reset, or a first PIN once a squad "
       "leader has one"),
    _row("import.staff.roles", N_("changing roles through import staff"), SQUAD_LEADER,
       "`cs-console import staff` adding people or changing a role, once a squad leader has a "
       "PIN"),
    _row("feed", N_("feeding the phone system's events or the forecast"), LEADERS | {SYSTEM},
       "`cs-console feed queue-log PATH [--follow]`, `cs-console feed forecast FILE`"),
    _row("wall", N_("showing the wallboard"), EVERYONE, "`cs-console wall`"),
    _row("export.unmasked", N_("an unmasked export (D-12)"), SQUAD_LEADER,
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
            _("{doing} needs {needs}").format(doing=_(permission.doing), needs=needs(permission)),
            rule=RULE,
        )


def _names(roles: frozenset[str]) -> list[str]:
    return [name for role, name in ROLE_NAMES.items() if role in roles]


def needs(permission: Permission) -> str:
    """Who may, as the end of a refusal: "a squad leader or deputy (signed in)"."""
    if permission.own:
        return _("the person it concerns (signed in)")
    *first, last = [_(name) for name in _names(permission.roles)]
    who = (
        _("a {roles} or {role}").format(roles=_(", ").join(first), role=last)
        if first
        else _("a {role}").format(role=last)
    )
    if SYSTEM in permission.roles:
        return _("{who} signed in, or no --as").format(who=who)
    return _("{who} (signed in)").format(who=who)


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
