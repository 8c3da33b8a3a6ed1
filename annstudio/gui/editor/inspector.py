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
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...particles import with_particles
from ...spec import ACTIVATIONS, INITIALIZERS, LayerSpec, ModelSpec, edits
from ...spec.keras_storable import keras_storage_problems
from ...spec.layer_kinds import KINDS, Param, layer_kind
from ...spec.layers import initializer_args
from ...spec.ranges import STDDEV
from ...spec.training import layers_without_gradient
from ..colors import WARNING_STYLE
from ..document import ProjectDocument
from ..fields import REFUSED_TEXT, FieldMessage, NumberField, range_of
from ..gradient_hint import layer_hint, storage_hint
from ..i18n import render
from ..layer_kinds import Field, gui_kind
from . import commands
from .palette import kind_color
from .stack_model import format_count, format_shape

PROBLEM_STYLE = "color: #c62828;"

# one page per layer kind of the registry
KIND_PAGES = tuple(KINDS)


def kind_explanation(kind: str) -> str:
    """One or two lines on what the layer computes, in a learner's terms."""
    return gui_kind(kind).explanation()


def activation_tooltip(name: str) -> str:
    return {
        "linear": QCoreApplication.translate("LayerInspector", "f(z) = z: no non-linearity (regression outputs)"),
        "step": QCoreApplication.translate("LayerInspector", "1 if z ≥ 0, else 0: the perceptron's step function (no gradient)"),
        "sign": QCoreApplication.translate("LayerInspector", "+1 if z ≥ 0, else −1 (no gradient)"),
        "sigmoid": QCoreApplication.translate(
            "LayerInspector", "1 / (1 + e^−z), between 0 and 1 (binary classification outputs)"),
        "tanh": QCoreApplication.translate("LayerInspector", "hyperbolic tangent, between −1 and 1, centred on 0"),
        "relu": QCoreApplication.translate("LayerInspector", "max(0, z): the usual choice for hidden layers"),
        "leaky_relu": QCoreApplication.translate("LayerInspector", "z if z > 0, else 0.2·z"),
        "elu": QCoreApplication.translate("LayerInspector", "z if z > 0, else e^z − 1"),
        "softplus": QCoreApplication.translate("LayerInspector", "ln(1 + e^z): a smooth ReLU"),
        "softmax": QCoreApplication.translate(
            "LayerInspector", "turns the outputs into probabilities that add up to 1 (multi-class outputs)"),
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
        self.stddev = NumberField(STDDEV, lambda: self.tr("Standard deviation"), self, step=0.01, live=True,
                                  message=FieldMessage(parent), fits="0.0001")
        self.stddev.setValue(INITIALIZERS["random_normal"][1]["stddev"])
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
        self._gradient_hint = _error_label(body)
        self._gradient_hint.setObjectName("inspectorGradientHint")
        self._gradient_hint.setStyleSheet(WARNING_STYLE)
        self._storage_hint = _error_label(body)
        self._storage_hint.setObjectName("inspectorStorageHint")
        self._storage_hint.setStyleSheet(WARNING_STYLE)
        for widget in (self._title, self._explanation, self._info, self._problem, self._gradient_hint,
                       self._storage_hint):
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
        revert = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.name_edit, context=Qt.ShortcutContext.WidgetShortcut)
        revert.activated.connect(self._revert_name)   # Escape: the name in use again, the refusal gone

        # kind pages
        self._kind_stack = QStackedWidget(body)
        self._kind_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._kind_page: dict[str, int] = {}
        self._fields: dict[str, list[tuple[Field, Param | None, QWidget]]] = {}   # kind -> its editors
        self._editors: dict[str, QWidget] = {}      # editor_for() names (the first kind with a name keeps it)
        self._errors: list[QLabel] = []             # the shape fields' error labels
        self._shape_errors: dict[QWidget, QLabel] = {}   # each shape field's error label
        for kind in KIND_PAGES:
            page = QWidget(self._kind_stack)
            self._build_page(kind, page)
            self._kind_page[kind] = self._kind_stack.addWidget(page)
        column.addWidget(self._kind_stack)
        column.addStretch(1)

        self._align_labels(body)
        self._kind_stack.currentChanged.connect(self._fit_kind_page)
        document.sigSpecChanged.connect(self._on_spec_changed)
        document.sigReplaced.connect(self._on_replaced)  # bound methods: disconnected when the widget dies
        self.show_layer(None)

    # ------------------------------------------------------------------ building
    def _number(self, parent: QWidget, param: Param, f: Field) -> NumberField:
        """A number field with the parameter's valid range (``Param``); a valid number is taken as it is
        typed (the keystrokes merge into one undo step), an invalid one is refused with the reason."""
        label = f.label or (lambda: param.key)
        return NumberField(range_of(param), label, parent, step=f.step, live=True, message=FieldMessage(parent),
                           fits=f.fits)

    def _activation_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        for name in ACTIVATIONS:
            combo.addItem(name, name)
            combo.setItemData(combo.count() - 1, activation_tooltip(name), Qt.ItemDataRole.ToolTipRole)
        return combo

    def _build_page(self, kind: str, page: QWidget) -> None:
        """A kind's fields, built from the GUI table's ``fields`` and the registry's parameter types."""
        gui, spec_kind = gui_kind(kind), layer_kind(kind)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        form: QFormLayout | None = None
        built: list[tuple[Field, Param | None, QWidget]] = []
        for f in gui.fields:
            if f.key == "inputs":   # the layers a joining kind takes
                label = QLabel(f.label() if f.label else "", page)
                widget = QListWidget(page)
                widget.setObjectName(f.object_name)
                if f.accessible:
                    widget.setAccessibleName(f.accessible())
                label.setBuddy(widget)
                layout.addWidget(label)
                layout.addWidget(widget)
                widget.itemChanged.connect(self._apply_inputs)
                built.append((f, None, widget))
                self._register(kind, f, widget)
                continue
            if form is None:
                holder = QWidget(page)
                form = _form(holder)
                layout.addWidget(holder)
            param = spec_kind.param(f.key)
            widget, error = self._build_field(holder, f, param)
            form.addRow(f.label() if f.label else "", widget)
            if isinstance(error, FieldMessage):
                form.addRow(error)   # why a typed number was refused (hidden otherwise)
            elif error is not None:
                form.addRow("", error)
            built.append((f, param, widget))
            self._register(kind, f, widget)
        if not gui.fields:
            layout.addWidget(QLabel(self.tr("{0} has no settings.").format(kind), page))
        if gui.hint is not None:
            hint = QLabel(gui.hint(), page)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self._fields[kind] = built

    def _register(self, kind: str, f: Field, widget: QWidget) -> None:
        if f.attr:
            setattr(self, f.attr, widget)
        self._editors.setdefault(f.alias or f.key, widget)
        self._editors.setdefault(f"{kind}.{f.alias or f.key}", widget)

    def _build_field(self, parent: QWidget, f: Field, param: Param) -> tuple[QWidget, QLabel | None]:
        """The editor of one parameter, by its type; edits become commands through ``_set``."""
        key, t = param.key, param.type
        error: QLabel | None = None
        widget: QWidget
        if t == "int":
            widget = self._number(parent, param, f)
            widget.valueChanged.connect(lambda v, key=key: self._set(key, int(v)))
            error = widget.message
        elif t == "regularizer":
            widget = self._number(parent, param, f)
            widget.valueChanged.connect(lambda _v, key=key: self._apply_regularizer(key))
            error = widget.message
        elif t == "float":
            widget = self._number(parent, param, f)
            widget.valueChanged.connect(lambda v, key=key: self._set(key, float(v)))
            error = widget.message
        elif t == "bool":
            widget = QCheckBox(f.text() if f.text else "", parent)
            widget.toggled.connect(lambda on, key=key: self._set(key, bool(on)))
        elif t == "activation":
            widget = self._activation_combo(parent)
            widget.currentIndexChanged.connect(lambda _i, key=key, combo=widget: self._set(key, combo.currentData()))
        elif t == "initializer":
            widget = InitializerField(parent)
            widget.sigChanged.connect(lambda v, key=key: self._set(key, v))
            error = widget.stddev.message
        elif t == "shape":
            widget = QLineEdit(parent)
            if f.text:
                widget.setPlaceholderText(f.text())
            error = _error_label(parent)
            self._errors.append(error)
            self._shape_errors[widget] = error
            if f.error_attr:
                setattr(self, f.error_attr, error)
            widget.editingFinished.connect(lambda key=key, edit=widget, label=error: self._apply_shape(key, edit, label))
            widget.textEdited.connect(lambda _text, label=error: label.hide())
        else:
            raise ValueError(f"the inspector cannot edit a parameter of type {t!r} ({key})")
        widget.setObjectName(f.object_name)
        if f.tooltip:
            (widget.combo if isinstance(widget, InitializerField) else widget).setToolTip(f.tooltip())
        return widget, error

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
        # A stacked widget is as tall as its tallest page; make it as tall as the page shown. The layout
        # is told (updateGeometry), not bypassed: adjustSize() resized the page to its own size hint, and
        # after an edit that switched pages (Fit the model to this data) the Concatenate page stayed half
        # as wide as the inspector until the next resize.
        for i in range(self._kind_stack.count()):
            page = self._kind_stack.widget(i)
            page.setSizePolicy(QSizePolicy.Policy.Preferred,
                               QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored)
            page.updateGeometry()
        self._kind_stack.updateGeometry()

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
            for error in self._errors:
                error.hide()
            for field in self.findChildren(NumberField):   # one layer's refusal is not another's
                field.forget_message()
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
            if self.name_edit.text() != layer.name:   # the stored name is back: a refusal of another is history
                self._set_text(self.name_edit, layer.name)
                self.name_error.hide()
            page = self._kind_page.get(layer.kind, self._kind_page["Flatten"])
            if self._kind_stack.currentIndex() != page:
                self._kind_stack.setCurrentIndex(page)
            else:
                self._fit_kind_page(page)
            self._fill_fields(spec, row, layer)
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
        self._problem.setText(self.tr("⚠ {0}").format(render(problem)) if problem else "")

        self._problem.setVisible(bool(problem))
        activation = layers_without_gradient(spec).get(layer.name)
        self._gradient_hint.setText(self.tr("⚠ {0}").format(layer_hint(activation)) if activation else "")
        self._gradient_hint.setVisible(bool(activation))
        unstorable = None if problem else keras_storage_problems(spec).get(layer.name)
        self._storage_hint.setText(self.tr("⚠ {0}").format(storage_hint(unstorable)) if unstorable else "")
        self._storage_hint.setVisible(bool(unstorable))

    def _fill_fields(self, spec: ModelSpec, row: int, layer: LayerSpec) -> None:
        c = layer.config
        for f, param, widget in self._fields.get(layer.kind, []):
            if param is None:
                self._fill_inputs(widget, spec, row)
                continue
            value = c.get(param.key)
            t = param.type
            if t == "int":
                if isinstance(value, int) and not isinstance(value, bool):
                    self._set_value(widget, value)
            elif t == "float":
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    self._set_value(widget, float(value))
            elif t == "regularizer":
                reg = value or {}
                self._set_value(widget, float(reg.get(f.part, 0.0)) if isinstance(reg, dict) else 0.0)
            elif t == "bool":
                self._set_check(widget, bool(c.get(param.key, param.default)))
            elif t == "activation":
                self._set_combo(widget, value)
            elif t == "initializer":
                widget.set_value(value)
            elif t == "shape":
                shape = value or []
                if parse_shape(widget.text()) != list(shape):
                    self._set_text(widget, ", ".join(str(d) for d in shape))
                    self._shape_errors[widget].hide()   # the shape in use is back: its refusal is history

    def _fill_inputs(self, inputs_list: QListWidget, spec: ModelSpec, row: int) -> None:
        chosen = set(spec.input_names(row))
        wanted = [(item.name, item.kind, item.name in chosen, False) for item in spec.layers[:row]]
        # an input that is now below this layer (the layer was dragged above it) stays listed, ticked, so it can be
        # unticked here: it was hidden, and only Undo or moving the layer back undid the cycle it makes
        below = {item.name for item in spec.layers[row + 1:] if item.name in chosen}
        wanted += [(item.name, item.kind, True, True) for item in spec.layers[row + 1:] if item.name in below]
        current = [(inputs_list.item(i).data(Qt.ItemDataRole.UserRole), inputs_list.item(i).data(Qt.ItemDataRole.UserRole + 1),
                    inputs_list.item(i).checkState() == Qt.CheckState.Checked,
                    bool(inputs_list.item(i).data(Qt.ItemDataRole.UserRole + 2))) for i in range(inputs_list.count())]
        if current == wanted:
            return
        infos = {info.name: info for info in spec.layer_infos()}
        keep_row = inputs_list.currentRow()
        with QSignalBlocker(inputs_list):
            inputs_list.clear()
            for name, kind, checked, _ in wanted:
                info = infos.get(name)
                if name in below:
                    item = QListWidgetItem(self.tr("{0}  ({1}, below this layer: untick it or move this layer "
                                                   "down)").format(name, kind))
                    item.setForeground(REFUSED_TEXT)
                else:
                    item = QListWidgetItem(f"{name}  ({kind}, {format_shape(info.output_shape if info else None)})")
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setData(Qt.ItemDataRole.UserRole + 1, kind)
                item.setData(Qt.ItemDataRole.UserRole + 2, name in below)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                inputs_list.addItem(item)
            if 0 <= keep_row < inputs_list.count():
                inputs_list.setCurrentRow(keep_row)
        # As tall as its rows (3 to 10 of them), not the list widget's default 192 px.
        row_h = max(inputs_list.sizeHintForRow(0), inputs_list.fontMetrics().height() + 4)
        shown = max(3, min(10, inputs_list.count()))
        inputs_list.setFixedHeight(shown * row_h + 2 * inputs_list.frameWidth() + 4)

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

    def _apply_regularizer(self, key: str) -> None:
        layer = self._layer()
        if self._filling or layer is None:
            return
        parts = {f.part: widget for f, _param, widget in self._fields.get(layer.kind, []) if f.key == key and f.part}
        l1 = float(parts["l1"].value()) if "l1" in parts else 0.0
        l2 = float(parts["l2"].value()) if "l2" in parts else 0.0
        self._set(key, None if l1 == 0 and l2 == 0 else {"l1": l1, "l2": l2})

    def _apply_shape(self, key: str, edit: QLineEdit, error: QLabel) -> None:
        layer = self._layer()
        if self._filling or layer is None or key not in layer.config:
            return
        dims = parse_shape(edit.text())
        if dims is None:
            error.setText(self.tr("Enter positive whole numbers separated by commas, e.g. 2 or 28, 28."))
            error.show()
            return
        error.hide()
        self._set(key, dims)

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
        commands.edit_spec(self._document, with_particles(self.tr("Rename {0} to {1}").format(old, new)),
                           lambda s: edits.rename_layer(s, old, new))
        if new not in {item.name for item in self._document.spec.layers}:
            self._name = old  # the edit did not happen

    def _revert_name(self) -> None:
        layer = self._layer()
        if layer is not None:
            self._set_text(self.name_edit, layer.name)
        self.name_error.hide()

    def name_problem(self, new: str) -> str | None:
        """Why ``new`` cannot be this layer's name, or None."""
        new = new.strip()
        if not new:
            return self.tr("A layer name cannot be empty.")
        if "/" in new:
            return self.tr("A layer name cannot contain “/”.")
        if new != self._name and new in {item.name for item in self._document.spec.layers}:
            return with_particles(self.tr("The name “{0}” is already used by another layer.").format(new))
        return None

    def _apply_inputs(self, _item: QListWidgetItem | None = None) -> None:
        layer = self._layer()
        if self._filling or layer is None or not layer_kind(layer.kind).multi_input:
            return
        inputs_list = next((w for f, p, w in self._fields.get(layer.kind, []) if p is None), None)
        if inputs_list is None:
            return
        spec = self._document.spec
        row = spec.index(layer.name)
        checked = [inputs_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(inputs_list.count())
                   if inputs_list.item(i).checkState() == Qt.CheckState.Checked]
        # Just the layer before is the default wiring: store it as [] so a plain stack stays a plain stack.
        inputs = [] if row > 0 and checked == [spec.layers[row - 1].name] else checked
        name = layer.name
        commands.edit_spec(self._document, with_particles(self.tr("Connect {0} to {1}").format(name, " + ".join(checked) or "-")),
                           lambda s: edits.set_layer_inputs(s, name, inputs))

    # for tests and assistive tools: the widget that edits a setting
    def editor_for(self, key: str, kind: str | None = None) -> QWidget | None:
        """The editor of setting ``key`` (``"name"``, ``"units"``, ``"l1"``, ``"function"``, ``"inputs"``, ...);
        with ``kind``, that kind's editor of it (``editor_for("scale", "Rescaling")``)."""
        if key == "name":
            return self.name_edit
        return self._editors.get(f"{kind}.{key}" if kind else key)
