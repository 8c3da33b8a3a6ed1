"""A matrix of the forward pass lab as a table: its name and shape above it, one cell per number.

``MatrixTable(name, title, editable)`` shows a vector (one row) or a matrix. Its parts are named for tests:
``<name>`` (this widget), ``<name>Table`` (the ``QTableWidget``) and ``<name>Shape`` (the title and shape,
"W1 (2, 3)"). An editable table never changes its own numbers: a typed value is read when the cell editor
closes and either sent as ``sigEditRequested(row, col, value)`` (the lab puts it on its undo stack and
calls ``set_values``) or refused with the reason (``sigRefused(text)``); the cell keeps its old number.
Moving the mouse over a cell, or to it with the keyboard, sends ``sigHovered(row, col)`` (``-1, -1`` when
the mouse leaves); ``highlight`` tints rows, columns or cells (what produced a result cell).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...learn.forward import number_text, read_cell, shape_text
from ...particles import with_particles
from ..colors import POSITIVE
from ..i18n import render


def _tint(color: str, amount: float) -> QColor:
    """``color`` mixed with white (``amount`` of the colour): a pale tint that keeps text readable."""
    c = QColor(color)
    return QColor(*(round(255 - (255 - v) * amount) for v in (c.red(), c.green(), c.blue())))


#: what produced the hovered result (the row of X, the column of W), and the result cell itself
HIGHLIGHT = _tint(POSITIVE, 0.18)
HOT = _tint(POSITIVE, 0.40)
RESULT_BASE = QColor("#f4f4f4")


class _CellDelegate(QStyledItemDelegate):
    """Hands what was typed to the table instead of writing it into the model."""

    def __init__(self, table: MatrixTable) -> None:
        super().__init__(table.table)
        self.owner = table

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            self.owner.typed(index.row(), index.column(), editor.text())


class MatrixTable(QWidget):
    sigEditRequested = Signal(int, int, float)
    sigRefused = Signal(str)
    sigHovered = Signal(int, int)

    def __init__(self, name: str, title: str, editable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.editable = editable
        self._values = np.zeros((1, 0))
        self._vector = True
        self._masked: set[tuple[int, int]] = set()
        self.label = QLabel(title)
        self.label.setObjectName(f"{name}Shape")
        self.table = QTableWidget(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setItemDelegate(_CellDelegate(self))
        self.table.setMouseTracking(True)
        self.table.cellEntered.connect(self.sigHovered.emit)
        self.table.currentCellChanged.connect(lambda row, col, *_: self.sigHovered.emit(row, col))
        self.table.viewport().installEventFilter(self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next table
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setHighlightSections(False)
        self.table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if editable:
            self.table.setToolTip(self.tr("Type a number in a cell; everything after it is computed again."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        layout.addStretch(1)

    # ------------------------------------------------------------------ values
    def values(self) -> np.ndarray:
        """The numbers shown: shape ``(n,)`` for a vector, ``(rows, cols)`` for a matrix."""
        return self._values[0].copy() if self._vector else self._values.copy()

    def set_values(self, values: np.ndarray, title: str | None = None) -> None:
        values = np.asarray(values, dtype=np.float64)
        self._vector = values.ndim == 1
        grid = values.reshape(1, -1) if self._vector else values
        if title is not None:
            self.title = title
        self.label.setText(f"{self.title}  {shape_text(values.shape)}")
        resized = grid.shape != self._values.shape
        self._values = grid.copy()
        table = self.table
        if resized:
            table.setRowCount(grid.shape[0])
            table.setColumnCount(grid.shape[1])
            table.setHorizontalHeaderLabels([str(j) for j in range(grid.shape[1])])
            table.setVerticalHeaderLabels([str(i) for i in range(grid.shape[0])])
            table.verticalHeader().setVisible(not self._vector)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        for i in range(grid.shape[0]):
            for j in range(grid.shape[1]):
                item = table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setFlags(flags)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(i, j, item)
                item.setText("?" if (i, j) in self._masked else number_text(grid[i, j]))
        self._paint()
        self._fit()

    def cell_text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    @property
    def masked(self) -> set[tuple[int, int]]:
        return set(self._masked)

    def set_masked(self, cells: set[tuple[int, int]]) -> None:
        """Show ``?`` in these cells (a question asks for them) until they are unmasked."""
        self._masked = set(cells)
        self.set_values(self.values())

    # ------------------------------------------------------------------ editing
    def typed(self, row: int, col: int, text: str) -> None:
        """A cell editor closed with ``text``: request the edit or refuse it with the reason."""
        if text.strip() == number_text(self._values[row, col]):
            return
        try:
            value = read_cell(text)
        except ValueError as exc:
            reason = render(exc.args[0])
            self.sigRefused.emit(with_particles(self.tr("{0}[{1}]: {2} — the cell keeps {3}.").format(
                self.title, self._index_text(row, col), reason, number_text(self._values[row, col]))))
            return
        if value != self._values[row, col]:
            self.sigEditRequested.emit(row, col, value)

    def _index_text(self, row: int, col: int) -> str:
        return str(col) if self._vector else f"{row}, {col}"

    def index_text(self, row: int, col: int) -> str:
        """``W1[0, 1]``, ``A1[2]``: a cell as the lab names it."""
        return f"{self.title}[{self._index_text(row, col)}]"

    # ------------------------------------------------------------------ highlighting
    def highlight(self, rows: set[int] = frozenset(), cols: set[int] = frozenset(),  # type: ignore[assignment]
                  cells: set[tuple[int, int]] = frozenset()) -> None:  # type: ignore[assignment]
        self._hl = (set(rows), set(cols), set(cells))
        self._paint()

    def _paint(self) -> None:
        rows, cols, cells = getattr(self, "_hl", (set(), set(), set()))
        for i in range(self.table.rowCount()):
            for j in range(self.table.columnCount()):
                item = self.table.item(i, j)
                if item is None:
                    continue
                if (i, j) in cells:
                    item.setBackground(QBrush(HOT))
                elif i in rows or j in cols:
                    item.setBackground(QBrush(HIGHLIGHT))
                elif not self.editable:
                    item.setBackground(QBrush(RESULT_BASE))
                else:
                    item.setBackground(QBrush())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Leave:
            self.sigHovered.emit(-1, -1)
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """As large as its cells (no scroll bars): the page scrolls instead."""
        table = self.table
        table.resizeColumnsToContents()
        vertical = table.verticalHeader()
        width = vertical.sizeHint().width() if not vertical.isHidden() else 0
        width += sum(table.columnWidth(j) for j in range(table.columnCount())) + 2 * table.frameWidth()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(i) for i in range(table.rowCount()))
        table.setFixedSize(width, height)
