"""``annstudio export-code``: each style writes its file; bad input is exit 2 and one line."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from annstudio.cli import main
from annstudio.resources import resource_path

EXAMPLES = resource_path("examples")


@pytest.mark.parametrize("style", ["keras", "numpy", "notebook"])
def test_each_style_writes_a_file(tmp_path, capsys, style):
    out = tmp_path / ("x.ipynb" if style == "notebook" else "x.py")
    assert main(["export-code", str(EXAMPLES / "iris.annproj"), "-o", str(out), "--style", style]) == 0
    text = out.read_text(encoding="utf-8")
    if style == "notebook":
        cells = json.loads(text)["cells"]
        ast.parse("\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code"))
    else:
        ast.parse(text)
        assert ("keras.Sequential" in text) == (style == "keras")
        assert ("def backward(" in text) == (style == "numpy")
    assert str(out) in capsys.readouterr().out
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_keras_export_of_wide_and_deep_is_functional(tmp_path):
    out = tmp_path / "wd.py"
    assert main(["export-code", str(EXAMPLES / "wide_and_deep.annproj"), "-o", str(out)]) == 0
    text = out.read_text()
    assert "keras.Model(inputs=input_, outputs=dense_2" in text
    assert "layers.Concatenate(name='concatenate')([input_, dense_1])" in text
    assert "keras.optimizers.SGD(learning_rate=0.001, momentum=0.0, nesterov=False)" in text
    assert "validation_split=0.2" in text and "batch_size=32" in text and "epochs=20" in text


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, "-m", "annstudio", *args], capture_output=True, text=True, cwd=cwd,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_bad_inputs_exit_2_with_one_line(tmp_path):
    (tmp_path / "broken.annproj").write_text("{not json")
    step = json.loads((EXAMPLES / "gates_and.annproj").read_text())
    step["model"]["layers"][1]["config"]["activation"] = "step"
    (tmp_path / "step.annproj").write_text(json.dumps(step))
    cases = [
        (str(tmp_path / "missing.annproj"), "x.py", "keras", "no such project file"),
        (str(tmp_path / "broken.annproj"), "x.py", "keras", "broken.annproj"),
        (str(EXAMPLES / "wide_and_deep.annproj"), "x.py", "numpy", "Concatenate layer 'concatenate'"),
        (str(EXAMPLES / "iris.annproj"), str(tmp_path / "no" / "dir" / "x.py"), "keras", "x.py"),
        (str(tmp_path / "step.annproj"), "x.py", "keras", "no 'step' activation (layer 'dense')"),
        (str(tmp_path / "step.annproj"), "x.ipynb", "notebook", "no 'step' activation (layer 'dense')"),
        (str(tmp_path / "step.annproj"), "x.py", "numpy", "'step' activation of layer 'dense'"),
    ]
    for project, out, style, words in cases:
        done = _cli("export-code", project, "-o", out, "--style", style, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("annstudio: error: ") and done.stderr.count("\n") == 1, done.stderr
        assert words in done.stderr
    assert not (tmp_path / "x.py").exists()


def test_every_example_exports_as_python(tmp_path):
    """Every bundled example gives a Keras script and a notebook that compile, and a NumPy script unless it has
    a layer or a callback the NumPy export cannot write (then the message names it)."""
    from annstudio.export import export_text
    from annstudio.messages import MessageError
    from annstudio.project import Project

    for path in sorted(EXAMPLES.glob("*.annproj")):
        project = Project.load(path)
        compile(export_text(project, "keras"), f"{path.stem}_keras.py", "exec")
        cells = json.loads(export_text(project, "notebook"))["cells"]
        compile("\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code"), path.stem, "exec")
        try:
            compile(export_text(project, "numpy"), f"{path.stem}_numpy.py", "exec")
        except MessageError as exc:
            steering = [c["class_name"] for c in project.training.callbacks
                        if c["class_name"] in ("EarlyStopping", "ReduceLROnPlateau")]
            assert (any(layer.name in str(exc) for layer in project.model.layers if layer.kind == "Concatenate")
                    or any(name in str(exc) for name in steering)), str(exc)


def test_a_model_that_does_not_fit_its_data_is_refused_like_train(tmp_path, capsys):
    """The XOR network (2 inputs) on iris (4 features): 'train' refuses it, and the export wrote a program
    that stopped at its first matrix product with NumPy's 'mismatch in its core dimension'."""
    project = json.loads((EXAMPLES / "xor_mlp.annproj").read_text(encoding="utf-8"))
    project["dataset"] = {"name": "iris", "params": {}}
    path = tmp_path / "p.annproj"
    path.write_text(json.dumps(project), encoding="utf-8")
    for style in ("keras", "numpy", "notebook"):
        out = tmp_path / ("p.ipynb" if style == "notebook" else "p.py")
        assert main(["export-code", str(path), "-o", str(out), "--style", style]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err == ["annstudio: error: cannot export: layer 'input': the data 'iris' has inputs of shape (4,) but "
                       "the Input layer has shape (2,); the exported program would stop there too"]
        assert not out.exists()
    out = tmp_path / "p.py"
    # data that is not here to judge (a CSV moved away): the export goes ahead as before, and says so itself
    project["dataset"] = {"name": "csv", "params": {"path": "gone.csv"}}
    path.write_text(json.dumps(project), encoding="utf-8")
    assert main(["export-code", str(path), "-o", str(out)]) == 2
    assert "gone.csv" in capsys.readouterr().err


def test_the_numpy_export_refuses_callbacks_that_change_the_training(tmp_path, capsys):
    """A project with EarlyStopping: the app stopped after 11 epochs and restored epoch 9, the NumPy script
    trained all 40 epochs without a word. Callbacks that only write files are left out, and the script says so."""
    project = json.loads((EXAMPLES / "iris.annproj").read_text(encoding="utf-8"))
    out = tmp_path / "p.py"
    for callback in ("EarlyStopping", "ReduceLROnPlateau"):
        project["training"]["callbacks"] = [{"class_name": callback, "config": {}}]
        (tmp_path / "p.annproj").write_text(json.dumps(project), encoding="utf-8")
        assert main(["export-code", str(tmp_path / "p.annproj"), "-o", str(out), "--style", "numpy"]) == 2
        assert (f"the NumPy export does not write callbacks, and this project's {callback} would change how it "
                "trains") in capsys.readouterr().err
        assert not out.exists()
        assert main(["export-code", str(tmp_path / "p.annproj"), "-o", str(out)]) == 0   # Keras writes it
        assert f"keras.callbacks.{callback}(" in out.read_text(encoding="utf-8")
        out.unlink()
    project["training"]["callbacks"] = [{"class_name": "CSVLogger", "config": {"filename": "log.csv"}}]
    (tmp_path / "p.annproj").write_text(json.dumps(project), encoding="utf-8")
    assert main(["export-code", str(tmp_path / "p.annproj"), "-o", str(out), "--style", "numpy"]) == 0
    assert "# Not written out: the project's CSVLogger (they save files" in out.read_text(encoding="utf-8")


def test_layer_names_that_spell_one_variable_get_one_each(tmp_path):
    """``a-b`` and ``a_b`` both became the variable ``a_b``: the Concatenate took one branch twice (391
    parameters instead of 721), and a layer named ``layers`` or ``x_train`` hid the program's own name."""
    from annstudio.export import export_text
    from annstudio.project import Project
    from tests.export.test_export_runs import _rename_branches

    project = Project.load(resource_path("examples", "wide_and_deep.annproj"))
    _rename_branches(project)
    tree = ast.parse(export_text(project, "keras"))
    var_of = {}   # layer name -> the variable its output was assigned to
    calls = {}    # variable -> the names passed to the layer
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Call):
            layer = node.value.func
            name = next(k.value.value for k in layer.keywords if k.arg == "name")
            var_of[name] = node.targets[0].id
            arg = node.value.args[0]
            calls[node.targets[0].id] = [e.id for e in arg.elts] if isinstance(arg, ast.List) else [arg.id]
    assert len(set(var_of.values())) == len(var_of) == 4   # the Input is keras.Input(...), not a layer call
    assert calls[var_of["x_train"]] == [var_of["a-b"], var_of["a_b"]]
    assert not {"layers", "x_train", "keras"} & set(var_of.values())
