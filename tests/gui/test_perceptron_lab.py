"""The perceptron lab driven as a learner does: opened from the Learn menu, weights moved and typed, undo,
the learning rule stepped (against the core stepper), XOR's failure, two layers opened in the editor."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QTableWidget,
    QWidget,
)

from annstudio.gui.fields import NumberField
from annstudio.learn.perceptron_lab import INPUTS, TARGETS
from annstudio.learn.perceptron_rule import RuleStepper
from tests.gui.conftest import show_main_window


@pytest.fixture
def window(qtbot, isolated_gui):
    return show_main_window(qtbot, (1400, 950))


@pytest.fixture
def lab(window):
    window.findChild(QAction, "action_perceptron_lab").trigger()
    lab = window.findChild(QWidget, "perceptronLab")
    assert lab is not None and lab.isVisible()
    return lab


def table_rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard (Home, then Down), as a learner does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def type_into(qtbot, field: NumberField, text: str) -> None:
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)


def show_page(lab, title: str) -> None:
    tabs = lab.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    tabs.setCurrentIndex(index)


def line_data(plot_item) -> tuple[np.ndarray, np.ndarray]:
    x, y = plot_item.getData()
    return np.asarray(x), np.asarray(y)


def test_menu_opens_the_lab_on_and_with_its_truth_table(lab):
    assert lab.findChild(QComboBox, "perceptronPreset").currentText() == "AND"
    rows = table_rows(lab.findChild(QTableWidget, "perceptronTruthTable"))
    assert rows == [["0", "0", "-0.7", "0", "0", "✓"], ["0", "1", "-0.2", "0", "0", "✓"],
                    ["1", "0", "-0.2", "0", "0", "✓"], ["1", "1", "0.3", "1", "1", "✓"]]
    assert lab.findChild(NumberField, "perceptronW1Field").lineEdit().text() == "0.5"
    assert lab.findChild(NumberField, "perceptronBField").lineEdit().text() == "-0.7"
    x, y = line_data(lab.gate_page.plane.line)
    np.testing.assert_allclose(0.5 * x + 0.5 * y - 0.7, 0, atol=1e-12)
    assert "All 4 rows right" in lab.findChild(QLabel, "perceptronGateSummary").text()


def test_moving_and_typing_a_weight_changes_the_line_and_the_table_and_undo_restores(qtbot, lab):
    table = lab.findChild(QTableWidget, "perceptronTruthTable")
    slider = lab.findChild(QSlider, "perceptronBSlider")
    slider.setFocus()
    for _ in range(3):   # b: -0.7 -> -0.4 (page steps of 0.1): OR's bias
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert lab.findChild(NumberField, "perceptronBField").lineEdit().text() == "-0.4"
    assert [r[2] for r in table_rows(table)] == ["-0.4", "0.1", "0.1", "0.6"]
    assert [r[5] for r in table_rows(table)] == ["✓", "✗", "✗", "✓"]   # OR's outputs against AND
    x, y = line_data(lab.gate_page.plane.line)
    np.testing.assert_allclose(0.5 * x + 0.5 * y - 0.4, 0, atol=1e-12)
    # typing a weight
    type_into(qtbot, lab.findChild(NumberField, "perceptronW2Field"), "-1")
    assert [r[2] for r in table_rows(table)] == ["-0.4", "-1.4", "0.1", "-0.9"]
    x, y = line_data(lab.gate_page.plane.line)
    np.testing.assert_allclose(0.5 * x - 1.0 * y - 0.4, 0, atol=1e-12)
    # Ctrl+Z in the lab undoes the lab's edits (not the project's), Ctrl+Shift+Z redoes
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[2] for r in table_rows(table)] == ["-0.4", "0.1", "0.1", "0.6"]
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[2] for r in table_rows(table)] == ["-0.7", "-0.2", "-0.2", "0.3"]
    assert lab.findChild(NumberField, "perceptronBField").lineEdit().text() == "-0.7"
    qtbot.keyClick(slider, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert lab.findChild(NumberField, "perceptronBField").lineEdit().text() == "-0.6"


def test_presets_threshold_form_and_xor(qtbot, lab):
    preset_box = lab.findChild(QComboBox, "perceptronPreset")
    table = lab.findChild(QTableWidget, "perceptronTruthTable")
    choose(qtbot, preset_box, "AND θ 1")
    assert lab.findChild(QCheckBox, "perceptronThresholdForm").isChecked()
    assert lab.findChild(NumberField, "perceptronBField").lineEdit().text() == "1"     # θ shown
    assert [r[3] for r in table_rows(table)] == ["0", "0", "0", "1"]
    choose(qtbot, lab.findChild(QComboBox, "perceptronActivation"), "step: 1 when z ≥ 0")
    assert [r[3] for r in table_rows(table)] == ["0", "1", "1", "1"]   # the tie at z = 0 now fires
    choose(qtbot, preset_box, "XOR")
    assert [r[4] for r in table_rows(table)] == ["0", "1", "1", "0"]
    assert "No weights get all four" in lab.findChild(QLabel, "perceptronGateSummary").text()


def test_quiz_asks_for_the_output_and_grades_it(qtbot, lab):
    assert "(1, 0)" in lab.findChild(QLabel, "perceptronQuizPrompt").text()
    field = lab.findChild(QLineEdit, "perceptronQuizAnswer")
    qtbot.keyClicks(field, "0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    result = lab.findChild(QLabel, "perceptronQuizResult").text()
    assert "Right" in result and "-0.2" in result


def test_stepping_the_rule_matches_the_core_stepper(qtbot, lab):
    show_page(lab, "Learning rule")
    type_into(qtbot, lab.findChild(NumberField, "perceptronEta"), "0.5")
    core = RuleStepper(INPUTS, TARGETS["AND"], eta=0.5)
    next_sample = lab.findChild(QPushButton, "perceptronNextSample")
    text = lab.findChild(QLabel, "perceptronUpdateText")
    for _ in range(4):
        qtbot.mouseClick(next_sample, Qt.MouseButton.LeftButton)
        update = core.next_sample()
        assert text.text().splitlines()[0] == update.lines()[0]
    assert "w1 = 0 + 0.5·(1)·1 = 0.5" in text.text()
    x, y = line_data(lab.rule_page.plane.line)
    np.testing.assert_allclose(0.5 * x + 0.5 * y + 0.0, 0, atol=1e-12)
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronNextEpoch"), Qt.MouseButton.LeftButton)
    core.next_epoch()
    assert lab.rule_page.stepper.params == core.params
    xs, ys = lab.rule_page.errors_curve.getData()
    assert list(ys) == core.errors_per_epoch == [2, 3]
    # "what is w1 after this step?"
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronRuleAsk"), Qt.MouseButton.LeftButton)
    field = lab.findChild(QLineEdit, "perceptronRuleQuizAnswer")
    qtbot.keyClicks(field, str(core.peek().after[0]))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Right" in lab.findChild(QLabel, "perceptronRuleQuizResult").text()


def test_xor_never_converges_and_offers_two_layers(qtbot, lab):
    show_page(lab, "Learning rule")
    choose(qtbot, lab.findChild(QComboBox, "perceptronRuleTarget"), "XOR")
    type_into(qtbot, lab.findChild(NumberField, "perceptronMaxEpochs"), "6")
    run = lab.findChild(QPushButton, "perceptronRun")
    lab.rule_page.timer.setInterval(1)
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    report = lab.findChild(QLabel, "perceptronRuleReport")
    qtbot.waitUntil(lambda: "not linearly separable" in report.text(), timeout=10000)
    assert not run.isChecked() and not run.isEnabled()
    assert len(lab.rule_page.errors_curve.getData()[1]) == 6
    # the rule has stopped: no question, and its Check and Show buttons are off (they were live and did nothing)
    assert not lab.findChild(QPushButton, "perceptronRuleQuizCheck").isEnabled()
    assert not lab.findChild(QPushButton, "perceptronRuleQuizReveal").isEnabled()
    assert "no next step to predict" in lab.findChild(QLabel, "perceptronRuleQuizPrompt").text()
    button = lab.findChild(QPushButton, "perceptronShowTwoLayers")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert lab.tabs.tabText(lab.tabs.currentIndex()) == "XOR in two layers"
    rows = table_rows(lab.findChild(QTableWidget, "perceptronTwoLayerTable"))
    assert [r[4] for r in rows] == ["0", "1", "1", "0"] and all(r[6] == "✓" for r in rows)


def test_open_in_the_editor_makes_the_two_layer_network_the_current_model(qtbot, window, lab):
    show_page(lab, "XOR in two layers")
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronOpenInEditor"), Qt.MouseButton.LeftButton)
    project = window.document.project
    assert project.dataset["name"] == "xor"
    assert [layer.config.get("activation") for layer in project.model.layers[1:]] == ["step", "step"]
    qtbot.waitUntil(lambda: window.runner.last_model is not None, timeout=20000)
    model = window.runner.last_model
    assert model.predict(INPUTS).ravel().tolist() == [0, 1, 1, 0]
    qtbot.waitUntil(lambda: window.readout.evaluation is not None, timeout=20000)
    assert window.readout.evaluation["accuracy"] == 1.0 and window.readout.evaluation["loss"] == 0.0
    window.docks["resultsPanel"].raise_()   # the Results tab, in front of the lab
    summary = window.results_panel.summary
    qtbot.waitUntil(lambda: "accuracy 100.0%" in summary.text(), timeout=20000)
    assert window.runner.state == "idle" and window.runner.history == {}   # nothing was trained


def test_features_iris_and_date_pages(qtbot, lab):
    show_page(lab, "Features")
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronFeaturesLearn"), Qt.MouseButton.LeftButton)
    rows = table_rows(lab.findChild(QTableWidget, "perceptronFeaturesTable"))
    assert [r[6] for r in rows] == ["✓"] * 4
    assert "Converged" in lab.findChild(QLabel, "perceptronFeaturesReport").text()
    table = lab.findChild(QTableWidget, "perceptronFeaturesTable")
    header = table.horizontalHeader()   # the "features" header was cut to "eatures" (seven equal columns)
    table.setFixedWidth(330)            # as wide as the page made it beside the plane at 1366x768
    qtbot.wait(50)
    assert header.sectionSize(2) >= header.fontMetrics().horizontalAdvance(table.horizontalHeaderItem(2).text())
    formula = lab.findChild(QLabel, "perceptronFeaturesWeights").text()
    assert formula.startswith("z = ") and not formula.startswith("z = +") and "X" not in formula, formula
    product = lab.findChild(QCheckBox, "perceptronFeature4")   # X₁X₂
    qtbot.mouseClick(product, Qt.MouseButton.LeftButton)
    assert not product.isChecked()
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronFeaturesLearn"), Qt.MouseButton.LeftButton)
    assert "not be linearly separable" in lab.findChild(QLabel, "perceptronFeaturesReport").text()

    show_page(lab, "Iris")
    result = lab.findChild(QLabel, "perceptronIrisResult")
    qtbot.waitUntil(lambda: "150 of 150" in result.text(), timeout=20000)
    assert "→ 1 (setosa)" in result.text()

    show_page(lab, "Go on a date?")
    weather, nearby = lab.findChild(QLabel, "dateWeatherResult"), lab.findChild(QLabel, "dateNearbyResult")
    qtbot.mouseClick(lab.findChild(QCheckBox, "dateWeather"), Qt.MouseButton.LeftButton)
    assert "goes out" in weather.text() and "= 6 >" in weather.text()
    assert "stays home" in nearby.text() and "= 2 ≤" in nearby.text()
    assert "(2, 2, 6), inputs (1, 0, 0)" in lab.findChild(QLabel, "dateQuizPrompt").text()
    field = lab.findChild(QLineEdit, "dateQuizAnswer")
    qtbot.keyClicks(field, "2")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Right" in lab.findChild(QLabel, "dateQuizResult").text()
    # the button asks about the other person (it read "the second person" and asked the same question again)
    ask = lab.findChild(QPushButton, "dateQuizAsk")
    assert ask.text() == "Ask me about the first person"
    qtbot.mouseClick(ask, Qt.MouseButton.LeftButton)
    assert "(6, 2, 2), inputs (1, 0, 0)" in lab.findChild(QLabel, "dateQuizPrompt").text()
    assert field.text() == "" and ask.text() == "Ask me about the second person"
    qtbot.keyClicks(field, "6")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Right" in lab.findChild(QLabel, "dateQuizResult").text()
    qtbot.mouseClick(lab.findChild(QCheckBox, "dateNearby"), Qt.MouseButton.LeftButton)   # still the first person
    assert "(6, 2, 2), inputs (1, 0, 1)" in lab.findChild(QLabel, "dateQuizPrompt").text()
    qtbot.mouseClick(ask, Qt.MouseButton.LeftButton)
    assert "(2, 2, 6), inputs (1, 0, 1)" in lab.findChild(QLabel, "dateQuizPrompt").text()


def test_the_iris_page_shows_at_once_and_scikit_learn_comes_after(qtbot, lab, monkeypatch):
    """The first click on the Iris tab held the window for seconds (scikit-learn's first import, on the GUI
    thread) with nothing on the tab. The rule's line shows at once; scikit-learn's follows from a thread."""
    import threading

    from annstudio.gui.learn import perceptron_data_pages

    release = threading.Event()
    real = perceptron_data_pages.sklearn_iris
    monkeypatch.setattr(perceptron_data_pages, "sklearn_iris", lambda: (release.wait(10), real())[1])
    show_page(lab, "Iris")
    result = lab.findChild(QLabel, "perceptronIrisResult")
    qtbot.waitUntil(lambda: "converged" in result.text(), timeout=5000)   # while scikit-learn still "loads"
    assert "fitting…" in result.text() and "→ 1 (setosa)" in result.text()
    page = result.parentWidget()
    theirs = page.theirs.getData()[0]
    assert len(page.ours.getData()[0]) == 2 and (theirs is None or len(theirs) == 0)
    release.set()
    qtbot.waitUntil(lambda: "150 of 150" in result.text(), timeout=20000)
    assert "fitting…" not in result.text() and len(page.theirs.getData()[0]) == 2


def test_the_iris_legend_hides_no_flower(qtbot, lab):
    """The legend sat in the top right, over the large petals (the other classes' flowers at 6 cm x 2.5 cm)."""
    import pyqtgraph as pg

    show_page(lab, "Iris")
    result = lab.findChild(QLabel, "perceptronIrisResult")
    qtbot.waitUntil(lambda: "150 of 150" in result.text(), timeout=20000)
    plot = lab.findChild(pg.PlotWidget, "perceptronIrisPlot")
    legend = plot.getPlotItem().legend
    view = plot.getPlotItem().vb

    def legend_clear() -> bool:   # the legend moves when the view settles (later on a busy machine)
        box = view.mapSceneToView(legend.sceneBoundingRect()).boundingRect()
        scatter = next(item for item in view.addedItems
                       if isinstance(item, pg.ScatterPlotItem) and len(item.data) > 100)
        x, y = scatter.getData()
        return box.width() > 0 and not any(box.contains(QPointF(px, py)) for px, py in zip(x, y, strict=True))

    qtbot.waitUntil(legend_clear, timeout=5000)


def test_the_lab_in_korean_has_no_english_left(qapp, qtbot, isolated_gui):
    """Built in Korean: tab titles, the table header, the update written out and the XOR report."""
    from annstudio.gui.i18n import install_translators
    from annstudio.gui.learn.perceptron_lab import PerceptronLab

    try:
        install_translators(qapp, "ko")
        lab = PerceptronLab(None)
        qtbot.addWidget(lab)
        assert [lab.tabs.tabText(i) for i in range(lab.tabs.count())] == [
            "유닛 하나", "학습 규칙", "2층으로 XOR", "특성", "붓꽃", "데이트하러 갈까?"]
        table = lab.findChild(QTableWidget, "perceptronTruthTable")
        assert [table.horizontalHeaderItem(c).text() for c in (3, 4)] == ["출력", "목표"]
        assert "4행 모두 맞음" in lab.findChild(QLabel, "perceptronGateSummary").text()
        assert "출력은?" in lab.findChild(QLabel, "perceptronQuizPrompt").text()
        page = lab.rule_page
        page.target_box.setCurrentIndex(page.target_box.findData("XOR"))
        page.reset()
        page.step_sample()
        assert lab.findChild(QLabel, "perceptronUpdateText").text().startswith("에포크 1, 샘플 1")
        while not page.stepper.done:
            page.step_epoch()
        report = lab.findChild(QLabel, "perceptronRuleReport").text()
        assert "선형 분리 가능하지 않습니다" in report and "not" not in report
    finally:
        install_translators(qapp, "en")


def test_the_threshold_form_fires_as_it_says_and_the_notes_and_weights_are_right(qtbot, lab):
    """Ticking "Threshold form (fires when w·x > θ)" kept the ≥ step: the notes' AND weights w = (1, 1), θ = 1
    were marked wrong on (0, 1) and (1, 0); the Preset box still said "AND" and the quiz asked about "these
    weights (AND preset)" while grading the typed ones."""
    box = lab.findChild(QCheckBox, "perceptronThresholdForm")
    table = lab.findChild(QTableWidget, "perceptronTruthTable")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and "w·x > θ" in box.text()
    assert lab.findChild(QComboBox, "perceptronActivation").currentData() == "step_strict"
    for name, value in (("perceptronW1Field", "1"), ("perceptronW2Field", "1"), ("perceptronBField", "1")):
        type_into(qtbot, lab.findChild(NumberField, name), value)
    assert [r[5] for r in table_rows(table)] == ["✓"] * 4
    assert lab.findChild(QComboBox, "perceptronPreset").currentText() == "AND θ 1"   # these are that preset
    type_into(qtbot, lab.findChild(NumberField, "perceptronW1Field"), "0.9")
    assert lab.findChild(QComboBox, "perceptronPreset").currentText() == ""        # no preset's weights now
    # asked as the fields say it, with θ (it asked about "b = -1" beside a field reading θ = 1)
    prompt = lab.findChild(QLabel, "perceptronQuizPrompt").text()
    assert "w1 = 0.9, w2 = 1, θ = 1" in prompt and "(1, 0)" in prompt and "b =" not in prompt
    field = lab.findChild(QLineEdit, "perceptronQuizAnswer")
    qtbot.keyClicks(field, "0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    result = lab.findChild(QLabel, "perceptronQuizResult").text()
    assert "Right" in result and "w·x = w1·x1 + w2·x2 = 0.9·1 + 1·0 = 0.9 ≤ θ = 1, so the output is 0" in result
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronQuizNext"), Qt.MouseButton.LeftButton)
    assert "weighted sum w·x = w1·x1 + w2·x2 for the input (1, 1)" in lab.findChild(QLabel, "perceptronQuizPrompt").text()
    qtbot.keyClicks(field, "1.9")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Right" in lab.findChild(QLabel, "perceptronQuizResult").text()
    choose(qtbot, lab.findChild(QComboBox, "perceptronActivation"), "step: 1 when z ≥ 0")
    assert "w·x ≥ θ" in box.text()


def test_every_page_fits_a_narrow_dock_in_korean_and_sits_side_by_side_in_a_wide_one(qapp, qtbot, isolated_gui):
    """On a 1024 x 700 screen the lab's dock was narrower than its pages: the plane and the table's last columns
    sat behind a sideways scroll bar. Narrow, every page fits its width (the plane goes under the controls);
    wide, the plane stays beside them."""
    from PySide6.QtWidgets import QScrollArea

    from annstudio.gui.i18n import install_translators

    install_translators(qapp, "ko")
    try:
        window = show_main_window(qtbot, (1024, 700))
        window.findChild(QAction, "action_perceptron_lab").trigger()
        lab = window.findChild(QWidget, "perceptronLab")
        qtbot.waitUntil(lambda: lab.isVisible())
        assert lab.width() < 480
        for i in range(lab.tabs.count()):
            lab.tabs.setCurrentIndex(i)
            area = lab.tabs.widget(i)
            assert isinstance(area, QScrollArea)
            qtbot.waitUntil(lambda area=area: area.widget().width() <= area.viewport().width())
            assert area.horizontalScrollBar().maximum() == 0, lab.tabs.tabText(i)
        editor, plane = lab.gate_page.editor, lab.gate_page.plane
        table = lab.findChild(QTableWidget, "perceptronTruthTable")
        lab.tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: plane.mapTo(lab, plane.rect().topLeft()).y()
                        > table.mapTo(lab, table.rect().bottomLeft()).y())
        two_layer = lab.findChild(QTableWidget, "perceptronTwoLayerTable")
        header = two_layer.horizontalHeader()
        lab.tabs.setCurrentIndex(2)
        qtbot.waitUntil(lambda: two_layer.isVisible())
        for c in range(two_layer.columnCount()):   # "s₁ = NAND" read "₁ = NAND" in a 50-pixel column
            assert header.sectionSize(c) >= header.sectionSizeHint(c), two_layer.horizontalHeaderItem(c).text()
        features = lab.findChild(QTableWidget, "perceptronFeaturesTable")
        lab.tabs.setCurrentIndex(3)
        qtbot.waitUntil(lambda: features.isVisible())
        assert features.horizontalScrollBar().maximum() == 0

        window.resize(1600, 1000)
        qtbot.waitUntil(lambda: lab.width() > 600)
        lab.tabs.setCurrentIndex(0)
        qtbot.waitUntil(lambda: plane.mapTo(lab, plane.rect().topLeft()).x()
                        >= editor.mapTo(lab, editor.rect().topRight()).x())
    finally:
        install_translators(qapp, "en")


def test_the_date_question_follows_the_ticked_inputs(qtbot, lab):
    """Ticking "the weather is good" showed input (1, 0, 0) and the sum 2 above a question still about
    (0, 0, 0) that took 0 as right, until "Ask me about the second person" was pressed."""
    show_page(lab, "Go on a date?")
    prompt = lab.findChild(QLabel, "dateQuizPrompt")
    field = lab.findChild(QLineEdit, "dateQuizAnswer")
    result = lab.findChild(QLabel, "dateQuizResult")
    assert "inputs (0, 0, 0)" in prompt.text()
    qtbot.mouseClick(lab.findChild(QCheckBox, "dateWeather"), Qt.MouseButton.LeftButton)
    assert "(2, 2, 6), inputs (1, 0, 0)" in prompt.text()
    qtbot.keyClicks(field, "0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Not quite" in result.text()
    qtbot.mouseClick(lab.findChild(QCheckBox, "dateNearby"), Qt.MouseButton.LeftButton)
    assert "inputs (1, 0, 1)" in prompt.text() and result.text() == "" and field.text() == ""
    qtbot.keyClicks(field, "8")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "Right" in result.text()


def test_start_over_clears_what_was_said_about_a_value_not_applied(qtbot, lab):
    """“99999999” was not applied ... stayed under the fields after Start over, about a run that had started
    again with the 20 epochs the field showed."""
    show_page(lab, "Learning rule")
    field = lab.findChild(NumberField, "perceptronMaxEpochs")
    type_into(qtbot, field, "99999999")
    message = lab.rule_page.message
    assert message.isVisible() and "from 1 to 1000" in message.text()
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronRuleReset"), Qt.MouseButton.LeftButton)
    assert not message.isVisible() and field.lineEdit().text() == "20" and not field.is_refused()
