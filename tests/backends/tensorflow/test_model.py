"""TFModel against its twin, the NumPy backend: weights, layers, losses, optimizers, state, errors."""
import numpy as np
import pytest

tf = pytest.importorskip("tensorflow")
keras = pytest.importorskip("keras")

from annstudio.backends.numpy import build_model as build_numpy  # noqa: E402
from annstudio.backends.tensorflow.model import TFModel, build_model  # noqa: E402
from annstudio.spec import LayerSpec, ModelSpec, SpecError  # noqa: E402

TOL = 1e-5


def wide_and_deep() -> ModelSpec:
    """Cheng et al.'s Wide & Deep: the input goes straight to the output too."""
    return ModelSpec([
        LayerSpec("Input", "input", {"shape": [6]}),
        LayerSpec("Dense", "hidden1", {"units": 12, "activation": "relu"}),
        LayerSpec("Dense", "hidden2", {"units": 8, "activation": "elu"}),
        LayerSpec("Concatenate", "concat", {}, inputs=["input", "hidden2"]),
        LayerSpec("Dense", "output", {"units": 1}),
    ], name="wide_deep")


def batchnorm_stack() -> ModelSpec:
    return ModelSpec.stack([5], [("Dense", {"units": 16, "activation": "linear", "use_bias": False}),
                                 ("BatchNormalization", {"momentum": 0.9}), ("Activation", {"activation": "relu"}),
                                 ("Dense", {"units": 8, "activation": "tanh"}), ("BatchNormalization", {"center": False}),
                                 ("Flatten", {}), ("Dense", {"units": 3, "activation": "softmax"})])


def data(n=48, d=6, seed=0):
    g = np.random.default_rng(seed)
    return g.normal(size=(n, d)).astype(np.float32), g


def twins(spec, loss, optimizer="SGD", dtype="float32", seed=0):
    ours, theirs = build_numpy(spec, seed=seed, dtype=dtype), build_model(spec, seed=seed, dtype=dtype)
    ours.compile(loss, optimizer)
    theirs.compile(loss, optimizer)
    return ours, theirs


# ----------------------------------------------------------------------------- construction & weights
@pytest.mark.parametrize("make", [wide_and_deep, batchnorm_stack], ids=["wide_deep", "batchnorm"])
def test_same_weights_same_keys_same_order_as_numpy(make):
    spec = make()
    ours, theirs = build_numpy(spec, seed=4), build_model(spec, seed=4)
    a, b = ours.get_weights(), theirs.get_weights()
    assert list(a) == list(b) == theirs.weight_names
    for key in a:
        np.testing.assert_array_equal(a[key], b[key], err_msg=key)
        assert b[key].dtype == np.float32
    assert theirs.count_params() == ours.count_params() == spec.count_params()
    layers = [layer for layer in theirs.keras_model.layers if not isinstance(layer, keras.layers.InputLayer)]
    assert [layer.name for layer in layers] == [layer.name for layer in spec.layers[1:]]
    assert [f"{v.path.split('/')[-2]}/{v.name}" for v in theirs.keras_model.weights] == list(b)   # Keras' own order
    assert isinstance(theirs.keras_model, keras.Sequential) == spec.is_plain_stack


def test_wide_and_deep_predictions_and_training_match_numpy():
    spec = wide_and_deep()
    ours, theirs = twins(spec, "mse", {"class_name": "Adam", "config": {"learning_rate": 0.01}}, seed=5)
    x, g = data(40)
    y = g.normal(size=(40, 1)).astype(np.float32)
    for _ in range(5):
        la, pa = ours.train_step(x[:32], y[:32])
        lb, pb = theirs.train_step(x[:32], y[:32])
        assert lb == pytest.approx(la, rel=TOL)
        np.testing.assert_allclose(pb, pa, atol=TOL)
    np.testing.assert_allclose(theirs.predict(x), ours.predict(x), atol=TOL)
    # the same weights give the same predictions, whoever trained them
    fresh = build_model(spec, seed=99)
    fresh.set_weights(ours.get_weights())
    np.testing.assert_allclose(fresh.predict(x, batch_size=7), ours.predict(x), atol=TOL)


def test_batchnorm_stack_predictions_and_moving_statistics_match_numpy():
    spec = batchnorm_stack()
    ours, theirs = twins(spec, "sparse_categorical_crossentropy", "SGD", seed=6)
    x, g = data(64, 5)
    y = g.integers(0, 3, 64)
    for start in (0, 32, 0):
        la, pa = ours.train_step(x[start:start + 32], y[start:start + 32])
        lb, pb = theirs.train_step(x[start:start + 32], y[start:start + 32])
        assert lb == pytest.approx(la, rel=TOL)
        np.testing.assert_allclose(pb, pa, atol=TOL)          # training mode: batch statistics
    for key, value in ours.get_weights().items():               # incl. moving_mean / moving_variance
        np.testing.assert_allclose(theirs.get_weights()[key], value, atol=TOL, err_msg=key)
    np.testing.assert_allclose(theirs.predict(x), ours.predict(x), atol=TOL)   # inference: moving statistics
    outs_a, outs_b = ours.layer_outputs(x[:5]), theirs.layer_outputs(x[:5])
    assert list(outs_a) == list(outs_b) == [layer.name for layer in spec.layers]
    for name in outs_a:
        np.testing.assert_allclose(outs_b[name], outs_a[name], atol=TOL, err_msg=name)
    before = theirs.get_weights()
    theirs.layer_outputs(x[:5], training=True)                  # probes leave no trace
    assert all(np.array_equal(before[k], v) for k, v in theirs.get_weights().items())


def test_rescaling_trains_like_numpy_on_raw_pixels():
    spec = ModelSpec.stack([3, 4], [("Rescaling", {}), ("Flatten", {}), ("Dense", {"units": 6, "activation": "relu"}),
                                    ("Rescaling", {"scale": 0.5, "offset": 0.25}),
                                    ("Dense", {"units": 2, "activation": "softmax"})])
    adam = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    ours, theirs = twins(spec, "sparse_categorical_crossentropy", adam, seed=3)
    g = np.random.default_rng(3)
    x = g.integers(0, 256, size=(32, 3, 4)).astype(np.float32)
    y = g.integers(0, 2, 32)
    for _ in range(3):
        la, pa = ours.train_step(x, y)
        lb, pb = theirs.train_step(x, y)
        assert lb == pytest.approx(la, rel=TOL)
        np.testing.assert_allclose(pb, pa, atol=TOL)
    np.testing.assert_allclose(theirs.predict(x), ours.predict(x), atol=TOL)
    assert theirs.count_params() == ours.count_params() == spec.count_params() == (12 * 6 + 6 + 6 * 2 + 2, 0)
    assert isinstance(theirs.keras_model.layers[0], keras.layers.Rescaling)
    assert theirs.keras_model.layers[0].get_config()["scale"] == 1 / 255


def test_every_layer_kind_is_in_the_keras_allow_list():
    from annstudio.backends.tensorflow.model import KERAS_LAYERS
    from annstudio.spec.layer_kinds import KINDS

    assert set(KERAS_LAYERS) == set(KINDS)


def test_step_and_sign_have_no_keras_equivalent():
    spec = ModelSpec.stack([2], [("Dense", {"units": 2, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "step"})])
    with pytest.raises(SpecError, match=r"layer 'dense_1': activation 'step' has no Keras equivalent.*NumPy backend") as info:
        build_model(spec)
    assert info.value.layer == "dense_1"
    spec = ModelSpec.stack([2], [("Dense", {"units": 2}), ("Activation", {"activation": "sign"})])
    with pytest.raises(SpecError, match="'sign' has no Keras equivalent") as info:
        build_model(spec)
    assert info.value.layer == "activation"


def test_set_weights_checks_names_and_shapes_before_writing():
    model = build_model(wide_and_deep(), seed=1)
    before = model.get_weights()
    with pytest.raises(ValueError, match=r"unknown weight 'hidden1/gamma'; this model has hidden1/kernel, hidden1/bias"):
        model.set_weights({"hidden1/bias": np.ones(12), "hidden1/gamma": np.ones(12)})
    with pytest.raises(ValueError, match=r"weight 'output/kernel' has shape \(20,\), expected \(14, 1\)"):
        model.set_weights({"hidden1/bias": np.ones(12), "output/kernel": np.ones(20)})
    assert all(np.array_equal(before[k], v) for k, v in model.get_weights().items())
    model.set_weights({"hidden1/bias": np.arange(12)})           # a subset, any numeric dtype
    np.testing.assert_array_equal(model.get_weights()["hidden1/bias"], np.arange(12, dtype=np.float32))
    copy = model.get_weights()
    copy["hidden1/bias"][:] = -1                                 # get_weights returns copies
    assert model.get_weights()["hidden1/bias"][0] == 0


def test_errors_name_the_problem():
    model = build_model(ModelSpec.stack([3], [("Dense", {"units": 2, "activation": "softmax"})]), seed=0)
    with pytest.raises(RuntimeError, match="not compiled"):
        model.train_step(np.zeros((2, 3)), np.zeros(2))
    with pytest.raises(RuntimeError, match="not compiled"):
        _ = model.learning_rate
    with pytest.raises(ValueError, match=r"unknown optimizer 'Nadam'"):
        model.compile("sparse_categorical_crossentropy", "Nadam")
    with pytest.raises(ValueError, match="unknown loss 'hinge'"):
        model.compile("hinge", "SGD")
    model.compile("sparse_categorical_crossentropy", "SGD")
    with pytest.raises(ValueError, match=r"inputs have shape \(2, 4\); the model expects \(n, 3\)"):
        model.predict(np.zeros((2, 4)))
    with pytest.raises(ValueError, match="labels of shape"):
        model.train_step(np.zeros((2, 3)), np.zeros((2, 2)))
    with pytest.raises(ValueError, match="dtype must be one of float32, float64"):
        build_model(model.spec, dtype="float16")
    with pytest.raises(ValueError, match="jit_compile"):
        build_model(model.spec, jit_compile="yes")


def test_seedless_models_draw_and_keep_a_seed():
    spec = ModelSpec.stack([3], [("Dense", {"units": 2})])
    a, b = build_model(spec), build_model(spec)
    assert isinstance(a.seed, int) and a.seed != b.seed
    again = build_model(spec, seed=a.seed)
    assert all(np.array_equal(again.get_weights()[k], v) for k, v in a.get_weights().items())


# ----------------------------------------------------------------------------- losses & regularization
LOSS_CASES = [
    ("linear", "mean_squared_error"),
    ("tanh", "mean_absolute_error"),
    ("linear", {"name": "huber", "delta": 0.5}),
    ("sigmoid", "binary_crossentropy"),
    ("linear", {"name": "binary_crossentropy", "from_logits": True}),
    ("sigmoid", {"name": "binary_crossentropy", "from_logits": True}),   # Keras ignores from_logits here
    ("softmax", "categorical_crossentropy"),
    ("softplus", "categorical_crossentropy"),                             # probabilities: renormalised, clipped
    ("linear", {"name": "categorical_crossentropy", "from_logits": True}),
    ("softmax", "sparse_categorical_crossentropy"),
    ("relu", "sparse_categorical_crossentropy"),
]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("output, loss", LOSS_CASES, ids=lambda v: v if isinstance(v, str) else str(v))
def test_losses_match_numpy_in_training_and_evaluation(output, loss, dtype):
    name = loss if isinstance(loss, str) else loss["name"]
    k = 1 if name == "binary_crossentropy" else 3
    spec = ModelSpec.stack([4], [("Dense", {"units": 6, "activation": "tanh",
                                            "kernel_regularizer": {"l1": 0.001, "l2": 0.01}}),
                                 ("Dense", {"units": k, "activation": output, "kernel_initializer": "he_normal",
                                            "bias_regularizer": {"l2": 0.1}})])
    g = np.random.default_rng(LOSS_CASES.index((output, loss)))
    x = g.normal(scale=3.0, size=(20, 4)).astype(dtype)
    if name == "sparse_categorical_crossentropy":
        y = g.integers(0, k, 20)
    elif name in ("categorical_crossentropy",):
        y = np.eye(k)[g.integers(0, k, 20)].astype(dtype)
    elif name == "binary_crossentropy":
        y = g.integers(0, 2, (20, 1)).astype(dtype)
    else:
        y = g.normal(size=(20, k)).astype(dtype)
    ours, theirs = twins(spec, loss, {"class_name": "SGD", "config": {"learning_rate": 0.1}}, dtype=dtype, seed=2)
    # float64: Keras multiplies by the L1/L2 factors after passing them through float32, ~4e-8 relative
    tol = 1e-5 if dtype == "float32" else 1e-8
    for _ in range(3):
        la, pa = ours.train_step(x, y)
        lb, pb = theirs.train_step(x, y)
        assert lb == pytest.approx(la, rel=tol, abs=tol)
        np.testing.assert_allclose(pb, pa, rtol=tol, atol=tol)
        assert pb.dtype == np.dtype(dtype)
    ea, oa = ours.evaluate(x, y, batch_size=8)
    eb, ob = theirs.evaluate(x, y, batch_size=8)
    assert eb == pytest.approx(ea, rel=tol, abs=tol)
    np.testing.assert_allclose(ob, oa, rtol=tol, atol=tol)
    assert theirs.regularization_loss() == pytest.approx(ours.regularization_loss(), rel=tol)
    la, ga = ours.loss_and_grads(x, y)
    lb, gb = theirs.loss_and_grads(x, y)
    assert lb == pytest.approx(la, rel=tol, abs=tol) and list(ga) == list(gb)
    for key in ga:
        np.testing.assert_allclose(gb[key], ga[key], rtol=1e-4 if dtype == "float32" else 1e-8, atol=tol, err_msg=key)


def test_float64_cross_entropy_uses_the_sigmoid_logits():
    """A saturated sigmoid: p rounds to exactly 1, so only the logits give the true (large) loss."""
    spec = ModelSpec.stack([1], [("Dense", {"units": 1, "activation": "sigmoid", "kernel_initializer": "ones"})])
    ours, theirs = twins(spec, "binary_crossentropy", dtype="float64")
    x, y = np.array([[60.0]]), np.array([[0.0]])
    assert theirs.evaluate(x, y)[0] == pytest.approx(60.0, rel=1e-12)
    assert ours.evaluate(x, y)[0] == pytest.approx(60.0, rel=1e-12)


# ----------------------------------------------------------------------------- optimizers & state
OPTIMIZERS = [
    {"class_name": "SGD", "config": {"learning_rate": 0.05}},
    {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9}},
    {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.8, "nesterov": True}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01, "amsgrad": True, "beta_2": 0.99}},
    {"class_name": "RMSprop", "config": {"learning_rate": 0.01}},
    {"class_name": "RMSprop", "config": {"learning_rate": 0.01, "momentum": 0.5, "centered": True}},
    {"class_name": "Adagrad", "config": {"learning_rate": 0.1}},
]


@pytest.mark.parametrize("optimizer", OPTIMIZERS, ids=lambda o: "-".join([o["class_name"], *map(str, list(o["config"])[1:])]))
def test_optimizers_match_numpy_and_share_the_state_format(optimizer):
    spec = ModelSpec.stack([4], [("Dense", {"units": 8, "activation": "tanh"}), ("BatchNormalization", {}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    ours, theirs = twins(spec, "sparse_categorical_crossentropy", optimizer, dtype="float64", seed=7)
    x, g = data(24, 4)
    y = g.integers(0, 3, 24)
    for i in range(6):   # float64; Keras passes momentum, rho, ... through float32 (~1e-9 differences)
        part = slice(0, 24 - 5 * (i % 2))
        assert theirs.train_step(x[part], y[part])[0] == pytest.approx(ours.train_step(x[part], y[part])[0], rel=1e-7)
    sa, sb = ours.get_optimizer_state(), theirs.get_optimizer_state()
    assert sb["class_name"] == sa["class_name"] and sb["iterations"] == sa["iterations"] == 6
    assert sb["learning_rate"] == sa["learning_rate"] == optimizer["config"]["learning_rate"]
    assert list(sb["slots"]) == list(sa["slots"]) == list(ours.optimizer.slot_names)
    for slot, arrays in sa["slots"].items():
        assert list(sb["slots"][slot]) == list(arrays)        # trainable weights, Keras order
        for key, value in arrays.items():
            np.testing.assert_allclose(sb["slots"][slot][key], value, rtol=1e-6, atol=1e-10, err_msg=f"{slot}/{key}")


def test_exact_resume_from_weights_and_optimizer_state_with_dropout():
    spec = ModelSpec.stack([6], [("Dense", {"units": 16, "activation": "relu"}), ("Dropout", {"rate": 0.3}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    x, g = data(32)
    y = g.integers(0, 3, 32)
    adam = {"class_name": "Adam", "config": {"learning_rate": 0.01}}
    first = build_model(spec, seed=3)
    first.compile("sparse_categorical_crossentropy", adam)
    for _ in range(3):
        first.train_step(x, y)
    weights, state = first.get_weights(), first.get_optimizer_state()
    assert set(state["dropout_rng"]) == {"dropout"}
    expected = [first.train_step(x, y)[0] for _ in range(3)]
    resumed = build_model(spec, seed=3)
    resumed.compile("sparse_categorical_crossentropy", adam)
    resumed.set_weights(weights)
    resumed.set_optimizer_state(state)
    assert [resumed.train_step(x, y)[0] for _ in range(3)] == expected
    with pytest.raises(ValueError, match="the optimizer state is for Adam, but the model is compiled with SGD"):
        first.compile("sparse_categorical_crossentropy", "SGD")
        first.set_optimizer_state(state)


def test_numpy_optimizer_state_continues_in_tensorflow():
    spec = ModelSpec.stack([6], [("Dense", {"units": 10, "activation": "relu"}), ("Dense", {"units": 1})])
    x, g = data(30)
    y = g.normal(size=(30, 1))
    ours, theirs = twins(spec, "mse", {"class_name": "RMSprop", "config": {"learning_rate": 0.01, "momentum": 0.5}},
                         dtype="float64", seed=8)
    for _ in range(4):
        ours.train_step(x, y)
    theirs.set_weights(ours.get_weights())
    theirs.set_optimizer_state(ours.get_optimizer_state())
    for _ in range(3):
        assert theirs.train_step(x, y)[0] == pytest.approx(ours.train_step(x, y)[0], rel=1e-9)
    bad = ours.get_optimizer_state()
    bad["slots"]["velocity"]["dense/kernel"] = np.zeros((2, 2))
    with pytest.raises(ValueError, match=r"velocity/dense/kernel has shape \(2, 2\), expected \(6, 10\)"):
        theirs.set_optimizer_state(bad)
    del bad["slots"]["momentum"]
    with pytest.raises(ValueError, match="slots"):
        theirs.set_optimizer_state(bad)


def test_learning_rate_can_be_read_and_changed():
    spec = ModelSpec.stack([6], [("Dense", {"units": 1})])
    model = build_model(spec, seed=0)
    model.compile("mse", {"class_name": "SGD", "config": {"learning_rate": 0.05}})
    assert model.learning_rate == 0.05
    model.learning_rate = 0.0
    before = model.get_weights()
    x, g = data(8)
    model.train_step(x, g.normal(size=(8, 1)))
    assert all(np.array_equal(before[k], v) for k, v in model.get_weights().items())   # lr 0: no change
    model.learning_rate = 0.2
    assert model.learning_rate == 0.2 and model.get_optimizer_state()["learning_rate"] == 0.2
    with pytest.raises(ValueError, match="learning_rate must be a finite number >= 0"):
        model.learning_rate = float("nan")


def test_the_last_smaller_batch_does_not_retrace():
    spec = ModelSpec.stack([6], [("Dense", {"units": 4, "activation": "relu"}), ("Dense", {"units": 2, "activation": "softmax"})])
    model = build_model(spec, seed=0)
    model.compile("sparse_categorical_crossentropy", "Adam")
    x, g = data(40)
    y = g.integers(0, 2, 40)
    for _ in range(3):                                   # three "epochs" of 32 + 8
        model.train_step(x[:32], y[:32])
        model.train_step(x[32:], y[32:])
        model.evaluate(x, y, batch_size=16)
        model.predict(x, batch_size=32)
    model.train_step(x[:5].astype(np.float64), y[:5].astype(np.int32).reshape(-1, 1))   # converted, not retraced
    assert model._train_fn.experimental_get_tracing_count() == 1
    assert model._eval_fn.experimental_get_tracing_count() == 1
    assert model._predict_fn.experimental_get_tracing_count() == 1


def test_same_seed_same_dropout_masks_different_seed_different_masks():
    spec = ModelSpec.stack([6], [("Dense", {"units": 32, "activation": "relu"}), ("Dropout", {"rate": 0.5}),
                                 ("Dense", {"units": 1})])
    x, g = data(16)
    y = g.normal(size=(16, 1))

    def losses(seed):
        model = build_model(spec, seed=seed)
        model.compile("mse", "SGD")
        return [model.train_step(x, y)[0] for _ in range(4)]

    assert losses(1) == losses(1)
    assert losses(1) != losses(2)


def test_is_a_trainable_model():
    from annstudio.backends.base import TrainableModel

    for name in [n for n in dir(TrainableModel) if not n.startswith("_")]:
        assert hasattr(TFModel, name), name


def test_layer_outputs_of_a_one_layer_model():
    # Keras returns a one-output model's tensor unwrapped; each layer still gets its whole batch.
    spec = ModelSpec.stack([3], [("Dense", {"units": 2, "activation": "softmax"})])
    ours = build_model(spec, seed=0)
    x, _ = data(5, 3)
    outs = ours.layer_outputs(x)
    assert {name: out.shape for name, out in outs.items()} == {"input": (5, 3), "dense": (5, 2)}
    np.testing.assert_allclose(outs["dense"], ours.predict(x), atol=TOL)
