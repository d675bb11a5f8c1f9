"""The [month], [phone] and [[agents]] settings: their defaults and bounds."""

from pathlib import Path

import pytest

from cs_console.config import Settings, load_settings
from cs_console.domain.errors import UserError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_month_defaults():
    month = Settings().month
    assert month.qc_target_per_agent_month == 40  # QI-02, C-09
    assert (month.appraisal_base, month.appraisal_cap) == (80, 110)  # PF-10
    assert (month.salary_float_per_point, month.salary_float_limit) == (10, 300)  # PF-18
    assert month.salary_float_grace_months == 2  # PF-19
    assert month.rep_meeting_includes_25th is False  # MT-06, D-13
    assert month.to_domain().exam_excused_score == 70  # TR-05


def test_phone_defaults():
    phone = Settings().phone
    rules = phone.queue_rules()
    assert (rules.interval_seconds, rules.short_abandon_seconds, rules.sl_target_seconds) == (
        900,
        5,
        20,
    )
    assert (rules.service_level_target, rules.service_level_definition) == (0.8, "offered")
    assert phone.seat_rules().pause_reasons == {"break": "break", "lunch": "break", "away": "away"}
    assert Settings().agents == ()


def test_agents_and_pause_reasons_from_a_file(tmp_path: Path):
    path = write(
        tmp_path,
        '[phone.pause_reasons]\n"Toilet" = "away"\n"Training" = "break"\n'
        '[[agents]]\ninterface = "SIP/8001"\nstaff_no = "1021"\n'
        '[[agents]]\ninterface = "Agent/1022"\nstaff_no = "1022"\n',
    )
    settings = load_settings(path)
    assert settings.agent_map() == {"SIP/8001": "1021", "Agent/1022": "1022"}
    assert settings.phone.pause_reasons == {"toilet": "away", "training": "break"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[month]\nqc_target_per_agent_month = 0\n", "month.qc_target_per_agent_month"),
        ("[month]\nspot_check_points_min = 6\n", "month"),
        ("[month]\nappraisal_cap = 80\n", "month"),
        ("[month]\nexam_pass_mark = 101\n", "month.exam_pass_mark"),
        ("[phone]\ninterval_minutes = 7\n", "phone.interval_minutes"),
        ("[phone]\ninterval_minutes = 120\n", "phone.interval_minutes"),
        ("[phone]\nservice_level_target = 1.0\n", "phone.service_level_target"),
        ("[phone]\nservice_level_definition = 'abandoned'\n", "phone.service_level_definition"),
        ('[phone.pause_reasons]\n"lunch" = "home"\n', "phone.pause_reasons.lunch"),
        (
            '[[agents]]\ninterface = "SIP/8001"\nstaff_no = "1021"\n'
            '[[agents]]\ninterface = "SIP/8001"\nstaff_no = "1022"\n',
            "agents",
        ),
    ],
)
def test_out_of_bounds_settings_are_refused_naming_the_key(tmp_path: Path, text: str, key: str):
    with pytest.raises(UserError) as err:
        load_settings(write(tmp_path, text))
    assert f": {key}:" in str(err.value)
