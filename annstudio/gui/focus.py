"""Disabling or hiding a widget without handing the keyboard to a stranger.

When Qt disables the widget that has the keyboard focus, it moves the focus to the next widget along the
tab chain. While training runs the backend picker, the inspector and the undo history are disabled; the
learner who had just picked the backend then found the focus (with its text selected) in the data panel's
first field, and the next key typed, a Space or a digit, replaced the data set's size. ``set_enabled`` gives
the focus to the window itself first: keys then reach the window's shortcuts and no field.
``set_visible`` does the same for a widget that hides itself once used (the data panel's "Fit the model to
this data" button, hidden as soon as the model fits: the focus went to the "Repeat" field, text selected).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _focus_to_window(widget: QWidget) -> None:
    """If ``widget`` (or a child) has the keyboard focus, give it to the window instead."""
    focused = QApplication.focusWidget()
    if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
        widget.window().setFocus(Qt.FocusReason.OtherFocusReason)


def set_enabled(widget: QWidget, enabled: bool) -> None:
    """``widget.setEnabled(enabled)``; disabling it while it (or a child) has the focus gives the focus to
    its window instead of the next field."""
    if not enabled:
        _focus_to_window(widget)
    widget.setEnabled(enabled)


def set_visible(widget: QWidget, visible: bool) -> None:
    """``widget.setVisible(visible)``; hiding it while it (or a child) has the focus gives the focus to its
    window instead of the next field."""
    if not visible:
        _focus_to_window(widget)
    widget.setVisible(visible)
