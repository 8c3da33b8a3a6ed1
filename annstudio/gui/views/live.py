"""``LiveView``: the one way a view follows a training run.

A view mixes it in before its Qt widget class and says what it wants:

- ``live_keys``: the probe result keys it draws (``("decision",)``, ``("weights", "weights_spec")``...);
  each payload's probe results are merged (a later result of a key wins), cut to these keys and handed
  to :meth:`draw_live` — at once when the view is visible, otherwise kept (the newest of each key) and
  drawn when the view is shown (``draw_hidden = True``: always at once); the forced results that come
  with a pause or the end of a run are drawn at once either way;
- :meth:`live_probes`: the probes it needs; :meth:`follow` registers them with the runner. While no
  view that draws a probe's results is on screen (hidden, or its dock tab behind another), the worker
  skips that probe (``probe.wanted``), except for the forced looks at a pause or the end;
- :meth:`on_run_events`: the payload itself, for views that read the trainer's events (the loss plot,
  the status line); :meth:`on_run_state`: the run's state as a :class:`RunState`;
- :meth:`clear_live`: what a reset (state ``idle``) forgets; the kept results are dropped first.

The worker flushes the probes itself (forced) before a pause and at the end of a run, so a view never
computes anything when a run pauses or ends. When a view setting changes while no batch runs (a
resolution, a feature pair, a weight typed into the diagram), :meth:`request_refresh` asks the runner to
compute the view's probes again in a job thread; the result arrives as any other payload.

A new live view is one class with this mixin, plus ``window.add_live_view(view)`` in the main window.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Slot

from ..run.state import TERMINAL_EVENTS, RunState

#: events after which no batch runs: their payload's probe results are the exact picture
_RESTING = ("paused", *TERMINAL_EVENTS)


class LiveView:
    """Mixin for a ``QWidget`` that draws a training run (see the module docstring)."""

    #: probe result keys this view draws
    live_keys: tuple[str, ...] = ()
    #: draw results even while the view is hidden (else: keep the newest, draw when shown)
    draw_hidden: bool = False

    _live_runner: Any = None
    _live_pending: dict | None = None
    _on_screen: bool | None = None  # None: not in a dock, isVisible() says
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

    attach = follow  # the name the views used before

    def request_refresh(self, probes: Iterable | None = None, dataset: Any = None) -> bool:
        """Ask the runner to compute this view's probes (or ``probes``) again on the model as it is now,
        in a job thread (only while no batch runs). False when there is nothing to look at."""
        runner = self._live_runner
        if runner is None or not hasattr(runner, "refresh_probes"):
            return False
        return bool(runner.refresh_probes(list(self.live_probes() if probes is None else probes), dataset))

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
        """Draw ``results`` now when on screen (or ``draw_hidden``), else keep them until it is shown."""
        if self.draw_hidden or self.is_on_screen():
            self.draw_live(results)
        else:
            self._live_pending = {**(self._live_pending or {}), **results}

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
        self.on_run_events(events)
        if results:
            if any(event["event"] in _RESTING for event in events):
                self.draw_live(results)  # the exact look where the run rests: drawn even while hidden
            else:
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
