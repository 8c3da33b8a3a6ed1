"""The headless command line: exit codes, one-line errors, progress output, history CSV."""
import csv
import json
import subprocess
import sys

import pytest

from annstudio.cli import main
from annstudio.resources import resource_path

XOR = str(resource_path("examples", "xor_mlp.annproj"))


def cli(*args):
    return subprocess.run([sys.executable, "-m", "annstudio", *args], capture_output=True, text=True, timeout=600)


def test_help_lists_commands():
    result = cli("--help")
    assert result.returncode == 0
    assert "train" in result.stdout


def test_train_xor_reaches_accuracy_one(tmp_path):
    history = tmp_path / "xor.csv"
    result = cli("train", XOR, "--history", str(history))
    assert result.returncode == 0, result.stderr
    final = next(line for line in result.stdout.splitlines() if line.startswith("final:"))
    assert "accuracy: 1.0000" in final
    with open(history, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 300 and float(rows[-1]["accuracy"]) == 1.0
    assert list(rows[0]) == ["epoch", "accuracy", "loss"]
    # the file is named once (it was also listed among the callbacks' files, "written: ...")
    assert result.stdout.count(str(history)) == 1, result.stdout


def test_epochs_and_seed_override(capsys):
    assert main(["train", XOR, "--epochs", "2", "--seed", "3", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Epoch" not in out and "final:" in out


@pytest.mark.parametrize("content, fragment", [
    ("not json", "not a valid project file"),
    (json.dumps({"format_version": 1, "dataset": {"name": "xor"},
                 "model": {"layers": [{"kind": "Input", "name": "in", "config": {"shape": [2]}},
                                      {"kind": "Dense", "name": "bad", "config": {"units": 0}}]}}),
     "layer 'bad': units must be a positive integer, got 0"),
    (json.dumps({"format_version": 1, "dataset": {"name": "no_such_set"},
                 "model": {"layers": [{"kind": "Input", "name": "in", "config": {"shape": [2]}},
                                      {"kind": "Dense", "name": "d", "config": {"units": 1}}]}}),
     "no_such_set"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, content, fragment):
    path = tmp_path / "bad.annproj"
    path.write_text(content)
    result = cli("train", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: error:")
    assert fragment in lines[0]


def test_missing_file_exits_2():
    result = cli("train", "does_not_exist.annproj")
    assert result.returncode == 2 and "no such project file" in result.stderr


def test_diverging_run_exits_2_with_explanation(tmp_path):
    project = json.loads(open(resource_path("examples", "diabetes_regression.annproj")).read())
    project["training"]["optimizer"]["config"]["learning_rate"] = 10.0   # the largest the learning-rate range allows
    path = tmp_path / "diverge.annproj"
    path.write_text(json.dumps(project))
    result = cli("train", str(path), "--quiet")
    assert result.returncode == 2
    assert "diverged" in result.stderr and "learning rate" in result.stderr


def test_examples_listing():
    result = cli("examples")
    assert result.returncode == 0 and "xor_mlp.annproj" in result.stdout


def csv_project(tmp_path, rows):
    data = tmp_path / "points.csv"
    data.write_text("x1,x2,label\n" + "\n".join(rows) + "\n")
    project = json.loads(open(resource_path("examples", "xor_mlp.annproj")).read())
    # A relative path: found next to the project file, whatever the working directory.
    project["dataset"] = {"name": "csv", "params": {"path": data.name, "target": "label", "test_ratio": 0.25}}
    path = tmp_path / "csv.annproj"
    path.write_text(json.dumps(project))
    return path


def test_csv_with_missing_value_names_row_and_column(tmp_path):
    rows = [f"{i % 3},{i % 5},{i % 2}" for i in range(20)]
    rows[6] = "1,,0"
    result = cli("train", str(csv_project(tmp_path, rows)), "--quiet")
    assert result.returncode == 2
    assert "x2" in result.stderr and "7" in result.stderr.replace("line 8", "row 7")  # the bad row is named
    assert len(result.stderr.strip().splitlines()) == 1


def test_csv_with_one_class_only_is_refused(tmp_path):
    rows = [f"{i % 3},{i % 5},1" for i in range(20)]
    result = cli("train", str(csv_project(tmp_path, rows)), "--quiet")
    assert result.returncode == 2 and "class" in result.stderr


def test_csv_project_trains(tmp_path):
    rows = [f"{i % 3},{i % 5},{int(i % 3 > 0)}" for i in range(40)]
    result = cli("train", str(csv_project(tmp_path, rows)), "--epochs", "5", "--quiet")
    assert result.returncode == 0, result.stderr
    assert "final:" in result.stdout


@pytest.mark.parametrize("command", [["train", XOR], ["predict", "m.h5", "--input", "x.csv", "--output", "y.csv"]])
def test_a_device_without_the_tensorflow_backend_is_refused(capsys, command):
    """``--device GPU:0`` on the NumPy backend (the default) was silently ignored: the run went to the CPU."""
    assert main([*command, "--device", "GPU:0"]) == 2
    assert capsys.readouterr().err.strip() == ("annstudio: error: --device GPU:0: devices are TensorFlow's; add "
                                               "--backend tensorflow (the NumPy backend runs on the CPU)")


def test_train_says_when_earlystopping_put_back_its_best_weights(tmp_path, capsys):
    """The 'final:' line is the last epoch's; with restore_best_weights the model (its test line, --out) holds
    the best epoch's weights: one line says which."""
    project = json.loads(open(resource_path("examples", "iris.annproj"), encoding="utf-8").read())
    project["training"]["callbacks"] = [{"class_name": "EarlyStopping",
                                         "config": {"patience": 5, "restore_best_weights": True}}]
    project["training"]["optimizer"]["config"]["learning_rate"] = 0.05
    path = tmp_path / "es.annproj"
    path.write_text(json.dumps(project), encoding="utf-8")
    history = tmp_path / "h.csv"
    assert main(["train", str(path), "--quiet", "--history", str(history)]) == 0
    out = capsys.readouterr().out
    with open(history, newline="") as fh:
        rows = list(csv.DictReader(fh))
    losses = [float(r["val_loss"]) for r in rows]
    best = min(range(len(losses)), key=losses.__getitem__)
    assert len(rows) < 100 and best < len(rows) - 1
    assert (f"restored the weights of epoch {best + 1} (the best val_loss: {losses[best]:.4f}; EarlyStopping's "
            "restore_best_weights)") in out


def test_a_problem_is_named_where_it_is(tmp_path, capsys):
    """A layer's problem named no file ("layer 'dense': ..."), and a --device that names no device was put on
    the project ("xor_mlp.annproj: device 'bogus' ...")."""
    data = json.loads(open(XOR, encoding="utf-8").read())
    data["model"]["layers"][1]["config"]["use_bias"] = "false"
    path = tmp_path / "b.annproj"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["train", str(path), "--epochs", "1"]) == 2
    assert capsys.readouterr().err == (f"annstudio: error: {path}: layer 'dense': use_bias must be true or false, "
                                       "got 'false'\n")
    pytest.importorskip("tensorflow")
    assert main(["train", XOR, "--epochs", "1", "--backend", "tensorflow", "--device", "bogus"]) == 2
    assert capsys.readouterr().err.startswith("annstudio: error: --device bogus: device 'bogus' is not a device name")


@pytest.mark.parametrize("args, words", [
    (["train", XOR, "--quiet", "--verbose", "2"], "argument --verbose: not allowed with argument --quiet"),
    (["predict", "m.h5", "--input", "x.csv", "--output", "y.npy", "--raw", "--prepared"],
     "argument --prepared: not allowed with argument --raw"),
])
def test_flags_that_contradict_each_other_are_refused(capsys, args, words):
    """--quiet --verbose 2 ran verbosely; --raw --prepared was taken without a word."""
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2 and words in capsys.readouterr().err
