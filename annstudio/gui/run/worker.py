"""Training in a worker thread: ``TrainingWorker`` runs in a ``QThread``, ``TrainingRunner`` owns it.

The worker builds the run (``engine.session.create_run``: load the data, check it against the model,
build the backend model) *inside* its thread, then iterates the trainer's plain-data events
(``annstudio.engine.trainer``) and sends them to the GUI in coalesced payloads:

- ``sigEvents(list)`` carries a list of event dicts in the order they happened, at most about 10 times a
  second (``min_interval``), and no more often than the GUI draws frames (``payload_interval``, set by the views'
  ``live.FrameClock`` through :meth:`TrainingRunner.set_payload_interval`): every payload wakes the GUI
  thread, which then takes CPU and the GIL from training, and the probes run once per payload.
  ``train_begin``, ``epoch_end``, ``paused`` and the terminal event are never
  dropped. ``batch_end`` events are thinned to the latest one per payload; that one carries two extra
  keys, ``"steps"`` and ``"losses"``: the step number and loss of *every* batch since the previous
  payload, for fine per-batch curves.
- A payload is sent at once when the trainer pauses or ends, so what the GUI shows at a pause is exact.
- Probes (``probe(model, dataset, *, force=False) -> dict``, see ``engine.probes``) run in the worker
  thread after the trainer yielded, right before a payload is sent (so at most as often as payloads).
  Their dicts are deep-copied and merged into one ``{"event": "probe", "step", "results": {...}}``
  appended to the payload; probes name their outputs (a later probe's key wins). A probe that raises is
  dropped for the rest of the run and reported. ``step`` is the number of batches trained when the
  probes ran. Before the ``paused`` payload and the ``finished``/``stopped`` payload every probe runs
  once more with ``force=True`` (past its rate limit), so the views show the exact model then; a run's
  first payload finds every probe's rate limit reset. No probe ever runs in the GUI thread: a view that
  needs a new look while no batch runs (a setting changed, a weight typed in) asks
  ``TrainingRunner.refresh_probes``, which runs them in a one-shot job thread.
- The last ``epoch_end`` of a payload carries ``"history"``: a copy of the engine's ``History`` (the one
  owner of the per-epoch logs), as the terminal event does; views and the status line read it there.

Terminal events are those of the trainer (``finished``, ``stopped``, ``error``, each with ``history``,
``epochs_run``, ``message``) plus one the worker makes itself when the run cannot even be built:
``{"event": "error", "stage": "build", "reason": <exception type>, "message": ..., "history": {}, ...}``.
Nothing raised while building or training escapes the thread.

``TrainingRunner`` is the GUI-side owner; see its docstring for the states and what Play does when.

The payload signals are declared ``Signal(object)`` although they carry a ``list`` / ``dict``: PySide then
passes the Python object itself instead of converting every nested dict to a ``QVariantMap`` and back
(cheaper, keeps NumPy arrays and non-string keys as they are, and avoids PySide6 6.12.0's reference
leak of ``None`` inside converted containers). The worker never touches a payload after sending it.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import copy
import inspect
import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot

from ...backends.numpy.blas import blas_threads, trains_on_one_thread
from ...engine.control import TrainingControl
from ...engine.session import Run, create_run
from ...particles import with_particles
from ...project import Project
from ..i18n import render, render_error
from ..metric_names import metric_name
from .state import TERMINAL_EVENTS, RunState

log = logging.getLogger(__name__)

Probe = Callable[..., dict]

STATES = tuple(state.value for state in RunState)
#: terminal events after which the probes look at the model once more (an error may have left no model)
_FORCED_TERMINALS = (RunState.FINISHED.value, RunState.STOPPED.value)
#: errors that mean "the project cannot be trained as it is"; their message is shown as it is
_USER_ERRORS = (ValueError, OSError, RuntimeError)


def call_probe(probe: Probe, model: Any, dataset: Any, force: bool = False) -> dict:
    """``probe(model, dataset, force=force)``; a plain ``probe(model, dataset)`` function (no rate limit of
    its own) is called without ``force``."""
    if force and _takes_force(probe):
        return probe(model, dataset, force=True)
    return probe(model, dataset)


def _takes_force(probe: Probe) -> bool:
    try:
        parameters = inspect.signature(probe).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "force" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


class TrainingWorker(QObject):
    """Builds one run from a frozen ``project`` and trains it; lives in a ``QThread`` (slot :meth:`run`).

    ``previous`` is the ``Run`` of an earlier, finished run of the same model and data: its weights,
    history, epoch count and RNG states carry over, and ``project.training.epochs`` *more* epochs are
    trained. Its optimizer state (moments, step count) carries over only when the optimizer settings are
    unchanged, so a changed learning rate or optimizer takes effect. Read ``previous`` only here: its
    thread has ended.
    """

    sigEvents = Signal(object)  # list[dict]: one payload of events
    sigFinished = Signal(object)  # dict: the terminal event
    sigMessage = Signal(str)

    def __init__(
        self,
        project: Project,
        backend: str = "numpy",
        *,
        device: str | None = None,
        base_dir: str | Path | None = None,
        control: TrainingControl | None = None,
        previous: Run | None = None,
        probes: Iterable[Probe] = (),
        min_interval: float = 1 / 15,
        pace: float | None = None,
        initial_weights: dict | None = None,
        dataset: Any = None,
        chosen_dirs: Iterable[str | Path] = (),
        payload_interval: float = 0.0,
    ) -> None:
        super().__init__()
        #: folders the user picked in a dialog: the project's callbacks may write there too
        self.chosen_dirs = tuple(chosen_dirs)
        #: weights to start from instead of the seeded draw (imported, kept after an edit, typed in)
        self.initial_weights = initial_weights
        #: the data already loaded for this project (the ready model's), or None to load it
        self.dataset = dataset
        self.project = project
        self.backend = backend
        self.device = device
        self.base_dir = base_dir
        self.control = control or TrainingControl()
        self.previous = previous
        self.probes = list(probes)
        self.min_interval = float(min_interval)
        #: at most this many epochs a second (None: as fast as it trains); read between epochs, so the
        #: GUI may change it during the run (then :meth:`TrainingControl.wake`)
        self.pace = pace
        self._epoch_began = 0.0
        self.paced_seconds = 0.0   # waited for the pace (Watchable, Slow): not training time (the Runs' Time)
        #: seconds between payloads the GUI asks for (its frame interval); set from the GUI thread
        self.payload_interval = float(payload_interval)
        #: the built run (model, trainer, dataset); set in the worker thread before the first payload
        self.built: Run | None = None
        self._pending: list[dict] = []  # events since the last payload, except batch_end
        self._batch: dict | None = None  # the latest batch_end since then, with "steps" and "losses"
        self._batch_at = 0  # where it goes among the pending events
        self._last_emit = 0.0

    # ------------------------------------------------------------------ thread body
    @Slot()
    def run(self) -> None:
        try:
            self.built = self._build()
        except Exception as exc:  # noqa: BLE001 - every build failure becomes a message, never a crash
            self._finish(self._build_error(exc))
            return
        for probe in self.probes:  # a new run: every probe's first result comes at once
            reset = getattr(probe, "reset_rate_limit", None)
            if reset is not None:
                reset()
        terminal: dict | None = None
        try:
            with self._blas_threads():
                terminal = self._train()
        except Exception as exc:
            log.exception("training loop failed")
            terminal = self._error(exc, "train")
        if terminal is None:  # the generator ended without a terminal event: should not happen
            terminal = self._error(RuntimeError("the trainer ended without a final event"), "train")
        self._finish(terminal)

    def _blas_threads(self) -> contextlib.AbstractContextManager:
        """One BLAS thread while a NumPy model trains whose training products OpenBLAS runs on one thread
        anyway (the same weights, bit for bit): a second thread would only spin after the probes' larger
        products and take the core the window draws on (``blas.blas_threads``)."""
        params = getattr(getattr(self.built, "model", None), "params", None)
        if self.backend != "numpy" or self.built is None or not isinstance(params, dict):
            return contextlib.nullcontext()
        kernels = [value.shape for key, value in params.items() if key.endswith("/kernel") and value.ndim == 2]
        if kernels and trains_on_one_thread(kernels, self.built.project.training.batch_size):
            return blas_threads(1)
        return contextlib.nullcontext()

    def _train(self) -> dict | None:
        """Iterate the trainer's events, sending payloads; returns its terminal event."""
        assert self.built is not None
        for event in self.built.events():
            kind = event["event"]
            if kind in TERMINAL_EVENTS:
                return event
            self._add(event)
            if kind == "epoch_end":
                self._epoch_end_probes()
            if kind == "paused":
                self._flush(force=True)  # the exact look at the model where it waits
            elif kind == "epoch_end" and self._pace_remaining() > 0:
                self._flush()  # show the epoch now, then wait for the pace
                self._wait_for_pace()
            elif time.monotonic() - self._last_emit >= max(self.min_interval, self.payload_interval):
                self._flush()
            if kind in ("train_begin", "epoch_end"):
                self._epoch_began = time.monotonic()
        return None

    def _pace_remaining(self) -> float:
        """Seconds this epoch must still last at the current pace (<= 0: none, or no pace)."""
        pace = self.pace
        if not pace or pace <= 0:
            return 0.0
        return self._epoch_began + 1.0 / pace - time.monotonic()

    def _wait_for_pace(self) -> None:
        """Between epochs of a paced run: wait until 1/pace seconds have passed since the epoch began.
        Only time passes: the batches, their order and the weights are those of an unpaced run. A pause
        or stop ends the wait at once; a changed pace is looked at again."""
        began = time.monotonic()
        while True:
            remaining = self._pace_remaining()
            if remaining <= 0 or not self.control.nap(remaining):
                break
        self.paced_seconds += time.monotonic() - began

    def _build(self) -> Run:
        project, prev = self.project, self.previous
        if prev is None:
            run = create_run(project, self.backend, control=self.control, base_dir=self.base_dir, device=self.device,
                             dataset=self.dataset, chosen_dirs=self.chosen_dirs)
            if self.initial_weights:
                run.model.set_weights(self.initial_weights)
            return run
        # Continue the earlier run: same data (no reload), its weights and trainer state, more epochs.
        state = prev.trainer.get_state()
        weights = prev.model.get_weights()
        if prev.project.training.optimizer != project.training.optimizer:
            state.pop("optimizer", None)
        run = create_run(
            project, self.backend, dataset=prev.dataset, control=self.control, base_dir=self.base_dir,
            device=self.device, epochs=int(state["next_epoch"]) + project.training.epochs, chosen_dirs=self.chosen_dirs,
        )
        run.model.set_weights(weights)
        run.trainer.set_state(state)
        return run

    # ------------------------------------------------------------------ coalescing
    def _add(self, event: dict) -> None:
        if event["event"] != "batch_end":
            self._pending.append(event)
            return
        # Keep only the latest batch_end, at its place among the other events, with every batch's loss.
        if self._batch is None:
            self._batch = {"steps": [], "losses": []}
        self._batch.update(event)
        self._batch["steps"].append(event["step"])
        self._batch["losses"].append(event["loss"])
        self._batch_at = len(self._pending)

    def _flush(self, terminal: dict | None = None, *, force: bool = False) -> None:
        payload, self._pending = self._pending, []
        if self._batch is not None:
            payload.insert(self._batch_at, self._batch)
            self._batch = None
        if self.built is not None:
            for event in reversed(payload):
                if event["event"] == "epoch_end":  # the history as the engine's History holds it now
                    event["history"] = {k: list(v) for k, v in self.built.trainer.history.history.items()}
                    break
        probe_event = self._run_probes(force)
        if probe_event is not None:
            payload.append(probe_event)
        if terminal is not None:
            payload.append(terminal)  # always the last event of the last payload
        if payload:
            self.sigEvents.emit(payload)
        self._last_emit = time.monotonic()

    def _epoch_end_probes(self) -> None:
        """The probes that also look at every epoch end (``at_epoch_end``, each within its own time budget):
        their results join the payload right after the epoch's ``epoch_end``, as a ``probe`` event."""
        if self.built is None:
            return
        results: dict[str, Any] = {}
        for probe in list(self.probes):
            look = getattr(probe, "at_epoch_end", None)
            if look is None or not getattr(probe, "wanted", True):
                continue
            results.update(self._look(probe, lambda look=look: look(self.built.model, self.built.dataset)))
        if results:
            self._pending.append({"event": "probe", "step": self.built.trainer.step, "results": results})

    def _run_probes(self, force: bool = False) -> dict | None:
        if not self.probes or self.built is None:
            return None
        results: dict[str, Any] = {}
        for probe in list(self.probes):
            if not force and not getattr(probe, "wanted", True):
                continue  # no view on screen shows it (gui/views/live.py); the forced looks still run it
            result = self._look(probe, lambda probe=probe: call_probe(probe, self.built.model, self.built.dataset, force))
            # the engine's probes return new arrays they never touch again; others are copied
            results.update(result if getattr(probe, "fresh_results", False) else copy.deepcopy(result))
        return {"event": "probe", "step": self.built.trainer.step, "results": results}

    def _look(self, probe: Probe, look: Callable[[], dict]) -> dict:
        """``look()``, a probe's result; a probe that raises is dropped for the rest of the run, and said."""
        try:
            return look()
        except Exception as exc:
            log.exception("probe %r failed", probe)
            self.probes.remove(probe)
            self.sigMessage.emit(self.tr("A live view stopped updating: {0}").format(f"{type(exc).__name__}: {exc}"))
            return {}

    def _finish(self, terminal: dict) -> None:
        terminal["paced_seconds"] = self.paced_seconds
        self._flush(terminal, force=terminal["event"] in _FORCED_TERMINALS)
        self.sigFinished.emit(terminal)

    # ------------------------------------------------------------------ errors as terminal events
    def _build_error(self, exc: Exception) -> dict:
        if not isinstance(exc, _USER_ERRORS):
            log.exception("building the training run failed")
        return self._error(exc, "build")

    def _error(self, exc: Exception, stage: str) -> dict:
        message = render_error(exc) if isinstance(exc, _USER_ERRORS) and str(exc) else f"{type(exc).__name__}: {exc}"

        return {
            "event": "error", "stage": stage, "reason": type(exc).__name__, "message": message,
            "history": {}, "epochs_run": 0, "step": 0,
        }


class TrainingRunner(QObject):
    """Starts, pauses, steps, stops and forgets training runs; owns the worker thread. GUI thread only.

    States (``state``, announced by ``sigStateChanged``):

    - ``"idle"``: no batch trained yet (at first, and after :meth:`reset`). The model may already be
      there: :meth:`prepare` builds it (the seeded initial weights, or imported / kept weights) in the job
      thread, and ``last_model`` returns it; ``sigModelReady`` says when.
    - ``"running"``: the worker thread trains (also while a pause or a step has been asked for but the
      trainer has not reached the next batch yet).
    - ``"paused"``: the trainer waits between two batches (it said so with a ``paused`` event).
    - ``"finished"``, ``"stopped"``, ``"error"``: the run ended and its thread has ended too; the state
      is the terminal event's name. ``sigFinished(terminal_event)`` and ``sigMessage`` follow.

    What Play does: in ``"paused"`` call :meth:`resume`. Otherwise :meth:`start` a run. In ``"idle"`` the
    run starts from the seeded initial weights, or from the custom ones of the idle model (imported, kept
    after an edit, typed in: :meth:`set_custom_weights`, :meth:`keep_weights`, :meth:`weights_edited`). After
    ``"finished"`` or ``"stopped"``, :meth:`start` *continues* training the same model (weights, history
    and epoch count carry over; ``epochs`` more epochs run with the settings given now) as long as the
    model, the dataset, the backend and the device are unchanged; otherwise, and after ``"error"`` or
    :meth:`reset`, it starts from fresh initial weights.

    Probes (:meth:`add_probe`) are handed to each run when it starts. While no batch runs (paused, or
    the run ended), :meth:`refresh_probes` computes them again in a one-shot job thread and sends the
    result as a payload ``[{"event": "probe", ...}]`` on ``sigEvents``, like the worker's: the probes
    never run in the GUI thread.
    """

    sigEvents = Signal(object)  # list[dict]: one payload of events, as the worker sent it
    sigStateChanged = Signal(str)
    sigMessage = Signal(str)
    sigFinished = Signal(object)  # dict: the terminal event, after the thread ended
    _sigJobDone = Signal(object)  # (generation, probe event) from a probe job's thread
    #: dict: the model of the idle state is there (``{"kept": [...], "reinitialised": [...]}`` after an
    #: edit that kept weights, ``{}`` otherwise)
    sigModelReady = Signal(object)
    #: dict: loss and metrics of the idle or resting model on the training data (after a weight was typed)
    sigEvaluated = Signal(object)
    #: str: the project in the editor gives no model, and why (for the user; also ``model_problem``)
    sigModelRefused = Signal(str)
    _sigPrepared = Signal(object)  # (generation, Run | None, error | None, report) from the job thread
    _sigEvalDone = Signal(object)  # (generation, logs)

    def __init__(self, parent: QObject | None = None, *, min_interval: float = 1 / 15) -> None:
        super().__init__(parent)
        self.min_interval = min_interval
        self._pace: float | None = None  # epochs a second at most (None: as fast as it trains)
        self._payload_interval = 0.0  # the GUI's frame interval (set_payload_interval)
        self._state = RunState.IDLE
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._control: TrainingControl | None = None
        self._run: Run | None = None  # the last run whose thread has ended (kept for Play = continue)
        self._run_key: tuple | None = None
        self._history: dict[str, list[float]] = {}
        self._terminal: dict | None = None
        self._probes: list[Probe] = []
        self._jobs: concurrent.futures.ThreadPoolExecutor | None = None  # one thread, made on first use
        self._pending_jobs: list[concurrent.futures.Future] = []
        self._generation = 0  # a start or a reset makes earlier probe jobs' results stale
        #: weights the next model starts from instead of the seeded draw: (spec dict, {"layer/w": array})
        #: (imported, kept after an edit, typed in before any batch); cleared by reset and start
        self._custom: tuple[dict, dict] | None = None
        self._custom_origin: dict | None = None
        self._custom_at_start: tuple[tuple[dict, dict] | None, dict | None] | None = None
        #: where the weights the current (or last) run started from came from, when they were not the seeded
        #: draw: ``{"kind": "run", "id": ..., "name": ...}``, ``"file"`` (``name``), ``"kept"`` after an edit,
        #: ``"edited"`` (typed in), ``"restored"`` (recovered work); ``None``: the seeded initial weights
        self.start_origin: dict | None = None
        self._data_cache: tuple[Any, Any] | None = None  # ((dataset dict, base dir), Dataset) of the ready model
        self._ready_key: tuple | None = None  # what the ready (or being prepared) idle model was built from
        self._pending_prepare: concurrent.futures.Future | None = None
        self._model_problem: str | None = None  # why the last prepared project gave no model
        self._sigJobDone.connect(self._on_job_done)
        self._sigPrepared.connect(self._on_prepared)
        self._sigEvalDone.connect(self._on_eval_done)

    # ------------------------------------------------------------------ read access
    @property
    def state(self) -> RunState:
        return self._state

    @property
    def is_active(self) -> bool:
        """A worker thread exists (running or paused)."""
        return self._thread is not None

    @property
    def worker_thread(self) -> QThread | None:
        """The active run's thread (``None`` when no run is active), for diagnostics and tests."""
        return self._thread

    @property
    def history(self) -> dict[str, list[float]]:
        """Per-epoch logs of the current (or last) run, as ``History.history``: ``{"loss": [...], ...}``:
        the engine's history as the latest ``epoch_end`` or terminal event carried it. Continued runs
        include the earlier epochs."""
        return {k: list(v) for k, v in self._history.items()}

    @property
    def last_model(self) -> Any:
        """The trained backend model, or ``None``.

        Only available when no batch can run at the same time: in ``"paused"`` (the worker waits) and
        after the run's thread has ended (``"finished"``, ``"stopped"``). Read it, predict with it, save
        it, but do not keep it across a :meth:`resume`/:meth:`start`: the worker trains it again then.
        """
        built = self.idle_run()
        return built.model if built is not None else None

    @property
    def model_problem(self) -> str | None:
        """Why the last project prepared gave no model (:meth:`prepare`), as the user reads it, or ``None``
        (a model is there, or on its way)."""
        return self._model_problem

    def idle_run(self) -> Run | None:
        """The run whose model no batch can touch now (paused, or ended with a model), else ``None``."""
        if self._state == RunState.PAUSED and self._worker is not None and self._worker.built is not None:
            return self._worker.built
        if self._state in (RunState.FINISHED, RunState.STOPPED, RunState.IDLE) and self._run is not None:
            return self._run
        return None

    @property
    def pace(self) -> float | None:
        """At most this many epochs a second are trained (``None``: as fast as possible)."""
        return self._pace

    def set_pace(self, epochs_per_second: float | None) -> None:
        """Show the run at most ``epochs_per_second`` epochs a second (``None`` or 0: no limit); takes
        effect at once, also during a run. The worker only waits between epochs: the batches and the
        weights do not depend on the pace."""
        pace = float(epochs_per_second) if epochs_per_second else None
        self._pace = pace if pace is not None and pace > 0 else None
        if self._worker is not None and self._control is not None:
            self._worker.pace = self._pace
            self._control.wake()

    @property
    def has_custom_weights(self) -> bool:
        """The idle model's weights are not the seeded draw (imported, kept after an edit, typed in)."""
        return self._state == RunState.IDLE and self._custom is not None

    @property
    def model_spec(self) -> Any:
        """The spec of the model ``last_model`` returns (``None`` without one)."""
        built = self.idle_run()
        return built.project.model if built is not None else None

    # ------------------------------------------------------------------ the model before training
    def custom_weights_for(self, spec: Any) -> dict | None:
        """The imported, kept or typed-in weights when they belong to ``spec`` (a copy), else ``None``."""
        if self._custom is None or self._custom[0] != spec.to_dict():
            return None
        return {k: np.array(v, copy=True) for k, v in self._custom[1].items()}

    @property
    def custom_origin(self) -> dict | None:
        """Where the idle model's imported, kept or typed-in weights came from (``None``: the seeded draw)."""
        return dict(self._custom_origin) if self._custom is not None and self._custom_origin else None

    def custom_state(self) -> tuple[dict, dict, dict | None] | None:
        """The imported, kept or typed-in weights with their spec and origin (copies), for an undo step."""
        if self._custom is None:
            return None
        return (copy.deepcopy(self._custom[0]), {k: np.array(v, copy=True) for k, v in self._custom[1].items()},
                copy.deepcopy(self._custom_origin))

    def restore_custom_state(self, state: tuple[dict, dict, dict | None] | None) -> bool:
        """Put back what :meth:`custom_state` returned (``None``: the seeded draw) while no model is trained or
        training: an undo or redo of an import. False (nothing done) otherwise."""
        if self._state != RunState.IDLE or self._thread is not None:
            return False
        if state is None:
            self._custom = self._custom_origin = None
        else:
            self._custom = (copy.deepcopy(state[0]), {k: np.array(v, copy=True) for k, v in state[1].items()})
            self._custom_origin = copy.deepcopy(state[2])
        self._ready_key = None   # the model at rest is built again, from these weights
        return True

    def set_custom_weights(self, spec: Any, weights: dict, origin: dict | None = None) -> None:
        """The next model of ``spec`` (:meth:`prepare`, Play) starts from ``weights`` (some or all of its
        ``"layer/weight"`` keys; the others get the seeded draw): an imported model's weights. ``origin``
        says where they came from (``{"kind": "file", "name": ...}``, ``{"kind": "run", "id": ..., "name":
        ...}``; see :attr:`start_origin`)."""
        self._custom = (spec.to_dict(), {k: np.array(v, copy=True) for k, v in weights.items()})
        self._custom_origin = dict(origin) if origin else {"kind": "edited"}
        self._ready_key = None  # build it again, even for the same spec

    def keep_weights(self, project: Project, backend: str = "numpy", device: str | None = None,
                     base_dir: str | Path | None = None) -> dict:
        """The model was edited after training: stop any paused run and make the edited model the current
        one (state ``"idle"``), keeping the trained weights of every layer whose weight shapes did not
        change (``engine.keep_weights``); the others get the seeded initial draw. The next Play trains
        the edited model from there (with a fresh optimizer). Returns ``{"kept": [...], "reinitialised":
        [...]}`` (also sent with ``sigModelReady``)."""
        from ...engine.keep_weights import carry_weights

        built = self.idle_run()
        if built is not None:
            old_spec, old_weights = built.project.model, built.model.get_weights()
        elif self._custom is not None:
            from ...spec import ModelSpec

            old_spec, old_weights = ModelSpec.from_dict(self._custom[0]), self._custom[1]
        else:
            old_spec, old_weights = None, {}
        try:
            carried = carry_weights(old_spec, old_weights, project.model) if old_spec is not None else None
        except Exception:  # noqa: BLE001 - an invalid edited model: nothing to keep until it is valid again
            carried = None
        if built is not None and self._data_cache is None:
            self._data_cache = ((copy.deepcopy(built.project.dataset), base_dir), built.dataset)
        cache = self._data_cache
        self.reset()
        self._data_cache = cache
        report: dict[str, list[str]] = {"kept": [], "reinitialised": []}
        if carried is not None:
            self._custom = (project.model.to_dict(), carried.weights)
            self._custom_origin = {"kind": "kept"}
            report = {"kept": carried.kept, "reinitialised": carried.reinitialised}
        elif old_spec is not None:
            self._custom = (old_spec.to_dict(), old_weights)  # kept for when the model is valid again
            self._custom_origin = {"kind": "kept"}
        self.prepare(project, backend, device, base_dir, report=report)
        return report

    def prepare(self, project: Project, backend: str = "numpy", device: str | None = None,
                base_dir: str | Path | None = None, *, report: dict | None = None) -> bool:
        """Build the model of ``project`` before any batch (only in ``"idle"``): the seeded initial
        weights Play starts from, or the custom ones (:meth:`set_custom_weights`, :meth:`keep_weights`,
        a typed weight). Runs in the job thread (loading the data may take seconds); then ``last_model``
        returns it, ``sigModelReady`` is sent and every probe is computed on it (views show it). A
        project that cannot be built (invalid model, data that does not fit) leaves no model. Returns
        False when nothing was started."""
        if self._thread is not None or self._state != RunState.IDLE:
            return False
        project = project.copy()
        key = (project.model.to_dict(), project.dataset, backend, device)
        ready_key = (key, project.training.to_dict(), str(base_dir))
        if ready_key == self._ready_key and report is None:
            return False  # that very model is there, or on its way
        self._ready_key = ready_key
        self._generation += 1
        self._model_problem = None
        if key != self._run_key:
            self._run = None
            self._run_key = None
        weights = None
        if self._custom is not None and self._custom[0] == key[0]:
            weights = self._custom[1]
        data_key = (copy.deepcopy(project.dataset), base_dir)
        dataset = self._data_cache[1] if self._data_cache is not None and self._data_cache[0] == data_key else None
        if self._jobs is None:
            self._jobs = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="annstudio-probes")
        job = self._jobs.submit(self._prepare_job, project, backend, device, base_dir, dataset, weights,
                                key, data_key, dict(report or {}), self._generation)
        self._pending_prepare = job  # not waited for by a start: a start makes it stale
        return True

    def _prepare_job(self, project: Project, backend: str, device: str | None, base_dir: Any, dataset: Any,
                     weights: dict | None, key: tuple, data_key: tuple, report: dict, generation: int) -> None:
        """Runs in the job thread."""
        try:
            # the model to look at before training: its callbacks never run, so their files are not checked
            # here (Play checks them, see create_run); a refused path must not hide the network
            bare = project.copy()
            bare.training.callbacks = []
            run = create_run(bare, backend, base_dir=base_dir, device=device, dataset=dataset)
            run.project = project
            run.trainer.training_config["project"] = project.to_dict()
            if weights:
                run.model.set_weights(weights)
        except Exception as exc:  # noqa: BLE001 - an invalid project simply has no model yet
            self._sigPrepared.emit((generation, None, exc, key, data_key, report))
            return
        self._sigPrepared.emit((generation, run, None, key, data_key, report))

    @Slot(object)
    def _on_prepared(self, done: tuple) -> None:
        generation, run, error, key, data_key, report = done
        if generation != self._generation or self._thread is not None or self._state != RunState.IDLE:
            return
        if run is None:
            self._run = self._run_key = None
            self._model_problem = render_error(error)
            self.sigModelRefused.emit(self._model_problem)
            return
        self._run, self._run_key = run, key
        self._data_cache = (data_key, run.dataset)
        self.sigModelReady.emit(report)
        self.refresh_probes()
        self.evaluate_model()  # the loss and accuracy before training, as the Playground shows them

    def weights_edited(self) -> None:
        """A weight of the idle model was typed in: Play starts from the model as it is now."""
        built = self.idle_run()
        if built is not None and self._state == RunState.IDLE:
            self._custom = (built.project.model.to_dict(), built.model.get_weights())
            self._custom_origin = {"kind": "edited"}

    def evaluate_model(self) -> bool:
        """Loss and metrics of the resting model on its training data, in the job thread; the result
        comes with ``sigEvaluated`` (``{"loss": ..., "accuracy": ...}``). False when there is no model."""
        built = self.idle_run()
        if built is None:
            return False
        if self._jobs is None:
            self._jobs = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="annstudio-probes")
        # not waited for by a start: it only reads the resting model, which a new run never trains
        self._jobs.submit(self._eval_job, built, self._generation)
        return True

    def _eval_job(self, built: Run, generation: int) -> None:
        """Runs in the job thread."""
        from ...engine.session import evaluate

        try:
            logs = evaluate(built, "train")
        except Exception:  # no numbers rather than a crash
            log.exception("evaluating the model failed")
            return
        self._sigEvalDone.emit((generation, logs))

    @Slot(object)
    def _on_eval_done(self, done: tuple) -> None:
        generation, logs = done
        if generation == self._generation and self.idle_run() is not None and logs:
            self.sigEvaluated.emit(dict(logs))

    def add_probe(self, probe: Probe) -> None:
        """Run ``probe(model, dataset) -> dict`` in the worker between steps (from the next start on)."""
        self._probes.append(probe)

    def remove_probe(self, probe: Probe) -> None:
        self._probes.remove(probe)

    def set_payload_interval(self, seconds: float) -> None:
        """Send payloads about every ``seconds`` (at least ``min_interval`` apart): the GUI's frame
        interval, so that the worker wakes the GUI thread (and runs the probes) only as often as a new
        picture is drawn. Takes effect at once, also in the running worker."""
        self._payload_interval = max(0.0, float(seconds))
        if self._worker is not None:
            self._worker.payload_interval = self._payload_interval  # a float the worker thread reads: no lock

    def refresh_probes(self, probes: Iterable[Probe] | None = None, dataset: Any = None) -> bool:
        """Compute ``probes`` (default: every registered one) again on the model as it is now, past their
        rate limits, in a job thread; the result comes as a ``sigEvents`` payload. Only while no batch
        runs (paused, finished, stopped); returns False (nothing to do) otherwise. ``dataset``: look at
        this data instead of the run's own (a view shows other data of the same shape)."""
        built = self.idle_run()
        probes = list(self._probes if probes is None else probes)
        if built is None or not probes:
            return False
        if self._jobs is None:
            self._jobs = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="annstudio-probes")
        data = built.dataset if dataset is None else dataset
        job = self._jobs.submit(self._probe_job, probes, built.model, data, built.trainer.step, self._generation)
        self._pending_jobs = [j for j in self._pending_jobs if not j.done()] + [job]
        return True

    def wait_for_probes(self) -> None:
        """Wait until the probe jobs asked for so far are done (before a batch may touch the model)."""
        jobs, self._pending_jobs = self._pending_jobs, []
        if jobs:
            concurrent.futures.wait(jobs)

    def _probe_job(self, probes: list[Probe], model: Any, dataset: Any, step: int, generation: int) -> None:
        """Runs in the job thread."""
        results: dict[str, Any] = {}
        for probe in probes:
            try:
                results.update(copy.deepcopy(call_probe(probe, model, dataset, force=True)))
            except Exception:
                log.exception("probe %r failed", probe)
        self._sigJobDone.emit((generation, {"event": "probe", "step": step, "results": results}))

    @Slot(object)
    def _on_job_done(self, done: tuple[int, dict]) -> None:
        generation, event = done
        if generation == self._generation and self.idle_run() is not None and event["results"]:
            self.sigEvents.emit([event])

    # ------------------------------------------------------------------ controls
    def start(self, project: Project, backend: str = "numpy", device: str | None = None,
              base_dir: str | Path | None = None, *, paused: bool = False,
              chosen_dirs: Iterable[str | Path] = ()) -> None:
        """Train ``project`` (copied here, so later edits never reach the run) in a worker thread.

        With ``paused=True`` the run is built and waits before its first batch (then :meth:`step`).
        ``chosen_dirs``: folders the user picked in a dialog; the project's callbacks may write there as
        well as inside ``base_dir`` (the project's folder), nowhere else.
        Raises ``RuntimeError`` while a run is active (use :meth:`resume`, :meth:`stop` first).
        """
        if self._thread is not None:
            raise RuntimeError("a training run is active; resume or stop it first")
        self.wait_for_probes()  # a continued run trains the model they look at
        self._generation += 1
        project = project.copy()
        key = (project.model.to_dict(), project.dataset, backend, device)
        previous, dropped = None, False
        initial, dataset, origin = None, None, None
        if self._run is not None and self._state in (RunState.FINISHED, RunState.STOPPED):
            if key == self._run_key:
                previous = self._run
            else:
                dropped = True
        elif self._state == RunState.IDLE:
            if self._custom is not None and self._custom[0] == key[0]:
                initial, origin = self._custom[1], self._custom_origin  # imported, kept after an edit, typed in
            if self._data_cache is not None and self._data_cache[0] == (project.dataset, base_dir):
                dataset = self._data_cache[1]  # the ready model's data, already loaded
        # imported or typed-in weights: given back if the run cannot be built (the model does not fit the data;
        # "Fit the model to this data" then keeps what still fits, as before Play)
        self._custom_at_start = (self._custom, self._custom_origin) if self._state == RunState.IDLE else None
        self._custom = None
        self._ready_key = None
        if previous is None:
            self.start_origin = origin   # a continued run keeps the start of the run it continues
            self._history = {}
            self._run = None
        self._run_key = key
        self._terminal = None
        control = TrainingControl()
        if paused:
            control.pause()
        worker = TrainingWorker(project, backend, device=device, base_dir=base_dir, control=control,
                                previous=previous, probes=self._probes, min_interval=self.min_interval,
                                pace=self._pace, initial_weights=initial, dataset=dataset, chosen_dirs=chosen_dirs,
                                payload_interval=self._payload_interval)
        thread = QThread()
        thread.setObjectName("annstudio-training")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.sigEvents.connect(self._on_events)
        worker.sigMessage.connect(self._on_worker_message)
        worker.sigFinished.connect(self._on_worker_finished)
        # quit from the worker thread itself: its event loop has not even started when run() returns
        worker.sigFinished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_thread_finished)
        _reaper().adopt(thread, worker)
        self._thread, self._worker, self._control = thread, worker, control
        self._set_state(RunState.RUNNING)
        if dropped:
            self.sigMessage.emit(self.tr("The model, data or backend changed: training starts from new weights."))
        thread.start()

    def pause(self) -> None:
        """Pause before the next batch; the state becomes ``"paused"`` when the trainer got there."""
        if self._control is not None and self._state == RunState.RUNNING:
            self._control.pause()

    def resume(self) -> None:
        if self._control is not None and self._state == RunState.PAUSED:
            self.wait_for_probes()
            self._control.resume()
            self._set_state(RunState.RUNNING)

    @property
    def stepping(self) -> bool:
        """A step is training (state ``"running"`` until its batch is done): a further :meth:`step` adds one."""
        return self._control is not None and self._state == RunState.RUNNING and self._control.held

    def step(self) -> None:
        """Train exactly one more batch, then pause (from ``"paused"``, or right after ``start(paused=True)``);
        while a step trains, one more batch after it."""
        if self._control is not None and self._state.active:
            self.wait_for_probes()
            self._control.step()
            self._set_state(RunState.RUNNING)

    def stop(self) -> None:
        """Stop before the next batch (also from ``"paused"``); the state becomes ``"stopped"``."""
        if self._control is not None:
            self._control.stop()

    def stop_and_deliver(self, timeout_ms: int, *, user_input: bool = True) -> None:
        """Stop the run as the Stop button does and wait (up to ``timeout_ms``) until its end is delivered,
        so the Runs panel records it; ``user_input=False`` holds clicks and keys meanwhile (no second Play)."""
        if not self.is_active:
            return
        loop = QEventLoop()
        self.sigFinished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        try:
            self.stop()
            if self.is_active:
                loop.exec(QEventLoop.ProcessEventsFlag.AllEvents if user_input
                          else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.sigFinished.disconnect(loop.quit)

    def reset(self, timeout_ms: int = 5000) -> None:
        """Stop any run (waiting for its current batch) and forget the model: the next :meth:`start`
        begins from fresh initial weights."""
        self._stop_thread(timeout_ms)
        self.wait_for_probes()
        had_model = self._state == RunState.IDLE and (self._run is not None or self._custom is not None)
        self._forget_run()
        self._custom = None
        if had_model:
            self.sigStateChanged.emit(RunState.IDLE.value)  # the views forget the model they showed
        self._set_state(RunState.IDLE)

    def clear_error(self) -> bool:
        """After a run that could not be built (state ``"error"``, no model): back to ``"idle"``, keeping the
        imported or typed-in weights, so that the project, fixed, is built again (:meth:`prepare`) and the
        views and the status line show its model. False (nothing done) in any other state."""
        if self._state != RunState.ERROR or self._thread is not None:
            return False
        self._forget_run()
        self._set_state(RunState.IDLE)
        return True

    def _forget_run(self) -> None:
        """Drop the built run, its history and its end (results on their way are stale from now on)."""
        self._generation += 1
        self._run = self._run_key = self._ready_key = None
        self._history = {}
        self._terminal = None

    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """For window close: stop, end the thread and wait for it. True when it ended within ``timeout_ms``.

        A thread that does not end in time (a dataset still loading) is kept alive until it ends by
        itself, so Qt never destroys a running ``QThread``.
        """
        ended = self._stop_thread(timeout_ms)
        self.wait_for_probes()
        if self._jobs is not None:
            self._jobs.shutdown(wait=True)
            self._jobs = None
        return ended

    # ------------------------------------------------------------------ internals
    def _stop_thread(self, timeout_ms: int) -> bool:
        thread = self._thread
        if thread is None:
            return True
        self._control.stop()
        ended = thread.wait(max(0, int(timeout_ms)))
        # Forget the run: its queued signals are ignored from now on (see _is_current); the reaper
        # keeps the thread and the worker alive until the thread's "finished" has been delivered.
        self._thread = self._worker = self._control = None
        return bool(ended)

    def _is_current(self) -> bool:
        sender = self.sender()
        return sender is not None and sender is self._worker

    def _set_state(self, state: RunState | str) -> None:
        state = RunState(state)
        if state != self._state:
            self._state = state
            self.sigStateChanged.emit(state.value)

    @Slot(object)
    def _on_events(self, events: list) -> None:
        if not self._is_current():
            return
        paused = False
        for event in events:
            kind = event["event"]
            if kind == "epoch_end" and "history" in event:
                self._history = event["history"]  # the engine's, copied by the worker: read, never changed
            elif kind in TERMINAL_EVENTS and event.get("history"):
                self._history = event["history"]
            elif kind == "paused":
                paused = True
        self.sigEvents.emit(events)
        # A resume may have come in after the trainer paused: trust the control, not the old event.
        if paused and self._control is not None and self._control.paused and not self._control.stop_requested:
            self._set_state(RunState.PAUSED)
            where = next(e for e in reversed(events) if e["event"] == "paused")
            self.sigMessage.emit(self.tr("Paused before epoch {0}, batch {1}: Train resumes, Step trains one batch.")
                                 .format(where["epoch"] + 1, where["batch"] + 1))

    @Slot(str)
    def _on_worker_message(self, text: str) -> None:
        if self._is_current():
            self.sigMessage.emit(text)

    @Slot(object)
    def _on_worker_finished(self, terminal: dict) -> None:
        if self._is_current():
            self._terminal = terminal

    @Slot()
    def _on_thread_finished(self) -> None:
        if self.sender() is not self._thread:
            return
        self._thread.wait()  # "finished" is emitted by the thread just before it ends
        worker = self._worker
        terminal = self._terminal or {
            "event": "error", "stage": "train", "reason": "RuntimeError",
            "message": "the training thread ended without a final event", "history": {}, "epochs_run": 0, "step": 0,
        }
        self._thread = self._worker = self._control = None
        state = terminal["event"]
        if state == RunState.ERROR.value and terminal.get("stage") == "build" and self._custom_at_start:
            self._custom, self._custom_origin = self._custom_at_start
        self._custom_at_start = None
        self._run = worker.built if state in (RunState.FINISHED.value, RunState.STOPPED.value) else None
        if self._run is None:
            self._run_key = None
        self._set_state(state)
        self.sigMessage.emit(self._describe(terminal))
        self.sigFinished.emit(terminal)

    def _describe(self, terminal: dict) -> str:
        """A human sentence for the status bar or an error box; a line says when EarlyStopping put back its
        best epoch's weights, another where the callbacks wrote their files (checkpoints, CSV logs,
        TensorBoard runs), so a learner can find them."""
        text = self._describe_end(terminal)
        restored = terminal.get("restored")
        if restored:
            text += "\n" + with_particles(self.tr("The model holds the weights of epoch {0}, the best {1} ({2:.4g}), put back by "
                                   "EarlyStopping.").format(restored["epoch"], metric_name(restored["monitor"]),
                                                            restored["value"]))
        outputs = terminal.get("outputs") or []
        if len(outputs) > 3:   # e.g. a checkpoint name with {epoch}: one file an epoch
            return text + "\n" + self.tr("Written: {0} files and folders, the last {1}").format(len(outputs), outputs[-1])
        return text + "\n" + self.tr("Written: {0}").format("; ".join(outputs)) if outputs else text

    def _epochs(self, count: int) -> str:
        """"1 epoch" / "{count} epochs" (English has a singular; the Korean is one form)."""
        return self.tr("1 epoch") if count == 1 else self.tr("{0} epochs").format(count)

    def _batches(self, count: int) -> str:
        return self.tr("1 batch") if count == 1 else self.tr("{0} batches").format(count)

    def _describe_end(self, terminal: dict) -> str:
        event, reason = terminal["event"], terminal.get("reason")
        history = terminal.get("history") or {}
        epochs = len(history.get("loss", []))
        if event == "finished":
            loss = history["loss"][-1] if history.get("loss") else float("nan")
            if reason == "early_stopping":
                return self.tr("Stopped early after {0} (EarlyStopping): loss {1:.4g}").format(self._epochs(epochs), loss)
            return self.tr("Training finished: {0}, loss {1:.4g}").format(self._epochs(epochs), loss)
        if event == "stopped":
            if reason == "diverged":
                return self.tr("Training diverged: {0}").format(render(terminal["message"]))
            batches = int(terminal.get("batches_into_epoch") or 0)
            if batches:   # F10 six times, then Stop: "after 0 epochs" hid six trained batches
                return self.tr("Stopped after {0} and {1} of epoch {2} (trained into the weights; "
                               "the curves count whole epochs).").format(self._epochs(epochs), self._batches(batches),
                                                                         epochs + 1)
            return self.tr("Stopped after {0}.").format(self._epochs(epochs))
        if terminal.get("stage") == "build":
            return self.tr("Cannot start training: {0}").format(render(terminal["message"]))
        return self.tr("Training failed: {0}").format(render(terminal["message"]))


class _ThreadReaper(QObject):
    """Holds every training thread and its worker until the thread's ``finished`` has been delivered.

    Qt aborts when a running ``QThread`` is destroyed, and a queued signal must not outlive its sender;
    so neither the runner nor a closing window drops them: this process-wide object does, after the
    thread ended (a thread that was told to stop but is still loading data ends by itself later).
    """

    def __init__(self) -> None:
        super().__init__()
        self._held: dict[QThread, QObject] = {}

    def adopt(self, thread: QThread, worker: QObject) -> None:
        self._held[thread] = worker
        thread.finished.connect(self._release)

    @Slot()
    def _release(self) -> None:
        thread = self.sender()
        thread.wait()
        self._held.pop(thread, None)


_REAPER: _ThreadReaper | None = None


def _reaper() -> _ThreadReaper:
    global _REAPER
    if _REAPER is None:
        _REAPER = _ThreadReaper()
    return _REAPER
