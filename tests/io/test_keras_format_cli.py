"""``.keras`` wherever ``.h5`` works on the command line and in the Python API: ``train --out model.keras``,
``inspect``, ``predict``, ``--resume``, a ModelCheckpoint ``filepath`` ending in ``.keras``, and
``annstudio.load_model`` telling the formats apart by their first bytes."""
import json
import zipfile

import numpy as np
import pytest

import annstudio
from annstudio.cli import main
from annstudio.resources import resource_path

XOR = json.loads(resource_path("examples", "xor_mlp.annproj").read_text())


@pytest.fixture
def project(tmp_path):
    data = json.loads(json.dumps(XOR))
    data["training"]["epochs"] = 3
    data["training"]["callbacks"] = [{"class_name": "ModelCheckpoint", "config": {"filepath": "ck_{epoch:02d}.keras"}}]
    path = tmp_path / "xor.annproj"
    path.write_text(json.dumps(data))
    return path


def test_train_out_inspect_predict_resume_and_checkpoints(project, tmp_path, capsys):
    out = tmp_path / "model.keras"
    assert main(["train", str(project), "--out", str(out), "--quiet"]) == 0
    assert f"model written to {out}" in capsys.readouterr().out
    assert zipfile.ZipFile(out).namelist() == ["metadata.json", "config.json", "model.weights.h5"]
    for epoch in (1, 2, 3):   # ModelCheckpoint wrote Keras 3 archives too
        assert zipfile.is_zipfile(tmp_path / f"ck_{epoch:02d}.keras")

    assert main(["inspect", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Dense" in text and "annstudio checkpoint: 3 epoch(s) trained, resumable" in text

    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    np.save(tmp_path / "x.npy", x)
    assert main(["predict", str(out), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "y.npy")]) == 0
    model = annstudio.load_model(out)
    np.testing.assert_array_equal(np.load(tmp_path / "y.npy"), model.predict(x))

    # --resume from the epoch-2 checkpoint continues exactly where the full run was after epoch 3
    again = tmp_path / "again.keras"
    assert main(["train", str(project), "--resume", str(tmp_path / "ck_02.keras"), "--out", str(again),
                 "--quiet"]) == 0
    for key, value in model.get_weights().items():
        np.testing.assert_array_equal(annstudio.load_model(again).get_weights()[key], value)


def test_load_model_goes_by_content_not_name(project, tmp_path, capsys):
    out = tmp_path / "model.keras"
    assert main(["train", str(project), "--out", str(out), "--quiet", "--epochs", "1"]) == 0
    assert zipfile.is_zipfile(out)
    h5 = tmp_path / "model.h5"
    annstudio.load_model(out).save(h5)
    misnamed_zip, misnamed_h5 = tmp_path / "zip.h5", tmp_path / "hdf5.keras"
    misnamed_zip.write_bytes(out.read_bytes())
    misnamed_h5.write_bytes(h5.read_bytes())
    x = np.eye(2, dtype=np.float32)
    expected = annstudio.load_model(out).predict(x)
    for path in (h5, misnamed_zip, misnamed_h5):
        np.testing.assert_array_equal(annstudio.load_model(path).predict(x), expected)
    assert h5.read_bytes()[:4] == b"\x89HDF"
