"""The descent lab's "Race" page: SGD, momentum, Nesterov, RMSprop and Adam from one start on one surface
(the NumPy backend's own optimizer classes), their paths overlaid and their losses step by step."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...learn.descent import RACE, Descent, race
from ..fields import LEARNING_RATE_LADDER
from ..i18n import render
from ..side_by_side import controls_beside_plots
from .descent_plots import RACE_COLOURS, SurfacePlot, legend, named, number_field, styled_plot
from .descent_surface import LR_RANGE, STEPS_RANGE


class RacePage(QWidget):
    def __init__(self, lab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab = lab
        self.result: dict[str, Descent] = {}
        self.learning_rate = number_field("descentRaceLearningRate", LR_RANGE, lambda: self.tr("Learning rate"),
                                          0.05, self, ladder=LEARNING_RATE_LADDER, fits="0.00003")
        self.steps = number_field("descentRaceSteps", STEPS_RANGE, lambda: self.tr("Steps"), 100, self)
        self.run_button = QPushButton(self.tr("Run &race"))
        self.run_button.setObjectName("descentRace")
        self.table = QTableWidget(len(RACE), 3)
        self.table.setObjectName("descentRaceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Optimizer"), self.tr("Final loss"), self.tr("What happened")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(self.tr("Same start, same surface, same learning rate. Momentum (0.9) remembers past steps "
                              "and rolls on; Nesterov looks ahead before it steps; RMSprop and Adam scale each "
                              "parameter's step by its recent gradient sizes."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        lr_label = QLabel(self.tr("Learning r&ate η"))
        lr_label.setBuddy(self.learning_rate)
        steps_label = QLabel(self.tr("Ste&ps"))
        steps_label.setBuddy(self.steps)
        form = QGridLayout()
        form.addWidget(lr_label, 0, 0)
        form.addWidget(self.learning_rate, 0, 1)
        form.addWidget(self.learning_rate.message, 1, 0, 1, 2)
        form.addWidget(steps_label, 2, 0)
        form.addWidget(self.steps, 2, 1)
        form.addWidget(self.steps.message, 3, 0, 1, 2)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.run_button)
        side.addWidget(note)
        side.addWidget(self.table, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(340)
        side_box.setMaximumWidth(400)   # the plots take the rest; the texts wrap

        self.map = SurfacePlot("descentRacePlot")
        self.map_legend = legend(self.map)
        self.loss_plot = styled_plot("descentRaceLosses", self.tr("step"), self.tr("loss"))
        self.loss_plot.getPlotItem().setLogMode(y=True)
        self.paths: dict[str, pg.PlotDataItem] = {}
        self.loss_items: dict[str, pg.PlotDataItem] = {}
        for kind, colour in zip(RACE, RACE_COLOURS, strict=True):
            label = lab.surface_page._optimizer_name(kind)
            item = named(pg.PlotDataItem(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=4, symbolBrush=colour,
                                         symbolPen=None, name=label), f"descentRace{kind}")
            self.map.addItem(item)
            self.paths[kind] = item
            self.loss_items[kind] = self.loss_plot.plot(pen=pg.mkPen(colour, width=2))
        self.start_item = named(pg.ScatterPlotItem(size=12, symbol="s", brush=pg.mkBrush("#ffffff"),
                                                   pen=pg.mkPen("#222", width=2)), "descentRaceStart")
        self.map.addItem(self.start_item)
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.map)
        plots.addWidget(self.loss_plot)
        plots.setStretchFactor(0, 3)
        plots.setStretchFactor(1, 2)
        controls_beside_plots(self, side_box, plots)   # the plots under the controls in a narrow dock
        self.run_button.clicked.connect(lambda: self.run())
        self.map.sigClicked.connect(lambda x, y: self.run(start=(x, y)))
        self.start: tuple[float, float] | None = None

    def reload(self, surface) -> None:
        xs, ys, values = surface.grid(41)
        self.map.set_surface(xs, ys, values)
        self.map.getPlotItem().setLabel("bottom", surface.names[0])
        self.map.getPlotItem().setLabel("left", surface.names[1])
        self.start = None
        self.clear()

    def clear(self) -> None:
        self.result = {}
        for kind in RACE:
            self.paths[kind].setData([], [])
            self.loss_items[kind].setData([], [])
        self.start_item.setData([], [])
        self.table.clearContents()

    def run(self, start=None) -> None:
        if not all(field.commit() for field in (self.learning_rate, self.steps)):
            return
        if start is not None:
            self.start = start
        surface = self.lab.surface()
        self.result = race(surface, float(self.learning_rate.value() or 0.05), int(self.steps.value() or 100),
                           self.start)
        first = next(iter(self.result.values())).points[0]
        self.start_item.setData([first[0]], [first[1]])
        for row, (kind, walk) in enumerate(self.result.items()):
            path = walk.path()
            shown = path[np.all(np.isfinite(path), axis=1)]
            self.paths[kind].setData(shown[:, 0], shown[:, 1])
            losses = np.asarray(walk.losses)
            keep = np.isfinite(losses) & (losses > 0)
            self.loss_items[kind].setData(np.arange(len(losses))[keep], losses[keep])
            verdict = walk.verdict()
            cells = (self.paths[kind].name() or kind, f"{walk.losses[-1]:.4g}", self._short(verdict.kind, verdict.step))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(render(verdict.message))
                if column == 0:
                    cell.setForeground(pg.mkColor(RACE_COLOURS[row]))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()

    def _short(self, kind: str, step: int) -> str:
        if kind == "diverged":
            return self.tr("diverged at step {0}").format(step)
        if kind == "converged":
            return self.tr("converged in {0} steps").format(step)
        return {"oscillating": self.tr("oscillating"), "crawling": self.tr("crawling"),
                "settling": self.tr("nearly there")}.get(kind, "")
