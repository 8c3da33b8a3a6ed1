"""The notes' recipes as example projects (Learn > Open a recipe): each loads, validates, has the notes'
layers, shapes and parameter counts, and trains a couple of steps headless on small offline data."""
import json

import numpy as np
import pytest

from annstudio import cli
from annstudio.data import idx, load_dataset
from annstudio.engine.session import create_run, train
from annstudio.project import Project
from annstudio.resources import resource_path

from .conftest import write_idx_set

RANDOM_NORMAL_1 = {"class_name": "RandomNormal", "config": {"mean": 0.0, "stddev": 1.0}}


def recipe(stem):
    return Project.load(resource_path("examples", f"{stem}.annproj"))


def dense_params(project):
    """Parameters per Dense layer, from the spec's shape inference."""
    return {info.name: info.params for info in project.model.layer_infos() if info.kind == "Dense"}


def output_shapes(project):
    return {info.name: info.output_shape for info in project.model.layer_infos()}


def test_the_recipe_menu_lists_existing_examples():
    from annstudio.gui.menus import RECIPES  # a plain tuple; importing the module needs Qt, present here

    for stem in ("mnist_ann", "housing_regression", "wide_and_deep"):
        assert stem in RECIPES
    for stem in RECIPES:
        assert resource_path("examples", f"{stem}.annproj").is_file(), stem


def test_mnist_ann_is_the_notes_network():
    project = recipe("mnist_ann")
    project.model.validate()
    spec = project.model
    assert spec.input_shape == (784,)
    dense = [layer for layer in spec.layers if layer.kind == "Dense"]
    assert [(d.config["units"], d.config["activation"]) for d in dense] == [(256, "relu"), (256, "relu"), (10, "linear")]
    for d in dense:
        assert d.config["kernel_initializer"] == RANDOM_NORMAL_1
        assert d.config["bias_initializer"] == RANDOM_NORMAL_1
    assert list(dense_params(project).values()) == [200_960, 65_792, 2_570]
    assert spec.count_params() == (269_322, 0)
    cfg = project.training
    assert cfg.loss == {"name": "sparse_categorical_crossentropy", "from_logits": True}
    assert cfg.optimizer["class_name"] == "Adam" and cfg.optimizer["config"]["learning_rate"] == 0.001
    assert (cfg.batch_size, cfg.epochs) == (256, 30)
    assert project.dataset == {"name": "mnist", "params": {"validation": 0, "scale": True, "flatten": True}}


def test_housing_regression_is_the_notes_recipe_on_offline_data():
    project = recipe("housing_regression")
    project.model.validate()
    dense = [layer for layer in project.model.layers if layer.kind == "Dense"]
    assert [(d.config["units"], d.config["activation"]) for d in dense] == [(30, "relu"), (1, "linear")]
    assert list(dense_params(project).values()) == [330, 31]
    cfg = project.training
    assert cfg.loss["name"] == "mean_squared_error"
    assert cfg.optimizer == {"class_name": "SGD", "config": {"learning_rate": 0.001, "momentum": 0.0, "nesterov": False}}
    assert cfg.epochs == 20
    assert project.dataset["name"] == "diabetes" and project.dataset["params"]["standardize"] is True
    data = load_dataset(project.dataset["name"], **project.dataset["params"])
    np.testing.assert_allclose(data.x_train.mean(axis=0), 0, atol=1e-5)   # standardised features
    np.testing.assert_allclose(data.x_train.std(axis=0), 1, atol=1e-4)
    assert "California housing" in project.description and "CSV" in project.description


def test_wide_and_deep_matches_the_notes():
    project = recipe("wide_and_deep")
    spec = project.model
    spec.validate()
    assert [layer.kind for layer in spec.layers] == ["Input", "Dense", "Dense", "Concatenate", "Dense"]
    concat = spec.layers[3]
    assert tuple(spec.input_names(3)) == ("input", "dense_1")
    assert [(layer.config["units"], layer.config["activation"]) for layer in spec.layers if layer.kind == "Dense"] \
        == [(30, "relu"), (30, "relu"), (1, "linear")]
    assert concat.kind == "Concatenate"
    assert output_shapes(project)["concatenate"] == (40,)   # 10 inputs beside 30 hidden units
    assert list(dense_params(project).values()) == [330, 930, 41]
    assert project.training.loss["name"] == "mean_squared_error"


@pytest.mark.parametrize("stem", ["housing_regression", "wide_and_deep"])
def test_regression_recipes_train_headless(stem):
    history = train(recipe(stem), epochs=2)
    assert len(history.history["loss"]) == 2
    assert all(np.isfinite(history.history["loss"]))


def test_mnist_ann_trains_two_steps_on_fake_mnist_files(tmp_path, no_default_folders, capsys):
    rng = np.random.default_rng(0)
    arrays = (rng.integers(0, 256, (300, 28, 28), dtype=np.uint8), (np.arange(300) % 10).astype(np.uint8),
              rng.integers(0, 256, (20, 28, 28), dtype=np.uint8), (np.arange(20) % 10).astype(np.uint8))
    write_idx_set(no_default_folders["keras"] / "datasets" / "mnist", arrays)   # where Keras keeps MNIST
    path = resource_path("examples", "mnist_ann.annproj")
    out = tmp_path / "mnist_ann.h5"
    assert cli.main(["train", str(path), "--epochs", "1", "--quiet", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "mnist (300 training samples)" in text and "269,322 trainable parameters" in text
    run = create_run(recipe("mnist_ann"), epochs=1)
    assert run.trainer.steps_per_epoch == 2        # 300 images in batches of 256
    events = [e for e in run.events() if e["event"] in ("batch_end", "finished")]
    assert events[-1]["event"] == "finished"
    assert run.model.predict(run.dataset.x_test[:3]).shape == (3, 10)   # logits, one per digit
    with __import__("h5py").File(out, "r") as f:
        config = json.loads(f.attrs["training_config"])
        assert config["loss"]["config"]["from_logits"] is True


def test_mnist_ann_without_files_says_where_to_put_them(no_default_folders):
    with pytest.raises(idx.DataError, match="MNIST"):
        load_dataset("mnist", **recipe("mnist_ann").dataset["params"])
