"""TrainingPanel (settings as undoable commands, controls following the run) and LossPlot."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from annstudio import Project
from annstudio.gui.document import ProjectDocument
from annstudio.gui.run import backend_picker
from annstudio.gui.run.training_panel import LearningRateBox, TrainingPanel
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.loss_plot import LossPlot
from annstudio.resources import resource_path

BUTTONS = ("playButton", "pauseButton", "stepButton", "stopButton", "resetButton")


def xor_project(**training):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    repeat = training.pop("repeat", None)
    if repeat:
        project.dataset["params"]["repeat"] = repeat
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
        return panel, document

    return make


def enabled(panel):
    return {name: panel.findChild(QToolButton, name).isEnabled() for name in BUTTONS}


def expect(**flags):
    return {f"{name}Button": value for name, value in flags.items()}


def type_into(qtbot, box, text):
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


def test_object_names_and_actions(make_panel):
    panel, _ = make_panel()
    assert panel.objectName() == "trainingPanel"
    assert panel.backend_picker.objectName() == "backendPicker"
    assert panel.findChild(type(panel.backend_picker), "backendPicker") is panel.backend_picker
    for name, action in zip(BUTTONS, (panel.play_action, panel.pause_action, panel.step_action,
                                      panel.stop_action, panel.reset_action), strict=True):
        button = panel.findChild(QToolButton, name)
        assert button.defaultAction() is action
        assert not action.icon().isNull()
        assert action.shortcut().toString() in action.toolTip()


def test_learning_rate_and_epochs_edits_are_one_undoable_command_each(qtbot, make_panel):
    panel, document = make_panel()
    stack = document.undo_stack
    assert panel.learning_rate_box.value() == pytest.approx(0.05) and panel.epochs_box.value() == 300

    type_into(qtbot, panel.learning_rate_box, "0.003")
    assert document.project.training.learning_rate == pytest.approx(0.003)
    assert stack.count() == 1

    type_into(qtbot, panel.epochs_box, "50")
    assert document.project.training.epochs == 50
    assert stack.count() == 2
    assert stack.text(0) == "Change learning rate" and stack.text(1) == "Change epochs"

    stack.undo()
    assert panel.epochs_box.value() == 300 and document.project.training.epochs == 300
    stack.undo()
    assert panel.learning_rate_box.value() == pytest.approx(0.05)
    assert panel.learning_rate_box.text() == "0.05"
    assert stack.count() == 2 and stack.index() == 0  # following undo pushed nothing
    stack.redo()
    assert panel.learning_rate_box.value() == pytest.approx(0.003)


def test_spinning_one_field_merges_into_one_command(qtbot, make_panel):
    panel, document = make_panel()
    for _ in range(3):
        panel.batch_size_box.stepUp()
    assert document.project.training.batch_size == 7
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert panel.batch_size_box.value() == 4


def test_learning_rate_box_walks_the_playground_ladder():
    box = LearningRateBox()
    box.setValue(0.05)
    box.stepBy(1)
    assert box.value() == pytest.approx(0.1) and box.text() == "0.1"
    box.stepBy(-3)
    assert box.value() == pytest.approx(0.003)
    box.setValue(1e-5)
    assert box.text() == "1e-05"


def test_optimizer_switch_keeps_the_learning_rate_and_shows_its_settings(qtbot, make_panel):
    panel, document = make_panel()
    sgd_momentum = panel.optimizer_settings[("SGD", "momentum")]
    beta_1 = panel.optimizer_settings[("Adam", "beta_1")]
    assert beta_1.isVisibleTo(panel) and not sgd_momentum.isVisibleTo(panel)
    panel.optimizer_box.setCurrentIndex(panel.optimizer_box.findData("SGD"))
    optimizer = document.project.training.optimizer
    assert optimizer["class_name"] == "SGD" and optimizer["config"]["learning_rate"] == pytest.approx(0.05)
    assert sgd_momentum.isVisibleTo(panel) and not beta_1.isVisibleTo(panel)

    type_into(qtbot, sgd_momentum, "0.9")
    panel.optimizer_settings[("SGD", "nesterov")].setChecked(True)
    assert document.project.training.optimizer["config"] == {"learning_rate": pytest.approx(0.05), "momentum": 0.9,
                                                             "nesterov": True}
    assert document.undo_stack.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert panel.optimizer_box.currentData() == "Adam" and beta_1.isVisibleTo(panel)
    assert document.project.training.optimizer["class_name"] == "Adam"


def test_loss_validation_seed_and_callbacks_are_commands(qtbot, make_panel):
    panel, document = make_panel()
    panel.loss_box.setCurrentIndex(panel.loss_box.findData("mean_squared_error"))
    type_into(qtbot, panel.validation_box, "25")
    type_into(qtbot, panel.seed_box, "7")
    panel.early_stopping_group.setChecked(True)
    type_into(qtbot, panel.es_patience, "12")
    panel.es_restore.setChecked(True)
    panel.checkpoint_group.setChecked(True)
    panel.checkpoint_path.setText("best.h5")
    panel.checkpoint_path.editingFinished.emit()
    panel.tensorboard_group.setChecked(True)
    cfg = document.project.training
    assert cfg.loss == {"name": "mean_squared_error"}
    assert (cfg.validation_split, cfg.seed) == (0.25, 7)
    callbacks = {c["class_name"]: c["config"] for c in cfg.callbacks}
    assert callbacks["EarlyStopping"]["patience"] == 12 and callbacks["EarlyStopping"]["restore_best_weights"]
    assert callbacks["ModelCheckpoint"]["filepath"] == "best.h5"
    assert callbacks["TensorBoard"]["log_dir"].startswith("logs/")
    assert document.undo_stack.count() == 9
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.project.training.callbacks == []
    assert not panel.early_stopping_group.isChecked() and not panel.checkpoint_group.isChecked()
    assert panel.validation_box.value() == 0 and panel.loss_box.currentData() == "binary_crossentropy"


def test_the_form_follows_a_replaced_document(make_panel):
    panel, document = make_panel()
    document.replace(xor_project(epochs=42, batch_size=2))
    assert (panel.epochs_box.value(), panel.batch_size_box.value()) == (42, 2)
    assert document.undo_stack.count() == 0


def test_buttons_follow_the_run_state(qtbot, make_panel, runner):
    panel, document = make_panel(xor_project(repeat=1000, batch_size=1, epochs=1000))
    assert enabled(panel) == expect(play=True, pause=False, step=True, stop=False, reset=False)

    with qtbot.waitSignal(runner.sigStateChanged, check_params_cb=lambda s: s == "running"):
        panel.findChild(QToolButton, "playButton").click()
    assert enabled(panel) == expect(play=False, pause=True, step=False, stop=True, reset=True)
    assert not panel.backend_picker.isEnabled()

    with qtbot.waitSignal(runner.sigStateChanged, timeout=5000, check_params_cb=lambda s: s == "paused"):
        panel.pause_action.trigger()
    assert enabled(panel) == expect(play=True, pause=False, step=True, stop=True, reset=True)

    with qtbot.waitSignal(runner.sigFinished, timeout=5000):
        panel.stop_action.trigger()
    assert runner.state == "stopped"
    assert enabled(panel) == expect(play=True, pause=False, step=True, stop=False, reset=True)
    assert panel.backend_picker.isEnabled()
    assert panel.message.text().startswith("Stopped")

    panel.reset_action.trigger()
    assert runner.state == "idle"
    assert enabled(panel) == expect(play=True, pause=False, step=True, stop=False, reset=False)
    assert panel.readouts["loss"].text() == "—"


def test_step_button_from_idle_trains_one_batch_and_pauses(qtbot, make_panel, runner):
    panel, _ = make_panel(xor_project(repeat=100, batch_size=1))
    payloads = []
    runner.sigEvents.connect(payloads.append)
    with qtbot.waitSignal(runner.sigStateChanged, timeout=5000, check_params_cb=lambda s: s == "paused"):
        panel.step_action.trigger()
    steps = [s for p in payloads for e in p if e["event"] == "batch_end" for s in e["steps"]]
    assert steps == [1]
    with qtbot.waitSignal(runner.sigStateChanged, timeout=5000, check_params_cb=lambda s: s == "paused"):
        panel.step_action.trigger()
    steps = [s for p in payloads for e in p if e["event"] == "batch_end" for s in e["steps"]]
    assert steps == [1, 2]


def test_quick_step_clicks_each_train_a_batch(qtbot, make_panel, runner):
    """Step was disabled while its batch trained: clicks meanwhile were lost (fifteen quick clicks on a fresh
    TensorFlow run, whose first batch takes seconds, trained one batch). Each click is one batch now."""
    panel, _ = make_panel(xor_project(repeat=100, batch_size=1))
    payloads = []
    runner.sigEvents.connect(payloads.append)
    button = panel.findChild(QToolButton, "stepButton")
    for _ in range(5):   # no event loop between the clicks: the run is still building or on its first batch
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert runner.state == "running"

    def steps():
        return [s for p in payloads for e in p if e["event"] == "batch_end" for s in e["steps"]]

    qtbot.waitUntil(lambda: runner.state == "paused" and len(steps()) == 5, timeout=20000)
    qtbot.wait(200)
    assert steps() == [1, 2, 3, 4, 5] and runner.state == "paused"


def test_readouts_show_the_last_epoch_in_fixed_width(qtbot, make_panel, runner):
    panel, _ = make_panel()
    widths = {key: label.width() for key, label in panel.readouts.items()}
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    history = runner.history
    assert panel.readouts["epoch"].text() == "000,300"
    assert history["loss"][-1] < 1e-3   # XOR learnt: the loss is tiny, and read out as the number it is
    assert float(panel.readouts["loss"].text()) == pytest.approx(history["loss"][-1], rel=1e-3)
    assert panel.readouts["accuracy"].text() == "100.0 %"
    assert panel.readouts["val_loss"].text() == "—"
    assert (panel.progress.value(), panel.progress.maximum()) == (300, 300)
    assert {key: label.width() for key, label in panel.readouts.items()} == widths
    assert panel.message.text().startswith("Training finished: 300 epochs")


def test_an_error_shows_in_the_panel(qtbot, make_panel, runner):
    project = xor_project()
    project.dataset = {"name": "csv", "params": {"path": "/nonexistent/data.csv"}}
    panel, _ = make_panel(project)
    with qtbot.waitSignal(runner.sigFinished, timeout=10000):
        panel.play_action.trigger()
    assert runner.state == "error"
    assert "no such file" in panel.message.text() and panel.message.isVisibleTo(panel)
    assert enabled(panel)["playButton"]


def test_a_run_uses_the_settings_at_start_not_later_edits(qtbot, make_panel, runner):
    panel, document = make_panel(xor_project(epochs=30))
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
        panel.epochs_box.setValue(5)  # edited while training: applies to the next start
    assert len(runner.history["loss"]) == 30
    assert document.project.training.epochs == 5


# --------------------------------------------------------------------------- LossPlot
def test_loss_plot_holds_exactly_the_history(qtbot, runner):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.follow(runner)
    assert plot.objectName() == "lossPlot"
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project(repeat=10, validation_split=0.25, epochs=120))
    history = runner.history
    x, y = plot.train_curve.getOriginalDataset()
    assert list(y) == history["loss"] and list(x) == list(range(1, 121))
    vx, vy = plot.val_curve.getOriginalDataset()
    assert list(vy) == history["val_loss"] and list(vx) == list(range(1, 121))
    assert [label.text for _, label in plot.legend.items] == ["training", "validation"]

    with qtbot.waitSignal(runner.sigFinished, timeout=20000):  # Play again continues: the curve grows
        runner.start(xor_project(repeat=10, validation_split=0.25, epochs=120))
    assert list(plot.train_curve.getOriginalDataset()[1]) == runner.history["loss"] and len(runner.history["loss"]) == 240

    runner.reset()
    assert plot.train_curve.getOriginalDataset()[1] is None or len(plot.train_curve.getOriginalDataset()[1]) == 0


def test_loss_plot_starts_over_on_a_fresh_run_and_keeps_its_items():
    plot = LossPlot()
    items = list(plot.getPlotItem().listDataItems())
    epochs = [{"event": "epoch_end", "epoch": i, "logs": {"loss": 1.0 / (i + 1)}} for i in range(600)]
    plot.add_events([{"event": "train_begin", "initial_epoch": 0}, *epochs[:300]])
    plot.add_events(epochs[300:])
    assert np.array_equal(plot.train_curve.getOriginalDataset()[1], [1.0 / (i + 1) for i in range(600)])
    plot.add_events([{"event": "train_begin", "initial_epoch": 0}, epochs[0]])
    assert list(plot.train_curve.getOriginalDataset()[1]) == [1.0]
    assert list(plot.getPlotItem().listDataItems()) == items  # built once, only setData afterwards
    assert [label.text for _, label in plot.legend.items] == ["training"]  # no validation curve, no entry
    assert plot.getPlotItem().getAxis("bottom").labelText == "epoch"
    assert not plot.getPlotItem().getAxis("left").autoSIPrefix  # ticks read 0.1, not "x0.001" and 100


def test_a_long_run_is_drawn_with_about_two_points_per_pixel_and_its_peaks(qtbot):
    """6,000 epochs in a plot 200-odd pixels wide: each pixel column keeps its lowest and highest loss (a spike
    stays visible), and the curves are drawn from a few hundred points, not thousands (painting them, a dashed
    validation curve above all, stalled the window every frame)."""
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(300, 240)
    plot.show()
    qtbot.waitExposed(plot)
    n = 6000
    loss = 1.0 / np.arange(1, n + 1)
    loss[4321] = 7.5   # one spike
    plot.add_events([{"event": "train_begin", "initial_epoch": 0},
                     *({"event": "epoch_end", "epoch": i, "logs": {"loss": loss[i], "val_loss": loss[i] * 1.1}}
                       for i in range(n))])
    qtbot.wait(100)
    width = plot.getPlotItem().getViewBox().width()
    epochs_per_pixel = n / width
    for curve, values in ((plot.train_curve, loss), (plot.val_curve, loss * 1.1)):
        x, y = curve.getData()
        assert len(y) <= 2.5 * width + 4, (len(y), width)
        assert y.max() == values.max()                      # the spike is drawn
        assert x[-1] >= n - 1.5 * epochs_per_pixel          # and the curve reaches the last pixel column
        covered = values[:int(x[-1])]
        assert y.min() <= covered.min() * 1.0001
        assert list(curve.getOriginalDataset()[1]) == list(values)   # the curve still holds every epoch
    assert plot.val_curve.opts["pen"].widthF() <= 1


def test_early_stopping_on_val_loss_without_validation_data_is_refused_at_once(qtbot, make_panel, runner):
    """The learner turns on early stopping (it watches "val loss") for XOR, which has no validation set:
    the run does not start, the panel says why and what to change; with a validation split it trains."""
    from PySide6.QtWidgets import QGroupBox
    panel, document = make_panel(xor_project(epochs=20))
    panel.findChild(QGroupBox, "earlyStoppingGroup").setChecked(True)
    with qtbot.waitSignal(runner.sigFinished, timeout=10000):
        panel.play_action.trigger()
    assert runner.state == "error" and runner.history == {}   # not one epoch trained
    text = panel.message.text()
    assert text.startswith("Cannot start training: EarlyStopping watches 'val_loss'") and panel.message.isVisibleTo(panel)
    assert "validation split" in text and "'loss'" in text
    type_into(qtbot, panel.validation_box, "50")
    assert document.project.training.validation_split == pytest.approx(0.5)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    assert runner.state == "finished" and "val_loss" in runner.history


def test_checkpoint_and_log_fields_say_where_the_files_go_and_the_end_says_what_was_written(
        qtbot, make_panel, runner, tmp_path):
    """A learner ticks "Save checkpoints" and "TensorBoard logs": before the run each field says which folder
    its files go to (the project's, once saved), and after it the panel names what was written."""
    from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit
    panel, document = make_panel(xor_project(epochs=3))
    document.save(tmp_path / "xor.annproj")
    where = {name: panel.findChild(QLabel, f"{name}Where") for name in ("ModelCheckpoint", "TensorBoard")}
    assert where["ModelCheckpoint"].text() == f"Saved in: {tmp_path}"
    assert where["TensorBoard"].text() == f"Saved in: {tmp_path / 'logs'}"
    panel.findChild(QGroupBox, "ModelCheckpointGroup").setChecked(True)
    panel.findChild(QGroupBox, "TensorBoardGroup").setChecked(True)
    path_field = panel.findChild(QLineEdit, "ModelCheckpointPath")
    path_field.selectAll()
    qtbot.keyClicks(path_field, "models/xor.h5")
    qtbot.keyClick(path_field, Qt.Key.Key_Return)
    assert where["ModelCheckpoint"].text() == f"Saved in: {tmp_path / 'models'}"
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        panel.play_action.trigger()
    assert runner.state == "finished"
    checkpoint = tmp_path / "models" / "xor.h5"
    (run_folder,) = (tmp_path / "logs").iterdir()
    assert checkpoint.is_file() and run_folder.is_dir()
    first, written = panel.message.text().split("\n")
    assert first.startswith("Training finished: 3 epochs")
    assert written.startswith("Written: ")
    assert sorted(written.removeprefix("Written: ").split("; ")) == sorted([str(checkpoint), str(run_folder)])


def test_a_regression_run_reads_out_its_error_not_an_accuracy(qtbot, make_panel, runner):
    """Diabetes (regression, metric MAE): the third readout said "accuracy —" for the whole run."""
    from PySide6.QtWidgets import QLabel
    project = Project.load(resource_path("examples", "diabetes_regression.annproj"))
    project.training.epochs = 3
    panel, _ = make_panel(project)
    value = panel.findChild(QLabel, "accuracyReadout")
    assert panel.metric_title.text() == "MAE" and value.text() == "—"
    with qtbot.waitSignal(runner.sigFinished, timeout=30000):
        panel.play_action.trigger()
    assert runner.state == "finished"
    assert panel.metric_title.text() == "MAE"
    assert value.text() == f"{runner.history['mae'][-1]:.4f}"
    xor_panel, _ = make_panel(xor_project())
    assert xor_panel.metric_title.text() == "accuracy"
