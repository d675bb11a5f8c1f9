"""One frame for a key whose answer a worker reads (the ticket queue's filter): the frame that
would draw the key's own echo (the letter typed, the bar closed) waits until the answer is
drawn with it, for ``LIMIT`` at most. Two frames were more than twice as slow as one: Textual
draws at most one frame each 1/60 s, so the answer's frame came a frame period later."""

from __future__ import annotations

from textual.app import App
from textual.timer import Timer
from textual.widget import Widget

LIMIT = 0.05  # seconds the echo waits for its answer at most


class FrameHold:
    def __init__(self, app: App) -> None:
        self._app = app
        self._timer: Timer | None = None

    def hold(self) -> None:
        """Draw nothing until ``release`` (or ``LIMIT``)."""
        if self._timer is None:
            self._app._begin_batch()  # Textual's own hold (App.batch_update), across messages
            self._timer = self._app.set_timer(LIMIT, self.release, name="frame hold")

    def release(self) -> None:
        """Draw what changed meanwhile, in one frame: the widgets changed tell the screen now
        (Textual lets each do it when it is next idle, which may be after the frame)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
            self._app._end_batch()
            screen = self._app.screen
            for widget in screen.walk_children(Widget):
                widget._check_refresh()
                for bar in widget._get_virtual_dom():  # its scroll bars
                    bar._check_refresh()
            screen.check_idle()
