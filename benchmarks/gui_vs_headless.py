#!/usr/bin/env python3
"""GUI vs headless: training in the main window with every view live costs at most 1.10x the headless time.

    python benchmarks/gui_vs_headless.py [--project resources/examples/fashion_mnist_mlp.annproj]
                                         [--epochs 3] [--repeats 3] [--tabs training,network,activations,results]

The notes' Fashion-MNIST recipe (784-300-100-10 relu/softmax, SGD, batch 32, NumPy backend) trains
``--epochs`` epochs

- headless: ``engine.session.create_run`` and its trainer's events consumed in a plain loop (the path the
  CLI and ``annstudio.train`` take), no Qt;
- in the main window (``configure_runtime`` as the app does, the real event loop), once with each tab
  under the stack in front: Training (the loss curves), Network diagram, Activations, Results. The loss
  plot and the status line are always on screen; the decision regions are hidden for images.

The time is the trainer's own, from its ``train_begin`` to its terminal event (data loading and model
building are the same work in both and are left out), taken in the thread that trains. Each row is the
median of ``--repeats`` runs. Headless and GUI runs alternate (headless, tab 1, headless, tab 2, ...,
headless), and "GUI / headless" is the median of each GUI run's ratio to the mean of the two headless runs
on either side of it: this host has phases, each lasting several seconds, in which every thread runs at
about half speed, so a GUI run is only compared with headless runs measured next to it.
"Curve lag" is the largest number of epochs the drawn loss curve was behind the epoch counter the
status line shows, sampled at every payload (0 or 1: at most one redraw behind). Target: every ratio <= 1.10.

"Same, batch pace" measures the same cost without the host's phases: each run's time over what its batches
would take at the run's own median time per batch (the pace it trained at undisturbed, whatever the host's
speed then), GUI over headless. It is what the window's frames, payloads and probes add to the batches.

"GUI busy" is the GUI thread's own CPU time (``time.thread_time`` in the thread running the event loop,
from Play to the end of the run) as a share of the run's wall time, and "payloads/s" the worker's
payloads a second: on a machine busy with other work the wall-time ratios swing, these two much less.
``--profile PREFIX`` writes the GUI thread's cProfile (its CPU time) of each tab's runs to ``PREFIX-<tab>.pstats``
(and prints its top functions).
Runs offscreen unless QT_QPA_PLATFORM / DISPLAY say otherwise.
"""
from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import pstats
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # runs from a checkout without installing, as the other benchmarks do

TABS = {"training": ("trainingPanel", "Training (loss)"), "network": ("networkView", "Network diagram"),
        "activations": ("activationPlot", "Activations"), "results": ("resultsPanel", "Results")}
TARGET = 1.10


class TrainClock:
    """Wraps ``Run.events`` to time the trainer from ``train_begin`` to its terminal event, in the thread
    that consumes the events."""

    def __init__(self) -> None:
        from annstudio.engine import session

        self.seconds: float | None = None
        self.cpu: float | None = None
        self.excess = float("nan")  # the run's time over its batches' at their median pace (see main)
        original = session.Run.events
        clock = self

        def events(run):
            started = cpu = None
            marks: list[float] = []
            for event in original(run):
                kind = event["event"]
                if kind == "batch_end":
                    marks.append(time.perf_counter())
                if kind == "train_begin":
                    started, cpu = time.perf_counter(), time.process_time()
                    marks = [started]
                elif kind in ("finished", "stopped", "error"):
                    clock.seconds = time.perf_counter() - started if started is not None else float("nan")
                    clock.cpu = time.process_time() - cpu if cpu is not None else float("nan")
                    clock.last = event
                    steps = [b - a for a, b in itertools.pairwise(marks)]
                    # the run's time over what its batches would take at their median pace
                    clock.excess = (clock.seconds / (len(steps) * statistics.median(steps)) if steps
                                    else float("nan"))
                yield event

        session.Run.events = events


def headless(project, clock: TrainClock) -> tuple[float, float]:
    from annstudio.engine.session import create_run

    clock.seconds = None
    run = create_run(project.copy(), "numpy")
    for _event in run.events():
        pass
    if clock.last["event"] != "finished":
        raise RuntimeError(f"the headless run ended with {clock.last}")
    return clock.seconds, clock.cpu, clock.excess


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", default=str(ROOT / "resources" / "examples" / "fashion_mnist_mlp.annproj"))
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--tabs", default=",".join(TABS))
    parser.add_argument("--profile", default=None, metavar="PREFIX",
                        help="write the GUI thread's cProfile of each tab's runs to PREFIX-<tab>.pstats")
    parser.add_argument("--frame-budget", type=float, default=None,
                        help="share of the wall time the GUI thread may spend on frames (FrameClock.budget)")
    parser.add_argument("--payload-rate", type=float, default=None,
                        help="payloads a second from the worker at most (default: the runner's own, 10; "
                             "the frame clock asks for fewer when frames are expensive)")
    args = parser.parse_args()
    tabs = [t.strip() for t in args.tabs.split(",") if t.strip()]

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from annstudio.gui.app import configure_runtime

    configure_runtime(app)  # as annstudio.gui.app.main does (also for the headless rows: same interpreter)
    from annstudio.gui.editor import commands
    from annstudio.gui.main_window import MainWindow
    from annstudio.project import Project

    project = Project.load(args.project)
    project.training.epochs = args.epochs
    clock = TrainClock()

    if args.frame_budget:
        from annstudio.gui.views.live import FrameClock

        FrameClock.budget = args.frame_budget
    window = MainWindow()
    if args.payload_rate:
        window.runner.min_interval = 1.0 / args.payload_rate
    window.open_path(Path(args.project), ask=False)
    training = window.document.section("training")
    training.epochs = args.epochs
    commands.push(window.document, "training", training, "epochs")
    window.show()
    running: list[QEventLoop] = []  # the loop of the GUI run in progress: the end of the run quits it
    window.runner.sigFinished.connect(lambda _e: running and running.pop().quit())
    payloads = [0]
    lag = [0]
    profiles: dict[str, cProfile.Profile] = {}

    def sample_lag() -> None:
        drawn = window.loss_plot.train_curve.xData  # what setData gave it (getData() would downsample)
        shown = 0 if drawn is None else len(drawn)
        counter = re.search(r"\d[\d,]*", window.readout.text())  # the epoch the status line shows
        lag[0] = max(lag[0], int(counter.group().replace(",", "")) - shown if counter else 0)

    def on_payload(_events) -> None:
        payloads[0] += 1
        sample_lag()

    # Connected after the window's own slots: right after the status line took a payload, before the
    # next frame draws the curve, which is when the curve is furthest behind. (No timers: a benchmark
    # that woke the GUI thread every few milliseconds would itself slow training down.)
    window.runner.sigEvents.connect(on_payload)

    def gui_run(tab: str) -> tuple[float, float, int, float, float]:
        window.runner.reset()
        window.docks[TABS[tab][0]].raise_()
        app.processEvents()
        lag[0] = payloads[0] = 0
        clock.seconds = None
        loop = QEventLoop()
        running.append(loop)
        profile = profiles.setdefault(tab, cProfile.Profile(time.thread_time)) if args.profile else None
        gui_cpu, wall = time.thread_time(), time.perf_counter()
        if profile is not None:
            profile.enable()
        window.training_panel.play_action.trigger()
        loop.exec()
        if profile is not None:
            profile.disable()
        gui_cpu, wall = time.thread_time() - gui_cpu, time.perf_counter() - wall
        app.processEvents()
        sample_lag()
        if clock.last["event"] != "finished":
            raise RuntimeError(f"the GUI run ended with {clock.last.get('message')}")
        return clock.seconds, clock.cpu, clock.excess, lag[0], gui_cpu / wall, payloads[0] / wall

    loop = QEventLoop()
    QTimer.singleShot(500, loop.quit)  # let the window settle (the data panel loads the set)
    loop.exec()

    head: list[float] = []
    head_cpu: list[float] = []
    gui: dict[str, list[float]] = {t: [] for t in tabs}
    gui_cpu: dict[str, list[float]] = {t: [] for t in tabs}
    lags: dict[str, int] = {t: 0 for t in tabs}
    busy: dict[str, list[float]] = {t: [] for t in tabs}
    rates: dict[str, list[float]] = {t: [] for t in tabs}
    ratios: dict[str, list[float]] = {t: [] for t in tabs}
    paced: dict[str, list[float]] = {t: [] for t in tabs}
    before, before_cpu, before_excess = headless(project, clock)
    head.append(before)
    head_cpu.append(before_cpu)
    for r in range(args.repeats):
        print(f"repeat {r + 1}: headless {before:.2f} s", end="", flush=True)
        for tab in tabs:
            seconds, cpu, excess, worst, share, rate = gui_run(tab)
            after, after_cpu, after_excess = headless(project, clock)
            head.append(after)
            head_cpu.append(after_cpu)
            busy[tab].append(share)
            rates[tab].append(rate)
            gui[tab].append(seconds)
            gui_cpu[tab].append(cpu)
            ratios[tab].append(seconds / ((before + after) / 2))
            paced[tab].append(excess / ((before_excess + after_excess) / 2))
            lags[tab] = max(lags[tab], worst)
            print(f", {tab} {seconds:.2f} s, headless {after:.2f} s", end="", flush=True)
            before, before_excess = after, after_excess
        print()
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()
    window.close()

    base = statistics.median(head)
    base_cpu = statistics.median(head_cpu)
    print()
    print(f"{Path(args.project).name}, NumPy backend, {args.epochs} epochs, median of {args.repeats} "
          f"(trainer time, train_begin to finished; CPU: the process's, all threads)")
    print(f"| {'run':30s} | {'seconds':>8s} | {'GUI / headless':>14s} | {'same, batch pace':>16s} | "
          f"{'CPU ratio':>9s} | {'curve lag (epochs)':>18s} | {'GUI busy':>8s} | {'payloads/s':>10s} |")
    print(f"|{'-' * 32}|{'-' * 10}|{'-' * 16}|{'-' * 18}|{'-' * 11}|{'-' * 20}|{'-' * 10}|{'-' * 12}|")
    print(f"| {'headless':30s} | {base:8.2f} | {1.0:14.3f} | {1.0:16.3f} | {1.0:9.3f} | {'':>18s} | "
          f"{'':>8s} | {'':>10s} |")
    worst = 0.0
    for tab in tabs:
        median = statistics.median(gui[tab])
        cpu = statistics.median(gui_cpu[tab])
        ratio = statistics.median(ratios[tab])  # each GUI run against the headless runs either side of it
        worst = max(worst, ratio)
        print(f"| {'GUI, ' + TABS[tab][1] + ' in front':30s} | {median:8.2f} | {ratio:14.3f} | "
              f"{statistics.median(paced[tab]):16.3f} | {cpu / base_cpu:9.3f} | {lags[tab]:18d} | "
              f"{100 * statistics.median(busy[tab]):7.1f}% | {statistics.median(rates[tab]):10.1f} |")
    ok = worst <= TARGET and all(v <= 1 for v in lags.values())
    print(f"target (every ratio <= {TARGET:.2f}, curve at most one redraw behind): {'met' if ok else 'NOT met'}")
    for tab, profile in profiles.items():
        path = f"{args.profile}-{tab}.pstats"
        profile.dump_stats(path)
        print(f"\nGUI thread, {TABS[tab][1]} in front ({path}), by own time:")
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
