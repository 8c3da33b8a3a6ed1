"""Callbacks with Keras semantics: EarlyStopping, ReduceLROnPlateau, CSV history."""
import csv

import numpy as np
import pytest

from annstudio.engine.callbacks import Callback, CSVLogger, EarlyStopping, ModelCheckpoint, ReduceLROnPlateau
from annstudio.engine.session import create_run, train
from annstudio.messages import MessageError
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

from .conftest import blobs_dataset, xor_project


class WeightRecorder(Callback):
    def __init__(self):
        self.weights = []

    def on_epoch_end(self, epoch, logs=None):
        self.weights.append(self.model.get_weights())


def noisy_project(epochs=60, **kw):
    spec = ModelSpec.stack([2], [("Dense", {"units": 32, "activation": "relu"}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    return Project(spec, {"name": "blobs", "params": {}},
                   TrainingConfig(loss="sparse_categorical_crossentropy",
                                  optimizer={"class_name": "Adam", "config": {"learning_rate": 0.05}},
                                  batch_size=8, epochs=epochs, validation_split=0.3, seed=3, **kw))


def test_early_stopping_stops_and_restores_best_weights():
    data = blobs_dataset(n=120)
    stopper = EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)
    recorder = WeightRecorder()
    run = create_run(noisy_project(), dataset=data, callbacks=[recorder, stopper])
    events = list(run.events())
    last = events[-1]
    assert last["event"] == "finished" and last["reason"] == "early_stopping"
    val = last["history"]["val_loss"]
    assert len(val) < 60
    best = int(np.argmin(val))
    assert stopper.best_epoch == best
    assert len(val) - 1 - best == 3  # stopped after exactly `patience` epochs without improvement
    for name, w in run.model.get_weights().items():
        np.testing.assert_array_equal(w, recorder.weights[best][name])
    # the end says so: the model holds that epoch's weights, not the last one's (the history's end)
    assert last["restored"] == {"epoch": best + 1, "monitor": "val_loss", "value": val[best]}


def test_no_restored_weights_no_word_of_them():
    data = blobs_dataset(n=120)
    events = list(create_run(noisy_project(), dataset=data, callbacks=[EarlyStopping(patience=3)]).events())
    assert events[-1]["reason"] == "early_stopping" and "restored" not in events[-1]


def test_early_stopping_missing_monitor_is_refused_before_training(xor):
    # no validation data: refused when the run is made, before any epoch, with what to do instead
    with pytest.raises(MessageError) as caught:
        create_run(xor_project(epochs=3), dataset=xor, callbacks=[EarlyStopping(monitor="val_loss")])
    text = str(caught.value)
    assert "EarlyStopping" in text and "'val_loss'" in text and "validation split" in text and "'loss'" in text


@pytest.mark.parametrize("callback", [
    lambda: ModelCheckpoint("best.h5", monitor="val_accuracy", save_best_only=True),
    lambda: ReduceLROnPlateau(monitor="val_loss"),
    lambda: EarlyStopping(monitor="mae"),
])
def test_callbacks_watching_an_unreported_value_are_refused(xor, tmp_path, callback):
    with pytest.raises(MessageError) as caught:
        create_run(xor_project(epochs=3), dataset=xor, callbacks=[callback()], base_dir=tmp_path)
    assert "watches" in str(caught.value)
    assert not list(tmp_path.iterdir())   # nothing written


def test_monitors_with_validation_data_or_unused_are_accepted(xor, tmp_path):
    project = xor_project(epochs=2)
    project.training.validation_split = 0.5
    stopper = EarlyStopping(monitor="val_accuracy", patience=5)
    checkpoint = ModelCheckpoint(str(tmp_path / "each.h5"), monitor="val_mae")  # not best-only: never read
    events = list(create_run(project, dataset=xor, callbacks=[stopper, checkpoint]).events())
    assert events[-1]["event"] == "finished"
    assert "val_accuracy" in events[-1]["history"]


def test_reduce_lr_on_plateau_lowers_the_learning_rate(xor):
    reducer = ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, min_delta=10.0)  # never "improves"
    run = create_run(xor_project(epochs=4), dataset=xor, callbacks=[reducer])
    events = list(run.events())
    lrs = [e["learning_rate"] for e in events if e["event"] == "epoch_end"]
    # Epoch 0 improves on +inf; each later epoch misses by min_delta and halves the rate (patience 1).
    assert lrs == pytest.approx([0.05, 0.025, 0.0125, 0.00625])
    # Like Keras, the logged learning_rate is the one the epoch trained with.
    assert events[-1]["history"]["learning_rate"] == pytest.approx([0.05, 0.05, 0.025, 0.0125])


def test_csv_logger_has_keras_columns(tmp_path):
    path = tmp_path / "history.csv"
    history = train(noisy_project(epochs=4), dataset=blobs_dataset(), callbacks=[CSVLogger(path)])
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["epoch", "accuracy", "loss", "val_accuracy", "val_loss"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4"]  # from 1, as "Epoch 1/4" is printed (issue 10)
    assert float(rows[-1][2]) == pytest.approx(history.history["loss"][-1])


def test_callbacks_from_project_config(tmp_path):
    project = noisy_project(epochs=50, callbacks=[
        {"class_name": "EarlyStopping", "config": {"patience": 2}},
        {"class_name": "CSVLogger", "config": {"filename": "h.csv"}},
    ])
    run = create_run(project, dataset=blobs_dataset(), base_dir=tmp_path)
    last = list(run.events())[-1]
    assert last["reason"] == "early_stopping"
    assert (tmp_path / "h.csv").read_text().startswith("epoch,accuracy,loss,val_accuracy,val_loss")


def test_a_best_epoch_that_is_the_last_is_no_restoring():
    """Every epoch improved: restore_best_weights puts back the weights the model holds already, and the window
    said "EarlyStopping restored the weights of epoch 100" with "weights restored" beside the best epoch."""
    data = blobs_dataset(n=120)
    project = noisy_project(epochs=3)
    project.training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 0.01}}   # small, steady steps
    stopper = EarlyStopping(monitor="loss", patience=5, restore_best_weights=True)
    events = list(create_run(project, dataset=data, callbacks=[stopper]).events())
    losses = events[-1]["history"]["loss"]
    assert losses == sorted(losses, reverse=True) and stopper.best_epoch == len(losses) - 1
    assert stopper.restored() is None and "restored" not in events[-1]


@pytest.mark.parametrize("csv_first", [True, False])
def test_the_csv_log_has_the_learning_rate_whatever_the_callbacks_order(xor, tmp_path, csv_first):
    """A CSVLogger listed before ReduceLROnPlateau (the window lists callbacks in the order they were last
    edited) wrote no learning_rate column, though the readout showed the rate."""
    reducer = ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, min_delta=10.0)
    logger = CSVLogger(tmp_path / "h.csv")
    run = create_run(xor_project(epochs=3), dataset=xor, callbacks=[logger, reducer] if csv_first else [reducer, logger])
    list(run.events())
    with open(tmp_path / "h.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [float(r["learning_rate"]) for r in rows] == pytest.approx([0.05, 0.05, 0.025])


@pytest.mark.parametrize("name", ["model.h5", "model.keras"])
def test_a_model_saved_after_a_plateau_keeps_the_lowered_learning_rate(xor, tmp_path, name):
    """The file kept the starting rate (0.05) where the run had lowered it: continued in Keras, training went
    on at 8x the rate it ended with."""
    from annstudio.engine.callbacks import save_run_h5
    from annstudio.io.model_file import load_model_file

    reducer = ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, min_delta=10.0)
    run = create_run(xor_project(epochs=4), dataset=xor, callbacks=[reducer])
    list(run.events())
    assert run.model.learning_rate == pytest.approx(0.00625)
    save_run_h5(tmp_path / name, run.trainer)
    assert load_model_file(tmp_path / name).optimizer["config"]["learning_rate"] == pytest.approx(0.00625)
    plain = create_run(xor_project(epochs=1), dataset=xor)
    list(plain.events())
    save_run_h5(tmp_path / name, plain.trainer)   # a rate that did not change is written as the project has it
    assert load_model_file(tmp_path / name).optimizer["config"]["learning_rate"] == 0.05
