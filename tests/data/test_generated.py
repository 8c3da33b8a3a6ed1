"""Logic gates and the 2-D toy sets."""
import numpy as np
import pytest

from annstudio.data import DATASETS, DataError, load_dataset
from annstudio.data.toy2d import CLASSIFICATION, REGRESSION, gaussian_surface

INPUTS = [[0, 0], [0, 1], [1, 0], [1, 1]]


@pytest.mark.parametrize("gate, outputs", [
    ("and", [0, 0, 0, 1]), ("nand", [1, 1, 1, 0]), ("or", [0, 1, 1, 1]), ("nor", [1, 0, 0, 0]), ("xor", [0, 1, 1, 0]),
])
def test_truth_tables(gate, outputs):
    ds = load_dataset(gate)
    assert ds.x_train.tolist() == INPUTS and ds.y_train.tolist() == outputs
    assert np.array_equal(ds.x_test, ds.x_train) and np.array_equal(ds.y_test, ds.y_train)
    assert ds.x_train.dtype == np.float32 and ds.y_train.dtype == np.int64
    assert ds.task == "binary" and ds.input_shape == (2,) and ds.n_classes == 2


def test_gate_weights_from_the_notes_realise_the_tables():
    # CURRICULUM §1: (w1, w2, b) with step(w.x + b)
    for gate, (w1, w2, b) in {"and": (0.5, 0.5, -0.7), "nand": (-0.5, -0.5, 0.7), "or": (0.5, 0.5, -0.4)}.items():
        ds = load_dataset(gate)
        predicted = (ds.x_train @ np.array([w1, w2]) + b > 0).astype(int)
        assert predicted.tolist() == ds.y_train.tolist(), gate


def test_gate_repeat():
    ds = load_dataset("xor", repeat=3)
    assert ds.x_train.shape == (12, 2) and ds.y_train.tolist() == [0, 1, 1, 0] * 3
    with pytest.raises(DataError, match=r"dataset 'xor': parameter 'repeat' = 0 .*accepted: an integer from 1 to 1000"):
        load_dataset("xor", repeat=0)


@pytest.mark.parametrize("name", CLASSIFICATION + REGRESSION)
def test_toy_sets_deterministic_by_seed_and_vary_with_seed(name):
    a = load_dataset(name, noise=0.2, seed=7)
    b = load_dataset(name, noise=0.2, seed=7)
    c = load_dataset(name, noise=0.2, seed=8)
    for part in ("x_train", "y_train", "x_test", "y_test"):
        assert np.array_equal(getattr(a, part), getattr(b, part)), part
    assert not np.array_equal(a.x_train, c.x_train)


@pytest.mark.parametrize("name", CLASSIFICATION + REGRESSION)
def test_toy_sets_shapes_dtypes_ranges(name):
    n = DATASETS[name].params["n_samples"].default
    ds = load_dataset(name, noise=0.5)
    assert ds.x_train.dtype == np.float32 and ds.input_shape == (2,)
    assert ds.n_train + ds.n_test == n and ds.n_test == n // 2  # Playground: test_ratio 0.5
    for x in (ds.x_train, ds.x_test):
        assert np.abs(x).max() < 9.0  # Playground square [-6, 6] (+ noise for gaussians)
    if name in REGRESSION:
        assert ds.task == "regression" and ds.y_train.shape == (ds.n_train, 1) and ds.y_train.dtype == np.float32
        assert np.abs(ds.y_train).max() <= 1.8
    else:
        assert ds.task == "binary" and ds.y_train.dtype == np.int64
        assert set(np.unique(ds.y_train)) == {0, 1}
        assert 0.3 < ds.y_train.mean() < 0.7  # balanced


def test_toy_params_n_samples_and_test_ratio():
    ds = load_dataset("spiral", n_samples=101, test_ratio=0.2)
    assert ds.n_train + ds.n_test == 101 and ds.n_test in (20, 21)
    with pytest.raises(DataError, match=r"'noise' = 0.9 .*accepted: a number from 0 to 0.5"):
        load_dataset("spiral", noise=0.9)
    with pytest.raises(DataError, match=r"'test_ratio' = 0.95 .*from 0.1 to 0.9"):
        load_dataset("moons", test_ratio=0.95)


def test_noise_free_labels_follow_the_geometry():
    circle = load_dataset("toy_circle", noise=0.0)
    r = np.hypot(*circle.x_train.T)
    assert np.all(circle.y_train[r < 2.5] == 1) and np.all(circle.y_train[r >= 3.5] == 0)
    xor = load_dataset("toy_xor", noise=0.0)
    assert np.array_equal(xor.y_train, (xor.x_train[:, 0] * xor.x_train[:, 1] >= 0).astype(int))
    plane = load_dataset("plane", noise=0.0)
    assert np.allclose(plane.y_train[:, 0], plane.x_train.sum(1) / 10, atol=1e-6)
    gauss = load_dataset("multi_gaussian", noise=0.0)
    assert np.allclose(gauss.y_train[:, 0], gaussian_surface(gauss.x_train.astype(float)), atol=1e-6)
    assert gaussian_surface(np.array([[-4.0, 2.5], [0.0, 2.5]])).tolist() == [1.0, -1.0]


def test_noise_flips_some_labels():
    clean = load_dataset("toy_xor", noise=0.0)
    noisy = load_dataset("toy_xor", noise=0.5)
    truth = (noisy.x_train[:, 0] * noisy.x_train[:, 1] >= 0).astype(int)
    assert np.array_equal(clean.y_train, (clean.x_train[:, 0] * clean.x_train[:, 1] >= 0).astype(int))
    assert 0 < np.mean(truth != noisy.y_train) < 0.5
