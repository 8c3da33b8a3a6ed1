"""Autosave: the open project and its latest trained weights go to the recovery folder (``recovery_files``)
every ``interval`` seconds while there is unsaved work, and at once when a run ends or pauses.

Unsaved work: edits not saved to the project's file (an untitled project's edits too), or trained
weights (a run's, imported ones, kept ones): weights are never part of the project file.

The weights are copied on the GUI thread only when no batch can run (``TrainingRunner.idle_run``: paused,
or the run's thread has ended), so the live model is never read while it trains; the copy is plain NumPy.
The files are written by one background thread (``concurrent.futures``), in order, so the GUI never waits
for the disk; a clean quit (:meth:`Autosaver.finish`) waits for it and removes the entry. Closing or
replacing a project cleanly (New, Open, Discard) removes it too: nothing is left to recover then.

``$ANNSTUDIO_AUTOSAVE_INTERVAL`` (seconds) overrides the 30 s interval (tests use a short one).
"""
from __future__ import annotations

import concurrent.futures
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from . import recovery_files
from .run.state import RunState

log = logging.getLogger(__name__)

ENV_INTERVAL = "ANNSTUDIO_AUTOSAVE_INTERVAL"
DEFAULT_INTERVAL = 30.0


def interval_from_env() -> float:
    try:
        value = float(os.environ.get(ENV_INTERVAL, DEFAULT_INTERVAL))
    except ValueError:
        return DEFAULT_INTERVAL
    return value if value > 0 else DEFAULT_INTERVAL


class Autosaver(QObject):
    """Autosave for ``window`` (a ``MainWindow``: its ``document``, ``runner`` and ``base_dir()``).

    ``sigSaved(seconds)``: an entry was written (how long the writing took, in the background thread).
    ``sigFailed(text)``: it could not be written (the window shows it once in the status line).
    """

    sigSaved = Signal(float)
    sigRemoved = Signal()
    sigFailed = Signal(object)  # the exception

    def __init__(self, window: Any, folder: Path | None = None, interval: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.runner = window.runner
        self.folder = recovery_files.recovery_dir() if folder is None else Path(folder)
        self.stem = recovery_files.new_stem()
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._pending: list[concurrent.futures.Future] = []
        self._project_rev = 0        # bumped by every change of the project
        self._saved_project_rev = -1
        self._weights: tuple[Any, dict, str] | None = None  # (spec, weights, dtype), copied when idle
        self._epochs = 0
        self._weights_rev = 0
        self._saved_weights_rev = 0
        self._saved_runs: Path | None = None   # the runs folder the entry on disk names
        self._on_disk = False        # an entry of ours exists (or is being written)
        self._finished = False
        self.last_seconds: float | None = None  # how long the last write took
        self._failed_once = False

        self.timer = QTimer(self)
        self.timer.setInterval(int(1000 * (interval if interval is not None else interval_from_env())))
        self.timer.timeout.connect(self.save_if_needed)
        self.timer.start()
        # a write is still going on (Step pauses after every batch): write the newest state once it is done
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(200)
        self._retry.timeout.connect(self.save_if_needed)

        doc = self.document
        doc.undo_stack.indexChanged.connect(self._project_changed)
        doc.sigPathChanged.connect(self._project_changed)
        doc.sigDirtyChanged.connect(self._dirty_changed)
        doc.sigReplaced.connect(self._replaced)
        self.runner.sigStateChanged.connect(self._run_state)
        self.runner.sigModelReady.connect(self._model_ready)
        view = getattr(window, "network_view", None)
        if view is not None and hasattr(view, "sigWeightsEdited"):
            view.sigWeightsEdited.connect(lambda _key: self._capture_weights(save=False))
        self.sigSaved.connect(self._saved)
        self.sigFailed.connect(self._report_failure)

    # ------------------------------------------------------------------ what there is to recover
    @property
    def has_unsaved_work(self) -> bool:
        return self.document.is_dirty or self._weights is not None

    @property
    def up_to_date(self) -> bool:
        """Every write or removal asked for is done and the entry holds the work as it is now (or there
        is no entry, with nothing to recover)."""
        if any(not f.done() for f in self._pending):
            return False
        if not self.has_unsaved_work:
            return not self._on_disk
        return (self._on_disk and self._project_rev == self._saved_project_rev
                and self._weights_rev == self._saved_weights_rev)

    def _project_changed(self, *_args) -> None:
        self._project_rev += 1

    def _dirty_changed(self, dirty: bool) -> None:
        self._project_rev += 1
        if not dirty and not self.has_unsaved_work:
            self.save_if_needed()   # saved to its file, nothing trained: the entry goes

    def _replaced(self) -> None:
        self._project_rev += 1
        # the runner forgot its model before the project was replaced: nothing of the old one stays
        if not self.runner.has_custom_weights and self.runner.state == RunState.IDLE:
            self._drop_weights()
        QTimer.singleShot(0, self.save_if_needed)   # after a restore has marked the project modified

    def _run_state(self, state: str) -> None:
        state = RunState(state)
        if state in (RunState.PAUSED, RunState.FINISHED, RunState.STOPPED):
            self._capture_weights(save=True)
        elif state == RunState.IDLE and not self.runner.has_custom_weights:
            self._drop_weights()    # reset: the trained weights are gone on purpose
            self.save_if_needed()

    def _model_ready(self, _report: dict) -> None:
        if self.runner.has_custom_weights:   # imported, kept after an edit, restored
            self._capture_weights(save=True)

    def _capture_weights(self, save: bool) -> None:
        """Copy the resting model's weights (only when no batch can run: ``idle_run``)."""
        built = self.runner.idle_run()
        if built is None or (self.runner.state == RunState.IDLE and not self.runner.has_custom_weights):
            return
        try:
            weights = built.model.get_weights()   # copies
        except Exception:  # a model that cannot give its weights: keep the project only
            log.exception("copying the weights for autosave failed")
            return
        self._weights = (built.project.model.copy(), weights, str(built.project.training.dtype))
        # a restored model's weights were trained for as many epochs as its entry said (it said 0 after)
        restored = int((self.runner.custom_origin or {}).get("epochs", 0) or 0)
        self._epochs = len(self.runner.history.get("loss", [])) or restored
        self._weights_rev += 1
        if save:
            self.save_if_needed()

    def _drop_weights(self) -> None:
        if self._weights is not None:
            self._weights = None
            self._epochs = 0
            self._weights_rev += 1

    # ------------------------------------------------------------------ writing
    def save_if_needed(self) -> bool:
        """Write the entry when there is unsaved work that changed since the last write; remove it when
        there is none. Returns True when a write was started."""
        if self._finished:
            return False
        if not self.has_unsaved_work:
            if self._on_disk:
                self._submit(recovery_files.remove_entry, self.folder, self.stem, removal=True)
                self._on_disk = False
            self._saved_project_rev = -1
            return False
        window = self.window
        path = self.document.path
        runs = window.runs_panel.recorder.temp_folder if path is None else None   # an untitled project's runs
        changed = (self._project_rev != self._saved_project_rev or self._weights_rev != self._saved_weights_rev
                   or runs != self._saved_runs)   # the first run kept makes the folder: the entry names it
        if not changed and self._on_disk:
            return False
        if any(not f.done() for f in self._pending):
            self._retry.start()
            return False
        example_dir = window.base_dir() if path is None else None
        meta = {"name": window.display_name(), "original_path": str(path) if path else None,
                "example_dir": str(example_dir) if example_dir else None, "epochs": self._epochs,
                "runs_folder": str(runs) if runs is not None else None}
        write_weights = self._weights_rev != self._saved_weights_rev or not self._on_disk
        self._saved_project_rev, self._saved_weights_rev = self._project_rev, self._weights_rev
        self._saved_runs = runs
        self._on_disk = True
        self._submit(recovery_files.write_entry, self.folder, self.stem, self.document.project.to_dict(), meta,
                     self._weights, write_weights)
        return True

    def _submit(self, job, *args, removal: bool = False) -> None:
        if self._executor is None:
            self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="annstudio-autosave")
        future = self._executor.submit(job, *args)
        future.add_done_callback(lambda f: self._job_done(f, removal))
        self._pending = [f for f in self._pending if not f.done()] + [future]

    def _job_done(self, future: concurrent.futures.Future, removal: bool) -> None:
        """In the writer thread: report to the GUI thread (queued signals)."""
        error = future.exception()
        if error is not None:
            log.warning("autosave failed: %s", error)
            self.sigFailed.emit(error)
        elif removal:
            self.sigRemoved.emit()
        else:
            self.sigSaved.emit(float(future.result()))

    def _saved(self, seconds: float) -> None:
        self.last_seconds = seconds

    def _report_failure(self, error: BaseException) -> None:
        self._saved_project_rev = -1   # try again at the next tick (the disk may have room by then)
        if self._failed_once:  # once: a full disk would otherwise say so every interval
            return
        self._failed_once = True
        from ..messages import os_reason
        from .i18n import render, render_error

        reason = render(os_reason(error)) if isinstance(error, OSError) else render_error(error)
        self.window.statusBar().showMessage(self.tr("Autosave failed: {0}").format(reason), 15000)

    def wait(self) -> None:
        """Wait until every write or removal asked for so far is done."""
        pending, self._pending = self._pending, []
        concurrent.futures.wait(pending)

    def finish(self) -> None:
        """A clean quit: stop autosaving and remove this instance's entry."""
        if self._finished:
            return
        self.timer.stop()
        self.wait()
        self._finished = True
        recovery_files.remove_entry(self.folder, self.stem)
        self._on_disk = False
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
