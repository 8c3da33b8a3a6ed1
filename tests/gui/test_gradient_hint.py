"""Issue 10 item 10: a model that gradient descent cannot train (step or sign activation) says so before
Play (card, Inspector, Training tab) and when Play is pressed, and points to the perceptron learning
rule; Play still trains it (product decision: the flat loss is the lesson)."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QComboBox, QLabel

from annstudio.gui.editor.card_delegate import card_text
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec

from .test_main_window import isolated, make_window, set_epochs, unexpected_dialogs  # noqa: F401 (fixtures)


def test_the_rule_lives_below_the_gui():
    from annstudio.spec.training import layers_without_gradient

    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "tanh"}), ("Activation", {"activation": "sign"}),
                                 ("Dense", {"units": 1, "activation": "step"})])
    assert layers_without_gradient(spec) == {"activation": "sign", "dense_1": "step"}
    assert layers_without_gradient(ModelSpec.stack([2], [("Dense", {"units": 1, "activation": "sigmoid"})])) == {}


def card_warning(window, name):
    model = window.stack_editor.model
    return getattr(card_text(model.index(model.names().index(name), 0)), "warning", "")


def shown_text(parent, name):
    """The text of the label ``name`` under ``parent`` as the user sees it ("" when hidden or absent)."""
    label = parent.findChild(QLabel, name)
    return label.text() if label is not None and not label.isHidden() else ""


def test_a_step_activation_is_flagged_before_and_at_play(qtbot, unexpected_dialogs, monkeypatch):  # noqa: F811
    window = make_window(qtbot)
    monkeypatch.setattr(window, "ask_reset", lambda: "reset")
    window.open_example(resource_path("examples", "gates_and.annproj"))
    set_epochs(window, 3)
    window.stack_editor.select("dense")
    combo = window.inspector.findChild(QComboBox, "activation")
    panel, inspector = window.training_panel, window.inspector
    assert shown_text(panel, "gradientWarning") == shown_text(inspector, "inspectorGradientHint") == ""
    assert card_warning(window, "dense") == ""

    combo.setCurrentIndex(combo.findData("step"))  # as the user picks it in the Inspector
    assert window.document.spec.layer("dense").config["activation"] == "step"
    assert "gradient descent cannot train" in shown_text(inspector, "inspectorGradientHint")
    warning = shown_text(panel, "gradientWarning")
    assert "dense (step)" in warning and "perceptron learning rule" in warning
    assert "perceptron learning rule" in card_warning(window, "dense")

    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()  # warned, and still trained
    assert shown_text(panel, "gradientWarning") == warning

    combo.setCurrentIndex(combo.findData("sigmoid"))
    assert shown_text(panel, "gradientWarning") == shown_text(inspector, "inspectorGradientHint") == ""
    assert card_warning(window, "dense") == ""


def test_play_tells_the_status_line(qtbot, unexpected_dialogs):  # noqa: F811
    window = make_window(qtbot)
    window.open_example(resource_path("examples", "gates_and.annproj"))
    set_epochs(window, 1000)
    window.stack_editor.select("dense")
    combo = window.inspector.findChild(QComboBox, "activation")
    combo.setCurrentIndex(combo.findData("sign"))
    shown = []
    window.statusBar().messageChanged.connect(shown.append)
    window.training_panel.play_action.trigger()
    assert any("Gradient descent cannot train this model" in text and "perceptron learning rule" in text
               for text in shown)
    assert window.runner.is_active  # warned, not refused
    with qtbot.waitSignal(window.runner.sigFinished, timeout=30000):
        window.training_panel.stop_action.trigger()
