import numpy as np
import pytest

from annstudio.data import Dataset
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec


def xor_dataset(repeat=1):
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]] * repeat, dtype=np.float32)
    y = np.array([0, 1, 1, 0] * repeat, dtype=np.int64)
    return Dataset("xor", x, y, x.copy(), y.copy(), task="binary")


def blobs_dataset(n=200, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    centers = np.array([[0, 3], [3, 0], [-3, -3]], dtype=np.float32)
    x = (centers[y] + rng.normal(0, 1.0, (n, 2))).astype(np.float32)
    return Dataset("blobs", x[: n // 2], y[: n // 2], x[n // 2:], y[n // 2:], task="multiclass")


def regression_dataset(n=200, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3)).astype(np.float32)
    y = (x @ np.array([[1.0], [-2.0], [0.5]]) + 0.1 * rng.normal(size=(n, 1))).astype(np.float32)
    return Dataset("linear", x[: n // 2], y[: n // 2], x[n // 2:], y[n // 2:], task="regression")


def xor_project(**training):
    spec = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})], name="xor")
    cfg = dict(loss="binary_crossentropy", optimizer={"class_name": "Adam", "config": {"learning_rate": 0.05}},
               batch_size=4, epochs=300, seed=1)
    cfg.update(training)
    return Project(spec, {"name": "xor", "params": {}}, TrainingConfig(**cfg), name="xor")


@pytest.fixture
def xor():
    return xor_dataset()
