"""The floor's open alerts ring on the consoles that answer for them, a mixin of the console
app (issue 22: every 60 s on a squad leader's console, after 5 minutes also on deputies' and
duty managers')."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cs_console.commands.intents import AckAlert
from cs_console.domain.staff import Role
from cs_console.i18n import _

if TYPE_CHECKING:
    from datetime import datetime

ESCALATED = frozenset({Role.DEPUTY_SQUAD_LEADER, Role.DUTY_MANAGER})  # after 5 minutes


class AlertRinging:
    """Needs the console app's ``cs``, ``signed_in``, ``floor_alerts`` and ``_rung_at``."""

    cs: Any
    signed_in: Any
    floor_alerts: list[Any]
    _rung_at: Any

    def _ring_alerts(self, now: datetime) -> None:
        """Open alerts ring every 60 s on a squad leader's console, and after 5 minutes
        unacknowledged also on every console signed in as a deputy or duty manager."""
        from cs_console.services.alerts import RING_SECONDS

        role = self.signed_in.role if self.signed_in else None
        ringing = [
            a
            for a in self.floor_alerts
            if role == Role.SQUAD_LEADER or (role in ESCALATED and a.escalated(now))
        ]
        if not ringing or (self._rung_at and (now - self._rung_at).total_seconds() < RING_SECONDS):
            return
        self._rung_at = now
        first = ringing[0]
        more = (
            _(" (+{count} more, ctrl+a)").format(count=len(ringing) - 1)
            if len(ringing) > 1
            else " (ctrl+a)"
        )
        self.notify(
            _("alert A-{id}: {text}").format(id=first.id, text=first.text) + more,
            severity="error",
            timeout=8,
        )
        self.bell()

    def action_alerts(self) -> None:
        from cs_console.ui.modals.alert_list import AlertListModal

        def chosen(number: int | None) -> None:
            if number:
                self.run_intent(AckAlert(number))

        self.push_screen(AlertListModal(list(self.floor_alerts), self.cs.settings.tz), chosen)
