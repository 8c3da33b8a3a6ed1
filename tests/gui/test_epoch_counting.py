"""Issue 10 item 8: one way of counting epochs, Keras' (from 1), everywhere the learner looks: the
status line, the toolbar counter, the Training tab, the pause message, the curves' x axis, the history
CSV and the checkpoint names. Driven with Step, as a learner would."""
from __future__ import annotations

import csv

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QLabel

from annstudio.gui.editor import commands

from .test_main_window import isolated, make_window, unexpected_dialogs  # noqa: F401 (fixtures)


def configure(window, tmp_path):
    training = window.document.section("training")
    training.batch_size = 2  # XOR's 4 samples: two batches per epoch
    training.epochs = 5
    training.callbacks = [{"class_name": "CSVLogger", "config": {"filename": str(tmp_path / "history.csv")}},
                          {"class_name": "ModelCheckpoint",
                           "config": {"filepath": str(tmp_path / "ckpt_{epoch:02d}.h5"), "monitor": "loss"}}]
    commands.push(window.document, "training", training, "settings")
    window.training_panel.chosen_dirs.append(tmp_path)  # as if picked with the "…" buttons (issue 11 item 1)


def seen(window):
    """What the learner reads: toolbar counter, status line, Training tab readout, status message."""
    return (window.quick.epoch.text(), window.readout.text().split(" · ")[0],
            window.training_panel.findChild(QLabel, "epochReadout").text(), window.statusBar().currentMessage())


def step(qtbot, window):
    with qtbot.waitSignal(window.runner.sigStateChanged, timeout=30000,
                          check_params_cb=lambda state: state == "paused"):
        window.training_panel.step_action.trigger()


def test_epochs_count_from_one_everywhere(qtbot, unexpected_dialogs, tmp_path):  # noqa: F811
    window = make_window(qtbot)
    configure(window, tmp_path)
    plot = window.loss_plot
    assert seen(window)[:3] == ("000,000", "Epoch 0", "000,000")

    step(qtbot, window)  # one batch of the first epoch
    toolbar, status, readout, message = seen(window)
    assert (toolbar, status, readout) == ("000,001", "Epoch 1", "000,001")
    assert "epoch 1, batch 2" in message
    assert plot.epochs == []  # no epoch has ended yet

    step(qtbot, window)  # the epoch's second batch: epoch 1 has ended
    assert seen(window)[:3] == ("000,001", "Epoch 1", "000,001")
    assert plot.epochs == [1]
    assert list(plot.train_curve.xData) == [1.0]
    # its only point is drawn (a curve of one point draws no line)
    assert plot.train_curve.scatter.isVisible() and len(plot.train_curve.scatter.data) == 1
    assert "epoch 2, batch 1" in seen(window)[3]

    step(qtbot, window)  # the first batch of epoch 2
    assert seen(window)[:3] == ("000,002", "Epoch 2", "000,002")
    assert "epoch 2, batch 2" in seen(window)[3]

    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    assert seen(window)[:3] == ("000,005", "Epoch 5", "000,005")
    assert plot.epochs == [1, 2, 3, 4, 5] and list(plot.train_curve.xData) == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert not plot.train_curve.scatter.isVisible() or len(plot.train_curve.scatter.data) == 0

    with open(tmp_path / "history.csv", newline="") as fh:
        logged = [row["epoch"] for row in csv.DictReader(fh)]
    assert logged == ["1", "2", "3", "4", "5"]  # the CSVLogger file
    exported = plot.export_csv(tmp_path / "exported.csv")  # Export › History as CSV
    with open(exported, newline="") as fh:
        assert [row["epoch"] for row in csv.DictReader(fh)] == logged
    assert sorted(p.name for p in tmp_path.glob("ckpt_*.h5")) == [f"ckpt_{e:02d}.h5" for e in range(1, 6)]
    assert np.isfinite(plot.train_curve.yData).all()
