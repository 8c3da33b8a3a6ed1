"""Undo commands. Every user edit is one ``SnapshotCommand``: it stores the section before and after
the edit and swaps them on undo/redo, so undo restores the exact previous state.

Typing into a field produces many small edits; commands with the same ``merge_key`` pushed one after
another merge into one (Qt's ``mergeWith``), so one undo reverts the whole field edit; not across a run
(``ProjectDocument.seal_edits``).
"""
from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...spec import ModelSpec, edits
from ..document import ProjectDocument
from ..layer_kinds import setting_label


class SnapshotCommand(QUndoCommand):
    def __init__(self, document: ProjectDocument, section: str, after: Any, text: str, merge_key: str | None = None) -> None:
        super().__init__(text)
        self.document = document
        self.section = section
        self.before = document.section(section)
        self.after = after
        self._id = (zlib.crc32(f"{section}:{merge_key}".encode()) & 0x7FFFFFFF) if merge_key else -1
        self.era = document.edit_era
        self._done = False

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SnapshotCommand) or other.id() != self.id() or self.id() == -1
                or other.era != self.era):
            return False
        self.after = other.after
        if same(self.after, self.before):   # typed back to where it was ("16" over 16): no step at all
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if not self._done:   # the edit itself, as the stack pushes it
            self._done = True
            self.document.set_section(self.section, self.after)
            return
        self._replay(self.after)

    def undo(self) -> None:
        self._replay(self.before)

    def _replay(self, state: Any) -> None:
        self.document.replaying = True   # an undo or redo, not a new edit: the window asks again after a run
        try:
            self.document.set_section(self.section, state)
        finally:
            self.document.replaying = False


def push(document: ProjectDocument, section: str, after: Any, text: str, merge_key: str | None = None) -> None:
    """Push one undoable edit (does nothing when ``after`` equals the current state, or for the model
    while it is locked: training runs, see ``ProjectDocument.model_locked``; nor when the project's
    challenge locks what the edit changes: ``sigRefused`` says why)."""
    if section == "model" and document.model_locked:
        return
    after = document.constrain(section, after)  # the challenge's fixed data seed holds
    current = document.section(section)
    if same(current, after):
        return
    refused = document.refusal(section, after)  # a control the teacher's challenge locks
    if refused:
        document.sigRefused.emit(refused)
        return
    document.undo_stack.push(SnapshotCommand(document, section, after, text, merge_key))


def edit_spec(document: ProjectDocument, text: str, change: Callable[[ModelSpec], ModelSpec],
              merge_key: str | None = None) -> None:
    """Apply a pure spec edit (``annstudio.spec.edits``) as one undoable command."""
    push(document, "model", change(document.spec), text, merge_key)


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


# Convenience wrappers: one command per user action (the text shows in Edit > Undo and the history view).
def add_layer(document: ProjectDocument, kind: str, index: int, config: dict | None = None) -> None:
    edit_spec(document, tr("Add {0}").format(kind), lambda s: edits.insert_layer(s, kind, index, config))


def move_layer(document: ProjectDocument, name: str, index: int) -> None:
    edit_spec(document, tr("Move {0}").format(name), lambda s: edits.move_layer(s, name, index))


def remove_layers(document: ProjectDocument, names: list[str]) -> None:
    edit_spec(document, tr("Delete {0}").format(", ".join(names)), lambda s: edits.remove_layers(s, names))


def duplicate_layers(document: ProjectDocument, names: list[str]) -> None:
    edit_spec(document, tr("Duplicate {0}").format(", ".join(names)), lambda s: edits.duplicate_layers(s, names))


def set_layer_config(document: ProjectDocument, name: str, key: str, value: Any) -> None:
    kind = next((layer.kind for layer in document.spec.layers if layer.name == name), "")
    edit_spec(document, tr("Change {0}: {1}").format(name, setting_label(kind, key)),

              lambda s: edits.set_layer_config(s, name, key, value), merge_key=f"{name}.{key}")


def same(a: Any, b: Any) -> bool:
    """Two sections (or values) hold the same settings."""
    for obj in (a, b):
        if not hasattr(obj, "to_dict") and not isinstance(obj, dict):
            return a == b
    da = a.to_dict() if hasattr(a, "to_dict") else a
    db = b.to_dict() if hasattr(b, "to_dict") else b
    return da == db
