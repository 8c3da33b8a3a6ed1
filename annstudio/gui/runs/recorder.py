"""``RunRecorder``: keeps every run the window trains (``engine.runs``), in the project's ``.runs`` folder.

It follows the runner: the time spent training (pauses excluded), whether a run continued the previous
one (its ``train_begin`` has ``initial_epoch > 0``), and when the run has ended (finished or stopped) it
takes the frozen project the run used, its history and — for models up to
``engine.runs.KEEP_WEIGHTS_MAX_PARAMS`` parameters, when the preference is on — its weights, and saves
the run in a job thread (test metrics are computed there on a fresh copy of the model, so the GUI thread
never waits and no other thread's model is touched). ``sigSaved(record)`` follows.

An untitled project keeps its runs in a temporary folder; when it is saved they move beside the file,
and Save As copies them to the new project's folder.
"""
from __future__ import annotations

import concurrent.futures
import logging
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ...data.scaling import record as scaling_record
from ...engine import runs
from ...resources import resource_path
from ..run.state import RunState
from ..settings import settings

log = logging.getLogger(__name__)
KEEP_WEIGHTS_KEY = "runs/keep_weights"


def keep_weights_preference() -> bool:
    return bool(settings().value(KEEP_WEIGHTS_KEY, True, type=bool))


def set_keep_weights_preference(on: bool) -> None:
    settings().setValue(KEEP_WEIGHTS_KEY, bool(on))


class RunRecorder(QObject):
    sigSaved = Signal(object)  # engine.runs.RunRecord
    sigFolderChanged = Signal()  # another project (or the same one saved elsewhere): list the runs again
    _sigDone = Signal(object)  # (record | None, folder) from the job thread

    def __init__(self, document: Any, runner: Any, backend: Callable[[], tuple[str, str | None]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document, self.runner, self.backend = document, runner, backend
        self._temp: Path | None = None
        self._folder_path = document.path
        self._replacing = False
        self._started: float | None = None
        self._elapsed = 0.0
        self._run_backend: tuple[str, str | None] = ("numpy", None)
        self._continued = False
        self.last_id: str | None = None
        self._jobs = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="annstudio-runs")
        self._pending: list[concurrent.futures.Future] = []
        self._previous_state = RunState.IDLE
        runner.sigStateChanged.connect(self._on_state)
        runner.sigEvents.connect(self._on_events)
        runner.sigFinished.connect(self._on_finished)
        document.sigReplaced.connect(self._on_replaced)
        document.sigPathChanged.connect(self._on_path_changed)
        self._sigDone.connect(self._on_done)
        # (runs are now kept as "Run 3" with {"run": 3}, worded by gui/runs/names.py; names stored earlier in
        # this language count in the numbering)
        #: the default name of a new run ("Run 3"), in the window's language
        self.name_template = self.tr("Run {0}")

    # ------------------------------------------------------------------ where the runs are
    @property
    def folder(self) -> Path:
        """The open project's runs folder (a temporary one while it is untitled)."""
        path = self.document.path
        if path is not None and not _bundled(Path(path)):
            return runs.runs_folder(path)
        # untitled, or a bundled example opened as a file (the app's own folder is not the learner's)
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="annstudio-runs-"))
            # removed however the window goes (also without a close event): an unsaved project's runs
            weakref.finalize(self, shutil.rmtree, str(self._temp), True)
        return self._temp

    @property
    def listed_folder(self) -> Path | None:
        """Where the runs to list are: ``folder``, without making a temporary one just to look in it."""
        path = self.document.path
        if self._temp is None and (path is None or _bundled(Path(path))):
            return None
        return self.folder

    @property
    def temp_folder(self) -> Path | None:
        """The untitled project's runs folder, once it has one (crash recovery names it)."""
        return self._temp

    def adopt_temp(self, folder: Path) -> None:
        """List and keep the runs in ``folder``, an untitled project's runs folder a crashed window left
        (crash recovery, after the project was restored): they were there, but the panel stayed empty."""
        self.wait()
        self._drop_temp()
        self._temp = Path(folder)
        weakref.finalize(self, shutil.rmtree, str(self._temp), True)

    def _drop_temp(self) -> None:
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    @Slot()
    def _on_replaced(self) -> None:
        self._replacing = True

    @Slot(object)
    def _on_path_changed(self, path: Any) -> None:
        old, self._folder_path = self._folder_path, path
        if self._replacing:  # New / Open: the old project's runs stay with it (an untitled one's go)
            self._replacing = False
            self.last_id = None
            self.wait()  # a run of the untitled project still being written goes with its folder
            self._drop_temp()
        elif path is not None:  # saved: an untitled project's runs move beside it, Save As copies them
            self.wait()
            try:
                if self._temp is not None:  # untitled (or a bundled example) saved as the learner's file
                    runs.transfer_runs(self._temp, self.folder, move=True)
                    self._drop_temp()
                elif old is not None and Path(old) != Path(path):
                    runs.transfer_runs(runs.runs_folder(old), self.folder, move=False)
            except OSError:
                log.exception("moving the runs failed")
        self.sigFolderChanged.emit()

    # ------------------------------------------------------------------ following the runner
    @Slot(str)
    def _on_state(self, state: str) -> None:
        state_now = RunState(state)
        now = time.monotonic()
        if state_now == RunState.RUNNING:
            if not self._previous_state.active:  # a new start (or a continuation)
                self._elapsed = 0.0
                self._continued = False
                self._run_backend = self.backend()
            self._started = now
        elif self._started is not None:
            self._elapsed += now - self._started
            self._started = None
        self._previous_state = state_now

    @Slot(object)
    def _on_events(self, events: list) -> None:
        for event in events:
            if event.get("event") == "train_begin" and int(event.get("initial_epoch", 0)) > 0:
                self._continued = True

    @Slot(object)
    def _on_finished(self, terminal: dict) -> None:
        built = self.runner.idle_run()
        history = self.runner.history
        if terminal.get("event") not in ("finished", "stopped") or built is None or not history.get("loss"):
            return
        weights = built.model.get_weights()  # for the test metrics; kept when small and wanted
        keep = keep_weights_preference() and sum(int(w.size) for w in weights.values()) <= runs.KEEP_WEIGHTS_MAX_PARAMS
        outcome = terminal.get("reason") if terminal.get("reason") in ("early_stopping", "diverged") else terminal["event"]
        backend, device = self._run_backend
        job = dict(folder=self.folder, project=built.project.copy(), backend=backend, device=device,
                   # the time training took: the pace's waits between epochs left out (Watchable made a
                   # 0.1-second run 17 s)
                   history=history, duration=max(0.0, self._elapsed - float(terminal.get("paced_seconds") or 0.0)),
                   weights=weights, keep=keep, dataset=built.dataset,
                   outcome=outcome, continues=self.last_id if self._continued else None,
                   start=None if self._continued else self.runner.start_origin, name=self.name_template)
        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(self._jobs.submit(self._save_job, job))

    def _save_job(self, job: dict) -> None:
        """Runs in the job thread."""
        metrics: dict[str, float] = {}
        try:
            metrics = test_metrics(job["project"], job["backend"], job["dataset"], job["weights"], job["device"])
        except Exception:
            log.exception("evaluating the run on the test data failed")
        try:
            number = runs.next_run_number(job["folder"], job["name"])
            record = runs.save_run(job["folder"], job["project"], job["backend"], job["history"], metrics,
                                   job["duration"], job["weights"] if job["keep"] else None, device=job["device"],
                                   outcome=job["outcome"], continues=job["continues"], start=job["start"],
                                   name=f"Run {number}", generated_name={"run": number},   # words: names.py
                                   scaling=scaling_record(job["dataset"]) if job["dataset"] is not None else None)
        except Exception:
            log.exception("saving the run failed")
            record = None
        self._sigDone.emit((record, job["folder"]))

    @Slot(object)
    def _on_done(self, done: tuple) -> None:
        record, folder = done
        if record is None:
            return
        # (a run saved just before the project was: moved with the others, see _on_path_changed)
        self.last_id = record.id
        self.sigSaved.emit(record)

    def wait(self) -> None:
        """Wait until the runs being saved are on disk (before they move, and in tests)."""
        pending, self._pending = self._pending, []
        concurrent.futures.wait(pending)

    def shutdown(self) -> None:
        self.wait()
        self._jobs.shutdown(wait=True)
        self._drop_temp()


def _bundled(path: Path) -> bool:
    """``path`` is one of the app's own example files (their folder may not even be writable)."""
    try:
        return path.resolve().is_relative_to(resource_path("examples").resolve())
    except OSError:
        return False


def test_metrics(project: Any, backend: str, dataset: Any, weights: dict | None, device: str | None) -> dict:
    """Loss and metrics on the test split of a fresh model with the run's weights ({} without a test split)."""
    from ...engine.session import create_run, evaluate

    if getattr(dataset, "x_test", None) is None or not len(dataset.x_test):
        return {}
    bare = project.copy()
    bare.training.callbacks = []
    run = create_run(bare, backend, dataset=dataset, device=device)
    run.model.set_weights(weights)
    return evaluate(run, "test")
