"""The Data column fits every data set on a 1024 x 700 screen.

A learner on a Korean 1024 x 700 screen started with XOR and chose iris, digits and diabetes: the Data dock kept
XOR's width (about 165 px), so each came with a horizontal scroll bar and cut text ("테스트 세트 비율 … 20 %"
read "20 9", the seed box lost its arrows, the digit thumbnails were cut in half). View > Reset layout then
gave a wider dock than the start had.
"""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QScrollArea, QWidget

from annstudio.gui.i18n import catalogue, install_translators

from .conftest import show_main_window

SCREEN_WINDOW = (984, 660)   # the window the app opens on a 1024 x 700 screen


@pytest.fixture(autouse=True)
def isolated(isolated_gui):
    """Private settings: a fresh start, with the default layout."""


@pytest.fixture(params=["ko", "en"])
def language(request, qapp):
    if request.param == "ko" and not catalogue("ko").is_file():
        pytest.skip("the Korean catalogue has not been compiled")
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def choose_dataset(qtbot, window, name: str) -> None:
    """Open the data set list and click ``name``'s entry, as the learner does; wait for its preview."""
    combo = window.findChild(QComboBox, "datasetCombo")
    row = combo.findData(name, Qt.ItemDataRole.UserRole)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    with qtbot.waitSignal(window.dataset_panel.sigDatasetLoaded, timeout=20000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert window.document.project.dataset["name"] == name
    qtbot.wait(50)   # the layouts follow the new controls and preview


def cut_off(window) -> list[str]:
    """The Data panel's texts, fields and buttons that reach past the dock's right edge."""
    area = window.findChild(QScrollArea, "datasetPanelScroll")
    viewport = area.viewport()
    cut = []
    for widget in window.dataset_panel.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton, QAbstractSpinBox, QComboBox)) or not widget.isVisible():
            continue
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > viewport.width():
            cut.append(f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', lambda: '')()!r}")
    return cut


def test_every_data_set_fits_the_data_column_and_reset_layout_keeps_it(qtbot, language):
    window = show_main_window(qtbot, SCREEN_WINDOW)
    qtbot.wait(100)   # the default proportions come after the first show
    dock = window.docks["datasetPanel"]
    area = window.findChild(QScrollArea, "datasetPanelScroll")
    start = dock.width()
    for name in ("iris", "digits", "diabetes"):
        choose_dataset(qtbot, window, name)
        assert not area.horizontalScrollBar().isVisible(), (language, name, dock.width())
        assert cut_off(window) == [], (language, name, dock.width())
    if language == "ko":
        ratio = window.dataset_panel.findChild(QWidget, "param_test_ratio").readout
        assert ratio.isVisible() and ratio.text() == "20 %"
    # the learner resets the layout with diabetes loaded: the same Data column as at the start
    window.findChild(QAction, "action_reset_layout").trigger()
    qtbot.wait(100)
    assert abs(dock.width() - start) <= 2, (start, dock.width())
    assert cut_off(window) == []
    # the other columns keep room for their own: the model's cards and the output's plots
    assert window.stack_editor.width() >= 300 and window.docks["outputArea"].width() >= 280
