"""The TensorFlow backend under the real trainer: pause/step/stop, determinism, the divergence guard."""
import threading

import numpy as np
import pytest

pytest.importorskip("tensorflow")

from annstudio.engine.control import TrainingControl
from annstudio.engine.session import create_run
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

from .conftest import ADAM, history, iris_project, xor_project


def test_pause_and_step_advance_exactly_one_batch(xor):
    control = TrainingControl()
    run = create_run(xor_project(ADAM, epochs=2, batch_size=1), "tensorflow", dataset=xor, control=control)
    control.pause()
    events = run.events()
    assert next(events)["event"] == "train_begin"
    assert next(events)["event"] == "paused"
    weights = run.model.get_weights()
    for expected_step in (1, 2, 3):
        control.step()
        event = next(events)
        assert event["event"] == "batch_end" and event["step"] == expected_step
        assert next(events)["event"] == "paused"
        changed = run.model.get_weights()
        assert any(not np.array_equal(weights[k], v) for k, v in changed.items())   # one update per step
        weights = changed
    control.resume()
    rest = list(events)
    assert sum(e["event"] == "batch_end" for e in rest) == 8 - 3
    assert rest[-1]["event"] == "finished"


def test_stop_takes_effect_within_one_batch(xor):
    control = TrainingControl()
    run = create_run(xor_project(ADAM, epochs=50, batch_size=1), "tensorflow", dataset=xor, control=control)
    seen = []
    for event in run.events():
        seen.append(event)
        if event["event"] == "batch_end" and event["step"] == 10:
            control.stop()
    assert seen[-1]["event"] == "stopped" and seen[-1]["reason"] == "user"
    assert [e for e in seen if e["event"] == "batch_end"][-1]["step"] == 10


def test_stop_while_paused_from_another_thread(xor):
    """The worker thread trains (TensorFlow runs in it); the GUI thread presses the buttons."""
    control = TrainingControl()
    run = create_run(xor_project(ADAM, epochs=5), "tensorflow", dataset=xor, control=control)
    control.pause()
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("events", list(run.events())))
    thread.start()
    thread.join(0.5)
    assert thread.is_alive()  # blocked, paused
    control.stop()
    thread.join(10)
    assert not thread.is_alive()
    assert result["events"][-1]["event"] == "stopped"


def test_same_seed_twice_gives_identical_losses(iris):
    spec = ModelSpec.stack([4], [("Dense", {"units": 32, "activation": "relu"}), ("Dropout", {"rate": 0.3}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    project = Project(spec, {"name": "iris", "params": {}},
                      TrainingConfig(loss="sparse_categorical_crossentropy", optimizer="Adam", batch_size=16,
                                     epochs=5, seed=11, validation_split=0.2))
    a = history(project, "tensorflow", iris)
    b = history(project, "tensorflow", iris)
    c = history(project, "tensorflow", iris, seed=12)
    assert a == b
    assert a["loss"] != c["loss"]


def test_divergence_stops_and_restores_finite_weights():
    g = np.random.default_rng(0)
    x = g.normal(size=(200, 3)).astype(np.float32)
    y = (x @ np.array([[1.0], [-2.0], [0.5]])).astype(np.float32)
    from annstudio.data import Dataset

    data = Dataset("linear", x[:100], y[:100], x[100:], y[100:], task="regression")
    spec = ModelSpec.stack([3], [("Dense", {"units": 16, "activation": "relu"}), ("Dense", {"units": 1})])
    project = Project(spec, {"name": "linear", "params": {}},
                      TrainingConfig(loss="mse", optimizer={"class_name": "SGD", "config": {"learning_rate": 10.0}},
                                     metrics=["mae"], batch_size=8, epochs=20))
    run = create_run(project, "tensorflow", dataset=data)
    last = list(run.events())[-1]
    assert last["event"] == "stopped" and last["reason"] == "diverged"
    assert "learning rate (10)" in last["message"]
    assert all(np.isfinite(w).all() for w in run.model.get_weights().values())


def test_a_device_can_be_chosen_through_the_session(iris):
    run = create_run(iris_project(ADAM, epochs=1), "tensorflow", dataset=iris, device="CPU:0")
    assert run.model.plan.devices == ("CPU:0",)
    with pytest.raises(ValueError, match="does not exist here"):
        create_run(iris_project(ADAM, epochs=1), "tensorflow", dataset=iris, device="GPU:7")


def test_a_checkpoint_resumes_exactly_with_dropout(iris, tmp_path):
    """Weights, optimizer slots and the Dropout generators' states travel through the .h5 checkpoint."""
    from annstudio.engine.callbacks import save_run_h5

    spec = ModelSpec.stack([4], [("Dense", {"units": 16, "activation": "relu"}), ("Dropout", {"rate": 0.3}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    project = Project(spec, {"name": "iris", "params": {}},
                      TrainingConfig(loss="sparse_categorical_crossentropy", optimizer="Adam", batch_size=16,
                                     epochs=6, seed=1))
    whole = history(project, "tensorflow", iris)
    first = create_run(project, "tensorflow", dataset=iris, epochs=3)
    list(first.events())
    save_run_h5(tmp_path / "half.h5", first.trainer)
    resumed = create_run(project, "tensorflow", dataset=iris, resume_from=tmp_path / "half.h5")
    assert list(resumed.events())[-1]["history"] == whole
