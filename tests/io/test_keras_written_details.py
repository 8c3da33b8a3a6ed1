"""Files Keras wrote that annstudio opened wrongly or not at all (found by saving ~150 Keras models):
a float64 model computed in float32, a classifier compiled with metrics=["auc"] refused as "not one of
Keras' metrics", and a file with an optimizer annstudio does not train with (Nadam) that loaded but could
not be saved again."""
from __future__ import annotations

import numpy as np
import pytest

from annstudio.models import load_model

keras = pytest.importorskip("keras")


@pytest.fixture
def data():
    rng = np.random.default_rng(0)
    return rng.normal(size=(32, 4)), rng.normal(size=(32, 1))


@pytest.mark.parametrize("name", ["m.h5", "m.keras"])
def test_a_float64_model_computes_and_is_saved_in_float64(tmp_path, data, name):
    import h5py

    x, y = data
    floatx, policy = keras.config.floatx(), keras.config.dtype_policy()
    keras.config.set_floatx("float64")
    keras.config.set_dtype_policy("float64")
    try:
        model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(1)])
        model.compile("adam", "mse")
        model.fit(x, y, verbose=0)
        model.save(tmp_path / name)
        expected = model.predict(x, verbose=0)
    finally:
        keras.config.set_floatx(floatx)
        keras.config.set_dtype_policy(policy)
    loaded = load_model(tmp_path / name)
    got = loaded.predict(x)
    assert got.dtype == np.float64 and np.abs(got - expected).max() < 1e-12
    loaded.save(tmp_path / "again.h5")
    with h5py.File(tmp_path / "again.h5") as f:
        kernels = []
        f["model_weights"].visititems(lambda k, v: kernels.append(v.dtype) if k.endswith("kernel") else None)
    assert kernels and all(k == np.float64 for k in kernels)


@pytest.mark.parametrize("metric", ["auc", "precision", "recall", "AUC", "f1_score"])
def test_a_classifier_compiled_with_a_named_keras_metric_opens_with_a_note(tmp_path, data, metric):
    x, y = data
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile("adam", "binary_crossentropy", metrics=[metric])
    model.fit(x, (y > 0).astype("float32"), verbose=0)
    model.save(tmp_path / "m.keras")
    loaded = load_model(tmp_path / "m.keras")
    np.testing.assert_allclose(loaded.predict(x.astype("float32")), model.predict(x, verbose=0), atol=1e-6)
    assert any("metric" in str(note) for note in loaded.notes)


def test_a_model_whose_optimizer_was_left_out_is_saved_again(tmp_path, data):
    x, y = data
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
    model.compile(keras.optimizers.Nadam(), "mse")
    model.fit(x, y, verbose=0)
    model.save(tmp_path / "nadam.h5")
    loaded = load_model(tmp_path / "nadam.h5")
    assert loaded.optimizer is None and any("Nadam" in str(note) for note in loaded.notes)
    loaded.save(tmp_path / "copy.h5")   # "give both a loss and an optimizer, or neither"
    again = keras.models.load_model(tmp_path / "copy.h5")
    np.testing.assert_allclose(again.predict(x, verbose=0), model.predict(x, verbose=0), atol=1e-6)


def test_one_metric_annstudio_lacks_leaves_the_others_and_is_named(tmp_path, data):
    """metrics=["accuracy", "auc"]: the whole list was dropped, accuracy too, and only 'auc' was named."""
    x, y = data
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile("adam", "binary_crossentropy", metrics=["accuracy", "auc", "precision"])
    model.fit(x, (y > 0).astype("float32"), verbose=0)
    model.save(tmp_path / "m.keras")
    loaded = load_model(tmp_path / "m.keras")
    assert loaded.metrics == ["accuracy"]
    assert any("'auc'" in str(note) and "'precision'" in str(note) for note in loaded.notes), loaded.notes
