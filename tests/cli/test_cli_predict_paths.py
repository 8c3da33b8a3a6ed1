"""``predict`` never writes over its own input or model, and a ``--device`` that names no device (or one that
does not exist here) is the flag's problem: exit 2 and one line, not an internal error."""
import shutil
import subprocess
import sys

import numpy as np
import pytest

from annstudio.resources import resource_path


def cli(*args):
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("m")
    project = folder / "xor.annproj"
    shutil.copy(resource_path("examples", "xor_mlp.annproj"), project)
    out = folder / "m.h5"
    assert cli("train", project, "--epochs", "1", "--quiet", "--out", out).returncode == 0
    return out


def test_the_output_cannot_be_the_input_or_the_model(tmp_path, model):
    """``--output`` equal to ``--input`` replaced the learner's data with the predictions, exit 0."""
    data = tmp_path / "x.csv"
    data.write_text("0,0\n0,1\n1,0\n1,1\n")
    before = data.read_bytes()
    result = cli("predict", model, "--input", data, "--output", data)
    assert result.returncode == 2 and data.read_bytes() == before
    assert result.stderr.startswith("annstudio: error: ") and "is --input" in result.stderr
    model_bytes = model.read_bytes()
    result = cli("predict", model, "--input", data, "--output", model)
    assert result.returncode == 2 and model.read_bytes() == model_bytes and "is the model" in result.stderr
    assert cli("predict", model, "--input", data, "--output", tmp_path / "y.csv").returncode == 0


@pytest.mark.parametrize("command", ["train", "predict"])
def test_a_device_list_without_a_device_is_refused_with_exit_2(tmp_path, model, command):
    """``--device ,`` was "internal error: IndexError: list index out of range", exit 1."""
    x = tmp_path / "x.npy"
    np.save(x, np.zeros((2, 2), dtype=np.float32))
    args = (["train", resource_path("examples", "xor_mlp.annproj"), "--epochs", "1"] if command == "train" else
            ["predict", model, "--input", x, "--output", tmp_path / "y.npy"])
    result = cli(*args, "--backend", "tensorflow", "--device", ",")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("annstudio: error: --device ',' names no device")


def test_predict_on_a_device_that_does_not_exist_is_the_flags_problem(tmp_path, model):
    pytest.importorskip("tensorflow")
    x = tmp_path / "x.npy"
    np.save(x, np.zeros((2, 2), dtype=np.float32))
    result = cli("predict", model, "--input", x, "--output", tmp_path / "y.npy", "--backend", "tensorflow",
                 "--device", "GPU:3")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("annstudio: error: --device GPU:3:") and "internal" not in result.stderr


def test_no_rows_in_gives_an_empty_csv_out(tmp_path, model):
    """0 rows in, CSV out: "cannot reshape array of size 0 into shape (0,newaxis)"."""
    x = tmp_path / "x0.npy"
    np.save(x, np.zeros((0, 2), dtype=np.float32))
    out = tmp_path / "y.csv"
    result = cli("predict", model, "--input", x, "--output", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text() == ""


def test_history_and_out_cannot_be_one_file(tmp_path):
    project = tmp_path / "xor.annproj"
    shutil.copy(resource_path("examples", "xor_mlp.annproj"), project)
    result = cli("train", project, "--epochs", "1", "--out", tmp_path / "m.h5", "--history", tmp_path / "m.h5")
    assert result.returncode == 2 and "is also --out" in result.stderr and not (tmp_path / "m.h5").exists()


def test_a_project_saved_with_a_bom_opens(tmp_path):
    """Notepad writes UTF-8 with a BOM: "Unexpected UTF-8 BOM" refused the project."""
    project = tmp_path / "bom.annproj"
    project.write_bytes(b"\xef\xbb\xbf" + resource_path("examples", "xor_mlp.annproj").read_bytes())
    result = cli("train", project, "--epochs", "1", "--quiet")
    assert result.returncode == 0, result.stderr
