"""The callbacks of the Training tab: each a checkable group of the form, switched on and edited as one
undoable command on the document's ``training.callbacks`` (see ``TrainingPanel``, which derives from
``CallbackGroups``).

Every callback a project file can hold has its group, so what a run does is what the form shows: early
stopping, lowering the learning rate on a plateau, checkpoints, a CSV log of the epochs and TensorBoard logs.
The groups that write files show the folder the file goes to, and say at once when a run would refuse it
(outside the project's folder, unless chosen with the "…" button).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.callbacks import check_path_kind, confined_path
from ...io.tensorboard import run_log_dir
from ...messages import MessageError
from ...project import TrainingConfig
from ...spec.ranges import CALLBACK_RANGES
from ...spec.training import CALLBACK_DEFAULTS
from ..colors import HINT_STYLE, WARNING_STYLE
from ..document import ProjectDocument
from ..fields import LEARNING_RATE_LADDER, FieldMessage, NumberField
from ..i18n import render
from ..metric_names import metric_name


class CallbackGroups(QWidget):
    """The callback groups of the training form (a base of ``TrainingPanel``, which provides ``document``
    and ``_edit``)."""

    document: ProjectDocument

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: folders the user picked with the "…" buttons of the groups that write files (see ``_chose``)
        self.chosen_dirs: list[Path] = []
        self._where_updates: list[Callable[[], None]] = []   # the "Saved in" captions, redone on a choice

    def _edit(self, text: str, merge_key: str, change: Callable[[TrainingConfig], None]) -> None:
        """Push ``change`` of the training config as one undoable command (``TrainingPanel._edit``)."""
        raise NotImplementedError

    def _make_callback_groups(self) -> list[QGroupBox]:
        return [self._make_early_stopping_group(), self._make_plateau_group(), self._make_checkpoint_group(),
                self._make_csv_log_group(), self._make_tensorboard_group()]

    @staticmethod
    def _add_field(form: QFormLayout, label: str, field: NumberField) -> None:
        form.addRow(label, field)
        form.addRow(field.message)   # why a typed value was refused (hidden otherwise)

    def _make_early_stopping_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Early stopping"), self)
        group.setObjectName("earlyStoppingGroup")
        group.setCheckable(True)
        group.setToolTip(self.tr("Stop when the monitored value has not improved for a number of epochs"))
        form = QFormLayout(group)
        self.es_monitor = self._monitor_box(group, "earlyStoppingMonitor")
        form.addRow(self.tr("Watch"), self.es_monitor)
        self.es_patience = NumberField(CALLBACK_RANGES["EarlyStopping"]["patience"], self.tr("Patience"), group,
                                       suffix=self.tr(" epochs"), message=FieldMessage(group), fits="100000 epochs")
        self.es_patience.setObjectName("earlyStoppingPatience")
        self.es_patience.setValue(CALLBACK_DEFAULTS["EarlyStopping"]["patience"])
        self._add_field(form, self.tr("Patience"), self.es_patience)
        self.es_restore = QCheckBox(self.tr("Restore the best weights at the end"), group)
        self.es_restore.setObjectName("earlyStoppingRestore")
        form.addRow(self.es_restore)
        self.early_stopping_group = group

        def config() -> dict:
            return {"monitor": self.es_monitor.currentData(), "patience": self.es_patience.value(),
                    "restore_best_weights": self.es_restore.isChecked()}

        def edit(field: str, text: str, enabled: bool = True) -> None:
            self._set_callback("EarlyStopping", enabled, config(), text, field)

        group.toggled.connect(lambda on: edit("", self.tr("Early stopping on/off"), on))
        self.es_monitor.currentIndexChanged.connect(lambda _: edit("monitor", self.tr("Change early stopping: watch")))
        self.es_patience.valueChanged.connect(lambda _: edit("patience", self.tr("Change early stopping: patience")))
        self.es_restore.toggled.connect(lambda _: edit("restore_best_weights",
                                                       self.tr("Change early stopping: restore best weights")))
        return group

    def _make_plateau_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Lower the rate on a plateau (ReduceLROnPlateau)"), self)
        group.setObjectName("ReduceLROnPlateauGroup")
        group.setCheckable(True)
        group.setToolTip(self.tr("When the watched value has not improved for a number of epochs, multiply the "
                                 "learning rate by a factor (the Learning rate field is where it starts)"))
        form = QFormLayout(group)
        ranges = CALLBACK_RANGES["ReduceLROnPlateau"]
        self.plateau_monitor = self._monitor_box(group, "ReduceLROnPlateauMonitor")
        form.addRow(self.tr("Watch"), self.plateau_monitor)
        self.plateau_factor = NumberField(ranges["factor"], self.tr("Factor"), group, step=0.1,
                                          message=FieldMessage(group), fits="0.00001")
        self.plateau_factor.setObjectName("ReduceLROnPlateauFactor")
        self.plateau_factor.setToolTip(self.tr("factor: the learning rate is multiplied by this, between 0 and 1"))
        self._add_field(form, self.tr("Factor"), self.plateau_factor)
        self.plateau_patience = NumberField(ranges["patience"], self.tr("Patience"), group,
                                            suffix=self.tr(" epochs"), message=FieldMessage(group),
                                            fits="100000 epochs")
        self.plateau_patience.setObjectName("ReduceLROnPlateauPatience")
        self.plateau_patience.setToolTip(self.tr("patience: epochs without improvement before the rate is lowered"))
        self._add_field(form, self.tr("Patience"), self.plateau_patience)
        self.plateau_min_lr = NumberField(ranges["min_lr"], self.tr("Lowest learning rate"), group,
                                          ladder=(0.0, *LEARNING_RATE_LADDER), message=FieldMessage(group),
                                          fits="0.00003")
        self.plateau_min_lr.setObjectName("ReduceLROnPlateauMinLr")
        self.plateau_min_lr.setToolTip(self.tr("min_lr: the learning rate is never lowered below this"))
        self._add_field(form, self.tr("Lowest learning rate"), self.plateau_min_lr)
        self.plateau_group = group

        def config() -> dict:
            return {"monitor": self.plateau_monitor.currentData(), "factor": self.plateau_factor.value(),
                    "patience": self.plateau_patience.value(), "min_lr": self.plateau_min_lr.value()}

        def edit(field: str, text: str, enabled: bool = True) -> None:
            self._set_callback("ReduceLROnPlateau", enabled, config(), text, field)

        group.toggled.connect(lambda on: edit("", self.tr("Lower the learning rate on a plateau on/off"), on))
        self.plateau_monitor.currentIndexChanged.connect(
            lambda _: edit("monitor", self.tr("Change learning rate on a plateau: watch")))
        self.plateau_factor.valueChanged.connect(
            lambda _: edit("factor", self.tr("Change learning rate on a plateau: factor")))
        self.plateau_patience.valueChanged.connect(
            lambda _: edit("patience", self.tr("Change learning rate on a plateau: patience")))
        self.plateau_min_lr.valueChanged.connect(
            lambda _: edit("min_lr", self.tr("Change learning rate on a plateau: lowest rate")))
        return group

    def _make_csv_log_group(self) -> QGroupBox:
        def config() -> dict:
            return {"filename": self.csv_log_path.text().strip(), "append": self.csv_log_append.isChecked()}

        group, self.csv_log_path = self._file_group(
            "CSVLogger", "filename", self.tr("CSV log of the epochs (CSVLogger)"),
            self.tr("Write the loss and the metrics of every epoch as a row of this CSV file; relative paths start "
                    "at the project's folder"),
            self.tr("CSV log on/off"), self.tr("Change CSV log file"), self._browse_csv_log, config)
        self.csv_log_group = group
        self.csv_log_append = QCheckBox(self.tr("Append to the file"), group)
        self.csv_log_append.setObjectName("CSVLoggerAppend")
        self.csv_log_append.setToolTip(self.tr("append: keep the rows of earlier runs and add this run's after them"))
        layout = group.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.csv_log_append)
        self.csv_log_append.toggled.connect(
            lambda _: self._set_callback("CSVLogger", True, config(), self.tr("Change CSV log: append"), "append"))
        return group

    def _monitor_box(self, parent: QWidget, name: str) -> QComboBox:
        """The values a callback can watch: filled with the project's (``_load_callbacks``)."""
        box = QComboBox(parent)
        box.setObjectName(name)
        shrinkable(box)
        _fill_monitor(box, ["accuracy"], "val_loss")
        return box

    def _make_checkpoint_group(self) -> QGroupBox:
        def config() -> dict:
            return {"filepath": self.checkpoint_path.text().strip(), "monitor": self.checkpoint_monitor.currentData(),
                    "save_best_only": self.checkpoint_best.isChecked()}

        group, self.checkpoint_path = self._file_group(
            "ModelCheckpoint", "filepath", self.tr("Save checkpoints (ModelCheckpoint)"),
            self.tr("Write the model to this .h5 file after every epoch; relative paths start at the project's folder"),
            self.tr("Checkpoints on/off"), self.tr("Change checkpoint file"), self._browse_checkpoint, config)
        self.checkpoint_group = group
        form = QFormLayout()
        self.checkpoint_best = QCheckBox(self.tr("Only when the watched value improves"), group)
        self.checkpoint_best.setObjectName("ModelCheckpointBestOnly")
        self.checkpoint_best.setToolTip(self.tr(
            "save_best_only: write the file only in epochs where the watched value is the best so far"))
        form.addRow(self.checkpoint_best)
        self.checkpoint_monitor = self._monitor_box(group, "ModelCheckpointMonitor")
        self.checkpoint_monitor.setToolTip(self.tr("monitor: the value that decides which epoch is the best"))
        form.addRow(self.tr("Watch"), self.checkpoint_monitor)
        layout = group.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(form)
        self.checkpoint_monitor.setEnabled(False)   # it matters only with save_best_only

        def edit(field: str, text: str) -> None:
            self._set_callback("ModelCheckpoint", True, config(), text, field)

        self.checkpoint_best.toggled.connect(self.checkpoint_monitor.setEnabled)
        self.checkpoint_best.toggled.connect(
            lambda _: edit("save_best_only", self.tr("Change checkpoints: only when it improves")))
        self.checkpoint_monitor.currentIndexChanged.connect(
            lambda _: edit("monitor", self.tr("Change checkpoints: watch")))
        return group

    def _make_tensorboard_group(self) -> QGroupBox:
        group, self.tensorboard_dir = self._file_group(
            "TensorBoard", "log_dir", self.tr("TensorBoard logs"),
            self.tr("Write TensorBoard logs to this folder (%Y, %m, %d, %H, %M, %S are replaced by the start time)"),
            self.tr("TensorBoard logs on/off"), self.tr("Change TensorBoard folder"), self._browse_tensorboard)
        self.tensorboard_group = group
        return group

    def _file_group(self, name: str, key: str, title: str, tip: str, toggle_text: str, text: str,
                    browse: Callable[[], None], config: Callable[[], dict] | None = None) -> tuple[QGroupBox, QLineEdit]:
        """A checkable group with a path field and a "…" button; ``config``: the callback's settings as the
        group's fields show them (default: the path only), stored when the group is switched on."""
        group = QGroupBox(title, self)
        group.setObjectName(f"{name}Group")
        group.setCheckable(True)
        group.setToolTip(tip)
        column = QVBoxLayout(group)
        row = QHBoxLayout()
        column.addLayout(row)
        edit = QLineEdit(group)
        edit.setObjectName(f"{name}Path")
        edit.setText(str(CALLBACK_DEFAULTS[name][key]))
        button = QToolButton(group)
        button.setText("…")
        button.setToolTip(self.tr("Choose…"))
        button.clicked.connect(browse)
        row.addWidget(edit, 1)
        row.addWidget(button)
        where = QLabel(group)   # the folder the files go to: a relative name starts at the project's folder
        where.setObjectName(f"{name}Where")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(where)

        def show_where() -> None:
            text = edit.text().strip()
            folder = self._writes_in(text, is_folder=name == "TensorBoard")
            outside = bool(folder) and self._refused_by_run(text, is_folder=name == "TensorBoard")
            blocked = self._blocked(text, name) if folder and not outside else ""
            if outside:   # said while typing, not only when Play refuses it
                where.setText(self.tr("Saved in: {0} — outside the project's folder: Play refuses it unless you "
                                      "choose it with the “…” button").format(folder))
            elif blocked:   # history.csv/model.h5 through an existing file: FileExistsError after epoch 1
                where.setText(self.tr("Play refuses it: {0}").format(blocked))
            else:
                where.setText(self.tr("Saved in: {0}").format(folder) if folder else "")
            outside = outside or bool(blocked)
            where.setProperty("outside", outside)
            where.setStyleSheet(f"QLabel {{ {WARNING_STYLE if outside else HINT_STYLE} }} "
                                "QLabel:disabled { color: palette(mid); }")   # greyed when off
            where.setVisible(bool(folder))

        edit.textChanged.connect(show_where)
        self.document.sigPathChanged.connect(lambda _: show_where())
        self._where_updates.append(show_where)
        show_where()
        shown = config or (lambda: {key: edit.text().strip()})
        group.toggled.connect(lambda on: self._set_callback(name, on, shown(), toggle_text, ""))
        edit.editingFinished.connect(lambda: self._set_callback(name, True, {key: edit.text().strip()}, text, key))
        return group, edit

    @Slot()
    def _browse_checkpoint(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save checkpoints to"), self._start_dir(),
                                              self.tr("Keras HDF5 model (*.h5)"))
        if path:
            if not path.lower().endswith((".h5", ".hdf5", ".keras")):   # "ckpt": the filter's ending, as Save does
                path += ".h5"
            self._chose(Path(path).parent)
            self.checkpoint_path.setText(path)
            self._set_callback("ModelCheckpoint", True, {"filepath": path}, self.tr("Change checkpoint file"), "filepath")

    @Slot()
    def _browse_csv_log(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Log the epochs to"), self._start_dir(),
                                              self.tr("CSV files (*.csv)"))
        if path:
            if not Path(path).suffix:
                path += ".csv"
            self._chose(Path(path).parent)
            self.csv_log_path.setText(path)
            self._set_callback("CSVLogger", True, {"filename": path}, self.tr("Change CSV log file"), "filename")

    @Slot()
    def _browse_tensorboard(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("TensorBoard log folder"), self._start_dir())
        if path:
            self._chose(Path(path))
            self.tensorboard_dir.setText(path)
            self._set_callback("TensorBoard", True, {"log_dir": path}, self.tr("Change TensorBoard folder"), "log_dir")

    def _chose(self, folder: Path) -> None:
        """The user picked ``folder`` in a dialog: this session's runs may write there (a path typed in, or
        read from a project file, stays inside the project's folder)."""
        if folder not in self.chosen_dirs:
            self.chosen_dirs.append(folder)
            for update in self._where_updates:
                update()

    def _refused_by_run(self, text: str, is_folder: bool) -> bool:
        """Whether a run would refuse the file or folder ``text``: the engine's own check
        (``confined_path``: inside the project's folder or a folder picked in a dialog)."""
        try:
            confined_path(self._target(text, is_folder), "", self._start_dir(), self.chosen_dirs)
        except MessageError:
            return True
        return False

    def _blocked(self, text: str, name: str) -> str:
        """What a run would say of ``text`` standing where a folder or file is needed (``check_path_kind``),
        or ""."""
        try:
            check_path_kind(self._target(text, name == "TensorBoard"), "", text, folder=name == "TensorBoard")
        except MessageError as exc:
            return render(exc.message).strip()
        return ""

    def _start_dir(self) -> str:
        path = self.document.path
        return str(path.parent) if path else str(Path.cwd())

    def _target(self, text: str, is_folder: bool) -> Path:
        """The checkpoint file or TensorBoard run folder ``text`` names, resolved as a run resolves it
        (relative names start at the project's folder; an untitled project's at the current folder)."""
        if is_folder:
            return run_log_dir(text, base_dir=self._start_dir())   # dates filled in, "~" expanded
        path = Path(text)
        return path if path.is_absolute() else Path(self._start_dir()) / path

    def _writes_in(self, text: str, is_folder: bool) -> str:
        """The folder a checkpoint file or a TensorBoard run named ``text`` is written in, or "" for no name.
        A TensorBoard run is a folder of its own inside the one shown."""
        if not text:
            return ""
        path = self._target(text, is_folder)
        return os.path.normpath(path.parent if is_folder or path.name else path)


    def _set_callback(self, name: str, enabled: bool, config: dict, text: str, field: str) -> None:
        """Turn callback ``name`` on (with ``config`` over its current settings) or off; ``field`` names
        the edited setting ("" for the on/off switch), so each field's edits merge separately."""
        def change(cfg: TrainingConfig) -> None:
            rest = [c for c in cfg.callbacks if c["class_name"] != name]
            old = next((c for c in cfg.callbacks if c["class_name"] == name), None)
            if enabled:
                merged = {**CALLBACK_DEFAULTS[name], **(old["config"] if old else {}), **config}
                rest.append({"class_name": name, "config": merged})
            cfg.callbacks = rest

        self._edit(text, f"callbacks.{name}.{field}", change)

    def _load_callbacks(self, cfg: TrainingConfig) -> None:
        # every field shows this project's setting, or the default when it has none: nothing of the
        # project shown before carries over (a checkpoint path ticked on would write there)
        callbacks = {c["class_name"]: c["config"] for c in cfg.callbacks}
        es = callbacks.get("EarlyStopping")
        self.early_stopping_group.setChecked(es is not None)
        es = es if es is not None else CALLBACK_DEFAULTS["EarlyStopping"]
        _fill_monitor(self.es_monitor, cfg.metrics, es["monitor"])
        self.es_patience.setValue(int(es["patience"]))
        self.es_restore.setChecked(bool(es["restore_best_weights"]))
        for name, key, group, edit in (("ModelCheckpoint", "filepath", self.checkpoint_group, self.checkpoint_path),
                                       ("CSVLogger", "filename", self.csv_log_group, self.csv_log_path),
                                       ("TensorBoard", "log_dir", self.tensorboard_group, self.tensorboard_dir)):
            group.setChecked(name in callbacks)
            edit.setText(str(callbacks.get(name, CALLBACK_DEFAULTS[name])[key]))
        checkpoint = callbacks.get("ModelCheckpoint", CALLBACK_DEFAULTS["ModelCheckpoint"])
        self.checkpoint_best.setChecked(bool(checkpoint["save_best_only"]))
        self.checkpoint_monitor.setEnabled(bool(checkpoint["save_best_only"]))
        _fill_monitor(self.checkpoint_monitor, cfg.metrics, checkpoint["monitor"])
        plateau = callbacks.get("ReduceLROnPlateau")
        self.plateau_group.setChecked(plateau is not None)
        plateau = plateau if plateau is not None else CALLBACK_DEFAULTS["ReduceLROnPlateau"]
        _fill_monitor(self.plateau_monitor, cfg.metrics, plateau["monitor"])
        self.plateau_factor.setValue(float(plateau["factor"]))
        self.plateau_patience.setValue(int(plateau["patience"]))
        self.plateau_min_lr.setValue(float(plateau["min_lr"]))
        self.csv_log_append.setChecked(bool(callbacks.get("CSVLogger", CALLBACK_DEFAULTS["CSVLogger"])["append"]))


def _fill_monitor(box: QComboBox, metrics: list[str], monitor: str) -> None:
    """The values a run of this project reports, the loss and its metrics, each on the validation data and
    on the training data (the list offered accuracy to a regression, which reports MAE, and no MAE); then
    ``monitor`` chosen (one the project's file names, which it does not report, is shown too: Play says why)."""
    keys = ["loss", *(m for m in metrics if m != "loss")]
    wanted = [key for plain in keys for key in (f"val_{plain}", plain)]
    box.blockSignals(True)   # refilled from the project: not an edit
    try:
        if [box.itemData(i) for i in range(box.count())] != wanted:
            box.clear()
            for key in wanted:
                box.addItem(metric_name(key), key)
        if box.findData(monitor) < 0:
            box.addItem(metric_name(monitor), monitor)
        box.setCurrentIndex(box.findData(monitor))
    finally:
        box.blockSignals(False)


def shrinkable(box: QComboBox) -> None:
    """Let a combo box with long entries shrink with a narrow dock (the popup still shows them whole)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
