"""One page of the forward pass lab: a chain X → (W, B, activation) → … drawn as tables, row by layer.

Each layer is a row of tables ``In · W + B = A → f → Z`` (the input of layer 1 is X, editable; that of a
later layer is the previous Z, repeated so the product reads left to right). The tables are named
``<prefix><key>``: ``notesX``, ``notesW1``, ``notesB1``, ``notesA1``, ``notesZ1``, ``notesIn2`` ...; the
last Z of a network is ``<prefix>Y``. The activation of layer k is the combo box ``<prefix>Activation<k>``
and its shapes, as the notes write them, the label ``<prefix>Shapes<k>``.

The page holds the numbers (``x`` and ``layers``) and never changes them on its own: a typed cell, a
chosen activation or an added row is sent as ``sigEdit(before, after, text)`` (two ``state()``
snapshots), which the lab puts on its undo stack; the command calls ``set_state``.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...learn.forward import (
    ACTIVATION_CHOICES,
    Layer,
    Step,
    activation_working,
    cell_working,
    forward,
    number_text,
    product_shapes,
)
from ..flow_layout import FlowLayout
from .matrix_table import MatrixTable

State = tuple[np.ndarray, tuple[Layer, ...]]


def titled_working(name: str, steps, k: int, row: int, col: int) -> str:
    """``activation_working`` with the function named as the window names it ("시그모이드(0.3) = …")."""
    return activation_working(name, steps, k, row, col).replace(name, activation_title(name), 1)


def activation_title(name: str) -> str:
    from ..i18n import translate

    return {
        "sigmoid": translate("ForwardPassLab", "sigmoid"),
        "tanh": translate("ForwardPassLab", "tanh"),
        "relu": translate("ForwardPassLab", "ReLU"),
        "step": translate("ForwardPassLab", "step"),
        "identity": translate("ForwardPassLab", "identity"),
        "softmax": translate("ForwardPassLab", "softmax"),
    }.get(name, name)


def _sign(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("font-size: 16pt;")
    return label


def _signed(sign: str, table: QWidget) -> QWidget:
    """``sign`` and the table after it, kept together when the row wraps."""
    group = QWidget()
    box = QHBoxLayout(group)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(_sign(sign), 0, Qt.AlignmentFlag.AlignTop)
    box.addWidget(table, 0, Qt.AlignmentFlag.AlignTop)
    return group


class ChainPage(QWidget):
    sigEdit = Signal(object, object, str)   # before, after (state snapshots), what changed
    sigWorking = Signal(str)                # the written-out computation of the hovered cell ("" = none)
    sigRefused = Signal(str)

    def __init__(self, prefix: str, x: Sequence | np.ndarray, layers: Sequence[Layer], *, intro: str,
                 batch: bool = False, activations: bool = True, output_title: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.batch = batch
        self.show_activations = activations
        self.output_title = output_title
        self.inputs = np.array(x, dtype=np.float64)
        self.layers: tuple[Layer, ...] = tuple(layers)
        self.steps: list[Step] = []
        self.tables: dict[str, MatrixTable] = {}
        self.combos: list[QComboBox] = []
        self.shape_labels: list[QLabel] = []
        self._hovered: tuple[str, int, int] | None = None
        #: cells a question hides, (key, row, col): hovering them does not give the answer away
        self.masked: set[tuple[str, int, int]] = set()
        layout = QVBoxLayout(self)
        #: what the page shows, in words; the lab places it above the page's scroll area (so it wraps)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        if batch:
            buttons = QHBoxLayout()
            self.add_row = QPushButton(self.tr("Add a sample (row of X)"))
            self.add_row.setObjectName(f"{prefix}AddRow")
            self.add_row.clicked.connect(self._add_row)
            self.remove_row = QPushButton(self.tr("Remove the last row"))
            self.remove_row.setObjectName(f"{prefix}RemoveRow")
            self.remove_row.clicked.connect(self._remove_row)
            buttons.addWidget(self.add_row)
            buttons.addWidget(self.remove_row)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        for k, lay in enumerate(self.layers, start=1):
            shapes = QLabel()
            shapes.setObjectName(f"{prefix}Shapes{k}")
            shapes.setWordWrap(True)   # "Layer 1: A1 = X·W1 + B1, Z1 = sigmoid(A1)  (2,)·(2, 3) → (3,)": 400 px
            self.shape_labels.append(shapes)
            layout.addWidget(shapes)
            row = FlowLayout(spacing=6)   # wraps onto more lines in a narrow dock
            in_key = "X" if k == 1 else f"In{k}"
            in_title = "X" if k == 1 else f"Z{k - 1}"
            row.addWidget(self._table(in_key, in_title, k == 1))
            row.addWidget(_signed("·", self._table(f"W{k}", f"W{k}" if len(self.layers) > 1 else "W", True)))
            if lay.b is not None:
                row.addWidget(_signed("+", self._table(f"B{k}", f"B{k}" if len(self.layers) > 1 else "B", True)))
            a_title = f"A{k}" if len(self.layers) > 1 else ("X·W" if lay.b is None else "A")
            row.addWidget(_signed("=", self._table(f"A{k}", a_title, False)))
            if activations:
                combo = QComboBox()
                combo.setObjectName(f"{prefix}Activation{k}")
                for name in ACTIVATION_CHOICES:
                    combo.addItem(activation_title(name), name)
                combo.setCurrentIndex(ACTIVATION_CHOICES.index(lay.activation))
                combo.setToolTip(self.tr("The activation function f of this layer: Z = f(A)"))
                combo.activated.connect(lambda _i, k=k, combo=combo: self._choose(k, combo.currentData()))
                self.combos.append(combo)
                group = QWidget()
                box = QHBoxLayout(group)
                box.setContentsMargins(0, 0, 0, 0)
                choice = QVBoxLayout()
                f_label = QLabel(self.tr("f:"))
                f_label.setBuddy(combo)
                choice.addWidget(f_label)
                choice.addWidget(combo)
                choice.addStretch(1)
                box.addWidget(_sign("→"), 0, Qt.AlignmentFlag.AlignTop)
                box.addLayout(choice)
                last = k == len(self.layers)
                z_key = "Y" if last and output_title else f"Z{k}"
                z_title = output_title if last and output_title else (f"Z{k}" if len(self.layers) > 1 else "Z")
                row.addWidget(group)   # "→ f: [sigmoid]", then Z: two items, so a narrow dock wraps between
                row.addWidget(self._table(z_key, z_title, False))
            layout.addLayout(row)
        layout.addStretch(1)
        self.recompute()

    def _table(self, key: str, title: str, editable: bool) -> MatrixTable:
        table = MatrixTable(f"{self.prefix}{key}", title, editable)
        table.sigEditRequested.connect(lambda r, c, v, key=key: self._edit_cell(key, r, c, v))
        table.sigRefused.connect(self.sigRefused.emit)
        table.sigHovered.connect(lambda r, c, key=key: self._hover(key, r, c))
        self.tables[key] = table
        return table

    def table(self, key: str) -> MatrixTable:
        return self.tables[key]

    # ------------------------------------------------------------------ state and edits
    def state(self) -> State:
        return self.inputs.copy(), tuple(Layer(lay.w.copy(), None if lay.b is None else lay.b.copy(), lay.activation)
                                    for lay in self.layers)

    def set_state(self, state: State) -> None:
        self.inputs, self.layers = state[0].copy(), tuple(state[1])
        for combo, lay in zip(self.combos, self.layers, strict=False):
            combo.setCurrentIndex(ACTIVATION_CHOICES.index(lay.activation))
        self.recompute()

    def _edit_cell(self, key: str, row: int, col: int, value: float) -> None:
        before = self.state()
        x, layers = self.state()
        if key == "X":
            (x if x.ndim == 2 else x.reshape(1, -1))[row, col] = value
        else:
            lay = layers[int(key[1:]) - 1]
            if key.startswith("W"):
                lay.w[row, col] = value
            elif lay.b is not None:
                lay.b[col] = value
        self.sigEdit.emit(before, (x, layers), self.tables[key].index_text(row, col) + f" = {number_text(value)}")

    def _choose(self, k: int, name: str) -> None:
        if name == self.layers[k - 1].activation:
            return
        before = self.state()
        layers = list(before[1])
        layers[k - 1] = layers[k - 1].with_activation(name)
        self.sigEdit.emit(before, (before[0], tuple(layers)), f"f{k} = {activation_title(name)}")   # 소프트맥스

    def _add_row(self) -> None:
        before = self.state()
        x = np.vstack([before[0], before[0][-1:]])
        self.sigEdit.emit(before, (x, before[1]), self.tr("add a row to X"))

    def _remove_row(self) -> None:
        before = self.state()
        if before[0].shape[0] > 1:
            self.sigEdit.emit(before, (before[0][:-1], before[1]), self.tr("remove a row of X"))

    # ------------------------------------------------------------------ drawing
    def recompute(self) -> None:
        """Everything after X again, at once."""
        self.steps = forward(self.inputs, self.layers)
        self.tables["X"].set_values(self.inputs)
        last = len(self.layers)
        for k, (lay, step) in enumerate(zip(self.layers, self.steps, strict=True), start=1):
            if k > 1:
                self.tables[f"In{k}"].set_values(step.x)
            self.tables[f"W{k}"].set_values(lay.w)
            if lay.b is not None:
                self.tables[f"B{k}"].set_values(lay.b)
            self.tables[f"A{k}"].set_values(step.a)
            if self.show_activations:
                self.tables["Y" if k == last and self.output_title else f"Z{k}"].set_values(step.z)
            text = product_shapes(step.x.shape, lay.w.shape)
            if self.show_activations:
                f = activation_title(lay.activation)
                label = self.tr("Layer {0}: A{0} = {1}·W{0} + B{0}, Z{0} = {2}(A{0})").format(
                    k, "X" if k == 1 else f"Z{k - 1}", f) if len(self.layers) > 1 else self.tr(
                    "A = X·W + B, Z = {0}(A)").format(f)
            else:
                label = self.tr("X·W")
            self.shape_labels[k - 1].setText(f"<b>{label}</b>&nbsp;&nbsp;&nbsp;{text}")
        if self.batch:
            self.remove_row.setEnabled(self.inputs.shape[0] > 1)
        if self._hovered is not None:
            self._hover(*self._hovered)

    def output(self) -> np.ndarray:
        return self.steps[-1].z

    # ------------------------------------------------------------------ hovering: what produced a cell
    def _hover(self, key: str, row: int, col: int) -> None:
        for table in self.tables.values():
            table.highlight()
        if row < 0 or col < 0:
            self._hovered = None
            self.sigWorking.emit("")
            return
        self._hovered = (key, row, col)
        k, text = self._layer_of(key)
        if k is None:
            self.sigWorking.emit("")
            return
        step, lay = self.steps[k - 1], self.layers[k - 1]
        hidden = (key, row, col) in self.masked or (f"A{k}", row, col) in self.masked
        in_key = "X" if k == 1 else f"In{k}"
        batch_row = row if step.a.ndim == 2 else 0
        if text == "A":
            self.tables[in_key].highlight(rows={batch_row})
            self.tables[f"W{k}"].highlight(cols={col})
            if lay.b is not None:
                self.tables[f"B{k}"].highlight(cells={(0, col)})
            self.tables[f"A{k}"].highlight(cells={(row, col)})
            name = self.tables[f"A{k}"].index_text(row, col)
            # an input the quiz hides (In2[0] is the asked Z1[0]) is a ? in its product too
            hidden_inputs = [i for i in range(step.x.shape[-1]) if (in_key, batch_row, i) in self.masked]
            working = cell_working(self.steps, self.layers, k - 1, batch_row, col, hidden=hidden_inputs)
            self.sigWorking.emit(f"{name} = {working.rsplit(' = ', 1)[0] + ' = ?' if hidden else working}")
        else:
            self.tables[f"A{k}"].highlight(cells={(row, col)})
            self.tables[key].highlight(cells={(row, col)})
            name = self.tables[key].index_text(row, col)
            if hidden:
                working = f"{activation_title(lay.activation)}({self.tables[f'A{k}'].cell_text(row, col)}) = ?"
            else:
                working = titled_working(lay.activation, self.steps, k - 1, batch_row, col)
            self.sigWorking.emit(f"{name} = {working}")

    def _layer_of(self, key: str) -> tuple[int | None, str]:
        if key == "Y":
            return len(self.layers), "Z"
        if key[0] in "AZ" and key[1:].isdigit():
            return int(key[1:]), key[0]
        return None, ""
