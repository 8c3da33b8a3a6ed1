"""A ``.keras`` file annstudio writes carries Keras' ``optimizer/vars``: the iteration count, the learning rate
and every slot of every trainable variable in the order Keras builds them, from the run's optimizer state.
Keras loads it without "Skipping variable loading for optimizer" and continues with the moments annstudio
had (before, every file made Keras warn and start a fresh optimizer). Checked against real Keras for each
optimizer and the settings that add slots, on a Functional model whose variable order is not the editor's."""
from __future__ import annotations

import warnings

import numpy as np
import pytest

from annstudio.engine.callbacks import save_run_h5
from annstudio.engine.session import create_run
from annstudio.io.keras_zip_read import load_keras
from annstudio.project import Project
from annstudio.resources import resource_path
from annstudio.spec import LayerSpec, ModelSpec

keras = pytest.importorskip("keras")

OPTIMIZERS = [
    {"class_name": "SGD", "config": {"learning_rate": 0.05}},
    {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9, "nesterov": True}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01}},
    {"class_name": "Adam", "config": {"learning_rate": 0.01, "amsgrad": True}},
    {"class_name": "RMSprop", "config": {"learning_rate": 0.01, "momentum": 0.5, "centered": True}},
    {"class_name": "Adagrad", "config": {"learning_rate": 0.01}},
]


def branches() -> ModelSpec:
    """Keras orders a Functional model's layers by depth: its variables are not in the editor's order."""
    return ModelSpec([
        LayerSpec("Input", "inp", {"shape": [4]}),
        LayerSpec("Dense", "short", {"units": 3}, ["inp"]),
        LayerSpec("Dense", "long1", {"units": 5, "activation": "relu"}, ["inp"]),
        LayerSpec("Dense", "long2", {"units": 4}, ["long1"]),
        LayerSpec("Concatenate", "cat", {}, ["long2", "short"]),
        LayerSpec("Dense", "out", {"units": 3, "activation": "softmax"}, ["cat"]),
    ], name="branches")


def trained_run(optimizer):
    project = Project.load(resource_path("examples", "iris.annproj"))
    data = project.to_dict()
    data["model"] = branches().to_dict()
    data["training"].update(optimizer=optimizer, epochs=3)
    run = create_run(Project.from_dict(data), "numpy")
    for _ in run.events():
        pass
    return run


def slot_key(path: str, slots) -> tuple[str, str]:
    """``"adam/long1_kernel_momentum"`` -> ``("momentum", "long1/kernel")``."""
    name = path.rsplit("/", 1)[-1]
    slot = next(s for s in sorted(slots, key=len, reverse=True) if name.endswith("_" + s))
    layer, weight = name[:-len(slot) - 1].rsplit("_", 1)
    return slot, f"{layer}/{weight}"


@pytest.mark.parametrize("optimizer", OPTIMIZERS, ids=lambda o: f"{o['class_name']}-{len(o['config'])}")
def test_keras_continues_with_the_optimizer_state_annstudio_had(tmp_path, optimizer):
    run = trained_run(optimizer)
    path = tmp_path / "model.keras"
    save_run_h5(path, run.trainer)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = keras.models.load_model(path)
    assert not [w for w in caught if "optimizer" in str(w.message)], [str(w.message) for w in caught]
    ours = run.model.get_optimizer_state()
    assert int(model.optimizer.iterations.numpy()) == ours["iterations"] == 3 * run.trainer.steps_per_epoch
    assert float(model.optimizer.learning_rate.numpy()) == pytest.approx(optimizer["config"]["learning_rate"])
    slots = model.optimizer.variables[2:]
    assert len(slots) == sum(len(views) for views in ours["slots"].values())
    for variable in slots:
        slot, key = slot_key(variable.path, ours["slots"])
        np.testing.assert_array_equal(variable.numpy(), ours["slots"][slot][key], err_msg=variable.path)
    # annstudio reads its own file back without a note about an unused optimizer: --resume continues from it
    assert not [n for n in load_keras(path).notes if "optimizer" in str(n)]


def test_a_model_never_trained_gets_an_optimizer_that_has_not_stepped(tmp_path):
    from annstudio.backends.numpy import build_model
    from annstudio.io.keras_zip_write import save_keras

    spec = branches()
    path = tmp_path / "fresh.keras"
    save_keras(path, spec, build_model(spec, seed=0).get_weights(), loss="sparse_categorical_crossentropy",
               optimizer={"class_name": "Adagrad", "config": {"learning_rate": 0.01}})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = keras.models.load_model(path)
    assert not [w for w in caught if "optimizer" in str(w.message)]
    assert int(model.optimizer.iterations.numpy()) == 0
    assert all(np.all(v.numpy() == np.float32(0.1)) for v in model.optimizer.variables[2:])   # Keras' initial value
    assert not [n for n in load_keras(path).notes if "optimizer" in str(n)]


def test_keras_continues_at_the_rate_a_plateau_lowered_it_to(tmp_path):
    """ReduceLROnPlateau halved Adam's rate each epoch: Keras loaded the starting 0.01 (variable and config)."""
    project = Project.load(resource_path("examples", "iris.annproj"))
    data = project.to_dict()
    data["training"].update(optimizer={"class_name": "Adam", "config": {"learning_rate": 0.01}}, epochs=3,
                            callbacks=[{"class_name": "ReduceLROnPlateau",
                                        "config": {"monitor": "loss", "factor": 0.5, "patience": 1, "min_delta": 10}}])
    run = create_run(Project.from_dict(data), "numpy")
    for _ in run.events():
        pass
    path = tmp_path / "model.keras"
    save_run_h5(path, run.trainer)
    model = keras.models.load_model(path)
    assert float(model.optimizer.learning_rate.numpy()) == pytest.approx(0.0025)
    assert model.optimizer.get_config()["learning_rate"] == pytest.approx(0.0025)
