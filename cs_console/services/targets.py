"""Where a ticket can be dispatched (D-09): an agent, the leader's desk, a back office …"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from cs_console.domain.errors import UserError
from cs_console.domain.seats import state_word
from cs_console.i18n import N_, _
from cs_console.services.context import Context
from cs_console.services.shift_view import overview
from cs_console.store import repos, seat_repo

FIXED_TARGETS = {
    "leader": N_("squad-leader desk"),
    "duty": N_("duty manager"),
    "visits": N_("return-visit station"),
}  # as recorded in English; the picker shows them in the language


@dataclass(frozen=True)
class Target:
    code: str
    label: str


def resolve(ctx: Context, session: Session, code: str) -> Target:
    """A target code (who may route to a back office is the permission table's, TK-01)."""
    key = code.lower()
    if key in FIXED_TARGETS:
        return Target(key, FIXED_TARGETS[key])
    teams = {t.code: t.name for t in ctx.settings.teams}
    if key in teams:
        return Target(key, teams[key])
    person = repos.staff_row(session, code)
    if person is not None:
        return Target(person.staff_no, f"{person.staff_no} {person.name}")
    known = ", ".join([*FIXED_TARGETS, *teams])
    raise UserError(
        _("Unknown target '{code}'; use a staff number or one of {known}.").format(
            code=code, known=known
        )
    )


def choices(ctx: Context) -> list[Target]:
    """The picker's list: agents on shift (seat and state) first, then desks and back offices."""
    view = overview(ctx)
    states: dict[str, str] = {}
    if view.shift is not None:
        with ctx.reading() as session:
            states = seat_repo.states_by_staff_no(session, view.shift.day, view.shift.shift.code)
    not_in = _("not in")
    people = [
        Target(
            ln.person.staff_no,
            f"{ln.person.staff_no} {ln.person.name} · {ln.seat or '—'} · "
            + (state_word(states[ln.person.staff_no]) if ln.person.staff_no in states else not_in),
        )
        for ln in view.roster
        if ln.person.role == "agent"
    ]
    fixed = [Target(k, _(v)) for k, v in FIXED_TARGETS.items()]
    teams = [Target(t.code, t.name) for t in ctx.settings.teams]
    return people + fixed[:1] + teams + fixed[1:]
