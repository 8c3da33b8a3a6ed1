"""Autosave in the window, and the recovery offer: what gets written when, what a clean quit, New and
Save remove, and the offer's Restore / Discard / Later, clicked as a user does."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableWidget

from annstudio.engine.session import build_model
from annstudio.gui import recovery_files
from annstudio.gui.autosave import Autosaver
from annstudio.gui.recovery_dialog import offer_recovery
from annstudio.io.h5_read import load_h5
from annstudio.project import Project
from annstudio.resources import resource_path

from .conftest import show_main_window

pytest.importorskip("pytestqt")


@pytest.fixture
def window(qtbot, isolated_gui, tmp_path):
    window = show_main_window(qtbot)
    window.autosaver = Autosaver(window, folder=tmp_path / "recovery", interval=0.05)
    return window


def saved(qtbot, saver):
    qtbot.waitUntil(lambda: saver.up_to_date, timeout=10000)


def on_disk(folder):
    return sorted(p.suffix for p in folder.iterdir()) if folder.is_dir() else []


def type_epochs(qtbot, window, text):
    box = window.training_panel.epochs_box
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def dead_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def answer(qtbot, button_name, seen):
    """Click ``button_name`` in the recovery offer as soon as it shows (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "recoveryOffer" and box.isVisible():
            timer.stop()
            seen.append((box.text(), box.informativeText()))
            qtbot.mouseClick(box.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)

    timer.timeout.connect(click)
    timer.start()
    return timer


def left_entry(folder, pid, *, epochs=300, weights=True, name="crashed xor", original_path=None):
    """What a killed instance ``pid`` left: an edited XOR project, and (optionally) weights."""
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.name = name
    project.training.epochs = epochs
    stored = None
    if weights:
        model = build_model(project.model, "numpy", seed=42)
        stored = (project.model, model.get_weights(), "float32")
    stem = f"{pid}-0123456789ab"
    meta = {"name": name, "original_path": str(original_path) if original_path else None,
            "example_dir": str(resource_path("examples")), "epochs": 120 if weights else 0}
    recovery_files.write_entry(folder, stem, project.to_dict(), meta, stored, True)
    return stem, stored


# ------------------------------------------------------------------------------------------- autosave
def test_an_edit_is_autosaved_and_a_clean_quit_removes_it(qtbot, window, monkeypatch):
    saver, folder = window.autosaver, window.autosaver.folder
    assert on_disk(folder) == []   # nothing unsaved yet: nothing written
    type_epochs(qtbot, window, "123")
    assert window.document.is_dirty
    saved(qtbot, saver)
    assert on_disk(folder) == [".annproj", ".json"]
    assert json.loads((folder / f"{saver.stem}.annproj").read_text())["training"]["epochs"] == 123
    meta = json.loads((folder / f"{saver.stem}.json").read_text())
    assert meta["name"] == window.display_name() and meta["original_path"] is None
    assert saver.stem.startswith(f"{os.getpid()}-")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    window.actions_by_name["quit"].trigger()
    assert not window.isVisible()
    assert on_disk(folder) == []


def test_new_project_and_save_remove_the_entry(qtbot, window, monkeypatch, tmp_path):
    saver, folder = window.autosaver, window.autosaver.folder
    type_epochs(qtbot, window, "55")
    saved(qtbot, saver)
    assert on_disk(folder) == [".annproj", ".json"]
    window._save_to(tmp_path / "mine.annproj")   # saved to its file, nothing trained: nothing to recover
    saved(qtbot, saver)
    assert on_disk(folder) == []

    type_epochs(qtbot, window, "66")
    saved(qtbot, saver)
    meta = json.loads((folder / f"{saver.stem}.json").read_text())
    assert meta["original_path"] == str(tmp_path / "mine.annproj")
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    window.actions_by_name["new"].trigger()        # the project is closed cleanly (its edits discarded)
    saved(qtbot, saver)
    assert on_disk(folder) == []


def test_a_run_end_writes_the_trained_weights_and_reset_drops_them(qtbot, window):
    saver, folder = window.autosaver, window.autosaver.folder
    runner = window.runner
    runner.set_pace(None)   # as fast as it trains
    with qtbot.waitSignal(runner.sigFinished, timeout=30000):
        window.training_panel.play_action.trigger()
    saved(qtbot, saver)
    assert not window.document.is_dirty and on_disk(folder) == [".annproj", ".h5", ".json"]
    stored = load_h5(folder / f"{saver.stem}.h5").weights
    trained = runner.last_model.get_weights()
    assert stored.keys() == trained.keys()
    for key in trained:
        np.testing.assert_array_equal(stored[key], trained[key])
    assert json.loads((folder / f"{saver.stem}.json").read_text())["epochs"] == 300
    assert saver.last_seconds is not None

    window.training_panel.reset_action.trigger()  # the learner threw the trained weights away
    saved(qtbot, saver)
    assert on_disk(folder) == []


# ------------------------------------------------------------------------------------------- the offer
def test_restore_opens_the_project_modified_with_its_weights(qtbot, window, tmp_path):
    folder = window.autosaver.folder
    original = tmp_path / "elsewhere" / "crashed.annproj"
    stem, (_spec, weights, _dtype) = left_entry(folder, dead_pid(), original_path=original)
    seen = []
    timer = answer(qtbot, "recoveryRestore", seen)
    assert offer_recovery(window) == "restore"
    timer.stop()
    text, details = seen[0]
    assert "crashed xor" in text and "did not close properly" in text
    assert "after 120 epochs" in details and str(original) in details
    doc = window.document
    assert doc.project.name == "crashed xor" and doc.project.training.epochs == 300
    assert doc.path == original and doc.is_dirty and window.isWindowModified()
    assert window.windowTitle().startswith("crashed.annproj[*]")
    assert window.runner.has_custom_weights
    qtbot.waitUntil(lambda: window.runner.idle_run() is not None, timeout=10000)
    model = window.runner.idle_run().model.get_weights()
    for key in weights:
        np.testing.assert_array_equal(model[key], weights[key])
    assert not (folder / f"{stem}.json").exists()          # restored: the old entry is gone ...
    saved(qtbot, window.autosaver)
    assert (folder / f"{window.autosaver.stem}.h5").is_file()   # ... and this instance keeps it now
    # with the epochs they were trained for (the next offer said "weights" and "epochs": 0)
    assert json.loads((folder / f"{window.autosaver.stem}.json").read_text())["epochs"] == 120


def test_an_untitled_project_restored_stays_untitled(qtbot, window):
    """A new project, never saved, then a crash: Restore named it by the recovery file ("15044-2b04671f2256"),
    which Save offered as the file name and wrote into the project and the exported programs."""
    folder = window.autosaver.folder
    left_entry(folder, dead_pid(), name="untitled")
    seen = []
    timer = answer(qtbot, "recoveryRestore", seen)
    assert offer_recovery(window) == "restore"
    timer.stop()
    doc = window.document
    assert doc.path is None and doc.project.untitled and doc.project.name == "untitled"
    assert window.windowTitle().startswith("untitled[*]")
    assert doc.file_stem == "untitled"


def crashed_with_runs(qtbot, window):
    """An untitled project trained once (its run kept in the runs panel's temporary folder), autosaved, and
    its entry left as a killed instance leaves it (the pid of a dead process); the folder is still there."""
    saver, folder = window.autosaver, window.autosaver.folder
    window.runner.set_pace(None)
    with qtbot.waitSignal(window.runs_panel.recorder.sigSaved, timeout=60000):
        window.training_panel.play_action.trigger()
    runs_folder = window.runs_panel.recorder.temp_folder
    assert runs_folder is not None and window.document.path is None
    qtbot.waitUntil(lambda: json.loads((folder / f"{saver.stem}.json").read_text()).get("runs_folder")
                    == str(runs_folder), timeout=10000)
    saved(qtbot, saver)
    stem = f"{dead_pid()}-0123456789ab"
    for suffix in (".json", ".annproj", ".h5"):
        (folder / f"{saver.stem}{suffix}").rename(folder / f"{stem}{suffix}")
    return runs_folder


def test_restoring_an_untitled_project_lists_its_runs_again(qtbot, window, tmp_path):
    """The runs of an untitled project live in a temporary folder; after a crash Restore brought the project
    and its trained weights back, but the Runs panel was empty although the runs were still on disk."""
    runs_folder = crashed_with_runs(qtbot, window)
    other = show_main_window(qtbot)
    other.autosaver = Autosaver(other, folder=tmp_path / "other", interval=0.05)
    seen = []
    timer = answer(qtbot, "recoveryRestore", seen)
    assert offer_recovery(other, window.autosaver.folder) == "restore"
    timer.stop()
    assert other.runs_panel.recorder.temp_folder == runs_folder
    table = other.findChild(QTableWidget, "runsTable")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Run 1"
    # the restored window's own entry names the folder, for the next crash
    saved(qtbot, other.autosaver)
    entry = json.loads((other.autosaver.folder / f"{other.autosaver.stem}.json").read_text())
    assert entry["runs_folder"] == str(runs_folder)


def test_discarding_an_untitled_project_deletes_its_runs(qtbot, window, tmp_path):
    runs_folder = crashed_with_runs(qtbot, window)
    other = show_main_window(qtbot)
    seen = []
    timer = answer(qtbot, "recoveryDiscard", seen)
    assert offer_recovery(other, window.autosaver.folder) == "discard"
    timer.stop()
    assert not runs_folder.exists()


def test_an_entry_names_no_folder_but_a_runs_folder_in_the_temporary_folder(tmp_path):
    """The runs folder an entry names is listed by Restore and deleted by Discard: only one the runs panel
    made (``annstudio-runs-...`` directly in the temporary folder) is taken."""
    import tempfile

    made = Path(tempfile.mkdtemp(prefix="annstudio-runs-"))
    try:
        assert recovery_files.runs_folder_or_none(str(made)) == made
        for value in (str(tmp_path), str(tmp_path / "annstudio-runs-x"), "/", "annstudio-runs-x", 3, None,
                      str(made / ".." / made.name / "sub")):
            assert recovery_files.runs_folder_or_none(value) is None, value
        link = Path(tempfile.gettempdir()) / f"annstudio-runs-link-{os.getpid()}"
        link.symlink_to(tmp_path)
        try:
            assert recovery_files.runs_folder_or_none(str(link)) is None
        finally:
            link.unlink()
    finally:
        made.rmdir()


def test_discard_deletes_the_entry_and_later_keeps_it(qtbot, window):
    folder = window.autosaver.folder
    stem, _ = left_entry(folder, dead_pid(), weights=False)
    before = window.document.project.to_dict()
    seen = []
    timer = answer(qtbot, "recoveryLater", seen)
    assert offer_recovery(window) == "later"
    timer.stop()
    assert "Save asks where" in seen[0][1]
    assert (folder / f"{stem}.json").is_file() and window.document.project.to_dict() == before

    timer = answer(qtbot, "recoveryDiscard", seen)
    assert offer_recovery(window) == "discard"
    timer.stop()
    assert len(seen) == 2
    assert on_disk(folder) == [] and window.document.project.to_dict() == before and not window.document.is_dirty
    assert offer_recovery(window) is None   # nothing left to offer


def test_a_live_instance_keeps_its_entry_to_itself(qtbot, tmp_path):
    folder = tmp_path / "recovery"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        left_entry(folder, sleeper.pid, weights=False)
        assert recovery_files.recoverable(folder) == []
    finally:
        sleeper.kill()
        sleeper.wait()
    assert [e.pid for e in recovery_files.recoverable(folder)] == [sleeper.pid]   # gone now: offered
    own, _ = left_entry(folder, os.getpid(), weights=False)   # our pid, another token: an earlier process's
    assert sorted(e.stem for e in recovery_files.recoverable(folder)) == sorted([own, f"{sleeper.pid}-0123456789ab"])
    assert [e.pid for e in recovery_files.recoverable(folder, own_stem=own)] == [sleeper.pid]


def test_an_entry_naming_files_elsewhere_or_broken_is_not_offered(tmp_path):
    folder = tmp_path / "recovery"
    stem, _ = left_entry(folder, dead_pid(), weights=False)
    (folder / "123-zz.json").write_text("{}")                   # not our naming pattern
    (folder / "124-0123456789ab.json").write_text("[1, 2")     # not JSON
    (folder / "125-0123456789ab.json").write_text(json.dumps({"format": 1, "saved_at": 1.0, "name": "x"}))  # no project
    assert [e.stem for e in recovery_files.recoverable(folder)] == [stem]


def test_a_folder_that_cannot_be_written_is_said_once(qtbot, isolated_gui, tmp_path):
    window = show_main_window(qtbot)
    blocked = tmp_path / "not a folder"
    blocked.write_text("a file where the recovery folder should be")
    window.autosaver = Autosaver(window, folder=blocked, interval=0.05)
    type_epochs(qtbot, window, "12")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Autosave failed:"), timeout=10000)
    assert window.document.project.training.epochs == 12   # the edit itself is untouched


def test_later_goes_on_to_the_older_leftovers(qtbot, window):
    """Two instances killed: "Later" on the first offer hid the second until the next start."""
    folder = window.autosaver.folder
    first, _ = left_entry(folder, dead_pid(), weights=False, name="first")
    second, _ = left_entry(folder, dead_pid(), weights=False, name="second")
    seen = []
    timer = answer(qtbot, "recoveryLater", seen)

    def later_again():   # the second offer: Later too
        if len(seen) == 1:
            timer.start()

    timer.timeout.connect(later_again)
    assert offer_recovery(window) == "later"
    timer.stop()
    assert len(seen) == 2
    assert (folder / f"{first}.json").is_file() and (folder / f"{second}.json").is_file()


def test_a_killed_instance_not_yet_reaped_is_gone():
    """kill -9 leaves a zombie until its parent reaps it; kill(pid, 0) still found it, so a restart within a
    second offered nothing to recover."""
    import os
    import signal
    import time

    from annstudio.project import _process_alive

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert _process_alive(child.pid)
        os.kill(child.pid, signal.SIGKILL)
        time.sleep(0.3)   # dead, not reaped: a zombie
        assert not _process_alive(child.pid)
    finally:
        child.kill()
        child.wait()
