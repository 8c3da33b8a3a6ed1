"""Live views draw in frames (gui/views/live.py ``FrameClock``): the curves and the counters change
together, expensive frames come less often, and the worker sends its payloads once a frame."""
from __future__ import annotations

import re
import time

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel

from annstudio.gui.main_window import MainWindow
from annstudio.gui.run import backend_picker
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.live import FrameClock, LiveView
from annstudio.project import Project
from annstudio.resources import resource_path


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])


def _quiet_close(window):
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()


def _number(text: str) -> int:
    match = re.search(r"\d[\d,]*", text)
    return int(match.group().replace(",", "")) if match else -1


def test_the_curves_and_the_epoch_counters_change_in_the_same_frame(qtbot):
    """A fast run (many epochs a payload): whenever the event loop is between two turns, the loss curve
    holds every epoch the status line and the toolbar's counter have finished (the curve never trails them)."""
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.dataset["params"]["repeat"] = 50
    project.training.epochs = 400
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=_quiet_close)
    window.document.replace(project, None)
    window.show()
    qtbot.waitExposed(window)
    samples = []

    def sample():
        drawn = window.loss_plot.train_curve.getOriginalDataset()[0]
        samples.append((_number(window.readout.text()), _number(window.quick.epoch.text()),
                        0 if drawn is None else len(drawn)))

    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(1)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    timer.stop()
    sample()
    assert samples[-1] == (400, 400, 400)
    moving = [s for s in samples if 0 < s[2] < 400]
    assert len(moving) >= 5  # the run was watched while it streamed in
    # Keras' count: during epoch n the counters say n while the curve holds the n - 1 finished epochs
    assert [s for s in samples if not (s[0] == s[1] and s[2] in (s[0], s[0] - 1))] == []


class BusyView(LiveView, QLabel):
    """Each frame costs it ``cost`` seconds of the GUI thread's CPU."""

    def __init__(self, cost):
        super().__init__()
        self.cost = cost
        self.frames = 0

    def draw_frame(self):
        self.frames += 1
        end = time.thread_time() + self.cost
        while time.thread_time() < end:
            pass


def test_expensive_frames_come_less_often_and_pace_the_worker(qtbot):
    clock = FrameClock()
    clock.idle_budget = clock.budget  # as while training keeps every core busy (this test's process does not)
    runner = TrainingRunner()
    clock.pace(runner)
    view = BusyView(cost=0.04)
    qtbot.addWidget(view)
    clock.restart()
    assert clock.interval == clock.min_interval and runner._payload_interval == clock.min_interval
    for _ in range(6):  # 40 ms a frame at a 2 % budget: 2 s between frames, at most max_interval
        clock._views[id(view)] = view
        view._frame_requested = True
        clock.tick()
    assert view.frames == 6
    assert clock.interval > 0.8 * clock.max_interval
    assert runner._payload_interval == pytest.approx(clock.interval, abs=0.011)  # the payloads follow the frames
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    runner.start(project, paused=True)
    assert runner._worker.payload_interval == runner._payload_interval  # a new run's worker starts at the frame interval
    clock.restart()  # a run starts: cheap frames until they prove expensive
    assert clock.interval == clock.min_interval and runner._worker.payload_interval == clock.min_interval
    assert runner.shutdown(5000)


def test_views_with_something_new_draw_together_in_the_next_frame(qtbot):
    clock = FrameClock.instance()
    views = [BusyView(cost=0.0) for _ in range(3)]
    for view in views:
        qtbot.addWidget(view)
        view.request_frame()
        view.request_frame()  # asked twice: drawn once
    assert [v.frames for v in views] == [0, 0, 0]  # not while the payload is being handed out
    qtbot.waitUntil(lambda: views[0].frames == 1, timeout=2000)
    assert [v.frames for v in views] == [1, 1, 1]
    frames = clock.frames
    views[1].request_frame()
    views[1].forget_frame()  # drawn already (a pause): nothing left for the frame
    qtbot.wait(int(2000 * clock.max_interval))
    assert [v.frames for v in views] == [1, 1, 1] and clock.frames == frames


def test_with_a_core_free_frames_may_cost_more(qtbot):
    """A small model (or a paced run) leaves a core free: the GUI thread takes nothing from training then,
    and frames of 10 ms still come at the highest rate (the spiral's regions update >= 10 times a second)."""
    clock = FrameClock()
    view = BusyView(cost=0.01)
    qtbot.addWidget(view)
    clock.restart()
    for _ in range(6):
        clock._views[id(view)] = view
        view._frame_requested = True
        clock.tick()
        qtbot.wait(int(clock.min_interval * 1000))
    assert clock.interval <= 0.1
    clock.idle_budget = clock.budget  # every core busy: the same frames come less often
    for _ in range(6):
        clock._views[id(view)] = view
        view._frame_requested = True
        clock.tick()
        qtbot.wait(int(clock.min_interval * 1000))
    assert clock.interval > 0.2
