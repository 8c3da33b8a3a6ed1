"""The Data panel's CSV source with a learner's files: choosing another file, Korean Excel's empty columns
and thousands separators, the column numbers its messages and its fields use."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QToolButton

from annstudio.gui.document import ProjectDocument, default_project
from annstudio.gui.editor.dataset_panel import DatasetPanel


@pytest.fixture
def panel(qtbot):
    widget = DatasetPanel(ProjectDocument(default_project()))
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    yield widget
    widget.shutdown()


def choose_csv(qtbot, panel) -> QLineEdit:
    """Data › CSV file (the panel asks for a file); the File field."""
    index = panel.combo.findData("csv", Qt.ItemDataRole.UserRole)
    panel.combo.setCurrentIndex(index)
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000):
        panel.combo.activated.emit(index)
    return panel.findChild(QLineEdit, "param_path")


def type_into(qtbot, panel, name: str, text: str, signal):
    """Select what the field ``param_<name>`` holds, type ``text`` and Return: the signal's arguments."""
    field = panel.findChild(QLineEdit, f"param_{name}")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    with qtbot.waitSignal(signal, timeout=10000) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    return blocker.args[0]


def grades(path, rows=30):
    path.write_text("name,kor,math,eng,passed\n" + "".join(
        f"s{i},{40 + i * 7 % 60},{40 + i * 13 % 60},{40 + i * 17 % 60},{'yes' if i % 2 else 'no'}\n"
        for i in range(rows)), encoding="utf-8")
    return path


def test_another_file_starts_with_its_own_target_and_ignored_columns(qtbot, panel, tmp_path):
    """The target and ignored columns typed for one file stayed when another was chosen: "parameter 'target'
    = 'passed' is not a column" for a file without that column. One undo step brings both files' settings."""
    first, second = grades(tmp_path / "grades.csv"), tmp_path / "other.csv"
    second.write_text("x1,x2,y\n" + "".join(f"{i},{i % 3},{i % 2}\n" for i in range(40)), encoding="utf-8")
    choose_csv(qtbot, panel)
    type_into(qtbot, panel, "path", str(first), panel.sigLoadFailed)   # the name column
    type_into(qtbot, panel, "target", "passed", panel.sigLoadFailed)
    loaded = type_into(qtbot, panel, "ignore", "name", panel.sigDatasetLoaded)
    assert loaded.feature_names == ["kor", "math", "eng"]
    steps = panel.document.undo_stack.count()
    loaded = type_into(qtbot, panel, "path", str(second), panel.sigDatasetLoaded)
    assert loaded.feature_names == ["x1", "x2"] and loaded.class_names == ["0", "1"]
    assert panel.document.project.dataset["params"] == {"path": str(second)}
    assert [panel.findChild(QLineEdit, f"param_{key}").text() for key in ("target", "ignore")] == ["", ""]
    assert not panel.error.isVisibleTo(panel) and panel.document.undo_stack.count() == steps + 1
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000) as back:
        panel.document.undo_stack.undo()
    assert back.args[0].feature_names == ["kor", "math", "eng"]
    assert [panel.findChild(QLineEdit, f"param_{key}").text() for key in ("path", "target", "ignore")] == [
        str(first), "passed", "name"]


def test_a_file_chosen_with_browse_does_not_take_the_old_column_numbers(qtbot, panel, tmp_path, monkeypatch):
    """Target "4" and ignore "0, 5, 6" of the previous file made a regression on the new file's column 4 with
    three columns dropped, without a word. Browse… gives the new file its own defaults."""
    first = tmp_path / "grades.csv"
    first.write_text("name,kor,math,eng,passed,memo,memo2\n" + "".join(
        f"s{i},{i},{i * 3 % 7},{i % 5},{i % 2},m{i},n{i}\n" for i in range(30)), encoding="utf-8")
    second = tmp_path / "sensors.csv"
    second.write_text("a,b,c,d,e,f,g,label\n" + "".join(
        f"{i},{i % 3},{i % 4},{i % 5},{i * 0.37:.2f},{i % 6},{i % 7},{i % 2}\n" for i in range(40)), encoding="utf-8")
    choose_csv(qtbot, panel)
    type_into(qtbot, panel, "path", str(first), panel.sigLoadFailed)
    type_into(qtbot, panel, "ignore", "0, 5, 6", panel.sigLoadFailed)   # the default target is memo2, ignored
    assert type_into(qtbot, panel, "target", "4", panel.sigDatasetLoaded).class_names == ["0", "1"]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(second), "")))
    with qtbot.waitSignal(panel.sigDatasetLoaded, timeout=10000) as loaded:
        qtbot.mouseClick(panel.findChild(QToolButton, "browse_path"), Qt.MouseButton.LeftButton)
    assert loaded.args[0].task == "binary" and loaded.args[0].feature_names == list("abcdefg")
    assert panel.document.project.dataset["params"] == {"path": str(second)}


def test_choosing_the_same_file_again_keeps_its_settings(qtbot, panel, tmp_path, monkeypatch):
    first = grades(tmp_path / "grades.csv")
    choose_csv(qtbot, panel)
    type_into(qtbot, panel, "path", str(first), panel.sigLoadFailed)
    type_into(qtbot, panel, "ignore", "name", panel.sigDatasetLoaded)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "." / "grades.csv"), "")))
    qtbot.mouseClick(panel.findChild(QToolButton, "browse_path"), Qt.MouseButton.LeftButton)
    assert panel.document.project.dataset["params"]["ignore"] == ["name"]


def test_a_korean_excel_file_with_empty_columns_loads_and_its_numbers_are_the_fields(qtbot, panel, tmp_path, qapp):
    """Korean Excel's CSV (CP949, every line ending in ",,"): refused for a "missing value in column 6
    ('column 6')" of a column the file does not show. The message names the name column with the number
    "Ignore columns" takes (its hint says they count from 0), and typing that number loads the file."""
    from annstudio.gui.i18n import install_translators

    table = tmp_path / "grades_excel.csv"
    table.write_bytes(("이름,국어,수학,영어,합격여부,,\r\n" + "".join(
        f"학생{i},{40 + i * 7 % 60},{40 + i * 13 % 60},{40 + i * 17 % 60},{'합격' if i % 2 else '불합격'},,\r\n"
        for i in range(30))).encode("cp949"))
    try:
        install_translators(qapp, "ko")
        choose_csv(qtbot, panel)
        error = type_into(qtbot, panel, "path", str(table), panel.sigLoadFailed)
        assert "0번 열 ('이름')에는 30개 행에 서로 다른 텍스트가 30개" in error, error
        assert "0부터 세는 번호(0 = 첫 열)" in panel.findChild(QLineEdit, "param_ignore").toolTip()
        assert "0부터 세는 번호" in panel.findChild(QLineEdit, "param_target").toolTip()
        loaded = type_into(qtbot, panel, "ignore", "0", panel.sigDatasetLoaded)
    finally:
        install_translators(qapp, "en")
    assert loaded.feature_names == ["국어", "수학", "영어"] and loaded.class_names == ["불합격", "합격"]
    assert "target column 4 ('합격여부')" in loaded.description and not panel.error.isVisibleTo(panel)


def test_thousands_separators_are_explained_in_korean(qtbot, panel, tmp_path, qapp):
    """"184,508" in every row of 가격 said "…'184,508', 나머지는 숫자입니다" (the rest are numbers): none was."""
    from annstudio.gui.i18n import install_translators

    table = tmp_path / "houses.csv"
    table.write_text("가격,면적,팔림\n" + "".join(f'"{184508 + i * 1013:,}",{40 + i},{i % 2}\n' for i in range(30)),
                     encoding="utf-8")
    try:
        install_translators(qapp, "ko")
        choose_csv(qtbot, panel)
        error = type_into(qtbot, panel, "path", str(table), panel.sigLoadFailed)
    finally:
        install_translators(qapp, "en")
    assert "0번 열 ('가격')에 천 단위 구분 기호(,)를 넣어 쓴 숫자가 있습니다 (30개 값 중 30개" in error, error
    assert "1000 단위 구분 기호(,) 사용" in error and "나머지는 숫자" not in error


@pytest.mark.parametrize("height", [700, 768])
def test_a_csv_summary_and_the_fit_button_are_in_view_in_the_window(qtbot, isolated_gui, tmp_path, height):
    """After a CSV's nine settings the preview kept its full height: the summary ("96 training · 24 test ...")
    and "Fit the model to this data" sat below the Data dock's bottom at 1366 x 768, found only by scrolling."""
    from PySide6.QtWidgets import QScrollArea

    from tests.gui.conftest import choose_csv_file, show_main_window

    window = show_main_window(qtbot, (1366, height))
    panel = window.dataset_panel
    path = tmp_path / "body.csv"
    path.write_text("height,weight,result\n" + "".join(   # two features (a scatter), three classes (a misfit)
        f"{150 + i % 40},{45 + (i * 7) % 40},{['fit', 'thin', 'obese'][i % 3]}\n" for i in range(120)),
        encoding="utf-8")
    choose_csv_file(panel, path)
    qtbot.waitUntil(lambda: panel.dataset is not None and panel.fit_button.isVisible(), timeout=10000)
    qtbot.wait(100)
    area = panel.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    viewport = area.viewport()
    for widget in (panel.summary, panel.fit_button):
        assert widget.mapTo(viewport, widget.rect().bottomLeft()).y() <= viewport.height(), widget.objectName()
    assert panel.preview.height() >= 150
