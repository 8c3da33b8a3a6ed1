""".h5 files between annstudio and real Keras: both directions, round trips, CURRICULUM §2, resume state, atomicity."""
import json
import os

import h5py
import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.io.h5_read import H5Error, load_h5
from annstudio.io.h5_write import save_h5
from annstudio.spec import ModelSpec

from .helpers import inputs_for, mixed_stack, plain_stack, trained_like, wide_and_deep

TOL = 1e-5
LOSS = {"name": "binary_crossentropy", "from_logits": False}
OPTIMIZER = {"class_name": "Adam", "config": {"learning_rate": 0.002, "beta_1": 0.85, "beta_2": 0.995,
                                               "epsilon": 1e-6, "amsgrad": True}}


def numpy_predict(contents, x):
    model = build_model(contents.spec, seed=0, dtype=contents.dtype)
    model.set_weights(contents.weights)
    return model.predict(x)


# --------------------------------------------------------------------------- annstudio -> Keras
@pytest.mark.parametrize("make", [plain_stack, wide_and_deep, mixed_stack])
def test_keras_loads_annstudio_files_compiled_and_predicts_the_same(make, keras, tmp_path):
    spec = make()
    model = trained_like(spec)
    path = tmp_path / "m.h5"
    save_h5(path, spec, model.get_weights(), loss=LOSS, optimizer=OPTIMIZER, metrics=["accuracy"])
    loaded = keras.models.load_model(path)            # compile=True
    x = inputs_for(spec)
    assert np.abs(loaded.predict(x, verbose=0) - model.predict(x)).max() <= TOL
    assert type(loaded).__name__ == ("Sequential" if spec.is_plain_stack else "Functional")
    assert [layer.name for layer in loaded.layers] == [layer.name for layer in spec.layers if
                                                        not (spec.is_plain_stack and layer.kind == "Input")]
    opt = loaded.optimizer.get_config()
    assert type(loaded.optimizer).__name__ == "Adam"
    assert opt["learning_rate"] == pytest.approx(0.002) and opt["beta_1"] == pytest.approx(0.85)
    assert opt["beta_2"] == pytest.approx(0.995) and opt["epsilon"] == 1e-6 and opt["amsgrad"] is True
    assert loaded.loss.__name__ == "binary_crossentropy"
    # The compiled model trains (the loss and the optimizer really work).
    y = np.random.default_rng(0).integers(0, 2, (len(x), *model.output_shape)).astype("float32")
    assert np.isfinite(loaded.fit(x, y, epochs=1, verbose=0).history["loss"][0])


def test_keras_restores_loss_arguments(keras, tmp_path):
    spec = plain_stack()
    path = tmp_path / "m.h5"
    save_h5(path, spec, trained_like(spec).get_weights(), loss={"name": "huber", "delta": 2.5},
            optimizer={"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True}})
    loaded = keras.models.load_model(path)
    assert loaded.loss._fn_kwargs == {"delta": 2.5}
    assert loaded.optimizer.get_config()["nesterov"] is True


# --------------------------------------------------------------------------- Keras -> annstudio
def keras_sequential(keras):
    return keras.Sequential([
        keras.Input((4, 3)), keras.layers.Flatten(), keras.layers.Dense(10, activation="relu"),
        keras.layers.BatchNormalization(momentum=0.5), keras.layers.Dropout(0.4),
        keras.layers.Dense(6), keras.layers.Activation("tanh"), keras.layers.Dense(2, activation="softmax"),
    ])


def keras_wide_and_deep(keras):
    inp = keras.Input((8,), name="features")
    h1 = keras.layers.Dense(30, activation="relu")(inp)
    h2 = keras.layers.Dense(30, activation="relu")(h1)
    concat = keras.layers.Concatenate()([inp, h2])
    return keras.Model(inp, keras.layers.Dense(1)(concat))


def keras_nested(keras):
    inp = keras.Input((5,))
    h = keras.layers.Dense(7, activation="sigmoid")(inp)
    c = keras.layers.Concatenate()([inp, h])
    head = keras.Sequential([keras.layers.Dense(6, activation="elu"), keras.layers.BatchNormalization(),
                             keras.layers.Dropout(0.2), keras.layers.Dense(3)], name="head")
    out = keras.layers.Activation("softmax")(head(c))
    return keras.Model(inp, out)


def keras_built_sequential(keras):
    model = keras.Sequential([keras.layers.Dense(4, activation="leaky_relu"), keras.layers.Dense(1, activation="softplus")])
    model.build((None, 3))
    return model


def keras_sequential_in_sequential(keras):
    inner = keras.Sequential([keras.layers.Dense(5, activation="tanh"), keras.layers.BatchNormalization(),
                              keras.layers.Dense(4, activation="relu")], name="block")
    return keras.Sequential([keras.Input((3,)), inner, keras.layers.Dense(2)])


KERAS_MODELS = [keras_sequential, keras_wide_and_deep, keras_nested, keras_built_sequential,
                keras_sequential_in_sequential]


def keras_fitted(keras, make, loss="mean_squared_error"):
    """A Keras model fitted a few steps so BatchNormalization's moving statistics are non-trivial."""
    keras.utils.set_random_seed(3)
    model = make(keras)
    model.compile(loss=loss, optimizer=keras.optimizers.Adam(0.01), metrics=["mae"])
    x = np.random.default_rng(4).normal(1.0, 2.0, (64, *model.input_shape[1:])).astype("float32")
    y = np.random.default_rng(5).normal(size=(64, *model.output_shape[1:])).astype("float32")
    model.fit(x, y, epochs=2, batch_size=16, verbose=0)
    return model, x


@pytest.mark.parametrize("make", KERAS_MODELS)
def test_keras_files_load_into_numpy_with_the_same_predictions(make, keras, tmp_path):
    model, x = keras_fitted(keras, make)
    path = tmp_path / "m.h5"
    model.save(path)
    contents = load_h5(path)
    assert np.abs(numpy_predict(contents, x) - model.predict(x, verbose=0)).max() <= TOL
    assert contents.keras_version == keras.__version__ and contents.dtype == "float32"
    assert contents.loss == {"name": "mean_squared_error"} and contents.metrics == ["mae"]
    assert contents.optimizer["class_name"] == "Adam"
    assert contents.optimizer["config"]["learning_rate"] == pytest.approx(0.01)
    assert contents.state is None and contents.notes == ()
    bn = [k for k in contents.weights if k.endswith("moving_mean")]
    for key in bn:   # fitting moved the statistics away from their initial values
        assert np.abs(contents.weights[key]).max() > 1e-3
        assert np.abs(contents.weights[key.replace("mean", "variance")] - 1).max() > 1e-3


def test_keras_sequential_maps_every_layer_kind(keras, tmp_path):
    model, _ = keras_fitted(keras, keras_sequential)
    model.save(tmp_path / "m.h5")
    spec = load_h5(tmp_path / "m.h5").spec
    assert [layer.kind for layer in spec.layers] == [
        "Input", "Flatten", "Dense", "BatchNormalization", "Dropout", "Dense", "Activation", "Dense"]
    assert spec.layers[3].config["momentum"] == 0.5 and spec.layers[4].config["rate"] == 0.4


def test_nested_sequential_weights_are_mapped_trainable_first(keras, tmp_path):
    model, _ = keras_fitted(keras, keras_nested)
    model.save(tmp_path / "m.h5")
    contents = load_h5(tmp_path / "m.h5")
    head = model.get_layer("head")
    for layer in head.layers:
        for w in layer.weights:
            key = f"{layer.name}/{w.name}"
            assert np.array_equal(contents.weights[key], w.numpy()), key
    assert contents.spec.layers[-1].kind == "Activation"


def test_keras_list_form_functional_file(keras, tmp_path):
    """A file whose Functional config uses the older ``[[[layer, 0, 0, {}]]]`` inbound form."""
    model, x = keras_fitted(keras, keras_wide_and_deep)
    path = tmp_path / "m.h5"
    model.save(path)
    with h5py.File(path, "r+") as f:
        cfg = json.loads(f.attrs["model_config"])
        for layer in cfg["config"]["layers"]:
            layer["inbound_nodes"] = [
                [[*t["config"]["keras_history"], {}] for t in (node["args"][0] if isinstance(node["args"][0], list)
                                                               else node["args"])]
                for node in layer["inbound_nodes"]]
        f.attrs["model_config"] = json.dumps(cfg)
    assert np.abs(keras.models.load_model(path).predict(x, verbose=0) - model.predict(x, verbose=0)).max() == 0
    assert np.abs(numpy_predict(load_h5(path), x) - model.predict(x, verbose=0)).max() <= TOL


def test_float64_files_both_ways(keras, tmp_path):
    spec = wide_and_deep()
    model = trained_like(spec, dtype="float64")
    save_h5(tmp_path / "m.h5", spec, model.get_weights(), dtype="float64")
    contents = load_h5(tmp_path / "m.h5")
    assert contents.dtype == "float64" and all(w.dtype == np.float64 for w in contents.weights.values())
    x = inputs_for(spec, dtype="float64")
    loaded = keras.models.load_model(tmp_path / "m.h5")
    assert all(w.dtype == "float64" for w in loaded.weights)
    # ``model(x)``: Keras' ``predict`` feeds float32 batches (its data adapter casts to floatx).
    assert np.abs(np.asarray(loaded(x)) - model.predict(x)).max() <= 1e-12


def test_reading_and_writing_import_neither_tensorflow_nor_keras():
    import subprocess
    import sys

    code = ("import sys, annstudio.io.h5_read, annstudio.io.h5_write, annstudio.spec.keras_model\n"
            "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {'tensorflow', 'keras', 'PySide6'})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


# --------------------------------------------------------------------------- CURRICULUM §2
CURRICULUM = {
    "dense/kernel": [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], "dense/bias": [0.1, 0.2, 0.3],
    "dense_1/kernel": [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], "dense_1/bias": [0.1, 0.2],
    "dense_2/kernel": [[0.1, 0.3], [0.2, 0.4]], "dense_2/bias": [0.1, 0.2],
}
EXPECTED_Y = [0.31682708, 0.69627909]


@pytest.mark.parametrize("dtype, tol", [("float32", 1e-6), ("float64", 1e-8)])
def test_curriculum_network_predicts_the_reference_in_annstudio_and_keras(dtype, tol, keras, tmp_path):
    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "sigmoid"}),
                                 ("Dense", {"units": 2, "activation": "sigmoid"}),
                                 ("Dense", {"units": 2, "activation": "linear"})])
    path = tmp_path / "curriculum.h5"
    save_h5(path, spec, {k: np.array(v) for k, v in CURRICULUM.items()}, dtype=dtype)
    x = np.array([[1.0, 0.5]], dtype)
    contents = load_h5(path)
    np.testing.assert_allclose(numpy_predict(contents, x)[0], EXPECTED_Y, rtol=0, atol=tol)
    np.testing.assert_allclose(np.asarray(keras.models.load_model(path)(x))[0], EXPECTED_Y, rtol=0, atol=tol)


# --------------------------------------------------------------------------- lossless round trips
def h5_snapshot(path):
    """Everything Keras reads from a file, as comparable plain data (weights as raw bytes)."""
    out = {}
    with h5py.File(path, "r") as f:
        out["attrs"] = {k: f.attrs[k] for k in ("backend", "keras_version", "model_config", "training_config")
                        if k in f.attrs}

        def visit(name, obj):
            if isinstance(obj, h5py.Dataset):
                out[name] = (obj.dtype.str, obj.shape, obj[()].tobytes())
            else:
                out[name] = {k: np.asarray(v).tolist() for k, v in obj.attrs.items()}
        f["model_weights"].visititems(visit)
        out["model_weights"] = {k: np.asarray(v).tolist() for k, v in f["model_weights"].attrs.items()}
    return out


@pytest.mark.parametrize("make", [plain_stack, wide_and_deep, mixed_stack])
def test_annstudio_file_round_trip_is_bit_identical(make, tmp_path):
    spec = make()
    save_h5(tmp_path / "a.h5", spec, trained_like(spec).get_weights(), loss=LOSS, optimizer=OPTIMIZER,
            metrics=["accuracy", "mae"])
    c = load_h5(tmp_path / "a.h5")
    assert c.spec == spec and c.loss == LOSS and c.metrics == ["accuracy", "mae"]
    save_h5(tmp_path / "b.h5", c.spec, c.weights, loss=c.loss, optimizer=c.optimizer, metrics=c.metrics, dtype=c.dtype)
    assert h5_snapshot(tmp_path / "a.h5") == h5_snapshot(tmp_path / "b.h5")


@pytest.mark.parametrize("make", KERAS_MODELS)
def test_keras_file_round_trip_keeps_weights_bits_and_training_config(make, keras, tmp_path):
    model, x = keras_fitted(keras, make)
    model.save(tmp_path / "k.h5")
    c = load_h5(tmp_path / "k.h5")
    save_h5(tmp_path / "a.h5", c.spec, c.weights, loss=c.loss, optimizer=c.optimizer, metrics=c.metrics)
    again = load_h5(tmp_path / "a.h5")
    assert again.spec == c.spec and again.loss == c.loss and again.optimizer == c.optimizer
    assert again.metrics == c.metrics
    assert list(again.weights) == list(c.weights)
    for key in c.weights:
        assert again.weights[key].dtype == c.weights[key].dtype
        assert again.weights[key].tobytes() == c.weights[key].tobytes(), key
    # And Keras sees the same model in both files.
    reloaded = keras.models.load_model(tmp_path / "a.h5")
    assert np.array_equal(reloaded.predict(x, verbose=0), model.predict(x, verbose=0))
    assert reloaded.optimizer.get_config()["learning_rate"] == model.optimizer.get_config()["learning_rate"]


def test_weight_names_as_fixed_or_variable_length_strings(tmp_path):
    spec = plain_stack()
    weights = trained_like(spec).get_weights()
    save_h5(tmp_path / "m.h5", spec, weights)
    with h5py.File(tmp_path / "m.h5", "r+") as f:
        g = f["model_weights/dense"]
        names = [n.encode() if isinstance(n, str) else n for n in g.attrs["weight_names"]]
        g.attrs["weight_names"] = np.array(names, dtype="S")                        # fixed length
        g = f["model_weights/dense_1"]
        g.attrs["weight_names"] = np.array([n.decode() if isinstance(n, bytes) else n for n in g.attrs["weight_names"]],
                                           dtype=h5py.string_dtype())               # variable length
        assert isinstance(f["model_weights/dense"].attrs["weight_names"][0], np.bytes_)
    c = load_h5(tmp_path / "m.h5")
    assert all(np.array_equal(c.weights[k], weights[k]) for k in weights)


def test_long_name_lists_are_split_like_keras(keras, tmp_path):
    from keras.src.legacy.saving.legacy_h5_format import load_attributes_from_hdf5_group

    spec = ModelSpec.stack([2], [("Activation", {"activation": "linear"})] * 1100)
    for i, layer in enumerate(spec.layers[1:]):
        layer.name = f"an_activation_layer_with_a_rather_long_and_descriptive_name_number_{i:04d}"
    save_h5(tmp_path / "m.h5", spec, {})
    with h5py.File(tmp_path / "m.h5", "r") as f:
        group = f["model_weights"]
        assert "layer_names" not in group.attrs and "layer_names0" in group.attrs and "layer_names1" in group.attrs
        assert load_attributes_from_hdf5_group(group, "layer_names") == [layer.name for layer in spec.layers[1:]]
    assert load_h5(tmp_path / "m.h5").spec == spec


# --------------------------------------------------------------------------- resume state
def assert_same_tree(a, b, where="state"):
    assert type(a) is type(b), f"{where}: {type(a)} != {type(b)}"
    if isinstance(a, dict):
        assert list(a) == list(b), where
        for k in a:
            assert_same_tree(a[k], b[k], f"{where}[{k!r}]")
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same_tree(x, y, f"{where}[{i}]")
    elif isinstance(a, (np.ndarray, np.generic)):
        assert a.dtype == b.dtype and np.shape(a) == np.shape(b) and a.tobytes() == b.tobytes(), where
    elif isinstance(a, float) and np.isnan(a):
        assert np.isnan(b), where
    else:
        assert a == b, where


def resume_state():
    rng = np.random.default_rng(123)
    rng.normal(size=7)
    return {
        "trainer": {
            "next_epoch": 5, "step": 160,
            "history": {"loss": [0.9, 0.5, float("nan"), 0.1 + 0.2, 1e-310], "val_loss": [float("inf"), -0.0]},
            "shuffle_rng": rng.bit_generator.state,
            "optimizer": {"class_name": "Adam", "iterations": np.int64(160), "learning_rate": np.float32(0.001),
                          "slots": {"m": {"dense/kernel": rng.normal(size=(3, 8)).astype("float32"),
                                          "dense/bias": np.zeros(8, "float32")},
                                    "v": {"dense/kernel": rng.random((3, 8))}}},
        },
        "flags": np.array([True, False]), "counts": np.arange(5, dtype=np.uint16), "pair": (1, "two", None),
        "complex": np.array([1 + 2j]), "empty": {}, "nothing": [],
    }


def test_resume_state_round_trips_bit_exactly_and_keras_ignores_it(keras, tmp_path):
    spec = plain_stack()
    model = trained_like(spec)
    state = resume_state()
    save_h5(tmp_path / "m.h5", spec, model.get_weights(), loss=LOSS, optimizer=OPTIMIZER, state=state)
    assert_same_tree(state, load_h5(tmp_path / "m.h5").state)
    with h5py.File(tmp_path / "m.h5", "r") as f:
        assert "annstudio_state" in f and "optimizer_weights" not in f
    loaded = keras.models.load_model(tmp_path / "m.h5")
    x = inputs_for(spec)
    assert np.abs(loaded.predict(x, verbose=0) - model.predict(x)).max() <= TOL
    # The restored RNG state continues the same stream.
    restored = np.random.default_rng()
    restored.bit_generator.state = load_h5(tmp_path / "m.h5").state["trainer"]["shuffle_rng"]
    original = np.random.default_rng()
    original.bit_generator.state = state["trainer"]["shuffle_rng"]
    assert np.array_equal(restored.random(4), original.random(4))


@pytest.mark.parametrize("state, fragment", [
    ({"x": np.array(["a", "b"])}, "dtype <U1"),
    ({"x": {1: 2}}, "keys must be strings"),
    ({"x": {"y": {1, 2}}}, r"state\['x'\]\['y'\]: cannot store a set"),
    ({"x": np.array([object()])}, "dtype object"),
])
def test_unstorable_state_is_refused_before_writing(state, fragment, tmp_path):
    spec = plain_stack()
    with pytest.raises(H5Error, match=fragment):
        save_h5(tmp_path / "m.h5", spec, trained_like(spec).get_weights(), state=state)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- atomic save
def test_failed_save_leaves_the_old_file_and_no_temp_file(monkeypatch, tmp_path):
    spec = plain_stack()
    path = tmp_path / "m.h5"
    save_h5(path, spec, trained_like(spec, seed=1).get_weights())
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(H5Error, match="No space left"):
        save_h5(path, spec, trained_like(spec, seed=2).get_weights())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["m.h5"]


def test_failure_while_writing_leaves_the_old_file_and_no_temp_file(monkeypatch, tmp_path):
    import annstudio.io.h5_write as h5_write

    spec = wide_and_deep()
    path = tmp_path / "m.h5"
    save_h5(path, spec, trained_like(spec, seed=1).get_weights())
    before = path.read_bytes()
    calls = []

    def failing(group, name, data):
        calls.append(name)
        if len(calls) == 3:
            raise KeyboardInterrupt   # even an interrupt midway leaves no trace
        return original(group, name, data)

    original = h5_write.save_attributes
    monkeypatch.setattr(h5_write, "save_attributes", failing)
    with pytest.raises(KeyboardInterrupt):
        save_h5(path, spec, trained_like(spec, seed=2).get_weights())
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["m.h5"]
    assert load_h5(path).spec == spec


def test_save_checks_weights_and_names(tmp_path):
    spec = plain_stack()
    weights = trained_like(spec).get_weights()
    with pytest.raises(H5Error, match="missing weight.*'dense/bias'"):
        save_h5(tmp_path / "m.h5", spec, {k: v for k, v in weights.items() if k != "dense/bias"})
    with pytest.raises(H5Error, match=r"wrong shape for 'dense/kernel': expected \(3, 8\), found \(8, 3\)"):
        save_h5(tmp_path / "m.h5", spec, {**weights, "dense/kernel": weights["dense/kernel"].T})
    with pytest.raises(H5Error, match="unknown weight.*'extra/kernel'"):
        save_h5(tmp_path / "m.h5", spec, {**weights, "extra/kernel": np.zeros(1)})
    renamed = plain_stack()
    renamed.layers[1].name = "top_level_model_weights"
    with pytest.raises(H5Error, match="reserved"):
        save_h5(tmp_path / "m.h5", renamed, {k.replace("dense/", "top_level_model_weights/"): v
                                              for k, v in weights.items()})
    renamed.layers[1].name = "a/b"
    with pytest.raises(H5Error, match="no '/'"):
        save_h5(tmp_path / "m.h5", renamed, weights)
    with pytest.raises(H5Error, match="both a loss and an optimizer"):
        save_h5(tmp_path / "m.h5", spec, weights, loss="mse")
    with pytest.raises(H5Error, match="no Keras equivalent"):
        step = ModelSpec.stack([2], [("Dense", {"units": 1, "activation": "step"})])
        save_h5(tmp_path / "m.h5", step, build_model(step, seed=0).get_weights())
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- Rescaling, both ways
def rescaling_stack() -> ModelSpec:
    """Raw pixels in: Rescaling(1/255) first, and one with an offset between the hidden layers."""
    return ModelSpec.stack([4, 3], [("Rescaling", {}), ("Flatten", {}), ("Dense", {"units": 5, "activation": "tanh"}),
                                    ("Rescaling", {"scale": 2.0, "offset": -1.0}),
                                    ("Dense", {"units": 2, "activation": "softmax"})], name="pixels")


def raw_pixels(shape, n=16, seed=2):
    return np.random.default_rng(seed).integers(0, 256, size=(n, *shape)).astype("float32")


def test_annstudio_rescaling_loads_in_keras_and_predicts_the_same_on_raw_pixels(keras, tmp_path):
    spec = rescaling_stack()
    model = trained_like(spec)
    path = tmp_path / "pixels.h5"
    save_h5(path, spec, model.get_weights(), loss="sparse_categorical_crossentropy", optimizer=OPTIMIZER)
    loaded = keras.models.load_model(path)
    rescaling = [layer for layer in loaded.layers if isinstance(layer, keras.layers.Rescaling)]
    assert [(layer.name, layer.scale, layer.offset) for layer in rescaling] == [
        ("rescaling", 1 / 255, 0.0), ("rescaling_1", 2.0, -1.0)]
    assert loaded.count_params() == sum(spec.count_params())
    x = raw_pixels(spec.input_shape)
    assert np.abs(loaded.predict(x, verbose=0) - model.predict(x)).max() <= TOL
    back = load_h5(path)
    assert back.spec.to_dict() == spec.to_dict()
    assert np.abs(numpy_predict(back, x) - model.predict(x)).max() == 0


def test_keras_rescaling_files_load_into_annstudio_with_the_same_predictions(keras, tmp_path):
    from annstudio.models import load_model

    keras.utils.set_random_seed(6)
    inp = keras.Input((5, 4), name="pixels")
    scaled = keras.layers.Rescaling(1.0 / 255)(inp)
    hidden = keras.layers.Dense(8, activation="relu")(keras.layers.Flatten()(scaled))
    shifted = keras.layers.Rescaling(scale=0.5, offset=0.25, name="shift")(hidden)
    out = keras.layers.Dense(3, activation="softmax")(keras.layers.Concatenate()([shifted, hidden]))
    for model in (keras.Sequential([keras.Input((5, 4)), keras.layers.Rescaling(1.0 / 127.5, offset=-1.0),
                                    keras.layers.Flatten(), keras.layers.Dense(3, activation="softmax")]),
                  keras.Model(inp, out)):
        model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
        x = raw_pixels((5, 4), n=32)
        model.fit(x, np.arange(32) % 3, epochs=1, verbose=0)
        path = tmp_path / f"{model.name}.h5"
        model.save(path)
        contents = load_h5(path)
        rescaling = [layer for layer in contents.spec.layers if layer.kind == "Rescaling"]
        assert [layer.config for layer in rescaling] == [
            {"scale": layer.scale, "offset": layer.offset} for layer in model.layers if isinstance(layer, keras.layers.Rescaling)]
        assert np.abs(numpy_predict(contents, x) - model.predict(x, verbose=0)).max() <= TOL
        assert np.abs(load_model(path).predict(x) - model.predict(x, verbose=0)).max() <= TOL
        assert sum(contents.spec.count_params()) == model.count_params()


def test_inspect_shows_rescaling_with_no_parameters(tmp_path, capsys):
    from annstudio import cli

    spec = rescaling_stack()
    save_h5(tmp_path / "pixels.h5", spec, trained_like(spec).get_weights())
    assert cli.main(["inspect", str(tmp_path / "pixels.h5")]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("rescaling")}
    assert "rescaling (Rescaling)" in rows["rescaling"] and "(None, 4, 3)" in rows["rescaling"]
    assert rows["rescaling"].split()[-2:] == ["0", "input"]
    assert "(None, 5)" in rows["rescaling_1"] and rows["rescaling_1"].split()[-2:] == ["0", "dense"]
    assert f"Total params: {sum(spec.count_params())}" in out


@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_inspect_says_what_of_a_keras_file_was_not_used(keras, tmp_path, capsys, suffix):
    """A Keras model compiled with a learning-rate schedule and a metric annstudio does not compute: inspect
    listed no optimizer and fewer metrics, without a word on why. It now says what was left out."""
    from annstudio.cli import main

    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
    schedule = keras.optimizers.schedules.ExponentialDecay(0.01, decay_steps=100, decay_rate=0.9)
    model.compile(keras.optimizers.Adam(schedule), "sparse_categorical_crossentropy",
                  metrics=["accuracy", keras.metrics.RootMeanSquaredError()])
    path = tmp_path / f"m{suffix}"
    model.save(path)
    capsys.readouterr()
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Not used from the file:" in out
    assert "metrics not used: 'root_mean_squared_error' (annstudio computes accuracy, mae and mse)" in out
    if suffix == ".h5":   # Keras 3 keeps the optimizer of a .h5 only
        assert "optimizer_config ignored: optimizer Adam: learning-rate schedules are not supported" in out
