"""A Keras model imported into a project whose data it does not take (XOR's 2 inputs on iris's 4): Export
writes the imported weights, and a refused Play does not drop them ("Fit the model to this data" still
keeps what fits)."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from annstudio.io.h5_read import load_h5
from annstudio.resources import resource_path
from annstudio.spec import edits
from tests.gui.conftest import show_main_window


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot, (1400, 900))


def export_to(window, monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.actions_by_name["export_h5"].trigger() is None


def import_into_iris(qtbot, window, monkeypatch, tmp_path):
    """XOR's model with a BatchNormalization after its hidden layer (its weights still fit once the model is
    fitted to iris), weights that are nobody's seeded draw, written as Keras does and imported into iris."""
    from annstudio.engine.session import build_model
    from annstudio.io.model_file import save_model_file

    spec = edits.insert_layer(window.document.spec, "BatchNormalization", 2)
    rng = np.random.default_rng(7)
    seeded = build_model(spec, "numpy", seed=0).get_weights()
    written = {k: (rng.normal(size=v.shape) + 2).astype(v.dtype) for k, v in seeded.items()}
    source = tmp_path / "two_inputs.h5"
    save_model_file(source, spec, written, loss=window.document.project.training.loss,
                    optimizer=window.document.project.training.optimizer)
    assert window.open_example(resource_path("examples", "iris.annproj"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    window.actions_by_name["import_h5"].trigger()
    qtbot.waitUntil(lambda: window.runner.has_custom_weights, timeout=10000)
    assert tuple(window.document.spec.input_shape) == (2,)
    return written


def test_export_writes_the_imported_weights_when_the_model_does_not_take_the_data(qtbot, window, monkeypatch,
                                                                                    tmp_path):
    """The file got freshly initialised weights (the model could not be built for iris)."""
    written = import_into_iris(qtbot, window, monkeypatch, tmp_path)
    qtbot.wait(300)   # the build for iris has failed by now
    out = tmp_path / "again.h5"
    export_to(window, monkeypatch, out)
    again = load_h5(out).weights
    assert set(again) == set(written)
    for key in written:
        np.testing.assert_array_equal(again[key], written[key])


def test_a_refused_play_keeps_the_imported_weights_for_fit(qtbot, window, monkeypatch, tmp_path):
    """After Play was refused ("the input is (4,) but the model takes (2,)"), the Fit button gave every layer
    new weights without a word: the imported ones had been dropped by the refused start."""
    written = import_into_iris(qtbot, window, monkeypatch, tmp_path)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000) as done:
        window.training_panel.play_action.trigger()
    assert done.args[0]["event"] == "error"
    asked = []

    def answer_after_a_while() -> str:   # as the modal question does: events go on while it is up
        asked.append(1)
        qtbot.wait(400)
        return "keep"

    monkeypatch.setattr(window, "ask_reset", answer_after_a_while)
    window.docks["datasetPanel"].raise_()
    button = window.dataset_panel.findChild(QPushButton, "fitModelButton")
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == [1], timeout=10000)
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and tuple(window.runner.last_model.spec.input_shape) == (4,), timeout=30000)
    now = window.runner.last_model.get_weights()
    bn = [k for k in written if k.startswith("batch_normalization")]
    assert bn
    for key in bn:   # the layer that still fits keeps the file's weights
        np.testing.assert_array_equal(now[key], written[key])
    message = window.statusBar().currentMessage()   # it said "Kept ... dense, dense_1" over fresh weights
    assert message.startswith("Kept the trained weights of batch_normalization; new initial weights for dense, "
                              "dense_1")
