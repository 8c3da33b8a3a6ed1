"""The main window (shared/UI.md): DATA on the left, MODEL in the middle, OUTPUT on the right, one row of
controls on top, a status line at the bottom. Every panel is a dock the user can move, close and restore
(View menu); the layout, the window geometry, the recent files and the language persist in QSettings.
"""
from __future__ import annotations

import json
import os
import sys
from typing import cast

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QFrame,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabBar,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ..engine.probes import decision_unavailable
from ..engine.trainer import epoch_shown
from ..particles import with_particles
from . import settings
from .challenge.banner import ChallengeBanner
from .challenge.controls import ChallengeGuard
from .challenge.dialog import ChallengeDialog
from .colors import LOCK_BANNER_STYLE
from .dialogs import AboutDialog, PreferencesDialog, ShortcutsDialog, shortcut_rows
from .document import ProjectDocument
from .editor import commands
from .editor.dataset_panel import DatasetPanel
from .editor.inspector import LayerInspector
from .editor.palette import LayerPalette
from .editor.stack_editor import StackEditor
from .example_texts import example_text
from .fields import NumberField
from .file_actions import FileActionsMixin
from .fit_width import FitWidth
from .focus import set_enabled
from .i18n import render_error
from .menus import build_menus, fill_recent_menu
from .metric_names import metric_name
from .run.backend_picker import BackendPicker
from .run.pace import PaceControl
from .run.state import EDITABLE_STATES, RunState
from .run.toolbar import QuickControls
from .run.training_panel import TrainingPanel
from .run.worker import TrainingRunner
from .runs.panel import RunsPanel
from .views.activation_view import ActivationView
from .views.decision_plot import DecisionRegionPlot
from .views.live import LiveView
from .views.loss_plot import LossPlot
from .views.network_view import NetworkView
from .views.results_panel import ResultsPanel
from .wheel_guard import guard_wheels

BACKEND_TITLES = {"numpy": "NumPy", "tensorflow": "TensorFlow"}


class OutputArea(QWidget):
    """The OUTPUT column: the decision regions over the data (when it can be drawn in 2-D) above the
    loss and metric curves."""

    def __init__(self, loss_plot: QWidget, decision_plot: DecisionRegionPlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outputArea")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.decision_plot = decision_plot
        self.splitter.addWidget(decision_plot)
        self.splitter.addWidget(loss_plot)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter)
        decision_plot.hide()

    def show_dataset(self, dataset) -> None:
        self.decision_plot.set_dataset(dataset)
        drawable = dataset is not None and decision_unavailable(dataset) is None
        was_visible = self.decision_plot.isVisibleTo(self)
        self.decision_plot.setVisible(drawable)  # images and the like: the curves get the whole column
        if drawable and not was_visible:
            total = max(self.splitter.height(), 500)
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])


class StatusReadout(LiveView, QLabel):
    """"Epoch 120 · loss 0.041 · val 0.052 · 1,840 samples/s · NumPy", from the runner's events: the
    epoch as ``engine.trainer.epoch_shown`` counts it (from 1: "Epoch 1" while the first epoch runs),
    the losses from ``epoch_end`` (and the latest batch's loss), the speed as the engine measured
    it over the last epoch (``epoch_end``'s ``samples_per_second``)."""

    draw_hidden = True
    #: the epoch the line shows changed (drawn with the curves, in the same frame: ``live.FrameClock``)
    sigEpochShown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusReadout")
        self._epoch_due: int | None = None
        self.backend = "NumPy"
        self.reset()

    def reset(self) -> None:
        self.epoch = 0
        self.loss = self.val_loss = None
        self.batch_loss = False   # the loss shown is the last batch's, not an epoch's (the Training panel's)
        self.rate = None
        self.evaluation: dict | None = None  # the resting model's numbers (show_evaluation)
        self.shown_epoch: int | None = None
        self._epoch_due = None
        self.refresh()

    def clear_live(self) -> None:
        self.reset()

    def on_run_events(self, events: list) -> None:
        epoch = self.feed(events, refresh=False)
        if epoch is not None:
            self._epoch_due = epoch
        self.request_frame()  # the text changes with the curves, not before them

    def draw_frame(self) -> None:
        self.refresh()
        epoch, self._epoch_due = self._epoch_due, None
        self.shown_epoch = epoch
        if epoch is not None:
            self.sigEpochShown.emit(epoch)

    def set_backend(self, name: str) -> None:
        self.backend = name
        self.refresh()

    def feed(self, events: list, batch_size: int | None = None, *, refresh: bool = True) -> int | None:
        """Take a payload of runner events; returns the epoch to show (or None when unchanged).
        (``batch_size`` is accepted for old callers; the speed comes from the engine.) ``refresh=False``:
        the text changes at the next :meth:`refresh`."""
        shown_epoch = None
        for event in events:
            kind = event.get("event")
            if kind in ("train_begin", "batch_end", "epoch_end"):
                self.evaluation = None
            epoch = epoch_shown(event)  # from 1, as Keras prints it: during epoch 1 the line says 1
            if epoch is not None:
                self.epoch = shown_epoch = epoch
            if kind == "batch_end" and event.get("loss") is not None:
                self.loss, self.batch_loss = event["loss"], True
            elif kind == "epoch_end":
                logs = event.get("logs", {})
                if logs.get("loss") is not None:
                    self.loss, self.batch_loss = logs["loss"], False
                self.val_loss = logs.get("val_loss", self.val_loss)
                rate = event.get("samples_per_second")
                if rate is not None and rate == rate and rate != float("inf"):
                    self.rate = float(rate)
                shown_epoch = self.epoch
        if refresh:
            self.refresh()
        return shown_epoch

    def refresh(self) -> None:
        parts = [self.tr("Epoch {0}").format(self.epoch)]
        if self.loss is not None:   # a batch's loss is said so: beside it the Training panel shows the epoch's
            parts.append((self.tr("batch loss {0}") if self.batch_loss else self.tr("loss {0}")).format(_num(self.loss)))
        if self.val_loss is not None:
            parts.append(self.tr("val {0}").format(_num(self.val_loss)))
        if self.rate is not None:
            parts.append(self.tr("{0} samples/s").format(f"{round(self.rate):,}"))
        if self.evaluation is not None:
            for name, value in self.evaluation.items():
                if name == "loss":
                    continue
                shown = f"{100 * value:.1f} %" if name == "accuracy" else _num(value)
                parts.append(self.tr("{0} {1}").format(metric_name(name), shown))
        parts.append(self.backend)
        self.setText(" · ".join(parts))

    def forget_evaluation(self) -> None:
        """The project as it is now gives no model (it does not fit the data, or is not wired up): the
        numbers of the model shown before are no longer this project's."""
        if self.evaluation is None:
            return
        self.loss = self.val_loss = None
        self.evaluation = None
        self.setToolTip("")
        self.refresh()

    def show_evaluation(self, logs: dict) -> None:
        """Loss and metrics of the model as it is now (no batch trained since: initial, imported or typed-in
        weights), measured on the training data."""
        self.loss, self.batch_loss = logs.get("loss", self.loss), False
        self.evaluation = {k: float(v) for k, v in logs.items()}
        self.refresh()
        self.setToolTip(self.tr("Loss and metrics of the model as it is now, on the training data"))


class _SpaceForControls(QObject):
    """Space goes to the check box, button or drop-down that has the focus, not to the window's Space shortcut
    (Play/Pause): such a widget takes the key first, as a text field does (Qt's ShortcutOverride). So does a
    group box with a check in its title (the Training tab's callbacks)."""

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and (isinstance(obj, (QAbstractButton, QComboBox))
                     or (isinstance(obj, QGroupBox) and obj.isCheckable()))):
            event.accept()
            return True
        return False


def _num(value) -> str:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{value:.3g}" if abs(value) < 1e-3 or abs(value) >= 1e4 else f"{value:.3f}"


class MainWindow(FileActionsMixin, QMainWindow):
    """annstudio's window. ``document`` and ``runner`` may be given (tests); otherwise new ones are made."""

    def __init__(self, document: ProjectDocument | None = None, runner: TrainingRunner | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.document = document or ProjectDocument()
        self.document.setParent(self)
        self.runner = runner or TrainingRunner(self)
        self.actions_by_name = {}
        self.docks: dict[str, QDockWidget] = {}
        self._importing = False  # File > Import pushes the imported model: no keep/reset question
        self._asking = False  # the keep/reset question is on its way
        self._pending_question: int | None = None   # the undo index before the edit it asks about
        self._keep_answer = False  # the learner chose "keep weights" for this model: later edits keep too
        self._known_index = self.document.undo_stack.index()
        self._closing = False
        self._run_message = ""   # the runner's last message in the status line (a run's end, an error)
        self.autosaver = None  # an ``autosave.Autosaver`` (the app makes one; tests may)
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowNestedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)

        self._build_widgets()
        self._build_docks()
        self._build_toolbar()
        self._build_challenge_bar()
        build_menus(self)
        self._build_status()
        self._connect()
        guard_wheels(self)   # the wheel over an unfocused spin or combo box scrolls the page, not the value
        self._default_size()
        self._initial_state = self.saveState(settings.LAYOUT_VERSION)  # the default arrangement (View > Reset layout)
        self._initial_docks = set(self.docks)   # the docks that arrangement places (labs come later)
        self._restored = settings.restore_window(self)
        self.show_challenge()  # a stored layout shows what the challenge hides: hide it again
        self._shown_once = False
        self._update_title()
        if os.environ.get("ANNSTUDIO_TEST_GEOMETRY"):
            QTimer.singleShot(300, self._report_geometry)

    # ------------------------------------------------------------------ construction
    def _build_widgets(self) -> None:
        self.dataset_panel = DatasetPanel(self.document, base_dir=self.base_dir)
        self.palette = LayerPalette()
        self.stack_editor = StackEditor(self.document)
        self.inspector = LayerInspector(self.document)
        self.backend_picker = BackendPicker()
        self.training_panel = TrainingPanel(self.document, self.runner, backend_picker=self.backend_picker)
        self.training_panel.before_start = self.answer_pending_edit
        # the live views: each follows the runner (probes registered, payloads routed; see views/live.py)
        self.live_views: list[LiveView] = []
        self.loss_plot = LossPlot()
        self.loss_plot.follow(self.runner, self.document)
        self.loss_plot.export_folder = self._start_dir
        self.live_views.append(self.loss_plot)
        self.decision_plot = self.add_live_view(DecisionRegionPlot())
        self.output = OutputArea(self.loss_plot, self.decision_plot)
        self.network_view = self.add_live_view(NetworkView(self.document))
        self.activation_view = self.add_live_view(ActivationView(self.document))
        # its own weights probe (1/s for the first-layer images), not the diagram's 10/s one: a tab that is
        # not in front costs nothing, so each pays only for what it shows
        self.results_panel = self.add_live_view(ResultsPanel())
        # every run kept beside the project and compared (gui/runs/panel.py; it follows the runner itself)
        self.runs_panel = RunsPanel(self.document, self.runner, self.loss_plot, self.backend_picker.current_backend,
                                    lambda: self._schedule_prepare())
        self.history_view = QUndoView(self.document.undo_stack)
        self.history_view.setObjectName("undoHistory")
        self.history_view.setEmptyLabel(self.tr("<opened project>"))

    def add_live_view(self, view):
        """Have ``view`` (a ``LiveView``) follow this window's runner; returns it."""
        view.follow(self.runner)
        self.live_views.append(view)
        return view

    def _dock(self, key: str, title: str, widget: QWidget, scroll: bool = False) -> QDockWidget:
        """A dock for ``widget``; ``scroll``: inside a scroll area, so the panel's minimum size does not set
        the window's (a small window shows scroll bars instead of pushing docks over each other)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{key}Dock")
        if scroll:
            area = QScrollArea()
            area.setObjectName(f"{key}Scroll")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(widget)
            dock.setWidget(area)
        else:
            dock.setWidget(widget)
        dock.toggleViewAction().setObjectName(f"action_view_{key}")
        dock.dockLocationChanged.connect(lambda _area: QTimer.singleShot(0, self.tidy_tab_bars))  # new tab bars
        self.docks[key] = dock
        for view in self.live_views:  # a tab behind another stays "visible" for Qt: tell the view
            if view is widget or widget.isAncestorOf(view):
                dock.visibilityChanged.connect(view.set_on_screen)
        return dock

    def _with_lock_banner(self, widget: QWidget, name: str) -> QWidget:
        """``widget`` under a banner that shows while training runs: the model cannot be edited then."""
        box = QWidget(self)
        box.setObjectName(f"{name}Box")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        banner = QLabel(self.tr("Training is running: pause or stop the training to edit the model."), box)
        banner.setObjectName(f"{name}LockBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(LOCK_BANNER_STYLE)
        banner.hide()
        layout.addWidget(banner)
        layout.addWidget(widget, 1)
        self.lock_banners.append(banner)
        return box

    def _build_docks(self) -> None:
        self.lock_banners: list[QLabel] = []
        data = self._dock("datasetPanel", self.tr("Data"), self.dataset_panel, scroll=True)
        # the data column scrolls up and down only: it stays as wide as each data set's panel needs
        self.data_fit = FitWidth(cast(QScrollArea, data.widget()))
        palette = self._dock("layerPalette", self.tr("Layers"), self.palette)
        stack = self._dock("stackEditor", self.tr("Model"), self._with_lock_banner(self.stack_editor, "stack"))
        inspector = self._dock("layerInspector", self.tr("Inspector"), self._with_lock_banner(self.inspector, "inspector"))
        history = self._dock("undoHistory", self.tr("Undo history"), self.history_view)
        training = self._dock("trainingPanel", self.tr("Training"), self.training_panel, scroll=True)
        network = self._dock("networkView", self.tr("Network diagram"), self.network_view)
        activations = self._dock("activationPlot", self.tr("Activations"), self.activation_view, scroll=True)
        results = self._dock("resultsPanel", self.tr("Results"), self.results_panel, scroll=True)
        output = self._dock("outputArea", self.tr("Output"), self.output)
        runs = self._dock("runsPanel", self.tr("Runs"), self.runs_panel)
        # Columns: DATA | palette + stack over the tabs | OUTPUT (no central widget: the docks fill the window)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, data)
        self.splitDockWidget(data, palette, Qt.Orientation.Horizontal)
        self.splitDockWidget(palette, inspector, Qt.Orientation.Vertical)
        self.splitDockWidget(palette, stack, Qt.Orientation.Horizontal)
        # UI.md's tab row under the stack: Network diagram | Activations | Inspector | Results (+ Training, history)
        self.tabifyDockWidget(inspector, network)
        self.tabifyDockWidget(inspector, activations)
        self.tabifyDockWidget(inspector, results)
        self.tabifyDockWidget(inspector, training)
        self.tabifyDockWidget(inspector, history)
        self.tabifyDockWidget(inspector, runs)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, output)
        training.raise_()

    def _default_proportions(self) -> None:
        """Column widths and row heights of the default layout, relative to the window's size."""
        d = self.docks
        w, h = max(self.width(), 600), max(self.height(), 400)
        if w >= 1100:
            widths = [int(w * 0.22), int(w * 0.10), int(w * 0.30), int(w * 0.38)]
        else:
            # A small window: the Layers palette becomes a tab beside Data (one column less, so the model's
            # cards keep their text); Data keeps the width it needs, Output about a third.
            if not self.tabifiedDockWidgets(d["datasetPanel"]):
                self.tabifyDockWidget(d["datasetPanel"], d["layerPalette"])
                d["datasetPanel"].raise_()
            # wide enough for every built-in data set's panel (beside a scroll bar), whichever is loaded now:
            # the default layout is the same at start-up and after View > Reset layout
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            data = max(self.data_fit.needed_width(), self.dataset_panel.comfortable_width() + bar + 4)
            output = max(self.output.minimumSizeHint().width(), int(w * 0.32))
            widths = [data, max(120, w - data - output), output]
        columns = [d["datasetPanel"], d["stackEditor"], d["outputArea"]]
        if len(widths) == 4:
            columns.insert(1, d["layerPalette"])
        self.resizeDocks(columns, widths, Qt.Orientation.Horizontal)
        self.resizeDocks([d["stackEditor"], d["layerInspector"]], [int(h * 0.55), int(h * 0.45)], Qt.Orientation.Vertical)


    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None:
            self.resize(1500, 920)
            return
        width, height = min(1560, screen.width() - 40), min(960, screen.height() - 40)
        self.resize(width, height)
        self.move(screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Training controls"), self)
        bar.setObjectName("trainingToolbar")
        bar.setIconSize(QSize(22, 22))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        panel = self.training_panel
        for name in ("play_action", "pause_action", "step_action", "stop_action", "reset_action"):
            action = getattr(panel, name)
            bar.addAction(action)
            self.actions_by_name[name.removesuffix("_action")] = action
        bar.addSeparator()
        self.pace = PaceControl(bar, self.runner)
        bar.addSeparator()
        self.quick = QuickControls(bar, self.document)
        bar.insertWidget(self.quick.backend_anchor, self.backend_picker)
        self.toolbar = bar
        # Space plays and pauses (as a video player does). A text field or spin box with the focus takes
        # the key first (Qt's ShortcutOverride), so typing a space there never starts a run.
        toggle = QAction(self.tr("Train or pause"), self)
        toggle.setObjectName("action_play_pause")
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        toggle.setAutoRepeat(False)  # a held Space toggles once, not on every repeat of the key
        toggle.triggered.connect(self.toggle_training)
        self.addAction(toggle)
        self.actions_by_name["play_pause"] = toggle
        # ... and so does a check box, a button or a drop-down with the focus: Space ticks, presses or opens it
        # (it started a run instead, and a keyboard-only learner could tick no box)
        QApplication.instance().installEventFilter(_SpaceForControls(self))

    def _build_challenge_bar(self) -> None:
        """The teacher's challenge: its goal in a row under the controls, and the guard of its locks."""
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        bar = QToolBar(self.tr("Challenge"), self)
        bar.setObjectName("challengeBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)  # not a panel the learner closes
        self.challenge_banner = ChallengeBanner(self.document, self.results_panel.results_probe)
        self.challenge_banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.add_live_view(self.challenge_banner)
        bar.addWidget(self.challenge_banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.challenge_bar = bar
        bar.setVisible(self.document.project.challenge is not None)
        self.challenge_guard = ChallengeGuard(self)
        self.document.sigChallengeChanged.connect(self.show_challenge)
        self.document.sigRefused.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def show_challenge(self) -> None:
        """The banner shown when the project has a challenge, and its locks and hidden controls applied."""
        self.challenge_bar.setVisible(self.document.project.challenge is not None)
        self.challenge_banner.refresh()
        self.challenge_guard.apply()

    def edit_challenge(self) -> None:
        """Edit › Challenge…: the teacher's dialog (its result is one undo step)."""
        ChallengeDialog(self.document, self).exec()

    def toggle_training(self) -> None:
        """Space: pause a running run, else Train (start, resume or continue) when it can."""
        panel = self.training_panel
        if self.runner.state == RunState.RUNNING:
            panel.pause_action.trigger()
        elif panel.play_action.isEnabled():
            panel.play_action.trigger()

    def _build_status(self) -> None:
        self.readout = self.add_live_view(StatusReadout())
        self.statusBar().addPermanentWidget(self.readout)  # messages show on the left, the numbers stay
        self.readout.set_backend(self._backend_title())

    def _connect(self) -> None:
        doc = self.document
        doc.sigPathChanged.connect(lambda _p: self._update_title())
        doc.sigDirtyChanged.connect(lambda _d: self._update_title())
        doc.sigMetaChanged.connect(self._update_title)
        doc.sigReplaced.connect(self._on_replaced)
        doc.sigSpecChanged.connect(self._on_spec_changed)
        doc.undo_stack.indexChanged.connect(self._on_index_changed)
        self.stack_editor.attach_palette(self.palette)
        self.stack_editor.sigCanPasteChanged.connect(lambda _can: self._on_selection(self.stack_editor.selected_names()))
        self.stack_editor.sigSelectionChanged.connect(self._on_selection)
        self.stack_editor.sigSelectionChanged.connect(self._inspect)
        self.dataset_panel.sigDatasetLoaded.connect(self.output.show_dataset)
        self.dataset_panel.sigLoadFailed.connect(lambda _m: self.output.show_dataset(None))
        self.dataset_panel.sigDatasetLoaded.connect(self._on_other_data)
        self.dataset_panel.sigLoadFailed.connect(lambda _m: self._on_other_data(None))
        self.training_panel.problem_check = self.training_problem
        self.training_panel.fix_hint = self.training_fix_hint
        self.training_panel.sigNotice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.training_panel.sigMessageCleared.connect(self._drop_status_message)
        # the cause of "Cannot start training" is gone: build the fixed project, so every view shows it
        self.training_panel.sigMessageCleared.connect(lambda _text: self.runner.clear_error())
        self.dataset_panel.sigDatasetLoaded.connect(lambda _d: self.training_panel.revalidate())
        self.dataset_panel.sigLoadFailed.connect(lambda _m: self.training_panel.revalidate())
        self.readout.sigEpochShown.connect(self._on_epoch_shown)  # the toolbar's counter with the status line
        self.runner.sigStateChanged.connect(self._on_runner_state)
        self.runner.sigFinished.connect(self._look_again_after_a_run)
        self.runner.sigMessage.connect(self._show_run_message)
        self.network_view.sigMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.network_view.sigWeightsEdited.connect(self._on_weights_edited)
        self.backend_picker_changed()
        self._on_selection(self.stack_editor.selected_names())
        # the model before any batch: built soon after each change (see _schedule_prepare)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(120)
        self._prepare_timer.timeout.connect(self._prepare_model)
        doc.sigDatasetChanged.connect(self._forget_ended_run)
        doc.sigDatasetChanged.connect(self._schedule_prepare)
        doc.sigTrainingChanged.connect(self._schedule_prepare)
        signal = getattr(self.backend_picker, "sigBackendChanged", None)
        if signal is not None:
            signal.connect(self._schedule_prepare)
        self.runner.sigModelReady.connect(self._on_model_ready)
        self.runner.sigEvaluated.connect(self._on_evaluated)
        self.runner.sigModelRefused.connect(lambda _why: self.readout.forget_evaluation())
        doc.undo_stack.canUndoChanged.connect(self._lock_undo)
        doc.undo_stack.canRedoChanged.connect(self._lock_undo)
        self._schedule_prepare()

    def _show_run_message(self, text: str) -> None:
        self._run_message = text.split("\n")[0]
        self.statusBar().showMessage(self._run_message, 10000)

    def _drop_status_message(self, text: str) -> None:
        """A message that no longer holds (an error whose cause was undone) leaves the status line too."""
        if self.statusBar().currentMessage() == text.split("\n")[0]:
            self.statusBar().clearMessage()

    def training_problem(self) -> str | None:
        """Why the project cannot be trained as it is now: "" when nothing is wrong, ``None`` when that
        cannot be told yet (the data is still loading). The same checks a run makes when it is built
        (``engine.session.check_compatible`` and loading the data), without building anything."""
        try:
            self.document.spec.validate()
        except ValueError as exc:  # SpecError: its Message, in the window's language
            return render_error(exc)
        panel = self.dataset_panel
        if panel.busy:
            return None
        if panel.dataset is None:
            return panel.error.text() if not panel.error.isHidden() and panel.error.text() else None
        return panel.mismatch()

    def training_fix_hint(self) -> str:
        """How the learner can make the model fit the data: the Data panel's button, when it alone does
        ("" otherwise)."""
        panel = self.dataset_panel
        if not panel.fit_button.isVisibleTo(panel) or not panel.fit_fixes():
            return ""
        return self.tr("“{0}” in the Data panel makes the model match the data.").format(panel.fit_button.text())

    # ------------------------------------------------------------------ title, backend, status
    def display_name(self) -> str:
        if self.document.path is not None:
            return self.document.path.name
        if self.document.project.untitled:   # the stored name is English: the window says it in its language
            return self.tr("untitled")
        return example_text(self.document.project.name)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name()}[*] — annstudio")
        self.setWindowModified(self.document.is_dirty)

    def _backend_title(self) -> str:
        backend, device = self.backend_picker.current_backend()
        title = BACKEND_TITLES.get(backend, str(backend))
        return f"{title} ({device})" if device and backend != "numpy" else title

    def backend_picker_changed(self) -> None:
        signal = getattr(self.backend_picker, "sigBackendChanged", None)
        if signal is not None:
            signal.connect(self._on_backend_picked)

    def _on_backend_picked(self, *_args: object) -> None:
        """The status line names the backend of the numbers it shows: a run's (paused or ended) keeps the
        backend it trained on until the next run starts; a resting model is evaluated with the one picked."""
        if self.runner.state == RunState.IDLE:
            self.readout.set_backend(self._backend_title())

    def _on_epoch_shown(self, epoch: int) -> None:
        self.quick.set_epoch(epoch)

    def _on_runner_state(self, state: str) -> None:
        self._update_model_lock(state)
        if state == RunState.RUNNING:
            self._keep_answer = False
            self.document.seal_edits()   # an edit after this run does not merge into one before it
            self.readout.set_backend(self._backend_title())
        elif state == RunState.IDLE:
            self.quick.set_epoch(0)
            self.readout.set_backend(self._backend_title())   # the run's numbers are gone: the one picked
            if self.statusBar().currentMessage() == self._run_message:
                self.statusBar().clearMessage()   # "Stopped after 166 epochs." of a run that Reset forgot
            if not self.runner.has_custom_weights:
                self._keep_answer = False
            self._schedule_prepare()

    def _on_weights_edited(self, _key: str) -> None:
        """A weight typed in the diagram (or its undo) changed the model: redraw what shows it (the
        diagram asked for its own probes; these run in a job thread too) and evaluate it again."""
        self.runner.weights_edited()
        self.runner.evaluate_model()
        self.decision_plot.refresh_from_model()
        self.results_panel.refresh_from_model()
        self.activation_view.request_refresh()

    def _on_replaced(self) -> None:
        self.readout.reset()
        self.quick.set_epoch(0)
        self._keep_answer = False
        self._known_index = self.document.undo_stack.index()
        self._update_title()

    # ------------------------------------------------------------------ the model the stack shows
    def _on_other_data(self, dataset: object) -> None:
        """The data panel loaded other data (or failed to): the views that show the resting model on its data
        (results, activation statistics) look again at this data, or clear, never show the old data's."""
        fits = dataset is not None and not self.dataset_panel.mismatch()
        self.results_panel.show_dataset(dataset, fits)
        self.activation_view.show_dataset(dataset, fits)

    def _look_again_after_a_run(self, _terminal: dict) -> None:
        """A run ended on data that is no longer the data shown (changed while the run was paused): its last
        results were drawn (Results showed the old data's scores under the new data); the views look again at
        the data shown, or clear."""
        run = self.runner.idle_run()
        if run is not None and run.project.dataset != self.document.snapshot().dataset:
            QTimer.singleShot(0, lambda: self._on_other_data(self.dataset_panel.dataset))

    def _forget_ended_run(self, *_args) -> None:
        """Other data after a run ended: Play starts afresh on it (a run continues only on its own data), so
        the window shows the model Play starts from, as Reset does. The run's epoch, loss and accuracy, its
        curves and its trained model on the new data stayed on screen until Play (the run itself is kept in
        the Runs panel)."""
        if self.runner.state in (RunState.FINISHED, RunState.STOPPED, RunState.ERROR) and not self.runner.is_active:
            self.runner.reset()

    def _schedule_prepare(self, *_args) -> None:
        """The project changed while nothing trains: build its model (the seeded initial weights, or the
        imported / kept ones) soon, so every view shows the weights Play will start from."""
        if self.runner.state == RunState.IDLE and not self._closing:
            self._prepare_timer.start()

    def _prepare_model(self) -> None:
        if self.runner.state != RunState.IDLE or self.runner.is_active or self._closing:
            return
        if self._asking:   # the keep/reset question is up (or on its way): its answer decides the weights;
            return         # a model built meanwhile from fresh weights was "kept" (every layer re-drawn)
        backend, device = self.backend_picker.current_backend()
        path = self.document.path
        self.runner.prepare(self.document.snapshot(), backend, device, path.parent if path else None)

    def _on_model_ready(self, report: dict) -> None:
        if report.get("kept") or report.get("reinitialised"):
            self.statusBar().showMessage(self.keep_report_text(report), 15000)

    def keep_report_text(self, report: dict) -> str:
        """"Kept the trained weights of dense, dense_1; new initial weights for dense_2 …" (the result of
        "Keep weights")."""
        parts = []
        if report.get("kept"):
            parts.append(self.tr("Kept the trained weights of {0}").format(", ".join(report["kept"])))
        if report.get("reinitialised"):
            parts.append(with_particles(self.tr("new initial weights for {0} (new, or its weight shapes changed)")
                                        .format(", ".join(report["reinitialised"]))))
        return "; ".join(parts) + ". " + self.tr("Play trains the edited model (with a fresh optimizer).")

    def _on_evaluated(self, logs: dict) -> None:
        """Loss and metrics of the model as it is now (a weight typed in, imported or initial weights)."""
        self.readout.show_evaluation(logs)

    # ------------------------------------------------------------------ editing locked while training runs
    def _update_model_lock(self, state: str) -> None:
        locked = RunState(state) == RunState.RUNNING
        reason = self.tr("Pause or stop the training to edit the model") if locked else None
        self.document.set_model_locked(reason)
        for banner in self.lock_banners:
            banner.setVisible(locked)
        tip = reason or ""
        self.palette.set_locked(reason)
        self.stack_editor.set_read_only(locked, tip)
        set_enabled(self.inspector, not locked)
        self.inspector.setToolTip(tip)
        set_enabled(self.history_view, not locked)
        self.dataset_panel.set_locked(self.tr("Pause or stop the training to change the data") if locked else None)
        self._on_selection(self.stack_editor.selected_names())
        self._lock_undo()

    def _lock_undo(self, *_args) -> None:
        """No undo or redo while training runs (it could change the model being trained); runs after the
        undo stack's own updates of the actions."""
        stack = self.document.undo_stack
        locked = self.document.model_locked is not None
        for key, can in (("undo", stack.canUndo()), ("redo", stack.canRedo())):
            action = self.actions_by_name.get(key)
            if action is not None:
                action.setEnabled(can and not locked)
                action.setToolTip(self.document.model_locked or "")

    # ------------------------------------------------------------------ edits after a run
    def _on_index_changed(self, index: int) -> None:
        self._known_index = index

    def _on_spec_changed(self) -> None:
        # an edit after a run that could not be built: back to the model before it (imported or typed-in
        # weights included), so the edit is asked about as any other ("Fit the model" after a refused Play)
        self.runner.clear_error()
        state = self.runner.state
        if state == RunState.RUNNING or self._importing:
            self._schedule_prepare()
            return
        if state in EDITABLE_STATES or self.runner.has_custom_weights:
            # "keep" was the answer for this model: keep again (now: Play may follow); not for an undo, which
            # would drop the trained weights of a layer it changes back without a word
            if self._keep_answer and not self.document.replaying:
                self._keep_edited_model()
                return
            if self._asking:
                return
            self._asking = True
            self._pending_question = self._known_index  # indexChanged has not fired yet for this edit
            field = QApplication.focusWidget()
            field = field.parentWidget() if field is not None and not isinstance(field, NumberField) else field
            if isinstance(field, NumberField) and field.typing:
                # "1" of "16": ask once the number is finished (Enter, Tab, a click elsewhere) or Play
                field.editingFinished.connect(self._ask_pending_soon, Qt.ConnectionType.SingleShotConnection)
            else:
                self._ask_pending_soon()
            return
        self._schedule_prepare()

    def _ask_pending_soon(self) -> None:
        QTimer.singleShot(0, self.answer_pending_edit)

    def answer_pending_edit(self) -> None:
        """Ask the question an edit after a run is waiting for, now (before Play or Step starts)."""
        before, self._pending_question = self._pending_question, None
        if before is not None:
            self._after_run_edit(before)

    def _after_run_edit(self, index_before: int) -> None:
        try:
            if self.runner.state not in EDITABLE_STATES and not self.runner.has_custom_weights:
                self._schedule_prepare()
                return
            trained = self.runner.model_spec
            if trained is not None and commands.same(self.document.spec, trained):
                return   # back to the model the run trained (16 typed over 16, or undone): nothing to ask
            choice = self.ask_reset()
            if choice == "reset":
                self.runner.reset()
                self._schedule_prepare()
            elif choice == "keep":
                self._keep_answer = True
                self._keep_edited_model()
            elif choice == "cancel":   # back to the model before the edit (a jump in the history: all of it)
                stack = self.document.undo_stack
                while stack.index() > index_before:   # a new edit: undone and dropped, not left to redo
                    stack.undo()
                    stack.command(stack.index()).setObsolete(True)
                    stack.redo()                      # an obsolete command is not redone: it is deleted
                stack.setIndex(index_before)          # a jump back in the history: redone
        finally:
            self._asking = False
            self.document.seal_edits()   # the next edit is a step of its own: Cancel undoes exactly it
            self._schedule_prepare()     # the model the answer left (held back while the question was up)

    def _keep_edited_model(self) -> None:
        """Make the edited model the current one, keeping the trained weights that still fit."""
        if self.runner.state == RunState.RUNNING:
            return
        backend, device = self.backend_picker.current_backend()
        path = self.document.path
        report = self.runner.keep_weights(self.document.snapshot(), backend, device, path.parent if path else None)
        self._keep_answer = True
        if report.get("kept") or report.get("reinitialised"):
            self.statusBar().showMessage(self.keep_report_text(report), 15000)

    def ask_reset(self) -> str:
        """Ask once after a run whether the edit should reset the trained weights: "reset", "keep" or "cancel"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        if self.runner.state == RunState.IDLE:   # not trained: the weights were imported or typed in
            box.setWindowTitle(self.tr("The network has imported or edited weights"))
            box.setText(self.tr("You changed a model whose weights were imported or typed in. Reset the "
                                "weights now?"))
            box.setInformativeText(self.tr(
                "Reset: those weights are dropped; Play starts from new initial weights.\n"
                "Keep: layers whose weight shapes did not change keep their weights, the others get new "
                "initial weights; Play trains the edited model from there.\n"
                "Cancel: undo the edit."))
        else:
            box.setWindowTitle(self.tr("The network has trained weights"))
            box.setText(self.tr("You changed the model after training. Reset the weights now?"))
            box.setInformativeText(self.tr(
                "Reset: the trained weights and curves are cleared; Play starts from new weights.\n"
                "Keep: layers whose weight shapes did not change keep their trained weights, the others get "
                "new initial weights; Play trains the edited model from there.\n"
                "Cancel: undo the edit."))
        reset = box.addButton(self.tr("Reset weights"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep weights"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "reset" if clicked is reset else "keep" if clicked is keep else "cancel"

    # ------------------------------------------------------------------ Edit menu -> stack editor
    def _on_selection(self, names) -> None:
        reason = self.stack_editor.edit_block_reason()   # "" when a layer other than the Input is selected
        locked = self.document.model_locked                # the reason while training runs, else ""
        for key in ("cut", "copy", "duplicate", "delete"):
            if key in self.actions_by_name:
                action = self.actions_by_name[key]
                blocked = reason or (locked if key != "copy" else "")
                action.setEnabled(not blocked)
                action.setToolTip(blocked or action.statusTip())
        if "paste" in self.actions_by_name:
            self.actions_by_name["paste"].setEnabled(bool(self.stack_editor.can_paste()) and not locked)
            self.actions_by_name["paste"].setToolTip(locked or "")

    def _inspect(self, names) -> None:
        self.inspector.show_layer(names[0] if len(names) == 1 else None)
        if len(names) == 1 and not self.docks["layerInspector"].isFloating():
            self.docks["layerInspector"].raise_()  # bring its tab to the front

    def cut_layers(self) -> None:
        self.stack_editor.cut_selected()
        self._on_selection(self.stack_editor.selected_names())

    def copy_layers(self) -> None:
        self.stack_editor.copy_selected()
        self._on_selection(self.stack_editor.selected_names())

    def paste_layers(self) -> None:
        self.stack_editor.paste()

    def duplicate_layers(self) -> None:
        self.stack_editor.duplicate_selected()

    def delete_layers(self) -> None:
        self.stack_editor.delete_selected()

    # ------------------------------------------------------------------ View / Help
    def update_recent_menu(self) -> None:
        if getattr(self, "recent_menu", None) is not None:
            fill_recent_menu(self, self.recent_menu)

    def reset_layout(self) -> None:
        """The default arrangement of the window's own docks; the labs and explain views opened since stay open
        or closed as they were, as tabs beside the Output area (the default arrangement has no place for
        them: restored, they were stacked under each other and pushed the window past the screen)."""
        size = self.size()
        later = {key: dock.isVisible() for key, dock in self.docks.items() if key not in self._initial_docks}
        for key, dock in self.docks.items():
            if key in self._initial_docks:
                dock.show()
        self.restoreState(self._initial_state, settings.LAYOUT_VERSION)
        output = self.docks["outputArea"]
        for key, visible in later.items():
            dock = self.docks[key]
            dock.setFloating(False)
            self.tabifyDockWidget(output, dock)
            dock.setVisible(visible)
        if not self.isMaximized() and not self.isFullScreen():
            self.resize(size)
        self.docks["trainingPanel"].raise_()
        self.show_challenge()  # what the challenge hides stays hidden
        QTimer.singleShot(0, self._default_proportions)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_shortcuts(self) -> None:
        extra = [getattr(self.training_panel, n) for n in ("play_action", "pause_action", "step_action", "stop_action",
                                                            "reset_action")]
        extra.append(self.actions_by_name["play_pause"])
        ShortcutsDialog(shortcut_rows(self.menus, extra, self.tr("Training controls")), self).exec()

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self)
        if dialog.exec() and dialog.needs_restart():
            self.statusBar().showMessage(self.tr("The new language is used from the next start."), 8000)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._restored:
                QTimer.singleShot(0, self._default_proportions)
            QTimer.singleShot(0, self.tidy_tab_bars)

    def tidy_tab_bars(self) -> None:
        """The dock tab bars show whole titles and scroll (arrows) when they do not fit: in a small window
        "Network diagram" stays readable instead of becoming "Networ…" or "T…"."""
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_active and not self.ask_stop_and_close():
            event.ignore()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self._stop_run_for_close(3000)
        self._closing = True
        self.runner.shutdown(3000)
        self.runs_panel.shutdown()
        self.dataset_panel.shutdown()
        self.challenge_guard.show_hidden_panels()  # the stored layout is the learner's, not the challenge's
        settings.save_window(self)
        if self.autosaver is not None:
            self.autosaver.finish()  # a clean quit leaves nothing to recover
        event.accept()

    def _stop_run_for_close(self, timeout_ms: int) -> None:
        """Stop a run as the Stop button does and let its end be delivered, so the Runs panel records it
        (a run stopped by quitting was lost); ``runner.shutdown`` then has nothing left to stop."""
        self.runner.stop_and_deliver(timeout_ms)

    def ask_stop_and_close(self, text: str | None = None) -> bool:
        """Ask whether to stop the running training and close (or ``text``: open another project); True to go
        on. The question (objectName ``quitQuestion``) closes itself when the run ends while it is shown:
        there is nothing left to stop then, so closing goes on without an answer."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Training is running"),
                          text or self.tr("Stop the training and close annstudio?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("quitQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        ended = []

        def on_state(_state: str) -> None:
            if not self.runner.is_active and not ended:
                ended.append(True)
                box.done(QMessageBox.StandardButton.Yes.value)

        self.runner.sigStateChanged.connect(on_state)
        try:
            answer = box.exec()
        finally:
            self.runner.sigStateChanged.disconnect(on_state)
        return bool(ended) or answer == QMessageBox.StandardButton.Yes.value

    # ------------------------------------------------------------------ test hook (ANNSTUDIO_TEST_GEOMETRY=1)
    def _report_geometry(self) -> None:
        """Print where the palette's Dense item and the stack are on screen, and the layer count on each
        change, so an end-to-end test can drive the real window with xdotool."""
        palette = self.palette
        index = palette.index_of("Dense")
        rect = palette.visualRect(index)
        dense = palette.viewport().mapToGlobal(rect.center())
        stack_rect = self.stack_editor.rect()
        stack = self.stack_editor.mapToGlobal(stack_rect.center())
        info = {"dense": [dense.x(), dense.y()], "stack": [stack.x(), stack.y()],
                "layers": len(self.document.spec.layers), "window": [self.x(), self.y(), self.width(), self.height()]}
        print("ANNSTUDIO_GEOMETRY " + json.dumps(info), flush=True)
        self.document.sigSpecChanged.connect(
            lambda: print(f"ANNSTUDIO_LAYERS {len(self.document.spec.layers)}", flush=True))
        sys.stdout.flush()
