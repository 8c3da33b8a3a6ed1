"""Issue 11 items 7 and 8: odd inputs end with exit 2 and one clear line, never a traceback.

Each case was a traceback (exit 1) or a misleading/huge message before: deep JSON (RecursionError), long
layer chains and rings (RecursionError in the cycle check), ``target: Infinity`` and NaN/list initializer
arguments (OverflowError/TypeError), a number for TensorBoard's ``log_dir`` (TypeError), a ``.npz`` named
``.npy`` (AttributeError), an empty ``.npy`` (EOFError), a CSV field over ``csv.field_size_limit``, values
float32 cannot hold (warnings, then blame on NaN; NaN predictions with exit 0), 100 KB values echoed in
full."""
import copy
import json
import subprocess
import sys

import numpy as np
import pytest

from annstudio.resources import resource_path

XOR = json.loads(resource_path("examples", "xor_mlp.annproj").read_text())


def cli(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "annstudio", *args], capture_output=True, text=True, timeout=600,
                          cwd=cwd, env=env)


def one_error_line(result, *fragments, limit=400):
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 2, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("annstudio: error:") and len(lines[0]) < limit, lines[0][:500]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def project(tmp_path, change, name="p.annproj"):
    data = copy.deepcopy(XOR)
    data["training"]["epochs"] = 1
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def csv_project(tmp_path, text, **params):
    (tmp_path / "data.csv").write_text(text)
    return project(tmp_path, lambda d: d.update(dataset={"name": "csv", "params": {"path": "data.csv", **params}}))


ROWS = "\n".join(f"{i % 3},{i % 5},{i % 2}" for i in range(20)) + "\n"


def chain(reverse):
    def change(d):
        n = 1200
        layers = [{"kind": "Dense", "name": f"d{i}", "inputs": [f"d{i - 1}" if i else "input"], "config": {"units": 2}}
                  for i in range(n)]
        d["model"]["layers"][1:] = layers[::-1] if reverse else layers
        if not reverse:   # a ring: the first layer takes the last one's output
            d["model"]["layers"][1]["inputs"] = [f"d{n - 1}"]
    return change


# --------------------------------------------------------------------------- item 7: no tracebacks
def test_deeply_nested_json_project(tmp_path):
    path = tmp_path / "deep.annproj"
    path.write_text('{"format_version": 1, "model": ' + "[" * 1100 + "]" * 1100 + "}")
    one_error_line(cli("train", str(path)), "nests 1101 levels deep")


@pytest.mark.parametrize("reverse, fragment", [(True, "comes after it"), (False, "form a cycle")])
def test_thousand_layers_last_first_or_in_a_ring(tmp_path, reverse, fragment):
    path = project(tmp_path, chain(reverse))
    one_error_line(cli("train", str(path)), fragment, limit=400 + len(f"{path}: "))   # the message, and the file


def test_infinite_csv_target(tmp_path):
    path = csv_project(tmp_path, "a,b,y\n" + ROWS)
    data = json.loads(path.read_text())
    data["dataset"]["params"]["target"] = float("inf")
    path.write_text(json.dumps(data))      # json writes Infinity, as a hand-edited file would
    one_error_line(cli("train", str(path)), "parameter 'target' = inf is not accepted")


@pytest.mark.parametrize("minval, shown", [(float("nan"), "got nan"), ([1], "got [1]"), (-1e308, "got -1e+308")])
def test_odd_initializer_arguments(tmp_path, minval, shown):
    init = {"class_name": "RandomUniform", "config": {"minval": minval, "maxval": 1e308}}
    path = project(tmp_path, lambda d: d["model"]["layers"][1]["config"].update(kernel_initializer=init))
    one_error_line(cli("train", str(path)), "layer 'dense'", "minval must be a number from -1000000 to 1000000", shown)


@pytest.mark.parametrize("log_dir", [5, None, ["logs"], {"a": 1}])
def test_tensorboard_log_dir_that_is_not_text(tmp_path, log_dir):
    path = project(tmp_path, lambda d: d["training"].update(
        callbacks=[{"class_name": "TensorBoard", "config": {"log_dir": log_dir}}]))
    one_error_line(cli("train", str(path)), "callback TensorBoard: log_dir must be non-empty text")


def test_npz_named_npy_and_empty_npy(tmp_path):
    model = tmp_path / "m.h5"
    assert cli("train", str(project(tmp_path, lambda d: None)), "--out", str(model), "--quiet").returncode == 0
    np.savez(tmp_path / "x.npz", a=np.zeros((3, 2)))
    (tmp_path / "x.npz").rename(tmp_path / "x.npy")
    one_error_line(cli("predict", str(model), "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "y.npy")),
                   "is a .npz archive")
    np.save(tmp_path / "c.npy", np.ones((2, 2), complex))   # was: a ComplexWarning, then exit 0
    one_error_line(cli("predict", str(model), "--input", str(tmp_path / "c.npy"), "--output", str(tmp_path / "y.npy")),
                   "must be real numbers, got dtype complex128")
    (tmp_path / "e.npy").write_bytes(b"")
    one_error_line(cli("predict", str(model), "--input", str(tmp_path / "e.npy"), "--output", str(tmp_path / "y.npy")),
                   "empty")
    assert cli("predict", str(model), "--input", str(tmp_path / "e.npy"), "--output",
               str(tmp_path / "y.npy")).stderr.count(str(tmp_path / "e.npy")) == 1   # the path said once


def test_csv_field_over_the_field_size_limit(tmp_path):
    path = csv_project(tmp_path, "a,b,y\n" + "1" * 140_000 + ",1,0\n" + ROWS)
    one_error_line(cli("train", str(path)), "line 2 has a field of more than 131,072 characters")
    model = tmp_path / "m.h5"
    assert cli("train", str(project(tmp_path, lambda d: None, "x.annproj")), "--out", str(model),
               "--quiet").returncode == 0
    (tmp_path / "x.csv").write_text("a,b\n" + "1" * 140_000 + ",1\n")
    one_error_line(cli("predict", str(model), "--input", str(tmp_path / "x.csv"), "--output", str(tmp_path / "y.npy")),
                   "line 2 has a field of more than 131,072 characters")


def test_an_internal_error_prints_one_line_and_the_traceback_only_with_debug(tmp_path):
    """A bug (here: a broken dataset loader, injected through sitecustomize) is exit 1 with one line."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import annstudio.project as p\n"
        "def boom(*a, **k):\n    raise RuntimeError('injected fault')\n"
        "p.Project.load = classmethod(boom)\n")
    import os
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(hook), os.environ.get("PYTHONPATH", "")])}
    path = str(project(tmp_path, lambda d: None))
    result = cli("train", path, env=env)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: internal error: RuntimeError: injected fault")
    assert "--debug" in lines[0]
    debug = cli("--debug", "train", path, env=env)
    assert debug.returncode == 1 and "Traceback" in debug.stderr and "injected fault" in debug.stderr


# --------------------------------------------------------------------------- item 8: clear messages
@pytest.mark.parametrize("standardize", [True, False])
def test_a_value_float32_cannot_hold_is_named_without_warnings(tmp_path, standardize):
    path = csv_project(tmp_path, "a,b,y\n1e308,1,0\n-1e308,2,1\n" + ROWS, standardize=standardize)
    line = one_error_line(cli("train", str(path)), "column 0 ('a') has '1e308' at line 2 (data row 1)", "float32")
    assert "NaN" not in line


def test_predict_refuses_inputs_that_overflow_float32(tmp_path):
    model = tmp_path / "m.h5"
    assert cli("train", str(project(tmp_path, lambda d: None)), "--out", str(model), "--quiet").returncode == 0
    (tmp_path / "x.csv").write_text("0,0\n1e300,1\n")
    out = tmp_path / "y.npy"
    one_error_line(cli("predict", str(model), "--input", str(tmp_path / "x.csv"), "--output", str(out)),
                   "1e+300 in row 1, column 0", "float32")
    assert not out.exists()


def test_a_100_kb_value_is_quoted_in_at_most_80_characters(tmp_path):
    path = csv_project(tmp_path, "a,b,y\n" + "z" * 100_000 + ",1,0\n" + ROWS, header="yes")
    line = one_error_line(cli("train", str(path)), "is not numeric: 'zzzz", "…")
    quoted = line.split("is not numeric: ")[1].split(" at line")[0]
    assert len(quoted) <= 82


def test_tensorflow_backend_bad_input_prints_only_our_line(tmp_path):
    pytest.importorskip("tensorflow")
    path = project(tmp_path, lambda d: d["model"]["layers"][2]["config"].update(activation="step"))
    one_error_line(cli("train", str(path), "--backend", "tensorflow"), "no Keras equivalent")


def test_mae_beside_class_numbers_on_several_outputs_is_refused_before_training(tmp_path):
    """iris with metrics ["accuracy", "mae"] (a regression fit's metric left behind): "training failed:
    ValueError: cannot reshape array of size 16 into shape (16,3)" after the data loaded; Keras also fails."""
    import json

    from annstudio.resources import resource_path

    data = json.loads(resource_path("examples", "iris.annproj").read_text())
    data["training"]["metrics"] = ["accuracy", "mae"]
    project = tmp_path / "iris.annproj"
    project.write_text(json.dumps(data))
    result = cli("train", str(project), "--quiet")
    assert result.returncode == 2, result.stderr
    assert "the metric 'mae' compares each target with the outputs" in result.stderr
    assert "class numbers (one per sample) and the model has 3 outputs" in result.stderr
    assert "Traceback" not in result.stderr and "reshape" not in result.stderr


def test_a_closed_output_pipe_ends_the_command_quietly(monkeypatch, capsys):
    """annstudio inspect m.h5 | head -3: "annstudio: internal error: BrokenPipeError ... this is a bug"."""
    from annstudio import cli as cli_module

    def closed(*_args, **_kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli_module, "main", closed)
    with pytest.raises(SystemExit) as ended:
        cli_module.run()
    assert ended.value.code == 141
    assert capsys.readouterr().err == ""
