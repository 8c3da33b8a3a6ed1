"""Issue 11 items 3, 7, 8 in the GUI: hostile files opened through File › Open / Import show one dialog with
the message (in the UI language), never a crash; long values are quoted briefly there too."""
from __future__ import annotations

import json

import h5py
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annstudio.gui.i18n import install_translators
from annstudio.gui.main_window import MainWindow
from annstudio.gui.run import backend_picker
from annstudio.io.h5_write import save_h5
from annstudio.spec import ModelSpec

OS_POLICY = {"module": "os", "class_name": "DTypePolicy", "config": {"name": "float32"}, "registered_name": None}


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])


@pytest.fixture
def dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a, **k: shown.append((title, text))))
    return shown


@pytest.fixture
def window(qtbot):
    window = MainWindow()

    def quiet_close(w=window):
        w.runner.shutdown(5000)
        w.document.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=quiet_close)
    window.show()
    qtbot.waitExposed(window)
    return window


def hostile_h5(tmp_path):
    spec = ModelSpec.stack([2], [("Dense", {"units": 3}), ("Dense", {"units": 1, "activation": "sigmoid"})])
    path = tmp_path / "hostile.h5"
    from annstudio.backends.numpy import build_model

    save_h5(path, spec, build_model(spec, seed=0).get_weights(), loss="mse", optimizer="adam")
    with h5py.File(path, "r+") as f:
        cfg = json.loads(f.attrs["model_config"])
        cfg["config"]["layers"][1]["config"]["dtype"] = OS_POLICY
        f.attrs["model_config"] = json.dumps(cfg)
    return path


def import_file(window, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.actions_by_name["import_h5"].trigger()


def open_file(window, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.actions_by_name["open"].trigger()


def test_import_of_a_foreign_dtype_policy_shows_the_field(window, dialogs, monkeypatch, tmp_path):
    before = window.document.spec.to_dict()
    import_file(window, monkeypatch, hostile_h5(tmp_path))
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Cannot import the model"
    assert "layer 'dense': dtype: module 'os' is not allowed" in text
    assert window.document.spec.to_dict() == before


def test_import_message_is_korean_in_the_korean_ui(qapp, window, dialogs, monkeypatch, tmp_path):
    install_translators(qapp, "ko")
    try:
        import_file(window, monkeypatch, hostile_h5(tmp_path))
    finally:
        install_translators(qapp, "en")
    assert len(dialogs) == 1
    assert "모듈 'os'는 허용되지 않습니다" in dialogs[0][1]


def test_open_of_a_deeply_nested_project_shows_a_dialog(window, dialogs, monkeypatch, tmp_path):
    path = tmp_path / "deep.annproj"
    path.write_text('{"format_version": 1, "model": ' + "[" * 1100 + "]" * 1100 + "}")
    open_file(window, monkeypatch, path)
    assert len(dialogs) == 1 and "nests 1101 levels deep" in dialogs[0][1]


def test_a_100_kb_value_is_quoted_briefly_in_the_dialog(window, dialogs, monkeypatch, tmp_path):
    data = {"format_version": "x" * 100_000, "dataset": {"name": "xor", "params": {}},
            "model": {"layers": [{"kind": "Input", "name": "in", "config": {"shape": [2]}}]}}
    path = tmp_path / "long.annproj"
    path.write_text(json.dumps(data))
    open_file(window, monkeypatch, path)
    assert len(dialogs) == 1
    text = dialogs[0][1]
    assert "'format_version' must be an integer, got 'xxxx" in text and "…" in text and len(text) < 400
