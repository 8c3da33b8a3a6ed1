"""The mouse wheel over a spin box, combo box or slider that does not have the keyboard focus scrolls the page it sits
in, instead of changing the value (and adding an undo entry): scrolling a long form such as the Training
tab never edits it. A focused field takes the wheel as usual.

``NumberField`` (``gui/fields.py``) does this itself; ``guard_wheels(window)`` gives every other spin box,
combo box and slider of a window the same rule (the main window calls it once built, the data panel for the
parameter fields it rebuilds).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)


class WheelGuard(QObject):
    """Event filter for spin and combo boxes: the wheel over one that does not have the keyboard focus
    scrolls the page it sits in; a focused one keeps Qt's behaviour (the wheel steps the value).

    Installed per widget (``guard_wheel``), not on the application, so it costs nothing for the events
    of other widgets (a training run sends the GUI thousands a second)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            scroll_page(obj, event)
            return True
        return False


_GUARD: WheelGuard | None = None


def guard_wheel(widget: QWidget) -> None:
    """Make the wheel over ``widget`` (a spin or combo box) scroll the page unless it has the focus; it no
    longer takes the focus from the wheel either."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QApplication.instance())
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.removeEventFilter(_GUARD)   # installed once
    widget.installEventFilter(_GUARD)


def guard_wheels(root: QWidget) -> None:
    """``guard_wheel`` ``root`` and every spin box, combo box and slider under it (e.g. a window, once it is
    built). Sliders too: scrolling the data panel over "Test set ratio" moved it from 20 % to 50 %. Scroll
    bars are left alone: the wheel is what they are for."""
    kinds = (QAbstractSpinBox, QComboBox, QAbstractSlider)
    for widget in [root, *(child for kind in kinds for child in root.findChildren(kind))]:
        if isinstance(widget, kinds) and not isinstance(widget, QScrollBar):
            guard_wheel(widget)


def scroll_page(widget: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the nearest scrollable page around ``widget``."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    viewport = parent.viewport()
    position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    copy = QWheelEvent(position, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                       event.modifiers(), event.phase(), event.inverted(), event.source())
    QCoreApplication.sendEvent(viewport, copy)
