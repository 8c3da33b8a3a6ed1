"""The gradient descent & losses lab (``descentLab``): a loss surface and an optimizer's path on it, the
optimizer race, the losses side by side, and the numerical derivative's eps.

The surface is chosen at the top (one neuron on a few noisy points of a line, linear or sigmoid; a bowl; or
two weights of the current project's model with the others held, picked by weight array and index) and is
shared by the "Surface" and "Race" pages. The computation is ``annstudio.learn.descent`` /
``descent_model`` / ``losses_lab`` / ``numeric``; this module only chooses and draws.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...engine.session import check_compatible, load_project_dataset, prepare_targets
from ...learn.descent import NeuronSurface, QuadraticSurface, Surface
from ...learn.descent_model import ModelSurface, weight_entries
from ...messages import message_of
from ..colors import PROBLEM_STYLE
from ..i18n import render
from .descent_losses import LossesPage
from .descent_numeric import NumericPage
from .descent_race import RacePage
from .descent_surface import SurfacePage
from .perceptron_widgets import scrolled

CHOICES = ("linear", "sigmoid", "bowl", "model")


class DescentLab(QWidget):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self._surface: Surface = NeuronSurface()
        self._model_key: tuple | None = None
        self._entries: dict[str, list[tuple[int, ...]]] = {}

        self.choice = QComboBox()
        self.choice.setObjectName("descentSurfaceChoice")
        self.choice.addItem(self.tr("One neuron, linear: y = w·x + b on 8 noisy points"), "linear")
        self.choice.addItem(self.tr("One neuron, sigmoid: y = σ(w·x + b)"), "sigmoid")
        self.choice.addItem(self.tr("A long bowl: L = 0.5 w² + 4 b²"), "bowl")
        self.choice.addItem(self.tr("Two weights of the current model"), "model")
        choice_label = QLabel(self.tr("S&urface"))
        choice_label.setBuddy(self.choice)
        self.weights = [QComboBox(), QComboBox()]
        self.indices = [QComboBox(), QComboBox()]
        model_row = QHBoxLayout()
        model_row.setContentsMargins(0, 0, 0, 0)
        for k in range(2):
            self.weights[k].setObjectName(f"descentWeight{k + 1}")
            self.indices[k].setObjectName(f"descentIndex{k + 1}")
            for combo in (self.weights[k], self.indices[k]):
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            label = QLabel(self.tr("Weight {0}").format(k + 1))
            label.setBuddy(self.weights[k])
            model_row.addWidget(label)
            model_row.addWidget(self.weights[k])
            model_row.addWidget(self.indices[k])
        model_row.addStretch(1)
        self.model_box = QWidget()
        self.model_box.setLayout(model_row)
        self.model_box.hide()
        self.problem = QLabel()
        self.problem.setObjectName("descentSurfaceProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.choice, 1)
        top.addWidget(self.model_box, 2)

        self.surface_page = SurfacePage(self)
        self.race_page = RacePage(self)
        self.losses_page = LossesPage(self)
        self.numeric_page = NumericPage(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("descentTabs")
        # each page scrolls: a narrow dock (a 1024-pixel screen) does not push the window off the screen
        self.tabs.addTab(scrolled(self.surface_page), self.tr("Surface"))
        self.tabs.addTab(scrolled(self.race_page), self.tr("Race"))
        self.tabs.addTab(scrolled(self.losses_page), self.tr("Losses"))
        self.tabs.addTab(scrolled(self.numeric_page), self.tr("Numerical derivative"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

        self.choice.currentIndexChanged.connect(lambda _: self.choose())
        for k in range(2):
            self.weights[k].currentIndexChanged.connect(lambda _, k=k: self._fill_indices(k))
            self.indices[k].currentIndexChanged.connect(lambda _: self._model_changed())
        self._apply(self._surface)

    def surface(self) -> Surface:
        return self._surface

    # ------------------------------------------------------------------ choosing
    def choose(self) -> None:
        kind = self.choice.currentData()
        self.model_box.setVisible(kind == "model")
        self.problem.hide()
        if kind == "model":
            self._load_model()
            return
        self._apply(QuadraticSurface(a=0.5, b=4.0) if kind == "bowl" else NeuronSurface(activation=kind))

    def _apply(self, surface: Surface) -> None:
        self._surface = surface
        self.surface_page.reload(surface)
        self.race_page.reload(surface)

    def _load_model(self) -> None:
        """Fill the weight pickers from the project's model and draw its surface."""
        project = self.window_.document.project
        try:
            entries = weight_entries(ModelSurface.trainable(project.model))
        except (ValueError, RuntimeError) as exc:  # an invalid model: say why
            self._say(exc)
            return
        if len(entries) == 0 or sum(len(v) for v in entries.values()) < 2:
            self.problem.setText(self.tr("This model has fewer than two trainable weights."))
            self.problem.show()
            return
        self._entries = entries
        names = list(entries)
        for k in range(2):
            self.weights[k].blockSignals(True)
            self.weights[k].clear()
            self.weights[k].addItems(names)
            self.weights[k].blockSignals(False)
        # default: the first two entries of the first weight array (or the first of the next one)
        second = names[0] if len(entries[names[0]]) > 1 else names[1]
        self.weights[0].setCurrentIndex(0)
        self._fill_indices(0, update=False)
        self.weights[1].blockSignals(True)
        self.weights[1].setCurrentIndex(names.index(second))
        self.weights[1].blockSignals(False)
        self._fill_indices(1, update=False)
        if second == names[0]:
            self.indices[1].setCurrentIndex(1)
        self._model_changed()

    def _fill_indices(self, k: int, update: bool = True) -> None:
        indices = self._entries.get(self.weights[k].currentText(), [])
        self.indices[k].blockSignals(True)
        self.indices[k].clear()
        for index in indices:
            self.indices[k].addItem(str(list(index)), index)
        self.indices[k].blockSignals(False)
        if update:
            self._model_changed()

    def _model_changed(self) -> None:
        if self.choice.currentData() != "model":
            return
        picked = [(self.weights[k].currentText(), self.indices[k].currentData()) for k in range(2)]
        if any(index is None for _, index in picked):
            return
        if picked[0] == picked[1]:
            self.problem.setText(self.tr("Pick two different weights."))
            self.problem.show()
            return
        try:
            surface = self._model_surface(picked[0], picked[1])
        except (ValueError, OSError, RuntimeError) as exc:  # data that does not fit the model, a missing file ...
            self._say(exc)
            return
        self.problem.hide()
        self._apply(surface)

    def _model_surface(self, first, second) -> ModelSurface:
        window = self.window_
        project = window.document.project
        base_dir = window.document.path.parent if window.document.path is not None else None
        dataset = load_project_dataset(project, base_dir)
        check_compatible(project.model, dataset, project.training.loss)
        n = min(len(dataset.x_train), 256)
        x = dataset.x_train[:n].astype(np.float64)
        y = prepare_targets(dataset.y_train[:n], project.training.loss, dataset, "float64")
        weights = None
        model = window.runner.last_model
        if model is not None:
            try:
                weights = model.get_weights()
            except Exception:  # noqa: BLE001 - a model from another run that cannot be read now: start from the initial weights
                weights = None
        return ModelSurface(project.model, x, y, project.training.loss, weights, first, second,
                            span=2.0, seed=project.training.seed)

    def _say(self, exc: BaseException) -> None:
        self.problem.setText(render(message_of(exc)))
        self.problem.show()
