"""The GUI as the lean desktop bundle runs it: no TensorFlow (the backend picker says this build has none)
and no scikit-learn (the perceptron lab's iris page says the comparison needs it, and still runs the rule)."""
from __future__ import annotations

import importlib.util
import sys

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from annstudio.engine import session
from annstudio.gui.run.backend_picker import BackendPicker
from tests.gui.conftest import show_main_window
from tests.no_sklearn import without_sklearn


@pytest.fixture
def frozen_without_tensorflow(monkeypatch):
    """A PyInstaller bundle (``sys.frozen``) whose analysis left TensorFlow and Keras out."""
    real = importlib.util.find_spec
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("tensorflow", "keras") else real(name, *a))


def tensorflow_entries(picker):
    model = picker.model()
    return [(picker.itemText(i), model.item(i).isEnabled(), picker.itemData(i, Qt.ItemDataRole.ToolTipRole))
            for i in range(1, picker.count())]


def test_the_picker_says_this_build_has_no_tensorflow(qtbot, frozen_without_tensorflow):
    picker = BackendPicker()
    qtbot.addWidget(picker)
    picker.show()
    assert tensorflow_entries(picker) == [
        ("TensorFlow — CPU", False, "This build has no TensorFlow (the full desktop bundle has it)"),
        ("TensorFlow — GPU", False, "This build has no TensorFlow (the full desktop bundle has it)")]
    assert not picker.set_backend("tensorflow", "CPU:0")
    assert picker.current_backend() == ("numpy", None)


def test_the_reason_is_korean_in_a_korean_ui(qapp, qtbot, frozen_without_tensorflow):
    from annstudio.gui.i18n import install_translators

    install_translators(qapp, "ko")
    try:
        picker = BackendPicker()
        qtbot.addWidget(picker)
        tips = [tip for _, _, tip in tensorflow_entries(picker)]
    finally:
        install_translators(qapp, "en")
    assert tips[0] == tips[1] and "TensorFlow" in tips[0]
    assert "build" not in tips[0] and any("\uac00" <= ch <= "\ud7a3" for ch in tips[0])


def test_the_command_line_reason_names_the_build_not_pip(frozen_without_tensorflow):
    usable, reason = session.backend_status("tensorflow")
    assert not usable and "no TensorFlow" in reason and "pip" not in reason


def test_the_iris_page_says_the_comparison_needs_scikit_learn(qtbot, isolated_gui, monkeypatch):
    without_sklearn(monkeypatch)
    window = show_main_window(qtbot, (1400, 950))
    window.findChild(QAction, "action_perceptron_lab").trigger()
    lab = window.findChild(QWidget, "perceptronLab")
    tabs = lab.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Iris"))
    result = lab.findChild(QLabel, "perceptronIrisResult")
    qtbot.waitUntil(lambda: "needs scikit-learn" in result.text(), timeout=20000)   # said from its thread
    assert "needs scikit-learn" in result.text() and "→ 1 (setosa)" in result.text()
    page = result.parentWidget()
    x, _ = page.ours.getData()
    assert x is not None and len(x) == 2          # the rule's line is drawn
    x, _ = page.theirs.getData()
    assert x is None or len(x) == 0               # scikit-learn's is not
    assert len(page.points.data) == 150
