"""SGD's step from gradients scaled before backpropagation (``Optimizer.gradient_scale``): the same step as
computing the gradients and then multiplying them, up to float rounding; other optimizers and regularized
models keep the plain path, bit for bit."""
import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.optimizers import optimizer_from_config
from annstudio.spec import ModelSpec

SGDS = [
    {"class_name": "SGD", "config": {"learning_rate": 0.05}},
    {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9}},
    {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9, "nesterov": True}},
]


def spec(regularized=False):
    reg = {"kernel_regularizer": {"class_name": "L2", "config": {"l2": 0.01}}} if regularized else {}
    return ModelSpec.stack([6], [("Dense", {"units": 12, "activation": "relu", **reg}), ("BatchNormalization", {}),
                                 ("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])


def batches(steps=5, n=16, seed=0):
    g = np.random.default_rng(seed)
    return [(g.normal(size=(n, 6)).astype(np.float32), g.integers(0, 3, n)) for _ in range(steps)]


def by_hand(model, optimizer_config, data, dtype):
    """The textbook step: plain gradients of the loss, then the optimizer's update by name."""
    optimizer = optimizer_from_config(optimizer_config)
    weights = {k: v.astype(dtype) for k, v in model.params.items()}
    reference = build_model(model.spec, seed=model.seed, dtype=dtype)
    reference.compile("sparse_categorical_crossentropy", "adam")  # only its loss_and_grads is used
    for x, y in data:
        reference.set_weights(weights)
        _, grads = reference.loss_and_grads(x, y)
        optimizer.update(weights, grads)
    return weights


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("optimizer", SGDS, ids=lambda o: "-".join(map(str, o["config"].values())))
def test_sgd_train_step_is_the_textbook_step(optimizer, dtype):
    data = batches()
    model = build_model(spec(), seed=3, dtype=dtype)
    model.compile("sparse_categorical_crossentropy", optimizer)
    assert model.optimizer.gradient_scale() == pytest.approx(0.05)
    start = {k: v.copy() for k, v in model.params.items()}
    expected = by_hand(model, optimizer, data, dtype)
    for x, y in data:
        model.train_step(x, y)
    tolerance = 1e-5 if dtype == "float32" else 1e-12
    for key, value in model.params.items():
        assert not np.array_equal(value, start[key]), key          # it did train
        np.testing.assert_allclose(value, expected[key], rtol=tolerance, atol=tolerance, err_msg=key)
    assert model.optimizer.iterations == len(data)


@pytest.mark.parametrize("optimizer", SGDS, ids=lambda o: "-".join(map(str, o["config"].values())))
def test_update_flat_scaled_is_update_flat_on_scaled_gradients(optimizer):
    g = np.random.default_rng(1)
    p1 = g.normal(size=50).astype(np.float32)
    p2 = p1.copy()
    o1, o2 = optimizer_from_config(optimizer), optimizer_from_config(optimizer)
    o1.build({"w": p1})
    o2.build({"w": p2})
    for _ in range(3):
        grad = g.normal(size=50).astype(np.float32)
        o1.update_flat(p1, grad)
        o2.update_flat_scaled(p2, grad * np.float32(o2.gradient_scale()))
    np.testing.assert_array_equal(p1, p2)   # lr * g is formed the same way: bit for bit
    assert o1.iterations == o2.iterations == 3


def test_a_regularized_model_and_other_optimizers_take_plain_gradients():
    assert optimizer_from_config({"class_name": "Adam", "config": {}}).gradient_scale() is None
    with pytest.raises(NotImplementedError):
        optimizer_from_config({"class_name": "Adam", "config": {}}).update_flat_scaled(np.zeros(1), np.zeros(1))
    data = batches(3)
    model = build_model(spec(regularized=True), seed=3)
    model.compile("sparse_categorical_crossentropy", SGDS[0])
    expected = by_hand(model, SGDS[0], data, "float32")
    for x, y in data:
        model.train_step(x, y)
    for key, value in model.params.items():  # the penalty's gradient joins the plain path: exactly the textbook step
        np.testing.assert_array_equal(value, expected[key], err_msg=key)
