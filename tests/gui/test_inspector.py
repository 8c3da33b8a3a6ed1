"""LayerInspector: shows the selected layer, each change is one (merging) command, refills on undo
without pushing commands, validates names and shapes inline, wires Concatenate inputs."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from annstudio.gui.document import ProjectDocument, default_project
from annstudio.gui.editor import commands
from annstudio.gui.editor.inspector import LayerInspector, parse_shape
from annstudio.gui.editor.stack_editor import StackEditor
from annstudio.spec import ModelSpec, edits


def make_document(spec: ModelSpec) -> ProjectDocument:
    project = default_project()
    project.model = spec
    return ProjectDocument(project)


@pytest.fixture
def document():
    return make_document(ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}),
                                               ("Dense", {"units": 1, "activation": "sigmoid"})]))


@pytest.fixture
def editor(qtbot, document):
    widget = StackEditor(document)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def inspector(qtbot, document, editor):
    widget = LayerInspector(document)
    qtbot.addWidget(widget)
    editor.sigSelectionChanged.connect(widget.show_selection)
    widget.resize(360, 520)
    widget.show()
    return widget


def check(inspector: LayerInspector, name: str, on: bool = True) -> None:
    items = [inspector.inputs_list.item(i) for i in range(inspector.inputs_list.count())]
    item = next(item for item in items if item.data(Qt.ItemDataRole.UserRole) == name)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def checked(inspector: LayerInspector) -> list[str]:
    items = [inspector.inputs_list.item(i) for i in range(inspector.inputs_list.count())]
    return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]


def test_object_name_and_empty_state(inspector):
    assert inspector.objectName() == "layerInspector"
    assert inspector.layer_name is None


def test_shows_the_selected_layers_values(inspector, editor, document):
    editor.select("dense")
    assert inspector.layer_name == "dense"
    assert inspector.name_edit.text() == "dense"
    assert inspector.units_spin.value() == 4
    assert inspector.activation_combo.currentData() == "tanh"
    assert inspector.use_bias_check.isChecked()
    assert inspector.kernel_init.combo.currentData() == "glorot_uniform"
    assert inspector.bias_init.combo.currentData() == "zeros"
    assert "y = activation(x·W + b)" in inspector._explanation.text()
    assert "(·, 4)" in inspector._info.text() and "12" in inspector._info.text()
    editor.select("dense_1")
    assert inspector.units_spin.value() == 1
    assert inspector.activation_combo.currentData() == "sigmoid"
    editor.select_names(["dense", "dense_1"])
    assert inspector.layer_name is None
    editor.select_names([])
    assert inspector.layer_name is None


def test_follows_undo_and_redo_without_pushing_commands(inspector, editor, document):
    editor.select("dense")
    inspector.units_spin.setValue(32)
    inspector.activation_combo.setCurrentIndex(inspector.activation_combo.findData("relu"))
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert inspector.activation_combo.currentData() == "tanh"
    assert inspector.units_spin.value() == 32
    document.undo_stack.undo()
    assert inspector.units_spin.value() == 4
    assert document.undo_stack.count() == 2 and document.undo_stack.index() == 0  # refills pushed nothing
    document.undo_stack.redo()
    assert inspector.units_spin.value() == 32
    # an edit from elsewhere (another view, a script) shows up too
    commands.set_layer_config(document, "dense", "use_bias", False)
    assert not inspector.use_bias_check.isChecked()
    assert document.undo_stack.count() == 2


def test_typing_1_2_8_into_units_is_one_undo_step(qtbot, inspector, editor, document):
    editor.select("dense")
    spin = inspector.units_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "128")
    assert document.spec.layer("dense").config["units"] == 128
    assert spin.value() == 128
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.spec.layer("dense").config["units"] == 4
    assert spin.value() == 4


def test_settings_of_every_kind_become_commands(inspector, editor, document):
    for kind in ("Dropout", "BatchNormalization", "Activation"):
        editor.append_kind(kind)
    start = document.undo_stack.count()

    editor.select("dropout")
    inspector.rate_spin.setValue(0.25)
    assert document.spec.layer("dropout").config["rate"] == 0.25

    editor.select("batch_normalization")
    inspector.momentum_spin.setValue(0.9)
    inspector.epsilon_spin.setValue(1e-5)
    inspector.scale_check.setChecked(False)
    config = document.spec.layer("batch_normalization").config
    assert (config["momentum"], config["epsilon"], config["scale"]) == (0.9, 1e-5, False)
    assert inspector.epsilon_spin.text() == "1e-05"

    editor.select("activation")
    inspector.function_combo.setCurrentIndex(inspector.function_combo.findData("step"))
    assert document.spec.layer("activation").config["activation"] == "step"

    editor.select("dense")
    inspector.l2_spin.setValue(0.01)
    assert document.spec.layer("dense").config["kernel_regularizer"] == {"l1": 0.0, "l2": 0.01}
    inspector.l2_spin.setValue(0.0)
    assert document.spec.layer("dense").config["kernel_regularizer"] is None
    combo = inspector.kernel_init.combo
    combo.setCurrentIndex(combo.findData("random_normal"))
    assert document.spec.layer("dense").config["kernel_initializer"] == "random_normal"
    assert not inspector.kernel_init.stddev.isHidden()
    inspector.kernel_init.stddev.setValue(1.0)
    assert document.spec.layer("dense").config["kernel_initializer"] == {
        "class_name": "RandomNormal", "config": {"mean": 0.0, "stddev": 1.0}}
    combo.setCurrentIndex(combo.findData("he_normal"))
    assert document.spec.layer("dense").config["kernel_initializer"] == "he_normal"
    assert inspector.kernel_init.stddev.isHidden()
    assert document.spec.problems() == {}
    # one undo step per setting: rate, momentum, epsilon, scale, function, weight initializer (three edits
    # merged); L2 set and set back (two edits merged into none: it changed nothing)
    assert document.undo_stack.count() - start == 6


def test_rename_validates_inline_and_is_one_command(inspector, editor, document):
    editor.select("dense")
    for bad, message in (("", "empty"), ("dense_1", "already used"), ("a/b", "/")):
        inspector.name_edit.setText(bad)
        inspector.name_edit.editingFinished.emit()
        assert message in inspector.name_error.text()
        assert not inspector.name_error.isHidden()
        assert [layer.name for layer in document.spec.layers] == ["input", "dense", "dense_1"]
    assert document.undo_stack.count() == 0

    inspector.name_edit.setText("hidden")
    inspector.name_edit.editingFinished.emit()
    assert inspector.name_error.isHidden()
    assert [layer.name for layer in document.spec.layers] == ["input", "hidden", "dense_1"]
    assert document.undo_stack.count() == 1
    assert inspector.layer_name == "hidden"
    assert editor.selected_names() == ["hidden"]  # the stack keeps the renamed layer selected

    document.undo_stack.undo()
    assert inspector.layer_name == "dense" and inspector.name_edit.text() == "dense"
    assert editor.selected_names() == ["dense"]
    document.undo_stack.redo()
    assert inspector.layer_name == "hidden"


def test_a_refused_name_goes_when_the_field_shows_the_name_in_use_again(qtbot, inspector, editor, document):
    """A learner types a taken name (refused, red line), then changes the units: the field shows the name in
    use again, so the red line about the other name must go; Escape puts the name in use back the same way."""
    editor.select("dense")
    inspector.show()
    qtbot.waitExposed(inspector)
    edit = inspector.name_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "dense_1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "already used" in inspector.name_error.text() and not inspector.name_error.isHidden()
    commands.edit_spec(document, "units", lambda s: edits.set_layer_config(s, "dense", "units", 5))
    assert edit.text() == "dense" and inspector.name_error.isHidden()

    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "dense_1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not inspector.name_error.isHidden()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "dense" and inspector.name_error.isHidden()
    assert [layer.name for layer in document.spec.layers] == ["input", "dense", "dense_1"]

    editor.select("input")   # the same for a refused input shape
    inspector.shape_edit.setText("2, zero")
    inspector.shape_edit.editingFinished.emit()
    assert not inspector.shape_error.isHidden()
    document.undo_stack.undo()   # the units back to 8: the form is filled again from the model
    assert inspector.shape_edit.text() == "2" and inspector.shape_error.isHidden()


def test_input_shape_is_validated(inspector, editor, document):
    editor.select("input")
    assert inspector.shape_edit.text() == "2"
    inspector.shape_edit.setText("2, zero")
    inspector.shape_edit.editingFinished.emit()
    assert not inspector.shape_error.isHidden()
    assert document.undo_stack.count() == 0
    inspector.shape_edit.setText("3")
    inspector.shape_edit.editingFinished.emit()
    assert inspector.shape_error.isHidden()
    assert document.spec.layer("input").config["shape"] == [3]
    assert document.spec.layer("dense").config["units"] == 4
    assert (parse_shape("28, 28"), parse_shape("28x28"), parse_shape("0"), parse_shape("")) == ([28, 28], [28, 28], None, None)


def test_concatenate_preselects_the_previous_layer_and_builds_wide_and_deep(inspector, editor, document):
    editor.append_kind("Concatenate")
    assert editor.selected_names() == ["concatenate"]
    assert inspector.layer_name == "concatenate"
    assert checked(inspector) == ["dense_1"]  # a new Concatenate takes the layer before it
    assert "Wide & Deep: tick the Input" in " ".join(w.text() for w in inspector.findChildren(type(inspector._title)))
    assert "two inputs" in document.spec.problems()["concatenate"]

    check(inspector, "input")
    assert document.spec.layer("concatenate").inputs == ["input", "dense_1"]
    assert checked(inspector) == ["input", "dense_1"]
    assert document.spec.problems() == {}
    assert document.spec.layer_infos()[-1].output_shape == (3,)

    check(inspector, "input", False)  # back to just the previous layer: the default wiring, stored as []
    assert document.spec.layer("concatenate").inputs == []
    document.undo_stack.undo()
    assert checked(inspector) == ["input", "dense_1"]
    document.undo_stack.undo()
    assert checked(inspector) == ["dense_1"]
    assert document.spec.layer("concatenate").inputs == []


def test_replacing_the_project_clears_the_inspector(inspector, editor, document):
    editor.select("dense")
    document.replace(default_project())
    assert inspector.layer_name is None
    assert editor.selected_names() == []


def test_removing_the_shown_layer_clears_it(inspector, editor, document):
    editor.select("dense_1")
    commands.remove_layers(document, ["dense_1"])
    assert inspector.layer_name is None
    document.undo_stack.undo()
    edits_spec = edits.rename_layer(document.spec, "dense", "d")  # pure edits leave the document alone
    assert edits_spec.layers[1].name == "d" and document.spec.layers[1].name == "dense"


def test_a_refusal_said_for_one_layer_is_not_shown_for_another(qtbot):
    """"“0” was not applied. Units must be at least 1" typed for dense stayed under the field when dense_1
    (as wide, so the field's value did not change) was selected, where nothing had been typed."""
    document = make_document(ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}),
                                                   ("Dense", {"units": 4, "activation": "tanh"}),
                                                   ("Dense", {"units": 1, "activation": "sigmoid"})]))
    editor = StackEditor(document)
    qtbot.addWidget(editor)
    inspector = LayerInspector(document)
    qtbot.addWidget(inspector)
    editor.sigSelectionChanged.connect(inspector.show_selection)
    inspector.show()
    editor.select("dense")
    field = inspector.units_spin
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "0")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.message.isVisible() and field.property("refused")
    qtbot.keyClick(field, Qt.Key.Key_Escape)   # the value back; the message says what was not applied
    assert "was not applied" in field.message.text() and field.message.isVisible()
    editor.select("dense_1")
    qtbot.waitUntil(lambda: inspector.name_edit.text() == "dense_1")
    assert not field.message.isVisible() and not field.property("refused")
    assert field.lineEdit().text() == "4"


def test_a_refused_number_leaves_the_layer_as_it_was_before_the_typing(qtbot, inspector, editor, document):
    """"1.5" typed into 4 units: the live field took the "1" at the first key, then refused "1.5" ("was not
    applied") and the layer kept 1 unit, the total dropping from 17 to 5 parameters without a word."""
    editor.select("dense")
    field = inspector.units_spin
    units = field.value()
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "1.5")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.property("refused") and "whole number" in field.message.text()
    assert document.spec.layer("dense").config["units"] == units   # the model as before the typing
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.lineEdit().text() == str(units) and "“1.5” was not applied" in field.message.text()
    assert document.spec.layer("dense").config["units"] == units
    field.lineEdit().selectAll()            # a number typed and taken stays, Esc afterwards changes nothing
    qtbot.keyClicks(field.lineEdit(), "8")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert document.spec.layer("dense").config["units"] == 8 and field.lineEdit().text() == "8"


def test_an_input_left_below_a_moved_concatenate_can_be_unticked(qtbot, inspector, editor, document):
    """Concatenate took input and dense_1; dragged above dense_1 it made a cycle, every card showed "(?)" and
    the Inputs list showed only the layers above it: the ticked dense_1 could not be seen or unticked there."""
    editor.append_kind("Concatenate")
    check(inspector, "input")
    assert document.spec.layer("concatenate").inputs == ["input", "dense_1"]
    commands.move_layer(document, "concatenate", 2)   # above dense_1
    editor.select("concatenate")
    assert "cycle" in " ".join(map(str, document.spec.problems().values()))
    qtbot.waitUntil(lambda: inspector.inputs_list.count() == 3 and inspector.inputs_list.item(2).data(
        Qt.ItemDataRole.UserRole) == "dense_1")   # the inspector follows the move
    items = {inspector.inputs_list.item(i).data(Qt.ItemDataRole.UserRole): inspector.inputs_list.item(i)
             for i in range(inspector.inputs_list.count())}
    assert "dense_1" in items and "below this layer" in items["dense_1"].text()
    assert checked(inspector) == ["input", "dense_1"]
    check(inspector, "dense_1", False)
    assert document.spec.layer("concatenate").inputs == ["input"]
    assert "cycle" not in " ".join(map(str, document.spec.problems().values()))
