import numpy as np
import pytest

from annstudio.data import DataError, Dataset, Standardizer, check_arrays, one_hot, standardize, train_val_split
from annstudio.data.splits import split_indices, train_test_split

X = np.arange(20, dtype=np.float32).reshape(10, 2)
Y = np.array([0, 1] * 5)


# ----------------------------------------------------------------------------- check_arrays
def test_check_arrays_accepts_good_data():
    check_arrays(X, Y, "binary")
    check_arrays(X, np.arange(10) % 3, "multiclass")
    check_arrays(X, np.ones((10, 2), np.float32), "regression")
    check_arrays(np.zeros((5, 28, 28), np.float32), np.arange(5), "multiclass")


def test_check_arrays_rejects_nan_and_inf_naming_the_sample():
    x = X.copy()
    x[3, 1] = np.nan
    with pytest.raises(DataError, match=r"NaN.*sample 3"):
        check_arrays(x, Y, "binary")
    x[3, 1] = np.inf
    with pytest.raises(DataError, match=r"inf.*sample 3"):
        check_arrays(x, Y, "binary")
    y = np.ones((10, 1), np.float32)
    y[7] = np.nan
    with pytest.raises(DataError, match=r"targets y contain NaN.*sample 7"):
        check_arrays(X, y, "regression")


def test_check_arrays_rejects_mismatched_lengths():
    with pytest.raises(DataError, match="x has 10 samples but y has 9"):
        check_arrays(X, Y[:9], "binary")


def test_check_arrays_rejects_wrong_dimensions():
    with pytest.raises(DataError, match=r"shape \(10,\).*reshape to \(n, 1\)"):
        check_arrays(X[:, 0], Y, "binary")
    with pytest.raises(DataError, match="looks one-hot"):
        check_arrays(X, one_hot(Y, 2), "binary")
    with pytest.raises(DataError, match=r"regression targets y must have shape \(n, outputs\).*reshape"):
        check_arrays(X, np.ones(10, np.float32), "regression")


def test_check_arrays_rejects_one_class_and_bad_labels():
    with pytest.raises(DataError, match="only 1 class"):
        check_arrays(X, np.zeros(10, np.int64), "binary")
    check_arrays(X, np.zeros(10, np.int64), "binary", part="test", min_classes=1)  # fine for a test part
    with pytest.raises(DataError, match="binary labels must be 0 or 1.*contains 2"):
        check_arrays(X, np.arange(10) % 3, "binary")
    with pytest.raises(DataError, match="must be >= 0"):
        check_arrays(X, np.array([0, -1] * 5), "multiclass")
    with pytest.raises(DataError, match="whole numbers"):
        check_arrays(X, np.array([0.5, 1.0] * 5), "binary")
    with pytest.raises(DataError, match="must be integers"):
        check_arrays(X, np.array(["a", "b"] * 5), "binary")
    with pytest.raises(DataError, match="must be < 3"):
        check_arrays(X, np.arange(10) % 4, "multiclass", n_classes=3)
    with pytest.raises(DataError, match="unknown task"):
        check_arrays(X, Y, "clustering")
    with pytest.raises(DataError, match="empty"):
        check_arrays(X[:0], Y[:0], "binary")


# ----------------------------------------------------------------------------- Dataset
def test_dataset_normalises_dtypes_and_reports_shapes():
    ds = Dataset("d", X.astype(np.float64), Y.astype(np.int32), X, Y.astype(float), task="binary")
    assert ds.x_train.dtype == np.float32 and ds.y_train.dtype == np.int64 and ds.y_test.dtype == np.int64
    assert ds.input_shape == (2,) and ds.n_classes == 2 and ds.n_outputs == 1
    reg = Dataset("r", X, np.arange(10.0), X, np.arange(10.0), task="regression")
    assert reg.y_train.shape == (10, 1) and reg.y_train.dtype == np.float32
    assert reg.n_classes is None and reg.n_outputs == 1
    multi = Dataset("m", X, np.arange(10) % 4, X, np.arange(10) % 4, task="multiclass")
    assert multi.n_classes == 4
    assert multi.summary() == "m: multiclass, 4 classes, input 2; 10 train, 10 test"
    assert multi.class_counts("test") == {0: 3, 1: 3, 2: 2, 3: 2}


def test_dataset_checks_every_part():
    bad = X.copy()
    bad[0, 0] = np.nan
    with pytest.raises(DataError, match="dataset 'd': test inputs x contain NaN"):
        Dataset("d", X, Y, bad, Y, task="binary")
    with pytest.raises(DataError, match="validation"):
        Dataset("d", X, Y, X, Y, x_val=X[:, :1], y_val=Y, task="binary")
    with pytest.raises(DataError, match="both"):
        Dataset("d", X, Y, X, Y, x_val=X, task="binary")
    with pytest.raises(DataError, match="only 1 class"):
        Dataset("d", X, np.zeros(10), X, Y, task="binary")


# ----------------------------------------------------------------------------- splits & scaling
def test_split_indices_stratified_and_deterministic():
    labels = np.array([0] * 30 + [1] * 10)
    tr, te = split_indices(40, 0.25, np.random.default_rng(0), labels)
    assert len(te) == 10 and sorted(np.concatenate([tr, te])) == list(range(40))
    assert np.bincount(labels[te]).tolist() == [8, 2]  # 25 % of each class
    tr2, te2 = split_indices(40, 0.25, np.random.default_rng(0), labels)
    assert np.array_equal(tr, tr2) and np.array_equal(te, te2)


def test_train_val_split_random_and_keras_style():
    x = np.arange(100, dtype=np.float32).reshape(50, 2)
    y = np.arange(50) % 2
    xt, yt, xv, yv = train_val_split(x, y, 0.2, seed=1)
    assert len(xv) == 10 and len(xt) == 40 and np.bincount(yv).tolist() == [5, 5]
    xt, yt, xv, yv = train_val_split(x, y, 0.2, shuffle=False)  # Keras validation_split: the last 20 %
    assert np.array_equal(xv, x[40:]) and np.array_equal(xt, x[:40])
    with pytest.raises(DataError, match="between 0 and 1"):
        train_val_split(x, y, 1.5)
    xt, yt, xe, ye = train_test_split(x, y, 0.5, seed=3)
    assert len(xt) == len(xe) == 25


def test_standardize_uses_training_statistics_only():
    rng = np.random.default_rng(0)
    x_train = rng.normal(5.0, 2.0, (100, 3)).astype(np.float32)
    x_test = rng.normal(50.0, 9.0, (20, 3)).astype(np.float32)
    x_train[:, 2] = 7.0  # constant feature -> scale 1, maps to 0
    scaler, xs_train, xs_test = standardize(x_train, x_test)
    assert np.allclose(xs_train[:, :2].mean(0), 0, atol=1e-5) and np.allclose(xs_train[:, :2].std(0), 1, atol=1e-4)
    assert np.all(xs_train[:, 2] == 0)
    assert np.allclose(xs_test, (x_test - x_train.mean(0)) / np.where(x_train.std(0) == 0, 1, x_train.std(0)), atol=1e-4)
    assert np.allclose(scaler.inverse_transform(xs_test), x_test, atol=1e-3)
    assert np.allclose(Standardizer.from_dict(scaler.to_dict()).transform(x_test), xs_test)


def test_one_hot():
    assert one_hot(np.array([0, 2, 1]), 3).tolist() == [[1, 0, 0], [0, 0, 1], [0, 1, 0]]
    assert one_hot(np.array([1, 0])).shape == (2, 2)
    assert one_hot(np.array([1, 0]), 2).dtype == np.float32
    with pytest.raises(DataError, match="label 3 is outside 0..2"):
        one_hot(np.array([0, 3]), 3)
    with pytest.raises(DataError, match=r"shape \(n,\)"):
        one_hot(np.zeros((2, 2)), 2)
