"""``ChallengeDialog`` (objectName ``challengeDialog``, Edit › Challenge…): the teacher sets the goal, the
fixed data seed and the locked / hidden controls, or removes the challenge. OK pushes the result onto the
undo stack as one step (``editor.commands.push`` of the ``"challenge"`` section)."""
from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...challenge import CONTROLS, LIMITS, METRICS, SHARES, Challenge, ChallengeError, Condition
from ...project import dataset_has_seed
from ...spec.ranges import Range
from ..editor import commands
from ..example_texts import example_text
from ..fields import FieldMessage, NumberField, format_number, settle_fields
from ..i18n import render
from .controls import control_title

SEED_RANGE = Range(0, 2**32 - 1, integer=True)
VALUE_RANGE = Range(0, None)


class ChallengeDialog(QDialog):
    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("challengeDialog")
        self.setWindowTitle(self.tr("Challenge"))
        self.document = document
        self.removed = False
        current = document.project.challenge or Challenge(
            goal=[Condition("test_accuracy", "min", 0.9)], data_seed=None)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A challenge gives the learner a goal and fixes or hides the controls you choose. "
                               "It is saved in the project file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        # the task in the window's language, as the banner shows it (a bundled challenge's note is English
        # in the file); kept as it was in the file unless the teacher edits it
        self._note_stored, self._note_shown = current.note, example_text(current.note)
        self.note = QLineEdit(self._note_shown)
        self.note.setObjectName("challengeNoteEdit")
        form.addRow(self.tr("Task for the learner"), self.note)
        seed_row = QHBoxLayout()
        self.fix_seed = QCheckBox(self.tr("Fix the data seed at"))
        self.fix_seed.setObjectName("challengeFixSeed")
        self.message = FieldMessage(self)
        self.seed = NumberField(SEED_RANGE, self.tr("Data seed"), self, message=self.message)
        self.seed.setObjectName("challengeSeed")
        seed = current.data_seed if current.data_seed is not None else document.project.dataset["params"].get("seed", 0)
        self.seed.setValue(int(seed or 0))
        self.fix_seed.setChecked(current.data_seed is not None)
        self.fix_seed.toggled.connect(self.seed.setEnabled)
        self.seed.setEnabled(self.fix_seed.isChecked())
        seed_row.addWidget(self.fix_seed)
        seed_row.addWidget(self.seed, 1)
        form.addRow(seed_row)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Goal (every condition must be met)")))
        self.goal = QTableWidget(0, 3)
        self.goal.setObjectName("challengeGoal")
        self.goal.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Bound"), self.tr("Value")])
        self.goal.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goal.verticalHeader().hide()
        self.goal.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for condition in current.goal:
            self.add_condition(condition)
        layout.addWidget(self.goal, 1)
        buttons_row = QHBoxLayout()
        add = QPushButton(self.tr("Add condition"))
        add.setObjectName("challengeAddCondition")
        add.clicked.connect(lambda: self.add_condition(Condition("hidden_units", "max", 8)))
        remove = QPushButton(self.tr("Remove condition"))
        remove.setObjectName("challengeRemoveCondition")
        remove.clicked.connect(lambda: self.goal.removeRow(self.goal.currentRow()) if self.goal.currentRow() >= 0 else None)
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)

        layout.addWidget(QLabel(self.tr("Controls")))
        self.controls = QTableWidget(len(CONTROLS), 3)
        self.controls.setObjectName("challengeControls")
        self.controls.setHorizontalHeaderLabels([self.tr("Control"), self.tr("Locked"), self.tr("Hidden")])
        self.controls.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.controls.verticalHeader().hide()
        self.controls.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, name in enumerate(CONTROLS):
            title = QTableWidgetItem(control_title(name))
            title.setData(Qt.ItemDataRole.UserRole, name)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.controls.setItem(row, 0, title)
            for column, on in ((1, name in current.locked), (2, name in current.hidden)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.controls.setItem(row, column, item)
        self.controls.resizeColumnsToContents()
        self.controls.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.controls, 2)
        layout.addWidget(self.message)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = box.addButton(self.tr("Remove the challenge"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("removeChallengeButton")
        self.remove_button.setEnabled(document.project.challenge is not None)
        self.remove_button.clicked.connect(self.remove)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.buttons = box
        layout.addWidget(box)
        self.resize(640, 680)

    # ------------------------------------------------------------------ the goal table
    def add_condition(self, condition: Condition) -> None:
        row = self.goal.rowCount()
        self.goal.insertRow(row)
        measure = QComboBox()
        measure.setObjectName(f"challengeMeasure{row}")
        for name, words in {**METRICS, **LIMITS}.items():
            measure.addItem(render(words), name)
        measure.setCurrentIndex(measure.findData(condition.name))
        bound = QComboBox()
        bound.setObjectName(f"challengeBound{row}")
        bound.addItem(self.tr("at least (≥)"), "min")
        bound.addItem(self.tr("at most (≤)"), "max")
        bound.setCurrentIndex(bound.findData(condition.bound))
        value = NumberField(VALUE_RANGE, self.tr("Value"), self, message=self.message)
        value.setObjectName(f"challengeValue{row}")
        value.setValue(condition.value * (100 if condition.name in SHARES else 1))
        value.setToolTip(self.tr("Accuracies in %, counts as whole numbers, losses as numbers"))
        self.goal.setCellWidget(row, 0, measure)
        self.goal.setCellWidget(row, 1, bound)
        self.goal.setCellWidget(row, 2, value)

    def challenge(self) -> Challenge:
        """The challenge the dialog shows (``ChallengeError`` when a value is out of range)."""
        goal = []
        for row in range(self.goal.rowCount()):
            measure, bound = cast(QComboBox, self.goal.cellWidget(row, 0)), cast(QComboBox, self.goal.cellWidget(row, 1))
            value = cast(NumberField, self.goal.cellWidget(row, 2))
            name = measure.currentData()
            # 95.2 % is stored as 0.952, not 0.9520000000000001 (which 238 of 250 right, 95.2 %, would miss)
            number = round(float(value.value() or 0) / 100, 12) if name in SHARES else float(value.value() or 0)
            condition: dict = {"limit" if name in LIMITS else "metric": name, bound.currentData(): number}
            if name in LIMITS:
                condition[bound.currentData()] = int(number) if number.is_integer() else number
            goal.append(condition)

        def item(row: int, column: int) -> QTableWidgetItem:
            return cast(QTableWidgetItem, self.controls.item(row, column))

        controls = {column: [item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(self.controls.rowCount())
                             if item(row, column).checkState() == Qt.CheckState.Checked]
                    for column in (1, 2)}
        return Challenge.from_dict({
            "note": self._note_stored if self.note.text() == self._note_shown else self.note.text(), "goal": goal,
            "data_seed": int(self.seed.value() or 0) if self.fix_seed.isChecked() else None,
            "locked": controls[1], "hidden": controls[2]})

    def _goal_problem(self) -> str:
        """What is wrong with a row, in the words the teacher sees in it (the row's number, the measure, %):
        the file's rule ("goal[0]: min must be between 0 and 1 (a share)") spoke of another form of it."""
        for row in range(self.goal.rowCount()):
            measure, bound = cast(QComboBox, self.goal.cellWidget(row, 0)), cast(QComboBox, self.goal.cellWidget(row, 1))
            value = cast(NumberField, self.goal.cellWidget(row, 2)).value()
            name, number = measure.currentData(), float(value or 0)
            where = self.tr("Row {0} ({1})").format(row + 1, measure.currentText())
            if name in SHARES and not 0 <= number <= 100:
                return self.tr("{0}: a share is between 0 and 100 %, not {1} %").format(where, format_number(number))
            if name in LIMITS and bound.currentData() != "max":
                return self.tr("{0}: a limit is an upper bound: choose “at most (≤)”").format(where)
            if name in LIMITS and (number < 0 or not number.is_integer()):
                return self.tr("{0}: a count is a whole number, 0 or more, not {1}").format(where, format_number(number))
        return ""

    # ------------------------------------------------------------------ buttons
    def accept(self) -> None:
        problems = settle_fields(self)  # what a field shows is what is stored
        if problems:
            self.message.say(problems[0])
            return
        problem = self._goal_problem()
        if problem:
            self.message.say(problem)
            return
        try:
            challenge = self.challenge()
        except ChallengeError as exc:
            self.message.say(render(exc.args[0]))
            return
        text = self.tr("Edit the challenge")
        stack = self.document.undo_stack
        stack.beginMacro(text)  # one undo step, with the dataset's seed the challenge fixes
        try:
            dataset = self.document.section("dataset")
            fixed = challenge.fix_dataset(dataset, dataset_has_seed(dataset["name"]))
            if fixed != dataset:
                commands.push(self.document, "dataset", fixed, text)
            commands.push(self.document, "challenge", challenge, text)
        finally:
            stack.endMacro()
        super().accept()

    def remove(self) -> None:
        self.removed = True
        commands.push(self.document, "challenge", None, self.tr("Remove the challenge"))
        super().accept()
