"""The explained training step: the backend's own numbers, consistent with the chain rule, with central
differences, and with one real training step (NumPy; TensorFlow in test_explain_tensorflow.py)."""
import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.activations import ACTIVATIONS
from annstudio.engine.explain import explain_problem, explain_step, optimizer_update
from annstudio.spec import ModelSpec

TOL = 1e-6


def small_spec(hidden="tanh", out="sigmoid", units=1, bias=True):
    return ModelSpec.stack([3], [("Dense", {"units": 4, "activation": hidden, "use_bias": bias}),
                                 ("Dense", {"units": 3, "activation": "relu"}),
                                 ("Dense", {"units": units, "activation": out})], name="small")


def data(n=6, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3))
    y = (x[:, :1] + x[:, 1:2] > 0).astype(np.float64)
    return x, y


def compiled(spec=None, loss="binary_crossentropy", optimizer="SGD"):
    model = build_model(spec or small_spec(), seed=3, dtype="float64")
    model.compile(loss, optimizer)
    return model


def numerical(model, x, y, key, idx, eps=1e-6):
    w = model.get_weights()[key]
    orig = w[idx]
    w[idx] = orig + eps
    model.set_weights({key: w})
    plus = model.compute_loss(x, y)
    w[idx] = orig - eps
    model.set_weights({key: w})
    minus = model.compute_loss(x, y)
    w[idx] = orig
    model.set_weights({key: w})
    return (plus - minus) / (2 * eps)


def test_forward_numbers_follow_the_notes_formulas():
    model = compiled()
    x, y = data()
    ex = explain_step(model, x, y, sample=2)
    a = x[2]
    weights = model.get_weights()
    for step in ex.layers:
        assert np.allclose(step.a_in, a, atol=TOL)
        z = a @ weights[f"{step.name}/kernel"] + weights[f"{step.name}/bias"]
        assert np.allclose(step.z, z, atol=TOL)
        assert np.allclose(step.a, ACTIVATIONS[step.activation][0](z), atol=TOL)
        a = step.a
    assert np.allclose(ex.output, model.predict(x[2:3])[0], atol=TOL)
    assert ex.loss == pytest.approx(model.compute_loss(x[2:3], y[2:3]), abs=TOL)


def test_gradients_are_the_backends_and_match_central_differences():
    model = compiled()
    x, y = data()
    ex = explain_step(model, x, y, sample=1)
    _, grads = model.loss_and_grads(x[1:2], y[1:2])
    for step in ex.layers:
        assert np.allclose(step.grad_kernel, grads[f"{step.name}/kernel"], atol=TOL)
        assert np.allclose(step.grad_bias, grads[f"{step.name}/bias"], atol=TOL)
        # ∂E/∂W = a⁽ˡ⁻¹⁾ᵀ δ⁽ˡ⁾ for one sample
        assert np.allclose(np.outer(step.a_in, step.delta), step.grad_kernel, atol=TOL)
        for idx in [(0, 0), (step.grad_kernel.shape[0] - 1, step.grad_kernel.shape[1] - 1)]:
            assert step.grad_kernel[idx] == pytest.approx(
                numerical(model, x[1:2], y[1:2], f"{step.name}/kernel", idx), abs=TOL)


def test_delta_follows_the_chain_rule_backwards():
    model = compiled()
    x, y = data()
    ex = explain_step(model, x, y, sample=0)
    weights = model.get_weights()
    for lower, upper in zip(ex.layers[:-1], ex.layers[1:], strict=False):
        df = ACTIVATIONS[lower.activation][1](lower.z)
        expected = (weights[f"{upper.name}/kernel"] @ upper.delta) * df
        assert np.allclose(lower.delta, expected, atol=TOL)
    # sigmoid + binary cross-entropy: the output δ is a − t
    assert ex.layers[-1].delta[0] == pytest.approx(ex.output[0] - y[0, 0], abs=TOL)


def test_delta_without_bias_and_with_penalties():
    spec = small_spec(bias=False)
    spec.layers[2].config["bias_regularizer"] = {"l1": 0.0, "l2": 0.3}
    model = compiled(spec)
    x, y = data()
    ex = explain_step(model, x, y, sample=3)
    weights = model.get_weights()
    for lower, upper in zip(ex.layers[:-1], ex.layers[1:], strict=False):
        df = ACTIVATIONS[lower.activation][1](lower.z)
        assert np.allclose(lower.delta, (weights[f"{upper.name}/kernel"] @ upper.delta) * df, atol=TOL)


OPTIMIZERS = [
    {"class_name": "SGD", "config": {"learning_rate": 0.1}},
    {"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9}},
    {"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01, "amsgrad": True}},
    {"class_name": "RMSprop", "config": {"learning_rate": 0.01}},
    {"class_name": "RMSprop", "config": {"learning_rate": 0.01, "momentum": 0.5, "centered": True}},
    {"class_name": "Adagrad", "config": {"learning_rate": 0.1}},
]


@pytest.mark.parametrize("optimizer", OPTIMIZERS, ids=lambda o: f"{o['class_name']}{sorted(o['config'])}")
def test_written_update_equals_a_real_training_step(optimizer):
    model = compiled(optimizer=optimizer)
    x, y = data()
    for _ in range(3):  # some optimizer state first
        model.train_step(x, y)
    ex = explain_step(model, x, y, sample=4, weight=("dense_1", 2, 1))
    u = ex.update
    assert u.w == model.get_weights()["dense_1/kernel"][2, 1]
    model.train_step(x[4:5], y[4:5])
    assert u.w_new == pytest.approx(model.get_weights()["dense_1/kernel"][2, 1], abs=1e-12)
    state = model.get_optimizer_state()
    for slot, value in u.state_after.items():
        assert value == pytest.approx(state["slots"][slot]["dense_1/kernel"][2, 1], abs=1e-12)
    assert u.step == state["iterations"]
    assert any(line.startswith("w ←") for line in u.lines)


def test_sgd_written_out_with_the_numbers():
    u = optimizer_update({"class_name": "SGD", "config": {"learning_rate": 0.5}}, 0.5, 0, 2.0, 0.25, {})
    assert u.w_new == 1.875
    assert u.lines[-1] == "w ← w − η·g = 2 − 0.5 × 0.25 = 1.875"


def test_refuses_what_it_cannot_show():
    spec = ModelSpec.stack([3], [("Dense", {"units": 4}), ("Dropout", {"rate": 0.5}), ("Dense", {"units": 1})])
    assert "Dropout" in explain_problem(spec)
    model = compiled()
    x, y = data()
    with pytest.raises(ValueError, match="sample"):
        explain_step(model, x, y, sample=6)
    with pytest.raises(ValueError, match="dense_1"):
        explain_step(model, x, y, sample=0, weight=("dense_1", 4, 0))


def test_a_flatten_first_is_explained_on_the_flat_input():
    spec = ModelSpec.stack([2, 3], [("Flatten", {}), ("Dense", {"units": 4, "activation": "relu"}),
                                    ("Dense", {"units": 3, "activation": "softmax"})], name="images")
    model = build_model(spec, seed=0, dtype="float64")
    model.compile("sparse_categorical_crossentropy", "SGD")
    x = np.random.default_rng(1).normal(size=(5, 2, 3))
    y = np.array([0, 1, 2, 1, 0])
    ex = explain_step(model, x, y, sample=1, weight=("dense", 5, 2))
    assert [step.name for step in ex.layers] == ["dense", "dense_1"]
    assert np.allclose(ex.layers[0].a_in, x[1].reshape(-1)) and ex.x.shape == (6,)
    assert np.allclose(np.outer(ex.layers[0].a_in, ex.layers[0].delta), ex.layers[0].grad_kernel, atol=TOL)
    # softmax + cross-entropy: the output δ is a − one_hot(t)
    assert np.allclose(ex.layers[1].delta, ex.output - np.eye(3)[1], atol=TOL)
    assert ex.layers[0].grad_kernel[5, 2] == pytest.approx(
        numerical(model, x[1:2], y[1:2], "dense/kernel", (5, 2)), abs=TOL)
    spec.layers.insert(3, spec.layers[1].__class__("Flatten", "flatten_1", {}))
    assert explain_problem(spec) is not None
