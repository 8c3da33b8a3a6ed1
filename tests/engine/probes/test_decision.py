"""DecisionGrid and DecisionRegionProbe (annstudio.engine.probes): the grid, the predictions, the rate limit."""
import threading
import time

import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.data import Dataset, load_dataset
from annstudio.engine.probes import (
    DECISION_MAX_RATE,
    DecisionGrid,
    DecisionGridConfig,
    DecisionRegionProbe,
    decision_unavailable,
    output_probabilities,
)
from annstudio.spec import ModelSpec


def binary_model(seed=0):
    spec = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    return build_model(spec, seed)


def softmax_model(n_inputs, seed=0):
    spec = ModelSpec.stack([n_inputs], [("Dense", {"units": 8, "activation": "tanh"}),
                                        ("Dense", {"units": 3, "activation": "softmax"})])
    return build_model(spec, seed)


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


# --------------------------------------------------------------------------------------------- the grid
def test_grid_points_pixel_centres_row_by_row_over_the_training_data_with_a_margin():
    ds = load_dataset("spiral")
    grid = DecisionGrid(resolution=40, margin=0.1, equal_aspect=False)
    xs, ys, X = grid.grid(ds)
    assert xs.shape == ys.shape == (40,) and X.shape == (1600, 2) and X.dtype == np.float32
    arrays = grid.arrays(ds)
    x0, x1, y0, y1 = arrays.extent
    lo, hi = ds.x_train.min(axis=0).astype(np.float64), ds.x_train.max(axis=0).astype(np.float64)
    assert x0 == pytest.approx(lo[0] - 0.1 * (hi[0] - lo[0])) and x1 == pytest.approx(hi[0] + 0.1 * (hi[0] - lo[0]))
    assert y0 == pytest.approx(lo[1] - 0.1 * (hi[1] - lo[1])) and y1 == pytest.approx(hi[1] + 0.1 * (hi[1] - lo[1]))
    # pixel centres: half a pixel in from the edges, evenly spaced
    np.testing.assert_allclose(xs, x0 + (np.arange(40) + 0.5) * (x1 - x0) / 40, rtol=0, atol=1e-5)
    np.testing.assert_allclose(ys, y0 + (np.arange(40) + 0.5) * (y1 - y0) / 40, rtol=0, atol=1e-5)
    # row iy * n + ix is (xs[ix], ys[iy]): reshaping predictions to (n, n) gives z[iy, ix]
    gx, gy = np.meshgrid(xs, ys)
    np.testing.assert_array_equal(X[:, 0].reshape(40, 40), gx)
    np.testing.assert_array_equal(X[:, 1].reshape(40, 40), gy)
    assert not X.flags.writeable  # the cached grid cannot be changed by accident


def test_equal_aspect_makes_the_grid_square_around_the_data():
    ds = load_dataset("spiral")
    x0, x1, y0, y1 = DecisionGrid().arrays(ds).extent
    assert x1 - x0 == pytest.approx(y1 - y0)
    lo, hi = ds.x_train.min(axis=0), ds.x_train.max(axis=0)
    assert x0 < lo[0] and x1 > hi[0] and y0 < lo[1] and y1 > hi[1]
    # very different ranges keep their own scale
    x = np.array([[0, 0], [10, 1], [5, 0.5], [2, 0.1]], np.float32)
    stretched = Dataset("s", x, np.array([0, 1, 0, 1]), x, np.array([0, 1, 0, 1]))
    x0, x1, y0, y1 = DecisionGrid().arrays(stretched).extent
    assert (x1 - x0) > 5 * (y1 - y0)


def test_iris_feature_pair_holds_the_other_inputs_at_their_training_mean():
    ds = load_dataset("iris")  # 4 inputs
    grid = DecisionGrid(resolution=30, features=(2, 3))
    arrays = grid.arrays(ds)
    X = arrays.X
    assert X.shape == (900, 4) and arrays.features == (2, 3)
    mean = ds.x_train.astype(np.float64).mean(axis=0)
    for column in (0, 1):
        np.testing.assert_allclose(X[:, column], mean[column], rtol=0, atol=1e-6)
    np.testing.assert_array_equal(X[:, 2].reshape(30, 30), np.meshgrid(arrays.xs, arrays.ys)[0])
    np.testing.assert_array_equal(X[:, 3].reshape(30, 30), np.meshgrid(arrays.xs, arrays.ys)[1])
    for column, edge in ((2, arrays.extent[:2]), (3, arrays.extent[2:])):
        assert edge[0] < ds.x_train[:, column].min() and edge[1] > ds.x_train[:, column].max()
    # another pair: the grid follows, the held inputs change
    grid.configure(features=(0, 3))
    X = grid.arrays(ds).X
    np.testing.assert_allclose(X[:, 1], mean[1], atol=1e-6)
    np.testing.assert_allclose(X[:, 2], mean[2], atol=1e-6)
    assert np.ptp(X[:, 0]) > 1 and np.ptp(X[:, 3]) > 1


def test_grid_is_built_once_per_dataset_and_config():
    ds, other = load_dataset("spiral"), load_dataset("moons")
    grid = DecisionGrid(resolution=20)
    first = grid.arrays(ds)
    assert grid.arrays(ds) is first
    assert grid.arrays(other) is not first
    assert grid.arrays(ds) is not first  # rebuilt for the dataset after the other one (cache of one)
    again = grid.arrays(ds)
    grid.configure(resolution=25)
    assert grid.arrays(ds) is not again and grid.arrays(ds).X.shape == (625, 2)


def test_two_input_data_ignores_a_feature_pair_it_does_not_have():
    ds = load_dataset("spiral")
    arrays = DecisionGrid(features=(2, 3), resolution=10).arrays(ds)
    assert arrays.features == (0, 1) and arrays.X.shape == (100, 2)


@pytest.mark.parametrize("changes", [{"resolution": 1}, {"resolution": 2.5}, {"resolution": True},
                                     {"features": (1, 1)}, {"features": (-1, 0)}, {"features": "ab"},
                                     {"margin": -0.1}, {"margin": float("nan")}])
def test_bad_configs_are_refused_with_the_value_named(changes):
    with pytest.raises(ValueError) as info:
        DecisionGridConfig(**changes)
    assert repr(next(iter(changes.values())))[:4] in str(info.value)
    grid = DecisionGrid()
    with pytest.raises(ValueError):
        grid.configure(**changes)
    assert grid.config == DecisionGridConfig()  # a refused change leaves the config as it was


def test_which_data_can_be_drawn():
    assert decision_unavailable(None) == "no_data"
    assert decision_unavailable(load_dataset("spiral")) is None
    assert decision_unavailable(load_dataset("iris")) is None
    assert decision_unavailable(load_dataset("digits")) == "images"  # 64 = 8 x 8 pixels
    x = np.zeros((4, 5, 5), np.float32)
    assert decision_unavailable(Dataset("img", x, np.array([0, 1, 0, 1]), x, np.array([0, 1, 0, 1]))) == "images"
    x1 = np.arange(4, dtype=np.float32).reshape(4, 1)
    assert decision_unavailable(Dataset("one", x1, np.array([0, 1, 0, 1]), x1, np.array([0, 1, 0, 1]))) == "one_input"
    with pytest.raises(ValueError, match="images"):
        DecisionGrid().arrays(load_dataset("digits"))


# ------------------------------------------------------------------------------------ the predictions
def test_probe_result_is_predict_on_the_grid_exactly_binary():
    ds = load_dataset("spiral")
    model = binary_model()
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=60))
    result = probe(model, ds)["decision"]
    assert set(result) >= {"step", "z", "extent", "features", "resolution", "task", "frame"}
    z = result["z"]
    assert z.shape == (60, 60, 1) and z.dtype == np.float32
    _, _, X = probe.grid.grid(ds)
    np.testing.assert_array_equal(z.reshape(-1, 1), model.predict(X, batch_size=len(X)))
    assert result["features"] == (0, 1) and result["resolution"] == 60 and result["task"] == "binary"
    assert result["extent"] == probe.grid.arrays(ds).extent
    assert 0.0 <= z.min() < z.max() <= 1.0


def test_probe_result_is_predict_on_the_grid_exactly_three_classes():
    ds = load_dataset("iris")
    model = softmax_model(4, seed=3)
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=25, features=(2, 3)))
    z = probe(model, ds)["decision"]["z"]
    assert z.shape == (25, 25, 3)
    xs, ys, X = probe.grid.grid(ds)
    np.testing.assert_array_equal(z.reshape(-1, 3), model.predict(X, batch_size=len(X)))
    np.testing.assert_allclose(z.sum(axis=-1), 1.0, atol=1e-5)
    # independent of the probe's own X: rebuild the points from xs, ys and the mean
    gx, gy = np.meshgrid(xs, ys)
    points = np.tile(ds.x_train.mean(axis=0), (625, 1)).astype(np.float32)
    points[:, 2], points[:, 3] = gx.ravel(), gy.ravel()
    np.testing.assert_allclose(z, model.predict(points).reshape(25, 25, 3), atol=1e-6)


def test_logit_outputs_become_probabilities():
    ds = load_dataset("spiral")
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}), ("Dense", {"units": 1})])
    model = build_model(spec, 0)
    model.compile({"name": "binary_crossentropy", "from_logits": True}, {"class_name": "SGD", "config": {}})
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=10))
    z = probe(model, ds)["decision"]["z"]
    logits = model.predict(probe.grid.grid(ds)[2]).astype(np.float64)
    np.testing.assert_allclose(z.reshape(-1, 1), 1 / (1 + np.exp(-logits)), rtol=1e-6)
    three = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]], np.float32)
    model3 = softmax_model(2)
    model3.spec.layers[-1].config["activation"] = "linear"
    model3.compile({"name": "sparse_categorical_crossentropy", "from_logits": True}, {"class_name": "SGD", "config": {}})
    probs = output_probabilities(three, model3, "multiclass")
    np.testing.assert_allclose(probs[1], [1 / 3] * 3, rtol=1e-6)
    np.testing.assert_allclose(probs[0], np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum(), rtol=1e-6)


def test_regression_surface_is_the_predicted_value():
    ds = load_dataset("plane")
    spec = ModelSpec.stack([2], [("Dense", {"units": 1, "activation": "linear"})])
    model = build_model(spec, 0)
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=20))
    result = probe(model, ds)["decision"]
    assert result["task"] == "regression" and result["z"].shape == (20, 20, 1)
    np.testing.assert_array_equal(result["z"].reshape(-1, 1), model.predict(probe.grid.grid(ds)[2]))


def test_images_give_nothing_and_cost_nothing():
    class Boom:
        def predict(self, x, batch_size=256):
            raise AssertionError("predict must not run for image data")

    assert DecisionRegionProbe()(Boom(), load_dataset("digits")) == {}


# ------------------------------------------------------------------------------------ rate limit
def test_rapid_calls_give_at_most_about_15_results_a_second():
    clock = FakeClock()
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=10), clock=clock)
    ds, model = load_dataset("spiral"), binary_model()
    produced = []
    for _ in range(1000):  # a call every millisecond for one second
        result = probe(model, ds)
        if result:
            produced.append(clock.now)
        else:
            assert result == {}
        clock.now += 0.001
    assert 14 <= len(produced) <= 17, len(produced)
    assert min(np.diff(produced)) >= 0.9 / DECISION_MAX_RATE - 1e-9
    assert probe.frames == len(produced)


def test_at_the_workers_30_payloads_a_second_every_second_call_gets_a_result():
    clock = FakeClock()
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=10), clock=clock)
    ds, model = load_dataset("spiral"), binary_model()
    rng = np.random.default_rng(0)
    results = 0
    for _ in range(60):  # two seconds of payloads 1/30 s apart, with a little jitter
        results += bool(probe(model, ds))
        clock.now += 1 / 30 + rng.uniform(-0.002, 0.002)
    assert results == 30


def test_rapid_calls_in_real_time_are_limited_too():
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=10))
    ds, model = load_dataset("spiral"), binary_model()
    start = time.monotonic()
    calls = results = 0
    while time.monotonic() - start < 0.5:
        results += bool(probe(model, ds))
        calls += 1
    elapsed = time.monotonic() - start
    assert calls > 50
    assert results <= elapsed * DECISION_MAX_RATE / 0.9 + 1


def test_force_skips_the_limit():
    clock = FakeClock()
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=10), clock=clock)
    ds, model = load_dataset("spiral"), binary_model()
    assert probe(model, ds) and not probe(model, ds)
    assert probe(model, ds, force=True, step=7)["decision"]["step"] == 7
    assert not probe(model, ds)


def test_config_changes_from_another_thread_apply_at_the_next_call():
    ds, model = load_dataset("iris"), softmax_model(4)
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=25), max_rate=1e9)
    stop = threading.Event()
    seen = []

    def worker():
        while not stop.is_set():
            result = probe(model, ds)["decision"]
            seen.append((result["resolution"], result["features"], result["z"].shape))

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        for resolution, features in [(50, (2, 3)), (25, (0, 1)), (100, (1, 3))] * 5:
            probe.configure(resolution=resolution, features=features)
    finally:
        stop.set()
        thread.join()
    # every result is internally consistent (one config per result)
    for resolution, _features, shape in seen:
        assert shape == (resolution, resolution, 3)
    result = probe(model, ds, force=True)["decision"]
    assert result["resolution"] == 100 and result["features"] == (1, 3)
    assert probe.last_dataset is ds


def test_the_first_axes_are_the_inputs_that_tell_the_targets_apart():
    from annstudio.engine.probes.decision import separating_features

    iris = load_dataset("iris")
    assert [iris.feature_names[i] for i in separating_features(iris)] == ["petal length (cm)", "petal width (cm)"]
    diabetes = load_dataset("diabetes")   # regression: the inputs most correlated with the target
    assert "bmi" in [diabetes.feature_names[i] for i in separating_features(diabetes)]
    assert separating_features(load_dataset("spiral")) == (0, 1)   # two inputs: nothing to choose
    rng = np.random.default_rng(0)
    y = np.repeat([0, 1, 2], 20)
    x = rng.normal(size=(60, 5)).astype(np.float32)
    x[:, 1] = 7.0                         # constant: never on an axis
    x[:, 4] = y * 10.0                    # separates the classes exactly on its own (no spread within them)
    x[:, 2] += y * 1.5                    # separates them partly
    assert separating_features(Dataset("made", x, y, x, y, task="multiclass")) == (2, 4)
    flat = np.zeros((60, 4), np.float32)      # nothing varies: the first two
    assert separating_features(Dataset("flat", flat, y, flat, y, task="multiclass")) == (0, 1)


@pytest.mark.parametrize("backend", ["numpy", "tensorflow"])
def test_a_wide_model_draws_its_regions_within_the_batch_budget(monkeypatch, backend):
    """A learner typed 100,000 units into XOR's hidden layer (400,001 parameters, far under the limit): the
    100 x 100 grid went through it in one batch, 4 GB, and the window's memory rose to 4.15 GB without a word.
    Predictions go through the grid in batches whose layer outputs fit ``MAX_BATCH_VALUES``."""
    import tracemalloc

    from annstudio import limits
    from annstudio.engine.session import build_model as build_any

    monkeypatch.setattr(limits, "MAX_BATCH_VALUES", 1 << 20)   # 4 MB of float32 outputs at once
    spec = ModelSpec.stack([2], [("Dense", {"units": 4000, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    model = build_any(spec, backend=backend, seed=0)
    ds = load_dataset("xor")
    probe = DecisionRegionProbe(DecisionGridConfig(resolution=100))
    _, _, X = probe.grid.grid(ds)
    expected = np.concatenate([model.predict(X[i:i + 100]) for i in range(0, len(X), 100)])
    tracemalloc.start()
    try:
        z = probe(model, ds, force=True)["decision"]["z"]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    np.testing.assert_allclose(z.reshape(-1, 1), expected, rtol=1e-6, atol=1e-7)
    if backend == "numpy":   # the grid at once: 10,000 x 4,000 float32 = 160 MB; in batches a few MB
        assert peak < 40e6, peak
