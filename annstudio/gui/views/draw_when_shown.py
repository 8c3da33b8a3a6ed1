"""``DrawWhenShown``: a view in a tab draws live probe results only while it is visible.

A run sends probe results many times a second; drawing them into a tab nobody looks at costs the event
loop for nothing. A view that mixes this in calls :meth:`draw_or_keep` with each result: it is drawn at
once when the view is visible, and otherwise kept (the newest of each kind: a result is a dict keyed by
probe) and drawn when the view is shown. :meth:`forget_pending` drops what was kept (a reset).
"""
from __future__ import annotations

from typing import Any


class DrawWhenShown:
    """Mix in before the Qt widget class; the view defines ``update_from_result(result)``."""

    _pending_result: dict | None = None

    def draw_or_keep(self, result: dict) -> None:
        if self.isVisible():
            self.update_from_result(result)
        else:
            self._pending_result = {**(self._pending_result or {}), **result}

    def forget_pending(self) -> None:
        self._pending_result = None

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        pending, self._pending_result = self._pending_result, None
        if pending is not None:
            self.update_from_result(pending)
