"""Plain SGD applied by the Dense layers during the backward pass (``Layer.step``, ``blas.subtract_xt_g``):
the same weights, bit for bit, as computing every gradient and then updating the flat parameters."""
import numpy as np
import pytest

from annstudio.backends.numpy import blas, build_model, model as numpy_model
from annstudio.spec import ModelSpec


@pytest.fixture(autouse=True)
def small_models_step_in_backward(monkeypatch):
    """These small models take the path too (by default only models of 2**17 parameters and more do)."""
    monkeypatch.setattr(numpy_model, "STEPS_IN_BACKWARD_MIN_PARAMS", 0)


def dense_spec():
    return ModelSpec.stack([5, 6], [("Flatten", {}), ("Dense", {"units": 40, "activation": "relu"}),
                                    ("Dense", {"units": 20, "activation": "tanh"}),
                                    ("Dense", {"units": 4, "activation": "softmax"})])


def train(dtype, *, in_backward=True, batch=32, steps=6, optimizer=None, spec=None):
    model = build_model(spec or dense_spec(), seed=7, dtype=dtype)
    model.compile("sparse_categorical_crossentropy", optimizer or {"class_name": "SGD", "config": {"learning_rate": 0.1}})
    if not in_backward:
        model._steps_in_backward = False  # the path before: gradients, then one update of the flat parameters
    g = np.random.default_rng(0)
    for _ in range(steps):
        model.train_step(g.normal(size=(batch, 5, 6)).astype(dtype), g.integers(0, 4, batch))
    return model


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_step_in_backward_gives_the_same_weights_bit_for_bit(dtype):
    fused, plain = train(dtype), train(dtype, in_backward=False)
    assert fused._steps_in_backward and fused.optimizer.steps_in_backward()
    start = build_model(dense_spec(), seed=7, dtype=dtype).get_weights()
    for key, value in fused.get_weights().items():
        assert not np.array_equal(value, start[key]), key  # it trained
        np.testing.assert_array_equal(value, plain.get_weights()[key], err_msg=key)
    assert fused.optimizer.iterations == plain.optimizer.iterations == 6


def test_without_the_blas_call_the_numpy_fallback_gives_the_same_weights(monkeypatch):
    expected = train(np.float32).get_weights()
    monkeypatch.setattr(blas, "_GEMMS", {"f": None, "d": None})  # as where NumPy's OpenBLAS is not found
    for key, value in train(np.float32).get_weights().items():
        np.testing.assert_array_equal(value, expected[key], err_msg=key)


def test_momentum_and_batch_normalization_keep_the_update_after_backward():
    momentum = train(np.float32, optimizer={"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9}})
    assert not momentum.optimizer.steps_in_backward()
    spec = ModelSpec.stack([5, 6], [("Flatten", {}), ("Dense", {"units": 8, "activation": "relu"}),
                                    ("BatchNormalization", {}), ("Dense", {"units": 4, "activation": "softmax"})])
    assert not train(np.float32, spec=spec)._steps_in_backward


def test_subtract_xt_g_on_any_layout():
    g = np.random.default_rng(1)
    w = g.normal(size=(6, 3)).astype(np.float32)
    for x in (g.normal(size=(8, 6)).astype(np.float32), g.normal(size=(8, 12)).astype(np.float32)[:, ::2],
              np.zeros((0, 6), np.float32)):
        gz = g.normal(size=(len(x), 3)).astype(np.float32)
        expected = w - np.dot(x.T, gz)
        blas.subtract_xt_g(w, x, gz, np.empty_like(w))
        np.testing.assert_array_equal(w, expected)


def test_numpy_s_own_openblas_is_found_where_numpy_ships_one():
    if not blas._numpy_openblas():
        pytest.skip("this NumPy does not ship its own OpenBLAS (the two-step fallback is used)")
    assert blas.gemm("float32") is not None and blas.gemm("float64") is not None


def test_only_large_models_step_in_backward(monkeypatch):
    monkeypatch.undo()
    sgd = {"class_name": "SGD", "config": {"learning_rate": 0.01}}
    small = build_model(ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                              ("Dense", {"units": 1, "activation": "sigmoid"})]), seed=0)
    small.compile("binary_crossentropy", sgd)
    recipe = build_model(ModelSpec.stack([28, 28], [("Flatten", {}), ("Dense", {"units": 300, "activation": "relu"}),
                                                    ("Dense", {"units": 100, "activation": "relu"}),
                                                    ("Dense", {"units": 10, "activation": "softmax"})]), seed=0)
    recipe.compile("sparse_categorical_crossentropy", sgd)
    assert not small._steps_in_backward  # a playground network: the ctypes calls would cost more than they save
    assert recipe._steps_in_backward and recipe.optimizer.steps_in_backward()  # the notes' recipe
