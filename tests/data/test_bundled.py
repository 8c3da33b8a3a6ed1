"""scikit-learn's bundled sets."""
import numpy as np
import pytest

from annstudio.data import DataError, load_dataset


@pytest.mark.parametrize("name, task, n, features, classes", [
    ("iris", "multiclass", 150, 4, 3),
    ("digits", "multiclass", 1797, 64, 10),
    ("wine", "multiclass", 178, 13, 3),
    ("breast_cancer", "binary", 569, 30, 2),
    ("diabetes", "regression", 442, 10, None),
])
def test_bundled_shapes_and_tasks(name, task, n, features, classes):
    ds = load_dataset(name)
    assert ds.task == task and ds.n_classes == classes
    assert ds.n_train + ds.n_test == n and abs(ds.n_test - 0.2 * n) <= 3
    assert ds.input_shape == (features,) and ds.x_train.dtype == np.float32
    if classes:
        assert ds.y_train.dtype == np.int64 and len(ds.class_names) == classes
        # stratified: the class proportions of both parts are close
        p_train = np.bincount(ds.y_train, minlength=classes) / ds.n_train
        p_test = np.bincount(ds.y_test, minlength=classes) / ds.n_test
        assert np.abs(p_train - p_test).max() < 0.05
    else:
        assert ds.y_train.shape == (ds.n_train, 1) and ds.y_train.dtype == np.float32
    assert len(ds.feature_names) == features


def test_standardization_is_fitted_on_training_part_only():
    ds = load_dataset("wine", seed=3)
    assert np.allclose(ds.x_train.mean(0), 0, atol=1e-5) and np.allclose(ds.x_train.std(0), 1, atol=1e-3)
    assert not np.allclose(ds.x_test.mean(0), 0, atol=1e-3)  # test part uses the training statistics
    raw = load_dataset("wine", seed=3, standardize=False)
    assert np.allclose(ds.x_standardizer.mean, raw.x_train.mean(0), rtol=1e-5)
    assert np.allclose(ds.x_test, (raw.x_test - raw.x_train.mean(0)) / raw.x_train.std(0), atol=1e-4)
    assert np.allclose(ds.x_standardizer.inverse_transform(ds.x_test), raw.x_test, rtol=1e-4, atol=1e-3)
    assert raw.x_standardizer is None


def test_split_depends_on_seed_only():
    a, b, c = load_dataset("iris", seed=1), load_dataset("iris", seed=1), load_dataset("iris", seed=2)
    assert np.array_equal(a.x_train, b.x_train) and np.array_equal(a.y_test, b.y_test)
    assert not np.array_equal(a.y_train, c.y_train) or not np.array_equal(a.x_train, c.x_train)


def test_iris_petal_setosa_like_the_notes():
    ds = load_dataset("iris", features="petal", target="setosa", standardize=False)
    assert ds.task == "binary" and ds.class_names == ["not setosa", "setosa"]
    assert ds.feature_names == ["petal length (cm)", "petal width (cm)"] and ds.input_shape == (2,)
    assert int(ds.y_train.sum() + ds.y_test.sum()) == 50
    from sklearn.linear_model import Perceptron

    clf = Perceptron(max_iter=1000, tol=1e-3, random_state=42).fit(ds.x_train, ds.y_train)
    assert clf.predict([[2, 0.5]]).tolist() == [1]  # seed 002's example
    assert clf.score(ds.x_test, ds.y_test) == 1.0  # setosa is linearly separable


def test_iris_feature_choices():
    assert load_dataset("iris", features="sepal").feature_names == ["sepal length (cm)", "sepal width (cm)"]
    with pytest.raises(DataError,
                       match=r"dataset 'iris': parameter 'features' = 'leaf' .*accepted: one of 'all', 'petal', 'sepal'"):
        load_dataset("iris", features="leaf")


def test_digits_images_and_scaling():
    ds = load_dataset("digits", flatten=False)
    assert ds.input_shape == (8, 8) and 0.0 <= ds.x_train.min() and ds.x_train.max() == 1.0
    raw = load_dataset("digits", scale=False)
    assert raw.x_train.max() == 16.0
    std = load_dataset("digits", standardize=True)
    assert abs(float(std.x_train.mean())) < 1e-3


def test_diabetes_target_standardisation_round_trips():
    ds = load_dataset("diabetes")
    raw = load_dataset("diabetes", standardize_target=False)
    assert abs(float(ds.y_train.mean())) < 1e-4 and 25 <= raw.y_train.min() and raw.y_train.max() <= 346
    assert np.allclose(ds.y_standardizer.inverse_transform(ds.y_test), raw.y_test, atol=1e-3)
