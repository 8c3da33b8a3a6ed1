"""``TrainingPanel``: how to train (loss, optimizer, batches, epochs, callbacks) and the run controls.

Every field edit is one undoable command on the document's ``"training"`` section (one ``merge_key`` per
field, so typing or spinning a field merges into one step); the form follows the document
(``sigTrainingChanged``: undo, redo, open) without pushing commands of its own.

The controls are ``QAction``s (``play_action`` ... ``reset_action``) shown by the panel's tool buttons; a
main window can put the same actions, and the ``backend_picker``, in its toolbar. Changes to the settings
apply to the next start: a running or paused run trains with the frozen copy it started from.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.trainer import epoch_shown
from ...project import ProjectError, TrainingConfig
from ...spec.errors import ConfigError
from ...spec.ranges import OPTIMIZER_RANGES, TRAINING_RANGES
from ...spec.training import LOSSES, OPTIMIZER_DEFAULTS, normalize_loss
from ..colors import PROBLEM_STYLE, WARNING_STYLE
from ..document import ProjectDocument
from ..editor.commands import push
from ..fields import FieldMessage, LearningRateBox, NumberField, refused_fields
from ..focus import set_enabled
from ..gradient_hint import model_hint
from ..i18n import render_error
from ..metric_names import metric_name
from .backend_picker import BackendPicker
from .callback_groups import CallbackGroups, shrinkable
from .state import RunState
from .worker import TrainingRunner

#: the settings shown for each optimizer (their valid ranges: ``spec.ranges.OPTIMIZER_RANGES``)
OPTIMIZER_SETTINGS: dict[str, tuple[str, ...]] = {
    "SGD": ("momentum", "nesterov"),
    "Adam": ("beta_1", "beta_2", "amsgrad"),
    "RMSprop": ("rho", "momentum", "centered"),
    "Adagrad": ("initial_accumulator_value",),
}
_STEPS = {"momentum": 0.05, "beta_1": 0.01, "beta_2": 0.001, "rho": 0.01, "initial_accumulator_value": 0.05}
#: per state: which of play, pause, step, stop, reset can be pressed
_ENABLED = {
    RunState.IDLE: (True, False, True, False, False),
    RunState.RUNNING: (False, True, False, True, True),
    RunState.PAUSED: (True, False, True, True, True),
    RunState.FINISHED: (True, False, True, False, True),
    RunState.STOPPED: (True, False, True, False, True),
    RunState.ERROR: (True, False, True, False, True),
}

class TrainingPanel(CallbackGroups):
    """Training settings of ``document`` and the controls of ``runner``.

    ``backend_picker``: pass the window's picker (e.g. one in the toolbar); by default the panel makes
    its own and shows it next to the buttons.

    ``problem_check``: a callable the window sets, returning why the project cannot be trained now
    ("" when nothing is wrong, ``None`` when it cannot tell yet, e.g. while the data loads). An error
    that stopped a run from being built is checked again with it after every change of the project
    (undo included) and cleared once its cause is gone; ``fix_hint``, also the window's, adds how to fix it
    when there is one button for that (the Data panel's "Fit the model to this data"). ``sigNotice(text)``: a hint for the status
    line (Play on a model that gradient descent cannot train).
    """

    sigNotice = Signal(str)
    sigMessageCleared = Signal(str)  # the text of a message that no longer holds (the status line drops it too)

    def __init__(self, document: ProjectDocument, runner: TrainingRunner, parent: QWidget | None = None,
                 *, backend_picker: BackendPicker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.document = document
        self.runner = runner
        self._loading = False
        self._refused_start = ""   # the message shown when Play found a refused value in a field
        # the window asks here what an edit made after a run means (keep, reset, undo) before a start
        self.before_start: Callable[[], None] = lambda: None
        own_picker = backend_picker is None
        self.backend_picker = backend_picker or BackendPicker(self)

        self._make_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_controls(own_picker))
        layout.addLayout(self._make_readouts())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("trainingProgress")
        self.progress.setFormat(self.tr("%v / %m epochs"))
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.gradient_warning = QLabel(self)
        self.gradient_warning.setObjectName("gradientWarning")
        self.gradient_warning.setWordWrap(True)
        self.gradient_warning.setStyleSheet(WARNING_STYLE)
        self.gradient_warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gradient_warning.hide()
        layout.addWidget(self.gradient_warning)
        self.problem_check: Callable[[], str | None] | None = None
        self.fix_hint: Callable[[], str] | None = None
        self._build_error = False  # the message shows why the last run could not be built

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self._make_optimizer_group())
        form_layout.addWidget(self._make_batches_group())
        for group in self._make_callback_groups():
            form_layout.addWidget(group)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        layout.addWidget(scroll, 1)

        document.sigTrainingChanged.connect(self._load)
        document.sigTrainingChanged.connect(self._say_when_settings_apply)
        document.sigReplaced.connect(self._load)
        document.sigReplaced.connect(self._forget_message)
        for signal in (document.sigSpecChanged, document.sigDatasetChanged, document.sigTrainingChanged):
            signal.connect(self.revalidate)
        document.sigSpecChanged.connect(self._update_gradient_warning)
        runner.sigStateChanged.connect(self._on_state)
        runner.sigModelReady.connect(self._on_model_ready)
        runner.sigEvents.connect(self._on_events)
        runner.sigMessage.connect(self._on_message)
        runner.sigFinished.connect(self._on_finished)
        self._update_gradient_warning()
        self._load()
        self._clear_progress()
        self._on_state(runner.state)

    # ================================================================== controls
    def _make_actions(self) -> None:
        style = self.style()
        SP = QStyle.StandardPixmap

        def action(name: str, icon: SP, text: str, tip: str, shortcut: str, slot: Callable[[], None]) -> QAction:
            act = QAction(style.standardIcon(icon), text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(shortcut))
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({keys})")
            act.triggered.connect(slot)
            self.addAction(act)  # the shortcut works wherever the panel's window has the focus
            return act

        self.play_action = action("playAction", SP.SP_MediaPlay, self.tr("Train"),
                                  self.tr("Train, resume, or continue training the current model"), "F5", self._play)
        self.pause_action = action("pauseAction", SP.SP_MediaPause, self.tr("Pause"),
                                   self.tr("Pause after the current batch"), "F6", self.runner.pause)
        self.step_action = action("stepAction", SP.SP_MediaSkipForward, self.tr("Step"),
                                  self.tr("Train exactly one batch, then pause"), "F10", self._step)
        self.stop_action = action("stopAction", SP.SP_MediaStop, self.tr("Stop"),
                                  self.tr("Stop after the current batch (the model is kept)"), "Shift+F5",
                                  self.runner.stop)
        self.reset_action = action("resetAction", SP.SP_BrowserReload, self.tr("Reset"),
                                   self.tr("Stop and forget the model: the next run starts from new initial weights"),
                                   "Ctrl+Shift+F5", self.runner.reset)

    def _make_controls(self, own_picker: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, act in (("playButton", self.play_action), ("pauseButton", self.pause_action),
                          ("stepButton", self.step_action), ("stopButton", self.stop_action),
                          ("resetButton", self.reset_action)):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setDefaultAction(act)
            button.setAccessibleName(act.text())
            button.setAutoRaise(True)
            row.addWidget(button)
        row.addSpacing(12)
        if own_picker:
            row.addWidget(self.backend_picker)
        row.addStretch(1)
        return row

    def _make_readouts(self) -> QGridLayout:
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.readouts: dict[str, QLabel] = {}
        # two rows of two, so the panel fits a narrow dock: epoch | loss, accuracy | val loss
        for index, (key, caption, sample) in enumerate((
            ("epoch", self.tr("epoch"), "000,000"),
            ("loss", self.tr("loss"), "0000.0000"),
            ("accuracy", self.tr("accuracy"), "100.0 %"),
            ("val_loss", self.tr("val loss"), "0000.0000"),
            ("learning_rate", self.tr("learning rate"), "0.000e-00"),
        )):
            row, column = divmod(index, 2)
            title = QLabel(caption, self)
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value = QLabel(self)
            value.setObjectName(f"{key}Readout")
            value.setFont(fixed)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setFixedWidth(value.fontMetrics().horizontalAdvance(sample) + 4)
            grid.addWidget(title, row, 3 * column)
            grid.addWidget(value, row, 3 * column + 1)
            self.readouts[key] = value
            if key == "accuracy":
                self.metric_title = title   # renamed for a regression run: "MAE" (metric_readout)
            if key == "learning_rate":      # shown while a plateau can lower it (see _show_learning_rate)
                self._learning_rate_title = title
                value.setToolTip(self.tr("The learning rate of the last epoch: lowered on a plateau, it differs "
                                         "from the one set above, where each run starts"))
        grid.setColumnMinimumWidth(2, 12)
        grid.setColumnStretch(5, 1)
        self._clear_readouts()
        return grid

    def _fields_settled(self) -> bool:
        """Apply what the number fields show before a start; False (and why) when one holds a refused value.
        The "did not start" line goes once that field no longer shows the refused value."""
        refused = refused_fields(self.window())
        if refused:
            self._refused_start = self.tr("Training did not start: {0}").format(refused[0]._refused)
            self.message.setText(self._refused_start)
            self.message.setStyleSheet(PROBLEM_STYLE)
            self.message.show()
            refused[0].sigRefusalCleared.connect(self._forget_refused_start,
                                                 Qt.ConnectionType.SingleShotConnection)
        return not refused

    @Slot()
    def _say_when_settings_apply(self) -> None:
        """A training setting changed while a run is running or paused: that run goes on with the frozen copy
        it started from (a CSV log switched off still wrote, a new factor was not used), so say when the
        change applies."""
        if self.runner.state in (RunState.RUNNING, RunState.PAUSED):
            self.sigNotice.emit(self.tr("The current run goes on with the settings it started with; this change "
                                        "applies when training next starts (Stop, then Train, or Reset)."))

    @Slot()
    def _forget_refused_start(self) -> None:
        if self._refused_start and self.message.text() == self._refused_start:
            self.message.hide()
        self._refused_start = ""

    @Slot()
    def _play(self) -> None:
        if not self._fields_settled():
            return
        self.before_start()
        ended = self._end_run_on_other_data()
        if self.runner.state == RunState.PAUSED:
            self.runner.resume()
        elif not self.runner.is_active:
            self._start(paused=False)
        self._say_run_ended(ended)

    def _end_run_on_other_data(self) -> bool:
        """The data changed while the run was paused: that run trains the data it started with, so Play
        does not resume it but starts a new run on the data shown, from new initial weights (as after a run
        that ended: a model continues training only on its own data). The paused run ends as Stop ends it, so
        the Runs panel keeps it with its model: it was forgotten, and with it the learner's training, even
        when the new data then could not be read and nothing else trained."""
        paused = self.runner.idle_run() if self.runner.state == RunState.PAUSED else None
        if paused is None or paused.project.dataset == self.document.snapshot().dataset:
            return False
        self.runner.stop_and_deliver(5000, user_input=False)   # no second Play meanwhile
        return True

    def _say_run_ended(self, ended: bool) -> None:
        """After the new run started (its own "training starts from new weights" would hide this)."""
        if ended:
            self.sigNotice.emit(self.tr("The data changed while the training was paused: that run was stopped "
                                        "(it is in the Runs panel) and a new run starts on the new data, from new "
                                        "initial weights."))

    @Slot()
    def _step(self) -> None:
        if not self._fields_settled():
            return
        self.before_start()
        ended = self._end_run_on_other_data()
        if self.runner.state == RunState.PAUSED or self.runner.stepping:   # each click one more batch
            self.runner.step()
        elif not self.runner.is_active:
            self._start(paused=True)
            self.runner.step()
        self._say_run_ended(ended)

    def _start(self, paused: bool) -> None:
        hint = model_hint(self.document.spec)
        if hint:  # it still trains (the flat loss is the lesson), but the learner is told why first
            self.sigNotice.emit(hint)
        backend, device = self.backend_picker.current_backend()
        path = self.document.path
        self.runner.start(self.document.snapshot(), backend, device, path.parent if path else None, paused=paused,
                          chosen_dirs=self.chosen_dirs)

    @Slot(object)
    def _on_model_ready(self, _report: object = None) -> None:
        """A resting model with its own weights (a run's model loaded, an import, weights kept or typed in):
        Reset forgets them, back to the seeded initial draw (it stayed disabled, with no way back but an edit)."""
        if self.runner.state == RunState.IDLE:
            self.reset_action.setEnabled(self.runner.has_custom_weights)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        state = RunState(state)
        flags = _ENABLED[state]
        for act, enabled in zip((self.play_action, self.pause_action, self.step_action, self.stop_action,
                                 self.reset_action), flags, strict=False):
            act.setEnabled(enabled)
        if state == RunState.RUNNING and self.runner.stepping:
            # Step stays pressable while its batch trains (the first of a TensorFlow run takes seconds): each
            # click is one more batch; fifteen quick clicks trained one
            self.step_action.setEnabled(True)
        set_enabled(self.backend_picker, not state.active)   # its focus to the window, not the data panel
        if state == RunState.IDLE:
            self._clear_readouts()
            self._clear_progress()
            self.message.hide()
        elif state == RunState.RUNNING:
            self.message.hide()

    @Slot(object)
    def _on_events(self, events: list) -> None:
        epoch_end = None
        shown = None
        for event in events:
            kind = event["event"]
            if kind == "train_begin":
                if event["initial_epoch"] == 0:
                    self._clear_readouts()
                self.progress.setRange(0, max(1, event["epochs"]))
                self.progress.setValue(event["initial_epoch"])
            elif kind == "epoch_end":
                epoch_end = event
            epoch = epoch_shown(event)
            if epoch is not None:
                shown = epoch
        if epoch_end is not None:
            self._show_epoch(epoch_end)
        if shown is not None:  # from 1, as Keras prints it: during epoch 1 the readout says 1
            self.readouts["epoch"].setText(f"{shown:07,d}")

    @Slot(str)
    def _on_message(self, text: str) -> None:
        error = self.runner.state == "error"
        self.message.setText(text)
        self.message.setStyleSheet(PROBLEM_STYLE if error else "")
        self.message.show()
        self._build_error = False

    @Slot(object)
    def _on_finished(self, terminal: dict) -> None:
        # a run that could not be built: its reason is a property of the project, checked again on edits
        # (a backend that cannot load is not: no project edit makes it go away)
        self._build_error = (terminal.get("event") == "error" and terminal.get("stage") == "build"
                             and terminal.get("reason") != "BackendUnavailable")
        if self._build_error:
            self.message.setText(self._with_hint(self.message.text()))

    def _with_hint(self, text: str) -> str:
        """``text`` and, on a line of its own, how to fix the project when the window knows one."""
        hint = self.fix_hint() if self.fix_hint is not None else ""
        return f"{text}\n{hint}" if hint else text

    @Slot()
    def revalidate(self) -> None:
        """After a change of the project: drop the build error once its cause is gone, or say what is
        wrong now."""
        if not self._build_error or self.problem_check is None or self.message.isHidden():
            return
        problem = self.problem_check()
        if problem is None:
            return
        if problem:
            self.message.setText(self._with_hint(self.tr("Cannot start training: {0}").format(problem)))
        else:
            self._forget_message()

    @Slot()
    def _forget_message(self) -> None:
        old = self.message.text()
        self._build_error = False
        if old:
            self.sigMessageCleared.emit(old)
        self.message.clear()
        self.message.setStyleSheet("")
        self.message.hide()

    @Slot()
    def _update_gradient_warning(self) -> None:
        hint = model_hint(self.document.spec)
        self.gradient_warning.setText("⚠ " + hint if hint else "")
        self.gradient_warning.setVisible(bool(hint))

    def _show_epoch(self, event: dict) -> None:
        logs = event["logs"]
        self.progress.setValue(event["epoch"] + 1)
        self.readouts["epoch"].setText(f"{event['epoch'] + 1:07,d}")
        self.readouts["loss"].setText(_loss_text(logs.get("loss")))
        self.readouts["val_loss"].setText(_loss_text(logs.get("val_loss")))
        key = self.metric_readout(logs)
        value = logs.get(key)
        text = _loss_text(value) if key != "accuracy" else "—" if value is None else f"{100 * value:5.1f} %"
        self.readouts["accuracy"].setText(text)
        if "learning_rate" in logs:
            self._show_learning_rate(logs["learning_rate"])

    def _show_learning_rate(self, value: float | None) -> None:
        """The learning-rate readout: the run's rate when it reports one (ReduceLROnPlateau), shown only
        while the project lowers it on plateaus or a run reported it."""
        shown = value is not None or any(c["class_name"] == "ReduceLROnPlateau"
                                         for c in self.document.project.training.callbacks)
        self._learning_rate_title.setVisible(shown)
        self.readouts["learning_rate"].setVisible(shown)
        self.readouts["learning_rate"].setText("—" if value is None else f"{value:.4g}")

    def metric_readout(self, logs: dict | None = None) -> str:
        """The metric the third readout shows: accuracy, or for regression the project's first metric (MAE,
        MSE); its caption follows (a regression run showed "accuracy —" throughout)."""
        if logs:   # what the run reports (not ReduceLROnPlateau's learning_rate)
            keys = [k for k in logs if k not in ("loss", "learning_rate") and not k.startswith("val_")]
        else:      # before a run: what the project asks for
            keys = list(self.document.project.training.metrics)
        key = "accuracy" if "accuracy" in keys or not keys else keys[0]
        self.metric_title.setText(metric_name(key))
        return key

    def _clear_progress(self) -> None:
        self.progress.setRange(0, max(1, self.document.project.training.epochs))
        self.progress.setValue(0)

    def _clear_readouts(self) -> None:
        self.readouts["epoch"].setText(f"{0:07,d}")
        for key in ("loss", "val_loss", "accuracy"):
            self.readouts[key].setText("—")
        self._show_learning_rate(None)
        self.metric_readout()

    # ================================================================== settings form
    def _make_optimizer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Loss and optimizer"), self)
        form = QFormLayout(group)
        self.loss_box = QComboBox(group)
        self.loss_box.setObjectName("lossBox")
        shrinkable(self.loss_box)
        names = self._loss_names()
        for key in LOSSES:
            self.loss_box.addItem(names[key], key)
        self.loss_box.setToolTip(self.tr("What training minimises: how far the predictions are from the targets"))
        self.loss_box.currentIndexChanged.connect(self._on_loss)
        form.addRow(self.tr("Loss function"), self.loss_box)

        self.optimizer_box = QComboBox(group)
        self.optimizer_box.setObjectName("optimizerBox")
        for key in OPTIMIZER_DEFAULTS:
            self.optimizer_box.addItem(key, key)
        self.optimizer_box.setToolTip(self.tr("How the weights are updated from the gradients; the learning rate is kept"))
        self.optimizer_box.currentIndexChanged.connect(self._on_optimizer)
        form.addRow(self.tr("Optimizer"), self.optimizer_box)

        self.learning_rate_box = LearningRateBox(group, FieldMessage(group))
        self.learning_rate_box.setObjectName("learningRateBox")
        self.learning_rate_box.setToolTip(self.tr("How big a step each update takes along the gradient"))
        self.learning_rate_box.valueChanged.connect(self._on_learning_rate)
        form.addRow(self.tr("Learning rate"), self.learning_rate_box)
        form.addRow(self.learning_rate_box.message)

        # Every optimizer's settings are rows of this form (aligned with the rows above); only the
        # current optimizer's rows are visible.
        labels = self._setting_labels()
        self._optimizer_form = form
        self.optimizer_settings: dict[tuple[str, str], QWidget] = {}
        for cls, keys in OPTIMIZER_SETTINGS.items():
            for key in keys:
                widget = self._setting_widget(cls, key, group)
                self.optimizer_settings[(cls, key)] = widget
                if isinstance(widget, QCheckBox):
                    widget.setText(labels[key])
                    form.addRow(widget)
                else:
                    form.addRow(labels[key], widget)
                    form.addRow(widget.message)
        return group

    def _show_optimizer_settings(self, cls: str) -> None:
        for (owner, _key), widget in self.optimizer_settings.items():
            self._optimizer_form.setRowVisible(widget, owner == cls)
            if isinstance(widget, NumberField) and owner != cls:
                widget.message.say("")

    def _setting_widget(self, cls: str, key: str, parent: QWidget) -> QWidget:
        widget: QWidget
        if isinstance(OPTIMIZER_DEFAULTS[cls][key], bool):
            widget = QCheckBox(parent)
            widget.toggled.connect(lambda on, c=cls, k=key: self._on_setting(c, k, bool(on)))
        else:
            widget = NumberField(OPTIMIZER_RANGES[key], lambda k=key: self._setting_labels()[k], parent,
                                 step=_STEPS[key], message=FieldMessage(parent))
            widget.valueChanged.connect(lambda v, c=cls, k=key: self._on_setting(c, k, float(v)))
        widget.setObjectName(f"{cls}_{key}")
        return widget

    def _make_batches_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Batches and epochs"), self)
        form = QFormLayout(group)
        self.batch_size_box = self._int_box(group, "batchSizeBox", "batch_size", self.tr("Batch size"),
                                            self.tr("Change batch size"))
        self.batch_size_box.setToolTip(self.tr("Samples per weight update (mini-batch)"))
        self._add_field(form, self.tr("Batch size"), self.batch_size_box)
        self.epochs_box = self._int_box(group, "epochsBox", "epochs", self.tr("Epochs"), self.tr("Change epochs"))
        self.epochs_box.setToolTip(self.tr("Passes over the training set; Train after a finished run trains this many more"))
        self._add_field(form, self.tr("Epochs"), self.epochs_box)
        self.validation_box = NumberField(TRAINING_RANGES["validation_split"], lambda: self.tr("Validation split"),
                                          group, step=5, scale=100, suffix=" %", message=FieldMessage(group),
                                          fits="99.5 %")
        self.validation_box.setObjectName("validationSplitBox")
        self.validation_box.setToolTip(self.tr(
            "Share of the training samples (the last ones) held out to measure val loss; "
            "ignored when the dataset has its own validation set"))
        self.validation_box.valueChanged.connect(self._on_validation)
        self._add_field(form, self.tr("Validation split"), self.validation_box)
        self.seed_box = self._int_box(group, "seedBox", "seed", self.tr("Seed"), self.tr("Change seed"))
        self.seed_box.setToolTip(self.tr("The same seed gives the same initial weights and batch order"))
        self._add_field(form, self.tr("Seed"), self.seed_box)
        return group

    def _int_box(self, parent: QWidget, name: str, field: str, label: str, text: str) -> NumberField:
        box = NumberField(TRAINING_RANGES[field], label, parent, message=FieldMessage(parent), fits="1000000")
        box.setObjectName(name)

        def changed(value: int) -> None:
            self._edit(text, field, lambda cfg: setattr(cfg, field, int(value)))

        box.valueChanged.connect(changed)
        return box

    def _loss_names(self) -> dict[str, str]:
        return {
            "mean_squared_error": self.tr("Mean squared error (MSE)"),
            "mean_absolute_error": self.tr("Mean absolute error (MAE)"),
            "huber": self.tr("Huber"),
            "binary_crossentropy": self.tr("Binary cross-entropy"),
            "categorical_crossentropy": self.tr("Categorical cross-entropy (one-hot targets)"),
            "sparse_categorical_crossentropy": self.tr("Sparse categorical cross-entropy (class numbers)"),
        }

    def _setting_labels(self) -> dict[str, str]:
        return {
            "momentum": self.tr("Momentum"),
            "nesterov": self.tr("Nesterov momentum"),
            "beta_1": self.tr("β₁ (gradient decay)"),
            "beta_2": self.tr("β₂ (squared-gradient decay)"),
            "amsgrad": self.tr("AMSGrad"),
            "rho": self.tr("ρ (squared-gradient decay)"),
            "centered": self.tr("Centered"),
            "initial_accumulator_value": self.tr("Initial accumulator"),
        }

    # ================================================================== edits -> commands
    def _edit(self, text: str, merge_key: str, change: Callable[[TrainingConfig], None]) -> None:
        """Apply ``change`` to a copy of the training config and push it as one undoable command."""
        if self._loading:
            return
        config = self.document.section("training")
        change(config)
        try:
            config = TrainingConfig.from_dict(config.to_dict())
        except (ProjectError, ConfigError) as exc:  # a value the widgets allow but the config does not: say so, show the truth
            self._on_message(render_error(exc))

            self._load()
            return
        push(self.document, "training", config, text, merge_key)

    def _on_loss(self, _index: int) -> None:
        name = self.loss_box.currentData()

        def change(cfg: TrainingConfig) -> None:
            cfg.loss = normalize_loss({"name": name, "from_logits": cfg.loss.get("from_logits", False)})

        self._edit(self.tr("Change loss"), "loss", change)

    def _on_optimizer(self, _index: int) -> None:
        cls = self.optimizer_box.currentData()

        def change(cfg: TrainingConfig) -> None:
            lr = cfg.optimizer["config"]["learning_rate"]
            cfg.optimizer = {"class_name": cls, "config": {**OPTIMIZER_DEFAULTS[cls], "learning_rate": lr}}

        self._show_optimizer_settings(cls)
        self._edit(self.tr("Change optimizer"), "optimizer", change)

    def _on_learning_rate(self, value: float) -> None:
        def change(cfg: TrainingConfig) -> None:
            cfg.optimizer["config"]["learning_rate"] = float(value)

        self._edit(self.tr("Change learning rate"), "optimizer.learning_rate", change)

    def _on_setting(self, cls: str, key: str, value: Any) -> None:
        def change(cfg: TrainingConfig) -> None:
            if cfg.optimizer["class_name"] == cls:
                cfg.optimizer["config"][key] = value

        self._edit(self.tr("Change {0}").format(key), f"optimizer.{key}", change)

    def _on_validation(self, percent: float) -> None:
        def change(cfg: TrainingConfig) -> None:
            cfg.validation_split = round(percent / 100, 12)

        self._edit(self.tr("Change validation split"), "validation_split", change)

    # ================================================================== document -> form
    @Slot()
    def _load(self) -> None:
        """Show the document's training config (after undo, redo, open) without pushing commands."""
        if self._refused_start and self.message.text() == self._refused_start:
            self.message.hide()   # the settings changed since: the refusal is history
        self._refused_start = ""
        cfg = self.document.project.training
        self._loading = True
        try:
            self.loss_box.setCurrentIndex(max(0, self.loss_box.findData(cfg.loss["name"])))
            cls = cfg.optimizer["class_name"]
            self.optimizer_box.setCurrentIndex(max(0, self.optimizer_box.findData(cls)))
            self._show_optimizer_settings(cls)
            settings = cfg.optimizer["config"]
            self.learning_rate_box.setValue(settings["learning_rate"])
            for (owner, key), widget in self.optimizer_settings.items():
                value = settings.get(key, OPTIMIZER_DEFAULTS[owner][key]) if owner == cls else OPTIMIZER_DEFAULTS[owner][key]
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                else:
                    widget.setValue(float(value))
            self.batch_size_box.setValue(cfg.batch_size)
            self.epochs_box.setValue(cfg.epochs)
            self.validation_box.setValue(round(cfg.validation_split * 100, 10))
            self.seed_box.setValue(cfg.seed)
            self._load_callbacks(cfg)
            if self.runner.state == RunState.IDLE:
                self._clear_progress()
                self._show_learning_rate(None)   # the readout comes and goes with ReduceLROnPlateau
                self.metric_readout()   # accuracy or MAE, as the project's metrics now say
        finally:
            self._loading = False


def _loss_text(value: float | None) -> str:
    """Four decimals, or four significant digits for a value below 0.001 (a loss of 4.5e-05 read "0.0000")
    or from 10,000 up."""
    if value is None:
        return "—"
    return f"{value:.4f}" if 1e-3 <= abs(value) < 1e4 or value == 0 else f"{value:.3e}"
