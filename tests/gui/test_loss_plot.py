"""LossPlot: epoch and batch curves equal the run's history, metrics view, log scale, hover read-out,
PNG/SVG/CSV export, and EarlyStopping's best epoch."""
import csv
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics, QImage

from annstudio import Project
from annstudio.engine.callbacks import EarlyStopping
from annstudio.engine.session import create_run
from annstudio.gui.document import ProjectDocument
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.legend_corner import curve_points
from annstudio.gui.views.loss_plot import LossPlot, early_stopping_best_epoch
from annstudio.resources import resource_path
from annstudio.spec.training import normalize_callbacks


def xor_project(**training):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.dataset["params"]["repeat"] = training.pop("repeat", 10)
    for key, value in training.items():
        setattr(project.training, key, value)
    return project


def noisy_spiral_project(patience=10):
    """120 noisy spiral points, 30 % for validation: the network overfits soon and EarlyStopping ends
    the run after a couple of dozen epochs (the best epoch is not the first nor the last)."""
    project = Project.load(resource_path("examples", "spiral.annproj"))
    project.dataset["params"].update(n_samples=120, noise=0.4)
    project.training.validation_split = 0.3
    project.training.batch_size = 8
    project.training.epochs = 200
    project.training.callbacks = normalize_callbacks([{"class_name": "EarlyStopping", "config": {
        "monitor": "val_loss", "patience": patience, "restore_best_weights": True}}])
    return project


def empty(curve):
    y = curve.getOriginalDataset()[1]
    return y is None or len(y) == 0


@pytest.fixture
def runner(qtbot):
    runner = TrainingRunner()
    yield runner
    assert runner.shutdown(5000)


@pytest.fixture
def plot(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(640, 400)
    return plot


def run(qtbot, runner, project, document=None):
    """Train to the end; returns every payload the runner sent."""
    payloads = []
    runner.sigEvents.connect(payloads.append)
    with qtbot.waitSignal(runner.sigFinished, timeout=30000):
        runner.start(project if document is None else document.snapshot())
    runner.sigEvents.disconnect(payloads.append)
    return payloads


def test_curves_equal_the_history_and_every_batch_loss(qtbot, runner, plot):
    plot.follow(runner)
    items = list(plot.getPlotItem().listDataItems()) + list(plot.metric_item.listDataItems())
    payloads = run(qtbot, runner, xor_project(validation_split=0.25, epochs=40))
    history = runner.history

    x, y = plot.train_curve.getOriginalDataset()
    assert list(y) == history["loss"] and list(x) == list(range(1, 41))
    vx, vy = plot.val_curve.getOriginalDataset()
    assert list(vy) == history["val_loss"] and list(vx) == list(range(1, 41))

    batches = [e for p in payloads for e in p if e["event"] == "batch_end"]
    steps = [s for e in batches for s in e["steps"]]
    losses = [v for e in batches for v in e["losses"]]
    per_epoch = next(e for p in payloads for e in p if e["event"] == "train_begin")["steps_per_epoch"]
    assert steps == list(range(1, 40 * per_epoch + 1))  # really every batch
    bx, by = plot.batch_curve.getOriginalDataset()
    assert list(by) == losses
    np.testing.assert_allclose(bx, np.asarray(steps) / per_epoch)
    assert bx[per_epoch - 1] == 1.0  # the last batch of epoch 1 sits under the epoch-1 point

    assert plot.metrics == ["accuracy"] and plot.current_view == "loss"
    plot.set_view("accuracy")
    assert plot.stack.currentWidget() is plot.metric_widget
    mx, my = plot.metric_train_curve.getOriginalDataset()
    assert list(my) == history["accuracy"] and list(mx) == list(range(1, 41))
    assert list(plot.metric_val_curve.getOriginalDataset()[1]) == history["val_accuracy"]
    assert plot.metric_item.getAxis("left").labelText == "accuracy"
    assert [label.text for _, label in plot.metric_widget.legend.items] == ["training", "validation"]
    plot.set_view("loss")
    assert plot.stack.currentWidget() is plot.loss_widget
    assert list(plot.getPlotItem().listDataItems()) + list(plot.metric_item.listDataItems()) == items  # built once
    with pytest.raises(ValueError, match="mae"):
        plot.set_view("mae")


def test_a_fresh_run_starts_over_and_keeps_the_chosen_metric(plot):
    def logs(i):
        return {"loss": 1.0 / (i + 1), "accuracy": i / 10, "val_loss": 2.0 / (i + 1), "val_accuracy": i / 20}

    plot.add_events([{"event": "train_begin", "initial_epoch": 0, "steps_per_epoch": 2},
                     {"event": "batch_end", "steps": [1, 2, 3], "losses": [0.9, 0.8, 0.7]},
                     *[{"event": "epoch_end", "epoch": i, "logs": logs(i)} for i in range(3)]])
    plot.set_view("accuracy")
    assert list(plot.batch_curve.getOriginalDataset()[0]) == [0.5, 1.0, 1.5]
    plot.add_events([{"event": "train_begin", "initial_epoch": 0, "steps_per_epoch": 2}])
    assert plot.history == {} and plot.metrics == [] and empty(plot.batch_curve)
    plot.add_events([{"event": "epoch_end", "epoch": 0, "logs": logs(0)}])
    assert plot.current_view == "accuracy" and list(plot.metric_train_curve.getOriginalDataset()[1]) == [0.0]


def test_the_legend_names_only_curves_that_are_drawn(plot):
    """Past runs chosen in the Runs panel, no run yet in this session: the legend listed "training" with no
    line beside the runs' names. It names a live curve once it has points, training first, then the runs."""
    def names(widget):
        return [label.text for _, label in widget.legend.items]

    assert names(plot.loss_widget) == []
    plot.overlays.show_runs([("a", "learning rate=0.1", {"loss": [0.9, 0.5]}),
                             ("b", "learning rate=1", {"loss": [0.8, 0.2]})])
    assert names(plot.loss_widget) == ["learning rate=0.1", "learning rate=1"]
    plot.add_events([{"event": "train_begin", "initial_epoch": 0, "steps_per_epoch": 2},
                     {"event": "batch_end", "steps": [1], "losses": [0.9]}])
    assert names(plot.loss_widget) == ["learning rate=0.1", "learning rate=1"]   # no epoch curve yet
    plot.add_events([{"event": "epoch_end", "epoch": 0, "logs": {"loss": 0.7, "accuracy": 0.5}}])
    assert names(plot.loss_widget) == ["training", "learning rate=0.1", "learning rate=1"]
    plot.add_events([{"event": "epoch_end", "epoch": 1, "logs": {"loss": 0.6, "accuracy": 0.6, "val_loss": 0.8}}])
    assert names(plot.loss_widget) == ["training", "validation", "learning rate=0.1", "learning rate=1"]
    plot.set_view("accuracy")
    assert names(plot.metric_widget) == ["training"]
    plot.add_events([{"event": "train_begin", "initial_epoch": 0, "steps_per_epoch": 2}])   # a new run starts
    assert names(plot.loss_widget) == ["learning rate=0.1", "learning rate=1"]


def test_log_scale_toggle(plot):
    plot.add_events([{"event": "train_begin", "initial_epoch": 0},
                     *[{"event": "epoch_end", "epoch": i, "logs": {"loss": 10.0 ** -i}} for i in range(5)]])
    assert not plot.getPlotItem().getAxis("left").logMode
    plot.log_check.click()
    assert plot.log_y
    assert plot.getPlotItem().getAxis("left").logMode and plot.metric_item.getAxis("left").logMode
    assert not plot.getPlotItem().getAxis("bottom").logMode
    assert list(plot.train_curve.getOriginalDataset()[1]) == [10.0 ** -i for i in range(5)]  # data unchanged
    plot.set_log_y(False)
    assert not plot.log_check.isChecked() and not plot.getPlotItem().getAxis("left").logMode


def test_csv_export_is_the_history(qtbot, runner, plot, tmp_path):
    plot.follow(runner)
    run(qtbot, runner, xor_project(validation_split=0.25, epochs=25))
    path = plot.export_csv(tmp_path / "history.csv")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["epoch", "loss", "val_loss", "accuracy", "val_accuracy"]
    assert [int(r[0]) for r in rows[1:]] == list(range(1, 26))
    for column, name in enumerate(rows[0][1:], start=1):
        assert [float(r[column]) for r in rows[1:]] == runner.history[name], name  # exact, full precision


def test_csv_export_leaves_missing_values_empty(plot, tmp_path):
    plot.add_events([{"event": "epoch_end", "epoch": 0, "logs": {"loss": 0.5}},
                     {"event": "epoch_end", "epoch": 1, "logs": {"loss": 0.25, "learning_rate": 0.01}}])
    rows = list(csv.reader(plot.export_csv(tmp_path / "h.csv").open(encoding="utf-8")))
    assert rows == [["epoch", "loss", "learning_rate"], ["1", "0.5", ""], ["2", "0.25", "0.01"]]


def test_png_and_svg_export_write_the_visible_plot(qtbot, plot, tmp_path):
    plot.show()
    qtbot.waitExposed(plot)
    plot.add_events([{"event": "train_begin", "initial_epoch": 0, "steps_per_epoch": 1},
                     *[{"event": "epoch_end", "epoch": i, "logs": {"loss": 1 / (i + 1), "accuracy": i / 9}}
                       for i in range(10)]])
    png = plot.export_png(tmp_path / "loss.png")
    image = QImage(str(png))
    assert not image.isNull() and abs(image.width() - plot.getPlotItem().sceneBoundingRect().width()) <= 1
    svg = plot.export_svg(tmp_path / "loss.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "loss" in svg and "epoch" in svg
    plot.set_view("accuracy")
    svg = plot.export_svg(tmp_path / "accuracy.svg").read_text(encoding="utf-8")
    assert "accuracy" in svg


def test_hover_read_out_shows_the_epoch_under_the_mouse(qtbot, plot):
    plot.show()
    qtbot.waitExposed(plot)
    losses = [0.9, 0.7, 0.5, 0.4, 0.35, 0.3]
    plot.add_events([{"event": "train_begin", "initial_epoch": 0},
                     *[{"event": "epoch_end", "epoch": i, "logs": {"loss": v, "val_loss": v + 0.1}}
                       for i, v in enumerate(losses)]])
    text = plot.show_readout(3.3)
    assert "epoch 3" in text and "training: 0.5" in text and "validation: 0.6" in text
    assert plot.loss_widget.crosshair.value() == 3 and plot.loss_widget.hover_label.isVisible()

    # through the mouse signal (rate-limited by a SignalProxy): the crosshair snaps to the nearest epoch
    view = plot.getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: view.viewRange()[0][1] >= 6)  # the view ranges over the data once drawn
    plot.loss_widget.hide_hover()
    scene_pos = view.mapViewToScene(QPointF(5.2, 0.6))
    plot.loss_widget.scene().sigMouseMoved.emit(scene_pos)
    qtbot.waitUntil(plot.loss_widget.hover_label.isVisible, timeout=2000)
    assert plot.loss_widget.crosshair.value() == 5
    assert "epoch 5" in plot.loss_widget.hover_label.textItem.toPlainText()
    plot.loss_widget.scene().sigMouseMoved.emit(QPointF(-50, -50))  # outside the plot: the read-out goes
    qtbot.waitUntil(lambda: not plot.loss_widget.hover_label.isVisible(), timeout=2000)


def test_early_stopping_best_epoch_is_marked(qtbot, runner, plot):
    project = noisy_spiral_project(patience=10)
    document = ProjectDocument(project)
    plot.follow(runner, document)
    said = []
    runner.sigMessage.connect(said.append)
    payloads = run(qtbot, runner, project, document)
    terminal = payloads[-1][-1]
    assert terminal["event"] == "finished" and terminal["reason"] == "early_stopping"
    val_loss = runner.history["val_loss"]
    assert len(val_loss) < project.training.epochs  # it did stop early

    # the same run headless, to ask the callback itself which epoch it kept
    reference = create_run(project)
    for _ in reference.events():
        pass
    callback = next(cb for cb in reference.trainer.callbacks if isinstance(cb, EarlyStopping))
    assert reference.trainer.history.history["val_loss"] == val_loss  # same seed, same run
    expected = callback.best_epoch + 1
    assert expected == int(np.argmin(val_loss)) + 1
    assert 1 < expected < len(val_loss)

    assert plot.best_epoch == expected
    for widget in (plot.loss_widget, plot.metric_widget):
        assert widget.best_line.isVisible() and widget.best_line.value() == expected
        assert f"best epoch {expected}" in widget.best_line.label.toPlainText()
    assert "weights restored" in plot.loss_widget.best_line.label.toPlainText()
    # and the training panel's message says which weights the model holds now (not the last epoch's)
    assert said[-1].split("\n")[1] == (f"The model holds the weights of epoch {expected}, the best val loss "
                                       f"({val_loss[expected - 1]:.4g}), put back by EarlyStopping.")

    # the label stands where it hides no curve: at the top of the line over a falling loss, at the bottom
    # over a rising accuracy (at the bottom over the loss it hid the curves' epochs before the best one)
    plot.show()
    qtbot.waitExposed(plot)
    for key, widget in (("loss", plot.loss_widget), ("accuracy", plot.metric_widget)):
        plot.set_view(key)
        qtbot.wait(50)
        assert widget.best_line.label.isVisible()
        assert curve_points_under(widget, widget.best_line.label) == 0, key

    runner.reset()
    assert plot.best_epoch is None and not plot.loss_widget.best_line.isVisible()


def curve_points_under(widget, item) -> int:
    """How many points of the curves ``widget`` draws (sampled along their segments) ``item`` covers on screen."""
    rect = item.sceneBoundingRect()
    view = widget.getPlotItem().vb
    data = (curve.getData() for curve in widget.getPlotItem().listDataItems() if curve.isVisible())
    x, y = curve_points((cx, cy) for cx, cy in data if cx is not None and cy is not None)
    return sum(rect.contains(view.mapViewToScene(QPointF(float(px), float(py)))) for px, py in zip(x, y, strict=True))


def test_no_marker_without_early_stopping(qtbot, runner, plot):
    document = ProjectDocument(xor_project(validation_split=0.25, epochs=5))
    plot.follow(runner, document)
    run(qtbot, runner, None, document)
    assert plot.best_epoch is None and not plot.loss_widget.best_line.isVisible()


def test_best_epoch_replays_the_callback_semantics():
    history = {"val_loss": [1.0, 0.5, 0.49, 0.6, 0.3, 0.7], "val_accuracy": [0.5, 0.9, 0.8, 0.95, 0.95, 0.1]}
    assert early_stopping_best_epoch(history, {"monitor": "val_loss"}) == 4
    assert early_stopping_best_epoch(history, {"monitor": "val_loss", "min_delta": 0.25}) == 1  # 0.49, 0.3: too little
    assert early_stopping_best_epoch(history, {"monitor": "val_accuracy"}) == 3  # accuracy: the maximum, first one
    assert early_stopping_best_epoch(history, {"monitor": "val_loss", "start_from_epoch": 5}) == 5
    assert early_stopping_best_epoch(history, {"monitor": "val_loss"}, initial_epoch=5) == 5  # a continued run
    assert early_stopping_best_epoch(history, {"monitor": "loss"}) is None
    assert early_stopping_best_epoch({"val_loss": [math.nan]}, {"monitor": "val_loss"}) is None


def test_live_payloads_are_drawn_at_most_ten_times_a_second_and_exactly_at_the_end(qtbot, monkeypatch):
    from annstudio.gui.views import loss_plot as lp

    plot = lp.LossPlot()
    qtbot.addWidget(plot)
    draws = []
    original = plot._redraw
    monkeypatch.setattr(plot, "_redraw", lambda: (draws.append(1), original()))
    plot._on_live_events([{"event": "train_begin", "initial_epoch": 0, "steps_per_epoch": 1}])
    for i in range(200):  # a burst of payloads, far faster than 10 per second
        plot._on_live_events([{"event": "batch_end", "step": i + 1, "loss": 1.0},
                              {"event": "epoch_end", "epoch": i, "logs": {"loss": 1.0 / (i + 1)}}])
    assert len(draws) <= 3
    plot._on_live_events([{"event": "finished", "history": {"loss": [1.0 / (i + 1) for i in range(200)]}}])
    assert list(plot.train_curve.getOriginalDataset()[1]) == [1.0 / (i + 1) for i in range(200)]
    assert len(plot.batch_curve.getOriginalDataset()[0]) == 200


def test_long_runs_draw_a_bounded_per_batch_curve():
    from annstudio.gui.views.loss_plot import BATCH_CURVE_POINTS, _bucket_means

    x = np.arange(100_000, dtype=float)
    y = np.sin(x)
    bx, by = _bucket_means(x, y, BATCH_CURVE_POINTS)
    assert len(bx) <= BATCH_CURVE_POINTS + 1
    assert bx[0] == x[:34].mean() and np.isclose(by[0], y[:34].mean())


def test_nice_ceiling_steps_are_at_most_one_and_a_half():
    from annstudio.gui.views.loss_plot import nice_ceiling

    assert [nice_ceiling(v) for v in (1, 3, 7, 11, 16, 21, 100, 101, 601, 0.72, 6000)] == \
        [1, 3, 8, 15, 20, 30, 100, 150, 800, 0.8, 6000]
    for v in np.geomspace(0.01, 1e5, 400):
        assert v <= nice_ceiling(v) <= 1.5 * v * (1 + 1e-9)


def test_while_a_run_streams_in_the_range_changes_only_at_nice_steps(qtbot, plot):
    """Each range change rebuilds the axes; streaming 600 epochs in 60 payloads changes the range only
    when the run passes a nice epoch count, and the finished run's range fits its data."""
    plot.show()
    qtbot.waitExposed(plot)
    view = plot.getPlotItem().getViewBox()
    rng = np.random.default_rng(0)
    plot.add_events([{"event": "train_begin", "steps_per_epoch": 8, "initial_epoch": 0}])
    ranges = []
    for chunk in range(60):
        events = []
        for epoch in range(chunk * 10, chunk * 10 + 10):
            loss = 0.7 * math.exp(-epoch / 200) + 0.01 * rng.random()
            events.append({"event": "batch_end", "epoch": epoch, "steps": list(range(epoch * 8, epoch * 8 + 8)),
                           "losses": list(loss + 0.1 * rng.random(8))})
            events.append({"event": "epoch_end", "epoch": epoch, "logs": {"loss": loss, "val_loss": 1.1 * loss}})
        plot.add_events(events)
        qtbot.wait(1)
        ranges.append(tuple(map(tuple, view.viewRange())))
        x_max = ranges[-1][0][1]
        assert x_max >= 10 * (chunk + 1) and ranges[-1][1][0] <= 0.0  # the run and 0 are in view
    distinct = sorted(set(r[0][1] for r in ranges))
    assert len(distinct) <= 15  # 10, 15, 20, 30, ... 600: not one range for each of the 60 payloads
    assert len(set(r[1] for r in ranges)) <= 3
    plot.add_events([{"event": "finished", "history": plot.history}])
    qtbot.wait(1)
    (x0, x1), (y0, y1) = view.viewRange()
    assert 600 <= x1 < 640  # fitted to the finished run
    assert y0 <= 0.0 < 0.78 <= y1 < 0.85  # still from 0, up to the highest batch loss (0.7 + 0.1 noise)


def test_within_the_first_epoch_the_range_changes_only_at_nice_steps(qtbot, plot):
    """A big data set: the first epoch streams in as batches only (50 payloads, no epoch_end yet); the
    range (and so the axes, rebuilt at each change) steps through nice fractions of an epoch."""
    plot.show()
    qtbot.waitExposed(plot)
    view = plot.getPlotItem().getViewBox()
    plot.add_events([{"event": "train_begin", "steps_per_epoch": 2000, "initial_epoch": 0}])
    ranges = []
    for chunk in range(50):
        steps = list(range(chunk * 40 + 1, chunk * 40 + 41))
        plot.add_events([{"event": "batch_end", "epoch": 0, "steps": steps,
                          "losses": [2.0 / (1 + s / 500) for s in steps]}])
        qtbot.wait(1)
        ranges.append(tuple(map(tuple, view.viewRange())))
        assert ranges[-1][0][1] >= steps[-1] / 2000 and ranges[-1][1][0] <= 0.0  # the batches and 0 in view
    assert len(set(r[0] for r in ranges)) <= 15  # 0.02, 0.03, ... 0.8, 1 epoch: not one per payload
    assert len(set(r[1] for r in ranges)) <= 2


def test_the_accuracy_legend_sits_low_where_the_rising_curves_are_not(qtbot, plot):
    plot.show()
    qtbot.waitExposed(plot)
    events = [{"event": "train_begin", "steps_per_epoch": 1, "initial_epoch": 0}]
    for epoch in range(40):
        acc = 1 - 0.5 * math.exp(-epoch / 8)
        events.append({"event": "epoch_end", "epoch": epoch, "logs": {"loss": 1 - acc, "val_loss": 1.1 * (1 - acc),
                                                                     "accuracy": acc, "val_accuracy": acc - 0.05}})
    plot.add_events(events)

    def legend_and_box(widget):
        qtbot.wait(20)
        item = widget.getPlotItem()
        return widget.legend.sceneBoundingRect(), item.getViewBox().sceneBoundingRect()

    legend, box = legend_and_box(plot.loss_widget)
    assert legend.top() - box.top() < 20  # the falling loss: top right
    plot.set_view("accuracy")
    legend, box = legend_and_box(plot.metric_widget)
    assert box.bottom() - legend.bottom() < 20 and legend.top() - box.top() > 40  # the rising accuracy: bottom right
    plot.set_view("loss")
    assert plot.loss_widget.isVisible()


def test_the_legend_leaves_a_rising_validation_loss_in_view(qtbot, plot):
    """Overfitting: the validation loss climbs to the top right as the training loss falls. The legend
    there would hide the lesson, so it goes to the corner no curve passes through (here the top left)."""
    plot.show()
    qtbot.waitExposed(plot)
    events = [{"event": "train_begin", "steps_per_epoch": 1, "initial_epoch": 0}]
    for epoch in range(300):
        events.append({"event": "epoch_end", "epoch": epoch, "logs": {
            "loss": 0.7 * math.exp(-epoch / 30), "val_loss": 1.2 + 8 * (1 - math.exp(-epoch / 80))}})
    plot.add_events(events)
    qtbot.wait(20)
    widget = plot.loss_widget
    view = widget.getPlotItem().getViewBox()

    def hidden(curve):
        legend = widget.legend.sceneBoundingRect()
        x, y = curve.getData()
        return sum(legend.contains(view.mapViewToScene(QPointF(float(a), float(b)))) for a, b in zip(x, y, strict=True))

    assert hidden(plot.train_curve) == hidden(plot.val_curve) == 0
    legend, box = widget.legend.sceneBoundingRect(), view.sceneBoundingRect()
    assert legend.top() - box.top() < 20 and legend.left() - box.left() < 20   # top left
    # the run ends and the ranges fit it: the legend still hides nothing
    plot.add_events([{"event": "finished", "reason": "completed", "history": {}}])
    qtbot.wait(20)
    assert hidden(plot.train_curve) == hidden(plot.val_curve) == 0


def test_the_curve_choice_names_a_metric_briefly_and_the_axis_in_full(qtbot, plot):
    """A regression run: the choice said "mean absolute error (MAE)" and grew wide enough to push the
    plot's other controls aside; it says "MAE" (the full name is its tooltip and the axis title)."""
    from PySide6.QtCore import Qt
    plot.add_events([{"event": "train_begin", "steps_per_epoch": 1, "initial_epoch": 0}] + [
        {"event": "epoch_end", "epoch": e, "logs": {"loss": 1.0 / (e + 1), "mae": 2.0 / (e + 1)}} for e in range(5)])
    combo = plot.view_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Loss", "MAE"]
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "mean absolute error (MAE)"
    plot.set_view("mae")
    assert plot.metric_item.getAxis("left").labelText == "mean absolute error (MAE)"


def test_export_suggests_the_project_folder_and_name(qtbot, isolated_gui, tmp_path, monkeypatch):
    """Export › History as CSV suggested 'history.csv' in whatever folder the app was started from."""
    import shutil

    from PySide6.QtWidgets import QFileDialog

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    project = tmp_path / "lab" / "spiral.annproj"
    project.parent.mkdir()
    shutil.copy(resource_path("examples", "spiral.annproj"), project)
    assert window.open_path(project)
    asked = []

    def cancel(parent, caption, start, *args, **kwargs):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
    for action in (window.loss_plot.export_csv_action, window.loss_plot.export_png_action):
        action.trigger()
    assert asked == [str(project.parent / "spiral_history.csv"), str(project.parent / "spiral_loss.png")]


def test_the_best_epoch_label_leaves_a_converged_loss_in_view(qtbot, runner, plot):
    """Iris with a high learning rate stops early at epoch 14, the best at 9: the loss curves lie low from
    epoch 5 on, where the label stood (at the bottom of its line) and hid them: they looked cut off."""
    project = Project.load(resource_path("examples", "iris.annproj"))
    project.training.optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.05}}
    project.training.callbacks = normalize_callbacks([{"class_name": "EarlyStopping", "config": {
        "patience": 5, "restore_best_weights": True}}])
    document = ProjectDocument(project)
    plot.follow(runner, document)
    plot.show()
    qtbot.waitExposed(plot)
    run(qtbot, runner, project, document)
    assert plot.best_epoch is not None and plot.best_epoch < len(runner.history["loss"])
    qtbot.wait(50)
    label = plot.loss_widget.best_line.label
    assert label.isVisible() and curve_points_under(plot.loss_widget, label) == 0


def test_the_best_epoch_label_keeps_off_the_legend(qtbot, plot):
    """A loss falling to the last epoch, the best: the label, left of its line at the right edge, was drawn
    under the legend in the top right corner ("best epoch 100 / weights restored", half hidden)."""
    plot.show()
    qtbot.waitExposed(plot)
    events = [{"event": "train_begin", "steps_per_epoch": 1, "initial_epoch": 0}]
    for epoch in range(100):
        events.append({"event": "epoch_end", "epoch": epoch, "logs": {
            "loss": 0.2 + 0.5 * math.exp(-epoch / 30), "val_loss": 0.3 + 0.5 * math.exp(-epoch / 30)}})
    plot.add_events(events)
    plot._early_stopping = {"monitor": "val_loss", "restore_best_weights": True}
    plot._set_best_epoch(100)
    qtbot.wait(20)
    widget = plot.loss_widget
    label, legend = widget.best_line.label, widget.legend
    assert legend.isVisible() and label.isVisible()
    assert not label.sceneBoundingRect().intersects(legend.sceneBoundingRect())
    assert "weights restored" not in label.toPlainText()   # the last epoch's weights are the model's already


def test_one_step_shows_its_batch_loss_as_a_dot(qtbot, isolated_gui):
    """F10 once from idle: the status line said "batch loss 0.820" and the plot stayed empty (a curve of one
    point draws no line)."""
    from annstudio.gui.editor import commands
    from tests.gui.conftest import show_main_window

    window = show_main_window(qtbot, (1400, 900))
    plot = window.findChild(LossPlot, "lossPlot")
    training = window.document.section("training")   # a whole run first: the legend finds its corner
    training.epochs = 60
    commands.push(window.document, "training", training, "epochs")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    window.training_panel.reset_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "idle")
    window.training_panel.step_action.trigger()
    qtbot.waitUntil(lambda: window.runner.state == "paused", timeout=20000)
    qtbot.waitUntil(lambda: not empty(plot.batch_curve), timeout=5000)
    x, y = plot.batch_curve.getOriginalDataset()
    assert len(y) == 1 and plot.batch_curve.opts["symbol"] == "o"
    (x_low, x_high), (y_low, y_high) = plot.getPlotItem().viewRange()
    assert x_low <= x[0] <= x_high and y_low <= y[0] <= y_high
    # nor under the legend (a lone point hid there: the legend kept its corner while it hid few points)
    view = plot.getPlotItem().vb

    def hidden() -> list:
        box = plot.legend.sceneBoundingRect()
        points = []
        for curve in (plot.batch_curve, plot.train_curve):
            cx, cy = curve.getOriginalDataset()
            if cx is not None:
                points += [(px, py) for px, py in zip(cx, cy, strict=True)
                           if box.contains(view.mapViewToScene(QPointF(px, py)))]
        return points

    qtbot.waitUntil(lambda: hidden() == [], timeout=3000)



def test_an_empty_plot_has_room_for_its_end_ticks(qtbot, plot):
    """Before any run (and after New) the axes go from 0 to 1: the labels of the ticks at the ends are
    drawn whole (at exactly 0 to 1 the top "1.0" was cut in half by the plot's top edge)."""
    plot.show()
    qtbot.waitExposed(plot)

    def room() -> list[float]:
        gaps = []
        for widget in (plot.loss_widget, plot.metric_widget):
            view = widget.getPlotItem().getViewBox()
            half = QFontMetrics(widget.getPlotItem().getAxis("left").font()).height() / 2
            box = view.sceneBoundingRect()
            top = view.mapViewToScene(QPointF(0.0, 1.0)).y() - box.top()
            bottom = box.bottom() - view.mapViewToScene(QPointF(0.0, 0.0)).y()
            left = view.mapViewToScene(QPointF(0.0, 0.0)).x() - box.left()
            gaps += [top - half, bottom - half, left]
        return gaps

    assert min(room()) > 0
    plot.add_events([{"event": "epoch_end", "epoch": i, "logs": {"loss": 5.0 - i}} for i in range(4)])
    plot.clear_curves()
    qtbot.wait(20)
    assert min(room()) > 0
