"""A model annstudio trained on scaled data takes raw values in ``predict``: its file records how the training
data's values were scaled (standardised iris, pixels / 255, a standardised diabetes target), and predict
applies it. Before, a 93 % iris model predicted 33 % (chance) on raw measurements, without a word."""
import json

import h5py
import numpy as np
import pytest

from annstudio.cli import BAD_INPUT, main
from annstudio.data import load_dataset
from annstudio.data.bundled import raw_arrays
from annstudio.io.h5_read import H5Error, load_h5
from annstudio.models import load_model
from annstudio.project import Project
from annstudio.resources import resource_path

EXAMPLES = resource_path("examples")


def trained(tmp_path, example, out_name, **params):
    project = Project.load(EXAMPLES / example)
    project.dataset["params"].update(params)
    path = tmp_path / "p.annproj"
    project.save(path)
    out = tmp_path / out_name
    assert main(["train", str(path), "--out", str(out), "--quiet"]) == 0
    return project, out


@pytest.mark.parametrize("out_name", ["iris.h5", "iris.keras"])
def test_raw_measurements_are_scaled_as_the_training_data_was(tmp_path, capsys, out_name):
    project, out = trained(tmp_path, "iris.annproj", out_name)
    raw = raw_arrays("iris")
    np.savetxt(tmp_path / "raw.csv", raw["data"], delimiter=",", fmt="%.1f")
    capsys.readouterr()
    assert main(["predict", str(out), "--input", str(tmp_path / "raw.csv"), "--output", str(tmp_path / "y.npy")]) == 0
    assert "inputs scaled as the training data was" in capsys.readouterr().out
    predicted = np.load(tmp_path / "y.npy").argmax(axis=1)
    assert (predicted == raw["target"]).mean() > 0.9
    # --prepared: the arrays annstudio trained on (standardised) give what the model gives them in the app
    data = load_dataset("iris", **project.dataset["params"])
    np.save(tmp_path / "prepared.npy", data.x_test)
    assert main(["predict", str(out), "--input", str(tmp_path / "prepared.npy"), "--output", str(tmp_path / "p.npy"),
                 "--prepared"]) == 0
    model = load_model(out)
    np.testing.assert_allclose(np.load(tmp_path / "p.npy"), model.model.predict(data.x_test), rtol=1e-6)
    # and raw rows of the same samples give the same outputs
    raw_test = data.x_standardizer.inverse_transform(data.x_test)
    np.testing.assert_allclose(model.predict(raw_test), model.model.predict(data.x_test), rtol=1e-4, atol=1e-5)


def test_a_standardised_target_comes_back_in_its_units(tmp_path, capsys):
    project, out = trained(tmp_path, "diabetes_regression.annproj", "d.h5", standardize_target=True)
    data = load_dataset("diabetes", **project.dataset["params"])
    raw_x = data.x_standardizer.inverse_transform(data.x_test)
    np.save(tmp_path / "x.npy", raw_x)
    capsys.readouterr()
    assert main(["predict", str(out), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "y.npy")]) == 0
    assert "outputs in the target's own units" in capsys.readouterr().out
    model = load_model(out)
    expected = data.y_standardizer.inverse_transform(model.model.predict(data.x_test))
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), expected, rtol=1e-4)
    raw_y = data.y_standardizer.inverse_transform(data.y_test)
    assert abs(float(np.mean(np.load(tmp_path / "y.npy"))) - float(np.mean(raw_y))) < 0.5 * float(np.std(raw_y))


def test_pixels_0_to_255_are_divided_as_the_images_were(tmp_path):
    """Fashion-MNIST's pixels were divided by 255: a row of raw pixel values predicts as the app does."""
    folder = "/usr/share/datasets/fashion-mnist"
    pytest.importorskip("h5py")
    import os
    if not os.path.isdir(folder):
        pytest.skip("the Fashion-MNIST files are not installed")
    project = Project.load(EXAMPLES / "fashion_mnist_mlp.annproj")
    project.dataset["params"].update(folder=folder, limit_train=300, limit_test=50, validation=100)
    project.training.epochs = 1
    path = tmp_path / "f.annproj"
    project.save(path)
    out = tmp_path / "f.h5"
    assert main(["train", str(path), "--out", str(out), "--quiet"]) == 0
    data = load_dataset("fashion_mnist", **project.dataset["params"])
    model = load_model(out)
    raw = np.rint(data.x_test.reshape(len(data.x_test), -1) * 255.0)
    np.testing.assert_allclose(model.predict(raw), model.model.predict(data.x_test), rtol=1e-5, atol=1e-6)


def test_keras_reads_the_file_and_ignores_the_record(tmp_path):
    keras = pytest.importorskip("keras")
    _, out = trained(tmp_path, "iris.annproj", "iris.h5")
    with h5py.File(out, "r") as f:
        assert set(json.loads(f.attrs["annstudio_scaling"])) == {"inputs"}
    assert keras.models.load_model(out, compile=False).input_shape == (None, 4)


@pytest.mark.parametrize(("record", "problem"), [
    ({"inputs": {"offset": [0, 0, 0, 0], "divisor": [1, 0, 1, 1]}}, "divides by 0"),
    ({"inputs": {"offset": [0, 0], "divisor": 1}}, "'offset' must be one finite number or 4 of them"),
    ({"inputs": {"offset": 0, "divisor": float("nan")}}, "'divisor' must be one finite number or 4 of them"),
    ({"weights": {}}, "must be {'inputs': ..., 'targets': ..., 'columns': ...}"),
])
def test_a_broken_record_is_refused_naming_the_attribute(tmp_path, record, problem, capsys):
    _, out = trained(tmp_path, "iris.annproj", "iris.h5")
    with h5py.File(out, "r+") as f:
        f.attrs["annstudio_scaling"] = json.dumps(record)
    with pytest.raises(H5Error, match="annstudio_scaling") as caught:
        load_h5(out)
    assert problem in str(caught.value)
    capsys.readouterr()
    assert main(["predict", str(out), "--input", str(out), "--output", str(tmp_path / "y.npy")]) == BAD_INPUT
    assert "annstudio_scaling" in capsys.readouterr().err


def test_a_kept_runs_weights_take_raw_values_too(tmp_path, capsys):
    """'train --record' (and the app's Runs panel, and sweeps) keep a run's weights.h5: predict with it takes
    raw measurements as the --out file does."""
    project = Project.load(EXAMPLES / "iris.annproj")
    path = tmp_path / "iris.annproj"
    project.save(path)
    assert main(["train", str(path), "--record", "--quiet"]) == 0
    (kept,) = list((tmp_path / "iris.runs").glob("*/weights.h5"))
    raw = raw_arrays("iris")
    np.save(tmp_path / "raw.npy", raw["data"])
    assert main(["predict", str(kept), "--input", str(tmp_path / "raw.npy"), "--output", str(tmp_path / "y.npy")]) == 0
    assert (np.load(tmp_path / "y.npy").argmax(axis=1) == raw["target"]).mean() > 0.9
