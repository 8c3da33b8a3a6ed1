"""Undo and redo of "Import X" (and of a run's "Load its model") bring back the weights with the layers: redo
gave the imported layers the seeded draw, with nothing said."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFileDialog

from annstudio.engine.session import build_model
from annstudio.io.model_file import save_model_file
from annstudio.spec import edits
from tests.gui.conftest import show_main_window


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot, (1400, 900))


def weights_now(qtbot, window, spec):
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and window.runner.last_model.spec.to_dict() == spec.to_dict(), timeout=30000)
    return window.runner.last_model.get_weights()


def test_redo_of_an_import_puts_back_the_files_weights(qtbot, window, monkeypatch, tmp_path):
    spec = edits.set_layer_config(window.document.spec, "dense", "units", 6)
    rng = np.random.default_rng(3)
    written = {k: (rng.normal(size=v.shape) + 2).astype(v.dtype)
               for k, v in build_model(spec, "numpy", seed=0).get_weights().items()}
    source = tmp_path / "six.h5"
    save_model_file(source, spec, written, loss=window.document.project.training.loss,
                    optimizer=window.document.project.training.optimizer)
    before_spec = window.document.spec
    seeded = weights_now(qtbot, window, before_spec)
    asked = []
    monkeypatch.setattr(window, "ask_reset", lambda: asked.append(1) or "reset")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    window.actions_by_name["import_h5"].trigger()
    imported = weights_now(qtbot, window, spec)
    assert all(np.array_equal(imported[k], written[k]) for k in written)

    window.actions_by_name["undo"].trigger()   # the model before, with its own weights, and no question
    back = weights_now(qtbot, window, before_spec)
    assert all(np.array_equal(back[k], seeded[k]) for k in seeded) and not window.runner.has_custom_weights
    window.actions_by_name["redo"].trigger()   # the file's weights again, not the seeded draw of its layers
    qtbot.wait(300)
    again = weights_now(qtbot, window, spec)
    assert all(np.array_equal(again[k], written[k]) for k in written)
    assert asked == [] and window.runner.has_custom_weights
