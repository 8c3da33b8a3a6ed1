"""Issue 10 item 15: small windows (800x600 and below) and the cosmetic faults seen there."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle

from annstudio.backends.numpy import build_model
from annstudio.data import load_dataset
from annstudio.engine.probes import WeightsProbe
from annstudio.gui.document import ProjectDocument
from annstudio.gui.editor.dataset_panel import DataScatter
from annstudio.gui.main_window import MainWindow
from annstudio.gui.views.activation_view import ActivationView
from annstudio.gui.views.decision_plot import DecisionRegionPlot
from annstudio.gui.views.loss_plot import LossPlot
from annstudio.gui.views.network_view import NetworkView
from annstudio.project import Project
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec


@pytest.fixture(autouse=True)
def isolated(isolated_gui):
    """Every test here: private settings, no TensorFlow device scan (tests/gui/conftest.py)."""


def _quiet_close(window: MainWindow) -> None:
    window.runner.shutdown(5000)
    window.document.undo_stack.setClean()


def on_screen(window: MainWindow, widget) -> QRect:
    """``widget``'s rectangle in window coordinates (empty when it is a tab behind another or hidden)."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return QRect()
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", [(800, 600), (700, 500)])
def test_a_small_window_fits_and_nothing_covers_the_status_bar(qtbot, size):
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=_quiet_close)
    window.open_path(resource_path("examples", "spiral.annproj"), ask=False)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.dataset_panel.scatter.n_points > 0, timeout=10000)
    qtbot.wait(100)  # the default proportions are applied after the first show
    assert window.width() <= size[0] and window.height() <= size[1]
    status = on_screen(window, window.statusBar())
    assert not status.isEmpty()
    docks = {key: on_screen(window, dock) for key, dock in window.docks.items()}
    shown = {key: rect for key, rect in docks.items() if not rect.isEmpty()}
    assert {"datasetPanel", "stackEditor", "outputArea"} <= set(shown)
    inside = window.rect()
    for key, rect in shown.items():
        assert inside.contains(rect), (key, rect)
        assert not rect.intersects(status), (key, rect, status)
        for other, rect2 in shown.items():
            assert other == key or not rect.intersects(rect2), (key, other)
    preview = on_screen(window, window.dataset_panel.preview)
    assert preview.isEmpty() or preview.intersected(status).isEmpty()
    assert not on_screen(window, window.stack_editor).isEmpty() and window.stack_editor.width() >= 200


def test_the_export_button_leaves_room_for_its_menu_arrow(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(260, 300)  # as narrow as the Output column of an 800-pixel window
    plot.show()
    qtbot.waitExposed(plot)
    button = plot.export_button
    assert button.objectName() == "lossPlotExport" and button.menu() is not None
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text())
    # the text is centred and the arrow sits in the right corner: room for the arrow on both sides
    for width in (button.sizeHint().width(), button.width()):
        assert width >= text + 2 * arrow + 4, (width, text, arrow)


def test_the_activation_list_shows_whole_entries_beside_its_scroll_bar(qtbot):
    project = Project.load(resource_path("examples", "spiral.annproj"))
    document = ProjectDocument()
    document.replace(project, None)
    view = ActivationView(document)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    listing = view.function_list
    listing.setMaximumHeight(120)  # as in a short dock (an 800x600 window): the list scrolls
    qtbot.waitUntil(lambda: listing.verticalScrollBar().isVisible())
    entries = [listing.item(row) for row in range(listing.count())]
    assert any("(in this model)" in e.text() for e in entries)
    needed = listing.sizeHintForColumn(0)
    assert listing.viewport().width() >= needed, (listing.viewport().width(), needed)


def test_a_weight_tooltip_near_the_right_edge_stays_inside_the_diagram(qtbot):
    view = NetworkView(ProjectDocument())
    qtbot.addWidget(view)
    view.resize(380, 300)
    view.show()
    qtbot.waitExposed(view)
    model = build_model(ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "tanh"}),
                                              ("Dense", {"units": 1, "activation": "sigmoid"})]), seed=0)
    view.update_from_result(WeightsProbe().compute(model))
    edges = view.diagram.edges_into("dense_1")
    k = 0
    near_output = QPointF(edges.x0[k] + 0.92 * (edges.x1[k] - edges.x0[k]),
                          edges.y0[k] + 0.92 * (edges.y1[k] - edges.y0[k]))
    view.scene().sigMouseMoved.emit(view.view_box.mapViewToScene(near_output))  # the pointer moved there
    assert "w[0→0]" in view.hover_text
    assert "dense_1" in view.hover_text
    label = view._hover_label
    assert label.isVisible()
    inside, rect = view.view_box.sceneBoundingRect(), label.sceneBoundingRect()
    assert rect.left() >= inside.left() - 1 and rect.right() <= inside.right() + 1, (rect, inside)
    assert rect.top() >= inside.top() - 1


def test_the_loss_hover_label_does_not_cover_the_legend(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(300, 260)
    plot.show()
    qtbot.waitExposed(plot)
    losses = [0.9, 0.7, 0.5, 0.4, 0.35, 0.3, 0.28, 0.27, 0.26, 0.25]
    plot.add_events([{"event": "train_begin", "initial_epoch": 0},
                     *[{"event": "epoch_end", "epoch": i, "logs": {"loss": v, "val_loss": v + 0.1}}
                       for i, v in enumerate(losses)]])
    widget = plot.loss_widget
    qtbot.waitUntil(lambda: widget.getPlotItem().getViewBox().viewRange()[0][1] >= 10)
    assert widget.legend.isVisible()
    for x in (1, 5, 7, 9, 10):
        plot.show_readout(x)
        plot.grab()  # painted: the label has its size on screen
        label = widget.hover_label
        assert label.isVisible()
        assert not label.sceneBoundingRect().intersects(widget.legend.sceneBoundingRect()), x


def test_the_decision_regions_cover_the_whole_plot(qtbot):
    plot = DecisionRegionPlot()
    qtbot.addWidget(plot)
    plot.resize(520, 300)  # not square
    plot.show()
    qtbot.waitExposed(plot)
    ds = load_dataset("spiral", n_samples=200)
    plot.set_dataset(ds)
    model = build_model(ModelSpec.stack([2], [("Dense", {"units": 1, "activation": "sigmoid"})]), seed=0)
    result = plot.probe(model, ds, force=True)["decision"]
    assert plot.update_from_result(result)
    qtbot.wait(50)
    (vx0, vx1), (vy0, vy1) = plot.getPlotItem().getViewBox().viewRange()
    image = plot.image_item.mapRectToParent(plot.image_item.boundingRect())
    x0, x1, y0, y1 = result["extent"]
    assert image.left() == pytest.approx(x0) and image.right() == pytest.approx(x1)
    assert image.top() == pytest.approx(y0) and image.bottom() == pytest.approx(y1)
    span_x, span_y = vx1 - vx0, vy1 - vy0
    assert (vx0, vx1) == pytest.approx((x0, x1), abs=1e-3 * span_x)
    assert (vy0, vy1) == pytest.approx((y0, y1), abs=1e-3 * span_y)


def test_the_data_preview_ticks_have_numbers(qtbot):
    scatter = DataScatter(compact=True)
    qtbot.addWidget(scatter)
    scatter.resize(200, 200)
    scatter.show()
    qtbot.waitExposed(scatter)
    scatter.show_dataset(load_dataset("spiral", n_samples=200))
    qtbot.wait(50)
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for name in ("left", "bottom"):
            axis = scatter.getPlotItem().getAxis(name)
            specs = axis.generateDrawSpecs(painter)
            assert specs is not None, name
            _, ticks, texts = specs
            labels = [text for _, _, text in texts]
            assert len(labels) >= 2 and all(label.strip() for label in labels), (name, labels)
            assert all(np.isfinite(float(label.replace("−", "-"))) for label in labels)
    finally:
        painter.end()
