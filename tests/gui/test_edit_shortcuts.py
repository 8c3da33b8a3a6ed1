"""Edit-menu shortcuts: one action per key (Ctrl+D duplicates, Delete deletes) and the layer actions
disabled, with the reason, while only the Input layer is selected."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolTip

from tests.gui.conftest import show_main_window

from . import test_e2e_xvfb as e2e

ROOT = Path(__file__).resolve().parents[2]
xvfb = e2e.xvfb   # a private Xvfb screen (skipped without the Xvfb program)


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot)


def shared_shortcuts(window) -> dict[str, list[str]]:
    """Key sequences bound to more than one enabled action of the window (the platform's bindings)."""
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if not action.isEnabled():
            continue
        for keys in action.shortcuts():
            owners.setdefault(keys.toString(), []).append(action.objectName() or action.text())
    return {keys: names for keys, names in owners.items() if len(names) > 1}


def test_no_two_enabled_actions_share_a_shortcut(window):
    window.stack_editor.select("dense")
    assert shared_shortcuts(window) == {}
    actions = window.actions_by_name
    assert actions["delete"].shortcuts() == [QKeySequence(Qt.Key.Key_Delete)]
    assert actions["duplicate"].shortcuts() == [QKeySequence("Ctrl+D")]


def test_ctrl_d_duplicates_and_delete_deletes(qtbot, window):
    editor, document = window.stack_editor, window.document
    editor.select("dense")
    window.activateWindow()
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [layer.name for layer in document.spec.layers] == ["input", "dense", "dense_2", "dense_1"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert [layer.name for layer in document.spec.layers] == ["input", "dense", "dense_1"]


def test_layer_actions_are_disabled_on_the_input_with_the_reason(qtbot, window, monkeypatch):
    editor, actions = window.stack_editor, window.actions_by_name
    editor.select("input")
    for key in ("cut", "copy", "duplicate", "delete"):
        assert not actions[key].isEnabled(), key
        assert "Input layer cannot be" in actions[key].toolTip(), key
    assert window.findChild(type(window.menus[1]), "menu_edit").toolTipsVisible()
    editor.select("dense")
    for key in ("cut", "copy", "duplicate", "delete"):
        assert actions[key].isEnabled(), key
        assert "Input layer" not in actions[key].toolTip(), key
    # the Delete key on the Input card deletes nothing and says why (as the menu's tooltip does)
    editor.select("input")
    assert "every model starts with it" in editor.edit_block_reason()
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *rest: shown.append(text))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert [layer.name for layer in window.document.spec.layers] == ["input", "dense", "dense_1"]
    assert shown and "Input layer cannot be" in shown[-1]


_ON_X11 = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from annstudio.gui.run import backend_picker
backend_picker.list_tensorflow_devices = lambda: [("CPU:0", "CPU")]
from annstudio.gui.main_window import MainWindow
window = MainWindow()
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
print("ACTIVE", QTest.qWaitForWindowActive(window))
window.stack_editor.select("dense")
window.stack_editor.view.setFocus()
owners = {}
for action in window.findChildren(QAction):
    if action.isEnabled():
        for keys in action.shortcuts():
            owners.setdefault(keys.toString(), []).append(action.objectName() or action.text())
QTest.keyClick(window.stack_editor.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
QApplication.processEvents()
print("RESULT " + json.dumps({"shared": {k: v for k, v in owners.items() if len(v) > 1},
                              "layers": [layer.name for layer in window.document.spec.layers]}))
window.document.undo_stack.setClean()
window.close()
"""


def test_ctrl_d_duplicates_with_the_x11_key_bindings(xvfb, tmp_path):
    """On X11 Qt's standard Delete keys include Ctrl+D: with both actions bound to it, nothing happened."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(tmp_path / "config"), LANG="C.UTF-8",
               PYTHONPATH=str(ROOT), TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run([sys.executable, "-c", _ON_X11], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert line is not None, result.stdout + result.stderr
    found = json.loads(line[len("RESULT "):])
    assert found["shared"] == {}
    assert found["layers"] == ["input", "dense", "dense_2", "dense_1"]
    assert "Ambiguous shortcut" not in result.stderr
