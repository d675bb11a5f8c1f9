"""Settings: TOML file (``--config`` / ``CS_CONSOLE_CONFIG``) over built-in defaults.

Every rule number of DOMAIN.md section 9 lives here, never as a literal in code.
"""

from __future__ import annotations

import tomllib
from datetime import date, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cs_console.clock import machine_timezone
from cs_console.domain.errors import UserError
from cs_console.domain.escalation import ClockRules
from cs_console.domain.shifts import Shift, parse_clock_minutes
from cs_console.i18n import N_

if TYPE_CHECKING:  # the start reads this module before its first paint; these load when asked
    from cs_console.domain.month_rules import MonthRules
    from cs_console.domain.queue_figures import QueueRules
    from cs_console.domain.seat_events import SeatRules


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ShiftSetting(_Strict):
    code: str = Field(min_length=1, max_length=8)
    name: str
    start: str
    end: str
    night: bool = False

    @field_validator("start", "end")
    @classmethod
    def _clock(cls, value: str) -> str:
        parse_clock_minutes(value)
        return value

    def to_domain(self) -> Shift:
        return Shift(
            self.code,
            self.name,
            parse_clock_minutes(self.start),
            parse_clock_minutes(self.end),
            self.night,
        )


class TeamSetting(_Strict):
    code: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    name: str


class ClosedownItem(_Strict):
    """One line of the close-down checklist (HO-15/HO-16)."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=32)
    label: str = Field(min_length=1, max_length=200)


class OverrunBand(_Strict):
    up_to_minutes: int | None = Field(default=None, ge=1)
    points: int = Field(ge=0)


class Rules(_Strict):
    roll_call_lead_minutes: int = Field(10, ge=0)
    roll_call_opens_minutes: int = Field(30, ge=0)
    late_for_roll_call_points: int = Field(5, ge=0)
    late_for_shift_points: int = Field(5, ge=2, le=5)
    absenteeism_points: int = Field(20, ge=0)
    leave_special_notice_minutes: int = Field(60, ge=0)
    night_leave_deadline: str = "12:00"
    holiday_notice_days: int = Field(2, ge=0)
    swap_limit_per_month: int = Field(2, ge=0)
    swap_needs_manager: bool = False
    arrival_window_minutes: int = Field(120, ge=0)
    max_continuous_hours: int = Field(8, ge=1)
    away_unreported_minutes: int = Field(5, ge=1)
    away_unreported_points: int = Field(5, ge=0)
    away_disciplinary_minutes: int = Field(20, ge=1)
    settle_lookback_days: int = Field(7, ge=1, le=366)
    complaint_dispatch_minutes: int = Field(60, ge=1)
    escalation_report_minutes: int = Field(60, ge=1)
    warn_at_minutes: tuple[int, ...] = (45, 55)
    overrun_bands: tuple[OverrunBand, ...] = (
        OverrunBand(up_to_minutes=10, points=5),
        OverrunBand(up_to_minutes=30, points=10),
        OverrunBand(up_to_minutes=None, points=20),
    )
    return_visit_hours: int = Field(72, ge=1)
    ticket_due_hours: int = Field(24, ge=1)
    failed_contacts_to_close: int = Field(3, ge=1)
    closedown_gap_hours: int = Field(4, ge=1, le=24)
    pin_attempts: int = Field(5, ge=3, le=10)
    pin_lockout_minutes: int = Field(5, ge=5, le=60)

    @field_validator("night_leave_deadline")
    @classmethod
    def _deadline(cls, value: str) -> str:
        parse_clock_minutes(value)
        return value

    @property
    def clocks(self) -> ClockRules:
        """The clock settings as one value (CP-01…CP-03)."""
        return ClockRules(
            self.complaint_dispatch_minutes,
            self.escalation_report_minutes,
            self.warn_at_minutes,
            tuple((b.up_to_minutes, b.points) for b in self.overrun_bands),
        )

    @model_validator(mode="after")
    def _ordered(self) -> Rules:
        limit = self.complaint_dispatch_minutes
        if any(not 0 < w < limit for w in self.warn_at_minutes):
            raise ValueError("warn_at_minutes must lie between 0 and complaint_dispatch_minutes")
        bounds = [b.up_to_minutes for b in self.overrun_bands]
        if not bounds or bounds[-1] is not None or None in bounds[:-1]:
            raise ValueError("overrun_bands must end with one open band (no up_to_minutes)")
        if bounds[:-1] != sorted(set(bounds[:-1])):
            raise ValueError("overrun_bands must rise strictly")
        if self.away_disciplinary_minutes <= self.away_unreported_minutes:
            raise ValueError("away_disciplinary_minutes must exceed away_unreported_minutes")
        return self


class MonthSettings(_Strict):
    """``[month]``: quality inspection, exams, meetings, reports and the appraisal frame."""

    qc_target_per_agent_month: int = Field(40, ge=1, le=1000)  # QI-02, C-09 (000: 1–5 at least)
    qc_missing_recording_points: int = Field(1, ge=0, le=10)
    service_quality_percent: int = Field(20, ge=1, le=100)  # QI-04
    spot_check_points_min: int = Field(2, ge=1, le=20)  # QI-07
    spot_check_points_max: int = Field(5, ge=1, le=20)
    exam_pass_mark: int = Field(80, ge=0, le=100)  # TR-02
    exam_top_ranks: int = Field(3, ge=0, le=100)  # TR-04
    exam_top_points: int = Field(5, ge=0, le=50)
    exam_fail_points: int = Field(5, ge=0, le=50)
    exam_no_show_points: int = Field(10, ge=0, le=50)  # TR-05
    exam_excused_score: int = Field(70, ge=0, le=100)
    knowledge_block_points: int = Field(10, ge=0, le=100)  # TR-06
    knowledge_block_floor: int = Field(80, ge=0, le=100)
    operation_block_points: int = Field(5, ge=0, le=100)
    operation_block_floor: int = Field(70, ge=0, le=100)
    operation_points_step: int = Field(2, ge=1, le=100)
    full_marks_points: int = Field(5, ge=0, le=50)  # PF-11
    meeting_conduct_points: int = Field(5, ge=0, le=50)  # MT-07
    rep_meeting_includes_25th: bool = False  # MT-06, D-13
    report_late_points: int = Field(5, ge=0, le=50)  # RP-04, RP-05, RP-06
    appraisal_window_days: int = Field(6, ge=1, le=28)  # RP-07
    appraisal_base: int = Field(80, ge=0, le=200)  # PF-10
    appraisal_cap: int = Field(110, ge=1, le=300)
    leader_adjust_limit: int = Field(5, ge=0, le=50)  # PF-16
    salary_float_per_point: int = Field(10, ge=0, le=1000)  # PF-18
    salary_float_limit: int = Field(300, ge=0, le=100_000)
    salary_float_grace_months: int = Field(2, ge=0, le=24)  # PF-19
    leader_demotion_below: int = Field(90, ge=0, le=300)  # PF-07
    leader_demotion_months: int = Field(3, ge=1, le=24)
    first_place_months: int = Field(3, ge=1, le=24)  # PF-06

    @model_validator(mode="after")
    def _ordered(self) -> MonthSettings:
        if self.spot_check_points_min > self.spot_check_points_max:
            raise ValueError("spot_check_points_min must not exceed spot_check_points_max")
        if self.appraisal_base >= self.appraisal_cap:
            raise ValueError("appraisal_cap must exceed appraisal_base")
        return self

    def to_domain(self) -> MonthRules:
        from cs_console.domain.month_rules import MonthRules

        return MonthRules(**self.model_dump())


PauseState = Literal["break", "away"]


class PhoneSettings(_Strict):
    """``[phone]``: queue figures, service level and seat states from the phone system."""

    interval_minutes: int = Field(15, ge=5, le=60)
    short_abandon_seconds: int = Field(5, ge=0, le=120)
    sl_target_seconds: int = Field(20, ge=1, le=600)
    service_level_target: float = Field(0.80, gt=0, lt=1)
    service_level_definition: Literal["offered", "all_offered", "answered"] = "offered"
    acw_seconds: int = Field(30, ge=0, le=900)
    pause_reasons: dict[str, PauseState] = {"break": "break", "lunch": "break", "away": "away"}
    unknown_pause_state: PauseState = "away"
    event_retention_months: int = Field(13, ge=1, le=120)
    long_wait_alert_seconds: int = Field(120, ge=10, le=3600)

    @field_validator("interval_minutes")
    @classmethod
    def _divides_the_hour(cls, value: int) -> int:
        if 60 % value:
            raise ValueError("interval_minutes must divide the hour (5, 6, 10, 12, 15, 20, 30, 60)")
        return value

    @field_validator("pause_reasons")
    @classmethod
    def _lower_case(cls, value: dict[str, PauseState]) -> dict[str, PauseState]:
        return {reason.strip().lower(): state for reason, state in value.items()}

    def queue_rules(self) -> QueueRules:
        from cs_console.domain.queue_figures import QueueRules

        return QueueRules(
            interval_seconds=self.interval_minutes * 60,
            short_abandon_seconds=self.short_abandon_seconds,
            sl_target_seconds=self.sl_target_seconds,
            service_level_target=self.service_level_target,
            service_level_definition=self.service_level_definition,
            acw_seconds=self.acw_seconds,
        )

    def seat_rules(self) -> SeatRules:
        from cs_console.domain.seat_events import SeatRules

        return SeatRules(self.acw_seconds, dict(self.pause_reasons), self.unknown_pause_state)


class AgentSetting(_Strict):
    """``[[agents]]``: a phone-system agent (interface or member name) and its staff number."""

    interface: str = Field(min_length=1)
    staff_no: str = Field(min_length=1)


DEFAULT_SHIFTS = (
    ShiftSetting(code="D", name=N_("Day"), start="08:00", end="16:00"),
    ShiftSetting(code="E", name=N_("Evening"), start="16:00", end="24:00"),
    ShiftSetting(code="N", name=N_("Night"), start="00:00", end="08:00", night=True),
)

DEFAULT_TEAMS = (
    TeamSetting(code="tsc", name="Technical Service Centre"),
    TeamSetting(code="woc", name="Website Operations Centre"),
)


DEFAULT_CLOSEDOWN = (
    ClosedownItem(code="seats", label="Keyboards and chairs pushed in, desks tidy (HO-15)"),
    ClosedownItem(code="lights", label="Lights off"),
    ClosedownItem(code="windows", label="Windows closed (HO-16)"),
    ClosedownItem(code="doors", label="Doors locked (HO-16)"),
    ClosedownItem(code="power", label="Computers, monitors and other power off (HO-15/HO-16)"),
)

DEFAULT_POINTS = {
    "RC-01": -5, "RC-10": -5, "RC-11": -20, "RC-08": -5, "CP-04": -5, "CP-05": -20,
    "CP-06": 5, "SW-11": 5, "RP-04": -5, "PF-15": -20,
    "HO-13": -10,
}  # fmt: skip


class Settings(_Strict):
    centre_name: str = "Customer Service Centre"
    language: Literal["en", "zh_CN", "es"] | None = None  # else --lang, the env, the locale
    plain: bool = False  # no box drawing, no block bars, no colour-only meaning (or --plain)
    timezone: str = "local"
    shifts: tuple[ShiftSetting, ...] = DEFAULT_SHIFTS
    holidays: tuple[date, ...] = ()
    teams: tuple[TeamSetting, ...] = DEFAULT_TEAMS
    closedown: tuple[ClosedownItem, ...] = DEFAULT_CLOSEDOWN
    default_printer: str = ""
    print_font: str = ""
    idle_lock_minutes: int = Field(10, ge=1, le=60)  # a signed-in console left alone locks
    rules: Rules = Rules()
    points: dict[str, int] = DEFAULT_POINTS
    keymap: dict[str, str] = {}
    month: MonthSettings = MonthSettings()
    phone: PhoneSettings = PhoneSettings()
    agents: tuple[AgentSetting, ...] = ()

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        if value != "local":
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone '{value}'") from None
        return value

    @field_validator("shifts")
    @classmethod
    def _unique_codes(cls, value: tuple[ShiftSetting, ...]) -> tuple[ShiftSetting, ...]:
        codes = [s.code for s in value]
        if not codes:
            raise ValueError("at least one shift is needed")
        if len(set(codes)) != len(codes):
            raise ValueError("shift codes must be unique")
        return value

    @field_validator("agents")
    @classmethod
    def _unique_interfaces(cls, value: tuple[AgentSetting, ...]) -> tuple[AgentSetting, ...]:
        interfaces = [a.interface for a in value]
        if len(set(interfaces)) != len(interfaces):
            raise ValueError("each agent interface may be listed once")
        return value

    def agent_map(self) -> dict[str, str]:
        """Phone-system agent → staff number."""
        return {a.interface: a.staff_no for a in self.agents}

    @field_validator("closedown")
    @classmethod
    def _unique_items(cls, value: tuple[ClosedownItem, ...]) -> tuple[ClosedownItem, ...]:
        codes = [item.code for item in value]
        if len(set(codes)) != len(codes):
            raise ValueError("close-down item codes must be unique")
        return value

    @cached_property
    def tz(self) -> tzinfo:
        return machine_timezone() if self.timezone == "local" else ZoneInfo(self.timezone)

    @cached_property
    def shift_list(self) -> tuple[Shift, ...]:
        return tuple(s.to_domain() for s in self.shifts)

    def shift(self, code: str) -> Shift:
        for shift in self.shift_list:
            if shift.code == code.upper() or shift.code == code:
                return shift
        known = ", ".join(s.code for s in self.shift_list)
        raise UserError(f"Unknown shift '{code}'; the shifts are {known}.")

    def team_codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.teams)


def load_settings(path: str | Path | None) -> Settings:
    """The effective settings; an invalid file is refused naming the key and the reason."""
    if path is None:
        return Settings()
    file = Path(path)
    try:
        data: dict[str, Any] = tomllib.loads(file.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UserError(f"Config file {file} does not exist.") from None
    except OSError as err:
        raise UserError(f"Config file {file} cannot be read: {err.strerror}.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise UserError(f"Config file {file} is not valid TOML: {err}.") from None
    try:
        return Settings.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(p) for p in first["loc"]) or "(top level)"
        reason = first["msg"].removeprefix("Value error, ")
        raise UserError(f"Config file {file}: {key}: {reason}.") from None
