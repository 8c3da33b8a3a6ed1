"""Issue 11 item 3: every field of a Keras config goes through the allow-list, not only ``class_name``.

A dtype policy, an initializer, a seed, a regularizer or the training config's loss/optimizer/metrics that
name a foreign module (``os``, ``subprocess``), a custom class or a non-Keras function are refused with a
message naming the layer and the field; genuine Keras files still open."""
import json
import re
import subprocess
import sys

import h5py
import pytest

from annstudio.io.h5_read import H5Error, load_h5
from annstudio.io.h5_write import save_h5

from .helpers import mixed_stack, trained_like

ZEROS = {"module": "keras.initializers", "class_name": "Zeros", "config": {}, "registered_name": None}
OS_POLICY = {"module": "os", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": None}


@pytest.fixture
def mixed(tmp_path):
    spec = mixed_stack()
    path = tmp_path / "mixed.h5"
    save_h5(path, spec, trained_like(spec).get_weights(), loss="mse", optimizer="adam", metrics=["mae"])
    assert load_h5(path).spec == spec
    return path


def layer(cfg, name):
    return next(item for item in cfg["config"]["layers"] if item["config"]["name"] == name)


def edit(path, attr, change):
    with h5py.File(path, "r+") as f:
        data = json.loads(f.attrs[attr])
        change(data)
        f.attrs[attr] = json.dumps(data)


def refused(path, *fragments):
    with pytest.raises(H5Error) as info:
        load_h5(path)
    message = str(info.value)
    for fragment in fragments:
        assert re.search(fragment, message), f"{fragment!r} not in {message!r}"
    return message


@pytest.mark.parametrize("change, fragments", [
    (lambda c: layer(c, "dense")["config"].update(dtype=OS_POLICY),
     [r"layer 'dense': dtype: module 'os' is not allowed"]),
    (lambda c: layer(c, "dense")["config"].update(dtype={**OS_POLICY, "module": "subprocess"}),
     [r"layer 'dense': dtype: module 'subprocess' is not allowed"]),
    (lambda c: layer(c, "dense")["config"].update(dtype={**OS_POLICY, "module": "keras", "class_name": "Popen"}),
     [r"layer 'dense': dtype: class 'Popen' is not a Keras object"]),
    (lambda c: layer(c, "dense")["config"].update(dtype={**OS_POLICY, "module": "keras", "registered_name": "os>system"}),
     [r"layer 'dense': dtype: registered_name 'os>system'"]),
    (lambda c: layer(c, "dense")["config"].update(dtype="int8"), [r"layer 'dense': dtype: dtype 'int8' is not supported"]),
    (lambda c: layer(c, "batch_normalization")["config"].update(beta_initializer={**ZEROS, "module": "os"}),
     [r"layer 'batch_normalization': beta_initializer: module 'os' is not allowed"]),
    (lambda c: layer(c, "batch_normalization")["config"].update(
        gamma_initializer={**ZEROS, "class_name": "Ones", "registered_name": "evil>Ones"}),
     [r"layer 'batch_normalization': gamma_initializer: registered_name 'evil>Ones'"]),
    (lambda c: layer(c, "batch_normalization")["config"].update(
        moving_mean_initializer={"module": "subprocess", "class_name": "Zeros", "config": {}}),
     [r"layer 'batch_normalization': moving_mean_initializer: module 'subprocess'"]),
    (lambda c: layer(c, "dense")["config"]["kernel_initializer"].update(registered_name="mypkg>GlorotUniform"),
     [r"layer 'dense': kernel_initializer: registered_name 'mypkg>GlorotUniform'"]),
    (lambda c: layer(c, "dense")["config"]["kernel_initializer"]["config"].update(
        seed={"module": "os", "class_name": "SeedGenerator", "config": {}}),
     [r"layer 'dense': kernel_initializer.config.seed: module 'os'"]),
    (lambda c: layer(c, "dropout")["config"].update(seed={"module": "os", "class_name": "system", "config": "true"}),
     [r"layer 'dropout': seed: module 'os' is not allowed"]),
    (lambda c: layer(c, "dropout")["config"].update(seed={"class_name": "SeedGenerator", "config": {"seed": 1}}),
     [r"layer 'dropout': seed: seed must be an integer or null"]),
    (lambda c: layer(c, "dense")["config"].update(
        kernel_regularizer={"module": "os", "class_name": "L2", "config": {"l2": 0.1}}),
     [r"layer 'dense': kernel_regularizer: module 'os'"]),
    (lambda c: layer(c, "dense").update(build_config={"module": "os", "class_name": "function", "config": "system"}),
     [r"model_config.*build_config: module 'os'"]),
    (lambda c: c["config"].update(dtype=OS_POLICY), [r"dtype: module 'os' is not allowed"]),
])
def test_foreign_objects_in_any_layer_field_are_refused(mixed, change, fragments):
    edit(mixed, "model_config", change)
    refused(mixed, *fragments)


@pytest.mark.parametrize("change, fragments", [
    (lambda t: t.update(loss={"module": "os", "class_name": "function", "config": "system", "registered_name": "system"}),
     [r"training_config.loss: module 'os' is not allowed"]),
    (lambda t: t.update(loss="system"), [r"training_config.loss: 'system' is not one of Keras' losses"]),
    (lambda t: t.update(optimizer_config={"module": "mypkg.optim", "class_name": "Adam", "config": {}}),
     [r"training_config.optimizer_config: module 'mypkg.optim'"]),
    (lambda t: t.update(optimizer_config={"class_name": "MyOptimizer", "config": {}}),
     [r"training_config.optimizer_config: class 'MyOptimizer' is not a Keras object"]),
    (lambda t: t.update(optimizer_config={"class_name": "Adam", "registered_name": "Custom>Adam", "config": {}}),
     [r"training_config.optimizer_config: registered_name 'Custom>Adam'"]),
    (lambda t: t.update(metrics=["mae", "eval"]), [r"training_config.metrics\[1\]: 'eval' is not one of Keras'"]),
    (lambda t: t.update(metrics=[{"module": "builtins", "class_name": "function", "config": "eval"}]),
     [r"training_config.metrics\[0\]: module 'builtins'"]),
    (lambda t: t.update(metrics=[{"module": "keras.metrics", "class_name": "function", "config": "eval"}]),
     [r"training_config.metrics\[0\]: function 'eval' is not one of Keras'"]),
])
def test_foreign_objects_in_the_training_config_are_refused_not_dropped(mixed, change, fragments):
    edit(mixed, "training_config", change)
    refused(mixed, "unsupported training config", *fragments)


def test_keras_objects_annstudio_lacks_are_still_dropped_with_a_note(mixed):
    edit(mixed, "training_config", lambda t: t.update(
        optimizer_config={"module": "keras.optimizers", "class_name": "Nadam", "config": {}, "registered_name": None},
        metrics=["mae", "eval"]))
    with pytest.raises(H5Error, match="eval"):   # a name Keras' compile() would not accept either
        load_h5(mixed)
    edit(mixed, "training_config", lambda t: t.update(metrics=["mae", "AUC"]))   # compile(metrics=["AUC"]) works
    contents = load_h5(mixed)
    assert contents.optimizer is None and any("Nadam" in note for note in contents.notes)
    assert any("AUC" in note for note in contents.notes)   # the metrics are not used, as said


def test_keras_written_file_with_every_field_opens(keras, tmp_path):
    """A genuine Keras 3 file (dtype policies, initializers with seeds, a regularizer, BatchNorm, a seeded
    Dropout, compiled with metrics) passes the allow-list."""
    model = keras.Sequential([
        keras.Input((4,)),
        keras.layers.Dense(5, activation="relu", kernel_regularizer=keras.regularizers.L2(0.01),
                           kernel_initializer=keras.initializers.RandomNormal(stddev=0.1, seed=3)),
        keras.layers.BatchNormalization(),
        keras.layers.Dropout(0.25, seed=7),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    path = tmp_path / "k.h5"
    model.save(path)
    contents = load_h5(path)
    assert [layer.kind for layer in contents.spec.layers] == ["Input", "Dense", "BatchNormalization", "Dropout", "Dense"]
    assert contents.metrics == ["accuracy"] and contents.optimizer["class_name"] == "Adam"


def test_cli_refuses_a_foreign_dtype_with_one_line(mixed):
    edit(mixed, "model_config", lambda c: layer(c, "dense")["config"].update(dtype=OS_POLICY))
    result = subprocess.run([sys.executable, "-m", "annstudio", "inspect", str(mixed)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: error:") and "Traceback" not in result.stderr
    assert "layer 'dense': dtype: module 'os' is not allowed" in lines[0]
