"""Keras 3's native ``.keras`` format against real Keras, both ways: ``keras.models.load_model`` loads what
annstudio writes and annstudio loads what Keras writes (Sequential, Functional, each layer kind), with the
same predictions within 1e-6, and the weights sit where Keras itself puts them."""
import zipfile

import h5py
import numpy as np
import pytest

import annstudio
from annstudio.backends.numpy import build_model
from annstudio.io.keras_zip_read import KerasFileError, load_keras
from annstudio.io.keras_zip_write import save_keras
from annstudio.spec import LayerSpec, ModelSpec

from .helpers import inputs_for, mixed_stack, plain_stack, trained_like, wide_and_deep

TOL = 1e-6


def every_kind() -> ModelSpec:
    """Input, Rescaling, Flatten, Dense, BatchNormalization, Activation, Dropout in one stack."""
    return ModelSpec.stack([3, 2], [("Rescaling", {"scale": 0.5, "offset": 0.25}), ("Flatten", {}),
                                    ("Dense", {"units": 5, "activation": "relu"}),
                                    ("BatchNormalization", {"momentum": 0.9, "epsilon": 1e-3}),
                                    ("Activation", {"activation": "tanh"}), ("Dropout", {"rate": 0.2}),
                                    ("Dense", {"units": 3, "activation": "softmax"})], name="every_kind")


def branches() -> ModelSpec:
    """Two Dense branches of different depth listed short branch first: Keras orders ``model.layers`` by
    depth, so its ``dense``/``dense_1``/``dense_2`` are not the spec's order."""
    return ModelSpec([
        LayerSpec("Input", "inp", {"shape": [4]}),
        LayerSpec("Dense", "short", {"units": 3}, ["inp"]),
        LayerSpec("Dense", "long1", {"units": 3, "activation": "relu"}, ["inp"]),
        LayerSpec("Dense", "long2", {"units": 3}, ["long1"]),
        LayerSpec("Concatenate", "cat", {}, ["long2", "short"]),
        LayerSpec("Dense", "out", {"units": 2}, ["cat"]),
    ], name="branches")


SPECS = [plain_stack, mixed_stack, every_kind, wide_and_deep, branches]


@pytest.mark.parametrize("make", SPECS, ids=lambda f: f.__name__)
def test_keras_loads_what_we_write(keras, tmp_path, make):
    spec = make()
    model = trained_like(spec)
    path = tmp_path / f"{spec.name}.keras"
    save_keras(path, spec, model.get_weights(), loss="mean_squared_error", optimizer="adam", metrics=["mae"])
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["config.json", "metadata.json", "model.weights.h5"]
    loaded = keras.models.load_model(path)
    x = inputs_for(spec)
    # float32 through two libraries: outputs of ~12 differ in the last bits (2.9e-6 with OpenBLAS's Haswell
    # kernels), so the tolerance is relative above 1; a weight read wrongly is off by far more
    np.testing.assert_allclose(loaded.predict(x, verbose=0), model.predict(x), rtol=TOL, atol=TOL)
    assert type(loaded.optimizer).__name__ == "Adam"
    assert len(loaded.layers) == len(spec.layers) - (1 if spec.is_plain_stack else 0)
    # Keras saves it again in the very layout we wrote: the same datasets with the same shapes and values.
    again = tmp_path / "again.keras"
    loaded.save(again)
    assert layer_datasets(again) == layer_datasets(path)


def layer_datasets(path):
    """``{dataset path: array}`` of the layers' weights in a .keras file's model.weights.h5."""
    import io

    with zipfile.ZipFile(path) as zf, h5py.File(io.BytesIO(zf.read("model.weights.h5")), "r") as f:
        found = {}
        f["layers"].visititems(lambda name, obj: found.__setitem__(name, obj[()].tobytes())
                               if isinstance(obj, h5py.Dataset) else None)
        return found


def keras_model(keras, name):
    layers = keras.layers
    if name == "sequential":
        model = keras.Sequential([keras.Input((3, 2)), layers.Rescaling(0.5, offset=0.25), layers.Flatten(),
                                  layers.Dense(5, activation="relu"), layers.BatchNormalization(momentum=0.9),
                                  layers.Activation("tanh"), layers.Dropout(0.2),
                                  layers.Dense(3, activation="softmax")], name="seq")
        model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
        rng = np.random.default_rng(0)
        model.fit(rng.normal(size=(32, 3, 2)), rng.integers(0, 3, 32), epochs=2, verbose=0)  # BN statistics move
        return model
    if name == "wide_deep":
        inp = keras.Input((8,), name="input")
        h1 = layers.Dense(30, activation="relu", name="hidden1")(inp)
        h2 = layers.Dense(30, activation="relu", name="hidden2")(h1)
        cat = layers.Concatenate(name="concat")([inp, h2])
        model = keras.Model(inp, layers.Dense(1, name="output")(cat), name="wide_deep")
        model.compile(optimizer=keras.optimizers.SGD(0.01, momentum=0.9), loss="mean_squared_error", metrics=["mae"])
        return model
    if name == "nested":   # a Sequential inside a Functional: its weights sit below its own group
        inner = keras.Sequential([layers.Dense(4, activation="relu"), layers.Dense(3)], name="inner")
        inp = keras.Input((5,), name="inp")
        cat = layers.Concatenate(name="cat")([inp, inner(inp)])
        return keras.Model(inp, layers.Dense(2, name="out")(cat), name="nested")
    inp = keras.Input((4,), name="inp")
    short = layers.Dense(3, name="short")(inp)
    long2 = layers.Dense(3, name="long2")(layers.Dense(3, activation="relu", name="long1")(inp))
    out = layers.Dense(2, name="out")(layers.Concatenate(name="cat")([long2, short]))
    return keras.Model(inp, out, name="branches")


@pytest.mark.parametrize("name", ["sequential", "wide_deep", "branches", "nested"])
def test_we_load_what_keras_writes(keras, tmp_path, name):
    model = keras_model(keras, name)
    for layer in model.layers:   # non-trivial biases too
        layer.set_weights([w + np.random.default_rng(1).normal(0, 0.3, w.shape) for w in layer.get_weights()])
    path = tmp_path / f"{name}.keras"
    model.save(path)
    loaded = annstudio.load_model(path)
    x = np.random.default_rng(2).normal(size=(20, *model.input_shape[1:])).astype("float32")
    np.testing.assert_allclose(loaded.predict(x), model.predict(x, verbose=0), rtol=0, atol=TOL)
    assert loaded.spec.name == model.name
    if name == "sequential":
        assert loaded.loss["name"] == "sparse_categorical_crossentropy" and loaded.metrics == ["accuracy"]
        assert loaded.optimizer["class_name"] == "Adam"
    if name == "wide_deep":
        assert loaded.optimizer == {"class_name": "SGD", "config": {
            "learning_rate": pytest.approx(0.01), "momentum": pytest.approx(0.9), "nesterov": False}}


def test_loaded_model_saves_keras_again(keras, tmp_path):
    """annstudio.load_model -> LoadedModel.save("x.keras") -> Keras: the same predictions."""
    model = keras_model(keras, "wide_deep")
    path = tmp_path / "k.keras"
    model.save(path)
    ours = annstudio.load_model(path)
    ours.save(tmp_path / "ours.keras")
    x = np.random.default_rng(3).normal(size=(10, 8)).astype("float32")
    back = keras.models.load_model(tmp_path / "ours.keras")
    np.testing.assert_allclose(back.predict(x, verbose=0), model.predict(x, verbose=0), rtol=0, atol=TOL)


def test_a_real_keras_lambda_file_is_refused_and_its_code_never_runs(keras, tmp_path):
    marker = tmp_path / "pwned"
    touch = eval(f"lambda x: (__import__('pathlib').Path({str(marker)!r}).touch(), x)[1]")
    model = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(touch), keras.layers.Dense(2)])
    path = tmp_path / "lambda.keras"
    model.save(path)
    marker.unlink()                     # building the model ran it once
    with pytest.raises(KerasFileError, match="Lambda"):
        load_keras(path)
    assert not marker.exists()
    keras.models.load_model(path, safe_mode=False)   # the file really carries code: unsafe Keras runs it
    assert marker.exists()


def test_round_trip_keeps_features_state_and_float64(tmp_path):
    spec = plain_stack()
    spec.layers[0].config["shape"] = [3]
    model = trained_like(spec, dtype="float64")
    state = {"trainer": {"next_epoch": 3, "m": [np.arange(4.0)], "rng": np.uint64(7)}}
    path = tmp_path / "m.keras"
    save_keras(path, spec, model.get_weights(), loss="mean_squared_error", optimizer="sgd", state=state,
               dtype="float64", features=("x1", "x2", "x1*x2"))
    contents = load_keras(path)
    assert contents.dtype == "float64" and contents.features == ("x1", "x2", "x1*x2")
    assert contents.state["trainer"]["next_epoch"] == 3 and contents.state["trainer"]["rng"] == np.uint64(7)
    for key, value in model.get_weights().items():
        assert contents.weights[key].dtype == np.float64 and np.array_equal(contents.weights[key], value)


def test_save_is_atomic_and_writes_only_the_target(tmp_path):
    spec = plain_stack()
    path = tmp_path / "m.keras"
    save_keras(path, spec, trained_like(spec).get_weights())
    before = path.read_bytes()
    with pytest.raises(KerasFileError, match="missing weight"):
        save_keras(path, spec, {})
    assert path.read_bytes() == before
    bad = {k: np.zeros(1) for k in build_model(spec).get_weights()}
    with pytest.raises(ValueError, match="wrong shape"):
        save_keras(path, spec, bad)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.keras"]
