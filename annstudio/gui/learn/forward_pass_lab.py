"""The forward pass lab (``forwardPassLab``): the notes' chapter 2, every matrix an editable table.

Tabs (``forwardPassTabs``): the notes' three-layer network (opens here; Y = [0.31682708, 0.69627909]),
the first example [1 2]·[[1 2 3], [4 5 6]] = [9 12 15], a batch (X with several rows), stable softmax, and
"this model, this sample" (the main window's model). The computation is ``learn.forward``; the pages only
draw it (``forward_chain_page``, ``forward_softmax_page``, ``forward_model_page``).

Every edit (a typed cell, an activation, a row added or removed) goes on the lab's own undo stack: Ctrl+Z
and Ctrl+Shift+Z (or Ctrl+Y) undo and redo while the focus is in the lab, without touching the project's
undo history. ``forwardPassWorking`` shows the computation of the cell under the mouse (or the current
cell), ``forwardPassMessage`` why a typed value was refused. A "predict, then reveal" box asks for cells
of the notes' network (hidden as ``?`` until answered or revealed).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...learn.forward import (
    BATCH_X,
    FIRST_LAYER,
    FIRST_X,
    NOTES_LAYERS,
    NOTES_X,
    cell_working,
)
from ...learn.quiz import Question
from ..fields import FieldMessage
from .forward_chain_page import ChainPage, titled_working
from .forward_model_page import ModelPage
from .forward_softmax_page import SoftmaxPage
from .quiz_box import QuizBox

#: the questions on the notes' network: (table asked for, column, tables hidden until revealed)
QUESTIONS = (
    ("A1", 0, (("A1", 0),)),
    ("Z1", 0, (("Z1", 0), ("In2", 0))),
    ("A2", 1, (("A2", 1),)),
    ("Y", 0, (("A3", 0), ("Y", 0))),
)


class PageEdit(QUndoCommand):
    """One edit of a page: its state before and after (``ChainPage``/``SoftmaxPage.state()``)."""

    def __init__(self, lab: ForwardPassLab, page, before, after, text: str) -> None:
        super().__init__(text)
        self.lab, self.page, self.before, self.after = lab, page, before, after

    def redo(self) -> None:
        self.page.set_state(self.after)
        self.lab.page_changed(self.page)

    def undo(self) -> None:
        self.page.set_state(self.before)
        self.lab.page_changed(self.page)


def _tab(page: QWidget, *below: QWidget) -> QWidget:
    """A tab: the page's words (wrapped to the visible width), the page, then ``below``, all in one scroll
    area: on a small screen the matrices had a box of their own about 180 pixels tall between the words
    and the quiz, with scroll bars both ways; now the tab scrolls as a whole."""
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 0, 0)
    intro = getattr(page, "intro", None)
    if intro is not None:
        layout.addWidget(intro)
    layout.addWidget(page, 1)
    for widget in below:
        layout.addWidget(widget)
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class ForwardPassLab(QWidget):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.undo_stack = QUndoStack(self)
        self.notes = ChainPage("notes", NOTES_X, NOTES_LAYERS, output_title="Y", intro=self.tr(
            "The network of the notes: 2 inputs, a layer of 3 units, a layer of 2, and 2 outputs. Each "
            "layer is one matrix product plus a bias, A = X·W + B, then its activation, Z = f(A), which "
            "feeds the next layer. Type a number in any white cell: everything after it is computed again. "
            "Point at a result to see the row and the column that made it."))
        self.first = ChainPage("first", FIRST_X, [FIRST_LAYER], activations=False, intro=self.tr(
            "The first product of the notes: a row of 2 numbers times a 2 × 3 matrix gives 3 numbers. Each "
            "is the row multiplied, number by number, with one column of W, and summed."))
        self.batch = ChainPage("batch", BATCH_X, [NOTES_LAYERS[0]], batch=True, intro=self.tr(
            "Several samples at once: each row of X is one sample. The same product computes the layer for "
            "every row; the shapes gain a first size N, the number of rows: (N, 2)·(2, 3) → (N, 3)."))
        self.softmax = SoftmaxPage()
        self.model_page = ModelPage(window)
        self.question_index = 0
        self.quiz = QuizBox("forwardQuiz")
        self.next_question = QPushButton(self.tr("Next question"))
        self.next_question.setObjectName("forwardQuizNext")
        self.next_question.clicked.connect(lambda: self.ask((self.question_index + 1) % len(QUESTIONS)))
        quiz_layout = self.quiz.layout()
        if quiz_layout is not None:
            quiz_layout.addWidget(self.next_question)
        self.quiz.revealed.connect(lambda: self.notes_masks(()))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("forwardPassTabs")
        self.tabs.addTab(_tab(self.notes, self.quiz), self.tr("The notes' network"))
        self.tabs.addTab(_tab(self.first), self.tr("First example"))
        self.tabs.addTab(_tab(self.batch), self.tr("A batch"))
        self.tabs.addTab(_tab(self.softmax), self.tr("Stable softmax"))
        self.tabs.addTab(self.model_page, self.tr("This model, this sample"))
        for page in (self.notes, self.first, self.batch, self.softmax):
            page.sigEdit.connect(lambda before, after, text, page=page: self.edit(page, before, after, text))
            page.sigWorking.connect(self._show_working)
            page.sigRefused.connect(self._refused)
        self.tabs.currentChanged.connect(lambda _i: self._show_working(""))

        self.working = QLabel()
        self.working.setObjectName("forwardPassWorking")
        self.working.setWordWrap(True)
        self.working.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.working.setMinimumHeight(self.working.fontMetrics().lineSpacing() * 2)
        self.message = FieldMessage()
        self.message.setObjectName("forwardPassMessage")
        undo = QToolButton()
        undo.setObjectName("forwardPassUndo")
        undo.setDefaultAction(self.undo_stack.createUndoAction(self, self.tr("Undo")))
        redo = QToolButton()
        redo.setObjectName("forwardPassRedo")
        redo.setDefaultAction(self.undo_stack.createRedoAction(self, self.tr("Redo")))
        undo.setToolTip(self.tr("Undo the last edit in this lab (Ctrl+Z)"))
        redo.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.working, 1)
        bottom.addWidget(undo)
        bottom.addWidget(redo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.ask(0)

    # ------------------------------------------------------------------ edits and undo
    def edit(self, page, before, after, text: str) -> None:
        self.message.say("")
        self.undo_stack.push(PageEdit(self, page, before, after, text))

    def page_changed(self, page) -> None:
        if page is self.notes:   # asked again with the new numbers (a revealed working would contradict them)
            self.ask(self.question_index)

    def _refused(self, text: str) -> None:
        self.message.say(text)

    def _show_working(self, text: str) -> None:
        self.working.setText(text)

    def _undo_key(self, event: QKeyEvent) -> str | None:
        if event.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            return "redo"
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._undo_key(event) is not None:
            event.accept()  # the lab's own undo, not the project's (Edit > Undo)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self._undo_key(event)
        if key is None:
            super().keyPressEvent(event)
            return
        event.accept()
        (self.undo_stack.undo if key == "undo" else self.undo_stack.redo)()

    # ------------------------------------------------------------------ predict, then reveal
    def ask(self, index: int) -> None:
        self.question_index = index
        key, col, masks = QUESTIONS[index]
        page = self.notes
        k = len(page.layers) if key == "Y" else int(key[1:])
        step = page.steps[k - 1]
        value = step.z[col] if key[0] in "ZY" else step.a[col]
        name = page.table(key).index_text(0, col)
        if key[0] == "A":
            working = cell_working(page.steps, page.layers, k - 1, 0, col)
        else:   # as the hover line writes it: softmax names its whole row (softmax of one number is 1)
            working = titled_working(page.layers[k - 1].activation, page.steps, k - 1, 0, col)
        self.quiz.ask(Question(self.tr("What is {0}? Work it out from the tables before it, then check "
                                       "(the cell shows ? until then).").format(name),
                               float(value), working=f"{name} = {working}", rel_tol=1e-3, abs_tol=5e-4))
        self.notes_masks(masks)

    def notes_masks(self, masks) -> None:
        hidden: dict[str, set[tuple[int, int]]] = {}
        for key, col in masks:
            hidden.setdefault(key, set()).add((0, col))
        for key, table in self.notes.tables.items():
            if table.masked or key in hidden:
                table.set_masked(hidden.get(key, set()))
        self.notes.masked = {(key, 0, col) for key, col in masks}
