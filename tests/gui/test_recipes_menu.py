"""Learn > Open a recipe: each of the notes' recipes opens as a project in the main window."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from annstudio.gui.editor.card_delegate import card_text
from annstudio.gui.menus import RECIPES

from .conftest import show_main_window

pytestmark = pytest.mark.usefixtures("isolated_gui")

EXPECTED = {
    # stem: (title, dataset, [(kind, shape, params)] of the cards)
    "mnist_ann": ("MNIST digits (ANN)", "mnist",
                  [("Input", "(·, 784)", None), ("Dense", "(·, 256)", "200,960 p"), ("Dense", "(·, 256)", "65,792 p"),
                   ("Dense", "(·, 10)", "2,570 p")]),
    "housing_regression": ("Housing-style regression", "diabetes",
                           [("Input", "(·, 10)", None), ("Dense", "(·, 30)", "330 p"), ("Dense", "(·, 1)", "31 p")]),
    "housing_callbacks": ("Callbacks: checkpoints and early stopping", "diabetes",
                          [("Input", "(·, 10)", None), ("Dense", "(·, 30)", "330 p"), ("Dense", "(·, 1)", "31 p")]),
    "wide_and_deep": ("Wide & Deep", "diabetes",
                      [("Input", "(·, 10)", None), ("Dense", "(·, 30)", "330 p"), ("Dense", "(·, 30)", "930 p"),
                       ("Concatenate", "(·, 40)", "0 p"), ("Dense", "(·, 1)", "41 p")]),
}


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "no-keras"))   # no MNIST files: the data panel says so
    return show_main_window(qtbot)


def test_the_recipes_submenu_lists_every_recipe(window):
    menu = window.findChild(QMenu, "menu_recipes")
    names = [a.objectName() for a in menu.actions()]
    assert names == [f"recipe_{stem}" for stem in RECIPES]
    mnist = window.findChild(QAction, "recipe_mnist_ann")
    assert mnist.text() == "MNIST digits (ANN)"
    assert "RandomNormal(stddev 1)" in mnist.toolTip()


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_triggering_a_recipe_opens_its_project(qtbot, window, stem):
    title, dataset, cards = EXPECTED[stem]
    window.findChild(QAction, f"recipe_{stem}").trigger()
    assert window.windowTitle().startswith(title)
    assert window.document.path is None          # an example: saving asks for a new file
    # the status line names it as the menu does (it said "Opened the example wide_and_deep", the file's stem)
    assert window.statusBar().currentMessage() == f"Opened the example “{title}” (save it to keep your changes)"
    assert window.document.project.dataset["name"] == dataset
    model = window.stack_editor.model
    assert model.rowCount() == len(cards)
    shown = []
    for row in range(model.rowCount()):
        text = card_text(model.index(row, 0))
        shown.append((text.kind, text.shape, text.params or None))
    assert shown == cards
    if stem == "mnist_ann":
        qtbot.waitUntil(lambda: not window.dataset_panel.busy and window.dataset_panel.error.isVisible(), timeout=10000)
        assert "MNIST" in window.dataset_panel.error.text()
    else:   # the data panel's summary, in words a reader takes in ("1 output(s)" before)
        qtbot.waitUntil(lambda: not window.dataset_panel.busy and window.dataset_panel.summary.text() != "",
                        timeout=10000)
        assert window.dataset_panel.summary.text() == "354 training · 88 test · inputs 10 · 1 output, regression"


def test_names_with_an_ampersand_show_as_they_are(qtbot, window, tmp_path, monkeypatch):
    """Qt reads "&" in a menu text as the mark of a shortcut letter: the menus showed "Wide _Deep" (the space
    underlined, Alt+Space its shortcut), and a recent file "R&D.annproj" as "RD.annproj"."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QFileDialog

    for name in ("recipe_wide_and_deep", "example_wide_and_deep"):
        action = window.findChild(QAction, name)
        assert action.iconText() == "Wide & Deep"          # the text as the menu draws it
        assert QKeySequence.mnemonic(action.text()).isEmpty()
    target = tmp_path / "R&D.annproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["save_as"].trigger()
    assert target.exists()
    shown = [a.iconText() for a in window.recent_menu.actions() if a.data() == str(target.resolve())]
    assert shown == ["1 R&D.annproj"]


def test_the_callbacks_recipe_stops_early_keeps_the_best_model_and_writes_its_logs(qtbot, window, tmp_path):
    """The notes' callbacks lesson as a learner meets it: open the recipe, save it, train: the Training tab
    shows the three callbacks ticked, the run stops early with the best epoch's weights put back, and the
    checkpoint and the TensorBoard run folder are beside the project, as the run's end says."""
    from PySide6.QtWidgets import QGroupBox

    from annstudio.models import load_model

    window.findChild(QAction, "recipe_housing_callbacks").trigger()
    for name in ("earlyStoppingGroup", "ModelCheckpointGroup", "TensorBoardGroup"):
        assert window.findChild(QGroupBox, name).isChecked(), name
    window.document.save(tmp_path / "callbacks.annproj")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=120000) as finished:
        window.training_panel.play_action.trigger()
    assert finished.args[0]["reason"] == "early_stopping"
    history = window.runner.history
    epochs = len(history["val_loss"])
    best = int(np.argmin(history["val_loss"]))
    assert 10 < epochs < 100 and epochs == best + 11      # patience 10
    checkpoint = tmp_path / "my_keras_model.h5"
    (run_folder,) = (tmp_path / "my_logs").iterdir()
    assert run_folder.name.startswith("run_")
    restored = window.runner.last_model.get_weights()
    for key, value in load_model(checkpoint).get_weights().items():   # the best epoch's, both of them
        np.testing.assert_array_equal(value, restored[key], err_msg=key)
    assert "Written: " in window.training_panel.message.text()
