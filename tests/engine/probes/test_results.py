"""ResultsProbe (the results panel) and the confusion-matrix / per-class score arithmetic (checked
against scikit-learn)."""
import numpy as np
import pytest
from sklearn.metrics import confusion_matrix as sk_confusion, precision_recall_fscore_support

from annstudio.backends.numpy import build_model
from annstudio.data import Dataset, load_dataset
from annstudio.data.splits import Standardizer
from annstudio.engine.probes import (
    ResultsProbe,
    class_scores,
    confusion_matrix,
    display_images,
    image_shape,
)
from annstudio.spec import ModelSpec

from ..conftest import blobs_dataset, regression_dataset, xor_dataset
from .helpers import FakeClock, mlp


# ------------------------------------------------------------------------------------ arithmetic
def test_confusion_matrix_equals_sklearn_and_sums_to_the_sample_count():
    rng = np.random.default_rng(3)
    y_true, y_pred = rng.integers(0, 5, 500), rng.integers(0, 5, 500)
    cm = confusion_matrix(y_true, y_pred, 5)
    assert cm.dtype == np.int64 and cm.sum() == 500
    np.testing.assert_array_equal(cm, sk_confusion(y_true, y_pred, labels=range(5)))
    # a class that never occurs still has its row and column
    cm = confusion_matrix([0, 0, 1], [0, 1, 1], 4)
    np.testing.assert_array_equal(cm, sk_confusion([0, 0, 1], [0, 1, 1], labels=range(4)))


def test_class_scores_equal_sklearn_including_undefined_ones():
    rng = np.random.default_rng(4)
    y_true = rng.integers(0, 4, 300)
    y_pred = np.where(rng.random(300) < 0.6, np.minimum(y_true, 2), rng.integers(0, 3, 300))  # never class 3
    scores = class_scores(confusion_matrix(y_true, y_pred, 4))
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=range(4), zero_division=0)
    np.testing.assert_allclose(scores["precision"], p)
    np.testing.assert_allclose(scores["recall"], r)
    np.testing.assert_allclose(scores["f1"], f)
    np.testing.assert_array_equal(scores["support"], s)
    assert scores["precision"][3] == 0.0


def test_image_shape_recognises_images_only():
    def ds(shape):
        x = np.zeros((4, *shape), np.float32)
        return Dataset("d", x, np.array([0, 1, 0, 1]), x, np.array([0, 1, 0, 1]))
    assert image_shape(ds((28, 28))) == (28, 28)
    assert image_shape(ds((784,))) == (28, 28)
    assert image_shape(ds((64,))) == (8, 8)
    assert image_shape(ds((2,))) is None
    assert image_shape(ds((4,))) is None       # iris: 4 = 2x2 is no image
    assert image_shape(ds((30,))) is None


def test_display_images_undo_standardisation_and_stretch_to_bytes():
    x = np.array([[0.0, 0.5, 1.0, 0.25]], np.float32)
    np.testing.assert_array_equal(display_images(x, (2, 2)), [[[0, 128], [255, 64]]])
    scaler = Standardizer(np.full(4, 0.5, np.float32), np.full(4, 2.0, np.float32))
    np.testing.assert_array_equal(display_images(scaler.transform(x), (2, 2), scaler), [[[0, 128], [255, 64]]])


# ------------------------------------------------------------------------------------ ResultsProbe
def test_results_probe_confusion_matches_sklearn_on_the_models_predictions():
    data = load_dataset("digits")
    model = mlp(64, 16, 10)
    result = ResultsProbe(max_rate=None).compute(model, data)["results"]
    probs = model.predict(data.x_test)
    y_pred = np.argmax(probs, axis=1)
    n = len(data.x_test)
    assert result["n"] == n and result["task"] == "multiclass" and result["n_classes"] == 10
    np.testing.assert_array_equal(result["y_pred"], y_pred)
    np.testing.assert_array_equal(result["y_true"], data.y_test)
    np.testing.assert_allclose(result["proba"], probs.max(axis=1), rtol=1e-6)
    assert result["confusion"].sum() == n
    np.testing.assert_array_equal(result["confusion"], sk_confusion(data.y_test, y_pred, labels=range(10)))
    assert result["accuracy"] == pytest.approx(np.mean(y_pred == data.y_test))
    assert result["class_names"] == [str(d) for d in range(10)]
    assert result["image_shape"] == (8, 8)
    assert result["images"].shape == (n, 8, 8) and result["images"].dtype == np.uint8


def test_results_probe_sends_images_once_per_dataset_or_when_asked():
    data = load_dataset("digits")
    model = mlp(64, 8, 10)
    probe = ResultsProbe(max_rate=None)
    first = probe(model, data)["results"]
    second = probe(model, data)["results"]
    assert "images" in first and "images" not in second
    assert first["dataset_key"] == second["dataset_key"]
    probe.resend_images()
    assert "images" in probe(model, data)["results"]
    other = load_dataset("digits", seed=1)
    third = probe(model, other)["results"]
    assert "images" in third and third["dataset_key"] != first["dataset_key"]


def test_results_probe_binary_sigmoid_output_thresholds_at_one_half():
    data = xor_dataset(repeat=5)
    model = mlp(2, 4, 1, "sigmoid", seed=2)
    result = ResultsProbe(max_rate=None).compute(model, data)["results"]
    p1 = model.predict(data.x_test)[:, 0]
    np.testing.assert_array_equal(result["y_pred"], (p1 > 0.5).astype(int))
    np.testing.assert_allclose(result["proba"], np.where(p1 > 0.5, p1, 1 - p1), rtol=1e-6)
    assert result["confusion"].shape == (2, 2) and result["confusion"].sum() == 20
    assert result["class_names"] == ["0", "1"]
    assert "image_shape" not in result


def test_results_probe_limits_samples_and_rate():
    clock = FakeClock()
    data = blobs_dataset(400)
    model = mlp(2, 4, 3)
    probe = ResultsProbe(max_rate=1.0, max_samples=50, clock=clock)
    result = probe(model, data)["results"]
    assert result["n"] == 50 and result["confusion"].sum() == 50
    clock.now += 0.5
    assert probe(model, data) == {}
    clock.now += 0.5
    assert probe(model, data)["results"]["frame"] == 2


def test_results_probe_keeps_to_its_share_of_the_workers_time():
    clock = FakeClock()
    data = blobs_dataset(400)
    model = mlp(2, 4, 3)
    real_predict = model.predict

    def slow_predict(x, batch_size=256):  # a result that takes 0.2 s
        clock.now += 0.2
        return real_predict(x, batch_size)

    model.predict = slow_predict
    probe = ResultsProbe(max_rate=1.0, budget=0.05, clock=clock)
    assert probe(model, data)
    clock.now += 3.0
    assert probe(model, data) == {}  # 0.2 s / 0.05 = 4 s between results
    clock.now += 1.0
    assert probe(model, data)
    assert probe.compute(model, data)  # a pause or the end: no limit
    with pytest.raises(ValueError, match="budget"):
        ResultsProbe(budget=0)


def test_results_probe_regression_reports_values_in_the_data_units():
    data = regression_dataset()
    scaler = Standardizer(np.array([10.0], np.float32), np.array([3.0], np.float32))
    data.y_standardizer = scaler
    model = build_model(ModelSpec.stack([3], [("Dense", {"units": 1})]), seed=0)
    result = ResultsProbe(max_rate=None).compute(model, data)["results"]
    assert result["task"] == "regression" and "confusion" not in result
    np.testing.assert_allclose(result["y_true"], scaler.inverse_transform(data.y_test), rtol=1e-6)
    np.testing.assert_allclose(result["y_pred"], scaler.inverse_transform(model.predict(data.x_test)), rtol=1e-5)
    assert result["mae"] == pytest.approx(float(np.mean(np.abs(result["y_pred"] - result["y_true"]))), rel=1e-5)
