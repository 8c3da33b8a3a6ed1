"""``LiveView``: the one way a view follows a training run.

A view mixes it in before its Qt widget class and says what it wants:

- ``live_keys``: the probe result keys it draws (``("decision",)``, ``("weights", "weights_spec")``...);
  each payload's probe results are merged (a later result of a key wins), cut to these keys and handed
  to :meth:`draw_live` — at once when the view is visible, otherwise kept (the newest of each key) and
  drawn when the view is shown (``draw_hidden = True``: always at once); the forced results that come
  with a pause or the end of a run are drawn at once either way;
- results and redraws wait for the next **frame** (:class:`FrameClock`, one for the application): every
  view that changed draws in the same turn of the event loop, so the window is painted once per frame
  and the curves, the counters and the other views always show the same moment;
- :meth:`live_probes`: the probes it needs; :meth:`follow` registers them with the runner. While no
  view that draws a probe's results is on screen (hidden, or its dock tab behind another), the worker
  skips that probe (``probe.wanted``), except for the forced looks at a pause or the end;
- :meth:`on_run_events`: the payload itself, for views that read the trainer's events (the loss plot,
  the status line); they take the events at once (cheap) and call :meth:`request_frame`, and draw in
  :meth:`draw_frame`; :meth:`on_run_state`: the run's state as a :class:`RunState`;
- :meth:`clear_live`: what a reset (state ``idle``) forgets; the kept results are dropped first.

The worker flushes the probes itself (forced) before a pause and at the end of a run, so a view never
computes anything when a run pauses or ends. When a view setting changes while no batch runs (a
resolution, a feature pair, a weight typed into the diagram), :meth:`request_refresh` asks the runner to
compute the view's probes again in a job thread; the result arrives as any other payload.

A new live view is one class with this mixin, plus ``window.add_live_view(view)`` in the main window.
"""
from __future__ import annotations

import os
import time
import weakref
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from ..run.state import TERMINAL_EVENTS, RunState

#: events after which no batch runs: their payload's probe results are the exact picture
_RESTING = ("paused", *TERMINAL_EVENTS)


_CORES = os.cpu_count() or 1


class FrameClock(QObject):
    """Draws every live view that has something new in one turn of the event loop, at a bounded rate.

    The GUI thread competes with training for the CPU (and the GIL): every millisecond it paints is one
    the trainer waits. So views do not draw when a payload arrives; they :meth:`request` a frame, and
    the clock draws all of them together (the window is then painted once), at most every
    ``min_interval`` seconds and, when frames are expensive, less often: the next frame waits until the
    GUI thread's CPU time since the previous one (drawing, painting, taking payloads: everything it did)
    is at most ``budget`` of the time passed. ``interval`` is the wait it settled on; the runners it
    paces (:meth:`pace`) send their payloads that often, so the worker wakes the GUI thread only when
    there is a frame to draw and its probes compute only what a frame can show.
    """

    #: share of the wall time the GUI thread may be busy while a run streams in (on 2 cores, where BLAS
    #: trains on both, each GUI millisecond also stalls the other BLAS thread: it costs about double)
    budget = 0.02
    #: ... unless the process leaves a core free (a small model, or a paced run): then the GUI thread takes
    #: no time from training, and frames may cost this share (the spiral's regions then update >= 10/s)
    idle_budget = 0.15
    #: frames at most this often (15 a second) ...
    min_interval = 1 / 15
    #: ... and at least this often, however expensive a frame is
    max_interval = 1.0
    #: a frame is due when this share of ``interval`` has passed (payloads come with jitter)
    tolerance = 0.8

    _instance: FrameClock | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = self.min_interval
        self.frames = 0
        self._views: dict[int, Any] = {}  # id -> view waiting for the next frame, in request order
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self._last = -1e9  # monotonic time of the last frame
        self._last_cpu = 0.0  # the GUI thread's CPU time then
        self._last_process = 0.0  # the process's CPU time then (all threads)
        self._runners: weakref.WeakSet = weakref.WeakSet()
        self._paced = self.interval  # the payload interval the runners were given last

    @classmethod
    def instance(cls) -> FrameClock:
        """The application's clock (made on first use, owned by the ``QApplication``)."""
        clock = cls._instance
        if clock is None or not isValid(clock):  # none yet, or its application has ended (tests)
            clock = cls._instance = cls(QApplication.instance())
        return clock

    def pace(self, runner: Any) -> None:
        """Have ``runner`` send its payloads about once a frame (``runner.set_payload_interval``)."""
        if hasattr(runner, "set_payload_interval"):
            self._runners.add(runner)
            runner.set_payload_interval(self.interval)

    def request(self, view: Any) -> None:
        """Draw ``view`` (``view._draw_frame()``) in the next frame."""
        self._views[id(view)] = view
        if self._timer.isActive():
            return
        wait = self.interval * self.tolerance - (time.monotonic() - self._last)
        # at least one turn of the event loop: the other views take the same payload first
        self._timer.start(max(0, int(wait * 1000)))

    def forget(self, view: Any) -> None:
        """``view`` drew already (a pause, the end of a run) or was reset: nothing to do for it."""
        self._views.pop(id(view), None)
        if not self._views:
            self._timer.stop()

    def restart(self) -> None:
        """A run starts: frames at the highest rate until they prove expensive."""
        self._set_interval(self.min_interval)
        self._last, self._last_cpu, self._last_process = time.monotonic(), time.thread_time(), time.process_time()

    def tick(self) -> None:
        """Draw the frame now."""
        self._timer.stop()
        now, cpu, process = time.monotonic(), time.thread_time(), time.process_time()
        views, self._views = list(self._views.values()), {}
        for view in views:
            if isValid(view):  # a view closed since it asked is skipped
                view._draw_frame()
        self.frames += 1
        # Busy share: all the GUI thread did since the previous frame began (its drawing, its painting,
        # the payloads taken since). Smoothed, so one slow frame does not halve the rate.
        recent = now - self._last < 2 * self.max_interval
        spent = cpu - self._last_cpu if recent else 0.0
        cores_used = (process - self._last_process) / max(now - self._last, 1e-3) if recent else 0.0
        budget = self.idle_budget if cores_used < _CORES - 0.5 else self.budget
        wanted = min(self.max_interval, max(self.min_interval, spent / budget))
        self._set_interval(0.5 * self.interval + 0.5 * wanted)
        self._last, self._last_cpu, self._last_process = now, cpu, process

    def _set_interval(self, interval: float) -> None:
        self.interval = interval
        if abs(interval - self._paced) > 0.01 or interval == self.min_interval != self._paced:
            self._paced = interval
            for runner in list(self._runners):
                runner.set_payload_interval(interval)


def frame_clock() -> FrameClock:
    return FrameClock.instance()


class LiveView:
    """Mixin for a ``QWidget`` that draws a training run (see the module docstring)."""

    #: probe result keys this view draws
    live_keys: tuple[str, ...] = ()
    #: draw results even while the view is hidden (else: keep the newest, draw when shown)
    draw_hidden: bool = False

    _live_runner: Any = None
    _live_pending: dict | None = None
    _on_screen: bool | None = None  # None: not in a dock, isVisible() says
    _frame_requested = False  # draw_frame() is due at the next frame
    #: the state the runner announced last
    run_state: RunState = RunState.IDLE
    #: ``step`` of the probe event the results being drawn came from
    live_step: int | None = None

    # ------------------------------------------------------------------ what a view defines
    def live_probes(self) -> list:
        """The probes this view needs the worker to run (registered by :meth:`follow`)."""
        return []

    def watched_probes(self) -> list:
        """The probes whose results this view draws (default :meth:`live_probes`; a view may also read a
        probe another view registered). While no view that watches a probe is on screen, the worker
        skips it except for the forced looks at a pause or the end of a run."""
        return self.live_probes()

    def draw_live(self, results: dict) -> None:
        """Draw probe results (only this view's ``live_keys``)."""

    def on_run_events(self, events: list) -> None:
        """A payload of the run's events (probe events included), in order."""

    def on_run_state(self, state: RunState) -> None:
        """The run's new state (after :meth:`clear_live` for ``idle``)."""

    def clear_live(self) -> None:
        """Forget what the run drew (a reset)."""

    def draw_frame(self) -> None:
        """Draw what :meth:`on_run_events` took since the last frame (after :meth:`request_frame`)."""

    def request_frame(self) -> None:
        """Have :meth:`draw_frame` (and any kept results) drawn in the next frame (:class:`FrameClock`)."""
        self._frame_requested = True
        frame_clock().request(self)

    # ------------------------------------------------------------------ the mechanism
    @property
    def runner(self) -> Any:
        """The ``TrainingRunner`` followed (``None`` before :meth:`follow`)."""
        return self._live_runner

    @runner.setter
    def runner(self, runner: Any) -> None:
        self._live_runner = runner

    def follow(self, runner: Any) -> None:
        """Follow ``runner``: register :meth:`live_probes`, route its payloads and states to this view."""
        if self._live_runner is runner:
            return
        old = self._live_runner
        if old is not None and hasattr(old, "sigEvents"):
            old.sigEvents.disconnect(self._on_live_payload)
            old.sigStateChanged.disconnect(self._on_live_state)
            for probe in self.live_probes():
                if probe in getattr(old, "_probes", ()):
                    old.remove_probe(probe)
        self._live_runner = runner
        for probe in self.live_probes():
            runner.add_probe(probe)
        self._update_wanted()
        runner.sigEvents.connect(self._on_live_payload)
        runner.sigStateChanged.connect(self._on_live_state)
        frame_clock().pace(runner)

    attach = follow  # the name the views used before

    def request_refresh(self, probes: Iterable | None = None, dataset: Any = None) -> bool:
        """Ask the runner to compute this view's probes (or ``probes``) again on the model as it is now,
        in a job thread (only while no batch runs). False when there is nothing to look at."""
        runner = self._live_runner
        if runner is None or not hasattr(runner, "refresh_probes"):
            return False
        return bool(runner.refresh_probes(list(self.live_probes() if probes is None else probes), dataset))

    def look_again_on(self, dataset: Any, fits: bool, shown: bool, clear: Any,
                      probes: Iterable | None = None) -> None:
        """Other data was loaded while the view ``shown`` something computed on the previous data: compute
        it again on ``dataset`` when the model at rest takes it (``fits``), else ``clear()`` it, so a view
        never shows another data set's numbers. Nothing while a batch runs (the run's payloads follow)."""
        if not shown or self.run_state == RunState.RUNNING:
            return
        if dataset is None or not fits or not self.request_refresh(probes, dataset=dataset):
            clear()

    def is_on_screen(self) -> bool:
        """Visible, and (in a dock) its tab in front."""
        return bool(self.isVisible()) and self._on_screen is not False  # type: ignore[attr-defined]

    def set_on_screen(self, on: bool) -> None:
        """The dock holding this view was raised (True) or went behind another tab (False): a tabbed
        dock's widgets stay "visible" for Qt, so the window tells (``QDockWidget.visibilityChanged``)."""
        self._on_screen = bool(on)
        self._update_wanted()
        if on:
            self._draw_pending()

    def draw_or_keep(self, results: dict) -> None:
        """Keep ``results`` (the newest of each key) and draw them in the next frame when the view is on
        screen (or ``draw_hidden``); otherwise when it is shown."""
        self._live_pending = {**(self._live_pending or {}), **results}
        if self.draw_hidden or self.is_on_screen():
            frame_clock().request(self)

    def _draw_frame(self) -> None:
        """The frame clock's call: kept results (when on screen) and :meth:`draw_frame`."""
        if self.draw_hidden or self.is_on_screen():
            self._draw_pending()
        if self._frame_requested:
            self._frame_requested = False
            self.draw_frame()

    def _draw_now(self) -> None:
        """Draw what waits for a frame now (a pause, the end of a run): the exact picture at once."""
        if self._live_pending is None and not self._frame_requested:
            return
        frame_clock().forget(self)
        pending, self._live_pending = self._live_pending, None
        if pending:
            self.draw_live(pending)
        if self._frame_requested:
            self._frame_requested = False
            self.draw_frame()

    def _draw_pending(self) -> None:
        pending, self._live_pending = self._live_pending, None
        if pending:
            self.draw_live(pending)

    def _update_wanted(self) -> None:
        """Tell the worker whether this view's probes are worth computing between forced looks."""
        on = self.draw_hidden or self.is_on_screen()
        for probe in self.watched_probes():
            watchers = probe.__dict__.setdefault("_live_watchers", set())
            was = bool(watchers)
            if on:
                watchers.add(id(self))
            else:
                watchers.discard(id(self))
            probe.wanted = bool(watchers)
            if probe.wanted and not was:  # shown again: the next payload brings a fresh result
                reset = getattr(probe, "reset_rate_limit", None)
                if reset is not None:
                    reset()

    def forget_pending(self) -> None:
        self._live_pending = None
        self.forget_frame()

    def forget_frame(self) -> None:
        """Nothing waits for the next frame any more (drawn already, or reset)."""
        self._frame_requested = False
        frame_clock().forget(self)

    @Slot(object)
    def _on_live_payload(self, events: list) -> None:
        keys = self.live_keys
        results: dict | None = None
        for event in events:
            if event["event"] == "probe":
                mine = {k: v for k, v in (event.get("results") or {}).items() if k in keys}
                if mine:
                    results = {**(results or {}), **mine}
                    self.live_step = event.get("step")
        if any(event["event"] == "train_begin" for event in events):
            frame_clock().restart()
        self.on_run_events(events)
        if any(event["event"] in _RESTING for event in events):
            # the exact look where the run rests: drawn at once, even while hidden
            self._live_pending = {**(self._live_pending or {}), **(results or {})}
            self._draw_now()
        elif results:
            self.draw_or_keep(results)

    @Slot(str)
    def _on_live_state(self, state: str) -> None:
        self.run_state = RunState(state)
        if self.run_state == RunState.IDLE:
            self.forget_pending()
            self.clear_live()
        self.on_run_state(self.run_state)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)  # type: ignore[misc]
        self._update_wanted()
        if self.is_on_screen():
            self._draw_pending()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)  # type: ignore[misc]
        self._update_wanted()
