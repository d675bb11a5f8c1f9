"""Roles and grades of the people on the floor (DOMAIN 1.1, section 4)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    DEPUTY_SQUAD_LEADER = "deputy_squad_leader"
    SQUAD_LEADER = "squad_leader"
    QUALITY_INSPECTOR = "quality_inspector"
    SUPPORT_SPECIALIST = "support_specialist"
    RETURN_VISIT_AGENT = "return_visit_agent"
    SUPERVISOR = "supervisor"
    DUTY_MANAGER = "duty_manager"
    TRAINING_SPECIALIST = "training_specialist"  # PF-16


class Grade(StrEnum):
    JUNIOR = "junior"
    INTERMEDIATE = "intermediate"
    SENIOR = "senior"


LEADER_ROLES = frozenset({Role.SQUAD_LEADER, Role.DEPUTY_SQUAD_LEADER})
