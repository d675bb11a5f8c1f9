"""PINs: a PIN changes with the current one or a squad leader's reset; a fresh centre starts
without any; from the first leader PIN on, roles change only through a signed-in squad leader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from cs_console.store.models import AuditEntry, Staff

SET_PIN = "setting another person's PIN needs a squad leader (signed in)"
ROLES = "changing roles through import staff needs a squad leader (signed in)"


def audit_rows(ctx, action: str) -> list[tuple[str, str, dict | None, dict | None]]:
    with Session(ctx.engine) as session:
        rows = session.exec(
            select(AuditEntry).where(AuditEntry.action == action).order_by(col(AuditEntry.id))
        ).all()
    load = lambda text: json.loads(text) if text else None  # noqa: E731
    return [(r.actor, r.target, load(r.before), load(r.after)) for r in rows]


def role_of(ctx, staff_no: str) -> str:
    with Session(ctx.engine) as session:
        return session.exec(select(Staff.role).where(Staff.staff_no == staff_no)).one()


def refused(run, message: str) -> None:
    """Exit 2 and the sentence (after the prompts' warnings that input may be echoed)."""
    assert (run.returncode, run.stderr.strip().splitlines()[-1]) == (2, message), run.stderr


def said(run) -> str:
    """What a run that prompted said last."""
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().rsplit(":", 1)[-1]


def signs_in(program, staff_no: str, pin: str) -> bool:
    return program("--as", staff_no, "do", "status", pin=pin).returncode == 0


def test_auth_a_leader_pin_is_not_changed_without_the_current_one(program, centre):
    wrong = program("staff", "set-pin", "1001", stdin="0000\n9999\n9999\n")
    refused(wrong, "Wrong PIN for 1001.")
    assert signs_in(program, "1001", "1234") and not signs_in(program, "1001", "9999")
    assert audit_rows(centre, "staff.set_pin") == []


def test_auth_a_person_changes_their_own_pin_with_the_current_one(program, centre):
    done = program("staff", "set-pin", "1001", stdin="1234\n4321\n4321\n")
    assert said(done) == "PIN set for 1001."
    assert signs_in(program, "1001", "4321")
    assert audit_rows(centre, "staff.set_pin") == [
        ("1001", "1001", {"pin_set": True}, {"pin_set": True, "staff": "1001", "by": "1001"})
    ]


def test_auth_a_squad_leader_resets_a_pin_with_their_own_and_is_audited(program, centre):
    reset = program("--as", "1015", "staff", "set-pin", "1001", pin="1234", stdin="2468\n2468\n")
    assert reset.returncode == 0, reset.stderr
    assert signs_in(program, "1001", "2468")
    first = program("--as", "1015", "staff", "set-pin", "1005", pin="1234", stdin="5678\n5678\n")
    assert first.returncode == 0, first.stderr
    assert audit_rows(centre, "staff.set_pin") == [
        ("1015", "1001", {"pin_set": True}, {"pin_set": True, "staff": "1001", "by": "1015"}),
        ("1015", "1005", {"pin_set": False}, {"pin_set": True, "staff": "1005", "by": "1015"}),
    ]
    refused(program("--as", "1002", "staff", "set-pin", "1003", pin="1234", stdin="1111\n1111\n"),
            f"refused [AUTH]: {SET_PIN}")  # fmt: skip
    refused(program("--as", "1005", "staff", "set-pin", "1001", pin="5678", stdin="1111\n1111\n"),
            f"refused [AUTH]: {SET_PIN}")  # fmt: skip
    refused(program("staff", "set-pin", "1003", stdin="1111\n1111\n"), f"refused [AUTH]: {SET_PIN}")
    wrong = program("--as", "1015", "staff", "set-pin", "1003", pin="0000", stdin="1111\n1111\n")
    refused(wrong, "Wrong PIN for 1015.")


def test_auth_import_staff_gives_no_role_without_a_signed_in_squad_leader(
    program, centre, tmp_path: Path
):
    promoted = tmp_path / "staff.csv"
    promoted.write_text(
        "staff_no,name,role,grade,team\n1003,高翔,squad_leader,junior,D\n"
        "1099,New Person,deputy_squad_leader,junior,D\n",
        encoding="utf-8",
    )
    refused(program("import", "staff", str(promoted)), f"refused [AUTH]: {ROLES}")
    refused(program("--as", "1002", "import", "staff", str(promoted), pin="1234"),
            f"refused [AUTH]: {ROLES}")  # fmt: skip
    assert role_of(centre, "1003") == "agent"
    done = program("--as", "1001", "import", "staff", str(promoted), pin="1234")
    assert done.returncode == 0, done.stderr
    assert role_of(centre, "1003") == "squad_leader"
    assert [(a, t, b, f) for a, t, b, f in audit_rows(centre, "staff.role")] == [
        ("1001", "1003", {"role": "agent"}, {"role": "squad_leader"}),
        ("1001", "1099", {"role": None}, {"role": "deputy_squad_leader"}),
    ]
    renamed = tmp_path / "names.csv"
    renamed.write_text("staff_no,name,role,grade,team\n1004,林峰,agent,senior,D\n", "utf-8")
    assert program("import", "staff", str(renamed)).returncode == 0  # no role changes


@pytest.fixture
def fresh(db_target: str, tmp_path: Path, argv, environ):
    """A new centre: no staff, no PIN."""
    import subprocess

    def run(*args: str, pin: str = "", stdin: str | None = None):
        return subprocess.run(argv(*args), input=stdin, capture_output=True, text=True,
                              env=environ(pin), timeout=120, start_new_session=True)  # fmt: skip

    return run


def test_auth_a_fresh_centre_starts_without_sign_in_until_the_first_leader_pin(
    fresh, tmp_path: Path
):
    staff = tmp_path / "staff.csv"
    staff.write_text(
        "staff_no,name,role,grade,team\n2001,First Leader,squad_leader,senior,D\n"
        "2002,A Deputy,deputy_squad_leader,senior,D\n2003,An Agent,agent,junior,D\n",
        encoding="utf-8",
    )
    assert fresh("import", "staff", str(staff)).returncode == 0
    deputy = fresh("staff", "set-pin", "2002", stdin="1111\n1111\n")
    assert deputy.returncode == 0, deputy.stderr  # no squad leader has a PIN yet
    first = fresh("staff", "set-pin", "2001", stdin="2222\n2222\n")
    assert said(first) == "PIN set for 2001."
    refused(fresh("staff", "set-pin", "2003", stdin="3333\n3333\n"), f"refused [AUTH]: {SET_PIN}")
    staff.write_text(
        "staff_no,name,role,grade,team\n2003,An Agent,squad_leader,junior,D\n", "utf-8"
    )
    refused(fresh("import", "staff", str(staff)), f"refused [AUTH]: {ROLES}")
    audit = fresh("audit").stdout
    assert "system" not in [line.split()[2] for line in audit.splitlines() if "set_pin" in line]
