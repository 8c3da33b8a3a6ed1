"""DecisionRegionPlot: the painted image is the model's predictions in the class colours; controls; live training."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from annstudio import Project
from annstudio.backends.numpy import build_model
from annstudio.data import load_dataset
from annstudio.gui.colors import CLASS_COLORS, NEUTRAL
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.decision_plot import DecisionRegionPlot
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec

# The colours, worked out here from the shared class colours (UI.md: one colour per class everywhere,
# neutral grey for undecided) and the Playground's tint (alpha 160 over white) -- not from the widget's code.
ALPHA = 160 / 255


def rgb(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    return np.array([int(hex_colour[k:k + 2], 16) for k in (0, 2, 4)], dtype=np.float64)


def tint(colour):
    return colour * ALPHA + 255 * (1 - ALPHA)


def binary_colours(p):
    """Orange (class 0) at p = 0, grey at 0.5, blue (class 1) at 1 (and beyond), tinted; (..., 3) floats."""
    p = np.clip(np.asarray(p, dtype=np.float64), 0, 1)[..., None]
    orange, grey, blue = rgb(CLASS_COLORS[0]), rgb(NEUTRAL), rgb(CLASS_COLORS[1])
    colour = np.where(p < 0.5, orange + (grey - orange) * 2 * p, grey + (blue - grey) * (2 * p - 1))
    return tint(colour)


def class_colours(z):
    k = z.shape[-1]
    return z.astype(np.float64) @ np.array([tint(rgb(CLASS_COLORS[c])) for c in range(k)])


def dense_model(n_inputs, units, activation, kernel, bias):
    spec = ModelSpec.stack([n_inputs], [("Dense", {"units": units, "activation": activation})])
    model = build_model(spec, 0)
    model.set_weights({"dense/kernel": np.array(kernel, np.float32), "dense/bias": np.array(bias, np.float32)})
    return model


def deep_binary_model(seed=0):
    spec = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    return build_model(spec, seed)


def grid_of(result):
    """The grid points worked out from the result's extent alone: pixel centres, bottom row first."""
    x0, x1, y0, y1 = result["extent"]
    n = result["resolution"]
    xs = x0 + (np.arange(n) + 0.5) * (x1 - x0) / n
    ys = y0 + (np.arange(n) + 0.5) * (y1 - y0) / n
    gx, gy = np.meshgrid(xs, ys)
    return gx, gy


def show(plot, model, dataset):
    result = plot.probe(model, dataset, force=True)["decision"]
    assert plot.update_from_result(result)
    return result


@pytest.fixture
def plot(qtbot):
    widget = DecisionRegionPlot()
    qtbot.addWidget(widget)
    widget.resize(480, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def runner(qtbot):
    runner = TrainingRunner()
    yield runner
    assert runner.shutdown(5000)


def spiral_project(epochs):
    project = Project.load(resource_path("examples", "spiral.annproj"))
    project.training.epochs = epochs
    return project


def project_dataset(project):
    return load_dataset(project.dataset["name"], **project.dataset["params"])


# ------------------------------------------------------------------------------ image = predictions
def test_binary_image_is_the_models_probabilities_in_the_class_colours(plot):
    ds = load_dataset("gaussians", noise=0.2)
    model = dense_model(2, 1, "sigmoid", [[0.8], [0.5]], [0.3])
    plot.set_dataset(ds)
    assert plot.objectName() == "decisionPlot"
    result = show(plot, model, ds)
    z = result["z"]
    assert z.shape == (100, 100, 1) and z.dtype == np.float32
    gx, gy = grid_of(result)
    points = np.column_stack([gx.ravel(), gy.ravel()]).astype(np.float32)
    predicted = model.predict(points, batch_size=len(points)).reshape(100, 100)   # one batch, as the probe
    np.testing.assert_array_equal(z[..., 0], predicted)  # exactly predict on the grid
    assert predicted.min() < 0.05 and predicted.max() > 0.95  # the whole colour map is in play
    image = plot.image_rgba()
    assert image.shape == (100, 100, 4) and image.dtype == np.uint8
    assert (image[..., 3] == 255).all()
    difference = np.abs(image[..., :3].astype(float) - binary_colours(predicted))
    assert difference.max() <= 2.0, difference.max()


def test_three_class_image_blends_the_class_colours_by_probability(plot):
    ds = load_dataset("iris", features="petal")  # 2 inputs, 3 species
    model = dense_model(2, 3, "softmax", [[-3.0, 0.0, 3.0], [-2.0, 0.0, 2.0]], [0.0, 1.5, 0.0])
    plot.set_dataset(ds)
    result = show(plot, model, ds)
    gx, gy = grid_of(result)
    points = np.column_stack([gx.ravel(), gy.ravel()]).astype(np.float32)
    predicted = model.predict(points, batch_size=len(points)).reshape(100, 100, 3)
    np.testing.assert_array_equal(result["z"], predicted)
    assert set(np.unique(predicted.argmax(-1))) == {0, 1, 2}
    difference = np.abs(plot.image_rgba()[..., :3].astype(float) - class_colours(predicted))
    assert difference.max() <= 1.0, difference.max()


def test_image_is_upright_and_covers_the_grid_on_screen(plot, qtbot):
    ds = load_dataset("gaussians")
    model = dense_model(2, 1, "sigmoid", [[0.0], [4.0]], [0.0])  # class 0 below y = 0, class 1 above
    plot.set_dataset(ds)
    result = show(plot, model, ds)
    plot.train_item.hide()
    plot.test_item.hide()
    qtbot.waitUntil(lambda: plot.image_item.isVisible())
    shot = plot.viewport().grab().toImage()
    x0, x1, y0, y1 = result["extent"]
    vb = plot.getPlotItem().vb

    def colour_at(x, y):
        point = plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
        c = shot.pixelColor(point)
        return np.array([c.red(), c.green(), c.blue()], float)

    cx = (x0 + x1) / 2
    low = colour_at(cx, y0 + 0.05 * (y1 - y0))
    high = colour_at(cx, y1 - 0.05 * (y1 - y0))
    assert np.abs(low - tint(rgb(CLASS_COLORS[0]))).max() <= 3, low  # bottom: orange
    assert np.abs(high - tint(rgb(CLASS_COLORS[1]))).max() <= 3, high  # top: blue


# ------------------------------------------------------------------------------ controls
def test_discretize_paints_only_class_colours(plot):
    ds = load_dataset("gaussians", noise=0.2)
    plot.set_dataset(ds)
    result = show(plot, dense_model(2, 1, "sigmoid", [[0.8], [0.5]], [0.3]), ds)
    blended = {tuple(c) for c in plot.image_rgba().reshape(-1, 4)}
    assert len(blended) > 50
    plot.discretize_box.setChecked(True)
    image = plot.image_rgba()
    colours = {tuple(c) for c in image.reshape(-1, 4)}
    orange, blue = (tuple(np.rint(tint(rgb(CLASS_COLORS[c]))).astype(int)) + (255,) for c in (0, 1))
    assert colours == {orange, blue}
    p = result["z"][..., 0]
    np.testing.assert_array_equal(np.all(image == np.array(blue, np.uint8), axis=-1), p >= 0.5)
    plot.discretize_box.setChecked(False)
    assert len({tuple(c) for c in plot.image_rgba().reshape(-1, 4)}) == len(blended)

    # three classes: argmax
    iris = load_dataset("iris", features="petal")
    plot.set_dataset(iris)
    result = show(plot, dense_model(2, 3, "softmax", [[-3.0, 0.0, 3.0], [-2.0, 0.0, 2.0]], [0.0, 1.5, 0.0]), iris)
    plot.set_discretize(True)
    image = plot.image_rgba()[..., :3].astype(int)
    palette = np.array([np.rint(tint(rgb(CLASS_COLORS[c]))) for c in range(3)], int)
    np.testing.assert_array_equal(image, palette[result["z"].argmax(-1)])


def test_resolution_changes_the_image_shape(plot):
    ds = load_dataset("moons")
    model = deep_binary_model()
    plot.set_dataset(ds)
    assert show(plot, model, ds)["z"].shape[:2] == (100, 100)
    assert plot.image_rgba().shape == (100, 100, 4)
    for resolution in (25, 200, 50):
        plot.resolution_combo.setCurrentIndex(plot.resolution_combo.findData(resolution))
        assert plot.probe.config.resolution == resolution
        show(plot, model, ds)
        assert plot.image_rgba().shape == (resolution, resolution, 4)
    with pytest.raises(ValueError, match="37"):
        plot.set_resolution(37)


def test_show_test_toggles_the_hollow_test_points(plot):
    ds = load_dataset("spiral")
    plot.set_dataset(ds)
    assert plot.test_item.isVisible() and len(plot.test_item.data) == ds.n_test
    assert len(plot.train_item.data) == ds.n_train
    plot.test_box.setChecked(False)
    assert not plot.test_item.isVisible() and plot.train_item.isVisible()
    plot.test_box.setChecked(True)
    assert plot.test_item.isVisible()


def test_iris_feature_pickers_hold_the_other_inputs_at_their_mean(plot):
    ds = load_dataset("iris")  # 4 inputs
    plot.set_dataset(ds)
    assert plot.feature_row.isVisibleTo(plot)
    assert [plot.x_combo.itemText(k) for k in range(plot.x_combo.count())] == ds.feature_names
    # it opens on the petals, where the three species separate (the sepals, the first two columns, overlap)
    assert plot.probe.config.features == (2, 3)
    assert (plot.x_combo.currentText(), plot.y_combo.currentText()) == ("petal length (cm)", "petal width (cm)")
    assert plot.getPlotItem().getAxis("bottom").labelText == ds.feature_names[2]
    assert plot.getPlotItem().getAxis("left").labelText == ds.feature_names[3]
    np.testing.assert_allclose(plot.train_item.data["x"], ds.x_train[:, 2])
    np.testing.assert_allclose(plot.train_item.data["y"], ds.x_train[:, 3])
    plot.set_features(0, 1)
    assert plot.probe.config.features == (0, 1)
    _, _, X = plot.probe.grid.grid(ds)
    mean = ds.x_train.astype(np.float64).mean(axis=0)
    np.testing.assert_allclose(X[:, 2], mean[2], atol=1e-6)
    np.testing.assert_allclose(X[:, 3], mean[3], atol=1e-6)
    assert np.ptp(X[:, 0]) > np.ptp(ds.x_train[:, 0]) and np.ptp(X[:, 1]) > np.ptp(ds.x_train[:, 1])
    plot.set_dataset(ds)   # the same data again (a new split, the project reopened): the learner's choice stays
    assert plot.probe.config.features == (0, 1)
    plot.set_features(2, 3)

    model = build_model(ModelSpec.stack([4], [("Dense", {"units": 3, "activation": "softmax"})]), 0)
    old = plot.probe(model, ds, force=True)["decision"]
    assert old["features"] == (2, 3)
    # picking the y input for x swaps the two; results made for the old pair are not drawn any more
    plot.x_combo.setCurrentIndex(3)
    assert plot.probe.config.features == (3, 2)
    assert (plot.x_combo.currentIndex(), plot.y_combo.currentIndex()) == (3, 2)
    assert not plot.update_from_result(old) and plot.image_rgba() is None
    new = show(plot, model, ds)
    assert new["features"] == (3, 2) and plot.image_rgba().shape == (100, 100, 4)


def test_two_input_data_has_no_feature_pickers(plot):
    plot.set_dataset(load_dataset("spiral"))
    assert not plot.feature_row.isVisibleTo(plot)
    assert plot.getPlotItem().getAxis("bottom").labelText == "x1"


def test_regression_shows_the_predicted_surface_with_a_colour_bar(plot):
    ds = load_dataset("plane")
    model = dense_model(2, 1, "linear", [[0.1], [0.1]], [0.0])  # the plane's own formula, (x1 + x2) / 10
    plot.set_dataset(ds)
    assert plot.color_bar.isVisible() and plot.color_bar.scene() is plot.scene()
    result = show(plot, model, ds)
    gx, gy = grid_of(result)
    points = np.column_stack([gx.ravel(), gy.ravel()]).astype(np.float32)
    value = model.predict(points, batch_size=len(points)).reshape(gx.shape)
    np.testing.assert_array_equal(result["z"][..., 0], value)
    y = np.concatenate([ds.y_train[:, 0], ds.y_test[:, 0]])
    m = max(-y.min(), y.max())  # symmetric levels: 0 is the neutral grey
    image = plot.image_rgba()[..., :3].astype(float)
    assert np.abs(image - binary_colours((value + m) / (2 * m))).max() <= 2.0
    assert len({tuple(c) for c in image.reshape(-1, 3).astype(int)}) > 100  # a surface, not a flat colour
    plot.set_discretize(True)
    assert 2 < len({tuple(c) for c in plot.image_rgba().reshape(-1, 4)}) <= 8  # bands
    assert plot.color_bar.levels() == pytest.approx((-m, m))   # the plane's target is not standardised
    plot.set_dataset(load_dataset("spiral"))
    assert not plot.color_bar.isVisible()


def test_a_standardised_targets_colour_bar_reads_in_its_units(plot):
    """Diabetes with its target standardised: the colours stay the model's (0 is the mean, grey), and the bar
    reads in the target's own units (it read -2.5 to 2.5 while the Results panel said 25 to 346)."""
    ds = load_dataset("diabetes", standardize_target=True)
    plot.set_dataset(ds)
    y = np.concatenate([ds.y_train[:, 0], ds.y_test[:, 0]]).astype(np.float64)
    m = max(-y.min(), y.max())
    raw = ds.y_standardizer.inverse_transform(np.array([[-m], [m]]))[:, 0]
    assert plot.color_bar.levels() == pytest.approx(tuple(raw), rel=1e-6)
    raw_y = ds.y_standardizer.inverse_transform(np.concatenate([ds.y_train, ds.y_test]))[:, 0]
    low, high = plot.color_bar.levels()
    assert low < raw_y.min() < raw_y.max() <= high + 1e-6 and high > 300   # disease progression, 25 to 346


def test_data_that_cannot_be_drawn_says_so(plot):
    plot.set_dataset(load_dataset("digits"))
    assert plot.unavailable_reason == "images"
    assert plot.message.isVisible() and "images" in plot.message.text()
    assert not plot.discretize_box.isEnabled() and not plot.train_item.isVisible()
    assert plot.image_rgba() is None
    plot.set_dataset(None)
    assert plot.message.isVisible() and plot.message.text()
    plot.set_dataset(load_dataset("spiral"))
    assert not plot.message.isVisible() and plot.discretize_box.isEnabled() and plot.train_item.isVisible()


# ------------------------------------------------------------------------------ live training
def test_live_training_draws_the_newest_picture_of_every_frame(qtbot, plot, runner):
    """The probe computes up to 15 pictures a second in the worker (``benchmarks/viz_speed.py`` measures
    the live rate: about 14 a second); the worker sends a payload about once a frame and the plot draws,
    in each frame, the newest picture that arrived (``live.FrameClock``): the pictures drawn are pictures
    sent, in order, none twice, and the stopped model's exact picture comes last."""
    assert plot.probe.max_rate >= 10
    project = spiral_project(epochs=100000)
    ds = project_dataset(project)
    plot.set_dataset(ds)
    plot.attach(runner)
    steps = []
    plot.sigUpdated.connect(lambda result: steps.append(result["step"]))
    newest = []  # connected after the plot: both lists see the same payloads

    def on_events(events):
        pictures = [e for e in events if e["event"] == "probe" and "decision" in e["results"]]
        if pictures:
            step = pictures[-1]["results"]["decision"].get("step")
            newest.append(pictures[-1].get("step") if step is None else step)

    runner.sigEvents.connect(on_events)
    runner.start(project)
    qtbot.waitUntil(lambda: len(steps) >= 12, timeout=15000)
    drawn, sent = list(steps), list(newest)
    remaining = iter(sent)
    assert all(step in remaining for step in drawn)  # a subsequence of what was sent: the newest of a frame
    assert drawn == sorted(set(drawn)) and drawn[-1] > drawn[0]  # training went on between pictures
    with qtbot.waitSignal(runner.sigFinished, timeout=5000) as stopped:
        runner.stop()
    # the stopped model's exact picture is on screen, whatever the rate limit skipped: the worker
    # forced the probe before it sent the terminal event
    final_step = stopped.args[0]["step"]
    qtbot.waitUntil(lambda: plot.result is not None and plot.result["step"] == final_step, timeout=5000)
    _, _, X = plot.probe.grid.grid(plot.probe.last_dataset)
    np.testing.assert_array_equal(plot.result["z"].reshape(-1, 1), runner.last_model.predict(X, batch_size=len(X)))
    with qtbot.waitSignal(runner.sigStateChanged, check_params_cb=lambda s: s == "idle"):
        runner.reset()
    assert plot.result is None and plot.image_rgba() is None


def test_after_a_run_controls_redraw_from_the_trained_model(qtbot, plot, runner):
    project = spiral_project(epochs=3)
    ds = project_dataset(project)
    plot.set_dataset(ds)
    plot.attach(runner)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(project)
    qtbot.waitUntil(lambda: plot.result is not None)
    assert plot.image_rgba().shape == (100, 100, 4)
    before = plot.updates
    plot.set_resolution(50)  # no new run: the finished model is evaluated on the new grid (in a job thread)
    qtbot.waitUntil(lambda: plot.updates == before + 1, timeout=5000)
    assert plot.image_rgba().shape == (50, 50, 4)
    _, _, X = plot.probe.grid.grid(plot.probe.last_dataset)
    np.testing.assert_array_equal(plot.result["z"].reshape(-1, 1), runner.last_model.predict(X, batch_size=len(X)))


def test_the_class_legend_sits_in_the_corner_that_hides_the_fewest_points(plot, qtbot):
    """Iris on its petals: virginica fills the top right, where the legend stood over 22 of its points; the
    top left is empty, and the legend goes there."""
    plot.resize(420, 380)
    plot.show()
    qtbot.waitExposed(plot)
    ds = load_dataset("iris")
    plot.set_dataset(ds)
    assert plot.probe.config.features == (2, 3) and plot.legend.isVisible()
    legend = plot.legend.mapRectToItem(plot.getPlotItem().vb, plot.legend.boundingRect())
    view = plot.getPlotItem().vb
    (x0, x1), (y0, y1) = view.viewRange()
    points = np.concatenate([ds.x_train[:, [2, 3]], ds.x_test[:, [2, 3]]])
    px = (points[:, 0] - x0) / (x1 - x0) * view.width()
    py = (y1 - points[:, 1]) / (y1 - y0) * view.height()
    under = legend.contains
    hidden = sum(under(QPointF(float(a), float(b))) for a, b in zip(px, py, strict=True))
    assert hidden == 0
    assert legend.center().y() < view.height() / 2 and legend.center().x() < view.width() / 2   # top left
