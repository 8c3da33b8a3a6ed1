"""Models trained on computed input features: the .h5 records them, predict expands raw (x1, x2) points,
inspect names them."""
import json

import h5py
import numpy as np
import pytest

from annstudio.cli import BAD_INPUT, main
from annstudio.data import input_features, load_dataset
from annstudio.data.features import expand
from annstudio.engine.session import create_run
from annstudio.io.h5_read import H5Error, load_h5
from annstudio.io.h5_write import save_h5
from annstudio.models import load_model
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

FEATURES = ["x1", "x2", "x1*x2"]


def featured_project(features=FEATURES, epochs=3):
    spec = ModelSpec.stack([len(features)], [("Dense", {"units": 4, "activation": "tanh"}),
                                             ("Dense", {"units": 1, "activation": "sigmoid"})], name="featured")
    cfg = TrainingConfig(loss="binary_crossentropy", optimizer={"class_name": "Adam", "config": {"learning_rate": 0.05}},
                         batch_size=32, epochs=epochs, seed=0, metrics=["accuracy"])
    return Project(spec, {"name": "toy_xor", "params": {"n_samples": 200, "features": list(features)}}, cfg,
                   name="featured")


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    folder = tmp_path_factory.mktemp("featured")
    project_path = folder / "featured.annproj"
    featured_project().save(project_path)
    out = folder / "model.h5"
    assert main(["train", str(project_path), "--out", str(out), "--quiet"]) == 0
    return project_path, out


def test_the_h5_records_the_features(trained):
    _, out = trained
    with h5py.File(out, "r") as f:
        assert json.loads(f.attrs["annstudio_features"]) == FEATURES
        assert json.loads(f.attrs["model_config"])["config"]["layers"][0]["config"]["batch_shape"] == [None, 3]
    assert load_h5(out).features == tuple(FEATURES)


def test_predict_expands_raw_points_like_the_app(trained, tmp_path, capsys):
    _, out = trained
    raw = load_dataset("toy_xor", n_samples=200).x_test[:25]
    np.savetxt(tmp_path / "raw.csv", raw, delimiter=",")
    assert main(["predict", str(out), "--input", str(tmp_path / "raw.csv"), "--output", str(tmp_path / "y.npy")]) == 0
    assert "input features x1, x2, x1*x2 computed from the raw (x1, x2) points" in capsys.readouterr().out
    model = load_model(out)
    in_app = model.model.predict(expand(raw, FEATURES))   # what the app computes on the loaded (expanded) data
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), in_app, rtol=1e-6)
    # an input that already holds the feature columns is used as it is
    np.save(tmp_path / "cols.npy", expand(raw, FEATURES))
    assert main(["predict", str(out), "--input", str(tmp_path / "cols.npy"), "--output", str(tmp_path / "y2.npy")]) == 0
    np.testing.assert_allclose(np.load(tmp_path / "y2.npy"), in_app, rtol=1e-6)


def test_predict_matches_the_trained_run(trained):
    project_path, out = trained
    run = create_run(Project.load(project_path), epochs=0)
    model = load_model(out)
    assert model.features == tuple(FEATURES)
    raw = run.dataset.points("test")
    assert model.predict(raw).shape == (len(raw), 1)
    np.testing.assert_allclose(model.predict(raw), model.predict(run.dataset.x_test), rtol=1e-6)


def test_inspect_names_the_features(trained, capsys):
    _, out = trained
    assert main(["inspect", str(out)]) == 0
    assert "Input features: x1, x2, x1*x2 (computed from the raw points (x1, x2)" in capsys.readouterr().out


def test_two_features_take_raw_points_only_when_asked(tmp_path, capsys):
    project = featured_project(["x1^2", "x2^2"], epochs=1)
    run = create_run(project)
    path = tmp_path / "sq.h5"
    save_h5(path, run.model.spec, run.model.get_weights(), features=input_features(project.dataset))
    model = load_model(path)
    raw = np.array([[1.0, -2.0], [0.5, 3.0]])
    np.testing.assert_allclose(model.predict(raw), run.model.predict(raw.astype(np.float32)))   # as is
    np.testing.assert_allclose(model.predict(raw, raw=True), run.model.predict(np.float32(raw ** 2)), rtol=1e-6)
    np.save(tmp_path / "raw.npy", raw)
    assert main(["predict", str(path), "--input", str(tmp_path / "raw.npy"), "--output", str(tmp_path / "y.npy"),
                 "--raw"]) == 0
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), run.model.predict(np.float32(raw ** 2)), rtol=1e-6)


def test_plain_data_and_a_mismatched_choice_write_nothing_or_are_refused(tmp_path):
    project = featured_project(["x1", "x2"], epochs=1)
    assert input_features(project.dataset) is None
    assert input_features({"name": "iris", "params": {"features": "petal"}}) is None
    run = create_run(project)
    save_h5(tmp_path / "plain.h5", run.model.spec, run.model.get_weights(), features=["x1", "x2"])
    with h5py.File(tmp_path / "plain.h5", "r") as f:
        assert "annstudio_features" not in f.attrs
    with pytest.raises(H5Error, match=r"takes inputs of shape \(2,\), not the 3 input features x1, x2, x1\*x2"):
        save_h5(tmp_path / "bad.h5", run.model.spec, run.model.get_weights(), features=FEATURES)
    with h5py.File(tmp_path / "plain.h5", "a") as f:
        f.attrs["annstudio_features"] = json.dumps(["x1", "tan_x1"])
    with pytest.raises(H5Error, match=r"attribute 'annstudio_features': unknown feature 'tan_x1'"):
        load_h5(tmp_path / "plain.h5")


def test_raw_flag_refuses_other_shapes(trained, tmp_path, capsys):
    _, out = trained
    np.save(tmp_path / "x.npy", np.zeros((3, 3)))
    assert main(["predict", str(out), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "y.npy"),
                 "--raw"]) == BAD_INPUT
    assert "raw inputs are (x1, x2) points, 2 columns; got shape (3, 3)" in capsys.readouterr().err
