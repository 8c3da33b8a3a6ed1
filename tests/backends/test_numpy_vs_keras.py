"""The NumPy backend against real Keras: forward passes, gradients, optimizer steps, BatchNorm and Dropout.

Both models get the same weights; gradients come from ``tf.GradientTape`` on Keras' own loss objects plus
``model.losses`` (the regularization penalties), as ``model.fit`` computes them.
"""
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import pytest

tf = pytest.importorskip("tensorflow")
keras = pytest.importorskip("keras")

from annstudio.backends.numpy import build_model  # noqa: E402
from annstudio.backends.numpy.layers import BatchNormalization, Dropout  # noqa: E402
from annstudio.spec import ModelSpec  # noqa: E402
from annstudio.spec.layers import KERAS_ACTIVATIONS  # noqa: E402

TOL = 1e-5
KERAS_LOSSES = {  # (config, dtype) -> loss object. The dtype matters: Keras casts predictions to the loss
    # dtype (float32 by default), which would drop the ``_keras_logits`` of a float64 model's output.
    "mean_squared_error": lambda c, dt: keras.losses.MeanSquaredError(dtype=dt),
    "mean_absolute_error": lambda c, dt: keras.losses.MeanAbsoluteError(dtype=dt),
    "huber": lambda c, dt: keras.losses.Huber(delta=c.get("delta", 1.0), dtype=dt),
    "binary_crossentropy": lambda c, dt: keras.losses.BinaryCrossentropy(from_logits=c.get("from_logits", False), dtype=dt),
    "categorical_crossentropy":
        lambda c, dt: keras.losses.CategoricalCrossentropy(from_logits=c.get("from_logits", False), dtype=dt),
    "sparse_categorical_crossentropy":
        lambda c, dt: keras.losses.SparseCategoricalCrossentropy(from_logits=c.get("from_logits", False), dtype=dt),
}


def keras_model(spec: ModelSpec, dtype: str) -> "keras.Model":
    layers = [keras.Input(shape=spec.input_shape, dtype=dtype)]
    for layer in spec.layers[1:]:
        c = layer.config
        if layer.kind == "Dense":
            def reg(value):
                return None if value is None else keras.regularizers.L1L2(value.get("l1", 0.0), value.get("l2", 0.0))
            layers.append(keras.layers.Dense(c["units"], activation=c["activation"], use_bias=c["use_bias"],
                                             kernel_regularizer=reg(c["kernel_regularizer"]),
                                             bias_regularizer=reg(c["bias_regularizer"]),
                                             dtype=dtype, name=layer.name))
        elif layer.kind == "BatchNormalization":
            layers.append(keras.layers.BatchNormalization(momentum=c["momentum"], epsilon=c["epsilon"], center=c["center"],
                                                          scale=c["scale"], dtype=dtype, name=layer.name))
        elif layer.kind == "Activation":
            layers.append(keras.layers.Activation(c["activation"], dtype=dtype, name=layer.name))
        elif layer.kind == "Dropout":
            layers.append(keras.layers.Dropout(c["rate"], dtype=dtype, name=layer.name))
        elif layer.kind == "Flatten":
            layers.append(keras.layers.Flatten(dtype=dtype, name=layer.name))
        elif layer.kind == "Rescaling":
            layers.append(keras.layers.Rescaling(c["scale"], c["offset"], dtype=dtype, name=layer.name))
        else:
            raise AssertionError(layer.kind)
    return keras.Sequential(layers)


def twin_models(spec, loss, optimizer="sgd", dtype="float64", seed=0):
    ours = build_model(spec, seed=seed, dtype=dtype)
    ours.compile(loss, optimizer)
    theirs = keras_model(spec, dtype)
    theirs.set_weights(list(ours.get_weights().values()))
    return ours, theirs


def keras_loss_and_grads(model, loss_config, x, y):
    config = {"name": loss_config} if isinstance(loss_config, str) else loss_config
    with tf.GradientTape() as tape:
        pred = model(x, training=True)
        loss = KERAS_LOSSES[config["name"]](config, pred.dtype.name)(y, pred)
        if model.losses:
            loss = loss + tf.add_n(model.losses)
    grads = tape.gradient(loss, model.trainable_weights)
    return float(loss), [g.numpy() for g in grads], pred.numpy()


def targets(name, n, k, g):
    if name == "sparse_categorical_crossentropy":
        return g.integers(0, k, n)
    if name == "categorical_crossentropy":
        return np.eye(k)[g.integers(0, k, n)]
    if name == "binary_crossentropy":
        return g.integers(0, 2, (n, k)).astype(float)
    return g.normal(size=(n, k))


def assert_same_gradients(ours, theirs, loss, x, y):
    k_loss, k_grads, k_pred = keras_loss_and_grads(theirs, loss, x, y)
    n_loss, n_grads = ours.loss_and_grads(x, y)
    assert n_loss == pytest.approx(k_loss, abs=TOL, rel=TOL)
    assert list(n_grads) == ["/".join(w.path.split("/")[-2:]) for w in theirs.trainable_weights]
    for (name, grad), k_grad in zip(n_grads.items(), k_grads, strict=True):
        np.testing.assert_allclose(grad, k_grad, atol=TOL, rtol=TOL, err_msg=name)
    return k_pred


# ----------------------------------------------------------------------------- forward & gradients
@pytest.mark.parametrize("activation", sorted(KERAS_ACTIVATIONS))
def test_dense_stack_forward_and_gradients_per_activation(activation):
    g = np.random.default_rng(sorted(KERAS_ACTIVATIONS).index(activation))
    d, h, k, n = (int(v) for v in g.integers(2, 7, size=4))
    spec = ModelSpec.stack([d], [("Dense", {"units": h, "activation": activation}),
                                 ("Dense", {"units": h + 1, "activation": activation}),
                                 ("Dense", {"units": k, "activation": activation})])
    x = g.normal(size=(n, d))
    # float32 forward, as the app runs by default
    ours32, theirs32 = twin_models(spec, "mse", dtype="float32", seed=1)
    np.testing.assert_allclose(ours32.predict(x.astype(np.float32)), theirs32.predict(x.astype(np.float32), verbose=0),
                               atol=TOL, rtol=TOL)
    # float64 gradients
    ours, theirs = twin_models(spec, "mse", seed=1)
    pred = assert_same_gradients(ours, theirs, "mean_squared_error", x, g.normal(size=(n, k)))
    np.testing.assert_allclose(ours.layer_outputs(x, training=True)[spec.layers[-1].name], pred, atol=TOL, rtol=TOL)


LOSS_CASES = [
    ("linear", "mean_squared_error"),
    ("tanh", "mean_absolute_error"),
    ("linear", {"name": "huber", "delta": 0.5}),
    ("sigmoid", "binary_crossentropy"),
    ("linear", {"name": "binary_crossentropy", "from_logits": True}),
    ("relu", "binary_crossentropy"),                    # probabilities path, with clipping
    ("softmax", "categorical_crossentropy"),
    ("linear", {"name": "categorical_crossentropy", "from_logits": True}),
    ("softplus", "categorical_crossentropy"),           # probabilities path: renormalised, clipped
    ("softmax", "sparse_categorical_crossentropy"),
    ("linear", {"name": "sparse_categorical_crossentropy", "from_logits": True}),
    ("softplus", "sparse_categorical_crossentropy"),
    ("sigmoid", "categorical_crossentropy"),            # Keras computes this from the sigmoid's logits
    ("softmax", "binary_crossentropy"),                 # ... and this from the softmax's logits
    ("sigmoid", {"name": "binary_crossentropy", "from_logits": True}),   # Keras ignores from_logits here
]


@pytest.mark.filterwarnings("ignore:.*received `from_logits=True`:UserWarning")
@pytest.mark.parametrize("output, loss", LOSS_CASES, ids=lambda v: v if isinstance(v, str) else str(v))
def test_losses_and_gradients(output, loss):
    name = loss if isinstance(loss, str) else loss["name"]
    g = np.random.default_rng(LOSS_CASES.index((output, loss)))
    d, k, n = int(g.integers(2, 6)), int(g.integers(2, 5)), int(g.integers(3, 9))
    spec = ModelSpec.stack([d], [("Dense", {"units": 5, "activation": "tanh"}),
                                 ("Dense", {"units": k, "activation": output, "kernel_initializer": "he_normal"})])
    ours, theirs = twin_models(spec, loss, seed=2)
    x, y = g.normal(scale=2.0, size=(n, d)), targets(name, n, k, g)
    assert_same_gradients(ours, theirs, loss, x, y)
    # evaluate (inference) agrees with Keras' evaluate too
    theirs.compile(loss=KERAS_LOSSES[name](loss if isinstance(loss, dict) else {}, "float64"))
    assert ours.evaluate(x, y)[0] == pytest.approx(theirs.evaluate(x, y, verbose=0), abs=TOL, rel=TOL)


def test_regularization_penalties_and_gradients():
    spec = ModelSpec.stack([3], [
        ("Dense", {"units": 4, "activation": "relu", "kernel_regularizer": {"l1": 0.01, "l2": 0.02},
                   "bias_initializer": "random_normal", "bias_regularizer": {"l1": 0.05, "l2": 0.0}}),
        ("Dense", {"units": 2, "activation": "softmax", "kernel_regularizer": {"l1": 0.0, "l2": 0.3}}),
    ])
    ours, theirs = twin_models(spec, "sparse_categorical_crossentropy", seed=3)
    g = np.random.default_rng(3)
    x, y = g.normal(size=(6, 3)), g.integers(0, 2, 6)
    assert_same_gradients(ours, theirs, "sparse_categorical_crossentropy", x, y)
    theirs(x)
    assert ours.regularization_loss() == pytest.approx(float(tf.add_n(theirs.losses)), rel=1e-6)


def test_batch_normalization_and_flatten_in_a_model():
    spec = ModelSpec.stack([2, 3], [("Flatten", {}), ("Dense", {"units": 5, "activation": "linear"}),
                                    ("BatchNormalization", {"momentum": 0.8}), ("Activation", {"activation": "elu"}),
                                    ("Dense", {"units": 3, "activation": "softmax"})])
    ours, theirs = twin_models(spec, "sparse_categorical_crossentropy", seed=4)
    g = np.random.default_rng(4)
    x, y = g.normal(size=(7, 2, 3)), g.integers(0, 3, 7)
    assert_same_gradients(ours, theirs, "sparse_categorical_crossentropy", x, y)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_rescaling_forward_and_gradients_match_keras(dtype):
    """Raw pixels through Rescaling(1/255) first, and a Rescaling with an offset between hidden layers
    (where the gradient flows through it): the same outputs and gradients as Keras."""
    spec = ModelSpec.stack([4, 3], [("Rescaling", {}), ("Flatten", {}), ("Dense", {"units": 5, "activation": "tanh"}),
                                    ("Rescaling", {"scale": 2.0, "offset": -1.0}),
                                    ("Dense", {"units": 3, "activation": "softmax"})])
    assert spec.layers[1].config == {"scale": 1 / 255, "offset": 0.0}
    g = np.random.default_rng(7)
    x = g.integers(0, 256, size=(9, 4, 3)).astype(dtype)
    y = g.integers(0, 3, 9)
    ours, theirs = twin_models(spec, "sparse_categorical_crossentropy", dtype=dtype, seed=5)
    # Keras casts the Python floats scale and offset to the layer's dtype through a float32 tensor, so a
    # float64 Keras model scales by float32(1/255) (relative error ~3e-8); the NumPy backend uses the
    # float64 value, like the other float settings (see backends/tensorflow/model.py).
    tol = 1e-6 if dtype == "float32" else 1e-7
    np.testing.assert_allclose(ours.predict(x), theirs.predict(x, verbose=0), atol=tol, rtol=tol)
    ours_out = ours.layer_outputs(x)
    probe = keras.Model(theirs.inputs, [layer.output for layer in theirs.layers])
    for layer, out in zip(spec.layers[1:], probe(x), strict=True):
        np.testing.assert_allclose(ours_out[layer.name], out.numpy(), atol=tol, rtol=tol, err_msg=layer.name)
    if dtype == "float64":
        assert_same_gradients(ours, theirs, "sparse_categorical_crossentropy", x, y)
    assert ours.count_params() == (12 * 5 + 5 + 5 * 3 + 3, 0)


# ----------------------------------------------------------------------------- optimizers
OPTIMIZER_CASES = [
    ("SGD", {"learning_rate": 0.1}),
    ("SGD", {"learning_rate": 0.1, "momentum": 0.9}),
    ("SGD", {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True}),
    ("Adam", {}),
    ("Adam", {"learning_rate": 0.01, "beta_1": 0.8, "amsgrad": True}),
    ("RMSprop", {"learning_rate": 0.01}),
    ("RMSprop", {"learning_rate": 0.01, "centered": True}),
    ("RMSprop", {"learning_rate": 0.01, "momentum": 0.9}),
    ("Adagrad", {"learning_rate": 0.1}),
]


@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("class_name, config", OPTIMIZER_CASES, ids=lambda v: v if isinstance(v, str) else str(v))
def test_optimizer_steps_match_keras(class_name, config, dtype):
    spec = ModelSpec.stack([4], [("Dense", {"units": 6, "activation": "tanh"}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    optimizer = {"class_name": class_name, "config": config}
    ours, theirs = twin_models(spec, "sparse_categorical_crossentropy", optimizer, dtype=dtype, seed=5)
    keras_opt = getattr(keras.optimizers, class_name)(**config)
    loss_fn = keras.losses.SparseCategoricalCrossentropy()
    g = np.random.default_rng(5)
    for _step in range(3):
        x, y = g.normal(size=(8, 4)).astype(dtype), g.integers(0, 3, 8)
        with tf.GradientTape() as tape:
            k_loss = loss_fn(y, theirs(x, training=True))
        keras_opt.apply_gradients(zip(tape.gradient(k_loss, theirs.trainable_weights), theirs.trainable_weights, strict=True))
        n_loss, _ = ours.train_step(x, y)
        assert n_loss == pytest.approx(float(k_loss), rel=TOL, abs=TOL)
    assert ours.get_optimizer_state()["iterations"] == int(keras_opt.iterations.numpy()) == 3
    for (name, value), k_value in zip(ours.get_weights().items(), theirs.get_weights(), strict=True):
        np.testing.assert_allclose(value, k_value, atol=TOL, rtol=TOL, err_msg=name)


# ----------------------------------------------------------------------------- BatchNormalization & Dropout
@pytest.mark.parametrize("center, scale", [(True, True), (False, True), (True, False)])
def test_batch_normalization_layer_matches_keras(center, scale):
    g = np.random.default_rng(6)
    features = 4
    ours = BatchNormalization("bn", features, np.float32, momentum=0.9, epsilon=1e-3, center=center, scale=scale)
    theirs = keras.layers.BatchNormalization(momentum=0.9, epsilon=1e-3, center=center, scale=scale)
    theirs.build((None, features))
    for key in ours.params:
        ours.params[key][...] = g.normal(size=features)
    ours.state["moving_mean"][...] = g.normal(size=features)
    ours.state["moving_variance"][...] = g.uniform(0.5, 2.0, size=features)
    theirs.set_weights([ours.weight(k) for k in ours.weight_order])
    for _step in range(2):
        x = g.normal(loc=1.0, scale=3.0, size=(16, features)).astype(np.float32)
        np.testing.assert_allclose(ours.forward(x, True), theirs(x, training=True).numpy(), atol=TOL, rtol=TOL)
        np.testing.assert_allclose(ours.state["moving_mean"], theirs.moving_mean.numpy(), atol=TOL, rtol=TOL)
        np.testing.assert_allclose(ours.state["moving_variance"], theirs.moving_variance.numpy(), atol=TOL, rtol=TOL)
        np.testing.assert_allclose(ours.forward(x, False), theirs(x, training=False).numpy(), atol=TOL, rtol=TOL)


@pytest.mark.parametrize("rate", [0.0, 0.3, 0.7])
def test_dropout_matches_keras(rate):
    g = np.random.default_rng(7)
    x = g.normal(size=(200, 50)).astype(np.float32)
    ours = Dropout("drop", rate, np.random.default_rng(0), np.float32)
    theirs = keras.layers.Dropout(rate, seed=0)
    # inference: the input unchanged, in both
    np.testing.assert_array_equal(ours.forward(x, False), x)
    np.testing.assert_array_equal(theirs(x, training=False).numpy(), x)
    # training: the same rule (keep with probability 1 - rate, scale kept values by 1 / (1 - rate))
    for out in (ours.forward(x, True), theirs(x, training=True).numpy()):
        kept = out != 0
        np.testing.assert_allclose(out[kept], x[kept] / (1 - rate), rtol=1e-6)
        assert kept.mean() == pytest.approx(1 - rate, abs=0.02)
