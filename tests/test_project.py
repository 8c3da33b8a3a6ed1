"""Project files: JSON round trip, validation messages naming file and field, atomic saves."""
import json
import os

import pytest

from annstudio.project import FORMAT_VERSION, Project, ProjectError, TrainingConfig
from annstudio.resources import example_projects
from annstudio.spec import ModelSpec


def make_project():
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "sigmoid"})])
    sgd = {"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9}}
    cfg = TrainingConfig(loss="binary_crossentropy", optimizer=sgd,
                         batch_size=4, epochs=10, callbacks=[{"class_name": "EarlyStopping", "config": {"patience": 5}}])
    return Project(spec, {"name": "xor", "params": {"repeat": 2}}, cfg, name="demo", description="한국어 설명")


def test_round_trip(tmp_path):
    path = tmp_path / "demo.annproj"
    project = make_project()
    project.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION
    assert "한국어" in path.read_text(encoding="utf-8")  # stored as UTF-8 text, not escapes
    again = Project.load(path)
    assert again.to_dict() == project.to_dict()
    assert again.training.optimizer == {"class_name": "SGD", "config": {"learning_rate": 0.1, "momentum": 0.9, "nesterov": False}}
    assert again.training.callbacks[0]["config"]["patience"] == 5
    assert again.training.callbacks[0]["config"]["monitor"] == "val_loss"


def test_loss_aliases_and_defaults():
    cfg = TrainingConfig(loss="mse", optimizer="adam")
    assert cfg.loss == {"name": "mean_squared_error"}
    assert cfg.optimizer["class_name"] == "Adam" and cfg.optimizer["config"]["epsilon"] == 1e-7


@pytest.mark.parametrize("mutate, fragment", [
    (lambda d: d["training"].update(loss="hinge"), "unknown loss 'hinge'"),
    (lambda d: d["training"].update(optimizer={"class_name": "Nadam"}), "unknown optimizer 'Nadam'"),
    (lambda d: d["training"]["optimizer"]["config"].update(learning_rate=-1),
     "learning_rate must be a number greater than 0 and at most 10, got -1"),
    (lambda d: d["training"].update(batch_size=0), "batch_size must be an integer from 1 to 1000000, got 0"),
    (lambda d: d["training"].update(validation_split=1.5),
     "validation_split must be a number at least 0 and less than 1, got 1.5"),
    # out of the ranges the GUI's fields accept (spec/ranges.py): refused by name, never clamped
    (lambda d: d["training"]["optimizer"]["config"].update(learning_rate=20),
     "optimizer SGD: learning_rate must be a number greater than 0 and at most 10, got 20"),
    (lambda d: d["training"]["optimizer"]["config"].update(momentum=1.5), "optimizer SGD: momentum must be a number"),
    (lambda d: d["training"].update(epochs=0), "epochs must be an integer from 1 to 1000000, got 0"),
    (lambda d: d["training"].update(seed=2**40), "seed must be an integer from 0 to 2147483647"),
    (lambda d: d["training"].update(callbacks=[{"class_name": "EarlyStopping", "config": {"patience": -1}}]),
     "callback EarlyStopping: patience must be an integer from 0 to 1000000, got -1"),
    (lambda d: d["training"].update(callbacks=[{"class_name": "Evil"}]), "unknown callback 'Evil'"),
    (lambda d: d.update(format_version=99), "newer than this annstudio understands"),
    (lambda d: d["model"]["layers"][1]["config"].update(units="many"), None),
    # true/false written as text read as true ("false" is a non-empty string): refused by name
    (lambda d: d["training"].update(shuffle="false"), "shuffle must be true or false, got 'false'"),
    (lambda d: d["training"].update(loss={"name": "binary_crossentropy", "from_logits": "false"}),
     "loss binary_crossentropy: from_logits must be true or false, got 'false'"),
    (lambda d: d["training"].update(optimizer={"class_name": "SGD", "config": {"nesterov": "false"}}),
     "optimizer SGD: nesterov must be true or false, got 'false'"),
    (lambda d: d["training"].update(optimizer={"class_name": "Adam", "config": {"amsgrad": 0}}),
     "optimizer Adam: amsgrad must be true or false, got 0"),
    (lambda d: d["model"]["layers"][1]["config"].update(use_bias="false"), None),
    (lambda d: d.pop("model"), "no 'model' section"),
])
def test_bad_fields_are_named(tmp_path, mutate, fragment):
    data = make_project().to_dict()
    mutate(data)
    path = tmp_path / "bad.annproj"
    path.write_text(json.dumps(data))
    if fragment is None:  # structurally fine, the model is invalid: loads, validation reports the layer
        project = Project.load(path)
        assert "dense" in project.model.problems()
        if data["model"]["layers"][1]["config"].get("use_bias") == "false":
            assert project.model.problems()["dense"] == "use_bias must be true or false, got 'false'"
        return
    with pytest.raises(ProjectError) as info:
        Project.load(path)
    assert str(path) in str(info.value) and fragment in str(info.value)


def test_not_json_names_file_and_line(tmp_path):
    path = tmp_path / "broken.annproj"
    path.write_text('{"format_version": 1,\n "model": [oops]}')
    with pytest.raises(ProjectError, match=r"broken.annproj: not a valid project file \(JSON error at line 2"):
        Project.load(path)


def test_save_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "demo.annproj"
    make_project().save(path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    changed = make_project()
    changed.name = "changed"
    with pytest.raises(OSError, match="disk full"):
        changed.save(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.annproj"]  # no temp file left behind


def test_examples_load_and_validate():
    paths = example_projects()
    names = {p.name for p in paths}
    assert {"gates_and.annproj", "xor_mlp.annproj", "spiral.annproj", "iris.annproj", "digits.annproj",
            "diabetes_regression.annproj", "fashion_mnist_mlp.annproj"} <= names
    for path in paths:
        project = Project.load(path)
        project.model.validate()
        assert project.description
