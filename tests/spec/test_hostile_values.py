"""Issue 11 items 7 and 8 below the CLI: deep JSON, long graphs, odd numbers, short quotes, float32 overflow."""
import json
import pickle
import warnings

import numpy as np
import pytest

from annstudio.data import DataError
from annstudio.data.dataset import Dataset
from annstudio.messages import Message
from annstudio.project import Project, ProjectError
from annstudio.spec import LayerSpec, ModelSpec, SpecError
from annstudio.spec.values import normalize_initializer, normalize_regularizer


def test_deep_json_is_refused_before_parsing():
    from annstudio.spec.jsontext import JSONTextError, loads, nesting_depth

    with pytest.raises(JSONTextError, match="nests 5000 levels"):
        loads("[" * 5000 + "]" * 5000)
    assert nesting_depth('{"a": "[[[[{{{", "b": [[1]]}') == 3
    assert loads('{"a": "[[[["}') == {"a": "[[[["}
    with pytest.raises(json.JSONDecodeError):
        loads("{")
    with pytest.raises(JSONTextError, match="number that cannot be read"):
        loads("[" + "9" * 5000 + "]")


def test_project_load_refuses_deep_json_and_huge_integers(tmp_path):
    path = tmp_path / "p.annproj"
    path.write_text('{"format_version": 1, "model": ' + "[" * 3000 + "]" * 3000 + "}")
    with pytest.raises(ProjectError, match="nests 3001 levels deep"):
        Project.load(path)
    path.write_text('{"format_version": ' + "1" * 5000 + "}")
    with pytest.raises(ProjectError, match="number that cannot be read"):
        Project.load(path)


@pytest.mark.parametrize("n", [3000])
def test_cycle_check_handles_long_chains_and_rings(n):
    inp = LayerSpec("Input", "input", {"shape": [2]})
    ring = [LayerSpec("Dense", f"d{i}", {"units": 2}, [f"d{(i - 1) % n}"]) for i in range(n)]
    with pytest.raises(SpecError, match="form a cycle"):
        ModelSpec([inp, *ring]).validate()
    backwards = [LayerSpec("Dense", f"d{i}", {"units": 2}, [f"d{i - 1}" if i else "input"]) for i in range(n)][::-1]
    with pytest.raises(SpecError, match="comes after it"):
        ModelSpec([inp, *backwards]).validate()
    forwards = backwards[::-1]
    assert len(ModelSpec([inp, *forwards]).validate()) == n + 1


@pytest.mark.parametrize("config, fragment", [
    ({"minval": float("nan")}, "minval must be a number from -1000000 to 1000000, got nan"),
    ({"minval": [1]}, "got \\[1\\]"),
    ({"maxval": 1e308}, "maxval must be"),
    ({"maxval": True}, "maxval must be"),
    ({"minval": 0, "bogus": 1}, "unknown argument 'bogus'"),
    ({"seed": "x"}, "seed must be an integer or null"),
])
def test_initializer_arguments_are_finite_bounded_numbers(config, fragment):
    with pytest.raises(ValueError, match=fragment):
        normalize_initializer({"class_name": "RandomUniform", "config": config})
    with pytest.raises(ValueError, match="stddev must be"):
        normalize_initializer({"class_name": "RandomNormal", "config": {"stddev": float("inf")}})
    with pytest.raises(ValueError, match="module 'os'"):
        normalize_initializer({"module": "os", "class_name": "RandomUniform", "config": {}})


@pytest.mark.parametrize("value", [{"l1": float("nan")}, {"l2": [1]}, {"l1": "0.1"},
                                   {"class_name": "L2", "config": [1]}, {"module": "os", "class_name": "L2"}])
def test_regularizer_factors_are_checked(value):
    with pytest.raises(ValueError):
        normalize_regularizer(value)


def test_messages_quote_at_most_80_characters_of_a_value():
    message = Message("bad value {value!r} in {names}", value="z" * 100_000, names="a, b")
    assert len(message) < 120 and "…" in message and message.endswith("' in a, b")
    assert len(repr(message.args["value"])) <= 82
    assert pickle.loads(pickle.dumps(message)) == message
    assert "an integer of about 5001 digits" in Message("{n}", n=10 ** 5000)
    short = Message("{v!r}", v="abc")
    assert short == "'abc'"


def test_dataset_names_a_value_float32_cannot_hold():
    x = np.zeros((4, 3))
    x[2, 1] = 1e300
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(DataError, match="training inputs x: the value 1e\\+300 at sample 2, feature 1"):
            Dataset("t", x, np.array([0, 1, 0, 1]), x[:2] * 0, np.array([0, 1]))
        y = np.array([[1.0], [1e39], [0.0], [2.0]])
        with pytest.raises(DataError, match="training targets y: the value 1e\\+39 at sample 1, feature 0"):
            Dataset("t", np.zeros((4, 2)), y, np.zeros((2, 2)), np.zeros((2, 1)), task="regression")


@pytest.mark.parametrize("config", [[1], 5, "x", True])
def test_a_keras_initializer_config_that_is_not_an_object_is_refused(config):
    from annstudio.spec.keras_config import layer_from_keras

    item = {"class_name": "Dense", "config": {"name": "d", "units": 2,
                                              "kernel_initializer": {"class_name": "GlorotUniform", "config": config}}}
    with pytest.raises(SpecError, match="layer 'd': kernel_initializer"):
        layer_from_keras(item)
