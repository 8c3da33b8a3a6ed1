"""The Learn menu's backpropagation lab (``backpropLab``): a computational graph walked one node at a time.

Choose a graph (the notes' apples first, then two items, z = (x + y)², e = (a + b)(b + 1), your own
expression, or a single neuron with its loss), press Forward step to see each operation's value appear on
its outgoing edge, then Backward step to see the gradient flow back under each edge, with the current
node's local rule written out below the drawing (``backpropRule``). Every input is a field; a change
recomputes everything and can be undone (the lab's own undo stack: the Undo/Redo buttons, or Ctrl+Z while
the lab has the focus). The computation is ``learn/graphs.py``, ``learn/expression.py`` and
``learn/neuron_graph.py``; this widget only draws it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...learn.expression import ExpressionError, build
from ...learn.graphs import EXAMPLES, Walk, example, fmt
from ...learn.neuron_graph import neuron_walk, update
from ..colors import PROBLEM_STYLE
from ..flow_layout import FlowLayout
from ..i18n import render
from .backprop_inputs import InputFields, SetInputCommand
from .backprop_neuron import NeuronPanel
from .graph_view import GraphView
from .lab_undo_keys import LabUndoKeys
from .quiz_box import QuizBox

DEFAULT_EXPRESSION = "x * y + sigmoid(x)"


class BackpropLab(QWidget):
    def __init__(self, window=None) -> None:
        super().__init__()
        self.window_ = window
        self.undo_stack = QUndoStack(self)
        self.values: dict[str, dict[str, float]] = {}
        self.activation = "sigmoid"
        self.expression_text = DEFAULT_EXPRESSION   # the last expression drawn
        self.expression_refused = False   # the field's expression was refused: no graph is drawn for it
        self.key = ""
        self.question_index = 0
        self.walk: Walk = Walk.of(EXAMPLES[0])
        self._build()
        self.choose("apples")

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setObjectName("backpropExample")
        titles = {ex.key: render(ex.title) for ex in EXAMPLES}
        titles["expression"] = self.tr("Your own expression")
        titles["neuron"] = self.tr("A single neuron with its loss")
        for key, title in titles.items():
            self.chooser.addItem(title, key)
        self.chooser.currentIndexChanged.connect(lambda _i: self.choose(self.chooser.currentData()))
        self.forward_button = self._button(self.tr("Forward step"), "backpropForwardStep", self.forward_step,
                                           self.tr("Compute the next node's value (Ctrl+Right)"), "Ctrl+Right")
        self.backward_button = self._button(self.tr("Backward step"), "backpropBackwardStep", self.backward_step,
                                            self.tr("Send the gradient back through the next node (Ctrl+Left)"),
                                            "Ctrl+Left")
        self.run_button = self._button(self.tr("Run all"), "backpropRunAll", self.run_all,
                                       self.tr("Both passes at once"))
        self.reset_button = self._button(self.tr("Reset"), "backpropReset", self.reset,
                                         self.tr("Hide the computed values and gradients again"))
        self.undo_button = self._button(self.tr("Undo"), "backpropUndo", self.undo_stack.undo,
                                        self.tr("Undo the last change of an input (Ctrl+Z)"))
        self.redo_button = self._button(self.tr("Redo"), "backpropRedo", self.undo_stack.redo,
                                        self.tr("Redo the change of an input (Ctrl+Shift+Z)"))
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        choice = QWidget()
        choice_row = QHBoxLayout(choice)
        choice_row.setContentsMargins(0, 0, 0, 0)
        chooser_label = QLabel(self.tr("&Graph:"))
        chooser_label.setBuddy(self.chooser)
        choice_row.addWidget(chooser_label)
        choice_row.addWidget(self.chooser, 1)
        top = QWidget()
        flow = FlowLayout(top)    # wraps onto two rows in a narrow dock instead of clipping the buttons
        flow.addWidget(choice)
        for button in (self.forward_button, self.backward_button, self.run_button, self.reset_button,
                       self.undo_button, self.redo_button):
            flow.addWidget(button)

        self.expression = QLineEdit(self.expression_text)
        self.expression.setObjectName("backpropExpression")
        self.expression.setPlaceholderText(self.tr("e.g. (x + y) × z, sigmoid(w·x + b), x^2 + log(y)"))
        self.expression.setToolTip(self.tr("Numbers, names, + − × ÷ (or * /), powers (^ or **) with a number "
                                           "as exponent, exp, log, sigmoid, tanh, relu. Press Enter to draw."))
        self.expression.returnPressed.connect(self.build_expression)
        self.draw_button = self._button(self.tr("Draw"), "backpropDraw", self.build_expression,
                                        self.tr("Read the expression and draw its graph"))
        self.expression_error = QLabel()
        self.expression_error.setObjectName("backpropExpressionError")
        self.expression_error.setStyleSheet(PROBLEM_STYLE)
        self.expression_error.setWordWrap(True)
        self.expression_row = QWidget()
        rows = QVBoxLayout(self.expression_row)
        rows.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        expression_label = QLabel(self.tr("&Expression:"))
        expression_label.setBuddy(self.expression)
        row.addWidget(expression_label)
        row.addWidget(self.expression, 1)
        row.addWidget(self.draw_button)
        rows.addLayout(row)
        rows.addWidget(self.expression_error)   # under the field: room for the whole reason

        self.view = GraphView()
        self.view.setObjectName("backpropGraph")
        self.rule = QLabel()
        self.rule.setObjectName("backpropRule")
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule.setStyleSheet("font-weight: bold; padding: 4px;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.rule)

        self._undo_keys = LabUndoKeys(self.undo_stack, self)
        self._asked_prompt = ""   # the quiz's prompt as last asked (``_ask_again_if_reworded``)
        self.inputs = InputFields()
        self.inputs.sigEdited.connect(self._on_input_edited)
        self.neuron = NeuronPanel()
        self.neuron.sigActivation.connect(self._on_activation)
        self.neuron.sigApply.connect(self.apply_update)
        self.neuron.rate.valueChanged.connect(lambda _v: self._show_state())
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backpropGradients")
        self.table.setHorizontalHeaderLabels([self.tr("Input"), self.tr("Value"), self.tr("Backprop"),
                                              self.tr("Numerical")])
        self.table.setToolTip(self.tr("Each input's gradient from the backward pass beside its estimate by "
                                      "central differences, (f(x + h) − f(x − h)) / 2h with h = 1e-6."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quiz = QuizBox("backpropQuiz")
        self.next_question = self._button(self.tr("Next question"), "backpropNextQuestion", self._next_question,
                                          self.tr("Ask about another input"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.inputs)
        side_layout.addWidget(self.neuron)
        gradients_title = QLabel(self.tr("Gradients: backprop and numerical estimate"))
        gradients_title.setWordWrap(True)
        side_layout.addWidget(gradients_title)
        side_layout.addWidget(self.table)
        self.kink_note = QLabel()   # why the two columns differ at a ReLU corner (see _fill_table)
        self.kink_note.setObjectName("backpropKinkNote")
        self.kink_note.setWordWrap(True)
        self.kink_note.hide()
        side_layout.addWidget(self.kink_note)
        side_layout.addWidget(self.quiz)
        side_layout.addWidget(self.next_question)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.expression_row)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.chooser)

    def resizeEvent(self, event) -> None:
        # side by side when there is room, else the fields and the quiz go under the drawing
        wide = event.size().width() >= max(900, event.size().height())
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation or not self._sized:
            self.splitter.setOrientation(orientation)
            # stacked, the drawing gets more than half the height: the fields below scroll, a squeezed
            # drawing cut its graph (apple price above, tax below the ~130 pixels it got at 1366 x 768)
            if not wide:
                total = max(2, event.size().height() - 120)
                self.splitter.setSizes([3 * total // 5, 2 * total // 5])
            self._sized = True
        super().resizeEvent(event)

    def _button(self, text: str, name: str, slot, tip: str, shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        if shortcut:   # only while the focus is in this lab: another lab may use the same keys
            keys = QShortcut(QKeySequence(shortcut), self)
            keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys.activated.connect(button.click)   # does nothing while the button is disabled
        return button

    # ------------------------------------------------------------------ choosing a graph
    def choose(self, key: str) -> None:
        if key != self.chooser.currentData():
            self.chooser.setCurrentIndex(self.chooser.findData(key))   # comes back here
            return
        self.key = key
        self.expression_row.setVisible(key == "expression")
        self.neuron.setVisible(key == "neuron")
        if key == "expression" and self.expression_refused:
            self._show_no_graph()
            return
        self.walk = self._make_walk(key)
        self.view.show_walk(self.walk)
        self.inputs.show_inputs(self.walk.inputs, self.walk.values(), self.walk.labels)
        self._undo_keys.watch(self.inputs)   # its fields are new: Ctrl+Z in an applied one undoes the lab's edit
        self.question_index = 0
        self._ask()
        self._show_state()

    def _make_walk(self, key: str) -> Walk:
        stored = self.values.setdefault(key, {})
        if key == "expression":
            walk = build(self.expression_text, stored)
        elif key == "neuron":
            walk = neuron_walk(self.activation, stored)
        else:
            walk = Walk.of(example(key))
            walk.set_inputs(**{k: v for k, v in stored.items() if k in walk.inputs})
        stored.update(walk.values())
        return walk

    def build_expression(self) -> None:
        text = self.expression.text()
        try:
            build(text, self.values.get("expression", {}))
        except ExpressionError as exc:
            self.expression_error.setText(render(exc.args[0]))
            self.expression_refused = True
            self.choose("expression")   # the last graph is not this text's: none is drawn, only the reason
            return
        self.expression_error.clear()
        self.expression_text = text
        self.expression_refused = False
        self.choose("expression")   # draws the new graph (switching to "your own expression" if needed)

    def _on_activation(self, activation: str) -> None:
        self.activation = activation
        if self.key == "neuron":
            self.choose("neuron")

    # ------------------------------------------------------------------ inputs and undo
    def _on_input_edited(self, name: str, new: float) -> None:
        old = self.values[self.key].get(name)
        if old is None or old == new:
            return
        label = render(self.walk.label(name))
        self.undo_stack.push(SetInputCommand(self.apply_input, self.key, name, old, new,
                                             self.tr("Set {0} to {1}").format(label, fmt(new))))

    def apply_input(self, key: str, name: str, value: float) -> None:
        """Set one input (by the undo stack: typed, undone or redone) and recompute everything."""
        self.values.setdefault(key, {})[name] = value
        if key == "expression" and self.expression_refused:
            return   # kept for the expression drawn next; nothing is drawn now
        if key != self.key:
            self.choose(key)
            return
        self.walk.set_inputs(**{name: value})
        self.inputs.set_value(name, value)
        self._ask()
        self._show_state()

    def apply_update(self) -> None:
        if self.key != "neuron" or not self.walk.done:
            return
        rate = self.neuron.rate.value() or 0.0
        step = update(self.walk, float(rate))
        self.undo_stack.beginMacro(self.tr("Apply the update"))
        for name, value in (("w", step.w), ("b", step.b)):
            old = self.values["neuron"][name]
            self.undo_stack.push(SetInputCommand(self.apply_input, "neuron", name, old, value, name))
        self.undo_stack.endMacro()

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z inside the lab undoes the lab's edits, not the project's (the main window's Undo)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------------ stepping
    def forward_step(self) -> None:
        self.walk.forward_step()
        self._show_state()

    def backward_step(self) -> None:
        self.walk.backward_step()
        self._show_state()

    def run_all(self) -> None:
        self.walk.run_all()
        self._show_state()

    def reset(self) -> None:
        self.walk.reset()
        self._show_state()

    # ------------------------------------------------------------------ showing
    def _show_no_graph(self) -> None:
        """A refused expression: an empty drawing and no inputs, gradients or question (the reason is shown
        under the field, and only there)."""
        self.view.show_nothing()
        self.rule.clear()
        self.rule.setStyleSheet("font-weight: bold; padding: 4px;")
        self.inputs.show_inputs([], {}, {})
        self.table.setRowCount(0)
        self.kink_note.hide()
        self.quiz.clear()
        self.next_question.setEnabled(False)
        for button in (self.forward_button, self.backward_button, self.run_button, self.reset_button):
            button.setEnabled(False)

    def _show_state(self) -> None:
        walk = self.walk
        self.view.refresh()
        self._ask_again_if_reworded()
        self.rule.setText(render(walk.rule()))
        self.rule.setStyleSheet(("font-weight: bold; padding: 4px;" + PROBLEM_STYLE) if walk.error
                                else "font-weight: bold; padding: 4px;")
        self.forward_button.setEnabled(walk.can_forward())
        self.backward_button.setEnabled(walk.can_backward())
        self.run_button.setEnabled(walk.error is None and not walk.done)
        self.reset_button.setEnabled(walk.position > 0)
        self._fill_table()
        if self.key == "neuron":
            rate = self.neuron.rate.value()
            ready = walk.done and walk.error is None and rate is not None
            self.neuron.update_text.setText(render(update(walk, float(rate)).text) if ready and rate is not None
                                            else self.tr("Finish the backward pass to see the update."))
            self.neuron.apply.setEnabled(ready)

    def _fill_table(self) -> None:
        walk = self.walk
        names = walk.inputs
        self.table.setRowCount(len(names))
        revealed = [walk.shown_input_grad(n) is not None for n in names]
        numeric = walk.numerical_gradients() if any(revealed) and walk.error is None else {}
        for row, name in enumerate(names):
            cells = [render(walk.label(name)), fmt(walk.value(name)),
                     fmt(walk.grad(name)) if revealed[row] else "—",
                     fmt(numeric[name]) if revealed[row] and name in numeric else "—"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + sum(self.table.rowHeight(r) for r in range(len(names))))
        kinks = walk.kinks() if numeric else []
        self.kink_note.setText(self.tr(
            "{0}: the input of ReLU is exactly 0, where ReLU has no derivative (a corner). Backpropagation takes "
            "its slope there as 0, as Keras does; the numerical estimate averages the slopes on both sides (0 "
            "and 1), so the two columns can differ here.").format(", ".join(kinks)) if kinks else "")
        self.kink_note.setVisible(bool(kinks))

    def _ask(self) -> None:
        questions = self.walk.questions()
        if questions:
            self.quiz.ask(questions[self.question_index % len(questions)])
        self.quiz.setEnabled(bool(questions))
        self.next_question.setEnabled(len(questions) > 1)
        self._asked_prompt = str(questions[self.question_index % len(questions)].prompt) if questions else ""

    def _ask_again_if_reworded(self) -> None:
        """A step revealed (or Reset hid) the gradient the quiz asks for: the prompt says so now (it kept
        "Type it before the backward pass" under the finished pass); an answer already shown stays."""
        questions = self.walk.questions()
        if questions and not self.quiz.is_revealed:
            current = questions[self.question_index % len(questions)]
            if str(current.prompt) != self._asked_prompt:
                self.quiz.ask(current)
                self._asked_prompt = str(current.prompt)

    def _next_question(self) -> None:
        self.question_index += 1
        self._ask()
