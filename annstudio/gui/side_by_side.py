"""Parts side by side while the row has room for all of them, one above the other when it has not: a lab page
that fits a narrow dock (a 1024-pixel screen) without a sideways scroll bar and uses a wide one."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QLayout, QVBoxLayout, QWidget

ACROSS = QBoxLayout.Direction.LeftToRight
DOWN = QBoxLayout.Direction.TopToBottom


class SideBySide(QWidget):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self.box = QBoxLayout(ACROSS, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._needs: list[Callable[[], int] | None] = []

    def add(self, part: QWidget | QLayout, stretch: int = 1, needs: Callable[[], int] | None = None) -> None:
        """``needs``: the width the part must have to sit beside the others (a table that should show every
        column whole), when that is more than its minimum width."""
        self._needs.append(needs)
        if isinstance(part, QLayout):
            self.box.addLayout(part, stretch)
        else:
            self.box.addWidget(part, stretch)

    def is_across(self) -> bool:
        return self.box.direction() == ACROSS

    def across_width(self) -> int:
        """The narrowest width at which every part keeps its minimum width side by side."""
        widths = [max(self.box.itemAt(i).minimumSize().width(), needs() if needs else 0)
                  for i, needs in enumerate(self._needs)]
        return sum(widths) + self.box.spacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        # as narrow as the widest part (stacked); as tall as the current arrangement needs
        hint = super().minimumSizeHint()
        widest = max((self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())), default=0)
        return QSize(widest, hint.height())

    def resizeEvent(self, event) -> None:
        wanted = ACROSS if event.size().width() >= self.across_width() else DOWN
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()   # stacked parts need more height: the page grows, its scroll bar appears
        super().resizeEvent(event)


def controls_beside_plots(page: QWidget, controls: QWidget, plots: QWidget) -> SideBySide:
    """``page``'s layout: ``controls`` (at their width) beside ``plots`` (the rest), or above them in a narrow
    dock (the gradient-descent lab's pages)."""
    parts = SideBySide()
    parts.add(controls, 0)
    parts.add(plots, 1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(parts)
    return parts
