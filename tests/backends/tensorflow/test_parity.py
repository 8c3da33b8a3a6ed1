"""Backend parity through the real trainer: same seed => same batches and same initial weights, so the
NumPy and TensorFlow backends must report the same per-epoch losses (and validation losses)."""
import numpy as np
import pytest

pytest.importorskip("tensorflow")

from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

from .conftest import ADAM, SGD, history, iris_project, xor_project

REL = 1e-4
EPOCHS = 20


def assert_same_curves(a: dict, b: dict, keys=("loss",)) -> None:
    for key in keys:
        assert len(a[key]) == len(b[key]) == EPOCHS, key
        np.testing.assert_allclose(b[key], a[key], rtol=REL, atol=0, err_msg=key)


@pytest.mark.parametrize("optimizer", [SGD, ADAM], ids=["SGD", "Adam"])
def test_xor_losses_agree(optimizer, xor):
    project = xor_project(optimizer, EPOCHS)
    ours, theirs = history(project, "numpy", xor), history(project, "tensorflow", xor)
    assert_same_curves(ours, theirs)
    assert ours["accuracy"] == theirs["accuracy"]
    assert ours["loss"][-1] < ours["loss"][0]   # it trains


@pytest.mark.parametrize("optimizer", [SGD, ADAM], ids=["SGD", "Adam"])
def test_iris_losses_and_validation_losses_agree(optimizer, iris):
    project = iris_project(optimizer, EPOCHS)
    ours, theirs = history(project, "numpy", iris), history(project, "tensorflow", iris)
    assert set(theirs) == {"loss", "accuracy", "val_loss", "val_accuracy"}
    assert_same_curves(ours, theirs, ("loss", "val_loss"))
    assert ours["loss"][-1] < ours["loss"][0] / 2


FASHION_OPTIMIZERS = [{"class_name": "SGD", "config": {"learning_rate": 0.01}},
                      {"class_name": "Adam", "config": {"learning_rate": 0.001}}]


def fashion_project(fashion, optimizer, dtype, epochs=EPOCHS) -> Project:
    spec = ModelSpec.stack([784], [("Dense", {"units": 300, "activation": "relu"}),
                                   ("Dense", {"units": 100, "activation": "relu"}),
                                   ("Dense", {"units": 10, "activation": "softmax"})], name="fashion")
    return Project(spec, {"name": fashion.name, "params": {}},
                   TrainingConfig(loss="sparse_categorical_crossentropy", optimizer=optimizer, batch_size=64,
                                  epochs=epochs, seed=3, dtype=dtype))


@pytest.mark.parametrize("optimizer", FASHION_OPTIMIZERS, ids=["SGD", "Adam"])
def test_fashion_mnist_mlp_losses_agree_in_float64(optimizer, fashion):
    """The exact comparison: in float64 the two backends agree to ~1e-7 over all 20 epochs (measured:
    SGD 9e-9, Adam 5e-8), so any difference in the loss, the optimizer or the trainer shows."""
    project = fashion_project(fashion, optimizer, "float64")
    ours, theirs = history(project, "numpy", fashion), history(project, "tensorflow", fashion)
    assert_same_curves(ours, theirs)
    assert ours["loss"][-1] < ours["loss"][0] / 2


@pytest.mark.parametrize("optimizer", FASHION_OPTIMIZERS, ids=["SGD", "Adam"])
def test_fashion_mnist_mlp_losses_agree_in_float32(optimizer, fashion):
    """float32 (the default): both backends round at ~1e-7 per operation, but differently (OpenBLAS vs
    oneDNN/Eigen), and a ReLU whose input sits at 0 within rounding can switch on in one run and not in
    the other; from then on the runs drift apart. Measured against the float64 run over 20 epochs: SGD
    drifts to 1.2e-4 (NumPy float32) and 2e-4 (TensorFlow float32); Adam, which rescales every weight's
    step, stays within 3e-7 for 14 epochs, then drifts to several percent -- the NumPy backend against
    its own float64 run just as much. When the chaos starts depends on the BLAS kernels: epoch 15 with the
    AVX-512 ones, epoch 6 with the Haswell ones of an AMD EPYC machine (0.76 % apart by epoch 9). So float32
    SGD is held to 1e-3 over 20 epochs, float32 Adam to 1e-4 over its first 5 epochs and to 2 % over 10; the
    float64 test above is the exact comparison."""
    epochs = 20 if optimizer["class_name"] == "SGD" else 10
    project = fashion_project(fashion, optimizer, "float32", epochs)
    a = np.array(history(project, "numpy", fashion)["loss"])
    b = np.array(history(project, "tensorflow", fashion)["loss"])
    assert len(a) == len(b) == epochs
    if optimizer["class_name"] == "SGD":
        np.testing.assert_allclose(b, a, rtol=1e-3)
    else:
        np.testing.assert_allclose(b[:5], a[:5], rtol=REL)
        np.testing.assert_allclose(b, a, rtol=2e-2)
    assert a[-1] < a[0] / 2
