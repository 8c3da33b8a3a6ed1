"""A tool button that opens a menu, sized so the menu arrow never covers its text."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMenu, QStyle, QToolButton, QWidget


class MenuToolButton(QToolButton):
    """``QToolButton`` with ``InstantPopup``: a click opens :meth:`menu`.

    Qt's styles (Fusion among them) draw the small menu arrow of an instant-popup button in its bottom-right
    corner, over the centred text, without widening the size hint for it. This button reserves the arrow's
    width on both sides of the text, so the text stays centred and clear of the arrow.
    """

    def __init__(self, text: str, menu: QMenu | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        if menu is not None:
            self.setMenu(menu)

    def arrow_width(self) -> int:
        """The room the menu arrow takes (the indicator and its gap)."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self) + 4

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        needed = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.arrow_width() + 8
        return QSize(max(hint.width(), needed), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
