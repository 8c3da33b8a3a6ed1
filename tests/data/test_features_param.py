"""The ``features`` option of the 2-D sets: validated, applied at load time, kept in the params."""
import json

import numpy as np
import pytest

from annstudio import cli
from annstudio.data import DATASETS, DataError, load_dataset, validate_params
from annstudio.data.features import expand
from annstudio.project import Project

TWO_D = [name for name, info in DATASETS.items() if info.category in ("toy", "gates")]


def test_every_2d_set_offers_features_with_the_plain_default():
    assert set(TWO_D) >= {"xor", "and", "toy_xor", "spiral", "plane"}
    for name in TWO_D:
        assert validate_params(name)["features"] == ["x1", "x2"]
    assert DATASETS["iris"].params["features"].type == "choice"   # iris keeps its own meaning of the word


def test_plain_choice_leaves_the_data_as_it_was():
    ds = load_dataset("spiral", features=["x1", "x2"])
    assert ds.features is None and ds.x_raw is None
    assert ds.input_shape == (2,) and ds.feature_names == ["x1", "x2"]


def test_features_expand_every_part_and_keep_the_raw_points():
    raw = load_dataset("toy_circle", seed=3)
    ds = load_dataset("toy_circle", seed=3, features=["x1^2", "x2^2", "x1*x2", "sin_x1"])
    assert ds.input_shape == (4,)
    assert ds.features == ("x1^2", "x2^2", "x1*x2", "sin_x1")
    assert ds.feature_names == ["x1^2", "x2^2", "x1*x2", "sin_x1"]
    for part in ("train", "test"):
        np.testing.assert_array_equal(ds.points(part), getattr(raw, f"x_{part}"))
        np.testing.assert_allclose(getattr(ds, f"x_{part}"), expand(getattr(raw, f"x_{part}"), ds.features))
    np.testing.assert_array_equal(ds.y_train, raw.y_train)
    first = raw.x_train[0]
    np.testing.assert_allclose(ds.x_train[0], [first[0] ** 2, first[1] ** 2, first[0] * first[1], np.sin(first[0])],
                               rtol=1e-6)
    assert ds.params["features"] == ["x1^2", "x2^2", "x1*x2", "sin_x1"]
    assert ds.point_names == ["x1", "x2"]


def test_gate_with_the_product_column():
    ds = load_dataset("xor", features=["x1", "x2", "x1*x2"])
    assert ds.x_train.tolist() == [[0, 0, 0], [0, 1, 0], [1, 0, 0], [1, 1, 1]]


def test_command_line_text_is_split_at_commas():
    assert validate_params("xor", {"features": "x1, x1*x2"})["features"] == ["x1", "x1*x2"]


@pytest.mark.parametrize("value, problem", [
    (["x1", "x3"], r"unknown feature 'x3'; expected one of x1, x2, x1\^2"),
    ([], r"choose at least one input feature"),
    (["x1", "x1"], r"feature 'x1' is listed twice"),
    (5, r"features must be a list of names"),
])
def test_bad_choices_name_the_dataset_and_the_parameter(value, problem):
    with pytest.raises(DataError, match=r"dataset 'toy_xor': parameter 'features' = .* is not accepted: " + problem) as info:
        load_dataset("toy_xor", features=value)
    assert info.value.param == "features" and info.value.dataset == "toy_xor"


def test_project_round_trip_keeps_the_choice(tmp_path):
    project = Project.load(_example("xor_mlp"))
    project.dataset = {"name": "xor", "params": {"features": ["x1", "x2", "x1*x2"]}}
    path = tmp_path / "p.annproj"
    project.save(path)
    assert json.loads(path.read_text())["dataset"]["params"]["features"] == ["x1", "x2", "x1*x2"]
    assert Project.load(path).dataset["params"]["features"] == ["x1", "x2", "x1*x2"]


def test_a_project_file_with_a_bad_feature_is_refused_naming_the_field(tmp_path, capsys):
    data = json.loads(_example("xor_mlp").read_text())
    data["dataset"]["params"]["features"] = ["x1", "cos_x1"]
    path = tmp_path / "bad.annproj"
    path.write_text(json.dumps(data))
    assert cli.main(["train", str(path), "--epochs", "1", "--quiet"]) == cli.BAD_INPUT
    err = capsys.readouterr().err
    assert "parameter 'features'" in err and "unknown feature 'cos_x1'" in err


def _example(stem):
    from annstudio.resources import resource_path

    return resource_path("examples") / f"{stem}.annproj"
