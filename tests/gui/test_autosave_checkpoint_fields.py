"""ModelCheckpoint's save_best_only and monitor in the Training tab: clicked, stored in the project,
undone, and obeyed by a run (only improving epochs write a file)."""
import pytest
from PySide6.QtCore import Qt

from annstudio import Project
from annstudio.gui.document import ProjectDocument
from annstudio.gui.run import backend_picker
from annstudio.gui.run.training_panel import TrainingPanel
from annstudio.gui.run.worker import TrainingRunner
from annstudio.resources import resource_path


def xor_project(**training):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.dataset["params"]["repeat"] = 10
    for key, value in training.items():
        setattr(project.training, key, value)
    return project


@pytest.fixture
def runner(qtbot):
    runner = TrainingRunner()
    yield runner
    assert runner.shutdown(5000)


@pytest.fixture
def make_panel(qtbot, runner, monkeypatch):
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "Fake CPU")])

    def make(project=None):
        document = ProjectDocument(project or xor_project())
        panel = TrainingPanel(document, runner)
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitExposed(panel)
        return panel, document

    return make


def checkpoint(document):
    return next((c["config"] for c in document.project.training.callbacks if c["class_name"] == "ModelCheckpoint"),
                None)


def click(qtbot, widget):
    widget.ensurePolished()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def choose(qtbot, box, key):
    """Pick the entry whose data is ``key`` with the keyboard, as a user does."""
    box.setFocus()
    while box.currentData() != key:
        qtbot.keyClick(box, Qt.Key.Key_Down)


def test_best_only_and_watch_are_undoable_settings_of_the_project(qtbot, make_panel, tmp_path):
    panel, document = make_panel()
    best = panel.findChild(type(panel.checkpoint_best), "ModelCheckpointBestOnly")
    monitor = panel.findChild(type(panel.checkpoint_monitor), "ModelCheckpointMonitor")
    assert best is panel.checkpoint_best and monitor is panel.checkpoint_monitor
    assert not best.isEnabled()   # inside the switched-off checkpoint group
    panel.checkpoint_group.setChecked(True)
    assert checkpoint(document) == {"filepath": "checkpoint.h5", "monitor": "val_loss", "save_best_only": False,
                                    "mode": "auto"}
    assert best.isEnabled() and not best.isChecked() and not monitor.isEnabled()

    click(qtbot, best)
    assert best.isChecked() and monitor.isEnabled()
    assert checkpoint(document)["save_best_only"] is True
    choose(qtbot, monitor, "val_accuracy")
    assert checkpoint(document)["monitor"] == "val_accuracy"
    assert document.is_dirty
    document.save(tmp_path / "saved.annproj")   # the project file keeps both
    saved = Project.load(tmp_path / "saved.annproj").training.callbacks
    assert saved == [{"class_name": "ModelCheckpoint", "config": {"filepath": "checkpoint.h5", "monitor": "val_accuracy",
                                                                  "save_best_only": True, "mode": "auto"}}]

    stack = document.undo_stack
    assert stack.undoText() == "Change checkpoints: watch"
    stack.undo()   # the keyboard walked through "loss" on the way: one step all the same (merged)
    assert checkpoint(document)["monitor"] == "val_loss" and monitor.currentData() == "val_loss"
    assert stack.undoText() == "Change checkpoints: only when it improves"
    stack.undo()
    assert checkpoint(document)["save_best_only"] is False
    assert not best.isChecked() and not monitor.isEnabled()
    stack.redo()
    assert best.isChecked() and checkpoint(document)["save_best_only"] is True

    # switched off: the fields show the defaults (as every field of a callback the project lacks); undo
    # brings the setting back
    panel.checkpoint_group.setChecked(False)
    assert checkpoint(document) is None and not best.isChecked()
    stack.undo()
    assert panel.checkpoint_group.isChecked() and best.isChecked() and checkpoint(document)["save_best_only"] is True


def test_the_fields_show_a_loaded_project(make_panel):
    project = xor_project(callbacks=[{"class_name": "ModelCheckpoint",
                                      "config": {"filepath": "b.h5", "monitor": "val_mae", "save_best_only": True}}])
    panel, document = make_panel(project)
    assert panel.checkpoint_group.isChecked() and panel.checkpoint_best.isChecked()
    assert panel.checkpoint_monitor.currentData() == "val_mae" and panel.checkpoint_monitor.isEnabled()
    document.replace(xor_project())
    assert not panel.checkpoint_best.isChecked() and panel.checkpoint_monitor.currentData() == "val_loss"


def test_a_run_with_best_only_on_val_loss_writes_only_improving_epochs(qtbot, make_panel, runner, tmp_path):
    panel, document = make_panel(xor_project(epochs=40, validation_split=0.25, batch_size=4))
    panel.checkpoint_group.setChecked(True)
    panel.checkpoint_path.setText("ckpt_{epoch:03d}.h5")
    panel.checkpoint_path.editingFinished.emit()
    click(qtbot, panel.checkpoint_best)
    assert checkpoint(document)["save_best_only"] and checkpoint(document)["monitor"] == "val_loss"
    with qtbot.waitSignal(runner.sigFinished, timeout=30000):
        runner.start(document.snapshot(), base_dir=tmp_path)
    assert runner.state == "finished"
    val = runner.history["val_loss"]
    improved, best = [], float("inf")
    for epoch, value in enumerate(val, start=1):
        if value < best:
            best = value
            improved.append(epoch)
    written = sorted(int(p.stem.split("_")[1]) for p in tmp_path.glob("ckpt_*.h5"))
    assert written == improved
    assert len(written) < len(val)   # some epochs did not improve, and wrote nothing
