"""Two pages of the perceptron lab about XOR's way out: two layers (NAND and OR feeding AND, with a button that
opens the network in the main editor) and extra input features (with x1·x2 one unit is enough)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...data.features import FEATURES, SYMBOLS, expand
from ...learn.perceptron_examples import (
    FEATURE_NAMES,
    FEATURE_XOR,
    TWO_LAYER,
    feature_rule,
    hidden_outputs,
    two_layer_table,
    xor_project,
)
from ...learn.perceptron_lab import INPUTS, TARGETS, num
from ..colors import NEGATIVE, POSITIVE
from ..flow_layout import FlowLayout
from ..i18n import render
from ..side_by_side import SideBySide
from .perceptron_plane import UnitPlane
from .perceptron_widgets import explanation, read_only_table, set_mark, whole_width


class NetworkDrawing(QWidget):
    """x₁, x₂ → NAND, OR → AND: each edge coloured by its weight's sign (blue +, orange −), written beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("perceptronNetworkDrawing")
        self.setMinimumSize(300, 170)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        r = min(22.0, h / 8)
        cols = [w * 0.12, w * 0.5, w * 0.86]
        nodes = {"x1": QPointF(cols[0], h * 0.3), "x2": QPointF(cols[0], h * 0.72),
                 "NAND": QPointF(cols[1], h * 0.3), "OR": QPointF(cols[1], h * 0.72), "AND": QPointF(cols[2], h * 0.5)}
        edges = [("x1", "NAND", TWO_LAYER["NAND"].w1), ("x2", "NAND", TWO_LAYER["NAND"].w2),
                 ("x1", "OR", TWO_LAYER["OR"].w1), ("x2", "OR", TWO_LAYER["OR"].w2),
                 ("NAND", "AND", TWO_LAYER["AND"].w1), ("OR", "AND", TWO_LAYER["AND"].w2)]
        metrics = p.fontMetrics()
        for a, b, weight in edges:
            colour = QColor(POSITIVE if weight > 0 else NEGATIVE)
            p.setPen(QPen(colour, 1 + 3 * abs(weight)))
            p.drawLine(nodes[a], nodes[b])
            crossing = (a, b) in (("x1", "OR"), ("x2", "NAND"))
            t = 0.16 if crossing else 0.3 if a in ("x1", "x2") else 0.45
            mid = nodes[a] * (1 - t) + nodes[b] * t
            p.setPen(colour.darker(130))
            above = nodes[b].y() <= nodes[a].y() if crossing else b == "NAND" or a == "NAND"
            p.drawText(mid + QPointF(4, -5 if above else 14), num(weight))
        for name, centre in nodes.items():
            p.setPen(QPen(QColor("#333333"), 1.5))
            p.setBrush(QColor("#ffffff"))
            p.drawEllipse(centre, r if name not in ("x1", "x2") else r * 0.7, r * 0.7 if name in ("x1", "x2") else r)
            label = {"x1": "x₁", "x2": "x₂"}.get(name, name)
            rect = QRectF(centre.x() - 2 * r, centre.y() - r, 4 * r, 2 * r)
            p.setPen(QColor("#111111"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            if name in TWO_LAYER:
                p.setPen(QColor("#555555"))
                text = f"b = {num(TWO_LAYER[name].b)}"
                p.drawText(QPointF(centre.x() - metrics.horizontalAdvance(text) / 2, centre.y() + r + metrics.height()),
                           text)
        p.end()


class TwoLayerPage(QWidget):
    def __init__(self, window=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        intro = explanation(self.tr(
            "One line cannot cut XOR's corners apart, but two lines can. The hidden unit s₁ = NAND(x₁, x₂) is 0 "
            "only at (1, 1); s₂ = OR(x₁, x₂) is 0 only at (0, 0). AND(s₁, s₂) is 1 exactly between the two lines: "
            "XOR. The second layer sees the inputs moved to (s₁, s₂), where one line is enough."))
        self.drawing = NetworkDrawing(self)
        self.table = read_only_table("perceptronTwoLayerTable",
                                     ["x₁", "x₂", "s₁\nNAND", "s₂\nOR", "y\nAND", "XOR", "✓/✗"], 4)
        for r, row in enumerate(two_layer_table()):
            for c, value in enumerate((row.x1, row.x2, row.s1, row.s2, row.y, row.target)):
                self.table.item(r, c).setText(str(value))
            set_mark(self.table.item(r, 6), row.y == row.target)
        self.plane = UnitPlane(self, n_lines=2, line_colours=(NEGATIVE, POSITIVE), max_height=340)
        self.plane.setObjectName("perceptronTwoLayerPlane")
        nand, or_, and_ = TWO_LAYER["NAND"], TWO_LAYER["OR"], TWO_LAYER["AND"]
        self.plane.set_points(INPUTS, TARGETS["XOR"])
        self.plane.set_line(*nand.line(self.plane.low, self.plane.high), index=0)
        self.plane.set_line(*or_.line(self.plane.low, self.plane.high), index=1)

        def network(a, b):
            s1 = nand.w1 * a + nand.w2 * b + nand.b >= 0
            s2 = or_.w1 * a + or_.w2 * b + or_.b >= 0
            return and_.w1 * s1 + and_.w2 * s2 + and_.b >= 0

        self.plane.set_region(network)
        self.hidden_plane = UnitPlane(self, x_label="s₁", y_label="s₂", max_height=340)
        self.hidden_plane.setObjectName("perceptronHiddenPlane")
        self.hidden_plane.set_points(hidden_outputs().astype(float), TARGETS["XOR"], size=14)
        self.hidden_plane.set_line(*and_.line(self.hidden_plane.low, self.hidden_plane.high))
        self.hidden_plane.set_region(lambda a, b: and_.w1 * a + and_.w2 * b + and_.b >= 0)
        caption = explanation(self.tr("Left: the inputs with the NAND line (orange) and the OR line (blue); the "
                                      "network says 1 in the blue band. Right: the same four points as the hidden "
                                      "units see them, (s₁, s₂), with the AND unit's line — (0, 1) and (1, 0) both "
                                      "land on (1, 1)."))
        self.open_button = QPushButton(self.tr("Open in the editor"), objectName="perceptronOpenInEditor")
        self.open_button.setToolTip(self.tr("Replace the project in the main window with this network (step "
                                            "activations, these weights) on the XOR gate data"))
        self.open_button.clicked.connect(self.open_in_editor)
        self.open_button.setEnabled(window is not None)
        planes = SideBySide(objectName="perceptronTwoLayerPlanes")   # one above the other in a narrow dock
        planes.add(self.plane)
        planes.add(self.hidden_plane)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drawing)
        layout.addWidget(self.table)
        layout.addWidget(planes, 1)
        layout.addWidget(caption)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

    def open_in_editor(self) -> bool:
        """Make the two-layer network the main window's project and its weights the current model (as File ›
        Import .h5 does): Results and the diagram show it at once, without training."""
        window = self.window_
        if window is None or not window.maybe_save():
            return False
        project, weights = xor_project()
        window._replace(project, None)          # stops any run, forgets the old model, loads the project
        window.runner.set_custom_weights(project.model, weights)
        window._schedule_prepare()               # builds the model with these weights (views show it)
        window.statusBar().showMessage(self.tr("Opened the two-layer XOR network: its weights are set by hand, "
                                               "so it needs no training"), 8000)
        return True


class FeaturesPage(QWidget):
    """XOR with input features: one unit on (x₁, x₂, x₁x₂) gets all four right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = explanation(self.tr(
            "A unit only draws straight lines through its inputs, so give it better inputs. As in the TensorFlow "
            "Playground, tick features computed from x₁ and x₂. With x₁·x₂ the fourth input (1, 1) stands apart "
            "from the others, and one unit separates XOR; in the plane the boundary is no longer a line."))
        self.boxes: dict[str, QCheckBox] = {}
        grid = FlowLayout(spacing=12)   # the features wrap onto a second row in a narrow dock
        for i, name in enumerate(FEATURES):
            box = QCheckBox(SYMBOLS[name], objectName=f"perceptronFeature{i}")
            box.setChecked(name in FEATURE_NAMES)
            box.toggled.connect(self._on_features)
            self.boxes[name] = box
            grid.addWidget(box)
        self.learn_button = QPushButton(self.tr("Let the rule find weights"), objectName="perceptronFeaturesLearn")
        self.learn_button.clicked.connect(self.learn)
        self.hand_button = QPushButton(self.tr("Weights by hand: (1, 1, −2), b = −0.5"),
                                       objectName="perceptronFeaturesHandSet")
        self.hand_button.clicked.connect(self.hand_set)
        buttons = FlowLayout()
        buttons.addWidget(self.hand_button)
        buttons.addWidget(self.learn_button)
        self.table = read_only_table("perceptronFeaturesTable", ["x₁", "x₂", self.tr("features"), "z",
                                                                  self.tr("output"), "XOR", "✓/✗"], 4)
        # the features' column as wide as its header and its values ("eatures" with seven equal columns)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.weights_label = QLabel(objectName="perceptronFeaturesWeights")
        self.weights_label.setWordWrap(True)
        self.report = QLabel(objectName="perceptronFeaturesReport")
        self.report.setWordWrap(True)
        self.plane = UnitPlane(self)
        self.plane.setObjectName("perceptronFeaturesPlane")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        # the table beside the plane while every column fits whole; in a narrow dock the plane goes under it
        row = SideBySide(objectName="perceptronFeaturesRow")
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.weights_label)
        left.addWidget(self.report)
        left.addStretch(1)
        row.add(left, 3, needs=lambda: whole_width(self.table))
        row.add(self.plane, 2)
        layout.addWidget(row, 1)
        self.params: tuple[float, ...] = ()
        self.hand_set()

    def names(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.boxes.items() if box.isChecked())

    def _on_features(self, _on: bool) -> None:
        names = self.names()
        self.hand_button.setEnabled(names == FEATURE_NAMES)
        self.learn_button.setEnabled(bool(names))
        self.params = ()
        self.report.setText("")
        self._show()

    def hand_set(self) -> None:
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in FEATURE_NAMES)
            box.blockSignals(False)
        self.hand_button.setEnabled(True)
        self.params = FEATURE_XOR
        self.report.setText(self.tr("Set by hand: z = x₁ + x₂ − 2·x₁x₂ − 0.5 is −0.5, 0.5, 0.5, −0.5 on the four inputs."))
        self._show()

    def learn(self) -> None:
        names = self.names()
        if not names:
            return
        stepper = feature_rule(names, "XOR", max_epochs=50)
        stepper.run()
        self.params = stepper.params
        self.report.setText(render(stepper.report()))
        self._show()

    def _show(self) -> None:
        names = self.names()
        F = expand(INPUTS, names) if names else np.zeros((4, 0))
        have = len(self.params) == len(names) + 1 and bool(names)
        z = F @ np.asarray(self.params[:-1]) + self.params[-1] if have else None
        for r in range(4):
            x = INPUTS[r]
            cells = [num(x[0]), num(x[1]), ", ".join(num(v) for v in F[r]), num(z[r]) if z is not None else "–",
                     str(int(z[r] >= 0)) if z is not None else "–", str(TARGETS["XOR"][r])]
            for c, text in enumerate(cells):
                self.table.item(r, c).setText(text)
            item = self.table.item(r, 6)
            if z is not None:
                set_mark(item, int(z[r] >= 0) == TARGETS["XOR"][r])
            else:
                item.setText("")
        correct = None if z is None else [int(v >= 0) == t for v, t in zip(z, TARGETS["XOR"], strict=True)]
        self.plane.set_points(INPUTS, TARGETS["XOR"], correct)
        if have:
            # "z = 1·x₁ + 1·x₂ − 2·x₁x₂ − 0.5": no sign before the first term, the page's lower-case x
            terms = " ".join(f"{'+' if w >= 0 else '−'} {num(abs(w))}·{SYMBOLS[n].replace('X', 'x')}"
                             for w, n in zip(self.params[:-1], names, strict=True)).removeprefix("+ ")
            terms = "−" + terms[2:] if terms.startswith("− ") else terms
            self.weights_label.setText(f"z = {terms} {'+' if self.params[-1] >= 0 else '−'} {num(abs(self.params[-1]))}")
            weights, bias = np.asarray(self.params[:-1]), self.params[-1]

            def decide(a, b):
                grid = expand(np.column_stack([a.ravel(), b.ravel()]), names)
                return (grid @ weights + bias >= 0).reshape(a.shape)

            self.plane.set_region(decide)
        else:
            self.weights_label.setText(self.tr("No weights yet for these features: let the rule find some."))
            self.plane.set_region(None)
