"""DatasetPanel: controls from the parameter schema, undoable edits, preview off the GUI thread."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSlider, QSpinBox

from annstudio.gui.document import ProjectDocument, default_project
from annstudio.gui.editor.dataset_panel import DatasetPanel, ImageStrip, fitted_to
from annstudio.project import Project
from annstudio.resources import resource_path


@pytest.fixture
def document():
    return ProjectDocument(default_project())


@pytest.fixture
def panel(qtbot, document):
    widget = DatasetPanel(document)
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    yield widget
    widget.shutdown()


def wait_loaded(qtbot, panel, timeout=10000):
    qtbot.waitUntil(lambda: not panel.busy and panel.preview.currentWidget() is not panel.loading, timeout=timeout)


def choose(panel, name):
    index = panel.combo.findData(name, Qt.ItemDataRole.UserRole)
    assert index >= 0, name
    panel.combo.setCurrentIndex(index)
    panel.combo.activated.emit(index)


def test_object_name_and_grouped_combo(panel):
    assert panel.objectName() == "datasetPanel"
    model = panel.combo.model()
    headers = [model.item(i).text() for i in range(model.rowCount()) if not model.item(i).isEnabled()]
    assert len(headers) == 5  # gates, toy 2-D, bundled, images, CSV
    assert panel.combo.currentData(Qt.ItemDataRole.UserRole) == "xor"


def test_choosing_a_dataset_is_undoable_and_builds_controls(qtbot, panel, document):
    choose(panel, "spiral")
    assert document.project.dataset == {"name": "spiral", "params": {}}
    assert panel.findChild(QSlider, "param_noise") is not None
    assert panel.findChild(QSlider, "param_test_ratio") is not None
    assert panel.findChild(QSpinBox, "param_n_samples") is not None
    document.undo_stack.undo()
    assert document.project.dataset["name"] == "xor"
    assert panel.combo.currentData(Qt.ItemDataRole.UserRole) == "xor"
    assert panel.findChild(QSlider, "param_noise") is None


def test_slider_drag_merges_into_one_command(qtbot, panel, document):
    choose(panel, "spiral")
    count = document.undo_stack.count()
    slider = panel.findChild(QSlider, "param_noise")
    slider.sliderPressed.emit()
    for value in (5, 10, 15, 20):
        slider.setValue(value)
    assert document.project.dataset["params"]["noise"] == pytest.approx(0.2)
    assert document.undo_stack.count() == count + 1
    slider.sliderPressed.emit()  # a second drag is a second undo step
    slider.setValue(30)
    assert document.undo_stack.count() == count + 2
    document.undo_stack.undo()
    assert document.project.dataset["params"]["noise"] == pytest.approx(0.2)
    assert slider.value() == 20


def test_checkbox_and_choice_controls(qtbot, panel, document):
    choose(panel, "iris")
    box = panel.findChild(QCheckBox, "param_standardize")
    assert box.isChecked()
    box.setChecked(False)
    assert document.project.dataset["params"]["standardize"] is False
    combo = panel.findChild(QComboBox, "param_features")
    index = combo.findData("petal")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert document.project.dataset["params"]["features"] == "petal"


def test_scatter_preview_for_2d_data(qtbot, panel, document):
    choose(panel, "moons")
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000) as blocker:
        pass
    dataset = blocker.args[0]
    wait_loaded(qtbot, panel)
    assert panel.preview.currentWidget() is panel.scatter
    assert panel.scatter.n_points == len(dataset.x_train) + len(dataset.x_test)
    assert "500" in panel.summary.text() or "250" in panel.summary.text()


def test_text_summary_for_tabular_data_and_fit_button(qtbot, panel, document):
    choose(panel, "wine")
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000):
        pass
    assert panel.preview.currentWidget() is panel.text
    assert "13" in panel.summary.text() and "3" in panel.summary.text()
    # the XOR model (2 inputs, 1 sigmoid unit) does not fit the wine data
    assert panel.fit_button.isVisibleTo(panel)
    panel.fit_model_to_data()
    spec = document.spec
    assert tuple(spec.input_shape) == (13,)
    assert spec.output_shape == (3,)
    assert document.project.training.loss["name"] == "sparse_categorical_crossentropy"
    assert not panel.fit_button.isVisibleTo(panel)
    document.undo_stack.undo()  # one step undoes the whole fit
    assert tuple(document.spec.input_shape) == (2,)
    assert document.project.training.loss["name"] == "binary_crossentropy"


def choose_csv(qtbot, panel) -> QLineEdit:
    """Data › CSV file (no file yet: the panel asks for one); the File field, focused."""
    choose(panel, "csv")
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000):
        pass
    path_edit = panel.findChild(QLineEdit, "param_path")
    path_edit.setFocus()
    return path_edit


def test_a_csv_with_a_text_column_loads_it_as_one_feature_per_text(qtbot, panel, document, tmp_path):
    """A learner's table with 성별 (남/여) between two numbers: it loads without editing the file; the panel
    names the features the column became, and "Fit the model to the data" gives the model 4 inputs."""
    table = tmp_path / "students.csv"
    table.write_text("공부시간,성별,수면시간,합격\n" + "".join(
        f"{i % 10},{'남' if i % 3 else '여'},{5 + i % 4},{int(i % 10 > 4)}\n" for i in range(40)), encoding="utf-8-sig")
    path_edit = choose_csv(qtbot, panel)
    qtbot.keyClicks(path_edit, str(table))
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000) as loaded:
        qtbot.keyClick(path_edit, Qt.Key.Key_Return)
    assert loaded.args[0].feature_names == ["공부시간", "성별=남", "성별=여", "수면시간"]
    assert panel.preview.currentWidget() is panel.text
    assert panel.text.text() == "Features: 공부시간, 성별=남, 성별=여, 수면시간"
    assert not panel.error.isVisibleTo(panel)
    qtbot.mouseClick(panel.fit_button, Qt.MouseButton.LeftButton)
    assert tuple(document.spec.input_shape) == (4,)


def test_image_thumbnails(qtbot, panel, document):
    choose(panel, "digits")
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=15000):
        pass
    assert panel.preview.currentWidget() is panel.images
    assert panel.images.cells[0][0].pixmap() is not None and not panel.images.cells[0][0].pixmap().isNull()


def test_errors_are_shown_inline(qtbot, panel, document, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,x\n", encoding="utf-8")
    choose(panel, "csv")
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000) as blocker:
        pass
    assert blocker.args[0] == ""  # no file chosen yet: what to do, in plain words, and no red error
    assert not panel.error.isVisibleTo(panel) and "Browse" in panel.text.text()
    assert panel.preview.currentWidget() is panel.text
    path_edit = panel.findChild(QLineEdit, "param_path")
    path_edit.setText(str(bad))
    path_edit.editingFinished.emit()
    assert document.project.dataset["params"]["path"] == str(bad)
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000) as blocker:
        pass
    assert panel.error.isVisibleTo(panel) and panel.error.text() == blocker.args[0]


def test_stale_results_are_ignored(qtbot, panel, document):
    choose(panel, "spiral")
    choose(panel, "moons")  # overtakes the spiral request before it even starts
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000) as blocker:
        pass
    assert blocker.args[0].name == "moons"
    wait_loaded(qtbot, panel)
    assert panel.dataset.name == "moons"


def test_relative_paths_resolve_against_the_project_folder(qtbot, tmp_path):
    (tmp_path / "data.csv").write_text("x1,x2,y\n" + "".join(f"{i},{i % 3},{i % 2}\n" for i in range(40)), encoding="utf-8")
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.dataset = {"name": "csv", "params": {"path": "data.csv"}}
    project.save(tmp_path / "p.annproj")
    opened_panel(qtbot, tmp_path / "p.annproj").shutdown()


def opened_panel(qtbot, path) -> DatasetPanel:
    """The Data panel of the project at ``path``, once its data has loaded."""
    document = ProjectDocument()
    document.replace(Project.load(path), path)
    panel = DatasetPanel(document)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000):
        pass
    return panel


def test_fitted_to_images_adds_flatten(qtbot):
    from annstudio.data import load_dataset

    ds = load_dataset("digits", flatten=False)
    project = default_project()
    spec, training = fitted_to(project.model, project.training, ds)
    assert [layer.kind for layer in spec.layers][:2] == ["Input", "Flatten"]
    assert spec.output_shape == (10,)
    assert ImageStrip.COUNT == 8


def test_each_thumbnail_caption_sits_right_under_its_image(qtbot, panel):
    """In a tall panel the thumbnails' rows were stretched apart: each digit's label sat halfway to the next
    row's image and seemed to name it. Measured where Qt draws them (the labels' alignment in their cells)."""
    from PySide6.QtWidgets import QStyle

    def drawn(label, size):
        rect = QStyle.alignedRect(label.layoutDirection(), label.alignment(), size, label.contentsRect())
        return rect.translated(label.geometry().topLeft())

    panel.resize(320, 1000)
    choose(panel, "digits")
    wait_loaded(qtbot, panel)
    strip = panel.findChild(ImageStrip, "imageStrip")
    qtbot.waitUntil(lambda: strip.isVisible() and strip.cells[0][1].text() != "")
    for (image, caption), (below, _) in zip(strip.cells[:4], strip.cells[4:], strict=True):
        picture = drawn(image, image.pixmap().size())
        text = drawn(caption, caption.fontMetrics().boundingRect(caption.text()).size())
        next_picture = drawn(below, below.pixmap().size())
        assert 0 <= text.top() - picture.bottom() <= 8
        assert next_picture.top() - text.bottom() > text.top() - picture.bottom()   # nearer its own image


def test_an_image_limit_not_set_reads_all_not_none(qtbot, panel, document, qapp):
    """Fashion-MNIST's "Training images" limit, not set, said "none" ("없음"): read as no images at all.
    It says "all" ("전부"), and stepping down to it from a number takes the limit off again."""
    from PySide6.QtWidgets import QSpinBox

    from annstudio.gui.i18n import install_translators

    choose(panel, "fashion_mnist")
    spin = panel.findChild(QSpinBox, "param_limit_train")
    assert spin.text() == "all" and document.project.dataset["params"].get("limit_train") is None
    spin.setValue(1000)
    assert document.project.dataset["params"]["limit_train"] == 1000
    spin.setValue(spin.minimum())
    assert spin.text() == "all" and document.project.dataset["params"].get("limit_train") is None
    try:
        install_translators(qapp, "ko")
        choose(panel, "mnist")
        assert panel.findChild(QSpinBox, "param_limit_test").text() == "전부"
    finally:
        install_translators(qapp, "en")


def test_the_thumbnails_show_the_pixels_not_their_standardized_values(qtbot, panel, document):
    """Digits with "Standardize features" on: each pixel standardized over the training set looks like
    noise; the preview maps them back, as the results gallery does, and a 4 looks like a 4."""
    from annstudio.data import load_dataset

    choose(panel, "digits")
    wait_loaded(qtbot, panel)
    box = panel.findChild(QCheckBox, "param_standardize")
    if not box.isChecked():
        box.setChecked(True)
    qtbot.waitUntil(lambda: not panel.busy and getattr(panel.dataset, "x_standardizer", None) is not None, timeout=10000)
    wait_loaded(qtbot, panel)
    strip = panel.findChild(ImageStrip, "imageStrip")
    raw = load_dataset("digits", standardize=False).x_train
    for k, (image, caption) in enumerate(strip.cells[:4]):
        shown = image.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        big = np.array([[shown.pixelColor(x, y).value() for x in range(shown.width())] for y in range(shown.height())])
        step = shown.width() // 8
        pixels = 255 - big[step // 2::step, step // 2::step][:8, :8].astype(float)   # dark strokes on white
        assert np.corrcoef(pixels.ravel(), raw[k])[0, 1] > 0.99, caption.text()


def test_a_csv_with_a_name_column_loads_once_the_column_is_ignored(qtbot, panel, document, tmp_path):
    """A learner's table starts with an id and a name: the import is refused naming the column and the way
    out; typing the column into "Ignore columns" loads the rest. Undo brings the refusal back."""
    table = tmp_path / "people.csv"
    table.write_text("id,name,age,height,likes_tea\n" + "".join(
        f"{i},person{i},{20 + i % 50},{150 + i % 40},{'yes' if i % 3 else 'no'}\n" for i in range(60)), encoding="utf-8")
    path_edit = choose_csv(qtbot, panel)
    path_edit.setText(str(table))
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000) as refused:
        path_edit.editingFinished.emit()
    assert "column 1 ('name') holds 60 different texts" in refused.args[0] and "'ignore'" in refused.args[0]
    ignore = panel.findChild(QLineEdit, "param_ignore")
    assert ignore.placeholderText() == "none" and panel.findChild(QLineEdit, "param_ignore").isVisible()
    ignore.setFocus()
    qtbot.keyClicks(ignore, "name, id")
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000) as loaded:
        qtbot.keyClick(ignore, Qt.Key.Key_Return)
    assert document.project.dataset["params"]["ignore"] == ["name", "id"]
    assert loaded.args[0].feature_names == ["age", "height"] and loaded.args[0].class_names == ["no", "yes"]
    assert not panel.error.isVisibleTo(panel)
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000):
        document.undo_stack.undo()
    assert ignore.text() == ""
    document.undo_stack.redo()
    assert ignore.text() == "name, id"


def test_a_csv_beside_the_project_travels_with_its_folder(qtbot, tmp_path, monkeypatch):
    """The file dialog gives an absolute path, which the project kept: the class folder copied to a student's
    computer opened with "no such file", the CSV sitting beside the project."""
    import json
    import shutil

    from PySide6.QtWidgets import QFileDialog

    from annstudio.gui.editor import commands
    from tests.gui.conftest import show_main_window

    monkeypatch.setattr("annstudio.gui.run.backend_picker.list_tensorflow_devices", lambda: [("CPU:0", "CPU")])
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "성적.csv").write_text("x1,x2,y\n" + "".join(f"{i},{i % 3},{i % 2}\n" for i in range(40)),
                                    encoding="utf-8")
    window = show_main_window(qtbot)
    dataset = {"name": "csv", "params": {"path": str(folder / "성적.csv")}}
    commands.push(window.document, "dataset", dataset, "data")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(folder / "수업.annproj"), "")))
    assert window.save_as()
    saved = json.loads((folder / "수업.annproj").read_text(encoding="utf-8"))
    assert saved["dataset"]["params"]["path"] == "성적.csv"
    copy = tmp_path / "student"
    shutil.copytree(folder, copy)
    shutil.rmtree(folder)
    panel = opened_panel(qtbot, copy / "수업.annproj")
    assert panel.dataset is not None and len(panel.dataset.x_train) + len(panel.dataset.x_test) == 40
    panel.shutdown()



def test_a_generated_data_set_fits_a_narrow_data_dock(qtbot):
    """At 1024 x 700 the spiral's settings were wider than the Data dock: the noise and test-share readouts,
    the seed field and the X₂ box were cut off at the side, seen only by scrolling sideways."""
    from PySide6.QtWidgets import QScrollArea

    from annstudio.resources import resource_path

    from .conftest import show_main_window

    window = show_main_window(qtbot, (984, 660))
    assert window.open_example(resource_path("examples", "spiral.annproj"))
    panel = window.dataset_panel
    qtbot.waitUntil(lambda: panel.form.rowCount() > 3)
    # the learner drags the Data dock as narrow as it goes (the default one has room for images)
    window.resizeDocks([window.docks["datasetPanel"]], [1], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    scroll = panel.form_host.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll.viewport().width() < 200   # the narrow dock of a small screen
    assert scroll.horizontalScrollBar().maximum() == 0
    assert panel.form_host.width() <= scroll.viewport().width()
