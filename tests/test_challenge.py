"""A teacher's challenge in the project file (round trip, version migration, validation) and the goal
checks of ``engine.challenge``."""
import json

import pytest

from annstudio.challenge import CONTROLS, Challenge
from annstudio.engine.challenge import (
    all_met,
    check,
    format_value,
    metrics_from_logs,
    metrics_from_results,
    model_numbers,
)
from annstudio.project import FORMAT_VERSION, Project, ProjectError
from annstudio.resources import example_projects
from annstudio.spec import ModelSpec

CHALLENGE = {
    "note": "Solve XOR with a tiny network",
    "goal": [{"metric": "test_accuracy", "min": 0.95}, {"limit": "hidden_units", "max": 4},
             {"metric": "val_loss", "max": 0.1}, {"limit": "parameters", "max": 20},
             {"limit": "hidden_layers", "max": 1}],
    "data_seed": 7,
    "locked": ["dataset", "learning_rate"],
    "hidden": ["backend", "layer_palette"],
}


def project_dict(challenge=CHALLENGE):
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "sigmoid"})])
    data = Project(spec, {"name": "toy_xor", "params": {"seed": 3}}).to_dict()
    if challenge is not None:
        data["challenge"] = json.loads(json.dumps(challenge))
    return data


def test_round_trip_keeps_the_challenge(tmp_path):
    path = tmp_path / "c.annproj"
    project = Project.from_dict(project_dict())
    project.save(path)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["format_version"] == FORMAT_VERSION == 2
    assert stored["challenge"] == CHALLENGE
    again = Project.load(path)
    assert again.challenge is not None and again.challenge.to_dict() == CHALLENGE
    assert again.to_dict() == {**project.to_dict(), "name": "c"}   # saved untitled: called by its file's name
    # the fixed data seed wins over the dataset's own
    assert again.dataset["params"]["seed"] == 7


def test_no_challenge_is_not_written(tmp_path):
    project = Project.from_dict(project_dict(None))
    assert project.challenge is None and "challenge" not in project.to_dict()


def test_version_1_files_are_migrated():
    data = project_dict(None)
    data["format_version"] = 1
    project = Project.from_dict(data)
    assert project.challenge is None and project.to_dict()["format_version"] == 2


def test_every_example_still_opens():
    for path in example_projects():
        Project.load(path)


@pytest.mark.parametrize("change, fragment", [
    (lambda c: c.update(locked=["dataset", "warp_drive"]), "challenge: 'locked': unknown control(s) warp_drive"),
    (lambda c: c.update(hidden="backend"), "challenge: 'hidden' must be a list of control names"),
    (lambda c: c["goal"].append({"metric": "happiness", "min": 1}), "challenge: goal[5]: unknown metric 'happiness'"),
    (lambda c: c["goal"].append({"limit": "hidden_units", "min": 1}), "challenge: goal[5]: a limit takes 'max' only"),
    (lambda c: c["goal"].append({"limit": "parameters", "max": 2.5}), "goal[5]: max must be a whole number ≥ 0, got 2.5"),
    (lambda c: c["goal"].append({"metric": "test_accuracy", "min": 95}), "goal[5]: min must be between 0 and 1"),
    (lambda c: c["goal"].append({"metric": "val_loss", "max": "low"}), "goal[5]: max must be a number, got 'low'"),
    (lambda c: c["goal"].append({"metric": "val_loss", "min": 0, "max": 1}), "goal[5] needs exactly one of 'min' or 'max'"),
    (lambda c: c["goal"].append({"min": 0}), "goal[5] needs exactly one of 'metric' or 'limit'"),
    (lambda c: c["goal"].append([1]), "challenge: goal[5] must be an object"),
    (lambda c: c.update(goal={"metric": "loss"}), "'goal' must be a list of conditions"),
    (lambda c: c.update(data_seed=-1), "challenge: 'data_seed' must be a whole number"),
    (lambda c: c.update(data_seed=True), "challenge: 'data_seed' must be a whole number"),
    (lambda c: c.update(secret=1), "challenge: unknown key(s) secret"),
    (lambda c: c.update(note=5), "challenge: 'note' must be text"),
    (lambda c: c.update(note="x" * 5000), "challenge: 'note' has 5000 characters, at most 1000 are allowed"),
    (lambda c: c["goal"].extend([{"limit": "parameters", "max": 1}] * 20), "'goal' has 25 conditions, at most 20"),
])
def test_bad_challenges_are_refused_by_field(tmp_path, change, fragment):
    challenge = json.loads(json.dumps(CHALLENGE))
    change(challenge)
    path = tmp_path / "bad.annproj"
    path.write_text(json.dumps(project_dict(challenge)), encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        Project.load(path)
    assert fragment in str(info.value) and str(path) in str(info.value)


def test_challenge_must_be_an_object():
    data = project_dict(None)
    data["challenge"] = [1]
    with pytest.raises(ProjectError, match="'challenge' must be an object"):
        Project.from_dict(data)


def test_locks_refuse_edits():
    challenge = Challenge.from_dict(CHALLENGE)
    assert challenge.is_locked("data_seed") and challenge.is_locked("backend") and not challenge.is_locked("epochs")
    ds = {"name": "xor", "params": {"seed": 7}}
    assert "the data seed is locked" in challenge.refusal("dataset", ds, {"name": "xor", "params": {"seed": 8}})
    assert "the dataset choice is locked" in challenge.refusal("dataset", ds, {"name": "circle", "params": {}})
    assert challenge.refusal("dataset", ds, {"name": "xor", "params": {"seed": 7, "noise": 0.1}}) is None
    training = Project.from_dict(project_dict()).training.to_dict()
    faster = json.loads(json.dumps(training))
    faster["optimizer"]["config"]["learning_rate"] = 0.5
    assert "the learning rate is locked" in challenge.refusal("training", training, faster)
    longer = dict(training, epochs=999)
    assert challenge.refusal("training", training, longer) is None
    model = Project.from_dict(project_dict()).model.to_dict()
    relu = json.loads(json.dumps(model))
    relu["layers"][1]["config"]["activation"] = "relu"
    assert challenge.refusal("model", model, relu) is None
    assert "activation" in Challenge.from_dict({"locked": ["activation"]}).refusal("model", model, relu)
    # the lock held only for layers that kept their names: an added Activation("relu") (or a layer deleted and
    # added again with another function) went through
    locked = Challenge.from_dict({"locked": ["activation"]})
    added = json.loads(json.dumps(model))
    added["layers"].append({"kind": "Activation", "name": "activation", "config": {"activation": "relu"}})
    assert "activation" in locked.refusal("model", model, added)
    wider = json.loads(json.dumps(model))   # a layer with a function the model already uses, or linear: fine
    wider["layers"].insert(2, {"kind": "Dense", "name": "more", "config": dict(model["layers"][1]["config"])})
    wider["layers"].insert(3, {"kind": "Dense", "name": "lin", "config": {"units": 3, "activation": "linear"}})
    assert locked.refusal("model", model, wider) is None
    assert set(CONTROLS) >= set(challenge.locked + challenge.hidden)


def test_model_numbers_and_checks():
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "sigmoid"})])
    assert model_numbers(spec) == {"hidden_units": 4, "hidden_layers": 1, "parameters": 17}
    # Dense(1) then Activation("sigmoid"), a common Keras form: the output is the last layer with units
    # (it counted as a hidden unit: "hidden units <= 4: now 5")
    split = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}), ("Dense", {"units": 1}),
                                  ("Activation", {"activation": "sigmoid"})])
    assert model_numbers(split) == {"hidden_units": 4, "hidden_layers": 1, "parameters": 17}
    challenge = Challenge.from_dict(CHALLENGE)
    checks = check(challenge, {}, spec)
    assert [c.met for c in checks] == [False, True, False, True, True]
    assert checks[0].value is None and str(checks[0].text) == "✗ test accuracy ≥ 95 %: not measured yet"
    assert str(checks[1].text) == "✓ hidden units ≤ 4: now 4"
    metrics = {**metrics_from_logs({"loss": 0.05, "val_loss": 0.08, "accuracy": 1.0, "lr": 0.1}),
               **metrics_from_results({"n": 40, "accuracy": 0.975})}
    checks = check(challenge, metrics, spec)
    assert all_met(checks)
    assert str(checks[0].text) == "✓ test accuracy ≥ 95 %: now 97.5 %"
    assert str(checks[2].text) == "✓ validation loss ≤ 0.1: now 0.08"
    wider = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                  ("Dense", {"units": 1, "activation": "sigmoid"})])
    checks = check(challenge, metrics, wider)
    assert [c.met for c in checks] == [True, False, True, False, True]
    assert str(checks[1].text) == "✗ hidden units ≤ 4: now 8" and not all_met(checks)
    assert check(challenge, {"test_accuracy": 0.9}, spec)[0].met is False
    assert check(challenge, {"test_accuracy": float("nan")}, spec)[0].value is None
    assert format_value("test_accuracy", 0.95) == "95 %" and format_value("parameters", 12345) == "12,345"


def test_validation_mae_is_in_the_units_of_test_mae():
    """housing with a standardised target: "test MAE ≤ 1000: now 57.75" beside "validation MAE ≤ 1000: now
    0.6808" — test MAE in the target's units, validation MAE in standard deviations."""
    import numpy as np

    from annstudio.data import load_dataset
    from annstudio.engine.probes.results import ResultsProbe
    from annstudio.engine.session import build_model

    assert metrics_from_logs({"val_mae": 0.5, "val_loss": 0.3}, 80.0) == {"val_mae": 40.0, "val_loss": 0.3}
    data = load_dataset("diabetes")
    assert data.y_standardizer is not None
    spec = ModelSpec.stack([data.input_shape[0]], [("Dense", {"units": 1})])
    result = ResultsProbe().compute(build_model(spec, "numpy", seed=0), data)["results"]
    assert result["y_scale"] == float(np.asarray(data.y_standardizer.scale).reshape(-1)[0])
