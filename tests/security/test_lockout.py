"""A PIN lockout that cannot be dodged: the real clock, an atomic counter, bounded settings."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from cs_console.config import load_settings
from cs_console.domain.errors import UserError
from cs_console.services.staff import authenticate
from cs_console.store.models import AuditEntry, Staff

LEADER = "1001"
LOCKED = f"Signing is locked for {LEADER} until"


def counter(ctx, staff_no: str = LEADER) -> tuple[int, bool]:
    with Session(ctx.engine) as session:
        row = session.exec(select(Staff).where(Staff.staff_no == staff_no)).one()
        return row.pin_failures, row.pin_locked_until is not None


def audited(ctx, action: str) -> int:
    with Session(ctx.engine) as session:
        return len(session.exec(select(AuditEntry.id).where(AuditEntry.action == action)).all())


def test_d10_lockout_runs_on_the_real_clock_while_the_training_clock_jumps(centre, clock):
    real = clock.real_now()
    for _ in range(5):
        clock.advance(hours=1)  # the training clock moves on between tries …
        clock.set_real(real)  # … the real one does not
        with pytest.raises(UserError, match="Wrong PIN"):
            authenticate(centre, LEADER, "0000")
    clock.advance(days=1)
    clock.set_real(real + timedelta(minutes=4))
    with pytest.raises(UserError, match=LOCKED):
        authenticate(centre, LEADER, "1234")
    assert counter(centre) == (5, True)
    clock.set_real(real + timedelta(minutes=6))
    assert authenticate(centre, LEADER, "1234").staff_no == LEADER
    assert counter(centre) == (0, False)


def test_d10_moving_now_between_runs_does_not_reset_the_lockout(program):
    for hour in range(10, 15):
        wrong = program("--as", LEADER, "do", "status", pin="0000", now=f"2026-11-22T{hour}:30")
        assert (wrong.returncode, wrong.stderr.strip()) == (2, f"Wrong PIN for {LEADER}.")
    later = program("--as", LEADER, "do", "status", pin="1234", now="2026-11-23T10:30")
    assert later.returncode == 2
    assert later.stderr.startswith(LOCKED)


def test_d10_twenty_parallel_wrong_pins_check_at_most_the_allowed_attempts(centre, argv, environ):
    """Separate processes, all at once: each reserves an attempt before the hash is checked,
    so five are checked, fifteen are refused as locked, and the counter loses nothing."""
    runs = [
        subprocess.Popen(
            argv("--as", LEADER, "do", "status"),
            env=environ("0000"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(20)
    ]
    answers = [run.communicate(timeout=180)[1].strip() for run in runs]
    assert all(run.returncode == 2 for run in runs), answers
    wrong = [a for a in answers if a == f"Wrong PIN for {LEADER}."]
    locked = [a for a in answers if a.startswith(LOCKED)]
    assert (len(wrong), len(locked)) == (5, 15), answers
    assert counter(centre) == (5, True)
    assert audited(centre, "staff.sign_in_failed") == 5
    assert audited(centre, "staff.sign_in_locked") == 15


def test_d10_a_right_pin_clears_the_counter_and_failures_stay_audited(centre):
    for _ in range(2):
        with pytest.raises(UserError):
            authenticate(centre, LEADER, "9999")
    assert counter(centre) == (2, False)
    authenticate(centre, LEADER, "1234")
    assert counter(centre) == (0, False)
    with Session(centre.engine) as session:
        actors = session.exec(
            select(AuditEntry.actor).where(col(AuditEntry.action).like("staff.sign_in%"))
        ).all()
    assert actors == [LEADER] * 3


@pytest.mark.parametrize(
    ("setting", "key"),
    [
        ("pin_attempts = 1000000", "rules.pin_attempts"),
        ("pin_attempts = 2", "rules.pin_attempts"),
        ("pin_attempts = 11", "rules.pin_attempts"),
        ("pin_lockout_minutes = 4", "rules.pin_lockout_minutes"),
        ("pin_lockout_minutes = 61", "rules.pin_lockout_minutes"),
        ("pin_lockout_minutes = 0", "rules.pin_lockout_minutes"),
    ],
)
def test_d10_lockout_settings_outside_their_bounds_are_refused(tmp_path: Path, setting, key):
    path = tmp_path / "c.toml"
    path.write_text(f"[rules]\n{setting}\n", encoding="utf-8")
    with pytest.raises(UserError) as err:
        load_settings(path)
    assert f": {key}: " in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "setting",
    [
        "pin_attempts = 3",
        "pin_attempts = 10",
        "pin_lockout_minutes = 5",
        "pin_lockout_minutes = 60",
    ],
)
def test_d10_lockout_settings_within_their_bounds_are_taken(tmp_path: Path, setting):
    path = tmp_path / "c.toml"
    path.write_text(f"[rules]\n{setting}\n", encoding="utf-8")
    name, value = setting.split(" = ")
    assert getattr(load_settings(path).rules, name) == int(value)


def _in_flight(ctx, attempts: int) -> None:  # noqa: ANN001
    """``attempts`` sign-ins counted and not yet checked: the last one locks at once."""
    from cs_console.store import authority_repo

    rules = ctx.settings.rules
    for _ in range(attempts):
        with Session(ctx.engine) as session, session.begin():
            authority_repo.reserve(session, LEADER, ctx.real_now(), rules.pin_attempts,
                                   timedelta(minutes=rules.pin_lockout_minutes))  # fmt: skip


def test_d10_right_pins_checked_at_once_do_not_lock_out_their_owner(centre):
    """The same leader's scripts signing at once: the lock their count set is cleared by the
    right PIN among them, and the one that found it locked is asked again, not refused."""
    import threading

    from cs_console.store import authority_repo

    _in_flight(centre, centre.settings.rules.pin_attempts)
    assert counter(centre)[1]  # locked, before any PIN was checked

    def right_pin_checked() -> None:
        with Session(centre.engine) as session, session.begin():
            authority_repo.clear(session, LEADER)

    threading.Timer(0.5, right_pin_checked).start()
    assert authenticate(centre, LEADER, "1234").staff_no == LEADER
    assert counter(centre) == (0, False)


def test_d10_a_lock_that_stays_refuses_after_asking_again(centre):
    _in_flight(centre, centre.settings.rules.pin_attempts)
    with pytest.raises(UserError, match="Signing is locked for 1001"):
        authenticate(centre, LEADER, "1234")
    assert audited(centre, "staff.sign_in_locked") == 1
