"""import, export json, staff set-pin, audit and db through the CLI."""

import json

import pytest

from cs_console.store.migrate import head_revision

STAFF = "staff_no,name,role,grade,team\n2001,周敏,agent,junior,A\n2002,Emma Wilson,agent,senior,A\n"
SEATS = "seat,row,col,zone,extension\nZ01,1,1,Z,9001\n"
ROSTER = "date,shift,staff_no,seat\n2026-11-22,D,2001,Z01\n2026-11-22,D,2002,\n"


@pytest.fixture
def files(tmp_path):
    out = {}
    for kind, text in (("staff", STAFF), ("seats", SEATS), ("roster", ROSTER)):
        out[kind] = tmp_path / f"{kind}.csv"
        out[kind].write_text(text, encoding="utf-8")
    return out


def tables(cli):
    return json.loads(cli("export", "json").stdout)["tables"]


def test_each_import_with_a_good_file(cli, files):
    for kind in ("staff", "seats", "roster"):
        result = cli("import", kind, str(files[kind]))
        assert result.exit_code == 0, result.output
        assert "added" in result.stdout
    data = tables(cli)
    assert [s["staff_no"] for s in data["staff"]] == ["2001", "2002"]
    assert len(data["roster_entry"]) == 2
    assert "rostered 2" in cli("do", "status").stdout


@pytest.mark.parametrize(
    ("kind", "extra", "reason"),
    [
        ("staff", "2003,Ivan,agent,expert,A\n", "grade 'expert'"),
        ("seats", "Z01,1,2,Z,\n", "already given on line 2"),
        ("roster", "2026-11-22,D,2001,\n", "already given on line 2"),
    ],
)
def test_each_import_with_a_bad_file_writes_nothing(cli, files, kind, extra, reason):
    assert cli("db", "upgrade").exit_code == 0  # the database (--db names no file yet)
    if kind == "roster":
        cli("import", "staff", str(files["staff"]))
        cli("import", "seats", str(files["seats"]))
    before = tables(cli)
    files[kind].write_text(files[kind].read_text(encoding="utf-8") + extra, encoding="utf-8")
    result = cli("import", kind, str(files[kind]))
    assert result.exit_code == 2
    line = len(files[kind].read_text(encoding="utf-8").splitlines())
    assert result.stderr.startswith(f"{files[kind]}:{line}: ")
    assert reason in result.stderr
    after = tables(cli)
    for name in ("staff", "seat", "roster_entry"):
        assert after[name] == before[name]


def test_missing_file_is_one_sentence(cli, tmp_path):
    result = cli("import", "staff", str(tmp_path / "none.csv"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{tmp_path / 'none.csv'}: no such file."


def test_export_masks_customer_data_unless_unmasked_which_is_audited(demo, env, tmp_path):
    masked = json.loads(demo("export", "json").stdout)
    assert masked["schema_version"] == head_revision()
    phones = [t["customer_phone"] for t in masked["tables"]["ticket"]]
    assert phones and all("****" in p for p in phones)
    assert all("pin_hash" not in s for s in masked["tables"]["staff"])
    out = tmp_path / "full.json"
    env["CS_CONSOLE_PIN"] = "1234"
    result = demo("--as", "1001", "export", "json", "--unmasked", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    full = json.loads(out.read_text(encoding="utf-8"))
    assert all("*" not in t["customer_phone"] for t in full["tables"]["ticket"])
    audit = demo("audit").stdout
    assert '"masked": false' in audit and "1001     export.json" in audit


def test_set_pin_prompts_twice_and_stores_only_a_hash(demo, env):
    env["CS_CONSOLE_PIN"] = "1234"
    result = demo("--as", "1001", "staff", "set-pin", "1003", input="4711\n4711\n")
    assert result.exit_code == 0, result.output
    env["CS_CONSOLE_PIN"] = "4711"
    assert demo("--as", "1003", "do", "status").exit_code == 0
    assert "staff.set_pin" in demo("audit").stdout
    bad = demo("--as", "1003", "staff", "set-pin", "1003", input="12\n12\n")
    assert bad.exit_code == 2
    assert bad.stderr.strip() == "A PIN is 4 to 12 digits."
    unknown = demo("--as", "1003", "staff", "set-pin", "777", input="4711\n4711\n")
    assert unknown.exit_code == 2
    assert unknown.stderr.strip() == "Unknown staff number '777'."


def test_audit_since_filters(demo):
    assert "demo.create" in demo("audit", "--since", "10:00").stdout
    assert "demo.create" not in demo("audit", "--since", "10:31").stdout
    bad = demo("audit", "--since", "half past")
    assert bad.exit_code == 2


def test_db_where_upgrade_and_backup(demo, env, tmp_path):
    assert demo("db", "where").stdout.strip() == env["CS_CONSOLE_DB"]
    head = head_revision()
    assert f"schema at {head} (newest {head})" in demo("db", "upgrade").stdout
    target = tmp_path / "backup.db"
    assert demo("db", "backup", str(target)).exit_code == 0
    env["CS_CONSOLE_DB"] = str(target)
    assert "leader 1001" in demo("do", "status").stdout
    same = demo("db", "backup", str(target))
    assert same.exit_code == 2
    assert same.stderr.strip() == "The backup file cannot be the database itself."
