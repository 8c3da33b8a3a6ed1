"""``RunsPanel`` (objectName ``runsPanel``): every run of the project in a table, to compare and reuse.

- One row per run (oldest first): its name (edit the cell to rename), what differed from the run before
  ("learning rate 0.01 → 0.1"), the final loss and metric, the test numbers, the epochs and the time.
- Select one or more rows: their loss curves are drawn over the live ones in the loss plot, one colour per
  run, named in the legend (``views.run_overlays``).
- Restore settings: the run's model, data and training settings go back into the editor as one undo
  step (the trained model is set aside; the run itself stays in the table).
- Load the model: as File › Import .h5 does with a file — the run's settings *and its kept weights*
  become the current model, so the decision regions, the results, the diagram and Export show that
  run's trained network again, and Play continues training it. (A learner expects "open that run" to
  bring back everything it showed; a separate view-only mode would leave half the window showing another
  model.) Only for runs whose weights were kept.
- Delete (after a question) removes the run's folder.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import runs
from ...engine.run_diff import Change, changes
from ...messages import os_reason
from ...particles import with_particles
from ..editor import commands
from ..editor.weight_commands import CustomWeightsCommand
from ..flow_layout import FlowLayout
from ..formatting import format_seconds
from ..i18n import render, render_error
from ..metric_names import metric_name
from ..run.state import RunState
from ..views.run_overlays import dim_curves
from .names import run_name
from .recorder import RunRecorder, keep_weights_preference, set_keep_weights_preference

NAME, CHANGED, FINAL, TEST, EPOCHS, TIME = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
# the Name column's widest and narrowest bounds, in average characters ("learning rate=0.01, dense: units=4"
# fits in the widest; the rest of a name is in "…" and in the cell's tooltip)
NAME_CHARS, NAME_MIN_CHARS = 36, 10


def change_label(change: Change) -> str:
    translate = QCoreApplication.translate
    labels = {
        "learning_rate": translate("RunsPanel", "learning rate"), "optimizer": translate("RunsPanel", "optimizer"),
        "backend": translate("RunsPanel", "backend"), "loss": translate("RunsPanel", "loss"),
        "batch_size": translate("RunsPanel", "batch size"), "epochs": translate("RunsPanel", "epochs"),
        "validation_split": translate("RunsPanel", "validation split"), "shuffle": translate("RunsPanel", "shuffle"),
        "seed": translate("RunsPanel", "seed"), "dtype": translate("RunsPanel", "precision"),
        "callbacks": translate("RunsPanel", "callbacks"), "dataset": translate("RunsPanel", "data"),
        "layers": translate("RunsPanel", "layers"),
    }
    if change.key == "callback_setting":   # "EarlyStopping.patience" -> "EarlyStopping: patience" (Keras' names)
        callback, _, key = str(change.detail).partition(".")
        return translate("SweepDialog", "{0}: {1}").format(callback, key)
    if change.key == "layer" and "." in (change.detail or ""):   # "dense.units" -> "dense: units" / "dense: 유닛 수"
        from ..layer_kinds import setting_label

        layer, _, key = str(change.detail).rpartition(".")
        return translate("SweepDialog", "{0}: {1}").format(layer, setting_label("Dense", key))
    return labels.get(change.key, change.detail or change.key)


def _value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if value is None:
        return "—"
    return str(value)


def _change_text(change: Change) -> str:
    if change.key == "callback":   # switched on or off
        on, off = QCoreApplication.translate("RunsPanel", "on"), QCoreApplication.translate("RunsPanel", "off")
        return f"{change_label(change)} {on if change.before else off} → {on if change.after else off}"
    return f"{change_label(change)} {_value(change.before)} → {_value(change.after)}"


def describe_changes(found: list[Change]) -> str:
    return ", ".join(_change_text(c) for c in found)


def _number(name: str, value: float) -> str:
    if name in ("accuracy", "val_accuracy"):
        return f"{100 * value:.1f} %"
    return f"{value:.3g}"


def final_text(summary: dict) -> str:
    final = summary.get("final") or {}
    parts = [f"{metric_name(k)} {_number(k, v)}" for k, v in final.items() if not k.startswith("val_")]
    if "val_loss" in final:
        parts.append(QCoreApplication.translate("RunsPanel", "val loss {0}").format(_number("loss", final["val_loss"])))
    if summary.get("outcome") == "diverged":   # its Final cell was blank, as if nothing had happened
        parts.insert(0, QCoreApplication.translate("RunsPanel", "diverged"))
    return " · ".join(parts)


def test_text(summary: dict) -> str:
    test = summary.get("test") or {}
    shown = [k for k in test if k != "loss"] or list(test)
    return " · ".join(f"{metric_name(k)} {_number(k, test[k])}" for k in shown)



def _reason(exc: BaseException) -> str:
    """Why a run could not be renamed, deleted or restored, in the UI language (a ``Message`` of the layers
    below, or the operating system's reason): ``str(exc)`` was English in the Korean window."""
    if isinstance(exc, OSError):
        return render(os_reason(exc))
    return render_error(exc)


def with_project_files(training, current):
    """A run's training settings with the project's own file-writing callbacks (checkpoints, CSV logs,
    TensorBoard): where files go is the project's business, and a sweep's runs were trained without them
    (``Sweep.left_out``), so restoring such a run removed them from the project without a word."""
    import copy

    from ...spec.training import CALLBACK_FILE_SETTINGS

    restored = copy.deepcopy(training)
    own = [c for c in restored.callbacks if c["class_name"] not in CALLBACK_FILE_SETTINGS]
    files = [copy.deepcopy(c) for c in current.callbacks if c["class_name"] in CALLBACK_FILE_SETTINGS]
    restored.callbacks = own + files
    return restored


class RunsPanel(QWidget):
    def __init__(self, document: Any, runner: Any, loss_plot: Any,
                 backend: Callable[[], tuple[str, str | None]], prepare: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self.document, self.runner, self.loss_plot, self.prepare = document, runner, loss_plot, prepare
        self.recorder = RunRecorder(document, runner, backend, self)
        self.records: list[runs.RunRecord] = []
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("runsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("What changed"), self.tr("Final"),
                                              self.tr("Test"), self.tr("Epochs"), self.tr("Time")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # whole texts, never clipped: a narrow dock scrolls sideways instead; but a name, which the learner
        # types, ends in "…" where the other columns begin (_fit_names; the whole name in the tooltip): an
        # 80-character one pushed What changed, Final and Test out of sight
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.viewport().installEventFilter(self)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setToolTip(self.tr("Select runs to draw their loss curves over the current run; "
                                      "double-click (or F2 on) a name to rename the run"))
        self.restore_button = self._button("runsRestore", self.tr("Restore settings"),
                                           self.tr("Put the selected run's model, data and training settings back "
                                                   "into the editor (one undo step)"))
        self.load_button = self._button("runsLoadModel", self.tr("Load its model"),
                                        self.tr("Restore the run's settings and make its trained weights the current "
                                                "model: its decision regions and results show again"))
        self._load_tip = self.load_button.toolTip()
        self.delete_button = self._button("runsDelete", self.tr("Delete…"), self.tr("Delete the selected runs"))
        self.keep_check = QCheckBox(self.tr("Keep weights"))
        self.keep_check.setObjectName("runsKeepWeights")
        self.keep_check.setToolTip(self.tr("Keep each run's trained weights (models up to {0} parameters), so its "
                                           "model can be loaded again").format(f"{runs.KEEP_WEIGHTS_MAX_PARAMS:,}"))
        self.keep_check.setChecked(keep_weights_preference())
        controls = FlowLayout(spacing=8)
        for widget in (self.restore_button, self.load_button, self.delete_button, self.keep_check):
            controls.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)

        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemChanged.connect(self._on_item_changed)
        self.restore_button.clicked.connect(lambda: self.restore_selected(with_weights=False))
        self.load_button.clicked.connect(lambda: self.restore_selected(with_weights=True))
        self.delete_button.clicked.connect(self.delete_selected)
        self.keep_check.toggled.connect(set_keep_weights_preference)
        self.recorder.sigSaved.connect(lambda _record: self.refresh())
        self.recorder.sigFolderChanged.connect(self.refresh)
        runner.sigStateChanged.connect(self._on_runner_state)
        self.refresh()

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    # ------------------------------------------------------------------ the table
    def _start_text(self, start: Any) -> str:
        """Where a run's weights started when not from the seeded draw: "from the model of Run 1", ..."""
        if not isinstance(start, dict):
            return ""
        kind = str(start.get("kind"))
        if kind == "run":
            names = {r.id: run_name(r) for r in self.records}
            return self.tr("from the model of {0}").format(names.get(str(start.get("id")), start.get("name", "?")))
        if kind == "file":
            return self.tr("from the weights in {0}").format(start.get("name", "?"))
        return {"kept": self.tr("weights kept after an edit"), "edited": self.tr("weights typed in"),
                "restored": self.tr("restored weights")}.get(kind, "")

    def refresh(self) -> None:
        """List the runs of the project's folder again (keeping the selection by run id)."""
        selected = set(self.selected_ids())
        self.records = runs.list_runs(self.recorder.listed_folder)
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.records))
        previous: runs.RunRecord | None = None
        for row, record in enumerate(self.records):
            summary = record.summary
            found = changes(previous.settings, record.settings) if previous is not None else []
            changed = describe_changes(found) if previous is not None else self.tr("(first run)")
            start = self._start_text(record.settings.get("start"))
            if record.settings.get("continues"):
                changed = self.tr("continued") + (f", {changed}" if found else "")
            elif start:   # its settings alone do not reproduce it: say where its weights started
                changed = start + (f", {changed}" if found else "")
            if previous is not None and not found and not record.settings.get("continues") and not start:
                changed = self.tr("same settings")
            duration = float(summary.get("duration_s") or 0.0)
            cells = [run_name(record), changed, final_text(summary), test_text(summary), str(summary.get("epochs", "")),
                     self.tr("{0} s").format(format_seconds(duration))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record.id)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if column == NAME:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column in (NAME, CHANGED):
                    item.setToolTip(text)
                if column == TIME:
                    item.setToolTip(str(summary.get("created", "")))
                table.setItem(row, column, item)
            previous = record
        self._fit_names()
        table.clearSelection()
        for row, record in enumerate(self.records):
            if record.id in selected:
                self._add_row_to_selection(row)
        table.blockSignals(False)
        self._on_selection()

    def _fit_names(self) -> None:
        """The Name column as wide as its longest name, but no wider than the room the other columns leave
        (at least ``NAME_MIN_CHARS`` average characters, at most ``NAME_CHARS``): a longer name ends in "…"."""
        table, header = self.table, self.table.horizontalHeader()

        def wanted(column: int) -> int:
            return max(table.sizeHintForColumn(column), header.sectionSizeHint(column))

        char = table.fontMetrics().averageCharWidth()
        room = table.viewport().width() - sum(wanted(c) for c in range(table.columnCount()) if c != NAME)
        header.resizeSection(NAME, min(wanted(NAME), max(NAME_MIN_CHARS * char, min(NAME_CHARS * char, room))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_names()   # a wider dock: more of a long name
        return super().eventFilter(watched, event)

    def _add_row_to_selection(self, row: int) -> None:
        model = self.table.selectionModel()
        model.select(self.table.model().index(row, 0),
                     model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        items = [self.table.item(r, NAME) for r in rows]
        return [item.data(ID_ROLE) for item in items if item is not None]

    def selected_records(self) -> list[runs.RunRecord]:
        ids = set(self.selected_ids())
        return [r for r in self.records if r.id in ids]

    @Slot()
    def _on_selection(self) -> None:
        chosen = self.selected_records()
        if chosen and self.loss_plot.current_view != "loss":
            self.loss_plot.set_view("loss")  # the overlays are loss curves
        self.loss_plot.overlays.show_runs([(r.id, run_name(r), r.history) for r in chosen])
        self._update_buttons()
        self._dim_live_curves()

    @Slot(str)
    def _on_runner_state(self, _state: str) -> None:
        self._update_buttons()
        self._dim_live_curves()

    def _dim_live_curves(self) -> None:
        """While runs are overlaid and nothing trains, the live curves (the last run, also in the table)
        fade behind them; a run that trains is drawn in full over the runs it is compared with."""
        plot = self.loss_plot
        dimmed = bool(plot.overlays.items) and self.runner.state not in (RunState.RUNNING, RunState.PAUSED)
        dim_curves([plot.train_curve, plot.val_curve, plot.batch_curve], dimmed)

    def _update_buttons(self) -> None:
        chosen = self.selected_records()
        one = len(chosen) == 1
        busy = self.runner.state in (RunState.RUNNING, RunState.PAUSED)
        self.restore_button.setEnabled(one and not busy)
        self.load_button.setEnabled(one and not busy and chosen[0].weights_path is not None)
        self.load_button.setToolTip(self._load_tip if not one or chosen[0].weights_path is not None
                                    else self.tr("The weights of this run were not kept"))
        self.delete_button.setEnabled(bool(chosen))

    @Slot(object)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        try:
            runs.rename_run(self.recorder.folder, item.data(ID_ROLE), item.text())
        except (runs.RunError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot rename the run"), _reason(exc))
        self.refresh()

    # ------------------------------------------------------------------ actions
    def delete_selected(self) -> bool:
        chosen = self.selected_records()
        if not chosen:
            return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete runs"),
                          with_particles(self.tr("Delete {0}? Its history and weights are removed from the disk.").format(
                              ", ".join(f"“{run_name(r)}”" for r in chosen))),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("runsDeleteQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes.value:
            return False
        for record in chosen:
            try:
                runs.delete_run(self.recorder.folder, record.id)
            except (runs.RunError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Cannot delete the run"), _reason(exc))
        self.table.clearSelection()
        self.refresh()
        return True

    def restore_selected(self, with_weights: bool = False) -> bool:
        """Put the selected run's settings (and, ``with_weights``, its kept weights) into the editor."""
        chosen = self.selected_records()
        if len(chosen) != 1:
            return False
        record = chosen[0]
        contents = None
        try:
            project = record.project
            if with_weights:
                from ...io.h5_read import load_h5

                path = record.weights_path
                if path is None:
                    return False
                contents = load_h5(path)
        except Exception as exc:  # noqa: BLE001 - a damaged run: say so, change nothing
            QMessageBox.warning(self, self.tr("Cannot restore the run"), _reason(exc))
            return False
        if self.runner.is_active or self.runner.state != RunState.IDLE:
            self.runner.reset()  # the trained model is kept as a run; the restored settings start afresh
        text = (self.tr("Load the model of {0}") if with_weights else self.tr("Restore the settings of {0}")).format(
            run_name(record))
        training = with_project_files(project.training, self.document.section("training"))
        stack = self.document.undo_stack
        index = stack.index()
        stack.beginMacro(text)
        try:
            commands.push(self.document, "model", project.model, text)
            commands.push(self.document, "dataset", project.dataset, text)
            commands.push(self.document, "training", training, text)
            applied = all(commands.same(self.document.section(name), self.document.constrain(name, wanted))
                          for name, wanted in
                          (("model", project.model), ("dataset", project.dataset), ("training", training)))
            if applied and contents is not None:   # the weights too, in the same undo step (undo, then redo
                before = self.runner.custom_state()   # gave the model its seeded draw)
                self.runner.set_custom_weights(project.model, contents.weights,
                                               origin={"kind": "run", "id": record.id, "name": record.name})
                stack.push(CustomWeightsCommand(self.runner, before, self.runner.custom_state()))
        finally:
            stack.endMacro()
        if not applied:   # the challenge locks a setting the run changed (sigRefused said which): none of
            if stack.index() > index:   # it is applied, nor the weights trained with it (the goal would be
                stack.undo()            # reached with the locked value)
            self.prepare()
            return False
        self.prepare()
        return True

    def shutdown(self) -> None:
        self.recorder.shutdown()
