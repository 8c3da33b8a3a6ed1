"""Issue 11 item 5 in the GUI: names and activations Keras' .h5 layout cannot hold are shown while editing
(layer card, Inspector), and Export .h5 says why before asking for a file."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox

from annstudio.resources import resource_path

from .test_gradient_hint import card_warning, shown_text
from .test_main_window import isolated, make_window, unexpected_dialogs  # noqa: F401 (fixtures)


def rename(qtbot, window, old, new):
    window.stack_editor.select(old)
    edit = window.inspector.name_edit
    edit.selectAll()
    qtbot.keyClicks(edit, new)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert new in [layer.name for layer in window.document.spec.layers]


def test_unstorable_names_and_activations_show_while_editing_and_at_export(qtbot, unexpected_dialogs,  # noqa: F811
                                                                          monkeypatch):
    window = make_window(qtbot)
    window.open_example(resource_path("examples", "xor_mlp.annproj"))
    inspector = window.inspector
    window.stack_editor.select("dense")
    assert shown_text(inspector, "inspectorStorageHint") == "" and card_warning(window, "dense") == ""

    rename(qtbot, window, "dense", "top_level_model_weights")
    hint = shown_text(inspector, "inspectorStorageHint")
    assert "Cannot be exported as Keras .h5" in hint and "reserved by Keras" in hint
    assert "reserved by Keras" in card_warning(window, "top_level_model_weights")

    rename(qtbot, window, "top_level_model_weights", "hidden")
    assert shown_text(inspector, "inspectorStorageHint") == "" and card_warning(window, "hidden") == ""
    combo = inspector.findChild(QComboBox, "activation")
    combo.setCurrentIndex(combo.findData("sign"))  # as the user picks it in the Inspector
    assert "'sign' has no Keras equivalent" in shown_text(inspector, "inspectorStorageHint")
    assert "Cannot be exported as Keras .h5" in card_warning(window, "hidden")

    errors = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: errors.append(args[1:3])))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: pytest.fail("asked for a file it cannot write")))
    window.findChild(QAction, "action_export_h5").trigger()
    assert len(errors) == 1
    title, text = errors[0]
    assert title == "Cannot export the model"
    assert "cannot hold this model" in text and "'sign' has no Keras equivalent" in text
