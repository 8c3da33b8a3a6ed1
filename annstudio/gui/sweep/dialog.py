"""``SweepDialog`` (objectName ``sweepPanel``): choose one or two settings and their values, run every
combination in separate processes (``engine.sweep.Sweep``, polled by a timer: the window never waits),
watch the progress, read the results table and, for two settings, a heat map of a chosen metric. A row or
a cell opens its run: it is selected in the Runs panel and its model loaded (the panel's "Load its model").

The learning-rate race (``start_race``) runs four learning rates and overlays their loss curves in the loss
plot live: the workers report every epoch through a queue the dialog's timer drains.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import sweep as engine
from ...messages import Message, message_of
from ...particles import with_particles
from ..colors import PROBLEM_STYLE
from ..formatting import format_seconds
from ..i18n import render
from ..metric_names import metric_name
from .heatmap import SweepHeatmap

RACE_RATES = "0.001, 0.01, 0.1, 1"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SweepDialog(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("sweepPanel")
        self.setWindowTitle(self.tr("Sweep settings"))
        self.window_ = window
        self.job: engine.Sweep | None = None
        self.paths: list[str] = []
        self.race = False
        self.values: list[list] = []
        self.rows: list[engine.SweepRow] = []   # as the table shows them (sorted by its column, if chosen)
        self.sort_column = ""   # what the table is sorted by: a setting's path, a metric, "time" ("": as run)
        self.sort_descending = False
        self.saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sweep-save")
        self.saving: list[Future] = []
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._poll)

        self.combos: list[QComboBox] = []
        self.edits: list[QLineEdit] = []
        self.problems: list[QLabel] = []
        grid = QGridLayout()
        for n in (1, 2):
            combo = QComboBox()
            combo.setObjectName(f"sweepSetting{n}")
            edit = QLineEdit()
            edit.setObjectName(f"sweepValues{n}")
            edit.setPlaceholderText(self.tr("values, separated by commas: 0.001, 0.01, 0.1"))
            problem = QLabel()
            problem.setObjectName(f"sweepProblem{n}")
            problem.setStyleSheet(PROBLEM_STYLE)
            problem.setWordWrap(True)
            label = QLabel(self.tr("Setting {0}").format(n))
            label.setBuddy(combo)
            grid.addWidget(label, 2 * n, 0)
            grid.addWidget(combo, 2 * n, 1)
            grid.addWidget(edit, 2 * n, 2)
            grid.addWidget(problem, 2 * n + 1, 1, 1, 2)
            combo.currentIndexChanged.connect(self._validate)
            edit.textChanged.connect(self._validate)
            self.combos.append(combo)
            self.edits.append(edit)
            self.problems.append(problem)
        grid.setColumnStretch(2, 1)

        self.jobs = QSpinBox()
        self.jobs.setObjectName("sweepJobs")
        self.jobs.setRange(1, 64)
        self.jobs.setValue(engine.default_jobs())
        self.jobs.setToolTip(self.tr("How many runs train at the same time, each in its own process"))
        jobs_label = QLabel(self.tr("At a time:"))
        jobs_label.setBuddy(self.jobs)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("sweepStart")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("sweepCancel")
        self.cancel_button.setEnabled(False)
        self.race_button = QPushButton(self.tr("Learning-rate race"))
        self.race_button.setObjectName("sweepRace")
        self.race_button.setToolTip(with_particles(self.tr("Run learning rates {0} and overlay their loss curves as each "
                                            "finishes").format(RACE_RATES)))
        self.progress = QProgressBar()
        self.progress.setObjectName("sweepProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("sweepStatus")
        self.status.setWordWrap(True)
        self.left_out = QLabel()   # the project's callbacks that write files, which the sweep's runs do not run
        self.left_out.setObjectName("sweepLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.hide()
        buttons = QHBoxLayout()
        for widget in (jobs_label, self.jobs, self.start_button, self.cancel_button, self.race_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.progress, 1)

        self.table = QTableWidget(0, 0)
        self.table.setObjectName("sweepTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self.sort_by)
        self.table.setToolTip(self.tr("Double-click a run (or press Enter on it) to open it: it is selected in "
                                      "the Runs panel and its model loaded"))
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("sweepMetric")
        self.metric_combo.currentIndexChanged.connect(self._update_heatmap)
        metric_label = QLabel(self.tr("Heat map of:"))
        metric_label.setBuddy(self.metric_combo)
        self.heatmap = SweepHeatmap()
        self.heatmap.setMinimumHeight(220)
        self.heatmap.sigCellClicked.connect(self._select_cell)
        self.heatmap.sigCellOpened.connect(self._open_cell)
        self.heatmap.setToolTip(self.tr("Click a cell to find its run in the table; double-click it to open the "
                                        "run: it is selected in the Runs panel and its model loaded"))
        self.heat_box = QWidget()
        heat_layout = QVBoxLayout(self.heat_box)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        metric_row = QHBoxLayout()
        metric_row.addWidget(metric_label)
        metric_row.addWidget(self.metric_combo, 1)
        heat_layout.addLayout(metric_row)
        heat_layout.addWidget(self.heatmap, 1)
        self.heat_box.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.left_out)
        results = QHBoxLayout()
        results.addWidget(self.table, 3)
        results.addWidget(self.heat_box, 2)
        layout.addLayout(results, 1)

        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.race_button.clicked.connect(self.start_race)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.table.cellActivated.connect(lambda row, _col: self.open_row(row))
        self.fill_settings()
        self.resize(900, 560)

    # ------------------------------------------------------------------ settings
    def fill_settings(self) -> None:
        """The settings of the open project (its layers' names) in both combos; not the ones the project's
        challenge locks (a swept run with another learning rate reached the goal with a locked value)."""
        project = self.window_.document.project
        names = [n for n in engine.setting_names(project) if not locked_by_challenge(project, n)]
        for n, combo in enumerate(self.combos):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if n == 1:
                combo.addItem(self.tr("(none)"), "")
            for name in names:
                combo.addItem(setting_label(name), name)
                combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)  # as `annstudio sweep --set`
            index = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        self._validate()

    def chosen(self) -> list[engine.Setting] | None:
        """The settings as typed, or ``None`` (each problem shown under its field)."""
        project = self.window_.document.project
        settings: list[engine.Setting] = []
        ok = True
        for combo, edit, problem in zip(self.combos, self.edits, self.problems, strict=True):
            path = combo.currentData()
            text = ""
            if path and not edit.text().strip():
                ok = False   # nothing typed yet: Start waits, without a complaint
            elif path:
                try:
                    settings.append(engine.parse_setting(project, path, edit.text()))
                except engine.SweepError as exc:
                    text, ok = field_problem(exc.message, path), False
            problem.setText(text)
            problem.setVisible(bool(text))
            edit.setEnabled(bool(path))
        if ok and len(settings) == 2 and settings[0].path == settings[1].path:
            self.problems[1].setText(self.tr("Choose two different settings"))
            self.problems[1].show()
            ok = False
        return settings if ok else None

    def _validate(self) -> None:
        running = self.job is not None
        self.start_button.setEnabled(not running and self.chosen() is not None)

    # ------------------------------------------------------------------ running
    def start(self) -> bool:
        settings = self.chosen()
        if settings is None or self.job is not None:
            return False
        window = self.window_
        backend, _device = window.backend_picker.current_backend()
        path = window.document.path
        try:
            job = engine.Sweep(window.document.snapshot(), settings, backend=backend,
                               runs_folder=window.runs_panel.recorder.folder,
                               base_dir=path.parent if path is not None else None, jobs=self.jobs.value(),
                               keep_weights=window.runs_panel.keep_check.isChecked(), live=self.race)
        except (engine.SweepError, ValueError) as exc:
            self.status.setText(render(getattr(exc, "message", str(exc))))
            return False
        self.job, self.paths = job, [s.path for s in settings]
        self.saving = []
        self.values = [list(s.values) for s in settings]   # every cell of the heat map, run or not
        self.rows = []
        self.table.setRowCount(0)
        self.sort_column, self.sort_descending = "", False   # this sweep's columns may be others
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.progress.setRange(0, job.total)
        self.progress.setValue(0)
        self.status.setText(self.tr("{0} runs, {1} at a time…").format(job.total, min(job.jobs, job.total)))
        self.left_out.setText(with_particles(self.tr("The runs leave out the project's {0}: they run at the same time and would "
                                      "write the same files. Each run is kept in the Runs panel.").format(
            ", ".join(job.left_out))) if job.left_out else "")
        self.left_out.setVisible(bool(job.left_out))
        self.heat_box.setVisible(len(settings) == 2)
        self.metric_combo.clear()   # the last sweep's metrics and headers until this one's first run
        self.table.setColumnCount(0)
        self._update_heatmap()      # the whole grid at once, each cell "–" until its run is done
        self._set_running(True)
        job.start()
        self.timer.start()
        return True

    def start_race(self) -> bool:
        """Four learning rates, their loss curves overlaid in the loss plot as each run finishes."""
        self.combos[0].setCurrentIndex(self.combos[0].findData("training.learning_rate"))
        self.edits[0].setText(RACE_RATES)
        self.combos[1].setCurrentIndex(0)
        self.race = True
        if not self.start():
            self.race = False
            return False
        return True

    def cancel(self) -> None:
        if self.job is None:
            return
        self.job.cancel()
        self.status.setText(self.tr("Cancelled: {0} of {1} runs done; the runs still training were stopped "
                                    "and are not kept").format(len(self.job.rows), self.job.total))
        self._finish()

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.race_button.setEnabled(not running)
        for widget in (*self.combos, *self.edits, self.jobs):
            widget.setEnabled(not running)
        self._validate()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        # finished runs are saved (their .h5 written, fsync'd) by one thread of their own, in order: the
        # event loop never waits for the disk or for the pool's processes to exit
        rows = job.poll(0, save=False)
        if rows:
            self.progress.setValue(len(job.rows))
            self._show_rows(sorted(job.rows, key=lambda r: r.index))
            self.saving.append(self.saver.submit(job.save_rows, rows))
        saved = [f for f in self.saving if f.done()]
        if saved:
            self.saving = [f for f in self.saving if not f.done()]
            for future in saved:
                error = future.exception()
                if error is not None:   # the runs folder could not be written: say so, keep the table
                    self.status.setText(render(message_of(error)))
            self._show_rows(sorted(job.rows, key=lambda r: r.index))   # the rows now know their run ids
            if not self.race:
                self.window_.runs_panel.refresh()
        if self.race:
            self._overlay_live(job)
        if job.done and not self.saving:
            if self.race:   # the race's runs, now in the Runs panel, stay overlaid (selected there)
                self.window_.runs_panel.refresh()
                select_runs(self.window_.runs_panel, [r.run_id for r in self.rows if r.run_id])
            failed = sum(1 for r in job.rows if r.error)
            diverged = sum(1 for r in job.rows if not r.error and r.outcome == "diverged")
            self.status.setText(self.tr("{0} runs done; they are in the Runs panel").format(len(job.rows))
                                + (self.tr(" ({0} failed)").format(failed) if failed else "")
                                + (self.tr(" ({0} diverged: the loss became infinite or not a number)").format(diverged)
                                   if diverged else ""))
            self._finish()

    def _finish(self) -> None:
        self.timer.stop()
        self.job = None
        self._set_running(False)
        self.race = False

    def _overlay_live(self, job: engine.Sweep) -> None:
        """Every race run's loss curve in the loss plot: the finished ones', and the epochs so far of those
        still training (reported by the workers after each epoch)."""
        plot = self.window_.loss_plot
        if plot.current_view != "loss":
            plot.set_view("loss")
        done = {row.index: row for row in job.rows}
        shown = []
        for index, combo in enumerate(job.combos):
            row = done.get(index)
            if row is not None and not row.error:   # finished (saved, or being saved: its run id comes later)
                shown.append((row.run_id or f"live-{index}", run_label(combo), row.history))
            elif row is None and job.epochs.get(index):
                shown.append((f"live-{index}", run_label(combo), job.epochs[index]))
        plot.overlays.show_runs(shown)

    # ------------------------------------------------------------------ results
    def sort_by(self, column: int) -> None:
        """Sort the table by ``column`` (a header clicked): ascending, the other way when clicked again."""
        columns = self.columns(self.rows)
        if not 0 <= column < len(columns):
            return
        self.sort_descending = columns[column] == self.sort_column and not self.sort_descending
        self.sort_column = columns[column]
        self._show_rows(sorted(self.rows, key=lambda r: r.index))

    def columns(self, rows: list[engine.SweepRow]) -> list[str]:
        """The table's columns: the settings' paths, the metrics' keys, "time"."""
        return [*self.paths, *engine.metric_keys(rows), "time"]

    def _show_rows(self, rows: list[engine.SweepRow]) -> None:
        """Fill the table with ``rows`` (in combination order), sorted by the chosen column if any; the run
        selected stays selected."""
        metrics, columns = engine.metric_keys(rows), self.columns(rows)
        selected = [self.rows[i.row()].index for i in self.table.selectionModel().selectedRows()
                    if i.row() < len(self.rows)]
        if self.sort_column in columns:
            def key(row: engine.SweepRow) -> Any:
                if self.sort_column == "time":
                    return math.nan if row.error else row.duration
                return row.settings[self.sort_column] if self.sort_column in self.paths else row.metric(self.sort_column)
            rows = sort_rows(rows, key, self.sort_descending)
        self.rows = rows
        header = [*map(setting_label, self.paths), *(metric_label(self, m) for m in metrics), self.tr("Time")]
        table = self.table
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        if self.sort_column in columns:   # the arrow on the column sorted by
            table.horizontalHeader().setSortIndicatorShown(True)
            table.horizontalHeader().setSortIndicator(columns.index(self.sort_column), Qt.SortOrder.DescendingOrder
                                                      if self.sort_descending else Qt.SortOrder.AscendingOrder)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [engine.value_text(row.settings[p]) for p in self.paths]
            cells += [metric_text(m, row.metric(m)) for m in metrics]
            cells.append(self.tr("failed") if row.error else self.tr("diverged") if row.outcome == "diverged"
                         else self.tr("{0} s").format(format_seconds(row.duration)))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.run_id)
                if row.error:
                    item.setToolTip(render(row.error))
                elif row.outcome == "diverged":   # its metrics are blank: say why (it read as a normal run)
                    item.setToolTip(self.diverged_text())
                table.setItem(r, c, item)
            if row.index in selected:
                table.selectRow(r)
        current = self.metric_combo.currentData()
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for m in metrics:
            self.metric_combo.addItem(metric_label(self, m), m)
        default = current if current in metrics else next((m for m in ("test_accuracy", "test_loss", "final_loss")
                                                          if m in metrics), metrics[0] if metrics else None)
        self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(default)))
        self.metric_combo.blockSignals(False)
        self._update_heatmap()

    def _update_heatmap(self) -> None:
        if len(self.paths) != 2:
            return
        key = self.metric_combo.currentData() if self.rows else None   # no run done yet: every cell "–"
        first, second = self.values
        grid = np.full((len(first), len(second)), np.nan)
        notes: dict[tuple[int, int], str] = {}
        for row in self.rows:
            i, j = first.index(row.settings[self.paths[0]]), second.index(row.settings[self.paths[1]])
            grid[i, j] = row.metric(key) if key else math.nan
            if row.error:
                notes[(i, j)] = self.tr("failed")
            elif row.outcome == "diverged":
                notes[(i, j)] = self.tr("diverged")
        self.heatmap.show_grid(grid, [engine.value_text(v) for v in first], [engine.value_text(v) for v in second],
                               setting_label(self.paths[0]),
                               f"{setting_label(self.paths[1])}   ({self.metric_combo.currentText()})" if key
                               else setting_label(self.paths[1]), percent=isinstance(key, str) and key.endswith("accuracy"),
                               notes=notes)

    def diverged_text(self) -> str:
        return self.tr("Diverged: the loss became infinite or not a number, so the run stopped and has no final "
                       "metrics. The learning rate is probably too high for this batch size.")

    # ------------------------------------------------------------------ opening a run
    def open_row(self, row: int) -> bool:
        item = self.table.item(row, 0)
        run_id = item.data(ID_ROLE) if item is not None else None
        return open_run(self.window_, run_id) if run_id else False

    def _cell_row(self, i: int, j: int) -> int | None:
        """The table's row of the heat map's cell ``(i, j)``, or None (its run is not done)."""
        first, second = self.values
        for r, row in enumerate(self.rows):
            if row.settings[self.paths[0]] == first[i] and row.settings[self.paths[1]] == second[j]:
                return r
        return None

    def _select_cell(self, i: int, j: int) -> None:
        r = self._cell_row(i, j)
        item = self.table.item(r, 0) if r is not None else None
        if r is not None and item is not None:
            self.table.selectRow(r)
            self.table.scrollToItem(item)

    def _open_cell(self, i: int, j: int) -> None:
        r = self._cell_row(i, j)
        if r is not None:
            self.table.selectRow(r)
            self.open_row(r)

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)


def run_label(combo: dict[str, Any]) -> str:
    """A sweep run's name as the window gives it: "learning rate=0.01, dense: units=4" / "학습률=0.01, …"
    (``engine.run_name`` with the settings named by :func:`setting_label`)."""
    return engine.run_name(combo, setting_label)


def setting_label(path: str) -> str:
    """A sweep setting by the name the window gives it: ``"training.learning_rate"`` -> "learning rate" / "학습률",
    ``"model.dense.units"`` -> "dense: units" / "dense: 유닛 수" (paths from ``engine.sweep.setting_names``)."""
    translate = QCoreApplication.translate
    head, _, rest = path.partition(".")
    if head == "training":
        return {"learning_rate": translate("SweepDialog", "learning rate"),
                "batch_size": translate("SweepDialog", "batch size"),
                "epochs": translate("SweepDialog", "epochs"),
                "optimizer": translate("SweepDialog", "optimizer"),
                "seed": translate("SweepDialog", "seed")}.get(rest, path)
    layer, _, key = rest.rpartition(".")
    name = {"units": translate("SweepDialog", "units"), "activation": translate("SweepDialog", "activation"),
            "rate": translate("SweepDialog", "dropout rate")}.get(key)
    return translate("SweepDialog", "{0}: {1}").format(layer, name) if head == "model" and name else path


def field_problem(message: str, path: str) -> str:
    """Why the values typed for ``path`` were refused, as said under that field: by the setting's own name
    ("학습률 값은 0보다 크고 10 이하여야 합니다…"), not by its path and key, which the CLI's message carries
    ("sweep setting training.learning_rate: learning_rate must be …")."""
    head, _, rest = path.partition(".")
    key = rest.rpartition(".")[2]
    label = setting_label(path)
    if head == "model" and label != path:   # under "dense: units" the key's own name is enough
        label = label.rpartition(": ")[2] or label
    if not isinstance(message, Message):
        return render(message)
    inner = message.args.get("problem") if message.template == "sweep setting {name}: {problem}" else None
    shown = inner if isinstance(inner, Message) else message

    def relabel(value: Any) -> Any:
        if isinstance(value, Message):
            return Message(value.template, **{name: label if name in ("name", "key") and arg in (path, key)
                                              else relabel(arg) for name, arg in value.args.items()})
        return value

    return render(relabel(shown))


def metric_label(widget: QWidget, key: str) -> str:
    """``"final_val_loss"`` -> "final val loss" / "최종 검증 손실" (keys from ``engine.sweep.metric_keys``)."""
    where, _, name = key.partition("_")
    text = (QCoreApplication.translate("SweepDialog", "test {0}") if where == "test"
            else QCoreApplication.translate("SweepDialog", "final {0}"))
    return text.format(metric_name(name))


def select_runs(panel: Any, ids: list[str]) -> None:
    """Select exactly the runs ``ids`` in the Runs panel (their curves are overlaid in the loss plot)."""
    panel.table.clearSelection()
    for row, record in enumerate(panel.records):
        if record.id in ids:
            panel._add_row_to_selection(row)


def open_run(window: Any, run_id: str) -> bool:
    """Select the run in the Runs panel and load its model (settings and weights), as "Load its model"."""
    panel = window.runs_panel
    panel.refresh()
    select_runs(panel, [run_id])
    dock = window.docks.get("runsPanel")
    if dock is not None:
        dock.show()
        dock.raise_()
    record = next((r for r in panel.records if r.id == run_id), None)
    if record is None:
        return False
    return bool(panel.restore_selected(with_weights=record.weights_path is not None))


def open_sweep(window: Any, race: bool = False) -> SweepDialog:
    """Show the window's sweep dialog (one per window), filled with the open project's settings."""
    dialog = getattr(window, "sweep_dialog", None)
    if dialog is None:
        dialog = window.sweep_dialog = SweepDialog(window)
    if dialog.job is None:
        dialog.fill_settings()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if race and dialog.job is None:
        dialog.start_race()
    return dialog


#: the challenge's control behind each sweep setting (``challenge.CONTROLS``); a layer's activation: "activation"
SETTING_CONTROLS = {"training.learning_rate": "learning_rate", "training.optimizer": "optimizer",
                    "training.batch_size": "batch_size", "training.epochs": "epochs",
                    "training.seed": "training_seed"}


def locked_by_challenge(project: Any, name: str) -> bool:
    challenge = getattr(project, "challenge", None)
    if challenge is None:
        return False
    control = SETTING_CONTROLS.get(name) or ("activation" if name.endswith(".activation") else None)
    return control is not None and challenge.is_locked(control)


def sort_rows(rows: list[engine.SweepRow], key: Callable[[engine.SweepRow], Any],
              descending: bool = False) -> list[engine.SweepRow]:
    """``rows`` by ``key(row)``: numbers by value (not as text: 2 before 10), text alphabetically; the rows
    without a value (a failed run's metrics, NaN) last either way."""
    def missing(value: Any) -> bool:
        return value is None or (isinstance(value, float) and math.isnan(value))

    def order(row: engine.SweepRow) -> tuple:
        value = key(row)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return (0, float(value), "")
        return (1, 0.0, str(value).casefold())

    present = sorted((r for r in rows if not missing(key(r))), key=order, reverse=descending)
    return present + [r for r in rows if missing(key(r))]


def metric_text(key: str, value: float) -> str:
    """A sweep's result as the rest of the window writes it: an accuracy in percent ("75.0 %", as the status
    line and Results), anything else with 4 significant digits; "" for none."""
    if math.isnan(value):
        return ""
    return f"{100 * value:.1f} %" if key.endswith("accuracy") else f"{value:.4g}"
