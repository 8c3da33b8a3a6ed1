"""The sweep window (issue 15): typed values are checked with the reason shown, Start runs every
combination in other processes while the window stays usable, the table and the heat map show the runs'
metrics, clicking a cell loads that run, and the learning-rate race overlays four runs' loss curves."""
from __future__ import annotations

import math
import os

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from annstudio.engine import runs
from annstudio.engine.sweep import SweepRow, value_text
from annstudio.gui.editor import commands
from annstudio.io.h5_read import load_h5
from annstudio.resources import resource_path

from .conftest import show_main_window


@pytest.fixture(autouse=True)
def isolated(isolated_gui):
    """Private settings, no TensorFlow device scan (tests/gui/conftest.py)."""


@pytest.fixture
def window(qtbot):
    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    training = window.document.section("training")
    training.epochs = 3
    commands.push(window.document, "training", training, "settings")
    return window


def open_dialog(qtbot, window):
    window.actions_by_name["sweep"].trigger()
    dialog = window.sweep_dialog
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "sweepPanel"
    return dialog


def find(dialog, kind, name):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def choose(qtbot, dialog, n, path, text):
    combo = find(dialog, QComboBox, f"sweepSetting{n}")
    combo.setCurrentIndex(combo.findData(path))
    edit = find(dialog, QLineEdit, f"sweepValues{n}")
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_values_are_checked_as_typed_with_the_reason(qtbot, window):
    dialog = open_dialog(qtbot, window)
    start = find(dialog, QPushButton, "sweepStart")
    choose(qtbot, dialog, 1, "training.learning_rate", "")
    assert not start.isEnabled() and not find(dialog, QLabel, "sweepProblem1").isVisible()   # no complaint yet
    choose(qtbot, dialog, 1, "training.learning_rate", "0.01, 0")
    problem = find(dialog, QLabel, "sweepProblem1")
    assert problem.isVisible() and not start.isEnabled()
    # under the field, by the setting's name (the CLI's message names the path: training.learning_rate)
    assert problem.text() == "learning rate must be a number greater than 0 and at most 10, got 0.0"
    qtbot.keyClick(find(dialog, QLineEdit, "sweepValues1"), Qt.Key.Key_Backspace)
    qtbot.keyClicks(find(dialog, QLineEdit, "sweepValues1"), "0.1")
    assert not problem.isVisible() and start.isEnabled()
    choose(qtbot, dialog, 2, "model.dense.units", "four")
    assert find(dialog, QLabel, "sweepProblem2").text() == "sweep setting units: 'four' is not an integer"
    assert not start.isEnabled()


def test_a_two_setting_sweep_fills_table_and_heat_map_and_a_cell_opens_its_run(qtbot, window):
    dialog = open_dialog(qtbot, window)
    choose(qtbot, dialog, 1, "training.learning_rate", "0.01, 0.1")
    choose(qtbot, dialog, 2, "model.dense.units", "2, 3")
    progress = find(dialog, QProgressBar, "sweepProgress")
    qtbot.mouseClick(find(dialog, QPushButton, "sweepStart"), Qt.MouseButton.LeftButton)
    assert find(dialog, QPushButton, "sweepCancel").isEnabled() and progress.maximum() == 4
    # before the first run is done, the grid is there, every cell "–" (the map was blank)
    assert dialog.rows == [] and dialog.heatmap.cell_texts() == ["–"] * 4
    # grey, not the colour of the lowest value
    assert (dialog.heatmap.pending.image[..., 3] == 255).all() and (dialog.heatmap.pending.image[..., 0] == 224).all()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert progress.value() == 4 and not find(dialog, QPushButton, "sweepCancel").isEnabled()
    table = find(dialog, QTableWidget, "sweepTable")
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header[:2] == ["learning rate", "dense: units"] and "test accuracy" in header
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(4)] == [
        ("0.01", "2"), ("0.01", "3"), ("0.1", "2"), ("0.1", "3")]
    folder = window.runs_panel.recorder.folder
    kept = {r.id: r for r in runs.list_runs(folder)}
    assert len(kept) == 4 and len(window.runs_panel.records) == 4   # in the Runs panel too
    column = header.index("test loss")
    for r, row in enumerate(dialog.rows):
        assert table.item(r, column).text() == f"{kept[row.run_id].summary['test']['loss']:.4g}"
    # an accuracy as the status line and Results write it ("75.0 %"), not "0.75"
    accuracy = header.index("test accuracy")
    for r, row in enumerate(dialog.rows):
        assert table.item(r, accuracy).text() == f"{100 * kept[row.run_id].summary['test']['accuracy']:.1f} %"
    # the heat map: test loss (chosen) of every cell, the values written in them
    metric = find(dialog, QComboBox, "sweepMetric")
    metric.setCurrentIndex(metric.findData("test_loss"))
    heat = dialog.heatmap
    losses = {(row.settings["training.learning_rate"], row.settings["model.dense.units"]):
              kept[row.run_id].summary["test"]["loss"] for row in dialog.rows}
    expected = [f"{losses[(lr, u)]:.3g}" for lr in (0.01, 0.1) for u in (2, 3)]
    assert heat.cell_texts() == expected
    assert (heat.pending.image[..., 3] == 0).all()   # every cell has its value: no grey left
    assert math.isclose(heat.image.image[1, 0], losses[(0.01, 3)], rel_tol=1e-6)   # x: units, y: rate
    metric.setCurrentIndex(metric.findData("test_accuracy"))
    shares = {(row.settings["training.learning_rate"], row.settings["model.dense.units"]):
              kept[row.run_id].summary["test"]["accuracy"] for row in dialog.rows}
    assert heat.cell_texts() == [f"{100 * shares[(lr, u)]:.1f} %" for lr in (0.01, 0.1) for u in (2, 3)]
    metric.setCurrentIndex(metric.findData("test_loss"))
    # one click on the cell (rate 0.1, units 3) finds its row; the project is untouched (a click replaced it)
    target = next(r for r in dialog.rows if r.settings == {"training.learning_rate": 0.1, "model.dense.units": 3})
    scene = heat.plotItem.vb.mapViewToScene(QPointF(1.5, 1.5))
    point = heat.mapFromScene(scene)
    before = window.document.project.to_dict()
    qtbot.mouseClick(heat.viewport(), Qt.MouseButton.LeftButton, pos=point)
    table = find(dialog, QTableWidget, "sweepTable")
    assert [i.row() for i in table.selectionModel().selectedRows()] == [dialog.rows.index(target)]
    qtbot.wait(QApplication.doubleClickInterval() + 100)
    assert window.document.project.to_dict() == before
    # a double-click (two clicks in quick succession) opens it: that run is selected in the Runs panel and
    # its model loaded
    for _ in range(2):
        qtbot.mouseClick(heat.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.runs_panel.selected_ids() == [target.run_id], timeout=5000)
    assert window.document.project.training.learning_rate == 0.1
    assert window.document.project.model.layer("dense").config["units"] == 3
    kept_weights = load_h5(kept[target.run_id].weights_path).weights
    def loaded():
        model = window.runner.last_model
        return (model is not None and window.runner.has_custom_weights
                and model.get_weights()["dense/kernel"].shape == (2, 3))

    qtbot.waitUntil(loaded, timeout=30000)
    for key, value in window.runner.last_model.get_weights().items():
        np.testing.assert_array_equal(value, kept_weights[key])


def test_the_learning_rate_race_overlays_four_loss_curves(qtbot, qapp, window):
    window.actions_by_name["lr_race"].trigger()
    dialog = window.sweep_dialog
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert find(dialog, QLineEdit, "sweepValues1").text() == "0.001, 0.01, 0.1, 1"
    overlays = window.loss_plot.overlays.items
    assert len(overlays) == 4
    names = sorted(name for _t, _v, _c, name in overlays.values())
    # the settings by the names the window gives them (in Korean "학습률=0.01"), not as raw keys
    assert names == ["learning rate=0.001", "learning rate=0.01", "learning rate=0.1", "learning rate=1"]
    # the legend, as the user reads it: the live curves, then the four runs by learning rate (not as they finished)
    legend = [label.text for _sample, label in window.loss_plot.legend.items]
    assert legend[-4:] == ["learning rate=0.001", "learning rate=0.01", "learning rate=0.1", "learning rate=1"]
    panel = window.runs_panel
    listed = {panel.table.item(row, 0).data(Qt.ItemDataRole.UserRole): panel.table.item(row, 0).text()
              for row in range(panel.table.rowCount())}
    for run_id, (train, _val, _colour, name) in overlays.items():
        record = runs.load_run(window.runs_panel.recorder.folder, run_id)
        assert list(train.getOriginalDataset()[1]) == record.history["loss"]
        assert listed[run_id] == name   # the Runs panel lists the run under the legend's name
    # in the Korean window (the app started again in Korean) the same runs are named in Korean
    from annstudio.gui.i18n import install_translators

    try:
        install_translators(qapp, "ko")
        panel.refresh()
        assert sorted(panel.table.item(row, 0).text() for row in range(panel.table.rowCount())) == \
            ["학습률=0.001", "학습률=0.01", "학습률=0.1", "학습률=1"]
    finally:
        install_translators(qapp, "en")
    table = find(dialog, QTableWidget, "sweepTable")
    times = [table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())]
    assert all(t.endswith(" s") and (t.startswith("<") or float(t[:-2]) > 0) for t in times), times  # not "0.0 s"


def test_the_race_draws_the_runs_epochs_while_they_train(qtbot, window):
    training = window.document.section("training")
    training.epochs = 3000
    commands.push(window.document, "training", training, "settings")
    window.actions_by_name["lr_race"].trigger()
    dialog = window.sweep_dialog
    overlays = window.loss_plot.overlays.items

    def live_curve():
        return any(run_id.startswith("live-") and 0 < len(train.getOriginalDataset()[1]) < 3000
                   for run_id, (train, _v, _c, _n) in overlays.items())

    qtbot.waitUntil(live_curve, timeout=120000)
    workers = set(dialog.job.worker_pids)
    assert workers
    qtbot.mouseClick(dialog.findChild(QPushButton, "sweepCancel"), Qt.MouseButton.LeftButton)
    assert dialog.job is None and "Cancelled" in dialog.status.text()
    # the runs still training stop with it (they went on for their 3,000 epochs, taking the cores from the
    # window's own training, and the app waited for them when it closed)
    assert "were stopped" in dialog.status.text()
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_race_run_keeps_its_colour_and_place_when_it_is_saved(qtbot, window):
    """What the race does while runs finish one by one (their ids change from "live-2" to the saved run's):
    no curve changes colour under the learner's eyes, and the legend stays in order of the learning rate."""
    overlays = window.loss_plot.overlays
    history = {"loss": [1.0, 0.5], "val_loss": [1.1, 0.6]}
    names = ["learning rate=0.001", "learning rate=0.01", "learning rate=0.1", "learning rate=1"]
    overlays.show_runs([(f"live-{i}", name, history) for i, name in enumerate(names)])
    before = {name: (train, colour) for train, _v, colour, name in overlays.items.values()}
    # 0.1 and 0.001 finished first and were saved; the others still train
    overlays.show_runs([("live-0", names[0], history), ("run-b", names[1], history), ("run-a", names[2], history),
                        ("live-3", names[3], history)][::-1])
    after = {name: (train, colour) for train, _v, colour, name in overlays.items.values()}
    assert after == before
    assert set(overlays.items) == {"live-0", "run-b", "run-a", "live-3"}
    legend = [label.text for _sample, label in window.loss_plot.legend.items]
    assert legend[-4:] == names
    curves = [item for item in window.loss_plot.loss_widget.getPlotItem().listDataItems() if item.zValue() == -0.5]
    assert len(curves) == 8   # each run's two curves once: none left behind by the old ids


def test_a_sweep_says_it_leaves_out_the_callbacks_that_write_files(qtbot, window, tmp_path):
    """The project's CSV log would be written by every run at once: the runs leave it out, and the dialog says
    so under its status for as long as the results are shown."""
    window.document.save(tmp_path / "xor.annproj")
    training = window.document.section("training")
    training.callbacks = [{"class_name": "CSVLogger", "config": {"filename": "hist.csv", "separator": ",",
                                                                "append": False}}]
    commands.push(window.document, "training", training, "callbacks")
    dialog = open_dialog(qtbot, window)
    note = find(dialog, QLabel, "sweepLeftOut")
    assert not note.isVisible()
    choose(qtbot, dialog, 1, "training.learning_rate", "0.01, 0.1")
    qtbot.mouseClick(find(dialog, QPushButton, "sweepStart"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert note.isVisible() and "leave out the project's CSVLogger" in note.text()
    assert not (tmp_path / "hist.csv").exists()
    assert len(window.runs_panel.records) == 2


def axis_texts(axis):
    """The labels the axis draws, with their rectangles (pyqtgraph's own layout, as it paints)."""
    picture = QPicture()
    painter = QPainter(picture)
    if axis.style["tickFont"]:
        painter.setFont(axis.style["tickFont"])
    specs = axis.generateDrawSpecs(painter)[2]
    painter.end()
    return [(rect, text) for rect, _flags, text in specs]


def overlapping(rects):
    return [(a, b) for n, a in enumerate(rects) for b in rects[n + 1:] if a.intersects(b)]


def shown_cells(heat):
    heat.grab()   # painted: the texts' sizes follow the view's scale
    return [label for label in heat.labels if label.isVisible()]


def test_a_heat_map_of_many_values_thins_its_labels_and_marks_the_runs_not_done(qtbot, window):
    """40 learning rates × 2 epochs: the axis labels were drawn on top of each other, the "75.0 %" of the cells
    too, and the cells of the runs cancelled were plain grey, their "–" under the grey. The runs are long
    enough (thousands of epochs) that Cancel comes before all 80 are done, however late the first poll."""
    dialog = open_dialog(qtbot, window)
    rates = [f"{0.005 * n:.3f}".rstrip("0") for n in range(1, 41)]
    choose(qtbot, dialog, 1, "training.learning_rate", ", ".join(rates))
    epochs = [2000, 4000]
    choose(qtbot, dialog, 2, "training.epochs", "2000, 4000")
    find(dialog, QSpinBox, "sweepJobs").setValue(2)
    qtbot.mouseClick(find(dialog, QPushButton, "sweepStart"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.rows) >= 2, timeout=120000)
    qtbot.mouseClick(find(dialog, QPushButton, "sweepCancel"), Qt.MouseButton.LeftButton)
    assert dialog.job is None and 2 <= len(dialog.rows) < 80
    heat = dialog.heatmap
    done = {(rates.index(value_text(r.settings["training.learning_rate"])), epochs.index(r.settings["training.epochs"]))
            for r in dialog.rows}
    i, j = next((i, j) for i in range(40) for j in range(2) if (i, j) not in done)
    pending = heat.labels[2 * i + j]
    assert pending.toPlainText() == "–"

    def check(all_rows_labelled: bool) -> None:
        qtbot.wait(50)
        left = axis_texts(heat.plotItem.getAxis("left"))
        bottom = axis_texts(heat.plotItem.getAxis("bottom"))
        assert not overlapping([rect for rect, _text in left]) and not overlapping([rect for rect, _text in bottom])
        assert [text for _rect, text in bottom] == ["2000", "4000"]
        names = [text for _rect, text in left]
        assert names[0] == "0.005" and set(names) <= set(rates)
        assert (names == rates) == all_rows_labelled
        assert not overlapping([label.sceneBoundingRect() for label in shown_cells(heat)])

    # 40 rows in about 400 pixels: every other label or fewer, and no cell has room for its text
    check(all_rows_labelled=False)
    assert not shown_cells(heat)
    # made big enough, every row is labelled and every cell shows its text again, a run not done its "–"
    dialog.resize(1100, 1500)
    qtbot.waitUntil(lambda: heat.height() > 1000, timeout=5000)
    check(all_rows_labelled=True)
    assert len(shown_cells(heat)) == 80 and pending in shown_cells(heat)
    # drawn above the cell's grey: the cell has pixels of its text, not only grey
    image = heat.grab().toImage()
    centre = heat.mapFromScene(heat.plotItem.vb.mapViewToScene(QPointF(j + 0.5, i + 0.5)))
    colours = {image.pixelColor(centre.x() + dx, centre.y() + dy).name() for dx in range(-6, 7) for dy in range(-4, 5)}
    assert colours - {"#e0e0e0"}, colours


def click_header(qtbot, table, title):
    header = table.horizontalHeader()
    column = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index(title)
    point = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_clicking_a_header_sorts_the_results_by_value_and_a_row_still_opens_its_run(qtbot, window):
    """A one-setting sweep has no heat map: sorting the table is how the best run is found."""
    dialog = open_dialog(qtbot, window)
    choose(qtbot, dialog, 1, "training.learning_rate", "0.5, 10, 2, 0.05")
    qtbot.mouseClick(find(dialog, QPushButton, "sweepStart"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    table = find(dialog, QTableWidget, "sweepTable")
    assert [table.item(r, 0).text() for r in range(4)] == ["0.5", "10", "2", "0.05"]   # combination order
    # numbers by value, not as text ("10" before "2")
    assert click_header(qtbot, table, "learning rate") == ["0.05", "0.5", "2", "10"]
    assert click_header(qtbot, table, "learning rate") == ["10", "2", "0.5", "0.05"]   # again: the other way
    accuracy = click_header(qtbot, table, "test accuracy")
    shares = [float(t.removesuffix(" %")) for t in accuracy]
    assert all(t.endswith(" %") for t in accuracy) and shares == sorted(shares)
    losses = click_header(qtbot, table, "test loss")
    assert [float(t) for t in losses] == sorted(float(t) for t in losses)
    losses = click_header(qtbot, table, "test loss")
    assert [float(t) for t in losses] == sorted((float(t) for t in losses), reverse=True)   # the worst run first
    # the first row now is that run: double-clicking it opens it, not the first run of the sweep
    rate = float(table.item(0, 0).text())
    kept = runs.list_runs(window.runs_panel.recorder.folder)
    run_id = next(r.id for r in kept if f"{r.summary['test']['loss']:.4g}" == losses[0])
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())   # a double-click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.runs_panel.selected_ids() == [run_id], timeout=5000)
    assert window.document.project.training.learning_rate == rate
    # sorted another way, the run stays selected: it moves with its row
    rates = click_header(qtbot, table, "learning rate")
    assert rates == ["0.05", "0.5", "2", "10"]
    assert [float(rates[i.row()]) for i in table.selectionModel().selectedRows()] == [rate]


def test_sorting_puts_the_runs_without_a_value_last_either_way():
    from annstudio.gui.sweep.dialog import sort_rows

    rows = [SweepRow(0, {"x": 1}, test={"loss": 0.5}), SweepRow(1, {"x": 2}, error="failed"),
            SweepRow(2, {"x": 3}, test={"loss": 0.25}), SweepRow(3, {"x": 4}, test={"loss": 2.0})]

    def loss(row):
        return row.metric("test_loss")

    assert [r.index for r in sort_rows(rows, loss)] == [2, 0, 3, 1]
    assert [r.index for r in sort_rows(rows, loss, descending=True)] == [3, 0, 2, 1]


def test_a_run_that_diverged_says_so_in_the_table_the_heat_map_and_the_status(qtbot, isolated_gui):
    """Learning rate 0.1 at batch 1 blows the housing regression up: its row had blank metrics and a normal
    time, its cell a "–", and the status "4 runs done" as if all had trained."""
    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "housing_regression.annproj"))
    training = window.document.section("training")
    training.epochs = 2
    commands.push(window.document, "training", training, "settings")
    dialog = open_dialog(qtbot, window)
    choose(qtbot, dialog, 1, "training.learning_rate", "0.1, 0.001")
    choose(qtbot, dialog, 2, "training.batch_size", "1, 32")
    qtbot.mouseClick(find(dialog, QPushButton, "sweepStart"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    table = find(dialog, QTableWidget, "sweepTable")
    last = table.columnCount() - 1
    texts = {(table.item(r, 0).text(), table.item(r, 1).text()): table.item(r, last).text() for r in range(4)}
    assert texts[("0.1", "1")] == "diverged"
    assert all(text.endswith(" s") for key, text in texts.items() if key != ("0.1", "1"))
    row = next(r for r in range(4) if (table.item(r, 0).text(), table.item(r, 1).text()) == ("0.1", "1"))
    assert "learning rate is probably too high" in table.item(row, 2).toolTip()
    cell = dialog.heatmap.labels[0]   # learning rate 0.1 (first value), batch size 1 (first value)
    assert cell.toPlainText() == "diverged"
    status = dialog.status.text()
    assert status.startswith("4 runs done") and "(1 diverged: the loss became infinite or not a number)" in status
    # and in the Runs panel, where the run is kept
    runs_table = window.findChild(QTableWidget, "runsTable")
    finals = [runs_table.item(r, 2).text() for r in range(runs_table.rowCount())]
    assert len(finals) == 4 and sum(text.startswith("diverged") for text in finals) == 1
