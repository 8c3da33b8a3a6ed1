"""File › Import / Export with Keras 3's ``.keras`` format: the dialogs offer it, Export writes it, Import reads
it as one undoable step, and a hostile archive shows one dialog naming the problem, never a crash."""
from __future__ import annotations

import zipfile

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annstudio.backends.numpy import build_model
from annstudio.io.keras_zip_read import load_keras
from annstudio.io.keras_zip_write import save_keras
from annstudio.spec import ModelSpec

from .conftest import show_main_window


@pytest.fixture
def dialogs(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append((title, text))))
    return shown


def other_model(path):
    spec = ModelSpec.stack([2], [("Dense", {"units": 7, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})], name="from_keras")
    model = build_model(spec, seed=3)
    save_keras(path, spec, model.get_weights(), loss="binary_crossentropy", optimizer="adam")
    return spec, model


def test_export_and_import_keras_files(qtbot, isolated_gui, dialogs, monkeypatch, tmp_path):
    window = show_main_window(qtbot)
    filters = []

    def save_dialog(parent, caption, start, filter_text, *a, **k):
        filters.append(filter_text)
        return str(tmp_path / "exported"), "Keras 3 models (*.keras)"   # a bare name with the .keras filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window.actions_by_name["export_h5"].trigger()
    assert dialogs == []
    exported = tmp_path / "exported.keras"
    assert zipfile.is_zipfile(exported)
    assert load_keras(exported).spec.to_dict()["layers"] == window.document.spec.to_dict()["layers"]
    assert "*.keras" in filters[0]

    path = tmp_path / "other.keras"
    spec, model = other_model(path)

    def open_dialog(parent, caption, start, filter_text, *a, **k):
        filters.append(filter_text)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_dialog))
    before = window.document.spec.to_dict()
    window.actions_by_name["import_h5"].trigger()
    assert dialogs == []
    assert "*.keras" in filters[1]
    assert [layer.config for layer in window.document.spec.layers] == [layer.config for layer in spec.layers]
    assert "Imported the model and its weights from other.keras" in window.statusBar().currentMessage()
    assert window.runner.has_custom_weights
    qtbot.waitUntil(lambda: window.runner.last_model is not None
                    and window.runner.last_model.spec.to_dict() == window.document.spec.to_dict(), timeout=20000)
    for key, value in model.get_weights().items():   # the file's weights are the current model's
        np.testing.assert_array_equal(np.asarray(window.runner.last_model.get_weights()[key]), value)
    monkeypatch.setattr(window, "ask_reset", lambda: "reset")   # "the network has weights: reset them?"
    window.document.undo_stack.undo()   # one step back to the model before the import
    assert window.document.spec.to_dict() == before


def test_import_of_a_hostile_keras_file_shows_one_dialog(qtbot, isolated_gui, dialogs, monkeypatch, tmp_path):
    window = show_main_window(qtbot)
    good = tmp_path / "good.keras"
    other_model(good)
    hostile = tmp_path / "slip.keras"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(hostile, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("../../outside.txt", b"owned")
    before = window.document.spec.to_dict()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(hostile), "")))
    window.actions_by_name["import_h5"].trigger()
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Cannot import the model"
    assert "'../../outside.txt' points outside the archive (path traversal)" in text
    assert window.document.spec.to_dict() == before
    assert not (tmp_path.parent / "outside.txt").exists()
    assert window.isVisible()


@pytest.mark.parametrize("typed, chosen, written", [
    ("wdmodel", "Keras models (*.h5 *.hdf5 *.keras)", "wdmodel.h5"),
    ("wdmodel", "All files (*)", "wdmodel.h5"),
    ("wd.v2", "Keras HDF5 models (*.h5 *.hdf5)", "wd.v2.h5"),
    ("wdmodel.KERAS", "Keras models (*.h5 *.hdf5 *.keras)", "wdmodel.KERAS"),
])
def test_export_gives_a_bare_name_keras_own_ending(qtbot, isolated_gui, dialogs, monkeypatch, tmp_path,
                                                    typed, chosen, written):
    """The learner types a name without ".h5" under the default filter: the file is written as name.h5 (it
    was written as "wdmodel", an HDF5 file that Keras and the Open dialog's filters do not recognise)."""
    window = show_main_window(qtbot)
    folder = tmp_path / "models"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(folder / typed), chosen)))
    window.actions_by_name["export_h5"].trigger()
    assert dialogs == []
    assert [p.name for p in folder.iterdir()] == [written]
    assert zipfile.is_zipfile(folder / written) == written.lower().endswith(".keras")


def test_open_on_a_model_file_offers_the_import_without_asking_to_save(qtbot, isolated_gui, dialogs, monkeypatch,
                                                                        tmp_path):
    """File › Open on a .keras with unsaved edits asked "save the changes?" first, although importing replaces
    nothing; the import offer is the only question."""
    path = tmp_path / "other.keras"
    other_model(path)
    window = show_main_window(qtbot)
    window.stack_editor.append_kind("Dropout")   # unsaved changes
    assert window.document.is_dirty
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    offered = []
    monkeypatch.setattr(window, "offer_import", lambda p: offered.append(p) or False)
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: dialogs.append(a[1:3]) or QMessageBox.StandardButton.Cancel))
    window.actions_by_name["open"].trigger()
    assert offered == [path] and dialogs == []
