"""The catalogue test: no English left in the Korean UI.

1. Every message of annstudio_ko.ts is finished, non-empty, keeps its placeholders, and differs from the
   English unless the English holds nothing to translate (only placeholders, symbols and names).
2. Every message template and term of the layers below the GUI (``Message("...")``/``Term("...")``,
   collected from the source as tools/update_translations.py does), every layer setting's name and every
   bundled example's name and description has Korean in the compiled catalogue.
3. Driven in Korean as a user would: validation errors on a card, in the inspector, the totals line and the
   status line; a bad project file (not UTF-8, bad JSON); a bad CSV; an undo entry; the Examples menu; the
   shortcuts dialog; Qt's own file dialog. No English word is left except names (layer names, file names,
   Keras identifiers such as "relu", key names).
"""
from __future__ import annotations

import json
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTreeView,
)

from annstudio.gui.i18n import catalogue, install_translators, translations_dir
from annstudio.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
KO_TS = translations_dir() / "annstudio_ko.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CONTEXT = "Messages"  # annstudio.messages.CONTEXT: the context of every message template

#: names that stay as they are in Korean (product, library and Keras names, abbreviations, units)
NAMES = {
    "annstudio", "TensorFlow", "Keras", "NumPy", "CPU", "GPU", "MNIST", "Fashion", "AMSGrad", "Playground",
    "Dense", "Input", "Flatten", "Concatenate", "Dropout", "Activation", "BatchNormalization", "Rescaling",
    "relu", "tanh", "sigmoid", "softmax", "linear", "ReLU", "SGD", "Adam", "RMSprop", "Adagrad", "MSE", "MAE",
    "CSV", "UTF", "CP", "JSON", "HDF", "HDF5", "h5", "npz", "npy", "IDX", "None", "dtype", "float32", "float64",
    "Ctrl", "Shift", "Alt", "Del", "Ins", "Backspace", "Esc", "Space", "Return", "Enter", "Meta",
}


def english_words(text: str, allowed: set[str] = frozenset()) -> list[str]:
    """Words of ASCII letters in ``text`` that are not names (``NAMES``, ``allowed``), key names or
    single letters / F-keys. Quoted text ('dense', 'path': a value or an identifier shown as written) is
    a name too."""
    text = re.sub(r"'[^'\n]*'", " ", text)
    words = re.findall(r"(?<![0-9A-Za-z_])[A-Za-z][A-Za-z0-9_]*", text)  # not inside a number (0xe9)
    return [w for w in words if w not in NAMES and w not in allowed and len(w) > 1 and not re.fullmatch(r"F\d+", w)
            and not re.fullmatch(r"[A-Za-z]\d*", w)]


def catalogue_messages():
    for context in ET.parse(KO_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.findall("numerusform")] if translation is not None else []
            yield name, message.findtext("source") or "", translation, forms or [
                translation.text if translation is not None else None]


def needs_translation(source: str) -> bool:
    """False for a source with nothing to translate: placeholders, symbols, names only."""
    bare = PLACEHOLDER.sub(" ", source)
    return bool(english_words(bare))


@pytest.fixture
def korean(qapp):
    if not catalogue("ko").is_file():
        pytest.skip("the Korean catalogue has not been compiled")
    install_translators(qapp, "ko")
    yield
    install_translators(qapp, "en")


# ------------------------------------------------------------------------------------------ 1. the .ts file
def test_every_korean_message_is_finished_and_not_english():
    problems = []
    for context, source, translation, texts in catalogue_messages():
        if translation is None or translation.get("type") is not None:
            problems.append(("unfinished", context, source))
            continue
        for text in texts:
            if not text or not text.strip():
                problems.append(("empty", context, source))
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(("placeholders differ", context, source, text))
            elif text == source and needs_translation(source):
                problems.append(("same as English", context, source))
    assert not problems, problems[:20]


# ------------------------------------------------------------------------------------------ 2. the code's messages
def _tool():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    return update_translations


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_template_of_the_code_has_korean(korean):
    templates = _tool().message_templates()
    assert len(templates) > 150  # spec/, project.py, data/, io/
    missing, broken = [], []
    for template, where in templates.items():
        text = QCoreApplication.translate(CONTEXT, template)
        if text == template and needs_translation(template):
            missing.append((where, template))
        elif _fields(text) != _fields(template):
            broken.append((where, template, text))
    assert not missing, f"no Korean (run python tools/update_translations.py and translate): {missing[:10]}"
    assert not broken, f"Korean with other placeholders: {broken[:10]}"


def test_setting_names_json_errors_and_examples_have_korean(korean):
    from annstudio.project import JSON_PROBLEMS
    from annstudio.spec.layer_kinds import KINDS, SETTING_NAMES

    for kind in KINDS.values():  # every parameter of every kind is a word the GUI can translate
        for param in kind.params:
            assert param.key in SETTING_NAMES, (kind.name, param.key)
            if param.rule:  # "units must be <rule>": the rule is a Term with Korean
                assert type(param.rule).__name__ == "Term", (kind.name, param.key, param.rule)
                assert QCoreApplication.translate(CONTEXT, param.rule) != param.rule, param.rule
    for word in [*SETTING_NAMES, *JSON_PROBLEMS]:
        assert QCoreApplication.translate(CONTEXT, word) != word, word
    for path in sorted(resource_path("examples").glob("*.annproj")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for text in (data["name"], data["description"]):
            assert QCoreApplication.translate("Examples", text) != text, (path.name, text)


# ------------------------------------------------------------------------------------------ 3. the GUI in Korean
def make_window(qtbot):
    from annstudio.gui.main_window import MainWindow

    window = MainWindow()

    def quiet_close(w):  # end the run and drop edits first, so the close asks nothing
        w.runner.shutdown(5000)
        w.document.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=quiet_close)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def isolated_settings(tmp_path, monkeypatch):
    """A private settings store, and no TensorFlow import from the backend picker's device scan."""
    from PySide6.QtCore import QSettings

    from annstudio.gui.run import backend_picker

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])


def _layer_names(window) -> set[str]:
    return {layer.name for layer in window.document.spec.layers}


def test_validation_errors_are_korean_on_cards_inspector_totals_and_status(qtbot, korean, isolated_settings):
    window = make_window(qtbot)
    editor, palette = window.stack_editor, window.palette
    # the learner appends a Concatenate from the palette: it has one input only
    palette.setCurrentIndex(palette.index_of("Concatenate"))
    qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert "concatenate" in _layer_names(window)
    names = _layer_names(window)
    problem = window.document.spec.problems()["concatenate"]
    assert problem.startswith("Concatenate needs at least two inputs")  # English below the GUI

    model = editor._view.model()
    row = [layer.name for layer in window.document.spec.layers].index("concatenate")
    card = model.index(row, 0).data(model.ProblemRole)
    tooltip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert card and "입력" in card, card
    editor.select("concatenate")
    inspector_text = window.inspector.findChild(QLabel, "inspectorProblem").text()
    totals = window.stack_editor.findChild(QLabel, "stackTotals").text()
    window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: "concatenate" in window.statusBar().currentMessage(), timeout=15000)
    status = window.statusBar().currentMessage()
    for text in (card, tooltip, inspector_text, totals, status):
        assert text and not english_words(text, names), text
    assert status.startswith("학습을 시작할 수 없습니다")


def test_undo_entry_names_the_setting_in_korean(qtbot, korean, isolated_settings):
    window = make_window(qtbot)
    window.stack_editor.select("dense")
    spin = window.inspector.units_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.document.spec.layer("dense").config["units"] == 3
    undo_text = window.actions_by_name["undo"].text() if "undo" in window.actions_by_name else \
        window.document.undo_stack.undoText()
    assert "유닛 수" in window.document.undo_stack.undoText(), window.document.undo_stack.undoText()
    assert not english_words(undo_text, _layer_names(window)), undo_text


def test_bad_project_files_are_explained_in_korean(qtbot, korean, isolated_settings, tmp_path,
                                                                monkeypatch):
    window = make_window(qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    not_utf8 = tmp_path / "latin1.annproj"
    not_utf8.write_bytes('{"name": "café"}'.encode("latin-1"))
    bad_json = tmp_path / "broken.annproj"
    bad_json.write_text('{"format_version": 1,\n "name": }', encoding="utf-8")
    a_folder = tmp_path / "folder.annproj"
    a_folder.mkdir()
    for path in (not_utf8, bad_json, a_folder):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        window.actions_by_name["open"].trigger()
    assert len(shown) == 3
    for (title, text), path in zip(shown, (not_utf8, bad_json, a_folder), strict=True):
        assert str(path) in text
        rest = text.replace(str(path), "")
        assert not english_words(title) and not english_words(rest), (title, text)
    assert "UTF-8" in shown[0][1] and "codec" not in shown[0][1]
    assert "JSON" in shown[1][1] and "2번째 줄" in shown[1][1]


def test_bad_csv_is_explained_in_korean(qtbot, korean, isolated_settings, tmp_path):
    """A CSV without a path (what to do, in Korean, no error), then one with a text in a feature column: the
    dataset panel says why."""
    window = make_window(qtbot)
    panel = window.dataset_panel
    index = panel.combo.findData("csv", Qt.ItemDataRole.UserRole)
    panel.combo.setCurrentIndex(index)
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000) as blocker:
        panel.combo.activated.emit(index)
    hint = panel.text.text()
    assert blocker.args[0] == "" and "찾아보기" in hint and not english_words(hint, {"csv"}), hint
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("a,b,c\n1,x,0\n2,3,1\n", encoding="utf-8")
    with qtbot.waitSignal(panel.sigLoadFailed, timeout=10000) as blocker:
        edit = panel.findChild(QLineEdit, "param_path")
        edit.setText(str(bad_csv))
        edit.editingFinished.emit()
    error = panel.findChild(QLabel, "datasetError").text()
    for text in (blocker.args[0], error):
        rest = text.replace(str(bad_csv), "")
        assert not english_words(rest, {"csv", "path", "regression", "task"}), text
    assert "숫자가 아닙니다" in error


def test_bad_h5_import_is_explained_in_korean(qtbot, korean, isolated_settings, tmp_path, monkeypatch):
    window = make_window(qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    not_hdf5 = tmp_path / "notes.h5"
    not_hdf5.write_text("these are my notes, not a model", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(not_hdf5), "")))
    window.actions_by_name["import_h5"].trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert str(not_hdf5) in text and "HDF5" in text
    assert not english_words(title) and not english_words(text.replace(str(not_hdf5), "")), shown


def test_what_an_import_leaves_out_is_said_in_korean(qtbot, korean, isolated_settings, tmp_path, monkeypatch):
    """A .keras file from a Keras fit holds the optimizer's moments; an .h5 may name an optimizer annstudio
    lacks. The import says what it left out, in the window's language (it was English inside Korean)."""
    import zipfile

    import h5py
    import numpy as np

    from annstudio.backends.numpy import build_model
    from annstudio.io.keras_zip_write import save_keras
    from annstudio.spec import ModelSpec

    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    plain = tmp_path / "plain.keras"
    save_keras(plain, spec, build_model(spec, seed=0).get_weights(), loss="binary_crossentropy", optimizer="adam")
    fitted = tmp_path / "fitted.keras"   # the same archive, its optimizer stepped 7 times as a Keras fit leaves it
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(fitted, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "model.weights.h5":
                work = tmp_path / "weights.h5"
                work.write_bytes(data)
                with h5py.File(work, "a") as f:
                    f["optimizer/vars/0"][...] = np.int64(7)
                data = work.read_bytes()
            target.writestr(info, data)
    window = make_window(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(fitted), "")))
    window.actions_by_name["import_h5"].trigger()
    shown = window.statusBar().currentMessage()
    assert "fitted.keras에서 모델과 가중치를 가져왔습니다" in shown and "옵티마이저 상태" in shown, shown
    assert not english_words(shown.replace("fitted.keras", "")), shown


def test_examples_menu_is_korean(qtbot, korean, isolated_settings):
    window = make_window(qtbot)
    titles = [a.text() for a in window.examples_menu.actions()]
    assert len(titles) >= 7
    for title in titles:
        assert not english_words(title, {"XOR", "AND", "Fashion"}), title
    assert "은닉층으로 푸는 XOR" in titles
    names = {"XOR", "AND", "Flatten", "Dense", "Concatenate", "relu", "SGD", "scikit", "learn",   # identifiers
             "ModelCheckpoint", "my_keras_model", "h5", "save_best_only", "EarlyStopping", "patience",
             "restore_best_weights", "True", "TensorBoard", "my_logs", "run_"}
    assert all(a.toolTip() and not english_words(a.toolTip(), names) for a in window.examples_menu.actions())


def test_the_two_layer_xor_opened_from_the_lab_is_named_in_korean(qtbot, korean, isolated_settings):
    """The perceptron lab's "open in the editor" made a project named "XOR in two layers": the window title,
    and the recovery offer after a crash, showed it in English."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton, QWidget

    window = make_window(qtbot)
    window.show()
    window.findChild(QAction, "action_perceptron_lab").trigger()
    lab = window.findChild(QWidget, "perceptronLab")
    tabs = lab.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "2층으로 XOR"))
    qtbot.mouseClick(lab.findChild(QPushButton, "perceptronOpenInEditor"), Qt.MouseButton.LeftButton)
    assert window.document.project.dataset["name"] == "xor"
    assert window.display_name() == "2층으로 푸는 XOR"
    assert window.windowTitle().startswith("2층으로 푸는 XOR")


def test_shortcuts_dialog_is_korean_with_plain_key_names(qtbot, korean, isolated_settings):
    window = make_window(qtbot)
    seen = {}

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        table = dialog.findChild(QTableWidget, "shortcutsTable")
        seen["rows"] = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    window.actions_by_name["shortcuts"].trigger()
    rows = seen["rows"]
    assert ["파일", "열기", "Ctrl+O"] in rows and ["파일", "저장", "Ctrl+S"] in rows, rows
    for menu, command, keys in rows:
        assert not english_words(menu + " " + command), (menu, command)
        assert re.fullmatch(r"[A-Za-z0-9+,. ]+", keys), keys  # key names only: no "열기", "저장" keys
        assert not re.search(r"F1[3-9]|F2\d|F3[0-5]", keys), keys



def test_qt_file_dialog_is_korean(qtbot, korean, tmp_path):
    (tmp_path / "runs").mkdir()
    dialog = QFileDialog(None, "열기", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=5000)
    kind = model.index(0, 2, view.rootIndex()).data()
    assert kind and not english_words(kind), kind  # the Type column: "폴더", not "Folder"
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert labels["lookInLabel"] != "Look in:" and not english_words(labels["lookInLabel"]), labels
    assert not english_words(labels["fileTypeLabel"]), labels


def test_open_on_a_keras_file_offers_import(qtbot, isolated_settings, tmp_path, monkeypatch):
    """English UI: File › Open on a .h5 asks to import its model instead of failing with a codec error."""
    window = make_window(qtbot)
    target = tmp_path / "model.h5"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["export_h5"].trigger()
    before = window.document.spec.to_dict()
    window.actions_by_name["new"].trigger()
    window.stack_editor.append_kind("Dense")
    assert window.document.spec.to_dict() != before
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: errors.append(a[1:3])))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        asked.append((box.objectName(), box.text()))
        box.findChild(QPushButton, "importModelButton").click()

    QTimer.singleShot(0, answer)
    window.actions_by_name["open"].trigger()
    assert not errors, errors
    assert asked and asked[0][0] == "openModelFileQuestion" and "model.h5" in asked[0][1], asked
    assert [layer["config"] for layer in window.document.spec.to_dict()["layers"]] == \
        [layer["config"] for layer in before["layers"]]
    # the question's own Cancel leaves the project alone
    window.actions_by_name["new"].trigger()
    fresh = window.document.spec.to_dict()
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    window.actions_by_name["open"].trigger()
    assert window.document.spec.to_dict() == fresh and not errors


def test_open_on_a_file_that_only_has_a_keras_name_says_what_it_is(qtbot, isolated_settings, tmp_path, monkeypatch):
    """A text file renamed fake.h5: File › Open called it "a Keras model file" and offered to import it; only
    the import said it was not an HDF5 file."""
    window = make_window(qtbot)
    fake = tmp_path / "fake.h5"
    fake.write_text("not a model\n")
    errors, asked = [], []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a, **k: errors.append(a[1:3])))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(fake), "")))
    QTimer.singleShot(500, lambda: (box := QApplication.activeModalWidget()) and (asked.append(box.text()), box.reject()))
    before = window.document.spec.to_dict()
    window.actions_by_name["open"].trigger()
    qtbot.wait(600)
    assert not asked, asked
    assert len(errors) == 1 and "fake.h5" in errors[0][1] and "HDF5" in errors[0][1], errors
    assert window.document.spec.to_dict() == before


def test_a_korean_window_suggests_korean_names_for_an_untitled_project(qtbot, isolated_settings, korean,
                                                                        monkeypatch):
    """The window calls a new project "제목 없음", but Save as .h5 and the script export suggested
    "untitled.h5" and "untitled.py"."""
    window = make_window(qtbot)
    window.actions_by_name["new"].trigger()
    suggested = []

    def save_dialog(*args, **kwargs):
        suggested.append(Path(args[2]).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    for name in ("export_h5", "save_as"):
        window.actions_by_name[name].trigger()
    assert suggested == ["제목_없음.h5", "제목_없음.annproj"], suggested
