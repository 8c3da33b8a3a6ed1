"""Issue 11 item 1 in the GUI: a project's checkpoint / TensorBoard paths stay inside its folder; a path the
user picks with the "…" button is the user's choice and may lie anywhere."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton

from annstudio import Project
from annstudio.gui.document import ProjectDocument
from annstudio.gui.run import backend_picker
from annstudio.gui.run.training_panel import TrainingPanel
from annstudio.gui.run.worker import TrainingRunner
from annstudio.resources import resource_path


@pytest.fixture
def runner(qtbot):
    runner = TrainingRunner()
    yield runner
    assert runner.shutdown(5000)


@pytest.fixture
def saved_project(tmp_path, monkeypatch, qtbot, runner):
    """A TrainingPanel on a project saved in tmp_path/shared with a checkpoint at ``filepath``."""
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "Fake CPU")])

    def make(filepath):
        project = Project.load(resource_path("examples", "xor_mlp.annproj"))
        project.training.epochs = 2
        project.training.callbacks = [{"class_name": "ModelCheckpoint", "config": {"filepath": filepath}}]
        folder = tmp_path / "shared"
        folder.mkdir(exist_ok=True)
        project.save(folder / "shared.annproj")
        document = ProjectDocument()
        document.replace(Project.load(folder / "shared.annproj"), folder / "shared.annproj")
        panel = TrainingPanel(document, runner)
        qtbot.addWidget(panel)
        return panel, document

    return make


def test_a_checkpoint_path_outside_the_project_folder_is_refused(qtbot, tmp_path, runner, saved_project):
    panel, _ = saved_project("../victim.h5")
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    assert runner.state == "error"
    assert "ModelCheckpoint filepath" in panel.message.text()
    assert "outside the project's folder" in panel.message.text() and panel.message.isVisibleTo(panel)
    assert not (tmp_path / "victim.h5").exists()
    assert runner.history == {}  # refused before training


def test_a_checkpoint_path_picked_in_the_dialog_may_be_anywhere(qtbot, tmp_path, runner, saved_project,
                                                                 monkeypatch):
    panel, document = saved_project("ck.h5")
    elsewhere = tmp_path / "my results"
    elsewhere.mkdir()
    picked = str(elsewhere / "best.h5")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (picked, ""))
    browse = panel.checkpoint_group.findChild(QToolButton)
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert panel.checkpoint_path.text() == picked
    where = panel.findChild(QLabel, "ModelCheckpointWhere")
    assert where.text() == f"Saved in: {elsewhere}" and not where.property("outside")
    assert document.project.training.callbacks[0]["config"]["filepath"] == picked
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    assert runner.state == "finished", panel.message.text()
    assert (elsewhere / "best.h5").exists()


def test_a_path_typed_outside_the_folder_is_refused(qtbot, tmp_path, runner, saved_project):
    panel, document = saved_project("ck.h5")
    panel.checkpoint_path.clear()
    qtbot.keyClicks(panel.checkpoint_path, str(tmp_path / "typed.h5"))
    panel.checkpoint_path.editingFinished.emit()
    assert document.project.training.callbacks[0]["config"]["filepath"] == str(tmp_path / "typed.h5")
    # said under the field as it is typed, before Play refuses it, with the way out
    where = panel.findChild(QLabel, "ModelCheckpointWhere")
    assert where.text() == (f"Saved in: {tmp_path} — outside the project's folder: Play refuses it unless you "
                            "choose it with the “…” button") and where.property("outside")
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    assert runner.state == "error" and "ModelCheckpoint filepath" in panel.message.text()
    assert not (tmp_path / "typed.h5").exists()


def test_a_refused_path_does_not_hide_the_network(qtbot, tmp_path, monkeypatch):
    """The model shown before training is built without the callbacks: opening a project whose checkpoint
    path is refused still shows its network and its initial weights; Play then says why it cannot run."""
    from .test_main_window import make_window

    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.training.callbacks = [{"class_name": "ModelCheckpoint", "config": {"filepath": "/tmp/../victim.h5"}}]
    folder = tmp_path / "shared"
    folder.mkdir()
    project.save(folder / "shared.annproj")
    window = make_window(qtbot)
    assert window.open_path(folder / "shared.annproj", ask=False)
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=20000)
    assert sorted(window.runner.last_model.get_weights()) == ["dense/bias", "dense/kernel", "dense_1/bias",
                                                              "dense_1/kernel"]
    with qtbot.waitSignal(window.runner.sigFinished, timeout=20000):
        window.training_panel.play_action.trigger()
    assert window.runner.state == "error" and "ModelCheckpoint filepath" in window.training_panel.message.text()


def test_a_checkpoint_named_without_an_ending_gets_the_filters(qtbot, tmp_path, runner, saved_project, monkeypatch):
    """"ckpt" typed in the dialog (its filter: *.h5) was kept as it was: the run wrote an HDF5 file named "ckpt"
    that the Import dialog does not list, and the exported Keras script stopped at ModelCheckpoint."""
    panel, document = saved_project("ck.h5")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ckpt"), ""))
    qtbot.mouseClick(panel.checkpoint_group.findChild(QToolButton), Qt.MouseButton.LeftButton)
    assert panel.checkpoint_path.text() == str(tmp_path / "ckpt.h5")
    assert document.project.training.callbacks[0]["config"]["filepath"] == str(tmp_path / "ckpt.h5")


def test_a_checkpoint_name_without_a_model_ending_is_refused_before_training(qtbot, tmp_path, runner, saved_project):
    panel, _ = saved_project("ckpt")   # a project file written by hand
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    assert runner.state == "error" and runner.history == {}
    assert "shared/ckpt': the name must end in .h5 or .keras" in panel.message.text()


def test_a_checkpoint_through_an_existing_file_is_said_and_refused_before_training(qtbot, tmp_path, runner,
                                                                                 saved_project):
    """"history.csv/모델.h5" (history.csv a file of the project's folder): the caption said "Saved in:
    …/history.csv" and the run failed after epoch 1 with "FileExistsError: [Errno 17] File exists"."""
    panel, document = saved_project("ck.h5")
    (tmp_path / "shared" / "history.csv").write_text("precious\n")
    panel.checkpoint_path.clear()
    qtbot.keyClicks(panel.checkpoint_path, "history.csv/model.h5")
    panel.checkpoint_path.editingFinished.emit()
    where = panel.findChild(QLabel, "ModelCheckpointWhere")
    assert where.property("outside")
    assert where.text() == (f"Play refuses it: 'history.csv/model.h5': {tmp_path / 'shared' / 'history.csv'} is a "
                            "file, not a folder; choose another name")
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    assert runner.state == "error" and runner.history == {}
    assert "ModelCheckpoint filepath" in panel.message.text() and "is a file, not a folder" in panel.message.text()
    assert "FileExistsError" not in panel.message.text()
    assert (tmp_path / "shared" / "history.csv").read_text() == "precious\n"
