"""The main window (shared/UI.md): DATA on the left, MODEL in the middle, OUTPUT on the right, one row of
controls on top, a status line at the bottom. Every panel is a dock the user can move, close and restore
(View menu); the layout, the window geometry, the recent files and the language persist in QSettings.
"""
from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ..engine.probes import decision_unavailable
from . import settings
from .dialogs import AboutDialog, PreferencesDialog, ShortcutsDialog, shortcut_rows
from .document import ProjectDocument
from .editor.dataset_panel import DatasetPanel
from .editor.inspector import LayerInspector
from .editor.palette import LayerPalette
from .editor.stack_editor import StackEditor
from .file_actions import FileActionsMixin
from .menus import build_menus, fill_recent_menu
from .run.backend_picker import BackendPicker
from .run.state import EDITABLE_STATES, RunState
from .run.toolbar import QuickControls
from .run.training_panel import TrainingPanel
from .run.worker import TrainingRunner
from .views.activation_view import ActivationView
from .views.decision_plot import DecisionRegionPlot
from .views.live import LiveView
from .views.loss_plot import LossPlot
from .views.network_view import NetworkView
from .views.results_panel import ResultsPanel

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
    epoch and losses from ``epoch_end`` (and the latest batch's loss), the speed as the engine measured
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
        self.rate = None
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
            if kind == "train_begin":
                self.epoch = int(event.get("initial_epoch", 0))
                shown_epoch = self.epoch
            elif kind == "batch_end":
                self.loss = event.get("loss", self.loss)
            elif kind == "epoch_end":
                self.epoch = int(event.get("epoch", self.epoch)) + 1
                logs = event.get("logs", {})
                self.loss = logs.get("loss", self.loss)
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
        if self.loss is not None:
            parts.append(self.tr("loss {0}").format(_num(self.loss)))
        if self.val_loss is not None:
            parts.append(self.tr("val {0}").format(_num(self.val_loss)))
        if self.rate is not None:
            parts.append(self.tr("{0} samples/s").format(f"{round(self.rate):,}"))
        parts.append(self.backend)
        self.setText(" · ".join(parts))


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
        self.imported_weights = None
        self._asked_after_run = False
        self._known_index = self.document.undo_stack.index()
        self._closing = False
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowNestedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)

        self._build_widgets()
        self._build_docks()
        self._build_toolbar()
        build_menus(self)
        self._build_status()
        self._connect()
        self._default_size()
        self._initial_state = self.saveState(settings.LAYOUT_VERSION)  # the default arrangement (View > Reset layout)
        self._restored = settings.restore_window(self)
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
        # the live views: each follows the runner (probes registered, payloads routed; see views/live.py)
        self.live_views: list[LiveView] = []
        self.loss_plot = LossPlot()
        self.loss_plot.follow(self.runner, self.document)
        self.live_views.append(self.loss_plot)
        self.decision_plot = self.add_live_view(DecisionRegionPlot())
        self.output = OutputArea(self.loss_plot, self.decision_plot)
        self.network_view = self.add_live_view(NetworkView(self.document))
        self.activation_view = self.add_live_view(ActivationView(self.document))
        # its own weights probe (1/s for the first-layer images), not the diagram's 10/s one: a tab that is
        # not in front costs nothing, so each pays only for what it shows
        self.results_panel = self.add_live_view(ResultsPanel())
        self.history_view = QUndoView(self.document.undo_stack)
        self.history_view.setObjectName("undoHistory")
        self.history_view.setEmptyLabel(self.tr("<opened project>"))

    def add_live_view(self, view):
        """Have ``view`` (a ``LiveView``) follow this window's runner; returns it."""
        view.follow(self.runner)
        self.live_views.append(view)
        return view

    def _dock(self, key: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{key}Dock")
        dock.setWidget(widget)
        dock.toggleViewAction().setObjectName(f"action_view_{key}")
        self.docks[key] = dock
        for view in self.live_views:  # a tab behind another stays "visible" for Qt: tell the view
            if view is widget or widget.isAncestorOf(view):
                dock.visibilityChanged.connect(view.set_on_screen)
        return dock

    def _build_docks(self) -> None:
        data = self._dock("datasetPanel", self.tr("Data"), self.dataset_panel)
        palette = self._dock("layerPalette", self.tr("Layers"), self.palette)
        stack = self._dock("stackEditor", self.tr("Model"), self.stack_editor)
        inspector = self._dock("layerInspector", self.tr("Inspector"), self.inspector)
        history = self._dock("undoHistory", self.tr("Undo history"), self.history_view)
        training = self._dock("trainingPanel", self.tr("Training"), self.training_panel)
        network = self._dock("networkView", self.tr("Network diagram"), self.network_view)
        activations = self._dock("activationPlot", self.tr("Activations"), self.activation_view)
        results = self._dock("resultsPanel", self.tr("Results"), self.results_panel)
        output = self._dock("outputArea", self.tr("Output"), self.output)
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
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, output)
        training.raise_()

    def _default_proportions(self) -> None:
        """Column widths and row heights of the default layout, relative to the window's size."""
        d = self.docks
        w, h = max(self.width(), 1000), max(self.height(), 700)
        self.resizeDocks([d["datasetPanel"], d["layerPalette"], d["stackEditor"], d["outputArea"]],
                         [int(w * 0.22), int(w * 0.10), int(w * 0.30), int(w * 0.38)], Qt.Orientation.Horizontal)
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
        self.quick = QuickControls(bar, self.document)
        bar.insertWidget(self.quick.backend_anchor, self.backend_picker)
        self.toolbar = bar

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
        self.readout.sigEpochShown.connect(self._on_epoch_shown)  # the toolbar's counter with the status line
        self.runner.sigStateChanged.connect(self._on_runner_state)
        self.runner.sigMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.network_view.sigMessage.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.network_view.sigWeightsEdited.connect(self._on_weights_edited)
        self.backend_picker_changed()
        self._on_selection(self.stack_editor.selected_names())

    # ------------------------------------------------------------------ title, backend, status
    def display_name(self) -> str:
        if self.document.path is not None:
            return self.document.path.name
        return self.document.project.name or self.tr("untitled")

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
            signal.connect(lambda *_: self.readout.set_backend(self._backend_title()))

    def _on_epoch_shown(self, epoch: int) -> None:
        self.quick.set_epoch(epoch)

    def _on_runner_state(self, state: str) -> None:
        if state == RunState.RUNNING:
            self._asked_after_run = False
            self.readout.set_backend(self._backend_title())
        elif state == RunState.IDLE:
            self.quick.set_epoch(0)

    def _on_weights_edited(self, _key: str) -> None:
        """A weight typed in the diagram (or its undo) changed the trained model: redraw what shows it
        (the diagram asked for its own probes; these run in a job thread too)."""
        self.decision_plot.refresh_from_model()
        self.results_panel.refresh_from_model()
        self.activation_view.request_refresh()

    def _on_replaced(self) -> None:
        self.readout.reset()
        self.quick.set_epoch(0)
        self.imported_weights = None
        self._known_index = self.document.undo_stack.index()
        self._update_title()

    # ------------------------------------------------------------------ edits after a run
    def _on_index_changed(self, index: int) -> None:
        self._known_index = index

    def _on_spec_changed(self) -> None:
        if self._asked_after_run or self.runner.state not in EDITABLE_STATES:
            return
        self._asked_after_run = True
        before = self._known_index  # indexChanged has not fired yet for this edit
        QTimer.singleShot(0, lambda: self._after_run_edit(before))

    def _after_run_edit(self, index_before: int) -> None:
        if self.runner.state not in EDITABLE_STATES:
            return
        choice = self.ask_reset()
        if choice == "reset":
            self.runner.reset()
        elif choice == "cancel":
            stack = self.document.undo_stack
            self._asked_after_run = True  # the undo below must not ask again
            if stack.index() > index_before:
                stack.undo()
            elif stack.index() < index_before:
                stack.redo()
            self._asked_after_run = False

    def ask_reset(self) -> str:
        """Ask once after a run whether the edit should reset the trained weights: "reset", "keep" or "cancel"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The network has trained weights"))
        box.setText(self.tr("You changed the model after training. Reset the weights now?"))
        box.setInformativeText(self.tr(
            "Reset: the trained weights and curves are cleared; Play starts from new weights.\n"
            "Keep: the trained weights stay (to inspect or export) until the next Play.\n"
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
        has = bool(names)
        for key in ("cut", "copy", "duplicate", "delete"):
            if key in self.actions_by_name:
                self.actions_by_name[key].setEnabled(has)
        if "paste" in self.actions_by_name:
            self.actions_by_name["paste"].setEnabled(bool(self.stack_editor.can_paste()))

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
        for dock in self.docks.values():
            dock.show()
        self.restoreState(self._initial_state, settings.LAYOUT_VERSION)
        self.docks["trainingPanel"].raise_()
        QTimer.singleShot(0, self._default_proportions)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_shortcuts(self) -> None:
        extra = [getattr(self.training_panel, n) for n in ("play_action", "pause_action", "step_action", "stop_action",
                                                            "reset_action")]
        ShortcutsDialog(shortcut_rows(self.menus, extra), self).exec()

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

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_active:
            answer = QMessageBox.question(
                self, self.tr("Training is running"), self.tr("Stop the training and close annstudio?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self.maybe_save():
            event.ignore()
            return
        self._closing = True
        self.runner.shutdown(3000)
        self.dataset_panel.shutdown()
        settings.save_window(self)
        event.accept()

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
