"""The gradient descent & losses lab, opened from the Learn menu and driven as a learner does."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from annstudio.gui.fields import NumberField
from annstudio.resources import resource_path
from tests.gui.conftest import show_main_window


@pytest.fixture
def lab(qtbot, isolated_gui):
    window = show_main_window(qtbot, (1500, 950))
    window.findChild(QAction, "action_descent_lab").trigger()
    widget = window.findChild(QWidget, "descentLab")
    assert widget is not None and widget.isVisible()
    widget.window_for_test = window
    return widget


def item(lab, plot_name: str, item_name: str):
    plot = lab.findChild(pg.PlotWidget, plot_name)
    found = [i for i in plot.getPlotItem().items if i.objectName() == item_name]
    assert len(found) == 1, item_name
    return found[0]


def type_into(qtbot, field: NumberField, text: str) -> None:
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)


def click(qtbot, lab, name: str) -> None:
    qtbot.mouseClick(lab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_a_different_learning_rate_draws_a_different_path_and_a_large_one_diverges(qtbot, lab):
    rate = lab.findChild(NumberField, "descentLearningRate")
    status = lab.findChild(QLabel, "descentStatus")
    path = item(lab, "descentSurfacePlot", "descentPath")
    assert "press Step or Run" in status.text()
    click(qtbot, lab, "descentStep")
    x1, y1 = path.getData()
    assert len(x1) == 2
    click(qtbot, lab, "descentRun")            # 50 more steps at 0.1
    x_slow, y_slow = path.getData()
    assert len(x_slow) == 52
    assert status.text().startswith(("converged", "crawling", "nearly there"))

    type_into(qtbot, rate, "0.5")
    assert rate.value() == 0.5
    assert len(path.getData()[0]) == 1          # a new rate starts over
    click(qtbot, lab, "descentRun")
    x_fast, y_fast = path.getData()
    assert not np.array_equal(x_fast[:5], x_slow[:5])
    assert status.text().startswith("converged in 11 steps")

    type_into(qtbot, rate, "1.5")
    click(qtbot, lab, "descentRun")
    assert status.text().startswith("diverged at step 4")
    assert len(path.getData()[0]) == 5          # the run stopped where it diverged
    # the slider follows the typed rate
    assert lab.findChild(QWidget, "descentLearningRateSlider").value() == 42   # (log10(1.5) + 4) × 10


def test_the_cut_through_the_map_reaches_a_walk_that_left_it(qtbot, lab):
    """At a rate that throws the walk far off the map, the one-line cut under it still runs through the walk's
    point: the point sits on its curve, not beside a curve drawn only over the map."""
    type_into(qtbot, lab.findChild(NumberField, "descentLearningRate"), "5")
    click(qtbot, lab, "descentRun")
    assert lab.findChild(QLabel, "descentStatus").text().startswith("diverged")
    xs, values = item(lab, "descentCurve", "descentCurveLine").getData()
    (px,), (py,) = item(lab, "descentCurve", "descentCurvePoint").getData()
    assert px < -20 and xs.min() <= px <= xs.max()          # far left of the map (w from -2), yet on the cut
    assert np.interp(px, xs, values) == pytest.approx(py, rel=0.02)


def test_a_rate_out_of_range_is_refused_and_reset_starts_over(qtbot, lab):
    rate = lab.findChild(NumberField, "descentLearningRate")
    type_into(qtbot, rate, "50")
    assert rate.is_refused() and rate.value() == 0.1
    assert "greater than 0 and at most 10" in rate.message.text()
    click(qtbot, lab, "descentRun")   # leaving the field puts back the rate in use (0.1) and says so
    assert rate.lineEdit().text() == "0.1" and "“50” was not applied" in rate.message.text()
    assert len(item(lab, "descentSurfacePlot", "descentPath").getData()[0]) == 51
    assert lab.surface_page.walk.learning_rate == 0.1
    click(qtbot, lab, "descentReset")
    assert len(item(lab, "descentSurfacePlot", "descentPath").getData()[0]) == 1


def test_the_quiz_asks_for_one_step(qtbot, lab):
    # linear neuron from (w, b) = (-1, -2), eta 0.1: the gradient in w is -4.2 ..., so w becomes -0.58...
    answer = lab.findChild(QLineEdit, "descentQuizAnswer")
    result = lab.findChild(QLabel, "descentQuizResult")
    walk = lab.surface_page.walk
    expected = walk.start[0] - 0.1 * walk.grads[0][0]
    qtbot.keyClicks(answer, f"{expected:.4f}")
    qtbot.keyClick(answer, Qt.Key.Key_Return)
    assert "Right" in result.text()


def test_after_a_step_the_quiz_asks_about_the_next_one(qtbot, lab):
    """After Step the quiz still asked for w after one step while the position above it showed that w."""
    prompt = lab.findChild(QLabel, "descentQuizPrompt")
    answer = lab.findChild(QLineEdit, "descentQuizAnswer")
    result = lab.findChild(QLabel, "descentQuizResult")
    position = lab.findChild(QLabel, "descentPosition")
    assert "starting at w = -1" in prompt.text()
    click(qtbot, lab, "descentStep")
    walk = lab.surface_page.walk
    w, b = walk.points[-1]
    assert f"w = {w:.4g}" in position.text()                       # the first step's answer, on screen
    assert "after one step" not in prompt.text()
    assert f"now (w = {w:.4g}, b = {b:.4g}): after the next step" in prompt.text()
    qtbot.keyClicks(answer, f"{w - 0.1 * walk.grads[-1][0]:.4f}")    # plain SGD from here
    qtbot.keyClick(answer, Qt.Key.Key_Return)
    assert "Right" in result.text()
    click(qtbot, lab, "descentStep")                                 # that answer is on screen now
    assert f"now (w = {walk.points[-1][0]:.4g}" in prompt.text() and answer.isEnabled() and result.text() == ""
    type_into(qtbot, lab.findChild(NumberField, "descentLearningRate"), "1.5")
    click(qtbot, lab, "descentRun")                                  # diverges: there is no next step
    assert prompt.text().startswith("The walk has diverged at learning rate η = 1.5")
    assert not answer.isEnabled()


def test_the_race_draws_five_paths_from_one_start(qtbot, lab):
    lab.findChild(QWidget, "descentTabs").setCurrentIndex(1)
    click(qtbot, lab, "descentRace")
    paths = [item(lab, "descentRacePlot", f"descentRace{kind}").getData()
             for kind in ("SGD", "Momentum", "Nesterov", "RMSprop", "Adam")]
    assert all(len(x) == 101 for x, _ in paths)
    assert len({(x[0], y[0]) for x, y in paths}) == 1
    assert len({(round(x[-1], 9), round(y[-1], 9)) for x, y in paths}) == 5
    table = lab.findChild(QTableWidget, "descentRaceTable")
    assert [table.item(r, 0).text() for r in range(5)] == ["SGD", "Momentum", "Nesterov", "RMSprop", "Adam"]
    assert all(table.item(r, 2).text() for r in range(5))


def test_the_losses_page_shows_curves_that_follow_the_target(qtbot, lab):
    lab.findChild(QWidget, "descentTabs").setCurrentIndex(2)
    mse = item(lab, "descentLossPlot", "descentLoss_mse")
    x, y = mse.getData()
    assert y[np.argmin(np.abs(x - 1.0))] == pytest.approx(0.0)
    type_into(qtbot, lab.findChild(NumberField, "descentTarget"), "-2")
    x, y = mse.getData()
    assert x[np.argmin(y)] == pytest.approx(-2.0)
    huber_d = item(lab, "descentLossDerivativePlot", "descentLossDerivative_huber").getData()[1]
    assert huber_d.max() == pytest.approx(1.0)
    type_into(qtbot, lab.findChild(NumberField, "descentDelta"), "0.5")
    assert item(lab, "descentLossDerivativePlot", "descentLossDerivative_huber").getData()[1].max() == pytest.approx(0.5)
    acc_d = item(lab, "descentCrossEntropyDerivativePlot", "descentAccuracyDerivative").getData()[1]
    assert np.count_nonzero(acc_d) <= 1
    assert len(item(lab, "descentCrossEntropyPlot", "descentBinaryCrossentropy").getData()[0]) > 100
    text = lab.findChild(QLabel, "descentOutlierText").text()
    assert "MSE 2.95" in text


def test_the_eps_table(qtbot, lab):
    lab.findChild(QWidget, "descentTabs").setCurrentIndex(3)
    table = lab.findChild(QTableWidget, "descentEpsTable")
    # the relative error (what the page is about) before the exact value, which is the same in every row and
    # was the column a narrow lab kept on screen while the error went off its edge
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "eps", "central difference", "relative error", "exact"]
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(rows["1e-50"], 1).text() == "0"
    assert table.item(rows["1e-06"], 1).text().startswith("0.1966119")
    dtype = lab.findChild(QComboBox, "descentDtype")
    dtype.setCurrentIndex(1)   # float32
    assert table.item(rows["1e-08"], 1).text() == "0"


def test_two_weights_of_the_project_model(qtbot, lab):
    lab.window_for_test.open_path(resource_path("examples", "xor_mlp.annproj"))
    choice = lab.findChild(QComboBox, "descentSurfaceChoice")
    choice.setCurrentIndex(choice.findData("model"))
    assert not lab.findChild(QLabel, "descentSurfaceProblem").isVisible()
    assert lab.findChild(QComboBox, "descentWeight1").currentText() == "dense/kernel"
    assert lab.findChild(QComboBox, "descentIndex2").currentText() == "[0, 1]"
    plot = lab.findChild(pg.PlotWidget, "descentSurfacePlot")
    assert plot.getPlotItem().getAxis("bottom").labelText == "dense/kernel[0, 0]"
    index2 = lab.findChild(QComboBox, "descentIndex2")
    index2.setCurrentIndex(3)
    assert plot.getPlotItem().getAxis("left").labelText == "dense/kernel[0, 3]"
    click(qtbot, lab, "descentRun")
    assert len(item(lab, "descentSurfacePlot", "descentPath").getData()[0]) > 1


def test_the_lab_in_korean(qtbot, qapp, isolated_gui):
    from annstudio.gui.i18n import catalogue, install_translators

    if not catalogue("ko").is_file():
        pytest.skip("the Korean catalogue has not been compiled")
    install_translators(qapp, "ko")
    try:
        window = show_main_window(qtbot, (1500, 950))
        window.findChild(QAction, "action_descent_lab").trigger()
        lab = window.findChild(QWidget, "descentLab")
        tabs = lab.findChild(QWidget, "descentTabs")
        assert [tabs.tabText(i) for i in range(4)] == ["손실 곡면", "옵티마이저 경주", "손실 함수", "수치 미분"]
        status = lab.findChild(QLabel, "descentStatus")
        assert status.text() == "한 스텝 또는 실행을 눌러 내려가 보세요"
        type_into(qtbot, lab.findChild(NumberField, "descentLearningRate"), "1.5")
        click(qtbot, lab, "descentRun")
        assert status.text().startswith("4 스텝에서 발산")
        assert "학습률 η = 1.5" in lab.findChild(QLabel, "descentQuizPrompt").text()
        assert lab.findChild(QPushButton, "descentRace").text() == "경주 실행(&R)"
        tabs.setCurrentIndex(1)
        click(qtbot, lab, "descentRace")
        table = lab.findChild(QTableWidget, "descentRaceTable")
        assert table.horizontalHeaderItem(2).text() == "결과"
        assert all("스텝" in table.item(r, 2).text() or table.item(r, 2).text() in ("진동", "느리게 기어감", "거의 도착")
                   for r in range(5))
    finally:
        install_translators(qapp, "en")


def test_keyboard_learning_rate_and_run(qtbot, lab):
    """Alt+A reaches the learning rate, Alt+R runs (no clash with the menu bar's Alt+L for Learn)."""
    window = lab.window_for_test
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    rate = lab.findChild(NumberField, "descentLearningRate")
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert rate.hasFocus()
    rate.lineEdit().selectAll()
    qtbot.keyClicks(rate.lineEdit(), "0.5")
    qtbot.keyClick(rate.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)   # a mnemonic clicks after a short delay
    status = lab.findChild(QLabel, "descentStatus")
    qtbot.waitUntil(lambda: status.text().startswith("converged in 11 steps"))


def test_the_lab_fits_a_1024_pixel_window(qtbot, qapp, isolated_gui):
    """On a 1024 x 700 screen, opening the lab made the window 1,152 pixels wide: its right side, with the
    lab's plots and the toolbar's last fields, was off the screen. Each page now scrolls, and the plots go
    under the controls in a narrow dock."""
    from PySide6.QtWidgets import QScrollArea

    window = show_main_window(qtbot, (1024, 700))
    window.findChild(QAction, "action_descent_lab").trigger()
    lab = window.findChild(QWidget, "descentLab")
    qtbot.waitUntil(lab.isVisible)
    tabs = lab.findChild(QWidget, "descentTabs")
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(50)
        assert window.width() <= 1024, tabs.tabText(i)
        page = tabs.widget(i)   # and no page scrolls sideways (the Losses page's three plots did)
        qtbot.waitUntil(lambda page=page: page.widget().width() <= page.viewport().width())
        assert page.horizontalScrollBar().maximum() == 0, tabs.tabText(i)
    tabs.setCurrentIndex(0)
    area = tabs.widget(0)
    assert isinstance(area, QScrollArea)
    surface_map, controls = lab.findChild(QWidget, "descentSurfacePlot"), lab.findChild(QWidget, "descentStep")
    qtbot.waitUntil(lambda: surface_map.mapTo(lab, surface_map.rect().topLeft()).y()
                    > controls.mapTo(lab, controls.rect().bottomLeft()).y())
    assert area.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_the_map_and_its_controls_are_seen_together(qtbot, isolated_gui, size):
    """At 1366 x 768 the map got a column about 220 pixels wide and over 500 tall: the contours were
    stretched, and the start point (−1, −2), the path and the w axis were below the page's visible part,
    with the controls and the step text above it."""
    from PySide6.QtCore import QPoint, QPointF, QRect

    window = show_main_window(qtbot, size)
    window.findChild(QAction, "action_descent_lab").trigger()
    lab = window.findChild(QWidget, "descentLab")
    qtbot.waitUntil(lab.isVisible)
    qtbot.wait(100)
    area = lab.findChild(QWidget, "descentTabs").widget(0)
    surface_map = lab.findChild(pg.PlotWidget, "descentSurfacePlot")
    assert 0.6 <= surface_map.height() / surface_map.width() <= 1.0, surface_map.size()
    assert surface_map.width() >= 300
    seen = QRect(QPoint(0, 0), area.viewport().size())

    def on_screen(widget, point: QPoint) -> bool:
        return seen.contains(widget.mapTo(area.viewport(), point))

    start = surface_map.mapFromScene(surface_map.getPlotItem().vb.mapViewToScene(QPointF(-1, -2)))
    assert on_screen(surface_map, start)
    bottom_axis = surface_map.getPlotItem().getAxis("bottom")   # the w axis under the map
    assert on_screen(surface_map, surface_map.mapFromScene(bottom_axis.sceneBoundingRect().center()))
    for name in ("descentStep", "descentPosition"):
        widget = lab.findChild(QWidget, name)
        assert on_screen(widget, widget.rect().bottomRight()), name


def covered_points(plot_widget) -> int:
    """How many points of the plot's curves and scatters lie under its legend, as drawn."""
    plot_item = plot_widget.getPlotItem()
    legend = plot_item.legend
    box = legend.mapRectToScene(legend.boundingRect())
    count = 0
    for data in plot_item.listDataItems():
        x, y = data.getData()
        if x is None or not data.isVisible():
            continue
        for px, py in zip(x, y, strict=True):
            if np.isfinite(px) and np.isfinite(py) and box.contains(plot_item.vb.mapViewToScene(pg.Point(px, py))):
                count += 1
    return count


@pytest.mark.parametrize(("tab", "plot_name", "button"), [(2, "descentLossPlot", None),
                                                           (1, "descentRacePlot", "descentRace")])
def test_a_legend_moves_off_the_curves(qtbot, lab, tab, plot_name, button):
    """The MSE curve ran under the loss functions' legend, and the momentum and Nesterov paths under the
    race's: a legend sat in a fixed corner whatever was drawn there. It goes where it hides the least."""
    from annstudio.gui.views.legend_corner import CORNERS, offset_for

    lab.findChild(QWidget, "descentTabs").setCurrentIndex(tab)
    if button:
        click(qtbot, lab, button)
    plot = lab.findChild(pg.PlotWidget, plot_name)
    legend = plot.getPlotItem().legend
    follower = legend.follower   # it looks after a burst of changes (a busy machine: later)
    qtbot.waitUntil(lambda: follower.corner is not None and not follower._timer.isActive(), timeout=10000)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not follower._timer.isActive(), timeout=10000)
    shown = covered_points(plot)
    elsewhere = []
    for corner in CORNERS:   # the legend moved by hand to each corner: none hides fewer points
        legend.anchor(corner, corner, offset_for(corner))
        elsewhere.append(covered_points(plot))
    assert shown == min(elsewhere), (shown, elsewhere)
