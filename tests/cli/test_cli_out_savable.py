"""Issue 11 item 5: ``train --out`` never loses the trained model. A model Keras' .h5 layout cannot hold is
refused before training (exit 2, one line, the reason); if writing still fails at the end the model is kept
as a Keras file elsewhere, or if the writer itself fails, its weights in an .npz beside the target (exit 1,
one line saying where)."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from annstudio import cli as cli_module
from annstudio.io import h5_write
from annstudio.resources import resource_path

XOR = resource_path("examples", "xor_mlp.annproj")


def cli(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "annstudio", *args], capture_output=True, text=True,
                          timeout=600, env=env)


def project(tmp_path, *, name=None, activation=None, callbacks=(), epochs=3):
    data = json.loads(XOR.read_text())
    data["training"]["epochs"] = epochs
    data["training"]["callbacks"] = list(callbacks)
    if name is not None:
        data["model"]["layers"][1]["name"] = name
    if activation is not None:
        data["model"]["layers"][1]["config"]["activation"] = activation
    path = tmp_path / "p.annproj"
    path.write_text(json.dumps(data))
    return path


UNSTORABLE = [
    ({"activation": "step"}, "'step' has no Keras equivalent"),
    ({"activation": "sign"}, "'sign' has no Keras equivalent"),
    ({"name": "hidden/1"}, "no '/'"),
    ({"name": "top_level_model_weights"}, "reserved by Keras"),
    ({"name": "x" * 70_000}, "longer than 64,512 bytes"),
    ({"name": "a\x00b"}, "NUL character"),
    ({"name": "은닉층"}, "Keras cannot use the name '은닉층'"),
    ({"name": "hidden layer"}, "Keras cannot use the name 'hidden layer'"),
]


@pytest.mark.parametrize("change, reason", UNSTORABLE,
                         ids=["step", "sign", "slash", "reserved", "64KB", "NUL", "korean", "space"])
def test_out_refuses_an_unstorable_model_before_training(tmp_path, change, reason):
    out = tmp_path / "m.h5"
    result = cli("train", str(project(tmp_path, **change)), "--out", str(out), "--quiet")
    assert result.returncode == 2, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: error: --out "), result.stderr[-2000:]
    assert reason in lines[0] and len(lines[0]) < 400
    assert result.stdout == ""  # refused before the data was even loaded, let alone trained on
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.annproj"]


def test_a_checkpoint_of_an_unstorable_model_is_refused_before_training(tmp_path):
    path = project(tmp_path, activation="step", callbacks=[{"class_name": "ModelCheckpoint",
                                                            "config": {"filepath": "ck.h5"}}])
    result = cli("train", str(path), "--quiet")
    assert result.returncode == 2
    assert "ModelCheckpoint cannot save this model" in result.stderr and "'step'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.annproj"]


def test_the_weights_are_kept_when_writing_fails_at_the_end(tmp_path, monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise h5_write.H5Error("cannot save m.h5: the disk said no")

    monkeypatch.setattr(h5_write, "save_h5", refuse)
    out = tmp_path / "m.h5"
    code = cli_module.main(["train", str(project(tmp_path)), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    kept = tmp_path / "m.h5.weights.npz"
    assert code == 1
    assert err == [f"annstudio: error: cannot write {out}: cannot save m.h5: the disk said no; "
                   f"the trained weights are kept in {kept}"]
    assert not out.exists()
    with np.load(kept) as data:  # reopens without pickle
        assert sorted(data.files) == ["dense/bias", "dense/kernel", "dense_1/bias", "dense_1/kernel", "project.json"]
        assert data["dense/kernel"].shape == (2, 8)
        assert json.loads(str(data["project.json"]))["model"]["name"] == "xor_mlp"


def test_a_full_folder_keeps_the_model_as_a_keras_file_in_the_temp_folder(tmp_path, monkeypatch, capsys):
    """Writing fails only in the target's folder (a full disk, a read-only folder): the trained model goes to
    the temp folder as the same kind of file, which ``predict`` opens and which holds the trained weights."""
    import tempfile

    from annstudio import load_model

    out_dir, spare = tmp_path / "full", tmp_path / "spare"
    out_dir.mkdir()
    spare.mkdir()
    real_save = h5_write.save_h5

    def full_folder(path, *args, **kwargs):
        if os.path.dirname(os.path.abspath(path)) == str(out_dir):
            raise OSError(28, "No space left on device")
        return real_save(path, *args, **kwargs)

    monkeypatch.setattr(h5_write, "save_h5", full_folder)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(spare))
    out = out_dir / "m.h5"
    code = cli_module.main(["train", str(project(tmp_path, epochs=50)), "--out", str(out), "--quiet"])
    kept = spare / f"m.{os.getpid()}.h5"
    assert code == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"annstudio: error: cannot write {out}: No space left on device; the trained model is kept in {kept}"]
    assert list(out_dir.iterdir()) == [] and [p.name for p in spare.iterdir()] == [kept.name]
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    trained = load_model(kept).predict(x).ravel()
    monkeypatch.setattr(h5_write, "save_h5", real_save)
    assert cli_module.main(["train", str(project(tmp_path, epochs=50)), "--out", str(out), "--quiet"]) == 0
    np.testing.assert_array_equal(trained, load_model(out).predict(x).ravel())  # the same run, the same model


@pytest.mark.parametrize("name, reason", [
    ("m.txt", "the name must end in .h5 or .keras (Keras opens a model file by its ending), e.g. m.h5"),
    ("model", "the name must end in .h5 or .keras (Keras opens a model file by its ending), e.g. model.h5"),
    ("missing/m.h5", "the folder {folder}/missing does not exist"),
    ("already", "this is a folder; give the file's name"),
])
def test_an_out_that_cannot_be_written_is_refused_before_training(tmp_path, name, reason):
    """`--out m.txt` wrote an HDF5 file Keras' load_model refuses by its ending; `--out missing/m.h5` trained
    the whole run and only then failed. Both are refused at once, nothing trained, nothing written."""
    path = project(tmp_path)
    (tmp_path / "already").mkdir()
    result = cli("train", str(path), "--out", str(tmp_path / name), "--quiet")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"annstudio: error: --out {tmp_path / name}: {reason.format(folder=tmp_path)}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["already", "p.annproj"]


def test_predict_export_and_sweep_refuse_a_missing_folder_before_working(tmp_path):
    """predict wrote its refusal with the name of its own temp file ('/nope/.y.npy.1234.x.tmp'); a sweep
    trained every run before finding the folder of --out missing."""
    path = project(tmp_path)
    model = tmp_path / "m.h5"
    assert cli("train", str(path), "--out", str(model), "--quiet").returncode == 0
    np.save(tmp_path / "x.npy", np.zeros((2, 2), np.float32))
    missing = tmp_path / "missing"
    for args, target in [(("predict", str(model), "--input", str(tmp_path / "x.npy"), "--output"), "y.npy"),
                         (("export-code", str(path), "-o"), "p.py"),
                         (("sweep", str(path), "--set", "training.learning_rate=0.1,0.2", "--out"), "r.csv")]:
        result = cli(*args, str(missing / target))
        assert result.returncode == 2 and result.stdout == "", result.stderr
        flag = "--out " if args[0] == "sweep" else ""
        assert result.stderr.strip().splitlines() == [
            f"annstudio: error: {flag}{missing / target}: the folder {missing} does not exist"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.h5", "p.annproj", "x.npy"]


def test_a_korean_layer_name_is_refused_by_the_tensorflow_backend_and_keras_export_but_trains_in_numpy(tmp_path):
    """A learner names a layer 은닉층: NumPy trains it; Keras refused it with a traceback about root scopes in
    the TensorFlow backend, and in the exported script's fit, after the export had written it."""
    path = project(tmp_path, name="은닉층", epochs=1)
    assert cli("train", str(path), "--quiet").returncode == 0
    result = cli("train", str(path), "--backend", "tensorflow", "--quiet")
    assert result.returncode != 0
    assert "the TensorFlow backend cannot train this model: Keras cannot use the name '은닉층'" in result.stderr
    assert "Traceback" not in result.stderr and "scope" not in result.stderr
    result = cli("export-code", str(path), "-o", str(tmp_path / "p.py"))
    assert result.returncode != 0 and "layer '은닉층': Keras cannot use the name" in result.stderr
    assert not (tmp_path / "p.py").exists()
