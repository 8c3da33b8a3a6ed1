"""NumpyModel behaviour: reproducibility, dtypes, weights, training, optimizer state, configs, initializers."""
import json

import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.initializers import initial_value, weight_rng
from annstudio.backends.numpy.losses import loss_from_config
from annstudio.backends.numpy.optimizers import optimizer_from_config
from annstudio.spec import LayerSpec, ModelSpec

X_XOR = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
Y_XOR = np.array([[0], [1], [1], [0]], dtype=np.float32)

OPTIMIZERS = [
    {"class_name": "SGD", "config": {"learning_rate": 0.1}},
    {"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01, "amsgrad": True}},
    {"class_name": "RMSprop", "config": {"learning_rate": 0.01, "momentum": 0.5, "centered": True}},
    {"class_name": "Adagrad", "config": {"learning_rate": 0.1}},
]


def mlp_spec(dropout=0.0):
    layers = [("Dense", {"units": 16, "activation": "relu"})]
    if dropout:
        layers.append(("Dropout", {"rate": dropout}))
    layers += [("BatchNormalization", {}), ("Dense", {"units": 3, "activation": "softmax"})]
    return ModelSpec.stack([4], layers)


def data(n=32, seed=0):
    g = np.random.default_rng(seed)
    return g.normal(size=(n, 4)).astype(np.float32), g.integers(0, 3, n)


def train(model, steps, x, y, batch=8):
    losses = []
    for step in range(steps):
        start = (step * batch) % len(x)
        losses.append(model.train_step(x[start:start + batch], y[start:start + batch])[0])
    return losses


# ----------------------------------------------------------------------------- reproducibility & dtype
def test_same_seed_gives_bit_identical_weights_and_losses():
    x, y = data()
    runs = []
    for _ in range(2):
        model = build_model(mlp_spec(dropout=0.3), seed=42)
        model.compile("sparse_categorical_crossentropy", {"class_name": "Adam", "config": {}})
        initial = model.get_weights()
        losses = train(model, 6, x, y)
        runs.append((initial, losses, model.get_weights()))
    (w0a, la, wa), (w0b, lb, wb) = runs
    assert list(w0a) == list(w0b)
    assert all(np.array_equal(w0a[k], w0b[k]) for k in w0a)
    assert la == lb
    assert all(np.array_equal(wa[k], wb[k]) for k in wa)
    assert not np.array_equal(wa["dense/kernel"], w0a["dense/kernel"]), "training changed nothing"


def test_different_seeds_give_different_weights():
    a = build_model(mlp_spec(), seed=1).get_weights()
    b = build_model(mlp_spec(), seed=2).get_weights()
    assert not np.array_equal(a["dense/kernel"], b["dense/kernel"])
    assert not np.array_equal(a["dense_1/kernel"], b["dense_1/kernel"])
    np.testing.assert_array_equal(a["dense/bias"], b["dense/bias"])  # zeros either way


def test_weights_depend_on_layer_position_and_name_not_on_other_layers():
    small = build_model(ModelSpec.stack([4], [("Dense", {"units": 16}), ("Dense", {"units": 3})]), seed=5)
    wide = build_model(ModelSpec.stack([4], [("Dense", {"units": 16}), ("Dense", {"units": 9})]), seed=5)
    np.testing.assert_array_equal(small.get_weights()["dense/kernel"], wide.get_weights()["dense/kernel"])


def test_seed_none_draws_a_seed_and_records_it():
    model = build_model(mlp_spec(), seed=None)
    again = build_model(mlp_spec(), seed=model.seed)
    np.testing.assert_array_equal(model.get_weights()["dense/kernel"], again.get_weights()["dense/kernel"])
    with pytest.raises(ValueError, match="seed"):
        build_model(mlp_spec(), seed=-1)


def test_float32_is_the_default_and_float64_is_available():
    x, y = data(8)
    model = build_model(mlp_spec(), seed=0)
    model.compile("sparse_categorical_crossentropy", "sgd")
    assert model.dtype == np.float32
    initial = model.get_weights()
    assert all(w.dtype == np.float32 for w in initial.values())
    loss, out = model.train_step(x.astype(np.float64), y)   # cast on entry
    assert out.dtype == np.float32 and isinstance(loss, float)
    assert model.predict(x).dtype == np.float32
    model64 = build_model(mlp_spec(), seed=0, dtype="float64")
    assert all(w.dtype == np.float64 for w in model64.get_weights().values())
    np.testing.assert_allclose(model64.get_weights()["dense/kernel"], initial["dense/kernel"], rtol=1e-6)
    with pytest.raises(ValueError, match="dtype"):
        build_model(mlp_spec(), dtype="float16")


# ----------------------------------------------------------------------------- weights
def test_get_weights_in_keras_order_as_copies():
    model = build_model(mlp_spec(), seed=0)
    weights = model.get_weights()
    assert list(weights) == [
        "dense/kernel", "dense/bias",
        "batch_normalization/gamma", "batch_normalization/beta",
        "batch_normalization/moving_mean", "batch_normalization/moving_variance",
        "dense_1/kernel", "dense_1/bias",
    ]
    assert weights["dense/kernel"].shape == (4, 16)
    weights["dense/kernel"][...] = 99
    assert not np.any(model.get_weights()["dense/kernel"] == 99)
    assert model.count_params() == (4 * 16 + 16 + 2 * 16 + 16 * 3 + 3, 2 * 16)


def test_set_weights_round_trip_and_errors():
    a, b = build_model(mlp_spec(), seed=1), build_model(mlp_spec(), seed=2)
    b.set_weights(a.get_weights())
    x, _ = data(5)
    np.testing.assert_array_equal(a.predict(x), b.predict(x))
    with pytest.raises(ValueError, match="dense_1/kernel"):
        b.set_weights({"dense/bias": np.zeros(16), "dense_1/kernel": np.zeros((3, 16))})
    assert np.array_equal(b.get_weights()["dense/bias"], a.get_weights()["dense/bias"]), "nothing written on error"
    with pytest.raises(ValueError, match="dense_9/kernel"):
        b.set_weights({"dense_9/kernel": np.zeros((4, 16))})


# ----------------------------------------------------------------------------- training
@pytest.mark.parametrize("optimizer", [
    {"class_name": "SGD", "config": {"learning_rate": 0.5}},
    {"class_name": "Adam", "config": {"learning_rate": 0.05}},
])
def test_xor_is_learned(optimizer):
    spec = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    model = build_model(spec, seed=0)
    model.compile("binary_crossentropy", optimizer)
    first = None
    for _ in range(500):
        loss, _ = model.train_step(X_XOR, Y_XOR)
        first = loss if first is None else first
    accuracy = ((model.predict(X_XOR) > 0.5) == Y_XOR).mean()
    assert accuracy == 1.0
    assert loss < 0.1 < first
    val_loss, outputs = model.evaluate(X_XOR, Y_XOR)
    assert val_loss < 0.1
    np.testing.assert_array_equal(outputs, model.predict(X_XOR))


def test_train_step_returns_outputs_before_the_update_as_a_new_array():
    x, y = data(8)
    model = build_model(mlp_spec(), seed=0)
    model.compile("sparse_categorical_crossentropy", {"class_name": "SGD", "config": {"learning_rate": 0.5}})
    expected_loss = model.compute_loss(x, y, training=True)
    loss, out = model.train_step(x, y)
    assert loss == pytest.approx(expected_loss, rel=1e-6)
    kept = out.copy()
    model.train_step(x, y)
    np.testing.assert_array_equal(out, kept)
    np.testing.assert_allclose(out.sum(axis=1), 1, rtol=1e-6)


def test_evaluate_and_predict_do_not_depend_on_batch_size():
    x, y = data(50)
    model = build_model(mlp_spec(dropout=0.5), seed=0, dtype="float64")
    model.compile("sparse_categorical_crossentropy", "adam")
    train(model, 5, x, y)
    loss_all, out_all = model.evaluate(x, y, batch_size=256)
    loss_small, out_small = model.evaluate(x, y, batch_size=7)
    assert loss_all == pytest.approx(loss_small, rel=1e-12)
    np.testing.assert_allclose(out_all, out_small, rtol=1e-12)
    np.testing.assert_allclose(model.predict(x, batch_size=3), out_all, rtol=1e-12)
    # inference ignores dropout: repeated predictions are identical
    np.testing.assert_array_equal(model.predict(x), model.predict(x))


def test_regularization_is_part_of_the_loss():
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh", "kernel_regularizer": {"l2": 0.5}}),
                                 ("Dense", {"units": 1})])
    model = build_model(spec, seed=0, dtype="float64")
    model.compile("mse", "sgd")
    kernel = model.get_weights()["dense/kernel"]
    assert model.regularization_loss() == pytest.approx(0.5 * np.sum(kernel ** 2))
    y = np.zeros((4, 1))
    loss, _ = model.evaluate(X_XOR, y)
    assert loss == pytest.approx(np.mean(model.predict(X_XOR) ** 2) + 0.5 * np.sum(kernel ** 2))


def test_concatenate_dag_trains():
    spec = ModelSpec([
        LayerSpec("Input", "input", {"shape": [2]}),
        LayerSpec("Dense", "deep", {"units": 8, "activation": "relu"}),
        LayerSpec("Dense", "deep_2", {"units": 8, "activation": "relu"}),
        LayerSpec("Concatenate", "wide_and_deep", {}, inputs=["input", "deep_2"]),
        LayerSpec("Dense", "out", {"units": 1}),
    ])
    g = np.random.default_rng(0)
    x = g.normal(size=(64, 2)).astype(np.float32)
    y = (x[:, :1] * 2 - x[:, 1:] + x[:, :1] ** 2).astype(np.float32)
    model = build_model(spec, seed=0)
    model.compile("mse", {"class_name": "Adam", "config": {"learning_rate": 0.01}})
    losses = [model.train_step(x, y)[0] for _ in range(300)]
    assert losses[-1] < 0.2 * losses[0]


def test_layer_outputs_for_probes():
    model = build_model(mlp_spec(), seed=0)
    x, _ = data(5)
    outs = model.layer_outputs(x)
    assert list(outs) == ["input", "dense", "batch_normalization", "dense_1"]
    assert outs["dense"].shape == (5, 16) and np.all(outs["dense"] >= 0)
    np.testing.assert_array_equal(outs["dense_1"], model.predict(x))


def test_bad_inputs_and_targets_are_reported():
    model = build_model(mlp_spec(), seed=0)
    with pytest.raises(RuntimeError, match="compile"):
        model.train_step(*data(4))
    model.compile("sparse_categorical_crossentropy", "sgd")
    with pytest.raises(ValueError, match="expects"):
        model.train_step(np.zeros((4, 5), np.float32), np.zeros(4, int))
    with pytest.raises(ValueError, match="labels"):
        model.train_step(np.zeros((4, 4), np.float32), np.zeros((4, 3)))


# ----------------------------------------------------------------------------- optimizer state & config
@pytest.mark.parametrize("optimizer", OPTIMIZERS, ids=lambda o: json.dumps(o["config"]))
def test_optimizer_state_resumes_exactly(optimizer):
    x, y = data(48)
    model = build_model(mlp_spec(), seed=3)
    model.compile("sparse_categorical_crossentropy", optimizer)
    train(model, 3, x, y)
    weights, state = model.get_weights(), model.get_optimizer_state()
    assert state["iterations"] == 3
    first = train(model, 3, x[24:], y[24:])
    after_first = model.get_weights()

    fresh = build_model(mlp_spec(), seed=99)
    fresh.compile("sparse_categorical_crossentropy", optimizer)
    fresh.set_weights(weights)
    fresh.set_optimizer_state(state)
    second = train(fresh, 3, x[24:], y[24:])
    assert first == second
    assert all(np.array_equal(after_first[k], fresh.get_weights()[k]) for k in after_first)


def test_optimizer_state_is_required_to_resume():
    # Without the slots, resuming Adam gives different weights: the resume test above can fail.
    x, y = data(48)
    model = build_model(mlp_spec(), seed=3)
    model.compile("sparse_categorical_crossentropy", "adam")
    train(model, 3, x, y)
    weights = model.get_weights()
    train(model, 3, x[24:], y[24:])
    fresh = build_model(mlp_spec(), seed=3)
    fresh.compile("sparse_categorical_crossentropy", "adam")
    fresh.set_weights(weights)
    train(fresh, 3, x[24:], y[24:])
    assert not np.array_equal(model.get_weights()["dense/kernel"], fresh.get_weights()["dense/kernel"])


def test_learning_rate_is_settable_and_part_of_the_state():
    model = build_model(mlp_spec(), seed=0)
    model.compile("sparse_categorical_crossentropy", {"class_name": "SGD", "config": {"learning_rate": 0.05}})
    assert model.learning_rate == 0.05
    model.learning_rate = 0.0
    x, y = data(8)
    before = model.get_weights()
    model.train_step(x, y)
    after = model.get_weights()
    np.testing.assert_array_equal(before["dense/kernel"], after["dense/kernel"])
    assert model.get_optimizer_state()["learning_rate"] == 0.0
    with pytest.raises(ValueError):
        model.learning_rate = -1


@pytest.mark.parametrize("optimizer", OPTIMIZERS, ids=lambda o: json.dumps(o["config"]))
def test_per_name_update_equals_the_flat_update(optimizer):
    g = np.random.default_rng(0)
    shapes = {"a/kernel": (3, 4), "a/bias": (4,), "b/kernel": (4, 2)}
    p1 = {k: g.normal(size=s) for k, s in shapes.items()}
    p2 = {k: v.copy() for k, v in p1.items()}
    flat_p = np.concatenate([v.ravel() for v in p2.values()])
    o1, o2 = optimizer_from_config(optimizer), optimizer_from_config(optimizer)
    o1.build(p1)
    o2.build(p2)
    for _ in range(3):
        grads = {k: g.normal(size=s) for k, s in shapes.items()}
        o1.update(p1, grads)
        o2.update_flat(flat_p, np.concatenate([v.ravel() for v in grads.values()]))
    np.testing.assert_array_equal(np.concatenate([v.ravel() for v in p1.values()]), flat_p)
    assert o1.iterations == o2.iterations == 3


def test_optimizer_configs_round_trip_and_reject_unknowns():
    for config in OPTIMIZERS:
        opt = optimizer_from_config(config)
        again = optimizer_from_config(json.loads(json.dumps(opt.get_config())))
        assert again.config == opt.config
    assert optimizer_from_config("adam").config["epsilon"] == 1e-7
    assert optimizer_from_config({"class_name": "SGD", "config": {}}).config == {
        "learning_rate": 0.01, "momentum": 0.0, "nesterov": False}
    assert optimizer_from_config("Adagrad").config["initial_accumulator_value"] == 0.1
    with pytest.raises(ValueError, match=r"beta1.*learning_rate, beta_1"):
        optimizer_from_config({"class_name": "Adam", "config": {"beta1": 0.9}})
    with pytest.raises(ValueError, match=r"Nadam.*SGD, Adam, RMSprop, Adagrad"):
        optimizer_from_config({"class_name": "Nadam", "config": {}})
    with pytest.raises(ValueError, match="clipnorm"):
        optimizer_from_config({"class_name": "SGD", "config": {"clipnorm": 1.0}})
    # a full Keras get_config() with inactive common arguments is accepted
    keras_like = {"name": "adam", "learning_rate": 0.001, "weight_decay": None, "clipnorm": None,
                  "global_clipnorm": None, "clipvalue": None, "use_ema": False, "ema_momentum": 0.99,
                  "ema_overwrite_frequency": None, "loss_scale_factor": None, "gradient_accumulation_steps": None,
                  "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-07, "amsgrad": False}
    assert optimizer_from_config({"class_name": "Adam", "config": keras_like}).config["beta_2"] == 0.999


def test_loss_configs_and_aliases():
    assert loss_from_config("mse").name == "mean_squared_error"
    assert loss_from_config("MAE").name == "mean_absolute_error"
    assert loss_from_config({"name": "huber", "delta": 2.0}).delta == 2.0
    assert loss_from_config({"name": "bce", "from_logits": True}).from_logits
    assert loss_from_config({"class_name": "SparseCategoricalCrossentropy",
                             "config": {"from_logits": True, "reduction": "sum_over_batch_size"}}).sparse
    with pytest.raises(ValueError, match="hinge"):
        loss_from_config("hinge")
    with pytest.raises(ValueError, match="from_logits"):
        loss_from_config({"name": "mse", "from_logits": True})
    with pytest.raises(ValueError, match="delta"):
        loss_from_config({"name": "mse", "delta": 1.0})


# ----------------------------------------------------------------------------- initializers
@pytest.mark.parametrize("name, check", [
    ("glorot_uniform", lambda w, fi, fo: np.abs(w).max() <= np.sqrt(6 / (fi + fo))
        and np.std(w) == pytest.approx(np.sqrt(2 / (fi + fo)), rel=0.05)),
    ("he_uniform", lambda w, fi, fo: np.abs(w).max() <= np.sqrt(6 / fi)
        and np.std(w) == pytest.approx(np.sqrt(2 / fi), rel=0.05)),
    ("glorot_normal", lambda w, fi, fo: np.abs(w).max() <= 2 * np.sqrt(2 / (fi + fo)) / 0.87962566103423978
        and np.std(w) == pytest.approx(np.sqrt(2 / (fi + fo)), rel=0.05)),
    ("he_normal", lambda w, fi, fo: np.abs(w).max() <= 2 * np.sqrt(2 / fi) / 0.87962566103423978
        and np.std(w) == pytest.approx(np.sqrt(2 / fi), rel=0.05)),
    ("random_normal", lambda w, fi, fo: np.std(w) == pytest.approx(0.05, rel=0.05)),
    ("random_uniform", lambda w, fi, fo: np.abs(w).max() <= 0.05 and np.std(w) == pytest.approx(0.1 / np.sqrt(12), rel=0.05)),
    ("zeros", lambda w, fi, fo: not w.any()),
    ("ones", lambda w, fi, fo: np.all(w == 1)),
])
def test_initializer_distributions(name, check):
    fan_in, fan_out = 200, 100
    w = initial_value(name, (fan_in, fan_out), np.float64, weight_rng(0, 1, "kernel"))
    assert w.shape == (fan_in, fan_out)
    assert check(w, fan_in, fan_out)


def test_initializer_arguments_from_a_keras_config():
    w = initial_value({"class_name": "RandomNormal", "config": {"mean": 3.0, "stddev": 0.5}}, (300, 100),
                      np.float32, weight_rng(0, 1, "kernel"))
    assert w.dtype == np.float32
    assert w.mean() == pytest.approx(3.0, abs=0.01) and w.std() == pytest.approx(0.5, rel=0.02)


def test_every_layer_kind_has_a_builder():
    from annstudio.backends.numpy.layers import BUILDERS
    from annstudio.spec.layer_kinds import KINDS

    assert set(BUILDERS) == set(KINDS)
