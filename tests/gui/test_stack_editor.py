"""StackEditor, StackModel, LayerPalette, card delegate and layer clipboard: every edit is one undoable
command, drag & drop goes through the model's MIME API, the Input stays first, problems are shown."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication

from annstudio.gui.document import ProjectDocument, default_project
from annstudio.gui.editor import commands
from annstudio.gui.editor.card_delegate import card_text
from annstudio.gui.editor.inspector import LayerInspector
from annstudio.gui.editor.layer_clipboard import MIME_LAYERS, clipboard_has_layers
from annstudio.gui.editor.palette import MIME_LAYER_KIND, PALETTE_KINDS, LayerPalette, kind_mime
from annstudio.gui.editor.stack_editor import StackEditor
from annstudio.gui.editor.stack_model import (
    MIME_LAYER_ROWS,
    IsInputRole,
    OutputShapeRole,
    ParamsRole,
    ProblemRole,
    move_block,
    shift_layers,
)
from annstudio.project import Project
from annstudio.spec import LayerSpec, ModelSpec, edits


def make_document(spec: ModelSpec) -> ProjectDocument:
    project = default_project()
    project.model = spec
    return ProjectDocument(project)


def xor_spec() -> ModelSpec:
    return ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "sigmoid"})])


def names(document: ProjectDocument) -> list[str]:
    return [layer.name for layer in document.spec.layers]


@pytest.fixture
def document():
    return make_document(xor_spec())


@pytest.fixture
def editor(qtbot, document):
    widget = StackEditor(document)
    qtbot.addWidget(widget)
    widget.resize(360, 420)
    widget.show()
    return widget


@pytest.fixture
def inspector(qtbot, document, editor):
    widget = LayerInspector(document)
    qtbot.addWidget(widget)
    editor.sigSelectionChanged.connect(widget.show_selection)
    widget.show()
    return widget


@pytest.fixture
def clean_clipboard():
    QGuiApplication.clipboard().clear()
    yield QGuiApplication.clipboard()
    QGuiApplication.clipboard().clear()


def drop_kind(editor: StackEditor, kind: str, row: int) -> bool:
    return editor.model.dropMimeData(kind_mime(kind), Qt.DropAction.CopyAction, row, 0, QModelIndex())


def drag_rows(editor: StackEditor, layer_names: list[str]) -> QMimeData:
    model = editor.model
    return model.mimeData([model.index(model.row_of(name), 0) for name in layer_names])


# ---------------------------------------------------------------------------------------------- building
def test_build_xor_entirely_through_the_editor(qtbot):
    document = make_document(ModelSpec.stack([2], []))
    editor = StackEditor(document)
    qtbot.addWidget(editor)
    inspector = LayerInspector(document)
    qtbot.addWidget(inspector)
    editor.sigSelectionChanged.connect(inspector.show_selection)

    assert editor.model.rowCount() == 1
    with qtbot.waitSignal(editor.sigSelectionChanged, check_params_cb=lambda names: names == ["dense"]):
        assert drop_kind(editor, "Dense", 1)
    assert inspector.layer_name == "dense"
    inspector.units_spin.setValue(4)
    inspector.activation_combo.setCurrentIndex(inspector.activation_combo.findData("tanh"))

    with qtbot.waitSignal(editor.sigSelectionChanged, check_params_cb=lambda names: names == ["dense_1"]):
        assert drop_kind(editor, "Dense", 2)
    inspector.units_spin.setValue(1)
    inspector.activation_combo.setCurrentIndex(inspector.activation_combo.findData("sigmoid"))

    assert document.spec.to_dict() == xor_spec().to_dict()
    assert editor.totals_text() == "Total params: 17 · Trainable: 17 · Non-trainable: 0"
    # two adds and two settings per layer, each one undo step
    assert document.undo_stack.count() == 6


def test_palette_lists_kinds_drags_kind_names_and_appends_on_enter_and_double_click(qtbot, editor, document):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    editor.attach_palette(palette)
    assert palette.objectName() == "layerPalette"
    assert palette.kinds() == PALETTE_KINDS
    assert "Input" not in palette.kinds()
    model = palette.model()
    for kind in PALETTE_KINDS:
        index = palette.index_of(kind)
        assert index.data(Qt.ItemDataRole.ToolTipRole)  # a learner-level explanation
        assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
        mime = model.mimeData([index])
        assert bytes(mime.data(MIME_LAYER_KIND)).decode("utf-8") == kind

    palette.setCurrentIndex(palette.index_of("Dropout"))
    with qtbot.waitSignal(palette.sigActivated, check_params_cb=lambda kind: kind == "Dropout"):
        qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert names(document)[-1] == "dropout"
    assert editor.selected_names() == ["dropout"]

    with qtbot.waitSignal(palette.sigActivated, check_params_cb=lambda kind: kind == "Flatten"):
        palette.doubleClicked.emit(palette.index_of("Flatten"))
    assert names(document)[-1] == "flatten"


def test_object_names_and_view_settings(editor):
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView

    view = editor.findChild(QListView, "stackView")
    assert editor.objectName() == "stackEditor"
    assert view is editor.view
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.DragDrop
    assert view.defaultDropAction() == Qt.DropAction.MoveAction
    assert view.showDropIndicator()
    assert view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert editor.findChild(QLabel, "stackTotals") is editor.totals_label
    assert set(editor.model.mimeTypes()) == {MIME_LAYER_KIND, MIME_LAYER_ROWS, MIME_LAYERS}


# ---------------------------------------------------------------------------------------------- undo / redo
def _add(editor, inspector, document, qtbot):
    assert drop_kind(editor, "Dropout", 2)


def _move_drop(editor, inspector, document, qtbot):
    assert editor.model.dropMimeData(drag_rows(editor, ["dense_1"]), Qt.DropAction.MoveAction, 1, 0, QModelIndex())


def _move_key(editor, inspector, document, qtbot):
    editor.select("dense")
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)


def _remove(editor, inspector, document, qtbot):
    editor.select("dense")
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)


def _duplicate(editor, inspector, document, qtbot):
    editor.select_names(["dense", "dense_1"])
    assert editor.duplicate_selected() == ["dense_2", "dense_3"]


def _paste(editor, inspector, document, qtbot):
    editor.select("dense")
    assert editor.copy_selected()
    assert editor.paste() == ["dense_2"]


def _cut(editor, inspector, document, qtbot):
    editor.select("dense_1")
    assert editor.cut_selected()


def _property(editor, inspector, document, qtbot):
    editor.select("dense")
    inspector.units_spin.setValue(16)


def _rename(editor, inspector, document, qtbot):
    editor.select("dense")
    inspector.name_edit.setText("hidden")
    inspector.name_edit.editingFinished.emit()


def _concat_inputs(editor, inspector, document, qtbot):
    inspector.show_layer(None)
    commands.edit_spec(document, "setup", lambda s: edits.insert_layer(s, "Concatenate", 3))
    document.undo_stack.clear()  # the test measures the tick alone
    editor.select("concatenate")
    item = next(inspector.inputs_list.item(i) for i in range(inspector.inputs_list.count())
                if inspector.inputs_list.item(i).data(Qt.ItemDataRole.UserRole) == "input")
    item.setCheckState(Qt.CheckState.Checked)


EDITS = {"add": _add, "move_drop": _move_drop, "move_key": _move_key, "remove": _remove, "duplicate": _duplicate,
         "paste": _paste, "cut": _cut, "property": _property, "rename": _rename, "concat_inputs": _concat_inputs}


@pytest.mark.parametrize("edit", list(EDITS))
def test_every_edit_is_one_command_that_undoes_and_redoes_exactly(qtbot, editor, inspector, document, clean_clipboard, edit):
    if edit == "concat_inputs":
        EDITS[edit](editor, inspector, document, qtbot)
        before = edits.set_layer_inputs(document.spec, "concatenate", []).to_dict()
        before_count = 1  # the tick
        after = document.spec.to_dict()
        assert document.undo_stack.count() == before_count
        assert document.spec.layer("concatenate").inputs == ["input", "dense_1"]
    else:
        before = document.spec.to_dict()
        count = document.undo_stack.count()
        EDITS[edit](editor, inspector, document, qtbot)
        after = document.spec.to_dict()
        assert document.undo_stack.count() == count + 1, "one user action, one command"
    assert after != before
    document.undo_stack.undo()
    assert document.spec.to_dict() == before
    document.undo_stack.redo()
    assert document.spec.to_dict() == after
    document.undo_stack.undo()
    assert document.spec.to_dict() == before


# ---------------------------------------------------------------------------------------------- moving
def test_move_several_cards_by_internal_drop_is_one_command(editor, document):
    drop_kind(editor, "Dropout", 3)  # input, dense, dense_1, dropout
    count = document.undo_stack.count()
    editor.select_names(["dense", "dropout"])
    mime = drag_rows(editor, ["dense", "dropout"])
    assert json.loads(bytes(mime.data(MIME_LAYER_ROWS)).decode()) == ["dense", "dropout"]
    assert editor.model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert names(document) == ["input", "dense_1", "dense", "dropout"]
    assert document.undo_stack.count() == count + 1
    assert editor.selected_names() == ["dense", "dropout"]  # the selection follows the layers
    # Qt removes the source rows after a MoveAction drag; the model refuses, the command did the move
    assert editor.model.removeRows(1, 2) is False
    assert names(document) == ["input", "dense_1", "dense", "dropout"]


def test_drop_on_the_view_goes_through_qt_and_lands_between_cards(qtbot, editor, document):
    view = editor.view
    rect = view.visualRect(editor.model.index(1, 0))  # the "dense" card
    mime = kind_mime("Dropout")
    event = QDropEvent(QPointF(rect.center().x(), rect.top() + 2), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    assert names(document) == ["input", "dropout", "dense", "dense_1"]


def test_move_by_ctrl_down_and_up_keeps_the_selection(qtbot, editor, document):
    editor.select("dense")
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(document) == ["input", "dense_1", "dense"]
    assert editor.selected_names() == ["dense"]
    count = document.undo_stack.count()
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # already last
    assert document.undo_stack.count() == count
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(document) == ["input", "dense", "dense_1"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # never above the Input
    assert names(document) == ["input", "dense", "dense_1"]
    assert document.undo_stack.count() == count + 1


def test_delete_key_removes_the_selection_and_selects_the_next_card(qtbot, editor, document):
    editor.select("dense")
    with qtbot.waitSignal(editor.sigSelectionChanged, check_params_cb=lambda n: n == ["dense_1"]):
        qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert names(document) == ["input", "dense_1"]
    document.undo_stack.undo()
    assert names(document) == ["input", "dense", "dense_1"]


def test_the_input_row_cannot_be_moved_or_deleted(qtbot, editor, document):
    model = editor.model
    input_index = model.index(0, 0)
    assert input_index.data(IsInputRole)
    assert not model.flags(input_index) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.mimeData([input_index]) is None

    editor.select("input")
    count = document.undo_stack.count()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.delete_selected() is False
    assert editor.duplicate_selected() == []
    assert document.undo_stack.count() == count
    assert names(document) == ["input", "dense", "dense_1"]

    # a forged move payload naming the Input is refused; drops above the Input land after it
    forged = QMimeData()
    forged.setData(MIME_LAYER_ROWS, b'["input"]')
    assert not model.dropMimeData(forged, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(drag_rows(editor, ["dense_1"]), Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert names(document) == ["input", "dense_1", "dense"]
    drop_kind(editor, "Dropout", 0)
    assert names(document)[:2] == ["input", "dropout"]


def test_pure_move_helpers():
    spec = ModelSpec.stack([2], [("Dense", {}), ("Dropout", {}), ("Dense", {}), ("Activation", {})])
    order = lambda s: [layer.name for layer in s.layers]  # noqa: E731
    assert order(move_block(spec, ["dense", "dense_1"], 5)) == ["input", "dropout", "activation", "dense", "dense_1"]
    assert order(move_block(spec, ["activation"], 0)) == ["input", "activation", "dense", "dropout", "dense_1"]
    assert order(move_block(spec, ["input"], 3)) == order(spec)
    assert order(shift_layers(spec, ["dense", "dropout"], -1)) == order(spec)  # blocked by the Input
    assert order(shift_layers(spec, ["dense", "dropout"], 1)) == ["input", "dense_1", "dense", "dropout", "activation"]
    assert order(shift_layers(spec, ["dense_1", "activation"], 1)) == order(spec)  # blocked by the end
    assert order(shift_layers(spec, ["dense", "dense_1"], 1)) == ["input", "dropout", "dense", "activation", "dense_1"]


# ---------------------------------------------------------------------------------------------- cards & problems
def test_cards_show_output_shape_and_parameter_count(editor):
    model = editor.model
    dense = model.index(1, 0)
    assert dense.data(OutputShapeRole) == (4,)
    assert dense.data(ParamsRole) == 12
    assert dense.data(ProblemRole) == ""
    text = card_text(dense)
    assert (text.kind, text.name, text.shape, text.params) == ("Dense", "dense", "(·, 4)", "12 p")
    assert text.settings == "4 units · tanh"
    assert card_text(model.index(2, 0)).params == "5 p"
    assert card_text(model.index(0, 0)).settings == "2 features"
    # a problem adds a third line
    delegate = editor.view.itemDelegate()
    option = editor.view.viewOptions() if hasattr(editor.view, "viewOptions") else None
    if option is None:
        from PySide6.QtWidgets import QStyleOptionViewItem
        option = QStyleOptionViewItem()
        option.font = editor.view.font()
    two_lines = delegate.sizeHint(option, dense).height()
    commands.set_layer_config(editor.document, "dense", "units", 0)
    assert delegate.sizeHint(option, editor.model.index(1, 0)).height() > two_lines


def test_invalid_units_marks_the_row_and_the_totals_line(editor, document):
    assert editor.totals_text().startswith("Total params: 17")
    commands.edit_spec(document, "units 0", lambda s: edits.set_layer_config(s, "dense", "units", 0))
    problem = editor.model.index(1, 0).data(ProblemRole)
    assert "units must be a positive integer" in problem
    assert card_text(editor.model.index(1, 0)).problem == problem
    assert "dense" in editor.totals_text() and problem in editor.totals_text()
    document.undo_stack.undo()
    assert editor.model.index(1, 0).data(ProblemRole) == ""
    assert editor.totals_text().startswith("Total params: 17")


def test_concatenate_with_mismatched_shapes_shows_its_reason_and_link(editor, document):
    spec = ModelSpec.stack([4, 4], [("Flatten", {}), ("Dense", {"units": 3})])
    spec.layers.append(LayerSpec("Concatenate", "concatenate", {}, ["input", "dense"]))
    document.replace(Project(spec, {"name": "xor", "params": {}}, document.project.training))
    row = editor.model.row_of("concatenate")
    problem = editor.model.index(row, 0).data(ProblemRole)
    assert "same rank" in problem
    assert problem in editor.totals_text()
    text = card_text(editor.model.index(row, 0))
    assert text.settings == "⟵ input + dense"
    assert text.shape == "(?)"


def test_paint_every_card_kind_without_errors(qtbot, editor, document):
    for kind in PALETTE_KINDS:
        editor.append_kind(kind)
    commands.set_layer_config(document, "dense", "units", 0)
    editor.select_names(["dense", "dropout"])
    image = editor.grab()
    assert not image.isNull()
    # the grab painted cards: more than one colour in the card area
    img = image.toImage()
    colors = {img.pixel(x, 30) for x in range(0, img.width(), 3)}
    assert len(colors) > 3


# ---------------------------------------------------------------------------------------------- selection
def test_selection_survives_edits_and_undo(qtbot, editor, document):
    editor.select("dense_1")
    drop_kind(editor, "Dropout", 1)
    editor.select("dense_1")
    commands.set_layer_config(document, "dense", "units", 7)
    assert editor.selected_names() == ["dense_1"]
    document.undo_stack.undo()
    document.undo_stack.undo()  # the dropout goes away, dense_1 stays selected
    assert editor.selected_names() == ["dense_1"]
    document.undo_stack.redo()
    assert editor.selected_names() == ["dense_1"]


def test_selection_signal_reports_names_in_stack_order(qtbot, editor):
    with qtbot.waitSignal(editor.sigSelectionChanged) as blocker:
        editor.select_names(["dense_1", "input"])
    assert blocker.args == [["input", "dense_1"]]
    assert editor.selected_names() == ["input", "dense_1"]


# ---------------------------------------------------------------------------------------------- clipboard
def test_copy_paste_round_trips_layers_through_the_real_clipboard(qtbot, editor, document, clean_clipboard):
    assert not editor.can_paste()
    commands.set_layer_config(document, "dense", "kernel_regularizer", {"l1": 0.0, "l2": 0.01})
    editor.select_names(["input", "dense"])  # the Input is never copied
    with qtbot.waitSignal(editor.sigCanPasteChanged):
        assert editor.copy_selected()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME_LAYERS) and mime.hasText()
    assert [d["name"] for d in json.loads(bytes(mime.data(MIME_LAYERS)).decode())] == ["dense"]
    assert editor.can_paste()

    editor.select("dense")
    pasted = editor.paste()
    assert pasted == ["dense_2"]
    assert names(document) == ["input", "dense", "dense_2", "dense_1"]  # right after the selection
    copy = document.spec.layer("dense_2").to_dict()
    original = document.spec.layer("dense").to_dict()
    assert {**copy, "name": "dense"} == original
    assert editor.selected_names() == ["dense_2"]

    editor.select_names([])
    assert editor.paste() == ["dense_3"]
    assert names(document)[-1] == "dense_3"  # nothing selected: at the end


def test_paste_accepts_plain_text_json_and_ignores_other_text(editor, document, clean_clipboard):
    board = QGuiApplication.clipboard()
    board.setText(json.dumps([{"kind": "Dropout", "name": "drop", "config": {"rate": 0.25}}]))
    assert editor.can_paste()
    editor.select("dense")
    assert editor.paste() == ["drop"]
    assert document.spec.layer("drop").config["rate"] == 0.25
    for junk in ("hello", "[1, 2]", '[{"kind": "Conv2D", "name": "c"}]', '{"kind": "Input", "name": "i"}', "[" * 5000):
        board.setText(junk)
        assert not clipboard_has_layers(), junk
        assert not editor.can_paste()
        count = document.undo_stack.count()
        assert editor.paste() == []
        assert document.undo_stack.count() == count


def test_copy_drag_of_cards_inserts_copies(editor, document):
    mime = drag_rows(editor, ["dense"])
    assert editor.model.dropMimeData(mime, Qt.DropAction.CopyAction, 3, 0, QModelIndex())
    assert names(document) == ["input", "dense", "dense_1", "dense_2"]
    # cards dragged from another window (different layers under the same names) are copied, not moved
    other = xor_spec()
    other.layers[1].config["units"] = 99
    foreign = QMimeData()
    foreign.setData(MIME_LAYER_ROWS, b'["dense"]')
    foreign.setData(MIME_LAYERS, json.dumps([other.layers[1].to_dict()]).encode())
    assert editor.model.dropMimeData(foreign, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert names(document) == ["input", "dense_3", "dense", "dense_1", "dense_2"]
    assert document.spec.layer("dense_3").config["units"] == 99


def test_deleted_widgets_ignore_later_clipboard_and_document_signals(qtbot, document, clean_clipboard):
    import shiboken6

    editor = StackEditor(document)
    inspector = LayerInspector(document)
    editor.sigSelectionChanged.connect(inspector.show_selection)
    shiboken6.delete(inspector)
    shiboken6.delete(editor)
    # both outlive the widgets: no slot of a deleted widget may run (pytest-qt fails on exceptions in slots)
    QGuiApplication.clipboard().setText("[]")
    document.replace(default_project())
    commands.set_layer_config(document, "dense", "units", 3)
    document.undo_stack.undo()
