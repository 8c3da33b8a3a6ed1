"""train --out, predict and inspect on .h5 files; bad files exit 2 with one line."""
import subprocess
import sys

import numpy as np
import pytest

from annstudio.models import load_model
from annstudio.resources import resource_path

IRIS = str(resource_path("examples", "iris.annproj"))


def cli(*args):
    return subprocess.run([sys.executable, "-m", "annstudio", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def iris_h5(tmp_path_factory):
    path = tmp_path_factory.mktemp("models") / "iris.h5"
    result = cli("train", IRIS, "--epochs", "20", "--quiet", "--out", str(path))
    assert result.returncode == 0, result.stderr
    assert f"model written to {path}" in result.stdout
    return path


def test_inspect_prints_summary_and_training_config(iris_h5):
    result = cli("inspect", str(iris_h5))
    assert result.returncode == 0, result.stderr
    assert "dense (Dense)" in result.stdout and "Total params: 131" in result.stdout
    assert "loss: sparse_categorical_crossentropy" in result.stdout and "optimizer: Adam(" in result.stdout
    assert "20 epoch(s) trained" in result.stdout


def test_predict_npy_and_csv_agree_with_the_api(iris_h5, tmp_path):
    x = np.random.default_rng(0).normal(size=(7, 4)).astype(np.float32)
    np.save(tmp_path / "x.npy", x)
    np.savetxt(tmp_path / "x.csv", x, delimiter=",", header="a,b,c,d", comments="")
    assert cli("predict", str(iris_h5), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "y.npy")).returncode == 0
    assert cli("predict", str(iris_h5), "--input", str(tmp_path / "x.csv"), "--output", str(tmp_path / "y.csv")).returncode == 0
    expected = load_model(iris_h5).predict(x)
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), expected, atol=1e-6)
    np.testing.assert_allclose(np.loadtxt(tmp_path / "y.csv", delimiter=","), expected, atol=1e-6)
    assert np.allclose(expected.sum(axis=1), 1.0, atol=1e-5)


def test_predict_with_wrong_width_names_the_expected_shape(iris_h5, tmp_path):
    np.save(tmp_path / "x.npy", np.zeros((3, 5), np.float32))
    result = cli("predict", str(iris_h5), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "y.npy"))
    assert result.returncode == 2
    assert "expects inputs of shape (n, 4), got (3, 5)" in result.stderr
    assert not (tmp_path / "y.npy").exists()


@pytest.mark.parametrize("content", [b"not an hdf5 file at all", b""])
def test_bad_model_file_exits_2_with_one_line(tmp_path, content):
    path = tmp_path / "bad.h5"
    path.write_bytes(content)
    for args in (("inspect", str(path)), ("predict", str(path), "--input", "x.npy", "--output", "y.npy")):
        result = cli(*args)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("annstudio: error:") and "bad.h5" in lines[0]


def test_truncated_model_file_exits_2(iris_h5, tmp_path):
    data = iris_h5.read_bytes()
    path = tmp_path / "truncated.h5"
    path.write_bytes(data[: len(data) // 2])
    result = cli("inspect", str(path))
    assert result.returncode == 2 and "truncated.h5" in result.stderr


def test_resume_from_cli_continues_the_epochs(iris_h5, tmp_path):
    history = tmp_path / "h.csv"
    result = cli("train", IRIS, "--epochs", "25", "--quiet", "--resume", str(iris_h5), "--history", str(history))
    assert result.returncode == 0, result.stderr
    rows = history.read_text().strip().splitlines()
    assert [r.split(",")[0] for r in rows[1:]] == ["21", "22", "23", "24", "25"]  # epochs 21..25, counted from 1
    assert f"resumed from {iris_h5} after epoch 20; training to epoch 25" in result.stdout


def test_resume_adds_to_the_first_parts_history_and_says_the_seed_is_not_used(tmp_path):
    """--history of the first part given again with --resume: it was rewritten with epochs 4-5 only (1-3 lost);
    --seed with --resume was ignored without a word."""
    history, checkpoint = tmp_path / "h.csv", tmp_path / "c.h5"
    first = cli("train", IRIS, "--epochs", "3", "--quiet", "--history", str(history), "--out", str(checkpoint))
    assert first.returncode == 0, first.stderr
    result = cli("train", IRIS, "--epochs", "5", "--quiet", "--resume", str(checkpoint), "--history", str(history),
                 "--seed", "3")
    assert result.returncode == 0, result.stderr
    rows = history.read_text().strip().splitlines()
    assert rows[0].startswith("epoch,") and [r.split(",")[0] for r in rows[1:]] == ["1", "2", "3", "4", "5"]
    assert "note: --seed is not used with --resume" in result.stdout
    again = cli("train", IRIS, "--epochs", "5", "--quiet", "--resume", str(checkpoint), "--history", str(history))
    assert again.returncode == 0, again.stderr   # the same resume again: epochs 4-5 once, not twice
    rows = history.read_text().strip().splitlines()
    assert [r.split(",")[0] for r in rows[1:]] == ["1", "2", "3", "4", "5"]


def test_resume_with_fewer_epochs_than_the_checkpoint_says_why_nothing_trains(iris_h5):
    """``--epochs 10`` on a checkpoint of 20 epochs trains nothing, as Keras' fit does; it said nothing either."""
    result = cli("train", IRIS, "--epochs", "10", "--quiet", "--resume", str(iris_h5))
    assert result.returncode == 0, result.stderr
    assert (f"resumed from {iris_h5} after epoch 20: nothing to train, 10 epochs in all were asked for (epochs "
            "count from the start, as in Keras' fit(initial_epoch=20, epochs=10)); give --epochs above 20 to train "
            "more") in result.stdout


def test_python_api_load_model_both_backends(iris_h5, tmp_path):
    import annstudio

    x = np.random.default_rng(1).normal(size=(5, 4)).astype(np.float32)
    numpy_model = annstudio.load_model(iris_h5)
    tf_model = annstudio.load_model(iris_h5, backend="tensorflow")
    np.testing.assert_allclose(tf_model.predict(x), numpy_model.predict(x), atol=1e-5)
    assert "Total params: 131" in numpy_model.summary()
    assert numpy_model.spec.count_params() == (131, 0)
    again = tmp_path / "again.h5"
    tf_model.save(again)
    np.testing.assert_allclose(annstudio.load_model(again).predict(x), numpy_model.predict(x), atol=1e-5)
