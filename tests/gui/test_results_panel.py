"""ResultsPanel: confusion matrix and per-class scores (checked against scikit-learn), the misclassified
filter of the gallery, first-layer weight images, regression, and a live training run."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from sklearn.metrics import confusion_matrix as sk_confusion, precision_recall_fscore_support

from annstudio import Project
from annstudio.backends.numpy import build_model
from annstudio.data import Dataset, load_dataset
from annstudio.data.images import FASHION_CLASSES
from annstudio.engine.probes import ResultsProbe, WeightsProbe
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.results_panel import GalleryModel, ResultsPanel
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec


@pytest.fixture
def panel(qtbot):
    p = ResultsPanel()
    qtbot.addWidget(p)
    p.resize(900, 650)
    p.show()
    return p


def feed(panel, model, dataset):
    result = ResultsProbe(max_rate=None).compute(model, dataset)
    result.update(WeightsProbe().compute(model))
    panel.update_from_result(result)
    return result


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


@pytest.fixture(scope="module")
def digits_model():
    spec = ModelSpec.stack([64], [("Dense", {"units": 12, "activation": "relu"}),
                                  ("Dense", {"units": 10, "activation": "softmax"})])
    return build_model(spec, seed=3)  # untrained: plenty of mistakes to filter


def test_confusion_matrix_equals_sklearn_and_sums_to_the_test_set(panel, digits, digits_model):
    feed(panel, digits_model, digits)
    y_pred = np.argmax(digits_model.predict(digits.x_test), axis=1)
    cm = panel.confusion()
    assert cm.sum() == len(digits.x_test)
    np.testing.assert_array_equal(cm, sk_confusion(digits.y_test, y_pred, labels=range(10)))
    # the table shows those numbers, headed by the class names
    model = panel.confusion_view.model()
    assert model.rowCount() == model.columnCount() == 10
    assert model.index(3, 5).data() == f"{cm[3, 5]:,}"
    assert model.headerData(7, Qt.Orientation.Horizontal) == "7"
    # normalized: each row in percent of its true class
    panel.normalize_box.setChecked(True)
    shares = panel.confusion(normalized=True)
    np.testing.assert_allclose(shares.sum(axis=1), 1.0)
    assert model.index(3, 3).data() == f"{100 * cm[3, 3] / cm[3].sum():.1f}%"
    panel.set_normalized(False)
    assert model.index(3, 3).data() == f"{cm[3, 3]:,}"
    assert f"{len(digits.x_test):,} samples" in panel.summary.text()


def test_precision_recall_f1_equal_sklearn(panel, digits, digits_model):
    feed(panel, digits_model, digits)
    y_pred = np.argmax(digits_model.predict(digits.x_test), axis=1)
    p, r, f, s = precision_recall_fscore_support(digits.y_test, y_pred, labels=range(10), zero_division=0)
    scores = panel.class_scores()
    np.testing.assert_allclose(scores["precision"], p)
    np.testing.assert_allclose(scores["recall"], r)
    np.testing.assert_allclose(scores["f1"], f)
    np.testing.assert_array_equal(scores["support"], s)
    table = panel.scores_view.model()
    assert table.rowCount() == 12  # 10 classes, macro and weighted averages
    assert table.index(4, 1).data() == f"{r[4]:.3f}"
    assert table.index(10, 0).data() == f"{p.mean():.3f}"


def test_gallery_misclassified_filter_shows_exactly_the_misclassified(panel, digits, digits_model):
    result = feed(panel, digits_model, digits)["results"]
    n = len(digits.x_test)
    np.testing.assert_array_equal(panel.gallery_indices(), np.arange(n))
    wrong = np.flatnonzero(result["y_true"] != result["y_pred"])
    assert 0 < len(wrong) < n
    panel.misclassified_box.setChecked(True)
    np.testing.assert_array_equal(panel.gallery_indices(), wrong)
    view_model = panel.gallery_view.model()
    assert view_model.rowCount() == len(wrong)
    shown = [view_model.index(k, 0).data(GalleryModel.IndexRole) for k in range(view_model.rowCount())]
    assert shown == list(wrong)
    assert panel.gallery_count.text() == f"{len(wrong):,} of {n:,} test images"
    # and one true class among them
    panel.class_combo.setCurrentIndex(1 + 3)
    np.testing.assert_array_equal(panel.gallery_indices(), wrong[result["y_true"][wrong] == 3])
    panel.set_misclassified_only(False)
    np.testing.assert_array_equal(panel.gallery_indices(), np.flatnonzero(result["y_true"] == 3))
    # each thumbnail is the sample's image, dark ink on white
    first = int(panel.gallery_indices()[0])
    pixmap = view_model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert pixmap.width() == 8 * view_model.scale
    image = pixmap.toImage()
    expected = 255 - result["images"][first]
    assert image.pixelColor(0, 0).red() == expected[0, 0]
    assert image.pixelColor(pixmap.width() - 1, pixmap.height() - 1).red() == expected[7, 7]
    text = view_model.index(0, 0).data()
    assert text.startswith("3\n")
    panel.gallery_view.viewport().repaint()  # the delegate paints without errors


def double_click(qtbot, view, pos):
    """As a mouse does it: a click, then the double-click (an item view acts on a double-click only
    where the press before it was)."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_double_clicking_a_confusion_cell_shows_its_test_images(qtbot, panel, digits, digits_model):
    """Which 8s were taken for 1s? The matrix said '3'; the images were a filter and a hunt away. A
    double-click on a cell shows exactly the test images it counts."""
    from PySide6.QtWidgets import QComboBox

    result = feed(panel, digits_model, digits)["results"]
    y_true, y_pred = result["y_true"], result["y_pred"]
    confusion = result["confusion"]
    i, j = np.unravel_index(np.argmax(confusion - np.diag(np.diag(confusion))), confusion.shape)  # most mistakes
    view = panel.confusion_view
    rect = view.visualRect(view.model().index(int(i), int(j)))
    assert "Double-click: these test images" in view.model().index(int(i), int(j)).data(Qt.ItemDataRole.ToolTipRole)
    double_click(qtbot, view, rect.center())
    assert panel.tabs.currentWidget() is panel.gallery_tab
    expected = np.flatnonzero((y_true == i) & (y_pred == j))
    assert len(expected) == confusion[i, j] > 0
    np.testing.assert_array_equal(panel.gallery_indices(), expected)
    assert panel.findChild(QComboBox, "galleryPredicted").currentIndex() == j + 1
    assert panel.gallery_count.text().startswith(f"{len(expected):,} of ")
    # the diagonal: the right ones, even after "Only misclassified" was on
    panel.misclassified_box.setChecked(True)
    panel.tabs.setCurrentIndex(0)
    k = int(np.argmax(np.diag(confusion)))
    rect = view.visualRect(view.model().index(k, k))
    double_click(qtbot, view, rect.center())
    right = np.flatnonzero((y_true == k) & (y_pred == k))
    assert len(right)
    np.testing.assert_array_equal(panel.gallery_indices(), right)
    assert not panel.misclassified_box.isChecked()


def test_first_layer_weight_images_are_kernel_columns_reshaped(panel, digits, digits_model):
    feed(panel, digits_model, digits)
    kernel = digits_model.get_weights()["dense/kernel"]
    images = panel.weight_images()
    assert images.shape == (12, 8, 8)
    np.testing.assert_array_equal(panel.weight_units(), np.arange(12))
    for j in range(12):
        np.testing.assert_array_equal(images[j], kernel[:, j].reshape(8, 8))
    assert "8×8" in panel.weights_caption.text()


def fashion_like(n_train=60, n_test=40, seed=0):
    """Fashion-MNIST's shapes and class names with random pixels (no 60,000-image load in a unit test)."""
    rng = np.random.default_rng(seed)
    x = rng.random((n_train + n_test, 28, 28)).astype(np.float32)
    y = np.arange(n_train + n_test) % 10
    return Dataset("fashion_mnist", x[:n_train], y[:n_train], x[n_train:], y[n_train:], task="multiclass",
                   class_names=list(FASHION_CLASSES))


def test_fashion_shapes_28x28_weight_images_and_class_names(panel):
    data = fashion_like()
    spec = ModelSpec.stack([28, 28], [("Flatten", {}), ("Dense", {"units": 100, "activation": "relu"}),
                                      ("Dense", {"units": 10, "activation": "softmax"})])
    model = build_model(spec, seed=0)
    feed(panel, model, data)
    kernel = model.get_weights()["dense/kernel"]
    images = panel.weight_images()
    assert images.shape == (64, 28, 28)  # the first 64 of 100 units
    np.testing.assert_array_equal(images[37], kernel[:, 37].reshape(28, 28))
    assert "64 of 100" in panel.weights_caption.text()
    names = [panel.confusion_view.model().headerData(k, Qt.Orientation.Vertical) for k in range(10)]
    assert names == FASHION_CLASSES
    text = panel.gallery_view.model().index(9, 0).data()
    assert text.split("\n")[0] == "Ankle boot"
    assert panel.tabs.isTabEnabled(1) and panel.tabs.isTabEnabled(2)


def test_regression_shows_predicted_against_true_instead(panel):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(80, 3)).astype(np.float32)
    y = (x @ np.array([[1.0], [-2.0], [0.5]])).astype(np.float32)
    data = Dataset("linear", x[:60], y[:60], x[60:], y[60:], task="regression")
    model = build_model(ModelSpec.stack([3], [("Dense", {"units": 1})]), seed=0)
    feed(panel, model, data)
    assert panel.matrix_stack.currentIndex() == 1
    assert panel.tabs.tabText(0) == "Predicted vs true"
    assert not panel.tabs.isTabEnabled(1) and not panel.tabs.isTabEnabled(2)
    xs, ys = panel.scatter.getData()
    np.testing.assert_allclose(xs, y[60:, 0])
    np.testing.assert_allclose(ys, model.predict(x[60:])[:, 0], rtol=1e-6)
    assert "R²" in panel.summary.text()
    assert panel.confusion().size == 0


def test_the_panel_follows_a_training_run(qtbot):
    runner = TrainingRunner()
    panel = ResultsPanel(runner)
    qtbot.addWidget(panel)
    try:
        assert any(isinstance(p, ResultsProbe) for p in panel.probes)
        project = Project.load(resource_path("examples", "digits.annproj"))
        project.training.epochs = 2
        with qtbot.waitSignal(runner.sigFinished, timeout=30000):
            runner.start(project)
        assert panel.updates >= 1
        dataset = panel.results_probe.last_dataset
        y_pred = np.argmax(runner.last_model.predict(dataset.x_test), axis=1)
        np.testing.assert_array_equal(panel.confusion(), sk_confusion(dataset.y_test, y_pred, labels=range(10)))
        kernel = runner.last_model.get_weights()["dense/kernel"]
        np.testing.assert_array_equal(panel.weight_images()[0], kernel[:, 0].reshape(8, 8))
        runner.reset()
        assert panel.confusion().size == 0
    finally:
        assert runner.shutdown(5000)


def test_a_hidden_panel_draws_the_latest_results_when_shown(qtbot, digits, digits_model):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    result = ResultsProbe(max_rate=None).compute(digits_model, digits)
    weights = WeightsProbe().compute(digits_model)
    panel._on_live_payload([{"event": "probe", "step": 1, "results": result}])  # hidden (another tab): not drawn
    panel._on_live_payload([{"event": "probe", "step": 2, "results": weights}])  # a later probe of another kind
    assert panel.confusion().size == 0
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.confusion().sum() == len(digits.y_test)  # both kinds are drawn
    np.testing.assert_array_equal(panel.weight_images()[0], digits_model.get_weights()["dense/kernel"][:, 0].reshape(8, 8))


def _contrast(a, b):
    from annstudio.gui.views.results_panel import _luminance

    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_numbers_on_confusion_cells_are_readable_on_every_class_colour(panel):
    """Each cell's text has a WCAG contrast of at least 4.5 on its background, at every tint, for all
    ten class colours (white on the olive and cyan diagonal cells was about 2:1)."""
    k = 10
    counts = np.zeros((k, k), dtype=np.int64)
    for i in range(k):
        counts[i] = np.linspace(0, 100, k).astype(np.int64)
        counts[i, i] = 1000  # every column at many tints, every diagonal cell at full tint
    panel.confusion_model.set_data(counts, [str(c) for c in range(k)])
    model = panel.confusion_model
    for i in range(k):
        for j in range(k):
            index = model.index(i, j)
            fg, bg = model.data(index, Qt.ItemDataRole.ForegroundRole), model.data(index, Qt.ItemDataRole.BackgroundRole)
            assert _contrast(fg, bg) >= 4.5, (i, j, fg.name(), bg.name())


def test_gallery_cells_fit_the_longest_class_name(panel):
    from PySide6.QtGui import QFont, QFontMetrics

    feed(panel, build_model(ModelSpec.stack([28, 28], [("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"})]),
                            seed=0), fashion_like())
    view = panel.gallery_view
    width = view.sizeHintForIndex(view.model().index(0, 0)).width()
    bold = QFont(view.font())
    bold.setBold(True)
    need = QFontMetrics(bold).horizontalAdvance("✗ T-shirt/top") + QFontMetrics(bold).horizontalAdvance(" 100%")
    assert width >= need + 18  # the swatch and margins: "T-shirt/top" is not elided


def test_the_gallery_has_the_test_images_after_a_run_watched_from_another_tab(qtbot, isolated_gui):
    """Digits trained with the Training tab in front, then the learner opens Results > Test images. The probe
    sends the images once per data set: for the untrained model, before the run, to a panel behind another
    tab, which dropped them when the run started; the run's last result came without them while the run
    still counted as running, when the panel could not ask again. The gallery said "0 of 0 test images"."""
    from PySide6.QtWidgets import QListView

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "digits.annproj"))
    for dock in ("resultsPanel", "trainingPanel"):   # the learner clicks the tabs: Results goes behind
        window.docks[dock].raise_()
        qtbot.wait(50)
    assert not window.results_panel.is_on_screen()
    qtbot.wait(1500)   # and reads the window before pressing Play: the untrained model's results (with the
    #                    test images) are computed meanwhile, for a panel that is not on screen
    with qtbot.waitSignal(window.runner.sigFinished, timeout=120000):
        window.training_panel.play_action.trigger()
    qtbot.wait(1000)   # the learner looks at the curves first
    window.docks["resultsPanel"].raise_()
    panel = window.results_panel
    panel.tabs.setCurrentWidget(panel.gallery_tab)
    gallery = panel.findChild(QListView, "resultsGallery")
    qtbot.waitUntil(lambda: gallery.model().rowCount() > 0, timeout=20000)
    n = gallery.model().rowCount()
    assert n == len(panel.gallery_model.y_true) == 359   # 20 % of digits' 1,797
    assert panel.gallery_count.text().startswith(f"{n} of {n}")


def test_other_data_gets_its_own_results_or_none(qtbot, isolated_gui):
    """The learner trains XOR, then picks other data in the data panel. The Results panel kept showing XOR's
    test set ("Test set: 4 samples · accuracy 100.0 %") under Wine's or a CSV's name. Now the trained model
    is scored on the new test set when it takes that data, and the panel is cleared when it does not."""
    from PySide6.QtWidgets import QComboBox

    from annstudio.gui.editor import commands

    from .conftest import show_main_window

    window = show_main_window(qtbot)
    assert window.open_example(resource_path("examples", "xor_mlp.annproj"))
    panel = window.results_panel
    window.docks["resultsPanel"].raise_()
    training = window.document.section("training")
    training.epochs = 20
    commands.push(window.document, "training", training, "epochs")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: panel.summary.text().startswith("Test set: 4 samples"), timeout=20000)
    combo = window.findChild(QComboBox, "datasetCombo")

    def pick(name):
        with qtbot.waitSignal(window.dataset_panel.sigDatasetLoaded, timeout=20000):
            combo.setCurrentIndex(combo.findData(name))
            combo.activated.emit(combo.currentIndex())   # as a choice in the list does

    pick("toy_circle")   # two inputs, two classes: the model Play starts from on it (the run is over) takes it
    dataset = window.dataset_panel.dataset
    n = len(dataset.y_test)
    qtbot.waitUntil(lambda: panel.summary.text().startswith(f"Test set: {n} samples"), timeout=20000)
    expected = (window.runner.last_model.predict(dataset.x_test)[:, 0] > 0.5) == (dataset.y_test.ravel() > 0.5)
    assert f"accuracy {100 * expected.mean():.1f}%" in panel.summary.text()
    activations = window.activation_view
    window.docks["activationPlot"].raise_()   # its statistics of that model are drawn when it is seen
    qtbot.waitUntil(lambda: activations.last_result is not None, timeout=20000)
    pick("iris")     # four inputs, three classes: it does not
    assert panel.result is None
    assert panel.summary.text() == "Train the model to see how it does on the test set."
    assert activations.last_result is None and activations.layer_names == []   # nor XOR's histograms


def test_double_clicking_an_empty_confusion_cell_says_so_and_stays(qtbot, panel, digits, digits_model):
    """A cell that counts no image: the gallery would open on nothing, '0 of 360 test images'. The matrix
    stays, and a tip at the cell says there is no such image."""
    from PySide6.QtWidgets import QToolTip

    result = feed(panel, digits_model, digits)["results"]
    confusion = result["confusion"]
    empty = np.argwhere(confusion == 0)
    assert len(empty)
    i, j = (int(v) for v in empty[0])
    view = panel.confusion_view
    matrix_tab = panel.tabs.currentWidget()
    gallery_before = panel.gallery_indices().copy()
    index = view.model().index(i, j)
    assert "Double-click" not in index.data(Qt.ItemDataRole.ToolTipRole)
    double_click(qtbot, view, view.visualRect(index).center())
    assert panel.tabs.currentWidget() is matrix_tab
    np.testing.assert_array_equal(panel.gallery_indices(), gallery_before)
    names = view.model().names
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == f"No test image of {names[i]} was predicted as {names[j]}."


def test_a_test_set_larger_than_the_probe_looks_at_says_how_much_it_shows(panel, digits, digits_model):
    """A CSV of 40,450 test rows: Results said "Test set: 10,000 samples" beside the data panel's 40,450; it
    scores the first 10,000 (the probe's limit) and now says so."""
    result = ResultsProbe(max_rate=None, max_samples=100).compute(digits_model, digits)
    panel.update_from_result(result)
    total = len(digits.x_test)
    assert panel.summary.text().startswith(f"Test set: the first 100 of {total} samples · accuracy ")
    feed(panel, digits_model, digits)
    assert panel.summary.text().startswith(f"Test set: {total} samples · accuracy ")


def _inside(widget, area) -> bool:
    """``widget`` lies within the width of the scroll area's viewport (nothing cut off at the right)."""
    left = widget.mapTo(area.viewport(), widget.rect().topLeft()).x()
    return left >= 0 and left + widget.width() <= area.viewport().width()


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_short_results_dock_wraps_its_text_and_shows_whole_gallery_cells(qtbot, qapp, isolated_gui, language):
    """A 1024 x 700 screen gives Results a dock about 500 x 226 pixels. The filter row ("테스트 이미지 3…"),
    the legend and, for regression, the note ran past its right edge; the panel was as tall as its preferred
    size (600 pixels), so the labels under the gallery's images lay below the dock. Now the rows wrap to
    the dock's width and the gallery shows at least one whole row of cells."""
    from PySide6.QtWidgets import QLabel, QScrollArea, QTabBar

    from annstudio.gui.i18n import install_translators

    from .conftest import show_main_window

    install_translators(qapp, language)
    try:
        window = show_main_window(qtbot, (1000, 650))
        assert window.open_example(resource_path("examples", "digits.annproj"))
        window.docks["resultsPanel"].raise_()
        panel = window.results_panel
        area = window.findChild(QScrollArea, "resultsPanelScroll")
        bar = panel.tabs.findChild(QTabBar)
        qtbot.waitUntil(lambda: bar.isTabEnabled(1), timeout=20000)   # the untrained model's results
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        qtbot.waitUntil(lambda: panel.gallery_model.rowCount() > 0, timeout=20000)
        qtbot.wait(100)
        assert area.viewport().height() < 260   # the short dock of the report
        assert panel.width() <= area.viewport().width() and not area.horizontalScrollBar().isVisible()
        gallery_tab = panel.gallery_tab
        for widget in [*gallery_tab.findChildren(QLabel), panel.misclassified_box, panel.class_combo,
                       panel.predicted_combo, panel.summary]:
            if widget.isVisible():
                assert _inside(widget, area), (widget.text() if isinstance(widget, QLabel) else widget.objectName())
        legend = gallery_tab.findChild(QLabel, "galleryLegend")
        assert legend.height() >= legend.heightForWidth(legend.width())   # every wrapped line shows
        gallery = panel.gallery_view
        cell = gallery.visualRect(gallery.model().index(0, 0))
        assert cell.height() > 56 and gallery.viewport().height() >= cell.bottom()   # image and both labels
        assert gallery.height() <= area.viewport().height()   # and the outer scroll bar can show it all

        assert window.open_example(resource_path("examples", "diabetes_regression.annproj"))
        window.docks["resultsPanel"].raise_()
        qtbot.waitUntil(lambda: panel.matrix_stack.currentIndex() == 1, timeout=20000)
        qtbot.wait(100)
        assert panel.tabs.currentIndex() == 0   # the gallery's tab is disabled: Predicted vs true shows
        assert panel.width() <= area.viewport().width()
        note = panel.matrix_stack.currentWidget().findChild(QLabel)
        assert _inside(note, area) and note.height() >= note.heightForWidth(note.width()), note.text()
    finally:
        install_translators(qapp, "en")
