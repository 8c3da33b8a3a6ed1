"""``dense_chain``: the plain SGD training step of a chain of Dense layers in C. It is built wherever a C compiler
is, it is what trains the notes' recipe, it gives the NumPy path's losses, outputs and weights bit for bit (any
loss, with and without biases, split kernels or not, odd last batches), and models it cannot run keep the NumPy
path."""
import shutil
import sysconfig

import numpy as np
import pytest

from annstudio.backends.numpy import build_model, dense_chain
from annstudio.data import Dataset
from annstudio.engine.session import create_run
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

SGD = {"class_name": "SGD", "config": {"learning_rate": 0.05}}


def stack(sizes, activations, use_bias=True, flatten=False, extra=()):
    layers = [("Flatten", {})] if flatten else []
    layers += [("Dense", {"units": units, "activation": act, "use_bias": use_bias})
               for units, act in zip(sizes[1:], activations, strict=True)]
    layers += list(extra)
    return ModelSpec.stack([28, 28] if flatten else [sizes[0]], layers)


def train(spec, loss, batch, steps, native, optimizer=SGD, classes=10, dtype="float32"):
    """(model, [(loss, outputs) per step]) after ``steps`` steps on random batches (every fifth a third as big)."""
    model = build_model(spec, seed=0, dtype=dtype)
    model.compile(loss, optimizer)
    if not native:
        model._chain = None
    rng = np.random.default_rng(1)
    results = []
    for i in range(steps):
        n = batch if i % 5 else max(2, batch // 3)
        x = rng.random((n, *spec.input_shape), dtype=np.float32)
        y = rng.integers(0, classes, n) if loss.startswith("sparse") else rng.random((n, classes), dtype=np.float32)
        value, out = model.train_step(x, y)
        results.append((value, out))
    return model, results


def test_the_library_is_built_where_a_c_compiler_is():
    if shutil.which(sysconfig.get_config_var("CC").split()[0] if sysconfig.get_config_var("CC") else "cc") is None:
        pytest.skip("no C compiler here: the NumPy path runs (the install does not fail)")
    assert dense_chain.library_path() is not None, "pip install built no _dense_chain library"
    assert dense_chain.library() is not None


def chain_or_skip(model):
    if dense_chain.library() is None:
        pytest.skip("the C library is not built here")
    assert model._chain is not None
    return model._chain


RECIPE = stack([784, 300, 100, 10], ["relu", "relu", "softmax"], flatten=True)


@pytest.mark.parametrize("spec, loss, batch, classes", [
    (RECIPE, "sparse_categorical_crossentropy", 32, 10),     # the recipe: layer 1 split in halves
    (RECIPE, "sparse_categorical_crossentropy", 256, 10),    # layers 1 and 2 split
    (RECIPE, "sparse_categorical_crossentropy", 100, 10),
    (stack([600, 400, 50, 3], ["linear", "relu", "softmax"], use_bias=False), "categorical_crossentropy", 64, 3),
    (stack([600, 400, 50, 3], ["relu", "relu", "linear"]), "mse", 48, 3),
    (stack([600, 400, 50, 3], ["relu", "relu", "sigmoid"]), "binary_crossentropy", 17, 3),
    (stack([1000, 300, 2], ["relu", "tanh"]), "mse", 600, 2),               # above MAX_ROWS: nothing split
])
def test_the_c_step_gives_the_numpy_paths_numbers_bit_for_bit(spec, loss, batch, classes):
    native, native_steps = train(spec, loss, batch, 23, True, classes=classes)
    chain = chain_or_skip(native)
    assert chain._batches, "train_step did not go through the chain"
    plain, plain_steps = train(spec, loss, batch, 23, False, classes=classes)
    for (v1, out1), (v2, out2) in zip(native_steps, plain_steps, strict=True):
        assert v1 == v2
        np.testing.assert_array_equal(out1, out2)
    for key, value in plain.params.items():
        np.testing.assert_array_equal(native.params[key], value, err_msg=key)
    assert native.optimizer.iterations == plain.optimizer.iterations == 23


def test_a_nan_in_the_batch_reaches_the_loss_as_in_numpy():
    spec = stack([784, 300, 100, 10], ["relu", "relu", "softmax"])
    values = []
    for native in (True, False):
        model = build_model(spec, seed=0)
        model.compile("sparse_categorical_crossentropy", SGD)
        if not native:
            model._chain = None
        x = np.random.default_rng(0).random((32, 784), dtype=np.float32)
        x[3, 5] = np.nan
        with np.errstate(invalid="ignore"):
            values.append(model.train_step(x, np.zeros(32, int))[0])
    assert np.isnan(values[0]) and np.isnan(values[1])


@pytest.mark.parametrize("case", ["momentum", "adam", "l2", "tanh hidden", "dropout", "float64", "small"])
def test_models_the_chain_cannot_run_keep_the_numpy_path(case):
    if dense_chain.library() is None:
        pytest.skip("the C library is not built here")
    optimizer, dtype = SGD, "float32"
    spec = stack([784, 300, 100, 10], ["relu", "relu", "softmax"])
    if case == "momentum":
        optimizer = {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9}}
    elif case == "adam":
        optimizer = {"class_name": "Adam", "config": {"learning_rate": 0.001}}
    elif case == "l2":
        spec = ModelSpec.stack([784], [("Dense", {"units": 300, "activation": "relu", "kernel_regularizer":
                                                  {"class_name": "L2", "config": {"l2": 0.01}}}),
                                       ("Dense", {"units": 10, "activation": "softmax"})])
    elif case == "tanh hidden":
        spec = stack([784, 300, 100, 10], ["relu", "tanh", "softmax"])
    elif case == "dropout":
        spec = ModelSpec.stack([784], [("Dense", {"units": 300, "activation": "relu"}), ("Dropout", {"rate": 0.2}),
                                       ("Dense", {"units": 10, "activation": "softmax"})])
    elif case == "float64":
        dtype = "float64"
    else:   # below STEPS_IN_BACKWARD_MIN_PARAMS: the weights move after the backward pass
        spec = stack([64, 32, 10], ["relu", "softmax"])
    model, _ = train(spec, "sparse_categorical_crossentropy", 32, 3, True, optimizer=optimizer, dtype=dtype)
    assert model._chain is None


def test_only_a_plain_stack_of_vectors_is_a_chain():
    """Validation refuses a Dense on a batch of matrices and dangling branches; the chain checks again, for what
    validation may someday allow."""
    model = build_model(stack([784, 300, 100, 10], ["relu", "relu", "softmax"]), seed=0)
    model.compile("sparse_categorical_crossentropy", SGD)
    chain_or_skip(model)
    assert dense_chain.DenseChain.for_model(model.layers, [0, 1, 2], (784,)) is not None
    assert dense_chain.DenseChain.for_model(model.layers, [0, 0, 2], (784,)) is None      # a branch
    assert dense_chain.DenseChain.for_model(model.layers, [0, 1, 2], (2, 392)) is None    # rows of vectors


def test_the_trainer_trains_the_recipe_through_the_chain(monkeypatch):
    """A run the way the app and ``annstudio train`` make it: the recipe's model on images, two epochs, with and
    without the library; the chain is used, and the two runs end with the same weights and history."""
    rng = np.random.default_rng(5)
    data = Dataset(name="images", x_train=rng.random((300, 28, 28), dtype=np.float32),
                   y_train=rng.integers(0, 10, 300), x_test=rng.random((40, 28, 28), dtype=np.float32),
                   y_test=rng.integers(0, 10, 40), task="multiclass")
    project = Project(RECIPE, {"name": "images", "params": {}},
                      TrainingConfig(loss="sparse_categorical_crossentropy", optimizer=SGD, batch_size=32, epochs=2,
                                     seed=0, metrics=["accuracy"]))
    results = []
    for native in (True, False):
        if not native:
            monkeypatch.setattr(dense_chain, "_LIBRARY", [None])
        elif dense_chain.library() is None:
            pytest.skip("the C library is not built here")
        run = create_run(project, dataset=data)
        events = [e for e in run.events() if e["event"] == "epoch_end"]
        model = run.model
        assert (model._chain is not None) == native
        results.append((model.get_weights(), [e["logs"]["loss"] for e in events]))
    (w1, h1), (w2, h2) = results
    assert h1 == h2
    for key in w2:
        np.testing.assert_array_equal(w1[key], w2[key], err_msg=key)


@pytest.mark.parametrize("how", ["deepcopy", "pickle"])
def test_a_copied_model_trains_its_own_weights(how):
    """The chain holds the addresses of its model's arrays: a copy drops it rather than step the original. (The
    kernel halves' ctypes functions cannot be copied at all, so they are taken off here.)"""
    import copy
    import pickle

    model = build_model(RECIPE, seed=0)
    model.compile("sparse_categorical_crossentropy", SGD)
    for layer in model.layers:
        layer.halves = None
    chain_or_skip(model)
    x = np.random.default_rng(1).random((32, 28, 28), dtype=np.float32)
    model.train_step(x, np.ones(32, int))
    before = model.get_weights()
    twin = copy.deepcopy(model) if how == "deepcopy" else pickle.loads(pickle.dumps(model))
    assert twin._chain is None
    x = np.random.default_rng(2).random((32, 28, 28), dtype=np.float32)
    twin.train_step(x, np.zeros(32, int))
    for key, value in model.get_weights().items():
        np.testing.assert_array_equal(value, before[key], err_msg=key)
    assert any(not np.array_equal(twin.get_weights()[k], before[k]) for k in before)


def test_a_library_built_from_another_version_of_the_c_file_is_not_used():
    lib = dense_chain.library()
    if lib is None:
        pytest.skip("the C library is not built here")
    assert dense_chain.matches(lib)

    class Stale:
        @staticmethod
        def chain_layout():
            return (dense_chain.CHAIN_VERSION - 1) * 1_000_000 + 400

    class Older:   # built before chain_layout existed
        pass

    assert not dense_chain.matches(Stale())
    assert not dense_chain.matches(Older())
