"""What ``predict`` and ``inspect`` say about a wrong input, as a learner meets it: a folder given as the input
("unsupported file type '(none)'"), a CSV holding "nan" ("first in row 0", where every other CSV message
counts the file's lines from 1), and the project given instead of a model ("not an HDF5 file")."""
from __future__ import annotations

from annstudio.resources import resource_path
from tests.cli.test_cli_predict_paths import cli, model  # noqa: F401


def test_a_folder_as_the_input_is_called_a_folder(tmp_path, model):  # noqa: F811
    result = cli("predict", model, "--input", tmp_path, "--output", tmp_path / "p.npy")
    assert result.returncode == 2 and result.stderr.strip().endswith("is a folder; only regular files are read"), \
        result.stderr


def test_a_csv_with_nan_names_the_files_line(tmp_path, model):  # noqa: F811
    data = tmp_path / "x.csv"
    data.write_text("x1,x2\n0,1\nnan,1\n")
    result = cli("predict", model, "--input", data, "--output", tmp_path / "p.npy")
    assert result.returncode == 2
    assert "line 3 holds 'nan', which is not a finite number" in result.stderr, result.stderr


def test_the_project_instead_of_a_model_says_which_file_is_wanted(tmp_path):
    project = resource_path("examples", "xor_mlp.annproj")
    for command in (["inspect", project], ["predict", project, "--input", "x.csv", "--output", tmp_path / "p.npy"]):
        result = cli(*command)
        assert result.returncode == 2 and "an annstudio project, not a model file" in result.stderr, result.stderr
        assert "--out model.h5" in result.stderr
