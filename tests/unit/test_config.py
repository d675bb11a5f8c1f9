from pathlib import Path

import pytest

from cs_console.config import Settings, load_settings
from cs_console.domain.errors import UserError

EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "config.example.toml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_follow_domain_section_9():
    rules = Settings().rules
    assert rules.roll_call_lead_minutes == 10  # RC-01/RC-02, D-02
    assert rules.complaint_dispatch_minutes == 60  # CP-01, D-07
    assert rules.escalation_report_minutes == 60  # CP-02
    assert rules.warn_at_minutes == (45, 55)
    assert [(b.up_to_minutes, b.points) for b in rules.overrun_bands] == [
        (10, 5),
        (30, 10),
        (None, 20),
    ]  # CP-03
    assert rules.swap_limit_per_month == 2  # SW-03, D-05
    assert rules.return_visit_hours == 72  # RV-01, D-08
    assert rules.away_unreported_minutes == 5 and rules.away_disciplinary_minutes == 20  # D-06
    assert [s.code for s in Settings().shifts] == ["D", "E", "N"]  # D-01


def test_example_file_documents_every_key_with_the_defaults():
    example = load_settings(EXAMPLE)
    skip = {"timezone", "keymap", "holidays", "centre_name"}
    assert example.model_dump(exclude=skip) == Settings().model_dump(exclude=skip)
    assert example.timezone == "Asia/Shanghai"


def test_file_overrides_a_rule(tmp_path: Path):
    path = write(tmp_path, "[rules]\nswap_limit_per_month = 3\n")
    assert load_settings(path).rules.swap_limit_per_month == 3


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[rules]\nswap_limit_per_month = 'two'\n", "rules.swap_limit_per_month"),
        ("[rules]\nno_such_rule = 1\n", "rules.no_such_rule"),
        ("timezone = 'Mars/Olympus'\n", "timezone"),
        ("[[shifts]]\ncode='D'\nname='Day'\nstart='8am'\nend='16:00'\n", "shifts.0.start"),
        ("[rules]\nwarn_at_minutes = [45, 70]\n", "rules"),
    ],
)
def test_invalid_file_is_refused_naming_the_key(tmp_path: Path, text: str, key: str):
    with pytest.raises(UserError) as err:
        load_settings(write(tmp_path, text))
    assert f": {key}:" in str(err.value)
    assert "\n" not in str(err.value)


def test_not_toml_and_missing_file_are_one_sentence(tmp_path: Path):
    with pytest.raises(UserError, match="not valid TOML"):
        load_settings(write(tmp_path, "this is = = not toml"))
    with pytest.raises(UserError, match="does not exist"):
        load_settings(tmp_path / "missing.toml")


def test_duplicate_shift_codes_are_refused(tmp_path: Path):
    text = "".join(
        f"[[shifts]]\ncode='D'\nname='Day{i}'\nstart='0{i}:00'\nend='0{i + 1}:00'\n"
        for i in range(2)
    )
    with pytest.raises(UserError, match="unique"):
        load_settings(write(tmp_path, text))
