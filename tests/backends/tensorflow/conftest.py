"""Shared helpers for the TensorFlow backend's tests (they need real TensorFlow; skipped without it)."""
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import pytest

from annstudio.data import DataError, Dataset, load_dataset
from annstudio.engine.session import create_run
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

SGD = {"class_name": "SGD", "config": {"learning_rate": 0.05}}
ADAM = {"class_name": "Adam", "config": {"learning_rate": 0.01}}


def history(project: Project, backend: str, dataset: Dataset, **kwargs) -> dict:
    """Run the real trainer to the end and return the terminal event's history."""
    events = list(create_run(project, backend, dataset=dataset, **kwargs).events())
    assert events[-1]["event"] == "finished", events[-1]
    return events[-1]["history"]


def xor_project(optimizer, epochs=20, batch_size=4) -> Project:
    spec = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})], name="xor")
    return Project(spec, {"name": "xor", "params": {}},
                   TrainingConfig(loss="binary_crossentropy", optimizer=optimizer, batch_size=batch_size, epochs=epochs,
                                  seed=1))


def iris_project(optimizer, epochs=20, **training) -> Project:
    spec = ModelSpec.stack([4], [("Dense", {"units": 16, "activation": "relu"}),
                                 ("Dense", {"units": 3, "activation": "softmax"})], name="iris")
    cfg = dict(loss="sparse_categorical_crossentropy", optimizer=optimizer, batch_size=16, epochs=epochs, seed=2,
               validation_split=0.2)
    cfg.update(training)
    return Project(spec, {"name": "iris", "params": {}}, TrainingConfig(**cfg))


def fashion_subset() -> Dataset:
    """2,000 Fashion-MNIST training images (784-d); random 784-d data only when the files are absent."""
    try:
        return load_dataset("fashion_mnist", validation=0, limit_train=2000, limit_test=500, flatten=True)
    except (DataError, OSError):
        rng = np.random.default_rng(0)
        x = rng.random((2000, 784), dtype=np.float32)
        y = rng.integers(0, 10, 2000)
        return Dataset("random_images", x, y, x[:500], y[:500], task="multiclass")


@pytest.fixture(scope="session")
def fashion():
    return fashion_subset()


@pytest.fixture(scope="session")
def xor():
    return load_dataset("xor")


@pytest.fixture(scope="session")
def iris():
    return load_dataset("iris")
