"""``StackModel``: the layers of the open document's model spec as a Qt list model, one row per layer.

The model is read-only from Qt's point of view: it never inserts, removes or moves rows itself. Drops
(a palette kind, cards dragged within the stack, copied layers) become ONE undoable command each
(``annstudio.gui.editor.commands``); the document then announces the new spec and the model resets from it.
That is also why ``removeRows`` refuses: after a move-drop Qt would otherwise delete the dragged rows a
second time.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...messages import Message
from ...spec import LayerInfo, LayerSpec, ModelSpec, edits
from ...spec.keras_storable import keras_storage_problems
from ...spec.training import layers_without_gradient
from ..document import ProjectDocument
from ..gradient_hint import layer_hint, storage_hint
from ..i18n import render
from . import commands
from .layer_clipboard import MIME_LAYERS, layers_from_mime, layers_to_mime
from .palette import MIME_LAYER_KIND, kind_from_mime

MIME_LAYER_ROWS = "application/x-annstudio-layer-rows"

_USER = Qt.ItemDataRole.UserRole
KindRole = _USER + 1          # str: "Dense", ...
DescriptionRole = _USER + 2   # str: LayerSpec.describe(), e.g. "8, tanh"
OutputShapeRole = _USER + 3   # tuple | None: output shape without the batch axis, None when it cannot be inferred
ParamsRole = _USER + 4        # int | None: trainable + non-trainable parameters
ProblemRole = _USER + 5       # str: why this layer is invalid ("" when it is fine)
IsInputRole = _USER + 6       # bool: the Input row (cannot be moved or deleted)
LayerRole = _USER + 7         # LayerSpec: a copy of the layer
InputsRole = _USER + 8        # tuple[str, ...]: names of the layers feeding this one (the previous one by default)
TrainableParamsRole = _USER + 9  # int | None
WarningRole = _USER + 10      # str: why gradient descent cannot train this layer, or Keras cannot store it ("")


def format_shape(shape: tuple | None) -> str:
    """``(8,)`` -> ``"(·, 8)"``: the batch axis is shown as a dot, as a learner reads ``(None, 8)``."""
    if shape is None:
        return "(?)"
    return "(" + ", ".join(["·", *(str(d) for d in shape)]) + ")"


def format_count(n: int | None) -> str:
    return "?" if n is None else f"{n:,}"


def move_block(spec: ModelSpec, names: list[str], row: int) -> ModelSpec:
    """Move the named layers, in their current order, to sit before the layer now at ``row``.

    ``row`` counts in the current list (as a drop indicator does); the Input stays first.
    """
    out = spec.copy()
    fixed = 1 if out.layers and out.layers[0].kind == "Input" else 0
    wanted = set(names)
    chosen = [layer for i, layer in enumerate(out.layers) if layer.name in wanted and i >= fixed]
    if not chosen:
        return out
    chosen_names = {layer.name for layer in chosen}
    before = sum(1 for i, layer in enumerate(out.layers) if layer.name in chosen_names and i < row)
    rest = [layer for layer in out.layers if layer.name not in chosen_names]
    at = max(fixed, min(int(row) - before, len(rest)))
    out.layers = rest[:at] + chosen + rest[at:]
    return out


def shift_layers(spec: ModelSpec, names: list[str], step: int) -> ModelSpec:
    """Move each named layer one place up (``step=-1``) or down (``+1``); a blocked layer stays put."""
    out = spec.copy()
    fixed = 1 if out.layers and out.layers[0].kind == "Input" else 0
    wanted = set(names)
    layers = out.layers
    rows = [i for i, layer in enumerate(layers) if layer.name in wanted and i >= fixed]
    for i in (rows if step < 0 else reversed(rows)):
        j = i + step
        # Blocked by the Input, the end, or a selected neighbour that was blocked itself: stay put.
        if j < fixed or j >= len(layers) or layers[j].name in wanted:
            continue
        layers[i], layers[j] = layers[j], layers[i]
    return out


class StackModel(QAbstractListModel):
    """One row per layer of ``document.spec``; rebuilt when the document's spec changes."""

    KindRole = KindRole
    DescriptionRole = DescriptionRole
    OutputShapeRole = OutputShapeRole
    ParamsRole = ParamsRole
    ProblemRole = ProblemRole
    IsInputRole = IsInputRole
    LayerRole = LayerRole
    InputsRole = InputsRole
    TrainableParamsRole = TrainableParamsRole
    WarningRole = WarningRole

    sigLayersInserted = Signal(list)  # names of the layers a drop added (the editor selects them)

    def __init__(self, document: ProjectDocument, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._spec = ModelSpec()
        self._problems: dict[str | None, str] = {}
        self._no_gradient: dict[str, str] = {}
        self._unstorable: dict[str | None, Message] = {}
        self._infos: dict[str, LayerInfo] = {}
        self._load()
        document.sigSpecChanged.connect(self._reload)
        document.sigReplaced.connect(self._reload)

    # ------------------------------------------------------------------ state
    @property
    def document(self) -> ProjectDocument:
        return self._document

    @property
    def spec(self) -> ModelSpec:
        """The spec the rows show (a private copy, so views read a stable list during a reset)."""
        return self._spec

    def _load(self) -> None:
        spec = self._document.spec
        self._spec = spec.copy()
        self._problems = spec.problems()
        self._no_gradient = layers_without_gradient(spec)
        self._unstorable = keras_storage_problems(spec)
        self._infos = {info.name: info for info in spec.layer_infos()}

    def _reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def names(self) -> list[str]:
        return [layer.name for layer in self._spec.layers]

    def row_of(self, name: str) -> int:
        """Row of layer ``name``, or -1."""
        for i, layer in enumerate(self._spec.layers):
            if layer.name == name:
                return i
        return -1

    def problems(self) -> dict[str | None, str]:
        return dict(self._problems)

    def first_problem(self) -> tuple[str | None, str] | None:
        """The first problem in stack order (a whole-model problem first), or None when the spec is valid."""
        if not self._problems:
            return None
        if None in self._problems:
            return None, self._problems[None]
        for layer in self._spec.layers:
            if layer.name in self._problems:
                return layer.name, self._problems[layer.name]
        key = next(iter(self._problems))
        return key, self._problems[key]

    def totals(self) -> tuple[int, int] | None:
        """(trainable, non-trainable) parameters, or None while the spec is invalid."""
        if self._problems:
            return None
        infos = self._infos.values()
        return sum(i.trainable_params for i in infos), sum(i.non_trainable_params for i in infos)

    # ------------------------------------------------------------------ Qt read API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._spec.layers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._spec.layers):
            return None
        row = index.row()
        layer = self._spec.layers[row]
        info = self._infos.get(layer.name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return layer.name
        if role == KindRole:
            return layer.kind
        if role == DescriptionRole:
            return layer.describe()
        if role == OutputShapeRole:
            return tuple(info.output_shape) if info else None
        if role == ParamsRole:
            return info.params if info else None
        if role == TrainableParamsRole:
            return info.trainable_params if info else None
        if role == ProblemRole:
            return render(self._problems.get(layer.name, ""))
        if role == WarningRole:
            return " · ".join(self._warnings(layer))
        if role == IsInputRole:
            return layer.kind == "Input"
        if role == LayerRole:
            return layer.copy()
        if role == InputsRole:
            return tuple(self._spec.input_names(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, layer, info)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(layer, info)
        return None

    def _tooltip(self, row: int, layer: LayerSpec, info: LayerInfo | None) -> str:
        lines = [f"{layer.kind} \u00b7 {layer.name}"]
        if layer.describe():
            lines.append(layer.describe())
        lines.append(self.tr("Output shape: {0}").format(format_shape(info.output_shape if info else None)))
        lines.append(self.tr("Parameters: {0}").format(format_count(info.params if info else None)))
        sources = self._spec.input_names(row)
        if sources and (layer.kind == "Concatenate" or layer.inputs):
            lines.append(self.tr("Inputs: {0}").format(" + ".join(sources)))
        problem = self._problems.get(layer.name)
        if problem:
            lines.append(self.tr("Problem: {0}").format(render(problem)))
        lines.extend(self._warnings(layer))
        return "\n".join(lines)

    def _warnings(self, layer: LayerSpec) -> list[str]:
        """Why gradient descent cannot train the layer; why Keras' .h5 layout cannot hold it."""
        out = []
        if layer.name in self._no_gradient:
            out.append(layer_hint(self._no_gradient[layer.name]))
        if layer.name in self._unstorable and layer.name not in self._problems:
            out.append(storage_hint(self._unstorable[layer.name]))
        return out

    def _accessible_text(self, layer: LayerSpec, info: LayerInfo | None) -> str:
        text = self.tr("{0} layer {1}, {2}, output {3}, {4} parameters").format(
            layer.kind, layer.name, layer.describe() or "-", format_shape(info.output_shape if info else None),
            format_count(info.params if info else None))
        problem = self._problems.get(layer.name)
        if problem:
            text += ". " + self.tr("Problem: {0}").format(render(problem))

        return text

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between cards (the root accepts them), never "onto" a card.
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.data(IsInputRole):
            return flags
        return flags | Qt.ItemFlag.ItemIsDragEnabled

    # ------------------------------------------------------------------ drag & drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_LAYER_KIND, MIME_LAYER_ROWS, MIME_LAYERS]

    def mimeData(self, indexes) -> QMimeData | None:
        """Dragged cards: their names (to move them here) and copies of the layers (to copy them elsewhere)."""
        rows = sorted({index.row() for index in indexes if index.isValid() and not index.data(IsInputRole)})
        if not rows:
            return None
        layers = [self._spec.layers[row].copy() for row in rows]
        mime = QMimeData()
        mime.setData(MIME_LAYER_ROWS, json.dumps([layer.name for layer in layers]).encode("utf-8"))
        layers_to_mime(layers, mime)
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        if data is None or action not in (Qt.DropAction.CopyAction, Qt.DropAction.MoveAction):
            return False
        if kind_from_mime(data) is not None:
            return True
        if data.hasFormat(MIME_LAYER_ROWS) and self._moved_names(data) is not None:
            return True
        return data.hasFormat(MIME_LAYERS) and layers_from_mime(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        """A palette kind -> add that layer at ``row``; our own cards with MoveAction -> one move command;
        copied layers (Ctrl-drag, another window) -> insert copies at ``row``. Returns True when handled."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._drop_row(row, parent)
        kind = kind_from_mime(data)
        if kind is not None:
            return bool(self.add_kind(kind, target))
        if action == Qt.DropAction.MoveAction:
            moved = self._moved_names(data)
            if moved is not None:
                self.move_names(moved, target)
                return True  # a drop onto its own place is a handled no-op
        layers = layers_from_mime(data)
        if layers:
            return bool(self.insert_copies(layers, target, self.tr("Copy {0}")))
        return False

    def removeRows(self, row: int, count: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        """Refused: layers are removed by commands only (and a move-drop has already done the whole edit)."""
        return False

    def _drop_row(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> int:
        if parent.isValid():  # dropped onto a card: place after it
            return parent.row() + 1
        if row < 0:  # dropped below the last card
            return self.rowCount()
        return row

    def _moved_names(self, data: QMimeData) -> list[str] | None:
        """The dragged names when they are cards of THIS stack (same names, same layers), else None."""
        try:
            names = json.loads(bytes(data.data(MIME_LAYER_ROWS)).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
            return None
        current = {layer.name: layer for layer in self._spec.layers}
        if any(name not in current or current[name].kind == "Input" for name in names):
            return None
        copies = layers_from_mime(data) if data.hasFormat(MIME_LAYERS) else None
        if copies is not None:
            # The payload must describe these very layers; a drag from another window only copies.
            if [c.to_dict() for c in copies] != [current[c.name].to_dict() if c.name in current else None for c in copies]:
                return None
        return names

    # ------------------------------------------------------------------ edits (one command each)
    def _push_and_diff(self, text: str, change) -> list[str]:
        before = {layer.name for layer in self._document.spec.layers}
        commands.edit_spec(self._document, text, change)
        return [layer.name for layer in self._document.spec.layers if layer.name not in before]

    def add_kind(self, kind: str, row: int) -> list[str]:
        """Add a new layer of ``kind`` at ``row``; returns its name (in a list, empty if nothing happened)."""
        before = set(self.names())
        commands.add_layer(self._document, kind, row)
        added = [layer.name for layer in self._document.spec.layers if layer.name not in before]
        if added:
            self.sigLayersInserted.emit(added)
        return added

    def move_names(self, names: list[str], row: int) -> bool:
        """Move the named layers to ``row`` as one command; False when nothing moved."""
        spec = self._document.spec
        after = move_block(spec, names, row)
        if after.to_dict() == spec.to_dict():
            return False
        commands.edit_spec(self._document, self.tr("Move {0}").format(", ".join(names)), lambda s: move_block(s, names, row))
        return True

    def shift_names(self, names: list[str], step: int) -> bool:
        """Move the named layers one place up (-1) or down (+1) as one command; False when blocked."""
        spec = self._document.spec
        if shift_layers(spec, names, step).to_dict() == spec.to_dict():
            return False
        text = self.tr("Move {0} up") if step < 0 else self.tr("Move {0} down")
        commands.edit_spec(self._document, text.format(", ".join(names)), lambda s: shift_layers(s, names, step))
        return True

    def insert_copies(self, layers: list[LayerSpec], row: int, text: str) -> list[str]:
        """Insert copies of ``layers`` at ``row`` (paste); returns the new layers' names."""
        if not layers:
            return []
        label = text.format(", ".join(layer.name for layer in layers))
        added = self._push_and_diff(label, lambda s: edits.insert_layers(s, layers, row))
        if added:
            self.sigLayersInserted.emit(added)
        return added
