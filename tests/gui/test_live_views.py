"""The one mechanism every live view uses (gui/views/live.py), and where probes run: never on the GUI thread."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from annstudio.engine import probes as probe_module
from annstudio.gui.main_window import MainWindow
from annstudio.gui.run import backend_picker
from annstudio.gui.run.state import EDITABLE_STATES, RunState
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.live import LiveView
from annstudio.project import Project
from annstudio.resources import resource_path

PROBE_CLASSES = ("ActivationStatsProbe", "DecisionRegionProbe", "WeightsProbe", "NeuronMapsProbe", "ResultsProbe")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])


def test_run_states_are_one_enum():
    assert [s.value for s in RunState] == ["idle", "running", "paused", "finished", "stopped", "error"]
    assert RunState.PAUSED == "paused" and "finished" in EDITABLE_STATES and RunState.ERROR not in EDITABLE_STATES
    assert RunState("paused").has_model and RunState.RUNNING.active and not RunState.IDLE.has_model


class CountingView(LiveView, QLabel):
    """A new live view: one class (and one line in the window to register it)."""

    live_keys = ("count",)

    def __init__(self, probe):
        super().__init__()
        self.probe = probe
        self.drawn = []
        self.cleared = 0

    def live_probes(self):
        return [self.probe]

    def draw_live(self, results):
        self.drawn.append(results)

    def clear_live(self):
        self.cleared += 1


def test_a_new_live_view_gets_its_results_by_key_kept_while_hidden(qtbot):
    runner = TrainingRunner()
    view = CountingView(probe=lambda model, dataset: {"count": 1})
    qtbot.addWidget(view)
    view.follow(runner)
    assert view.probe in runner._probes
    view._on_live_payload([{"event": "probe", "step": 1, "results": {"count": 1, "other": 2}}])
    assert view.drawn == []  # hidden: kept
    view._on_live_payload([{"event": "probe", "step": 2, "results": {"count": 2}}])
    view.show()
    qtbot.waitExposed(view)
    assert view.drawn == [{"count": 2}]  # the newest, only its own key
    view._on_live_payload([{"event": "probe", "step": 3, "results": {"other": 3}}])
    assert len(view.drawn) == 1  # nothing for it
    view._on_live_state("idle")
    assert view.cleared == 1 and view.run_state == RunState.IDLE
    runner.shutdown()


def _quiet_close(window):
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()


def test_no_probe_ever_runs_on_the_gui_thread(qtbot, monkeypatch):
    """Run, pause, step, a view setting changed while paused, a typed-in weight, finish, a setting after
    the end: every probe call (and the run's own recording probe) happens in a worker thread."""
    gui = threading.get_ident()
    calls: list[tuple[str, int, str]] = []
    for name in PROBE_CLASSES:
        cls = getattr(probe_module, name)
        for method in ("__call__", "compute"):
            if not hasattr(cls, method):
                continue
            original = getattr(cls, method)

            def record(self, *args, _original=original, _method=method, **kwargs):
                calls.append((type(self).__name__, threading.get_ident(), window.runner.state.value))
                return _original(self, *args, **kwargs)

            monkeypatch.setattr(cls, method, record)

    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.dataset["params"]["repeat"] = 25
    project.training.epochs = 40
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=_quiet_close)
    window.document.replace(project, None)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.decision_plot.dataset is not None, timeout=10000)
    runner = window.runner
    recorded = []
    runner.add_probe(lambda model, dataset: recorded.append(threading.get_ident()) or {})

    def wait_state(state):
        qtbot.waitUntil(lambda: runner.state == state, timeout=20000)

    runner.start(window.document.snapshot(), paused=True)
    wait_state("paused")
    runner.step()
    wait_state("paused")
    before = window.decision_plot.updates
    window.decision_plot.set_resolution(50)  # a view setting while paused: computed in a job thread
    qtbot.waitUntil(lambda: window.decision_plot.updates > before, timeout=10000)
    window.docks["networkView"].raise_()  # its tab in front: drawn at once
    qtbot.waitUntil(window.network_view.is_on_screen)
    maps = window.network_view.updates
    window.network_view.set_weight("dense/kernel", (0, 0), 0.5)  # a weight typed into the diagram
    # the job threads' payloads (its own and the other views' refreshes) are drawn in one frame or more
    qtbot.waitUntil(lambda: window.network_view.updates > maps, timeout=10000)
    runner.resume()
    qtbot.waitUntil(lambda: runner.state == "finished", timeout=60000)
    before = window.decision_plot.updates
    window.decision_plot.set_resolution(25)  # and after the end
    qtbot.waitUntil(lambda: window.decision_plot.updates > before, timeout=10000)
    runner.refresh_probes()
    qtbot.wait(200)

    assert recorded and gui not in recorded
    assert {name for name, _, _ in calls} == set(PROBE_CLASSES)
    on_gui = [(name, state) for name, ident, state in calls if ident == gui]
    assert on_gui == []
    assert {state for _, _, state in calls} >= {"running", "paused", "finished"}


def test_a_tab_behind_another_draws_nothing_and_its_probes_rest(qtbot):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=_quiet_close)
    window.show()
    qtbot.waitExposed(window)
    window.docks["trainingPanel"].raise_()
    qtbot.waitUntil(lambda: not window.network_view.is_on_screen())
    assert window.network_view.isVisible()  # Qt calls a tab behind another visible ...
    assert not window.network_view.weights_probe.wanted  # ... the views know better: the worker skips it
    assert not window.activation_view.probe.wanted and not window.results_panel.results_probe.wanted
    window.docks["resultsPanel"].raise_()
    qtbot.waitUntil(window.results_panel.is_on_screen)
    assert window.results_panel.results_probe.wanted and window.results_panel.weights_probe.wanted
    assert window.results_panel.weights_probe.max_rate == 1.0  # its own, slower than the diagram's
    assert not window.network_view.weights_probe.wanted and not window.network_view.maps_probe.wanted
