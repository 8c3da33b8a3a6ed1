#!/usr/bin/env python3
"""GUI responsiveness: event-loop stalls while training, and startup time to the window shown.

    python benchmarks/gui_responsiveness.py [--epochs 6000] [--starts 5]

Stalls: the main window trains the spiral example (2-16-16-1 tanh, NumPy backend, pace "Fastest") while a
``QTimer`` on the GUI thread fires every 5 ms; each stall is the actual interval minus 5 ms. Target: p99 <= 30 ms. The
decision regions and curves are always drawn; one run each with the Training, Network diagram,
Activations and Results tab in front (hidden tabs do not draw). Another row measures the same timer while
the backend picker imports TensorFlow in its background thread to list the devices (what happens the first
time the user opens its list), with no training. One more row: the learning-rate race (a sweep of 4 runs
in other processes, their epochs drawn live) with epochs/4 epochs each (``--only-sweep``: that row alone).

Startup: ``python -m annstudio gui`` in fresh subprocesses, from spawning the process to the window
shown (the app prints a line on the first event-loop turn after ``show()``); the line also says
whether TensorFlow had been imported before ``show()``. Target: median <= 1.5 s, TensorFlow not imported.
Runs offscreen unless QT_QPA_PLATFORM / DISPLAY say otherwise.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # runs from a checkout without installing, as the other benchmarks do
from bench_common import percentile  # noqa: E402

INTERVAL_MS = 5


def measure_stalls(epochs: int, only_sweep: bool = False) -> dict[str, dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from annstudio.gui.app import configure_runtime

    configure_runtime(app)  # as annstudio.gui.app.main does
    from annstudio.gui.editor import commands
    from annstudio.gui.main_window import MainWindow
    from annstudio.resources import resource_path

    window = MainWindow()
    window.open_path(resource_path("examples", "spiral.annproj"), ask=False)
    # Pace "Fastest": the heaviest load on the event loop (the default "Watchable" shows 10 epochs a second,
    # and 6,000 epochs would take ten minutes a row)
    window.pace.combo.setCurrentIndex(window.pace.combo.findData("fastest"))
    training = window.document.section("training")
    training.epochs = epochs
    commands.push(window.document, "training", training, "epochs")
    window.show()

    clock = QElapsedTimer()
    samples: list[float] = []
    timer = QTimer()
    timer.setTimerType(__import__("PySide6.QtCore", fromlist=["Qt"]).Qt.TimerType.PreciseTimer)
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        samples.append(now - last[0] - INTERVAL_MS)
        last[0] = now

    timer.timeout.connect(tick)

    def run_until(done, timeout_s: float) -> list[float]:
        """Run the real event loop (as the app does) until ``done()``; return the stalls in ms."""
        from PySide6.QtCore import QEventLoop

        samples.clear()
        loop = QEventLoop()
        check = QTimer()
        check.timeout.connect(lambda: loop.quit() if done() else None)
        check.start(50)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        clock.start()
        last[0] = 0.0
        timer.start(INTERVAL_MS)
        loop.exec()
        timer.stop()
        check.stop()
        return [max(0.0, s) for s in samples[1:]]

    rows: dict[str, dict] = {}
    # a sweep in other processes: the learning-rate race (4 runs, their epochs drawn live)
    from annstudio.gui.sweep.dialog import open_sweep

    sweep_epochs = max(1, epochs // 4)
    training = window.document.section("training")
    training.epochs = sweep_epochs
    commands.push(window.document, "training", training, "epochs")
    t0 = time.perf_counter()
    dialog = open_sweep(window, race=True)
    stalls = run_until(lambda: dialog.job is None, 600)
    rows[f"learning-rate race, 4 spiral runs of {sweep_epochs} epochs"] = {
        "stalls": stalls, "seconds": time.perf_counter() - t0}
    dialog.close()
    training = window.document.section("training")
    training.epochs = epochs
    commands.push(window.document, "training", training, "epochs")
    if only_sweep:
        window.document.undo_stack.setClean()
        window.close()
        return rows
    picker = window.backend_picker
    scanned = [getattr(picker, "_checked", True)]
    if hasattr(picker, "sigDevicesChecked"):
        picker.sigDevicesChecked.connect(lambda: scanned.__setitem__(0, True))
    t0 = time.perf_counter()
    picker.check_devices()  # what opening the list does
    stalls = run_until(lambda: scanned[0], 120)
    rows["idle, backend picker importing TensorFlow"] = {"stalls": stalls, "seconds": time.perf_counter() - t0}

    finished = [False]
    window.runner.sigFinished.connect(lambda _e: finished.__setitem__(0, True))
    # The decision regions and the curves are always on screen; of the tabs under the stack only the one
    # in front draws (hidden tabs keep the newest result for when they are shown), so each drawing tab
    # gets a run in front.
    for dock, label in (("trainingPanel", "Training tab"), ("networkView", "Network diagram tab"),
                        ("activationPlot", "Activations tab"), ("resultsPanel", "Results tab")):
        window.docks[dock].raise_()
        window.runner.reset()
        finished[0] = False
        t0 = time.perf_counter()
        window.training_panel.play_action.trigger()
        stalls = run_until(lambda: finished[0], 600)
        rows[f"training spiral, {epochs} epochs, {label}"] = {
            "stalls": stalls, "seconds": time.perf_counter() - t0, "epoch": window.readout.epoch}
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()
    window.close()
    return rows


def measure_startup(starts: int) -> list[tuple[float, float, bool]]:
    env = {**os.environ, "ANNSTUDIO_STARTUP_TIME": "exit", "TF_CPP_MIN_LOG_LEVEL": "3"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    out = []
    for _ in range(starts):
        env["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "annstudio", "gui"], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        wall = inner = None
        tf = False
        for line in proc.stdout:
            if line.startswith("ANNSTUDIO_STARTUP"):
                wall = time.perf_counter() - t0
                parts = line.split()
                inner = float(parts[1])
                tf = parts[2].endswith("1")
                break
        proc.stdout.close()
        proc.wait(60)
        if wall is None:
            raise RuntimeError("the app did not report its startup")
        out.append((wall, inner, tf))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=6000)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--only-sweep", action="store_true", help="measure only the row with a sweep running")
    args = parser.parse_args()

    if args.only_sweep:
        for name, row in measure_stalls(args.epochs, only_sweep=True).items():
            s = row["stalls"]
            print(f"{name}: {len(s)} ticks, p50 {percentile(s, 50):.1f} ms, p95 {percentile(s, 95):.1f} ms, "
                  f"p99 {percentile(s, 99):.1f} ms, max {max(s, default=float('nan')):.1f} ms, {row['seconds']:.1f} s")
        return 0
    startups = measure_startup(args.starts)
    rows = measure_stalls(args.epochs)
    print(f"Event-loop stalls (QTimer every {INTERVAL_MS} ms on the GUI thread; stall = interval - {INTERVAL_MS} ms)")
    print(f"| {'case':52s} | {'ticks':>6s} | {'p50 ms':>7s} | {'p95 ms':>7s} | {'p99 ms':>7s} | {'max ms':>7s} "
          f"| {'seconds':>7s} |")
    print(f"|{'-' * 54}|{'-' * 8}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 9}|")
    for name, row in rows.items():
        s = row["stalls"]
        print(f"| {name:52s} | {len(s):6d} | {percentile(s, 50):7.1f} | {percentile(s, 95):7.1f} | "
              f"{percentile(s, 99):7.1f} | {max(s, default=float('nan')):7.1f} | {row['seconds']:7.1f} |")
    walls = [w for w, _, _ in startups]
    inners = [i for _, i, _ in startups]
    print()
    print(f"Startup to window shown, {len(startups)} cold starts (python -m annstudio gui, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}):")
    print(f"  median {statistics.median(walls):.2f} s from process spawn "
          f"(min {min(walls):.2f}, max {max(walls):.2f}); median {statistics.median(inners):.2f} s from "
          f"importing annstudio.gui.app; TensorFlow imported before the window was shown: {any(tf for _, _, tf in startups)}")
    worst = max(percentile(v["stalls"], 99) for k, v in rows.items() if k.startswith("training"))
    ok = worst <= 30 and statistics.median(walls) <= 1.5 and not any(tf for _, _, tf in startups)
    print(f"targets (p99 <= 30 ms in every training row, startup <= 1.5 s without TensorFlow): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
