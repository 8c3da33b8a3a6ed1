"""``LayerInspector``: the settings of the selected layer as a form.

Each change is ONE undoable command (``annstudio.gui.editor.commands``); typing into a spin box pushes a
command per keystroke, and those merge (same ``merge_key``), so one undo reverts the whole field edit.
When the spec changes (an edit elsewhere, undo, redo) the form refills from the spec with its signals
blocked and only touches widgets whose value differs, so refilling never pushes a command and never
moves the cursor of the field being typed into.
"""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontDatabase, QValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QScrollArea, QSizePolicy, QSpinBox,
                               QStackedWidget, QVBoxLayout, QWidget)

from ...spec import ACTIVATIONS, INITIALIZERS, LayerSpec, ModelSpec
from ...spec import edits
from ...spec.layers import initializer_args
from . import commands
from ..document import ProjectDocument
from .palette import kind_color
from .stack_model import format_count, format_shape

PROBLEM_STYLE = "color: #c62828;"

KIND_PAGES = ("Input", "Dense", "Activation", "Dropout", "BatchNormalization", "Flatten", "Concatenate")


def kind_explanation(kind: str) -> str:
    """One or two lines on what the layer computes, in a learner's terms."""
    return {
        "Input": QCoreApplication.translate("LayerInspector", "The features of one sample enter here. Shape: the number of input columns "
                                      "(e.g. 2), or height, width for images (e.g. 28, 28)."),
        "Dense": QCoreApplication.translate("LayerInspector", "y = activation(x·W + b): each unit (neuron) weighs every input, adds its bias "
                                      "and applies the activation function."),
        "Activation": QCoreApplication.translate("LayerInspector", "y = f(x) for every value. No weights: it only makes the network non-linear."),
        "Dropout": QCoreApplication.translate("LayerInspector", "While training, each value becomes 0 with probability rate (the rest are "
                                        "scaled by 1/(1 − rate)). When predicting, values pass unchanged."),
        "BatchNormalization": QCoreApplication.translate("LayerInspector", "y = γ·(x − mean)/√(variance + ε) + β, with the batch's mean and "
                                                   "variance while training and their running averages when predicting."),
        "Flatten": QCoreApplication.translate("LayerInspector", "Reshapes (height, width) into one vector of height·width values so a Dense "
                                        "layer can read it. No weights."),
        "Concatenate": QCoreApplication.translate("LayerInspector", "Joins the outputs of the ticked layers side by side: their features one "
                                            "after another."),
    }.get(kind, "")


def activation_tooltip(name: str) -> str:
    return {
        "linear": QCoreApplication.translate("LayerInspector", "f(z) = z: no non-linearity (regression outputs)"),
        "step": QCoreApplication.translate("LayerInspector", "1 if z ≥ 0, else 0: the perceptron's step function (no gradient)"),
        "sign": QCoreApplication.translate("LayerInspector", "+1 if z ≥ 0, else −1 (no gradient)"),
        "sigmoid": QCoreApplication.translate("LayerInspector", "1 / (1 + e^−z), between 0 and 1 (binary classification outputs)"),
        "tanh": QCoreApplication.translate("LayerInspector", "hyperbolic tangent, between −1 and 1, centred on 0"),
        "relu": QCoreApplication.translate("LayerInspector", "max(0, z): the usual choice for hidden layers"),
        "leaky_relu": QCoreApplication.translate("LayerInspector", "z if z > 0, else 0.2·z"),
        "elu": QCoreApplication.translate("LayerInspector", "z if z > 0, else e^z − 1"),
        "softplus": QCoreApplication.translate("LayerInspector", "ln(1 + e^z): a smooth ReLU"),
        "softmax": QCoreApplication.translate("LayerInspector", "turns the outputs into probabilities that add up to 1 (multi-class outputs)"),
    }.get(name, "")


def parse_shape(text: str) -> list[int] | None:
    """``"2"`` -> ``[2]``, ``"28, 28"`` / ``"28x28"`` -> ``[28, 28]``; None unless every entry is a positive int."""
    parts = [p for p in re.split(r"[\s,x×*]+", text.strip()) if p]
    if not parts or len(parts) > 4:
        return None
    try:
        dims = [int(p) for p in parts]
    except ValueError:
        return None
    return dims if all(0 < d <= 1_000_000 for d in dims) else None


class SciSpinBox(QDoubleSpinBox):
    """A double spin box that shows ``0.001`` and ``1e-07`` as typed (for epsilon)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):  # noqa: D401 - Qt's name
        stripped = text.strip().replace(",", ".")
        if not stripped or stripped in ("-", ".", "e", "-.") or stripped.lower().endswith(("e", "e-", "e+")):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(stripped)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class InitializerField(QWidget):
    """An initializer: its name in a combo box, plus the standard deviation for ``random_normal``."""

    sigChanged = Signal(object)  # the new initializer value (name, or Keras config dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        for name in INITIALIZERS:
            self.combo.addItem(name, name)
        self.stddev_label = QLabel(self.tr("σ"), self)
        self.stddev_label.setToolTip(self.tr("Standard deviation of the random normal values"))
        self.stddev = QDoubleSpinBox(self)
        self.stddev.setDecimals(4)
        self.stddev.setRange(0.0001, 10.0)
        self.stddev.setSingleStep(0.01)
        self.stddev.setAccessibleName(self.tr("Standard deviation"))
        self.stddev_label.setBuddy(self.stddev)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.stddev_label)
        layout.addWidget(self.stddev)
        self.combo.currentIndexChanged.connect(self._emit)
        self.stddev.valueChanged.connect(self._emit)
        self._show_stddev(False)

    def _show_stddev(self, visible: bool) -> None:
        self.stddev_label.setVisible(visible)
        self.stddev.setVisible(visible)

    def value(self) -> Any:
        name = self.combo.currentData()
        if name == "random_normal":
            defaults = INITIALIZERS[name][1]
            if abs(self.stddev.value() - defaults["stddev"]) > 1e-12:
                return {"class_name": INITIALIZERS[name][0], "config": {**defaults, "stddev": self.stddev.value()}}
        return name

    def set_value(self, value: Any) -> None:
        try:
            name, args = initializer_args(value)
        except (ValueError, KeyError):
            name, args = "glorot_uniform", {}
        with QSignalBlocker(self.combo), QSignalBlocker(self.stddev):
            if self.combo.currentData() != name:
                self.combo.setCurrentIndex(self.combo.findData(name))
            if "stddev" in args and abs(self.stddev.value() - float(args["stddev"])) > 1e-12:
                self.stddev.setValue(float(args["stddev"]))
        self._show_stddev(name == "random_normal")

    def _emit(self, *_args) -> None:
        name = self.combo.currentData()
        if name == "random_normal" and not self.stddev.isVisible():
            with QSignalBlocker(self.stddev):
                self.stddev.setValue(INITIALIZERS[name][1]["stddev"])
        self._show_stddev(name == "random_normal")
        self.sigChanged.emit(self.value())


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


class LayerInspector(QWidget):
    """The selected layer's settings (objectName ``layerInspector``). Call ``show_layer(name)`` /
    ``show_selection(names)`` when the stack's selection changes."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerInspector")
        self.setAccessibleName(self.tr("Layer inspector"))
        self._document = document
        self._name: str | None = None
        self._row = -1
        self._names: list[str] = []
        self._filling = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._pages = QStackedWidget(self)
        outer.addWidget(self._pages)

        # page 0: nothing selected
        self._empty = QLabel(self)
        self._empty.setObjectName("inspectorHint")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setMargin(16)
        self._pages.addWidget(self._empty)

        # page 1: one layer
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self._pages.addWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)

        self._title = QLabel(body)
        self._title.setObjectName("inspectorTitle")
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15 if font.pointSizeF() > 0 else 11)
        self._title.setFont(font)
        self._explanation = QLabel(body)
        self._explanation.setObjectName("inspectorExplanation")
        self._explanation.setWordWrap(True)
        self._explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._info = QLabel(body)
        self._info.setObjectName("inspectorInfo")
        self._info.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._problem = _error_label(body)
        self._problem.setObjectName("inspectorProblem")
        for widget in (self._title, self._explanation, self._info, self._problem):
            column.addWidget(widget)
        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)

        # common: the name
        common = QWidget(body)
        form = _form(common)
        self.name_edit = QLineEdit(common)
        self.name_edit.setObjectName("layerName")
        self.name_edit.setToolTip(self.tr("The layer's name (unique; Keras uses it for weights and summaries)"))
        self.name_error = _error_label(common)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.name_error)
        column.addWidget(common)
        self.name_edit.editingFinished.connect(self._rename)
        self.name_edit.textEdited.connect(lambda _text: self.name_error.hide())

        # kind pages
        self._kind_stack = QStackedWidget(body)
        self._kind_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._kind_page: dict[str, int] = {}
        for kind, build in (("Input", self._build_input), ("Dense", self._build_dense),
                            ("Activation", self._build_activation), ("Dropout", self._build_dropout),
                            ("BatchNormalization", self._build_batchnorm), ("Flatten", self._build_flatten),
                            ("Concatenate", self._build_concatenate)):
            page = QWidget(self._kind_stack)
            build(page)
            self._kind_page[kind] = self._kind_stack.addWidget(page)
        column.addWidget(self._kind_stack)
        column.addStretch(1)

        self._align_labels(body)
        self._kind_stack.currentChanged.connect(self._fit_kind_page)
        document.sigSpecChanged.connect(self._on_spec_changed)
        document.sigReplaced.connect(self._on_replaced)  # bound methods: disconnected when the widget dies
        self.show_layer(None)

    # ------------------------------------------------------------------ building
    def _spin(self, parent: QWidget, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(low, high)
        spin.setKeyboardTracking(True)  # a command per keystroke; they merge into one undo step
        spin.setAccelerated(True)
        return spin

    def _double(self, parent: QWidget, low: float, high: float, step: float, decimals: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        return spin

    def _activation_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        for name in ACTIVATIONS:
            combo.addItem(name, name)
            combo.setItemData(combo.count() - 1, activation_tooltip(name), Qt.ItemDataRole.ToolTipRole)
        return combo

    def _build_input(self, page: QWidget) -> None:
        form = _form(page)
        self.shape_edit = QLineEdit(page)
        self.shape_edit.setObjectName("inputShape")
        self.shape_edit.setPlaceholderText(self.tr("e.g. 2  or  28, 28"))
        self.shape_edit.setToolTip(self.tr("Comma-separated positive whole numbers: features, or height, width"))
        self.shape_error = _error_label(page)
        form.addRow(self.tr("Shape"), self.shape_edit)
        form.addRow("", self.shape_error)
        self.shape_edit.editingFinished.connect(self._apply_shape)
        self.shape_edit.textEdited.connect(lambda _text: self.shape_error.hide())

    def _build_dense(self, page: QWidget) -> None:
        form = _form(page)
        self.units_spin = self._spin(page, 1, 4096)
        self.units_spin.setObjectName("units")
        self.units_spin.setToolTip(self.tr("Number of neurons (units) = size of the output"))
        self.activation_combo = self._activation_combo(page)
        self.activation_combo.setObjectName("activation")
        self.use_bias_check = QCheckBox(self.tr("Add a bias b to each unit"), page)
        self.use_bias_check.setObjectName("useBias")
        self.kernel_init = InitializerField(page)
        self.kernel_init.setObjectName("kernelInitializer")
        self.kernel_init.combo.setToolTip(self.tr("How the weights W get their random starting values"))
        self.bias_init = InitializerField(page)
        self.bias_init.setObjectName("biasInitializer")
        self.bias_init.combo.setToolTip(self.tr("Starting values of the biases b"))
        self.l1_spin = self._double(page, 0.0, 10.0, 0.001, 5)
        self.l1_spin.setObjectName("kernelL1")
        self.l1_spin.setToolTip(self.tr("L1 penalty on the weights: adds l1·Σ|w| to the loss (0 = off)"))
        self.l2_spin = self._double(page, 0.0, 10.0, 0.001, 5)
        self.l2_spin.setObjectName("kernelL2")
        self.l2_spin.setToolTip(self.tr("L2 penalty on the weights: adds l2·Σw² to the loss (0 = off)"))
        form.addRow(self.tr("Units"), self.units_spin)
        form.addRow(self.tr("Activation"), self.activation_combo)
        form.addRow(self.tr("Bias"), self.use_bias_check)
        form.addRow(self.tr("Weight init."), self.kernel_init)
        form.addRow(self.tr("Bias init."), self.bias_init)
        form.addRow(self.tr("L1 (weights)"), self.l1_spin)
        form.addRow(self.tr("L2 (weights)"), self.l2_spin)
        self.units_spin.valueChanged.connect(lambda v: self._set("units", int(v)))
        self.activation_combo.currentIndexChanged.connect(
            lambda _i: self._set("activation", self.activation_combo.currentData()))
        self.use_bias_check.toggled.connect(lambda on: self._set("use_bias", bool(on)))
        self.kernel_init.sigChanged.connect(lambda v: self._set("kernel_initializer", v))
        self.bias_init.sigChanged.connect(lambda v: self._set("bias_initializer", v))
        self.l1_spin.valueChanged.connect(self._apply_regularizer)
        self.l2_spin.valueChanged.connect(self._apply_regularizer)

    def _build_activation(self, page: QWidget) -> None:
        form = _form(page)
        self.function_combo = self._activation_combo(page)
        self.function_combo.setObjectName("function")
        form.addRow(self.tr("Function"), self.function_combo)
        self.function_combo.currentIndexChanged.connect(
            lambda _i: self._set("activation", self.function_combo.currentData()))

    def _build_dropout(self, page: QWidget) -> None:
        form = _form(page)
        self.rate_spin = self._double(page, 0.0, 0.95, 0.05, 3)
        self.rate_spin.setObjectName("rate")
        self.rate_spin.setToolTip(self.tr("Fraction of the values set to 0 while training (0 – 0.95)"))
        form.addRow(self.tr("Rate"), self.rate_spin)
        self.rate_spin.valueChanged.connect(lambda v: self._set("rate", float(v)))

    def _build_batchnorm(self, page: QWidget) -> None:
        form = _form(page)
        self.momentum_spin = self._double(page, 0.0, 0.9999, 0.01, 4)
        self.momentum_spin.setObjectName("momentum")
        self.momentum_spin.setToolTip(self.tr("How slowly the running mean and variance follow the batches (0 – 1)"))
        self.epsilon_spin = SciSpinBox(page)
        self.epsilon_spin.setObjectName("epsilon")
        self.epsilon_spin.setRange(1e-10, 1.0)
        self.epsilon_spin.setSingleStep(0.001)
        self.epsilon_spin.setKeyboardTracking(False)  # "0.001" passes through 0 while typing; apply on Enter
        self.epsilon_spin.setToolTip(self.tr("Small number ε added to the variance to avoid dividing by 0"))
        self.center_check = QCheckBox(self.tr("Learn a shift β (center)"), page)
        self.center_check.setObjectName("center")
        self.scale_check = QCheckBox(self.tr("Learn a scale γ (scale)"), page)
        self.scale_check.setObjectName("scale")
        form.addRow(self.tr("Momentum"), self.momentum_spin)
        form.addRow(self.tr("Epsilon"), self.epsilon_spin)
        form.addRow("", self.center_check)
        form.addRow("", self.scale_check)
        self.momentum_spin.valueChanged.connect(lambda v: self._set("momentum", float(v)))
        self.epsilon_spin.valueChanged.connect(lambda v: self._set("epsilon", float(v)))
        self.center_check.toggled.connect(lambda on: self._set("center", bool(on)))
        self.scale_check.toggled.connect(lambda on: self._set("scale", bool(on)))

    def _build_flatten(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Flatten has no settings."), page)
        layout.addWidget(label)

    def _build_concatenate(self, page: QWidget) -> None:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Inputs (earlier layers):"), page)
        self.inputs_list = QListWidget(page)
        self.inputs_list.setObjectName("concatInputs")
        self.inputs_list.setAccessibleName(self.tr("Inputs of the Concatenate layer"))
        label.setBuddy(self.inputs_list)
        hint = QLabel(self.tr("Wide & Deep: tick the Input to join it with the last hidden layer. "
                              "A new Concatenate takes the layer just before it."), page)
        hint.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.inputs_list)
        layout.addWidget(hint)
        self.inputs_list.itemChanged.connect(self._apply_inputs)

    @staticmethod
    def _align_labels(body: QWidget) -> None:
        """One label column for the name row and every kind's form, so the fields line up."""
        labels: list[QLabel] = []
        for form in body.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and isinstance(item.widget(), QLabel):
                    labels.append(item.widget())
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _fit_kind_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; make it as tall as the page shown.
        for i in range(self._kind_stack.count()):
            page = self._kind_stack.widget(i)
            page.setSizePolicy(QSizePolicy.Policy.Preferred,
                               QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored)
            page.adjustSize()
        self._kind_stack.adjustSize()

    # ------------------------------------------------------------------ showing
    @property
    def layer_name(self) -> str | None:
        """The layer shown, or None."""
        return self._name

    def show_selection(self, names: list[str]) -> None:
        """Follow the stack's selection: one layer -> its settings; none or several -> a hint."""
        if len(names) == 1:
            self.show_layer(names[0])
        elif names:
            self.show_layer(None, self.tr("{0} layers selected. Select one layer to change its settings.").format(len(names)))
        else:
            self.show_layer(None)

    def show_layer(self, name: str | None, message: str | None = None) -> None:
        """Show the settings of layer ``name`` (None: a hint instead)."""
        spec = self._document.spec
        if name is not None and name not in {layer.name for layer in spec.layers}:
            name = None
        if name != self._name:
            self.name_error.hide()
            self.shape_error.hide()
        self._name = name
        if name is None:
            self._row = -1
            self._empty.setText(message or self.tr("Select a layer in the stack to see and change its settings."))
            self._pages.setCurrentIndex(0)
            return
        self._fill(spec)
        self._pages.setCurrentIndex(1)

    def _on_replaced(self) -> None:
        self.show_layer(None)

    def _on_spec_changed(self) -> None:
        if self._name is None:
            return
        spec = self._document.spec
        names = [layer.name for layer in spec.layers]
        if self._name not in names:
            # Renamed (undo/redo of a rename): follow the layer at the same place when only names changed.
            if len(names) == len(self._names) and 0 <= self._row < len(names) and names[self._row] not in self._names:
                self._name = names[self._row]
            else:
                self.show_layer(None)
                return
        self._fill(spec)

    def _fill(self, spec: ModelSpec) -> None:
        row = spec.index(self._name)
        layer = spec.layers[row]
        self._row, self._names = row, [item.name for item in spec.layers]
        self._filling = True
        try:
            self._fill_header(spec, row, layer)
            self._set_text(self.name_edit, layer.name)
            page = self._kind_page.get(layer.kind, self._kind_page["Flatten"])
            if self._kind_stack.currentIndex() != page:
                self._kind_stack.setCurrentIndex(page)
            else:
                self._fit_kind_page(page)
            getattr(self, f"_fill_{layer.kind.lower()}", lambda *_: None)(spec, row, layer)
        finally:
            self._filling = False

    def _fill_header(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        color = kind_color(layer.kind).name()
        self._title.setText(f"<span style='color:{color}'>■</span> {layer.kind} · {layer.name}")
        self._explanation.setText(kind_explanation(layer.kind))
        info = next((i for i in spec.layer_infos() if i.name == layer.name), None)
        self._info.setText(self.tr("Output {0} · {1} parameters").format(
            format_shape(info.output_shape if info else None), format_count(info.params if info else None)))
        problem = spec.problems().get(layer.name)
        self._problem.setText(self.tr("⚠ {0}").format(problem) if problem else "")
        self._problem.setVisible(bool(problem))

    def _fill_input(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        shape = layer.config.get("shape") or []
        current = parse_shape(self.shape_edit.text())
        if current != list(shape):
            self._set_text(self.shape_edit, ", ".join(str(d) for d in shape))

    def _fill_dense(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        c = layer.config
        units = c.get("units")
        if isinstance(units, int) and not isinstance(units, bool):
            self._set_value(self.units_spin, units)
        self._set_combo(self.activation_combo, c.get("activation"))
        self._set_check(self.use_bias_check, bool(c.get("use_bias", True)))
        self.kernel_init.set_value(c.get("kernel_initializer"))
        self.bias_init.set_value(c.get("bias_initializer"))
        reg = c.get("kernel_regularizer") or {}
        self._set_value(self.l1_spin, float(reg.get("l1", 0.0)) if isinstance(reg, dict) else 0.0)
        self._set_value(self.l2_spin, float(reg.get("l2", 0.0)) if isinstance(reg, dict) else 0.0)

    def _fill_activation(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        self._set_combo(self.function_combo, layer.config.get("activation"))

    def _fill_dropout(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        rate = layer.config.get("rate")
        if isinstance(rate, (int, float)) and not isinstance(rate, bool):
            self._set_value(self.rate_spin, float(rate))

    def _fill_batchnormalization(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        c = layer.config
        for spin, key in ((self.momentum_spin, "momentum"), (self.epsilon_spin, "epsilon")):
            if isinstance(c.get(key), (int, float)) and not isinstance(c.get(key), bool):
                self._set_value(spin, float(c[key]))
        self._set_check(self.center_check, bool(c.get("center", True)))
        self._set_check(self.scale_check, bool(c.get("scale", True)))

    def _fill_concatenate(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        chosen = set(spec.input_names(row))
        wanted = [(item.name, item.kind, item.name in chosen) for item in spec.layers[:row]]
        current = [(self.inputs_list.item(i).data(Qt.ItemDataRole.UserRole), self.inputs_list.item(i).data(Qt.ItemDataRole.UserRole + 1),
                    self.inputs_list.item(i).checkState() == Qt.CheckState.Checked) for i in range(self.inputs_list.count())]
        if current == wanted:
            return
        infos = {info.name: info for info in spec.layer_infos()}
        keep_row = self.inputs_list.currentRow()
        with QSignalBlocker(self.inputs_list):
            self.inputs_list.clear()
            for name, kind, checked in wanted:
                info = infos.get(name)
                item = QListWidgetItem(f"{name}  ({kind}, {format_shape(info.output_shape if info else None)})")
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setData(Qt.ItemDataRole.UserRole + 1, kind)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.inputs_list.addItem(item)
            if 0 <= keep_row < self.inputs_list.count():
                self.inputs_list.setCurrentRow(keep_row)
        # As tall as its rows (3 to 10 of them), not the list widget's default 192 px.
        row_h = max(self.inputs_list.sizeHintForRow(0), self.inputs_list.fontMetrics().height() + 4)
        shown = max(3, min(10, self.inputs_list.count()))
        self.inputs_list.setFixedHeight(shown * row_h + 2 * self.inputs_list.frameWidth() + 4)

    # widget setters: only touch a widget whose value differs, with its signals blocked
    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            with QSignalBlocker(edit):
                edit.setText(text)

    @staticmethod
    def _set_value(spin, value) -> None:
        if spin.value() != value:
            with QSignalBlocker(spin):
                spin.setValue(value)

    @staticmethod
    def _set_check(box: QCheckBox, on: bool) -> None:
        if box.isChecked() != on:
            with QSignalBlocker(box):
                box.setChecked(on)

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index < 0:  # a value the product does not offer (the card shows the problem): show it as is
            combo.addItem(str(value), value)
            index = combo.count() - 1
        if combo.currentIndex() != index:
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)

    # ------------------------------------------------------------------ edits -> commands
    def _layer(self) -> LayerSpec | None:
        if self._name is None:
            return None
        try:
            return self._document.spec.layer(self._name)
        except KeyError:
            return None

    def _set(self, key: str, value: Any) -> None:
        """One setting changed: one command (consecutive changes of the same setting merge)."""
        layer = self._layer()
        if self._filling or layer is None or key not in layer.config:
            return
        commands.set_layer_config(self._document, layer.name, key, value)

    def _apply_regularizer(self, *_args) -> None:
        l1, l2 = float(self.l1_spin.value()), float(self.l2_spin.value())
        self._set("kernel_regularizer", None if l1 == 0 and l2 == 0 else {"l1": l1, "l2": l2})

    def _apply_shape(self) -> None:
        layer = self._layer()
        if self._filling or layer is None or layer.kind != "Input":
            return
        dims = parse_shape(self.shape_edit.text())
        if dims is None:
            self.shape_error.setText(self.tr("Enter positive whole numbers separated by commas, e.g. 2 or 28, 28."))
            self.shape_error.show()
            return
        self.shape_error.hide()
        self._set("shape", dims)

    def _rename(self) -> None:
        layer = self._layer()
        if self._filling or layer is None:
            return
        new = self.name_edit.text().strip()
        if new == layer.name:
            self.name_error.hide()
            return
        error = self.name_problem(new)
        if error:
            self.name_error.setText(error)
            self.name_error.show()
            return
        self.name_error.hide()
        old = layer.name
        self._name = new  # follow the layer through the rename (the refill looks it up by name)
        commands.edit_spec(self._document, self.tr("Rename {0} to {1}").format(old, new),
                           lambda s: edits.rename_layer(s, old, new))
        if new not in {item.name for item in self._document.spec.layers}:
            self._name = old  # the edit did not happen

    def name_problem(self, new: str) -> str | None:
        """Why ``new`` cannot be this layer's name, or None."""
        new = new.strip()
        if not new:
            return self.tr("A layer name cannot be empty.")
        if "/" in new:
            return self.tr("A layer name cannot contain “/”.")
        if new != self._name and new in {item.name for item in self._document.spec.layers}:
            return self.tr("The name “{0}” is already used by another layer.").format(new)
        return None

    def _apply_inputs(self, _item: QListWidgetItem | None = None) -> None:
        layer = self._layer()
        if self._filling or layer is None or layer.kind != "Concatenate":
            return
        spec = self._document.spec
        row = spec.index(layer.name)
        checked = [self.inputs_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.inputs_list.count())
                   if self.inputs_list.item(i).checkState() == Qt.CheckState.Checked]
        # Just the layer before is the default wiring: store it as [] so a plain stack stays a plain stack.
        inputs = [] if row > 0 and checked == [spec.layers[row - 1].name] else checked
        name = layer.name
        commands.edit_spec(self._document, self.tr("Connect {0} to {1}").format(name, " + ".join(checked) or "-"),
                           lambda s: edits.set_layer_inputs(s, name, inputs))

    # for tests and assistive tools: the widget that edits a setting
    def editor_for(self, key: str) -> QWidget | None:
        return {
            "name": self.name_edit, "shape": self.shape_edit, "units": self.units_spin,
            "activation": self.activation_combo, "use_bias": self.use_bias_check,
            "kernel_initializer": self.kernel_init, "bias_initializer": self.bias_init,
            "l1": self.l1_spin, "l2": self.l2_spin, "function": self.function_combo, "rate": self.rate_spin,
            "momentum": self.momentum_spin, "epsilon": self.epsilon_spin, "center": self.center_check,
            "scale": self.scale_check, "inputs": self.inputs_list,
        }.get(key)

