"""Ctrl+Z and Ctrl+Shift+Z inside a lab: the lab's own undo stack, not the project's (the main window's Undo).

A line edit handles Ctrl+Z itself (its own text's undo) before the lab widget sees the key, so a lab watches
its fields with :class:`LabUndoKeys`: once a field's value has been applied, Ctrl+Z in it undoes the lab's last
edit (the field then shows the value before, as the drawing does); while a number is still being typed, the
key stays the field's (it takes back the typing).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from ..fields import NumberField


class LabUndoKeys(QObject):
    """An event filter sending Undo/Redo keys on watched widgets to ``undo_stack``."""

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack

    def watch(self, widget: QWidget) -> None:
        """Filter ``widget`` and every widget in it (again after its fields were made anew: a widget is
        filtered once however often it is watched)."""
        for child in (widget, *widget.findChildren(QWidget)):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if (undo or redo) and not _typing(watched):
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    (self.undo_stack.undo if undo else self.undo_stack.redo)()
                return True
        return super().eventFilter(watched, event)


def _typing(watched: QObject) -> bool:
    """A number being typed in a field keeps Ctrl+Z for its own text (until it is applied)."""
    if isinstance(watched, QLineEdit) and isinstance(watched.parent(), NumberField):
        return watched.parent().has_pending_text()
    return False
