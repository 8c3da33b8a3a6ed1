"""Small widgets the perceptron lab's pages share: a scrolled page, a wrapped explanation, a read-only table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def scrolled(page: QWidget) -> QScrollArea:
    """A page inside a scroll area, so the lab fits a small dock."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


def explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_table(name: str, headers: list[str], rows: int) -> QTableWidget:
    table = QTableWidget(rows, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)   # no empty rows below
    for r in range(rows):
        for c in range(len(headers)):
            item = QTableWidgetItem("")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)
    return table


def whole_width(table: QTableWidget) -> int:
    """The width at which every column shows its header and its values whole."""
    header = table.horizontalHeader()
    columns = sum(max(header.sectionSizeHint(c), table.sizeHintForColumn(c)) for c in range(table.columnCount()))
    return columns + 2 * table.frameWidth()


def set_mark(item: QTableWidgetItem, ok: bool) -> None:
    item.setText("✓" if ok else "✗")
    item.setForeground(Qt.GlobalColor.darkGreen if ok else Qt.GlobalColor.red)
