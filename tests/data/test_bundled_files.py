"""The small data sets shipped in resources/datasets/*.npz: equal to scikit-learn's, and loaded without it."""
import numpy as np
import pytest

from annstudio.data import load_dataset
from annstudio.data.bundled import NAMES, raw_arrays, shipped_file, sklearn_arrays
from tests.no_sklearn import without_sklearn


@pytest.mark.parametrize("name", NAMES)
def test_shipped_arrays_equal_scikit_learns(name):
    path = shipped_file(name)
    assert path is not None and path.name == f"{name}.npz" and path.parent.name == "datasets"
    shipped, theirs = raw_arrays(name), sklearn_arrays(name)
    assert sorted(shipped) == sorted(theirs)
    for key, array in theirs.items():
        assert shipped[key].dtype == array.dtype and shipped[key].shape == array.shape, key
        np.testing.assert_array_equal(shipped[key], array, err_msg=key)


@pytest.mark.parametrize("name", NAMES)
def test_data_sets_load_without_scikit_learn(name, monkeypatch):
    expected = load_dataset(name, seed=4)
    without_sklearn(monkeypatch)
    with pytest.raises(ImportError):
        import sklearn.datasets  # noqa: F401
    ds = load_dataset(name, seed=4)
    for part in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(ds, part), getattr(expected, part), err_msg=part)
    assert ds.class_names == expected.class_names and ds.feature_names == expected.feature_names


def test_without_the_files_scikit_learn_is_used(monkeypatch):
    from annstudio.data import bundled

    monkeypatch.setattr(bundled, "shipped_file", lambda name: None)
    np.testing.assert_array_equal(raw_arrays("wine")["data"], sklearn_arrays("wine")["data"])
