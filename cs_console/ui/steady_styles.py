"""Screens shown again without being restyled: the console's screens (1…6) and the dialogs it
keeps (ui/kept_modals.py)."""

from __future__ import annotations

from typing import Any

from textual import events


class SteadyStyles:
    """Mixed into a Screen class, before it: a plain class, so that no CSS of Screen's comes
    with it."""

    app: Any
    _styled_for: tuple[object, ...] = ()  # what the app's styles were when last shown

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """Runs before Textual's own handler. Textual restyles every widget of a screen shown
        again, and a restyled DataTable draws each of its cells anew: skipped when nothing the
        styles follow changed while the screen was away (a new theme or CSS counts as a change:
        Textual's count of them is read, which is why Textual is pinned to one version)."""
        app = self.app
        styled_for = (app._css_update_count, app.theme, frozenset(app.classes), app.app_focus)
        if styled_for == self._styled_for:
            event.refresh_styles = False
        self._styled_for = styled_for
