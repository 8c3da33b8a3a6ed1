"""The mouse wheel over an unfocused number or combo box scrolls the page (issue 10, item 5): the value
stays and no undo entry appears; only a field that has the focus takes the wheel."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QScrollArea

from annstudio.resources import resource_path
from tests.gui.conftest import show_main_window


@pytest.fixture
def window(qtbot, isolated_gui):
    window = show_main_window(qtbot, (1100, 650))   # the Training tab's form is taller than its dock: it scrolls
    window.open_path(resource_path("examples", "xor_mlp.annproj"))   # 300 epochs
    window.docks["trainingPanel"].raise_()
    return window


def wheel(widget, notches: int = -1) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user, scrolling down)."""
    centre = QPoint(widget.width() // 2, widget.height() // 2)
    event = QWheelEvent(QPointF(centre), QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def page_of(widget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_wheel_over_unfocused_fields_scrolls_the_training_tab(qtbot, window):
    panel, document = window.training_panel, window.document
    window.activateWindow()
    window.stack_editor.view.setFocus()
    scrollbar = page_of(panel.epochs_box).verticalScrollBar()
    assert scrollbar.maximum() > 0
    scrollbar.setValue(0)
    undo = document.undo_stack.count()
    for field in (panel.epochs_box, panel.batch_size_box, panel.learning_rate_box, panel.loss_box,
                  panel.optimizer_box, panel.optimizer_settings[("Adam", "beta_1")]):
        before = field.currentText() if hasattr(field, "currentText") else field.lineEdit().text()
        wheel(field)
        after = field.currentText() if hasattr(field, "currentText") else field.lineEdit().text()
        assert after == before, field.objectName()
    training = document.project.training
    assert (training.epochs, training.batch_size, training.learning_rate) == (300, 4, 0.05)
    assert document.undo_stack.count() == undo
    assert scrollbar.value() > 0   # the page scrolled instead


def test_a_focused_field_takes_the_wheel(qtbot, window):
    panel = window.training_panel
    window.activateWindow()
    panel.epochs_box.setFocus()
    qtbot.waitUntil(panel.epochs_box.hasFocus)
    wheel(panel.epochs_box, notches=1)
    assert window.document.project.training.epochs == 301


def test_spin_and_combo_boxes_do_not_take_the_focus_from_the_wheel(window):
    for field in (window.training_panel.epochs_box, window.training_panel.loss_box, window.quick.optimizer,
                  window.inspector.units_spin, window.dataset_panel.combo):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, field.objectName()


def test_the_data_panel_fields_are_guarded_too(qtbot, window):
    window.open_path(resource_path("examples", "spiral.annproj"))   # its parameters: spin boxes
    spins = [w for w in window.dataset_panel.findChildren(QAbstractSpinBox) if w.objectName().startswith("param_")]
    assert spins
    params = dict(window.document.project.dataset["params"])
    undo = window.document.undo_stack.count()
    for spin in spins:
        assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus, spin.objectName()
        wheel(spin)
    assert window.document.project.dataset["params"] == params and window.document.undo_stack.count() == undo


def test_the_wheel_does_not_change_a_choice_in_a_lab(qtbot, window):
    """Scrolling the forward-pass lab's "The notes' network" page, the wheel passed over layer 3's f: box and
    turned the identity into softmax, with an undo entry "f3 = identity"; the perceptron lab's activation box
    too. The guard was given to the window's fields once built, not to labs opened later."""
    from PySide6.QtWidgets import QComboBox

    from annstudio.gui.learn import LABS

    for lab in LABS:
        window.actions_by_name[lab.action].trigger()
        widget = window.docks[lab.key].widget()
        window.stack_editor.view.setFocus()   # the pointer passes over the lab; the keyboard is elsewhere
        boxes = [box for box in widget.findChildren(QComboBox) if box.count() > 1]
        assert boxes or lab.key == "backpropLab", lab.key
        for box in boxes:
            box.setCurrentIndex(0)
            before = box.currentText()
            wheel(box)   # towards the user: the next item, were the wheel taken
            assert box.currentText() == before, (lab.key, box.objectName())


def test_the_wheel_over_the_data_panels_sliders_scrolls_the_panel(qtbot, window):
    """Scrolling the data panel with the pointer passing over "Test set ratio" moved it from 20 % to 50 %
    (and "Noise" from 0 to 15 %), one undo entry per notch, without the panel scrolling."""
    from PySide6.QtWidgets import QSlider

    from annstudio.gui.editor import commands

    commands.push(window.document, "dataset", {"name": "spiral", "params": {}}, "spiral")
    window.docks["datasetPanel"].raise_()
    qtbot.waitUntil(lambda: window.findChild(QSlider, "param_noise") is not None, timeout=10000)
    window.activateWindow()
    window.stack_editor.view.setFocus()
    before = dict(window.document.project.dataset["params"])
    undo = window.document.undo_stack.count()
    for name in ("param_noise", "param_test_ratio"):
        slider = window.findChild(QSlider, name)
        value = slider.value()
        for _ in range(3):
            wheel(slider, 1)   # away from the user: a slider taking it would go up
        assert slider.value() == value, name
    assert window.document.project.dataset["params"] == before
    assert window.document.undo_stack.count() == undo
