"""Rescaling end to end in the window, the way a learner builds it: drag it from the palette onto the
stack, type its scale and offset into the inspector, see it on its card and in the diagram, train."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractSpinBox, QMessageBox

from annstudio.backends.numpy import build_model
from annstudio.gui.editor import commands
from annstudio.gui.editor.card_delegate import card_text
from annstudio.gui.editor.palette import kind_color
from annstudio.gui.layer_kinds import GUI_KINDS, PALETTE_KINDS
from annstudio.gui.main_window import MainWindow
from annstudio.gui.run import backend_picker
from annstudio.gui.views.network_layout import build_layout
from annstudio.spec.layer_kinds import KINDS


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])
    for name in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: pytest.fail(f"unexpected message box {a[1:3]}")))

    def quiet_close(w: MainWindow) -> None:
        w.runner.shutdown(5000)
        w.document.undo_stack.setClean()

    w = MainWindow()
    qtbot.addWidget(w, before_close_func=quiet_close)
    w.show()
    qtbot.waitExposed(w)
    return w


def type_into(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_every_kind_has_a_gui_entry_and_rescaling_is_in_the_palette():
    assert set(GUI_KINDS) == set(KINDS)
    assert "Rescaling" in PALETTE_KINDS
    assert len({kind.color for kind in GUI_KINDS.values()}) == len(GUI_KINDS)   # a colour per kind


def test_build_a_rescaling_model_in_the_window_and_train_it(qtbot, window):
    palette, editor, document = window.palette, window.stack_editor, window.document
    assert [layer.name for layer in document.spec.layers] == ["input", "dense", "dense_1"]

    # drag "Rescaling" from the palette and drop it on the stack, just above the first Dense card
    index = palette.index_of("Rescaling")
    assert "y = x·scale + offset" in index.data(Qt.ItemDataRole.ToolTipRole)
    mime = palette.model().mimeData([index])
    view = editor.view
    rect = view.visualRect(editor.model.index(1, 0))
    view.dropEvent(QDropEvent(QPointF(rect.center().x(), rect.top() + 2), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert [layer.name for layer in document.spec.layers] == ["input", "rescaling", "dense", "dense_1"]
    assert document.spec.layer("rescaling").config == {"scale": 1 / 255, "offset": 0.0}

    # the inspector shows its fields, found by objectName; typed values become one undo step each
    editor.select("rescaling")
    inspector = window.inspector
    assert inspector.layer_name == "rescaling"
    scale = inspector.findChild(QAbstractSpinBox, "rescalingScale")
    offset = inspector.findChild(QAbstractSpinBox, "rescalingOffset")
    assert scale is inspector.editor_for("scale", "Rescaling") and offset.isVisible()
    assert scale.text() == "0.00392157"
    assert scale.lineEdit().width() >= scale.fontMetrics().horizontalAdvance("0.00392157")   # shown in full
    assert "Rescaling · rescaling" in inspector._title.text() and "0 parameters" in inspector._info.text()
    start = document.undo_stack.count()
    type_into(qtbot, scale, "2")
    type_into(qtbot, offset, "-1")
    assert document.spec.layer("rescaling").config == {"scale": 2.0, "offset": -1.0}
    assert document.undo_stack.count() - start == 2
    document.undo_stack.undo()
    assert document.spec.layer("rescaling").config["offset"] == 0.0 and offset.text() == "0"
    document.undo_stack.redo()
    assert offset.text() == "-1"

    # its card, the totals and the diagram
    card = card_text(editor.model.index(1, 0))
    assert (card.kind, card.name, card.settings, card.shape, card.params, card.problem) == (
        "Rescaling", "rescaling", "x × 2 − 1", "(·, 2)", "0 p", "")
    assert kind_color("Rescaling").name() == GUI_KINDS["Rescaling"].color
    assert editor.totals_text() == "Total params: 17 · Trainable: 17 · Non-trainable: 0"
    layout = build_layout(document.spec)
    assert layout.columns[0].notes == ["Rescaling x × 2 − 1"]
    assert [col.name for col in layout.columns] == ["input", "dense", "dense_1"]

    # train it (XOR: inputs 0/1 become -1/+1)
    training = document.section("training")
    training.epochs = 40
    commands.push(document, "training", training, "epochs")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000) as blocker:
        window.training_panel.play_action.trigger()
    assert blocker.args[0]["event"] == "finished"
    qtbot.waitUntil(lambda: window.runner.state == "finished", timeout=10000)
    trained = window.runner.last_model
    assert [layer.kind for layer in trained.spec.layers] == ["Input", "Rescaling", "Dense", "Dense"]
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    twin = build_model(document.spec, seed=0)
    twin.set_weights(trained.get_weights())
    np.testing.assert_array_equal(trained.predict(x), twin.predict(x))
    # the Rescaling is really in the computation: the same weights without it predict otherwise
    plain = document.spec.copy()
    del plain.layers[1]
    bare = build_model(plain, seed=0)
    bare.set_weights(trained.get_weights())
    assert np.abs(bare.predict(x) - trained.predict(x)).max() > 1e-3
