"""The explained step on the TensorFlow backend: the same numbers as the NumPy backend (same seed, same
initial weights) within 1e-6 in float64, and its written update equals one real TensorFlow step."""
import os

import numpy as np

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import pytest

pytest.importorskip("tensorflow")

from annstudio.backends.numpy import build_model as numpy_model
from annstudio.backends.tensorflow.model import build_model as tf_model
from annstudio.engine.explain import explain_step
from annstudio.engine.gradient_check import check_model

from .test_explain import data, small_spec

TOL = 1e-6


def both(optimizer):
    models = []
    for build in (numpy_model, tf_model):
        model = build(small_spec(), seed=3, dtype="float64")
        model.compile("binary_crossentropy", optimizer)
        models.append(model)
    return models


@pytest.mark.parametrize("optimizer", [{"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9}},
                                       {"class_name": "Adam", "config": {"learning_rate": 0.01}}],
                         ids=["sgd-momentum", "adam"])
def test_tensorflow_explains_the_same_step_and_its_update_is_real(optimizer):
    x, y = data()
    explained = []
    for model in both(optimizer):
        for _ in range(2):
            model.train_step(x, y)
        explained.append((model, explain_step(model, x, y, sample=5, weight=("dense", 1, 3))))
    (_, ex_np), (tfm, ex_tf) = explained
    assert ex_tf.loss == pytest.approx(ex_np.loss, abs=TOL)
    for a, b in zip(ex_np.layers, ex_tf.layers, strict=True):
        for field in ("a_in", "z", "a", "delta", "grad_kernel", "grad_bias"):
            assert np.allclose(getattr(a, field), getattr(b, field), atol=TOL), (a.name, field)
    _, grads = tfm.loss_and_grads(x[5:6], y[5:6])
    for step in ex_tf.layers:
        assert np.allclose(step.grad_kernel, grads[f"{step.name}/kernel"], atol=TOL)
    u = ex_tf.update
    assert u.w_new == pytest.approx(ex_np.update.w_new, abs=TOL)
    tfm.train_step(x[5:6], y[5:6])
    assert u.w_new == pytest.approx(tfm.get_weights()["dense/kernel"][1, 3], abs=1e-9)


def test_tensorflow_gradients_pass_the_finite_difference_check():
    x, y = data()
    model = tf_model(small_spec(), seed=3, dtype="float32")
    model.compile("binary_crossentropy", "SGD")
    rows = check_model(model, x, y, samples=3)
    assert len(rows) == 3 * 4 + 4 + 4 * 3 + 3 + 3 + 1
    assert max(r.relative_error for r in rows if abs(r.analytic) > 1e-6) < 1e-6
