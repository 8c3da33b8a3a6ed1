"""The registry, parameter schemas and the import rules."""
import json
import subprocess
import sys

import pytest

from annstudio.data import DATASETS, PARAM_TYPES, TASKS, DataError, load_dataset, validate_params

EXPECTED = {"and", "or", "nand", "nor", "xor", "toy_circle", "toy_xor", "gaussians", "spiral", "moons", "plane",
            "multi_gaussian", "iris", "digits", "wine", "breast_cancer", "diabetes", "fashion_mnist", "mnist", "csv"}


def test_registry_lists_every_dataset_with_a_schema():
    assert set(DATASETS) == EXPECTED
    for name, info in DATASETS.items():
        assert info.name == name and info.description and info.title
        assert info.task in TASKS + ("auto",)
        for key, param in info.params.items():
            assert param.type in PARAM_TYPES
            if param.type == "choice":
                assert param.default in param.choices
            if not param.required:
                assert param.coerce(param.default, name, key) == param.default
        json.dumps(info.to_dict())  # the GUI / CLI can serialise it


@pytest.mark.parametrize("name", sorted(EXPECTED - {"fashion_mnist", "mnist", "csv"}))
def test_every_offline_dataset_loads_with_defaults_and_matches_its_task(name):
    ds = load_dataset(name)
    info = DATASETS[name]
    assert ds.name == name and ds.task == info.task
    assert ds.params == info.defaults()


def test_unknown_dataset_and_parameter():
    with pytest.raises(DataError, match=r"unknown dataset 'cifar10'; accepted: and, or, .*csv"):
        load_dataset("cifar10")
    with pytest.raises(DataError, match=r"dataset 'spiral': unknown parameter 'samples' = 10; accepted: n_samples, noise"):
        load_dataset("spiral", samples=10)
    assert issubclass(DataError, ValueError)


def test_error_names_dataset_parameter_value_and_accepted():
    with pytest.raises(DataError) as info:
        load_dataset("moons", n_samples=5)
    err = info.value
    assert err.dataset == "moons" and err.param == "n_samples"
    assert str(err) == ("dataset 'moons': parameter 'n_samples' = 5 is not accepted (out of range); "
                        "accepted: an integer from 10 to 20000")
    with pytest.raises(DataError, match=r"'n_samples' = 10.5 is not accepted \(not a whole number\)"):
        load_dataset("moons", n_samples=10.5)
    with pytest.raises(DataError, match=r"'standardize' = 'maybe' .*accepted: true or false"):
        load_dataset("iris", standardize="maybe")
    with pytest.raises(DataError, match=r"'seed' = True"):
        load_dataset("iris", seed=True)


def test_text_values_from_the_command_line_are_converted():
    params = validate_params("spiral", {"n_samples": "200", "noise": "0.25", "seed": "3"})
    assert params == {"n_samples": 200, "noise": 0.25, "test_ratio": 0.5, "seed": 3,
                      "features": ["x1", "x2"]}
    assert validate_params("iris", {"standardize": "false", "features": "PETAL"})["standardize"] is False
    assert validate_params("iris", {"features": "PETAL"})["features"] == "petal"
    assert validate_params("fashion_mnist", {"limit_train": "none"})["limit_train"] is None
    assert validate_params("fashion_mnist", {"limit_train": 1000.0})["limit_train"] == 1000
    assert validate_params("csv", {"path": "a.csv", "delimiter": "\t"})["delimiter"] == "tab"


def test_importing_and_loading_needs_neither_qt_nor_tensorflow():
    code = (
        "import sys, annstudio.data as d\n"
        "d.load_dataset('xor'); d.load_dataset('spiral'); d.load_dataset('iris')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'tensorflow', 'keras'})\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
