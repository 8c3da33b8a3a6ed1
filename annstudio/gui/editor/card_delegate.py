"""``LayerCardDelegate``: draws each row of the layer stack as a card.

::

    ┃ Dense  dense_1                (·, 8)
    ┃ 8 units · tanh                  24 p
    ┃ ⚠ units must be a positive integer, got 0      <- only when the layer has a problem
    ┃ ⚠ step has derivative 0: gradient descent …     <- else, in amber, when it cannot learn by gradient

A stripe on the left has the kind's colour (the same as in the palette); numbers use the fixed-width
font so they line up from card to card; an invalid layer gets a red border, a reddish background and
its reason on a third line (the full text is in the tooltip).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...spec import LayerSpec
from ...spec.layer_kinds import KINDS, layer_kind
from ..colors import PROBLEM, WARNING
from ..layer_kinds import gui_kind
from .palette import kind_color
from .stack_model import (
    InputsRole,
    IsInputRole,
    KindRole,
    LayerRole,
    OutputShapeRole,
    ParamsRole,
    ProblemRole,
    WarningRole,
    format_count,
    format_shape,
)

PROBLEM_COLOR = QColor(PROBLEM)
WARNING_COLOR = QColor(WARNING)


def settings_text(layer: LayerSpec, inputs: tuple[str, ...] = ()) -> str:
    """The card's key settings, e.g. ``"8 units · tanh"``, ``"rate 0.5"``, ``"⟵ input + dense_1"``."""
    text = " · ".join(gui_kind(layer.kind).card(layer.config))
    if layer.inputs or (layer.kind in KINDS and layer_kind(layer.kind).multi_input):
        link = "⟵ " + " + ".join(inputs or layer.inputs)
        text = f"{text}  {link}" if text else link
    return text


@dataclass(frozen=True)
class CardText:
    """Everything a card shows, as text (tests read this instead of pixels)."""

    kind: str
    name: str
    settings: str
    shape: str
    params: str
    problem: str
    is_input: bool
    warning: str = ""  # shown (amber) when there is no problem: gradient descent cannot train the layer

    @property
    def lines(self) -> int:
        return 3 if self.problem or self.warning else 2


def card_text(index: QModelIndex | QPersistentModelIndex) -> CardText:
    layer: LayerSpec = index.data(LayerRole)
    is_input = bool(index.data(IsInputRole))
    params = index.data(ParamsRole)
    return CardText(
        kind=str(index.data(KindRole)),
        name=str(index.data(Qt.ItemDataRole.DisplayRole)),
        settings=settings_text(layer, tuple(index.data(InputsRole) or ())) if layer is not None else "",
        shape=format_shape(index.data(OutputShapeRole)),
        params="" if is_input else QCoreApplication.translate("LayerCardDelegate", "{0} p").format(format_count(params)),
        problem=str(index.data(ProblemRole) or ""),
        is_input=is_input,
        warning=str(index.data(WarningRole) or ""),
    )


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


class LayerCardDelegate(QStyledItemDelegate):
    """Paints a layer card; see the module docstring for the layout."""

    MARGIN_X = 6   # around the card, inside the row
    MARGIN_Y = 3
    STRIPE = 5
    PAD_X = 8      # inside the card
    PAD_Y = 5
    GAP = 2        # between text lines
    RADIUS = 5.0

    # ------------------------------------------------------------------ fonts & metrics
    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if base.pointSizeF() > 0:
            fixed.setPointSizeF(base.pointSizeF())
        return base, bold, fixed

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        base, bold, fixed = self._fonts(option)
        return max(QFontMetrics(base).height(), QFontMetrics(bold).height(), QFontMetrics(fixed).height())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        text = card_text(index)
        base, bold, fixed = self._fonts(option)
        fb, fn, ff = QFontMetrics(bold), QFontMetrics(base), QFontMetrics(fixed)
        line = self._line_height(option)
        n = text.lines
        height = 2 * self.MARGIN_Y + 2 * self.PAD_Y + n * line + (n - 1) * self.GAP
        left = max(fb.horizontalAdvance(text.kind + "  ") + fn.horizontalAdvance(text.name),
                   fn.horizontalAdvance(text.settings))
        right = max(ff.horizontalAdvance(text.shape), ff.horizontalAdvance(text.params))
        # Cards stretch to the view's width; the hint only asks for what fits comfortably without eliding
        # (capped, so a long problem text elides instead of adding a horizontal scroll bar).
        width = 2 * self.MARGIN_X + self.STRIPE + 2 * self.PAD_X + min(left, 260) + 16 + right
        return QSize(width, height)

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        text = card_text(index)
        pal: QPalette = option.palette
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        base_bg = pal.color(group, QPalette.ColorRole.Base)
        highlight = pal.color(group, QPalette.ColorRole.Highlight)
        fg = pal.color(group, QPalette.ColorRole.Text)
        secondary = _blend(fg, base_bg, 0.4)

        bg = _blend(base_bg, pal.color(group, QPalette.ColorRole.AlternateBase), 0.6)
        border = _blend(fg, base_bg, 0.72 if not hover else 0.5)
        border_w = 1.0
        if text.problem:
            bg = _blend(base_bg, PROBLEM_COLOR, 0.10)
            border, border_w = PROBLEM_COLOR, 1.5
        if selected:
            bg = _blend(bg, highlight, 0.22)
            if not text.problem:
                border = highlight
            border_w = 2.0

        card = QRectF(option.rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y))
        card.adjust(border_w / 2, border_w / 2, -border_w / 2, -border_w / 2)
        path = QPainterPath()
        path.addRoundedRect(card, self.RADIUS, self.RADIUS)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(path, bg)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(card.left(), card.top(), self.STRIPE, card.height()), kind_color(text.kind))
        painter.restore()
        painter.setPen(QPen(border, border_w))
        painter.drawPath(path)
        if option.state & QStyle.StateFlag.State_HasFocus and selected:
            focus = QPen(_blend(highlight, fg, 0.3), 1.0, Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.drawRoundedRect(card.adjusted(self.STRIPE + 2, 2, -2, -2), self.RADIUS - 2, self.RADIUS - 2)

        base, bold, fixed = self._fonts(option)
        fb, fn, ff = QFontMetrics(bold), QFontMetrics(base), QFontMetrics(fixed)
        line = self._line_height(option)
        inner = card.toRect().adjusted(self.STRIPE + self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        right_w = max(ff.horizontalAdvance(text.shape), ff.horizontalAdvance(text.params))
        left_w = max(10, inner.width() - right_w - 12)
        v_center = Qt.AlignmentFlag.AlignVCenter

        # line 1: kind (bold) + name (secondary) ... output shape
        y = inner.top()
        painter.setFont(bold)
        painter.setPen(fg)
        gap = fn.horizontalAdvance("  ")
        kind_text = text.kind
        if fb.horizontalAdvance(text.kind) + gap + fn.horizontalAdvance(text.name) > left_w:
            # Too narrow for both: the name matters more (Concatenate links name layers); the stripe tells the kind.
            kind_w = max(int(left_w * 0.45), left_w - gap - fn.horizontalAdvance(text.name))
            kind_text = fb.elidedText(text.kind, Qt.TextElideMode.ElideRight, kind_w)
        painter.drawText(QRect(inner.left(), y, fb.horizontalAdvance(kind_text) + 2, line),
                         Qt.AlignmentFlag.AlignLeft | v_center, kind_text)
        name_x = inner.left() + fb.horizontalAdvance(kind_text) + gap
        name_w = inner.left() + left_w - name_x
        if name_w > 12:
            painter.setFont(base)
            painter.setPen(secondary)
            painter.drawText(QRect(name_x, y, name_w, line), Qt.AlignmentFlag.AlignLeft | v_center,
                             fn.elidedText(text.name, Qt.TextElideMode.ElideMiddle, name_w))
        painter.setFont(fixed)
        painter.setPen(fg)
        painter.drawText(QRect(inner.right() - right_w, y, right_w + 1, line), Qt.AlignmentFlag.AlignRight | v_center,
                         text.shape)

        # line 2: key settings ... parameter count
        y += line + self.GAP
        painter.setFont(base)
        painter.setPen(fg)
        painter.drawText(QRect(inner.left(), y, left_w, line), Qt.AlignmentFlag.AlignLeft | v_center,
                         fn.elidedText(text.settings, Qt.TextElideMode.ElideRight, left_w))
        if text.params:
            painter.setFont(fixed)
            painter.setPen(secondary)
            painter.drawText(QRect(inner.right() - right_w, y, right_w + 1, line), Qt.AlignmentFlag.AlignRight | v_center,
                             text.params)

        # line 3: the problem, in red
        if text.problem:
            y += line + self.GAP
            painter.setFont(base)
            painter.setPen(PROBLEM_COLOR if base_bg.lightness() > 128 else _blend(PROBLEM_COLOR, fg, 0.5))
            painter.drawText(QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft | v_center,
                             fn.elidedText("⚠ " + text.problem, Qt.TextElideMode.ElideRight, inner.width()))
        elif text.warning:
            y += line + self.GAP
            painter.setFont(base)
            painter.setPen(WARNING_COLOR if base_bg.lightness() > 128 else _blend(WARNING_COLOR, fg, 0.5))
            painter.drawText(QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignLeft | v_center,
                             fn.elidedText("⚠ " + text.warning, Qt.TextElideMode.ElideRight, inner.width()))
        painter.restore()
