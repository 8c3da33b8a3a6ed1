"""The backpropagation lab's input fields (one ``NumberField`` per input of the graph) and their undo.

``InputFields.show_inputs(names, values, labels)`` makes the fields for a graph (``backpropInput_<name>``);
a value typed there is not applied directly: the lab pushes a ``SetInputCommand`` on its own ``QUndoStack``,
whose redo/undo call back into the lab (``apply_input``), so Undo puts the previous number back and
everything recomputes again.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ...spec.ranges import Range
from ..fields import FieldMessage, NumberField
from ..i18n import render

ANY_NUMBER = Range()


class SetInputCommand(QUndoCommand):
    """Set input ``name`` of the lab's graph ``key`` from ``old`` to ``new``."""

    def __init__(self, apply: Callable[[str, str, float], None], key: str, name: str, old: float, new: float,
                 text: str) -> None:
        super().__init__(text)
        self.apply, self.key, self.name, self.old, self.new = apply, key, name, old, new

    def redo(self) -> None:
        self.apply(self.key, self.name, self.new)

    def undo(self) -> None:
        self.apply(self.key, self.name, self.old)


class InputFields(QGroupBox):
    """The inputs of the graph shown; ``sigEdited(name, new)`` when the learner types a new value."""

    sigEdited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inputs"), parent)
        self.setObjectName("backpropInputs")
        self.form = QFormLayout(self)
        self.fields: dict[str, NumberField] = {}
        self.message = FieldMessage(self)
        self._quiet = False

    def show_inputs(self, names: list[str], values: dict[str, float], labels: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.message = FieldMessage(self)
        self.fields = {}
        for name in names:
            label = render(labels.get(name, name))
            field = NumberField(ANY_NUMBER, label, self, step=1.0, message=self.message, fits="-0.000001")
            field.setObjectName(f"backpropInput_{name}")
            self._quiet = True
            field.setValue(values[name])
            self._quiet = False
            field.valueChanged.connect(lambda new, name=name: self._edited(name, new))
            self.fields[name] = field
            self.form.addRow(QLabel(label + ":"), field)
        self.form.addRow(self.message)
        self.setVisible(bool(names))

    def set_value(self, name: str, value: float) -> None:
        field = self.fields.get(name)
        if field is not None and field.value() != value:
            self._quiet = True
            field.setValue(value)
            self._quiet = False

    def _edited(self, name: str, new: float) -> None:
        if not self._quiet:
            self.sigEdited.emit(name, new)
