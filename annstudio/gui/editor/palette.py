"""The layer palette: the layer kinds a learner can add to the stack.

Drag a kind onto the stack (MIME type ``application/x-annstudio-layer-kind``, the UTF-8 kind name), or
double-click it / press Enter on it to append it (``sigActivated(kind)``), so the stack can be built
from the keyboard alone. The Input layer is not offered: every stack starts with one.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ..layer_kinds import GUI_KINDS, PALETTE_KINDS, gui_kind

MIME_LAYER_KIND = "application/x-annstudio-layer-kind"

__all__ = ["KIND_COLORS", "MIME_LAYER_KIND", "PALETTE_KINDS", "LayerPalette", "PaletteDelegate", "PaletteModel",
           "kind_color", "kind_from_mime", "kind_mime", "kind_subtitle", "kind_tooltip"]

# One colour per layer kind, shared by the palette and the stack cards (gui/layer_kinds.py). Blue and
# orange are kept for positive/negative weights and red for problems (UI.md: a colour means one thing everywhere).
KIND_COLORS = {name: kind.color for name, kind in GUI_KINDS.items()}

KindRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2


def kind_color(kind: str) -> QColor:
    return QColor(gui_kind(kind).color)


def kind_subtitle(kind: str) -> str:
    """A short learner-friendly name for a layer kind (the kind itself is Keras' class name)."""
    return gui_kind(kind).subtitle()


def kind_tooltip(kind: str) -> str:
    """What the layer does, in a learner's terms."""
    return gui_kind(kind).tooltip() or kind


def kind_mime(kind: str) -> QMimeData:
    """The drag payload for one layer kind (what a palette drag carries)."""
    mime = QMimeData()
    mime.setData(MIME_LAYER_KIND, kind.encode("utf-8"))
    mime.setText(kind)
    return mime


def kind_from_mime(mime: QMimeData | None) -> str | None:
    if mime is None or not mime.hasFormat(MIME_LAYER_KIND):
        return None
    try:
        kind = bytes(mime.data(MIME_LAYER_KIND)).decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    return kind if kind in PALETTE_KINDS else None


class PaletteModel(QAbstractListModel):
    """The layer kinds, one per row; drags carry the kind name."""

    def __init__(self, kinds: tuple[str, ...] = PALETTE_KINDS, parent=None) -> None:
        super().__init__(parent)
        self._kinds = tuple(kinds)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._kinds)

    def kind(self, row: int) -> str:
        return self._kinds[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._kinds):
            return None
        kind = self._kinds[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, KindRole):
            return kind
        if role == SubtitleRole:
            return kind_subtitle(kind)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return kind_tooltip(kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind}: {kind_subtitle(kind)}"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_LAYER_KIND]

    def mimeData(self, indexes) -> QMimeData | None:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if not rows:
            return None
        return kind_mime(self._kinds[rows[0]])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.IgnoreAction


class PaletteDelegate(QStyledItemDelegate):
    """Two lines per kind: the Keras kind name (bold) and a short plain-language subtitle, with the kind's stripe."""

    STRIPE = 4
    PAD = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        bold, small = self._fonts(option)
        fb, fs = QFontMetrics(bold), QFontMetrics(small)
        text_w = max(fb.horizontalAdvance(str(index.data(Qt.ItemDataRole.DisplayRole) or "")),
                     fs.horizontalAdvance(str(index.data(SubtitleRole) or "")))
        return QSize(self.STRIPE + 3 * self.PAD + text_w, fb.height() + fs.height() + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        rect = option.rect
        painter.fillRect(QRect(rect.left() + 2, rect.top() + 3, self.STRIPE, rect.height() - 6),
                         kind_color(str(index.data(KindRole))))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if option.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        fg = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        sub = QColor(fg)
        if not selected:
            sub.setAlphaF(0.7)
        bold, small = self._fonts(option)
        fb = QFontMetrics(bold)
        x = rect.left() + 2 + self.STRIPE + self.PAD
        width = rect.right() - x - self.PAD
        top = rect.top() + self.PAD
        painter.setFont(bold)
        painter.setPen(fg)
        painter.drawText(QRect(x, top, width, fb.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fb.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, width))
        fs = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(sub)
        painter.drawText(QRect(x, top + fb.height(), width, fs.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fs.elidedText(str(index.data(SubtitleRole) or ""), Qt.TextElideMode.ElideRight, width))
        painter.restore()


class LayerPalette(QListView):
    """The list of layer kinds (objectName ``layerPalette``). Emits ``sigActivated(kind)`` on double-click or Enter."""

    sigActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.setAccessibleName(self.tr("Layer palette"))
        self.setAccessibleDescription(self.tr("Drag a layer onto the stack, or press Enter to append it."))
        self.setToolTip(self.tr("Drag a layer onto the stack, or double-click it (Enter) to append it."))
        self._model = PaletteModel(parent=self)
        self.setModel(self._model)
        self.setItemDelegate(PaletteDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setUniformItemSizes(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.doubleClicked.connect(self._activate)
        if self._model.rowCount():  # keyboard focus lands on the first kind, without selecting it
            self.selectionModel().setCurrentIndex(self._model.index(0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def kinds(self) -> tuple[str, ...]:
        return tuple(self._model.kind(row) for row in range(self._model.rowCount()))

    def set_locked(self, reason: str | None) -> None:
        """While training runs: greyed out, with ``reason`` as the tooltip over every kind (``None``: usable again)."""
        if not hasattr(self, "_own_tip"):
            self._own_tip = self.toolTip()
        self._lock_reason = reason or None
        self.setEnabled(self._lock_reason is None)
        self.setToolTip(self._lock_reason or self._own_tip)

    def viewportEvent(self, event: QEvent) -> bool:
        reason = getattr(self, "_lock_reason", None)
        if reason and event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(event.globalPos(), reason, self)  # not the kinds' own tips
            return True
        return super().viewportEvent(event)

    def index_of(self, kind: str) -> QModelIndex:
        return self._model.index(self.kinds().index(kind))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sigActivated.emit(str(index.data(KindRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        # Wide enough for the longest label, tall enough for every kind: the palette never scrolls.
        width = max((self.sizeHintForColumn(0), 0)) + 2 * self.frameWidth() + 4
        height = sum(self.sizeHintForRow(row) for row in range(self._model.rowCount())) + 2 * self.frameWidth() + 4
        return QSize(max(width, 120), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 120), 80)
