"""The unit's controls in the perceptron lab: w1, w2 and b (or θ) as sliders and typed fields, the activation,
the preset and the target gate; every change is one step on the lab's own undo stack.

``UnitEditor.state`` is a ``UnitState`` (unit, target gate, threshold form shown). A change made by the
learner pushes a ``SetUnitCommand``; slider drags merge into one step while the handle is held. ``changed``
is emitted with the new state after every change, undo and redo included.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSlider, QWidget

from ...learn.perceptron_lab import ACTIVATIONS, PRESETS, TARGETS, Unit, num, preset
from ...spec.ranges import Range
from ..fields import FieldMessage, NumberField

SCALE = 100            # a slider step is 0.01
SLIDER_LIMIT = 3.0     # the sliders reach ±3; the fields take up to ±10
WEIGHT_RANGE = Range(-10.0, 10.0)


@dataclass(frozen=True)
class UnitState:
    unit: Unit
    gate: str = "AND"
    threshold_form: bool = False


def activation_names() -> dict[str, str]:
    return {"step": QCoreApplication.translate("PerceptronLab", "step: 1 when z ≥ 0"),
            "step_strict": QCoreApplication.translate("PerceptronLab", "step, the notes' code: 1 when z > 0"),
            "sign": QCoreApplication.translate("PerceptronLab", "sign: +1 when z ≥ 0, else −1")}


class SetUnitCommand(QUndoCommand):
    """One change of the unit (weights, activation, preset, target or the θ form)."""

    def __init__(self, editor: UnitEditor, before: UnitState, after: UnitState, text: str, merge_key: str = "") -> None:
        super().__init__(text)
        self.editor, self.before, self.after, self.merge_key = editor, before, after, merge_key

    def id(self) -> int:
        return 1201 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetUnitCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.editor.show_state(self.after)

    def undo(self) -> None:
        self.editor.show_state(self.before)


class UnitEditor(QWidget):
    changed = Signal(object)   # UnitState

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None, prefix: str = "perceptron") -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.state = UnitState(preset("AND").unit, "AND")
        self._showing = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.preset_box = QComboBox(objectName=f"{prefix}Preset")
        for p in PRESETS:
            self.preset_box.addItem(p.key, p.key)
        self.preset_box.setToolTip(self.tr("Weights from the notes: AND, NAND, OR, XOR (no weights realise it) "
                                           "and three threshold forms of AND"))
        self.preset_box.activated.connect(self._on_preset)
        self.target_box = QComboBox(objectName=f"{prefix}Target")
        for gate in TARGETS:
            self.target_box.addItem(gate, gate)
        self.target_box.activated.connect(lambda _i: self._push(replace(self.state, gate=self.target_box.currentData()),
                                                                self.tr("Target: {0}").format(self.target_box.currentText())))
        self.activation_box = QComboBox(objectName=f"{prefix}Activation")
        for key, name in activation_names().items():
            self.activation_box.addItem(name, key)
        self.activation_box.activated.connect(self._on_activation)
        self.threshold_box = QCheckBox(self.tr("Threshold form: θ = −b (fires when w·x > θ)"),
                                       objectName=f"{prefix}ThresholdForm")
        self.threshold_box.toggled.connect(self._on_threshold_form)
        label = QLabel(self.tr("Preset"))
        label.setBuddy(self.preset_box)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.preset_box, 0, 1)
        target_label = QLabel(self.tr("Target"))
        target_label.setBuddy(self.target_box)
        grid.addWidget(target_label, 0, 2)
        grid.addWidget(self.target_box, 0, 3)
        self.sliders: dict[str, QSlider] = {}
        self.fields: dict[str, NumberField] = {}
        self.labels: dict[str, QLabel] = {}
        self.message = FieldMessage(self)
        for row, key in enumerate(("w1", "w2", "b"), start=1):
            name = key.upper() if key != "b" else "B"
            slider = QSlider(Qt.Orientation.Horizontal, objectName=f"{prefix}{name}Slider")
            slider.setRange(int(-SLIDER_LIMIT * SCALE), int(SLIDER_LIMIT * SCALE))
            slider.setSingleStep(5)
            slider.setPageStep(10)
            slider.valueChanged.connect(lambda v, k=key: self._on_slider(k, v))
            field = NumberField(WEIGHT_RANGE, lambda k=key: self._title(k), self, step=0.05, message=self.message,
                                fits="-10.05")
            field.setObjectName(f"{prefix}{name}Field")
            field.valueChanged.connect(lambda v, k=key: self._on_field(k, v))
            label = QLabel()
            label.setBuddy(slider)
            self.sliders[key], self.fields[key], self.labels[key] = slider, field, label
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1, 1, 2)
            grid.addWidget(field, row, 3)
        grid.addWidget(self.message, 4, 0, 1, 4)
        act_label = QLabel(self.tr("Activation"))
        act_label.setBuddy(self.activation_box)
        grid.addWidget(act_label, 5, 0)
        grid.addWidget(self.activation_box, 5, 1, 1, 3)
        grid.addWidget(self.threshold_box, 6, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.show_state(self.state)

    # ------------------------------------------------------------------ showing
    def _title(self, key: str) -> str:
        if key == "b":
            return self.tr("θ (threshold)") if self.state.threshold_form else self.tr("b (bias)")
        return key

    def _shown(self, key: str, state: UnitState) -> float:
        """The number a row shows: a weight, b, or θ = −b in the threshold form."""
        if key == "b":
            return state.unit.theta if state.threshold_form else state.unit.b
        return getattr(state.unit, key)

    def show_state(self, state: UnitState) -> None:
        """Show ``state`` in every control (no commands are pushed) and announce it."""
        self.state = state
        self._showing = True
        try:
            for key in ("w1", "w2", "b"):
                value = self._shown(key, state)
                self.sliders[key].setValue(round(max(-SLIDER_LIMIT, min(SLIDER_LIMIT, value)) * SCALE))
                self.fields[key].setValue(round(value, 10))
                self.labels[key].setText(self._label_text(key))
            self.activation_box.setCurrentIndex(ACTIVATIONS.index(state.unit.activation))
            self.target_box.setCurrentIndex(list(TARGETS).index(state.gate))
            self.threshold_box.setChecked(state.threshold_form)
            self.threshold_box.setText(self._threshold_text(state.unit.activation))
            # the preset these weights are, or none (blank) once a weight was changed by hand
            self.preset_box.setCurrentIndex(next((i for i, p in enumerate(PRESETS)
                                                  if (p.unit, p.gate, p.threshold_form) == (state.unit, state.gate,
                                                                                            state.threshold_form)), -1))
        finally:
            self._showing = False
        self.changed.emit(state)

    def _threshold_text(self, activation: str) -> str:
        """The θ form's rule as the activation fires: ``>`` for the notes' strict step, ``≥`` otherwise."""
        if activation == "step_strict":
            return self.tr("Threshold form: θ = −b (fires when w·x > θ)")
        return self.tr("Threshold form: θ = −b (fires when w·x ≥ θ)")

    def _label_text(self, key: str) -> str:
        return {"w1": "w&1", "w2": "w&2"}.get(key) or ("&θ" if self.state.threshold_form else "&b")

    # ------------------------------------------------------------------ learner's changes
    def _push(self, after: UnitState, text: str, merge_key: str = "") -> None:
        if after == self.state:
            return
        self.undo_stack.push(SetUnitCommand(self, self.state, after, text, merge_key))

    def _with_value(self, key: str, value: float) -> UnitState:
        u = self.state.unit
        if key == "b":
            b = -value if self.state.threshold_form else value
            return replace(self.state, unit=u.with_weights(u.w1, u.w2, b))
        w1, w2 = (value, u.w2) if key == "w1" else (u.w1, value)
        return replace(self.state, unit=u.with_weights(w1, w2, u.b))

    def _on_slider(self, key: str, value: int) -> None:
        if self._showing:
            return
        number = value / SCALE
        held = self.sliders[key].isSliderDown()
        self._push(self._with_value(key, number), self.tr("{0} = {1}").format(self._title(key), num(number)),
                   merge_key=key if held else "")

    def _on_field(self, key: str, value: float) -> None:
        if self._showing:
            return
        self._push(self._with_value(key, float(value)), self.tr("{0} = {1}").format(self._title(key), num(value)))

    def _on_activation(self, _index: int) -> None:
        unit = replace(self.state.unit, activation=self.activation_box.currentData())
        self._push(replace(self.state, unit=unit), self.tr("Activation: {0}").format(self.activation_box.currentText()))

    def _on_threshold_form(self, on: bool) -> None:
        if self._showing:
            return
        unit = self.state.unit
        if on and unit.activation == "step":   # the notes' threshold form fires when w·x > θ: their strict step
            unit = replace(unit, activation="step_strict")
        self._push(replace(self.state, unit=unit, threshold_form=on), self.tr("Threshold form"))

    def _on_preset(self, _index: int) -> None:
        self.choose_preset(self.preset_box.currentData())

    def choose_preset(self, key: str) -> None:
        p = preset(key)
        self.preset_box.setCurrentIndex(self.preset_box.findData(key))
        self._push(UnitState(p.unit, p.gate, p.threshold_form), self.tr("Preset: {0}").format(key))
