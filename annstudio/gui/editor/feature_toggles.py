"""The input-feature toggles of a 2-D data set (X₁, X₂, X₁², X₂², X₁X₂, sin X₁, sin X₂), as in the
TensorFlow Playground: which functions of the two coordinates the network gets as inputs.

The row edits the dataset parameter ``features`` (``annstudio.data.features``). Changing it is one undoable
step that also resizes the Input layer to the new number of features, so the model keeps fitting the data.
Turning off the last feature is refused, with the reason shown under the row.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ...data.features import DEFAULT, FEATURES, SYMBOLS
from ..colors import PROBLEM_STYLE
from ..flow_layout import FlowLayout
from ..i18n import translate

#: objectName suffix of each feature's check box (``feature_x1_x2`` for X₁X₂)
OBJECT_NAMES = {"x1": "x1", "x2": "x2", "x1^2": "x1_sq", "x2^2": "x2_sq", "x1*x2": "x1_x2",
                "sin_x1": "sin_x1", "sin_x2": "sin_x2"}


def feature_tip(name: str) -> str:
    tips = {
        "x1": translate("FeatureToggles", "The first coordinate, as it is"),
        "x2": translate("FeatureToggles", "The second coordinate, as it is"),
        "x1^2": translate("FeatureToggles", "The first coordinate squared: round boundaries become reachable"),
        "x2^2": translate("FeatureToggles", "The second coordinate squared"),
        "x1*x2": translate("FeatureToggles", "The product of the coordinates: its sign alone tells the XOR "
                                             "quadrants apart"),
        "sin_x1": translate("FeatureToggles", "The sine of the first coordinate: waves along X₁"),
        "sin_x2": translate("FeatureToggles", "The sine of the second coordinate: waves along X₂"),
    }
    return tips[name]


def shown_features(value: object) -> tuple[str, ...]:
    """The features a project's value names (text "x1, x1*x2" too); the default for anything else (a bad
    value is reported by the data load, in the panel's error line)."""
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, (list, tuple)):
        return DEFAULT
    names = tuple(name for name in value if isinstance(name, str) and name in FEATURES)
    return names or DEFAULT


class FeatureToggles(QWidget):
    """One check box per feature; ``on_change(names)`` is called with the new choice (in ``FEATURES``
    order) when the user toggles one. ``set_features`` shows a choice without calling back."""

    def __init__(self, on_change: Callable[[list[str]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("featureToggles")
        self._on_change = on_change
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        # the boxes wrap onto as many rows as the column needs: a narrow window keeps its data column narrow
        row = QWidget(self)
        flow = FlowLayout(row, spacing=8)
        self.boxes: dict[str, QCheckBox] = {}
        for name in FEATURES:
            box = QCheckBox(SYMBOLS[name])
            box.setObjectName(f"feature_{OBJECT_NAMES[name]}")
            box.setToolTip(feature_tip(name))
            box.toggled.connect(lambda on, n=name: self._toggled(n, on))
            flow.addWidget(box)
            self.boxes[name] = box
        column.addWidget(row)
        self._height = 0
        self.note = QLabel()
        self.note.setObjectName("featuresNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(PROBLEM_STYLE)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        column.addWidget(self.note)

    def features(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_features(self, names: Sequence[str] | None) -> None:
        chosen = set(shown_features(names))
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in chosen)
            box.blockSignals(False)

    # The form around the row sizes it by its hints, not by height-for-width: the hints follow the width, and
    # a resize that changes the number of rows the boxes wrap onto asks the form to lay out again.
    def minimumSizeHint(self) -> QSize:
        widest = max(box.sizeHint().width() for box in self.boxes.values())
        return QSize(widest, self.heightForWidth(max(self.width(), widest)))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()

    def _toggled(self, name: str, on: bool) -> None:
        chosen = self.features()
        if not chosen:  # the network needs an input: put the box back and say why
            box = self.boxes[name]
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            self.note.setText(translate("FeatureToggles", "At least one input feature must stay on: without one the "
                                                          "network has no input."))
            self.note.show()
            self.updateGeometry()
            return
        self.note.hide()
        self.updateGeometry()
        self._on_change(chosen)
