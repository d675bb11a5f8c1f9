"""The numbers of the month-end rules, as the configuration's ``[month]`` table gives them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MonthRules:
    qc_target_per_agent_month: int  # QI-02, C-09
    qc_missing_recording_points: int  # QI-02, on the quality inspector
    service_quality_percent: int  # QI-04
    spot_check_points_min: int  # QI-07
    spot_check_points_max: int
    exam_pass_mark: int  # TR-02, TR-04
    exam_top_ranks: int  # TR-04
    exam_top_points: int
    exam_fail_points: int
    exam_no_show_points: int  # TR-05
    exam_excused_score: int
    knowledge_block_points: int  # TR-06
    knowledge_block_floor: int
    operation_block_points: int
    operation_block_floor: int
    operation_points_step: int
    full_marks_points: int  # PF-11
    meeting_conduct_points: int  # MT-07
    rep_meeting_includes_25th: bool  # MT-06, D-13
    report_late_points: int  # RP-04, RP-05, RP-06
    appraisal_window_days: int  # RP-07
    appraisal_base: int  # PF-10
    appraisal_cap: int
    leader_adjust_limit: int  # PF-16
    salary_float_per_point: int  # PF-18
    salary_float_limit: int
    salary_float_grace_months: int  # PF-19
    leader_demotion_below: int  # PF-07
    leader_demotion_months: int
    first_place_months: int  # PF-06
