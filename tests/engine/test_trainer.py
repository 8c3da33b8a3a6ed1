"""The trainer: events, metrics, controls between batches, divergence guard, determinism."""
import threading

import numpy as np
import pytest

from annstudio.engine.control import TrainingControl
from annstudio.engine.session import TrainingFailed, create_run, train
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec, SpecError

from .conftest import blobs_dataset, regression_dataset, xor_project


def run_all(run):
    return list(run.events())


def test_xor_learns_to_accuracy_one(xor):
    run = create_run(xor_project(), dataset=xor)
    events = run_all(run)
    assert events[0]["event"] == "train_begin"
    assert events[-1]["event"] == "finished" and events[-1]["reason"] == "completed"
    history = events[-1]["history"]
    assert len(history["loss"]) == 300
    assert history["accuracy"][-1] == 1.0
    assert history["loss"][-1] < history["loss"][0] / 5
    predictions = run.model.predict(xor.x_test)
    assert ((predictions[:, 0] > 0.5) == xor.y_test.astype(bool)).all()


def test_event_stream_shape(xor):
    run = create_run(xor_project(epochs=3, batch_size=3), dataset=xor)
    events = run_all(run)
    kinds = [e["event"] for e in events]
    assert kinds.count("batch_end") == 3 * 2  # 4 samples, batch 3 -> 2 batches per epoch
    assert kinds.count("epoch_end") == 3
    assert [e["epoch"] for e in events if e["event"] == "epoch_end"] == [0, 1, 2]
    assert [e["step"] for e in events if e["event"] == "batch_end"] == list(range(1, 7))
    epoch_end = next(e for e in events if e["event"] == "epoch_end")
    assert set(epoch_end["logs"]) == {"loss", "accuracy"}
    assert epoch_end["learning_rate"] == pytest.approx(0.05)


def test_epoch_loss_is_batch_size_weighted_mean_like_keras(xor):
    run = create_run(xor_project(epochs=1, batch_size=3, shuffle=False), dataset=xor)
    events = run_all(run)
    batches = [e for e in events if e["event"] == "batch_end"]
    expected = sum(b["loss"] * b["size"] for b in batches) / 4
    assert events[-1]["history"]["loss"][0] == pytest.approx(expected, rel=1e-6)


def test_same_seed_same_run_bit_for_bit():
    data = blobs_dataset()
    spec = ModelSpec.stack([2], [("Dense", {"units": 16, "activation": "relu"}), ("Dropout", {"rate": 0.2}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    project = Project(spec, {"name": "blobs", "params": {}},
                      TrainingConfig(loss="sparse_categorical_crossentropy", optimizer="Adam", batch_size=16,
                                     epochs=5, seed=7, validation_split=0.2))
    a = run_all(create_run(project, dataset=data))[-1]["history"]
    b = run_all(create_run(project, dataset=data))[-1]["history"]
    c = run_all(create_run(project, dataset=data, seed=8))[-1]["history"]
    assert a == b
    assert a["loss"] != c["loss"]
    assert set(a) == {"loss", "accuracy", "val_loss", "val_accuracy"}


def test_validation_split_takes_the_last_samples_like_keras():
    data = blobs_dataset(n=100)
    project = Project(ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "softmax"})]),
                      {"name": "blobs", "params": {}},
                      TrainingConfig(loss="sparse_categorical_crossentropy", epochs=1, validation_split=0.2))
    trainer = create_run(project, dataset=data).trainer
    assert len(trainer.x) == 40 and len(trainer.validation_data[0]) == 10
    np.testing.assert_array_equal(trainer.validation_data[0], data.x_train[40:])


def test_pause_and_step_advance_exactly_one_batch(xor):
    control = TrainingControl()
    run = create_run(xor_project(epochs=2, batch_size=1), dataset=xor, control=control)
    control.pause()
    events = run.events()
    assert next(events)["event"] == "train_begin"
    assert next(events)["event"] == "paused"
    for expected_step in (1, 2, 3):
        control.step()
        event = next(events)
        assert event["event"] == "batch_end" and event["step"] == expected_step
        assert next(events)["event"] == "paused"
    control.resume()
    rest = list(events)
    assert sum(e["event"] == "batch_end" for e in rest) == 8 - 3
    assert rest[-1]["event"] == "finished"


def test_stop_takes_effect_within_one_batch(xor):
    control = TrainingControl()
    run = create_run(xor_project(epochs=50, batch_size=1), dataset=xor, control=control)
    seen = []
    for event in run.events():
        seen.append(event)
        if event["event"] == "batch_end" and event["step"] == 10:
            control.stop()
    assert seen[-1]["event"] == "stopped" and seen[-1]["reason"] == "user"
    assert [e for e in seen if e["event"] == "batch_end"][-1]["step"] == 10


def test_stop_while_paused_from_another_thread(xor):
    control = TrainingControl()
    run = create_run(xor_project(epochs=5), dataset=xor, control=control)
    control.pause()
    result = {}

    def consume():
        result["events"] = list(run.events())

    thread = threading.Thread(target=consume)
    thread.start()
    thread.join(0.3)
    assert thread.is_alive()  # blocked, paused
    control.stop()
    thread.join(2)
    assert not thread.is_alive()
    assert result["events"][-1]["event"] == "stopped"


def test_resume_then_pause_at_once_is_announced_as_a_new_pause(xor):
    """A quick double press (resume, then pause before the training thread woke): the trainer says "paused"
    again, so the window does not show a run as running while it waits. Without it the second pause was
    silent and the window's state stayed "running"."""
    import queue

    control = TrainingControl()
    run = create_run(xor_project(epochs=100000, batch_size=1), dataset=xor, control=control)
    control.pause()
    seen: queue.Queue = queue.Queue()

    def consume():
        for event in run.events():
            seen.put(event)

    thread = threading.Thread(target=consume, daemon=True)
    thread.start()

    def next_kind(kind):
        while True:
            event = seen.get(timeout=5)
            if event["event"] == kind:
                return event

    first = next_kind("paused")
    for _ in range(20):   # many times, so the race is met whatever the thread timing
        control.resume()
        control.pause()
        again = next_kind("paused")
        assert again["step"] >= first["step"]
        first = again
    control.stop()
    thread.join(5)
    assert not thread.is_alive()


def test_a_pause_asked_for_just_before_a_batch_is_announced(xor):
    """Paused between the trainer's look at the control and its wait: it still says "paused" first."""
    control = TrainingControl()
    events = create_run(xor_project(epochs=3, batch_size=1), dataset=xor, control=control).events()
    assert next(events)["event"] == "train_begin"
    assert next(events)["event"] == "batch_end"
    control.pause()
    assert next(events)["event"] == "paused"
    control.stop()
    assert list(events)[-1]["event"] == "stopped"


def test_divergence_stops_and_restores_finite_weights():
    data = regression_dataset()
    spec = ModelSpec.stack([3], [("Dense", {"units": 16, "activation": "relu"}), ("Dense", {"units": 1})])
    project = Project(spec, {"name": "linear", "params": {}},
                      TrainingConfig(loss="mse", optimizer={"class_name": "SGD", "config": {"learning_rate": 10.0}},
                                     metrics=["mae"], batch_size=8, epochs=20))
    run = create_run(project, dataset=data)
    events = run_all(run)
    last = events[-1]
    assert last["event"] == "stopped" and last["reason"] == "diverged"
    assert "learning rate (10)" in last["message"] and "restored" in last["message"]
    assert all(np.isfinite(w).all() for w in run.model.get_weights().values())
    with pytest.raises(TrainingFailed, match="diverged"):
        train(project, dataset=data)


def test_a_validation_loss_that_overflows_stops_with_a_translatable_message():
    """val_loss became inf at the end of an epoch: the message was a plain string, so the Korean window showed
    it in English."""
    from annstudio.data.dataset import Dataset
    from annstudio.messages import Message

    base = regression_dataset()
    data = Dataset("linear", base.x_train, base.y_train, base.x_test, base.y_test, task="regression",
                   x_val=base.x_test * np.float32(1e20), y_val=base.y_test)
    spec = ModelSpec.stack([3], [("Dense", {"units": 1})])
    project = Project(spec, {"name": "linear", "params": {}},
                      TrainingConfig(loss="mse", optimizer={"class_name": "SGD", "config": {"learning_rate": 0.01}},
                                     batch_size=10, epochs=3))
    last = run_all(create_run(project, dataset=data))[-1]
    assert last["event"] == "stopped" and last["reason"] == "diverged"
    assert isinstance(last["message"], Message)
    assert str(last["message"]).startswith("val_loss became inf at the end of epoch 1: training diverged")


def test_regression_metrics_and_no_accuracy():
    data = regression_dataset()
    spec = ModelSpec.stack([3], [("Dense", {"units": 1})])
    project = Project(spec, {"name": "linear", "params": {}},
                      TrainingConfig(loss="mse", optimizer={"class_name": "SGD", "config": {"learning_rate": 0.05}},
                                     metrics=["accuracy", "mae"], batch_size=10, epochs=40, validation_split=0.2))
    history = train(project, dataset=data)
    assert set(history.history) == {"loss", "mae", "val_loss", "val_mae"}
    assert history.history["val_mae"][-1] < 0.2


def test_incompatible_model_and_data_are_reported_before_training():
    data = blobs_dataset()
    project = xor_project()  # one sigmoid unit, binary cross-entropy, but 3 classes
    with pytest.raises(SpecError, match="binary cross-entropy needs two classes"):
        create_run(project, dataset=data)
    wrong_input = Project(ModelSpec.stack([5], [("Dense", {"units": 3, "activation": "softmax"})]),
                          training=TrainingConfig(loss="sparse_categorical_crossentropy"))
    with pytest.raises(SpecError, match=r"inputs of shape \(2,\) but the Input layer has shape \(5,\)"):
        create_run(wrong_input, dataset=data)
