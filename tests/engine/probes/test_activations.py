"""ActivationStatsProbe and its helpers: pre-activations, saturated sigmoid/tanh units, dead ReLUs."""
import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.activations import ACTIVATIONS
from annstudio.data import Dataset
from annstudio.engine.probes import (
    SATURATION_DERIVATIVE,
    ActivationStatsProbe,
    activation_stats,
    layer_pre_activations,
    saturation_limit,
)
from annstudio.spec import ModelSpec


def unit_square(n=1000, seed=3):
    """Points in [0, 1)^2, so the signs of the hand-made pre-activations below are known."""
    x = np.random.default_rng(seed).uniform(0.0, 1.0, (n, 2)).astype(np.float32)
    y = (x[:, 0] > x[:, 1]).astype(np.int64)
    return Dataset("square", x, y, x[:10].copy(), y[:10].copy(), task="binary")


def hand_made_model(backend_build=build_model):
    """relu(3) -> tanh(2) -> sigmoid(1) with weights chosen so that, for inputs in [0, 1)^2:

    - relu unit 1 gets z = -x0 - x1 - 1 < 0 for every sample: dead (1 of 3 units); unit 0 gets
      z = x0 - 0.5, zero for about half of the samples only: alive;
    - tanh unit 0 gets z = 10 * relu_2 >= 5 > 2.99: saturated for every sample, tanh unit 1 gets
      z = 10 * relu(x0 - 0.5) - 5, saturated only where |z| > 2.993 (x0 < 0.70);
    - the sigmoid unit gets z = 10: saturated for every sample.
    """
    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "relu"}),
                                 ("Dense", {"units": 2, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    model = backend_build(spec, seed=0)
    model.set_weights({
        "dense/kernel": np.array([[1.0, -1.0, 0.0], [0.0, -1.0, 1.0]]), "dense/bias": np.array([-0.5, -1.0, 0.5]),
        "dense_1/kernel": np.array([[0.0, 10.0], [0.0, 0.0], [10.0, 0.0]]), "dense_1/bias": np.array([0.0, -5.0]),
        "dense_2/kernel": np.zeros((2, 1)), "dense_2/bias": np.array([10.0]),
    })
    return model


def test_saturation_limit_is_where_the_derivative_drops_below_the_threshold():
    for name in ("sigmoid", "tanh"):
        limit = saturation_limit(name)
        df = ACTIVATIONS[name][1]
        assert df(limit) == pytest.approx(SATURATION_DERIVATIVE, rel=1e-9)
        assert df(limit + 1e-3) < SATURATION_DERIVATIVE < df(limit - 1e-3)
    assert saturation_limit("sigmoid") == pytest.approx(4.5849, abs=1e-4)
    assert saturation_limit("tanh") == pytest.approx(2.9932, abs=1e-4)
    assert saturation_limit("relu") is None


def test_pre_activations_are_input_times_kernel_plus_bias():
    model = hand_made_model()
    x = unit_square(50).x_train
    pre = layer_pre_activations(model, x)
    assert list(pre) == ["dense", "dense_1", "dense_2"]
    w = model.get_weights()
    z0 = x @ w["dense/kernel"] + w["dense/bias"]
    np.testing.assert_allclose(pre["dense"]["z"], z0, rtol=1e-6, atol=1e-6)
    h = np.maximum(z0, 0)
    np.testing.assert_allclose(pre["dense_1"]["z"], h @ w["dense_1/kernel"] + w["dense_1/bias"], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(pre["dense"]["output"], h, rtol=1e-6, atol=1e-6)
    assert [pre[k]["activation"] for k in pre] == ["relu", "tanh", "sigmoid"]


def test_an_activation_layer_gets_the_incoming_tensor_and_other_layers_are_skipped():
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "linear", "use_bias": False}),
                                 ("Dropout", {"rate": 0.5}),
                                 ("Activation", {"activation": "relu"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    model = build_model(spec, seed=1)
    x = unit_square(20).x_train
    pre = layer_pre_activations(model, x)
    assert list(pre) == ["dense", "activation", "dense_1"]
    np.testing.assert_allclose(pre["dense"]["z"], x @ model.get_weights()["dense/kernel"], rtol=1e-6)
    np.testing.assert_array_equal(pre["activation"]["z"], pre["dense"]["output"])  # Dropout is off at inference
    assert pre["activation"]["activation"] == "relu"


def test_shares_of_saturated_and_dead_units_on_a_hand_made_model():
    dataset = unit_square(1000)
    probe = ActivationStatsProbe(sample_size=256, bins=40, max_rate=None)
    stats = probe(hand_made_model(), dataset)["activations"]
    x = probe.x
    assert x.shape == (256, 2)

    relu, tanh, sigmoid = stats["dense"], stats["dense_1"], stats["dense_2"]
    assert relu["activation"] == "relu" and relu["dead_units"] == 1 and relu["dead"] == pytest.approx(1 / 3)
    assert relu["saturated"] is None
    z = 10.0 * np.maximum(x[:, 0].astype(np.float64) - 0.5, 0.0) - 5.0
    expected_tanh = (256 + np.count_nonzero(np.abs(z) > 2.9932)) / (2 * 256)
    assert 0.55 < expected_tanh < 0.9  # the design gives a fraction, not 0 or 1
    assert tanh["saturated"] == pytest.approx(expected_tanh) and tanh["dead"] is None
    assert sigmoid["saturated"] == 1.0
    for entry, units in ((relu, 3), (tanh, 2), (sigmoid, 1)):
        assert entry["units"] == units and entry["samples"] == 256
        assert entry["hist"].sum() == 256 * units
        assert len(entry["hist"]) == 40 and len(entry["edges"]) == 41
        assert entry["edges"][0] == -entry["edges"][-1] and entry["edges"][-1] == float(int(entry["edges"][-1]))
    assert sigmoid["edges"][-1] == 10.0  # |z| = 10 exactly: the range ends there
    assert sigmoid["hist"][-1] == 256  # ... and every value falls in the last bin


def test_histogram_counts_where_the_values_are():
    model = hand_made_model()
    x = unit_square(300).x_train
    stats = activation_stats(model, x, bins=12)
    z = layer_pre_activations(model, x)["dense_1"]["z"]
    counts, _ = np.histogram(z, bins=stats["dense_1"]["edges"])
    np.testing.assert_array_equal(stats["dense_1"]["hist"], counts)
    assert stats["dense_1"]["hist"].sum() == 300 * 2


def test_the_sample_is_fixed_per_dataset_and_seeded():
    a, b = unit_square(1000, seed=1), unit_square(1000, seed=2)
    probe = ActivationStatsProbe(sample_size=64, max_rate=None, seed=7)
    first = probe.sample(a).copy()
    assert probe.sample(a) is probe.x and np.array_equal(probe.sample(a), first)
    assert np.array_equal(ActivationStatsProbe(sample_size=64, seed=7).sample(a), first)  # same seed, same rows
    assert not np.array_equal(probe.sample(b), first)  # another dataset: a new sample
    small = unit_square(10)
    assert probe.sample(small).shape == (10, 2)  # smaller than sample_size: all of it
    assert probe.compute(hand_made_model())["activations"]["dense"]["samples"] == 10  # the last sample


def test_calls_are_limited_to_max_rate():
    now = [100.0]
    probe = ActivationStatsProbe(sample_size=16, max_rate=5.0, clock=lambda: now[0])
    model, data = hand_made_model(), unit_square(100)
    assert "activations" in probe(model, data)
    now[0] += 0.1
    assert probe(model, data) == {}  # 0.1 s later: too soon at 5 per second
    assert "activations" in probe.compute(model)  # compute() is not limited
    now[0] += 0.15
    assert "activations" in probe(model, data)
    probe.reset_rate_limit()
    assert "activations" in probe(model, data)


def test_bad_arguments_are_named():
    with pytest.raises(ValueError, match="sample_size"):
        ActivationStatsProbe(sample_size=0)
    with pytest.raises(ValueError, match="max_rate"):
        ActivationStatsProbe(max_rate=0)
    with pytest.raises(ValueError, match="no sample"):
        ActivationStatsProbe().compute(hand_made_model())


def test_tensorflow_backend_gives_the_same_statistics():
    pytest.importorskip("tensorflow")
    from annstudio.backends.tensorflow.model import build_model as build_tf

    x = unit_square(200).x_train
    numpy_stats = activation_stats(hand_made_model(), x)
    tf_stats = activation_stats(hand_made_model(lambda spec, seed: build_tf(spec, seed=seed, device="CPU:0")), x)
    assert list(tf_stats) == list(numpy_stats)
    for name, entry in numpy_stats.items():
        for key in ("activation", "units", "samples", "saturated", "dead", "dead_units"):
            assert tf_stats[name][key] == entry[key], (name, key)
        np.testing.assert_array_equal(tf_stats[name]["edges"], entry["edges"])
        assert np.abs(tf_stats[name]["hist"] - entry["hist"]).sum() <= 2  # float32 rounding at a bin edge


@pytest.mark.parametrize("dtype, big", [("float32", 3e38), ("float64", 1e308)])
def test_pre_activations_near_the_largest_float_are_counted_not_a_crash(dtype, big):
    """A CSV column of 3e38, not standardized: np.histogram over ±3e38 in float32 overflowed and indexed past
    its bins ("IndexError: index -9223372036854775808"), and the Activations tab stopped updating."""
    spec = ModelSpec.stack([1], [("Dense", {"units": 2, "activation": "relu"})])
    model = build_model(spec, seed=0, dtype=dtype)
    model.set_weights({"dense/kernel": np.array([[1.0, -1.0]]), "dense/bias": np.zeros(2)})
    x = np.array([[big], [0.5], [-big]], dtype=dtype)
    stats = activation_stats(model, x)["dense"]
    assert stats["hist"].sum() == 6 and np.isfinite(stats["edges"]).all()
