"""Backpropagation vs central differences (eps 1e-6, float64): every layer, activation, loss and the model."""
import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.activations import ACTIVATIONS, get_activation
from annstudio.backends.numpy.gradcheck import (
    check_model_gradients,
    numerical_derivative,
    numerical_gradient,
    relative_error,
)
from annstudio.backends.numpy.layers import (
    Activation,
    BatchNormalization,
    Concatenate,
    Dense,
    Dropout,
    Flatten,
)
from annstudio.backends.numpy.losses import LOSSES, loss_from_config
from annstudio.spec import LayerSpec, ModelSpec

TOL = 1e-6
DIFFERENTIABLE = [name for name in ACTIVATIONS if get_activation(name).has_gradient]


def rng(seed=0):
    return np.random.default_rng(seed)


# ----------------------------------------------------------------------------- activations
@pytest.mark.parametrize("name", DIFFERENTIABLE)
def test_activation_derivative_matches_central_difference(name):
    f, df = ACTIVATIONS[name]
    z = rng().normal(scale=2.0, size=50)
    z = z[np.abs(z) > 1e-3]                      # keep away from the kinks of relu & co.
    if name == "softmax":                        # df is the Jacobian diagonal: vary one entry at a time
        numeric = np.array([numerical_derivative(lambda v, i=i: f(np.r_[z[:i], v, z[i + 1:]])[i], z[i])
                            for i in range(len(z))])
    else:
        numeric = numerical_derivative(f, z)
    assert relative_error(df(z), numeric) < TOL


@pytest.mark.parametrize("name", ["step", "sign"])
def test_step_and_sign_have_zero_derivative(name):
    f, df = ACTIVATIONS[name]
    z = np.array([-2.0, -1e-9, 0.0, 1e-9, 3.0])
    assert np.all(df(z) == 0)
    assert not get_activation(name).has_gradient


# ----------------------------------------------------------------------------- layers
def check_layer(layer, x, training=True, before_call=lambda: None, multi=False):
    """Compare layer.backward with numerical gradients of sum(forward(x) * R) w.r.t. x and every param."""
    before_call()
    out = layer.forward(x, training)
    r = rng(1).normal(size=out.shape)
    grad_x = layer.backward(r)
    grads = {k: g.copy() for k, g in layer.grads.items()}
    grad_x = [g.copy() for g in grad_x] if multi else grad_x.copy()

    def f(_):
        before_call()
        return float(np.sum(layer.forward(x, training) * r))

    errors = {}
    for i, xi in enumerate(x if multi else [x]):
        errors[f"x{i}"] = relative_error(grad_x[i] if multi else grad_x, numerical_gradient(f, xi))
    for key, p in layer.params.items():
        errors[key] = relative_error(grads[key], numerical_gradient(f, p))
    assert max(errors.values()) < TOL, errors
    return errors


@pytest.mark.parametrize("activation", DIFFERENTIABLE)
def test_dense_layer(activation):
    g = rng(2)
    layer = Dense("d", g.normal(size=(4, 3)), g.normal(size=3), activation)
    check_layer(layer, g.normal(size=(5, 4)))


def test_dense_without_bias_and_with_logits_kept():
    g = rng(3)
    layer = Dense("d", g.normal(size=(4, 3)), None, "tanh")
    layer.keep_logits = True
    errors = check_layer(layer, g.normal(size=(5, 4)))
    assert set(errors) == {"x0", "kernel"}


@pytest.mark.parametrize("activation", DIFFERENTIABLE)
def test_activation_layer(activation):
    check_layer(Activation("a", activation, np.float64), rng(4).normal(size=(6, 5)))


def test_dropout_layer_in_training_with_a_fixed_mask():
    g = np.random.default_rng(5)
    state = g.bit_generator.state
    layer = Dropout("drop", 0.4, g, np.float64)

    def same_mask():
        g.bit_generator.state = state

    check_layer(layer, rng(6).normal(size=(8, 5)), before_call=same_mask)
    assert np.any(layer._mask == 0) and np.any(layer._mask > 1)


def test_flatten_layer():
    check_layer(Flatten("f", np.float64), rng(7).normal(size=(3, 2, 4)))


def test_concatenate_layer_splits_the_gradient():
    g = rng(8)
    check_layer(Concatenate("c", -1, np.float64), [g.normal(size=(4, 2)), g.normal(size=(4, 3))], multi=True)


@pytest.mark.parametrize("center, scale", [(True, True), (False, True), (True, False)])
def test_batch_normalization_in_training_mode(center, scale):
    g = rng(9)
    layer = BatchNormalization("bn", 3, np.float64, center=center, scale=scale)
    for key in layer.params:
        layer.params[key][...] = g.normal(size=3)
    check_layer(layer, g.normal(loc=2.0, scale=3.0, size=(7, 3)))


def test_batch_normalization_in_inference_mode():
    g = rng(10)
    layer = BatchNormalization("bn", 3, np.float64)
    layer.state["moving_mean"][...] = g.normal(size=3)
    layer.state["moving_variance"][...] = g.uniform(0.5, 2.0, size=3)
    check_layer(layer, g.normal(size=(5, 3)), training=False)


# ----------------------------------------------------------------------------- losses
def targets(name, shape, g):
    n, k = shape
    if name == "sparse_categorical_crossentropy":
        return g.integers(0, k, n)
    if name == "categorical_crossentropy":
        return np.eye(k)[g.integers(0, k, n)]
    if name == "binary_crossentropy":
        return g.integers(0, 2, shape).astype(float)
    return g.normal(size=shape)


@pytest.mark.parametrize("name, from_logits", [
    (name, from_logits) for name, cls in LOSSES.items() for from_logits in (False, True)
    if cls.crossentropy or not from_logits
])
def test_loss_gradient(name, from_logits):
    loss = loss_from_config({"name": name, "from_logits": from_logits})
    g = rng(11)
    shape = (6, 4)
    y = targets(name, shape, g)
    if from_logits or not loss.crossentropy:
        y_pred = g.normal(scale=2.0, size=shape)
    else:  # probabilities, not normalised, so CCE's renormalisation is exercised too
        y_pred = g.uniform(0.05, 0.95, size=shape)
    value, grad = loss.value_and_grad(y, y_pred)
    assert value == pytest.approx(loss.value(y, y_pred))
    numeric = numerical_gradient(lambda p: loss.value(y, p), y_pred)
    assert relative_error(grad, numeric) < TOL


def test_huber_gradient_with_both_branches():
    loss = loss_from_config({"name": "huber", "delta": 0.7})
    y = np.zeros((5, 3))
    y_pred = rng(12).normal(scale=1.5, size=(5, 3))
    assert np.any(np.abs(y_pred) > 0.7) and np.any(np.abs(y_pred) < 0.7)
    _, grad = loss.value_and_grad(y, y_pred)
    assert relative_error(grad, numerical_gradient(lambda p: loss.value(y, p), y_pred)) < TOL


@pytest.mark.parametrize("name", ["binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy"])
def test_logits_shortcut_gradient_is_p_minus_y(name):
    loss = loss_from_config(name)
    g = rng(13)
    y = targets(name, (6, 4), g)
    z = g.normal(scale=3.0, size=(6, 4))
    value, grad = loss.logits_value_and_grad(y, z)
    numeric = numerical_gradient(lambda v: loss.logits_value_and_grad(y, v, need_grad=False)[0], z)
    assert relative_error(grad, numeric) < TOL


# ----------------------------------------------------------------------------- whole models
def model(spec, loss, seed=0):
    m = build_model(spec, seed=seed, dtype="float64")
    m.compile(loss, {"class_name": "SGD", "config": {}})
    return m


def assert_model_gradients(m, x, y):
    errors = check_model_gradients(m, x, y)
    assert errors and max(errors.values()) < TOL, errors


@pytest.mark.parametrize("output, loss", [
    ("sigmoid", "binary_crossentropy"),
    ("softmax", "categorical_crossentropy"),
    ("softmax", "sparse_categorical_crossentropy"),
    ("sigmoid", "categorical_crossentropy"),          # Keras' logits quirk: softmax CE of the sigmoid's logits
    ("linear", {"name": "categorical_crossentropy", "from_logits": True}),
    ("linear", "mean_squared_error"),
    ("tanh", "mean_absolute_error"),
    ("elu", "huber"),
])
def test_model_gradients_for_outputs_and_losses(output, loss):
    spec = ModelSpec.stack([3], [("Dense", {"units": 5, "activation": "tanh"}),
                                 ("Dense", {"units": 4, "activation": output})])
    g = rng(14)
    name = loss if isinstance(loss, str) else loss["name"]
    assert_model_gradients(model(spec, loss), g.normal(size=(6, 3)), targets(name, (6, 4), g))


def test_model_gradients_with_l1_l2_regularization():
    spec = ModelSpec.stack([3], [
        ("Dense", {"units": 5, "activation": "relu", "kernel_regularizer": {"l1": 0.01, "l2": 0.02},
                   "bias_initializer": "random_normal", "bias_regularizer": {"l1": 0.03, "l2": 0.0}}),
        ("Dense", {"units": 1, "activation": "sigmoid", "kernel_regularizer": {"class_name": "L2", "config": {"l2": 0.1}}}),
    ])
    m = model(spec, "binary_crossentropy")
    g = rng(15)
    x, y = g.normal(size=(8, 3)), g.integers(0, 2, (8, 1)).astype(float)
    assert m.regularization_loss() > 0
    assert m.compute_loss(x, y) == pytest.approx(m.loss.value(y, m.predict(x)) + m.regularization_loss())
    assert_model_gradients(m, x, y)


def test_model_gradients_through_a_concatenate_dag():
    # Wide & Deep: the input feeds both the deep path and the Concatenate; dense_1 feeds two layers.
    spec = ModelSpec([
        LayerSpec("Input", "input", {"shape": [3]}),
        LayerSpec("Dense", "dense", {"units": 4, "activation": "relu"}),
        LayerSpec("Dense", "dense_1", {"units": 4, "activation": "tanh"}),
        LayerSpec("Dense", "side", {"units": 2, "activation": "softplus"}, inputs=["dense_1"]),
        LayerSpec("Concatenate", "concatenate", {}, inputs=["input", "dense_1", "side"]),
        LayerSpec("Dense", "out", {"units": 1, "activation": "linear"}),
    ])
    g = rng(16)
    assert_model_gradients(model(spec, "mse"), g.normal(size=(7, 3)), g.normal(size=(7, 1)))


def test_model_gradients_with_batch_normalization_dropout_and_flatten():
    spec = ModelSpec.stack([2, 3], [
        ("Flatten", {}),
        ("Dense", {"units": 6, "activation": "linear", "use_bias": False}),  # BN cancels a bias: its gradient is 0
        ("BatchNormalization", {"momentum": 0.9}),
        ("Activation", {"activation": "leaky_relu"}),
        ("Dropout", {"rate": 0.3}),
        ("Dense", {"units": 3, "activation": "softmax"}),
    ])
    m = model(spec, "sparse_categorical_crossentropy")
    g = rng(17)
    x, y = g.normal(size=(9, 2, 3)), g.integers(0, 3, 9)
    before = m.get_weights()
    assert_model_gradients(m, x, y)
    after = m.get_weights()
    assert all(np.array_equal(before[k], after[k]) for k in before), "gradient checks must not change weights"


def test_gradient_check_detects_a_wrong_gradient():
    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "tanh"}), ("Dense", {"units": 1})])
    m = model(spec, "mse")
    layer = m.layers[1]
    original = layer.backward_logits
    layer.backward_logits = lambda gz: original(gz * 1.01)  # a 1% error must be caught
    g = rng(18)
    errors = check_model_gradients(m, g.normal(size=(5, 2)), g.normal(size=(5, 1)))
    assert max(errors.values()) > 1e-3
