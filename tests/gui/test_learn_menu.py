"""The Learn menu (issues 12, 13): one entry per chapter's lab, each opening its lab in a dock tabbed over
the Output area; a closed lab opens again; the notes' recipes open as projects; Korean titles."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget

from annstudio.gui.learn import LABS
from tests.gui.conftest import show_main_window


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot)


def learn_actions(window):
    menu = window.findChild(QMenu, "menu_learn")
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


@pytest.mark.parametrize("lab", LABS, ids=[lab.key for lab in LABS])
def test_each_lab_opens_from_the_menu_in_front_of_the_output_area(qtbot, isolated_gui, lab):
    window = show_main_window(qtbot, (1560, 960))   # the default layout: Output takes about 38 %
    output_width = window.docks["outputArea"].width()
    actions = learn_actions(window)
    assert window.findChild(QWidget, lab.key) is None       # made on first use: the window starts fast
    actions[f"action_{lab.action}"].trigger()
    widget = window.findChild(QWidget, lab.key)
    assert widget is not None
    qtbot.waitUntil(widget.isVisible)
    dock = window.findChild(QDockWidget, f"{lab.key}Dock")
    assert window.docks["outputArea"] in window.tabifiedDockWidgets(dock)
    assert not widget.visibleRegion().isEmpty()              # in front, not behind the Output tab
    # room for its tables and plots: the column is widened towards half the window
    qtbot.waitUntil(lambda: dock.width() >= output_width + 60)
    dock.close()
    qtbot.waitUntil(lambda: not widget.isVisible())
    actions[f"action_{lab.action}"].trigger()                # the menu brings a closed lab back
    qtbot.waitUntil(widget.isVisible)
    assert window.findChild(QWidget, lab.key) is widget      # the same lab, not a second one


def test_the_menu_lists_the_chapters_then_the_recipes(window):
    menu = window.findChild(QMenu, "menu_learn")
    texts = [a.text() for a in menu.actions()]
    assert texts.index("1. Neurons, perceptrons and logic gates") < texts.index("Perceptron and logic gates…")
    assert texts.index("3. How a network learns") < texts.index("Gradient descent and losses…")
    recipes = window.findChild(QMenu, "menu_recipes")
    names = [a.objectName() for a in recipes.actions()]
    for stem in ("fashion_mnist_mlp", "mnist_ann", "housing_regression", "wide_and_deep"):
        assert f"recipe_{stem}" in names


def test_a_recipe_opens_as_the_project(qtbot, window):
    recipes = window.findChild(QMenu, "menu_recipes")
    action = next(a for a in recipes.actions() if a.objectName() == "recipe_wide_and_deep")
    action.trigger()
    assert "Concatenate" in [layer.kind for layer in window.document.project.model.layers]
    assert window.windowTitle().startswith("Wide & Deep")


def test_lab_titles_are_korean(qtbot, isolated_gui):
    from annstudio.gui.i18n import catalogue, install_translators

    if not catalogue("ko").is_file():
        pytest.skip("the Korean catalogue has not been compiled")
    app = QApplication.instance()
    install_translators(app, "ko")
    try:
        window = show_main_window(qtbot)
        learn_actions(window)["action_perceptron_lab"].trigger()
        dock = window.findChild(QDockWidget, "perceptronLabDock")
        assert dock.windowTitle() == "퍼셉트론과 논리 게이트"
        menu = window.findChild(QMenu, "menu_learn")
        assert menu.title().replace("&", "").startswith("배우기")
        window.close()
    finally:
        install_translators(app, "en")
