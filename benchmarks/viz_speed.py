#!/usr/bin/env python3
"""How long the live views take per frame: one table, measured in one run.

    python benchmarks/viz_speed.py [--reps 100]

Each row is a ``Case`` in ``CASES`` (below): a function that is given the number of repetitions and returns
one time in milliseconds per repetition; the table shows the median, p95 and max, and checks the row's
target against the statistic it names (``median`` unless said otherwise). The GUI runs offscreen unless
QT_QPA_PLATFORM / DISPLAY say otherwise; the machine should be otherwise idle.

Rows so far:

- decision regions (``annstudio.gui.views.decision_plot``): a 100 x 100 grid, 2-8-8-1 tanh/sigmoid network
  (NumPy backend) on the spiral data: the probe alone (one ``predict`` of 10,000 rows, what the training
  worker pays per picture), the drawing alone, and the whole frame: probe + ``update_from_result`` + a
  forced repaint (``app.processEvents()``, or ``plot.grab()`` which renders the whole widget). Target for
  the whole frame: median <= 15 ms. A 3-class row (iris petal features, class colours blended) and a
  200 x 200 row show how the cost grows. A live row: the milliseconds between the plot's updates while a
  real runner trains the spiral (2-16-16-1) in its worker thread; target median <= 100 ms (>= 10 a second).
- the network diagram (``annstudio.gui.views.network_view``): 2-8-8-8-1 weights, with neuron thumbnails, and a
  condensed 784-300-100-10; target median <= 10 ms.

To add a row, write ``measure_<thing>(reps) -> list[float]`` and append a ``Case`` to ``CASES`` where it
says so (the network diagram, target median <= 10 ms; the GUI stall while training, target p99).
"""
from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_common import percentile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Case:
    """One row: ``measure(reps)`` returns ``reps`` times in ms; ``target_ms`` applies to ``statistic``."""

    name: str
    measure: Callable[[int], list[float]]
    target_ms: float | None = None
    statistic: str = "median"  # "median", "p95", "p99" or "max"


def statistic(values: list[float], name: str) -> float:
    if name == "median":
        return statistics.median(values)
    if name == "max":
        return max(values)
    if name.startswith("p"):
        return percentile(values, float(name[1:]))
    raise ValueError(f"unknown statistic {name!r}; accepted: median, p95, p99, max")


_APP = None


def qt_app():
    """The one QApplication of the run (cases share it)."""
    global _APP
    from PySide6.QtWidgets import QApplication

    _APP = QApplication.instance() or QApplication([])
    return _APP


# ============================================================================== decision regions
def _decision_setup(dataset_name: str, hidden: tuple[int, ...], outputs: int, activation: str, resolution: int,
                    **params):
    app = qt_app()
    import numpy as np

    from annstudio.backends.numpy import build_model
    from annstudio.data import load_dataset
    from annstudio.gui.views.decision_plot import DecisionRegionPlot
    from annstudio.spec import ModelSpec

    dataset = load_dataset(dataset_name, **params)
    layers = [("Dense", {"units": u, "activation": "tanh"}) for u in hidden]
    layers.append(("Dense", {"units": outputs, "activation": activation}))
    model = build_model(ModelSpec.stack([dataset.x_train.shape[1]], layers), seed=0)
    plot = DecisionRegionPlot()
    plot.resize(520, 560)
    plot.show()
    plot.set_dataset(dataset)
    plot.set_resolution(resolution)
    app.processEvents()
    output_bias = next(k for k in model.get_weights() if k.endswith("/bias") and k.startswith(model.spec.layers[-1].name))
    weights = model.get_weights()
    rng = np.random.default_rng(0)

    def nudge():  # a slightly different model each frame, as during training (outside the timing)
        changed = dict(weights)
        changed[output_bias] = weights[output_bias] + rng.normal(0, 0.3, weights[output_bias].shape).astype(np.float32)
        model.set_weights(changed)

    return app, plot, model, dataset, nudge


def _decision_frames(reps: int, *, part: str, repaint: str = "events", dataset_name: str = "spiral",
                     hidden: tuple[int, ...] = (8, 8), outputs: int = 1, activation: str = "sigmoid",
                     resolution: int = 100, **params) -> list[float]:
    app, plot, model, dataset, nudge = _decision_setup(dataset_name, hidden, outputs, activation, resolution, **params)
    probe = plot.probe
    times = []
    try:
        for _ in range(reps + 5):  # the first few warm caches up and are dropped
            nudge()
            app.processEvents()
            if part == "draw":
                result = probe(model, dataset, force=True)["decision"]
            start = time.perf_counter()
            if part != "draw":
                result = probe(model, dataset, force=True)["decision"]
            if part != "probe":
                plot.update_from_result(result)
                if repaint == "grab":
                    plot.grab()
                else:
                    app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    finally:
        plot.close()
        plot.deleteLater()
        app.processEvents()
    return times[5:]


def measure_decision_probe(reps: int) -> list[float]:
    return _decision_frames(reps, part="probe")


def measure_decision_draw(reps: int) -> list[float]:
    return _decision_frames(reps, part="draw")


def measure_decision_frame(reps: int) -> list[float]:
    return _decision_frames(reps, part="frame")


def measure_decision_frame_grab(reps: int) -> list[float]:
    return _decision_frames(reps, part="frame", repaint="grab")


def measure_decision_frame_3_classes(reps: int) -> list[float]:
    return _decision_frames(reps, part="frame", dataset_name="iris", outputs=3, activation="softmax",
                            features="petal")


def measure_decision_frame_200(reps: int) -> list[float]:
    return _decision_frames(reps, part="frame", resolution=200)


# ============================================================================== the cases
CASES: list[Case] = [
    Case("decision 100x100, 2-8-8-1: probe (predict 10k rows)", measure_decision_probe),
    Case("decision 100x100, 2-8-8-1: draw (update + processEvents)", measure_decision_draw),
    Case("decision 100x100, 2-8-8-1: probe + draw + processEvents", measure_decision_frame, 15.0),
    Case("decision 100x100, 2-8-8-1: probe + draw + plot.grab()", measure_decision_frame_grab, 15.0),
    Case("decision 100x100, 2-8-3 softmax (iris petal): frame", measure_decision_frame_3_classes, 15.0),
    Case("decision 200x200, 2-8-8-1: frame", measure_decision_frame_200),
    # ---- more rows: append Case(...) here ------------------------------------------------------
    # Case("network diagram ...: update + repaint", measure_network_diagram, 10.0),
    # Case("GUI stall while training ...", measure_gui_stall, 30.0, statistic="p99"),
]


# ============================================================================== network diagram
# (annstudio.gui.views.network_view): a 2-8-8-8-1 tanh/sigmoid network on the spiral data; each frame is a new
# WeightsProbe result (every weight nudged, as after a training step) drawn with update_from_result, then a
# repaint (``app.processEvents()``, or ``view.grab()``). "+ maps" also redraws the 24 x 24 neuron thumbnails
# from a NeuronMapsProbe result (4 a second while training, against 10 weight results). The probes themselves
# run in the training worker; their rows show what that costs. Target for the weights frame: median <= 10 ms.
def _diagram_frames(reps: int, *, part: str = "weights", repaint: str = "events", hidden=(8, 8, 8),
                    dataset_name: str = "spiral", image: bool = False) -> list[float]:
    app = qt_app()
    import numpy as np

    from annstudio.backends.numpy import build_model
    from annstudio.data import load_dataset
    from annstudio.engine.probes import NeuronMapsProbe, WeightsProbe
    from annstudio.gui.views.network_view import NetworkView
    from annstudio.spec import ModelSpec

    if image:  # Fashion-MNIST's shape: condensed columns
        dataset = None
        spec = ModelSpec.stack([28, 28], [("Flatten", {})] + [("Dense", {"units": u, "activation": "relu"}) for u in hidden]
                               + [("Dense", {"units": 10, "activation": "softmax"})])
    else:
        dataset = load_dataset(dataset_name)
        spec = ModelSpec.stack([2], [("Dense", {"units": u, "activation": "tanh"}) for u in hidden]
                               + [("Dense", {"units": 1, "activation": "sigmoid"})])
    model = build_model(spec, seed=0)
    view = NetworkView()
    view.resize(900, 600)
    view.show()
    weights_probe, maps_probe = WeightsProbe(max_rate=None), NeuronMapsProbe(max_rate=None)
    first = weights_probe(model, dataset)
    if dataset is not None:
        first.update(maps_probe(model, dataset))
    view.update_from_result(first)
    app.processEvents()
    weights = model.get_weights()
    rng = np.random.default_rng(0)
    times = []
    try:
        for _ in range(reps + 5):  # the first few warm caches up and are dropped
            model.set_weights({k: v + rng.normal(0, 0.05, v.shape).astype(v.dtype) for k, v in weights.items()})
            app.processEvents()
            if part in ("weights probe", "maps probe"):
                start = time.perf_counter()
                (weights_probe if part == "weights probe" else maps_probe)(model, dataset)
            else:  # the probes run in the training worker: time the drawing only
                result = weights_probe(model, dataset)
                if part == "weights + maps":
                    result.update(maps_probe(model, dataset))
                start = time.perf_counter()
                view.update_from_result(result)
                if repaint == "grab":
                    view.grab()
                else:
                    app.processEvents()  # the event loop paints the changed items
            times.append((time.perf_counter() - start) * 1000)
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    return times[5:]


def measure_diagram_weights(reps: int) -> list[float]:
    return _diagram_frames(reps)


def measure_diagram_weights_grab(reps: int) -> list[float]:
    return _diagram_frames(reps, repaint="grab")


def measure_diagram_weights_maps(reps: int) -> list[float]:
    return _diagram_frames(reps, part="weights + maps")


def measure_diagram_weights_probe(reps: int) -> list[float]:
    return _diagram_frames(reps, part="weights probe")


def measure_diagram_maps_probe(reps: int) -> list[float]:
    return _diagram_frames(reps, part="maps probe")


def measure_diagram_fashion(reps: int) -> list[float]:
    return _diagram_frames(reps, hidden=(300, 100), image=True)


def measure_decision_live_interval(reps: int) -> list[float]:
    """Milliseconds between the decision plot's updates while a real runner trains the spiral example
    (2-16-16-1) in its worker thread: ``reps`` intervals after the first two updates."""
    from PySide6.QtCore import QEventLoop, QTimer

    from annstudio.engine.session import load_project_dataset
    from annstudio.gui.run.worker import TrainingRunner
    from annstudio.gui.views.decision_plot import DecisionRegionPlot
    from annstudio.project import Project
    from annstudio.resources import resource_path

    app = qt_app()
    project = Project.load(resource_path("examples", "spiral.annproj"))
    project.training.epochs = 100000
    plot = DecisionRegionPlot()
    plot.resize(560, 520)
    plot.show()
    plot.set_dataset(load_project_dataset(project))
    runner = TrainingRunner()
    plot.attach(runner)
    stamps: list[float] = []
    loop = QEventLoop()

    def updated(_result) -> None:
        stamps.append(time.perf_counter())
        if len(stamps) >= reps + 3:
            loop.quit()

    plot.sigUpdated.connect(updated)
    runner.start(project)
    QTimer.singleShot(int(reps * 1000), loop.quit)  # a safety net: at least one update a second
    loop.exec()
    runner.stop()
    runner.shutdown(5000)
    plot.close()
    app.processEvents()
    return [(b - a) * 1000 for a, b in itertools.pairwise(stamps[2:])]


CASES.append(Case("decision 2-16-16-1 spiral, live run: ms between updates (>= 10/s)",
                  measure_decision_live_interval, 100.0))

CASES += [
    Case("network diagram 2-8-8-8-1: weights update + repaint", measure_diagram_weights, 10.0),
    Case("network diagram 2-8-8-8-1: weights update + view.grab()", measure_diagram_weights_grab, 10.0),
    Case("network diagram 2-8-8-8-1: weights + 24x24 thumbnails + repaint", measure_diagram_weights_maps, 10.0),
    Case("network diagram 2-8-8-8-1: WeightsProbe (worker)", measure_diagram_weights_probe),
    Case("network diagram 2-8-8-8-1: NeuronMapsProbe 24x24 (worker)", measure_diagram_maps_probe),
    Case("network diagram 784-300-100-10 condensed: update + repaint", measure_diagram_fashion, 10.0),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=100, help="repetitions per case (at least 50; default 100)")
    parser.add_argument("--only", default="", help="run only the cases whose name contains this text")
    args = parser.parse_args(argv)
    if args.reps < 50:
        parser.error(f"--reps must be at least 50 (medians over fewer runs are noise), got {args.reps}")
    cases = [c for c in CASES if args.only.lower() in c.name.lower()]
    rows = []
    for case in cases:
        times = case.measure(args.reps)
        rows.append((case, times))
        print(f"measured: {case.name} ({len(times)} reps)", file=sys.stderr)
    width = max(len(c.name) for c, _ in rows) if rows else 4
    print(f"\n| {'case':<{width}} | reps | median ms | p95 ms | max ms | target |")
    print(f"|{'-' * (width + 2)}|-----:|----------:|-------:|-------:|--------|")
    failed = False
    for case, times in rows:
        target = "—"
        if case.target_ms is not None:
            value = statistic(times, case.statistic)
            ok = value <= case.target_ms
            failed |= not ok
            target = f"{case.statistic} <= {case.target_ms:g} {'ok' if ok else 'MISSED'}"
        print(f"| {case.name:<{width}} | {len(times):4d} | {statistics.median(times):9.2f} | "
              f"{percentile(times, 95):6.2f} | {max(times):6.2f} | {target} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
