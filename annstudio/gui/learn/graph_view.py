"""Draws a computational graph (``learn.graphs.Walk``) left to right: inputs as boxes on the left,
operations as circles with their symbol, arrows for the edges, the output's box on the right.

Above each edge its forward value (blue), below it the gradient flowing back (red), each shown once the
learner's steps have reached it; the node of the current step is highlighted. ``show(walk)`` builds the
items once per graph; ``refresh()`` only changes texts, visibility and the highlight. Every text item
carries its kind (``"value"``, ``"grad"``, ``"input_grad"``, ``"label"``) in ``data(KIND)`` and its edge or
node in ``data(WHERE)``, so tests read what is drawn.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ...learn.graph_layout import layout
from ...learn.graphs import Edge, Walk, fmt
from ..colors import POSITIVE, PROBLEM
from ..i18n import render

KIND, WHERE = 0, 1
DX, DY, RADIUS = 150.0, 90.0, 24.0
MIN_SCALE = 0.6   # below this the numbers get hard to read: scroll instead (0.7 cut the two-goods graph at 1366x768)
VALUE_COLOR = QColor(POSITIVE)
GRAD_COLOR = QColor(PROBLEM)
LINE = QColor("#555555")
NODE_FILL = QColor("#ffffff")
CURRENT_FILL = QColor("#fff1a8")
CURRENT_LINE = QColor("#d49b00")
BACKGROUND = QColor("#fbfbfb")


class EdgeText(QGraphicsSimpleTextItem):
    """A number on an edge, on a patch of the background so the line under it does not cross it."""

    def paint(self, painter, option, widget=None) -> None:
        painter.fillRect(self.boundingRect(), BACKGROUND)
        super().paint(painter, option, widget)


def edge_key(edge: Edge) -> str:
    return f"{edge.src}->{edge.dst or 'out'}#{edge.slot}"


class GraphView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(BACKGROUND))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.walk: Walk | None = None
        self.shapes: dict[str, QGraphicsItem] = {}
        self.values: dict[Edge, QGraphicsSimpleTextItem] = {}
        self.grads: dict[Edge, QGraphicsSimpleTextItem] = {}
        self.input_grads: dict[str, QGraphicsSimpleTextItem] = {}

    # ------------------------------------------------------------------ building (once per graph)
    def show_walk(self, walk: Walk) -> None:
        self.walk = walk
        scene = self.scene()
        scene.clear()
        self.shapes, self.values, self.grads, self.input_grads = {}, {}, {}, {}
        where = {name: QPointF(col * DX, row * DY) for name, (col, row) in layout(walk).items()}
        right: dict[str, QPointF] = {}
        left: dict[str, QPointF] = {}
        for name, node in walk.graph.nodes.items():
            p = where[name]
            if node.inputs:
                shape: QGraphicsItem = self._circle(p, walk.symbol(name))
                right[name], left[name] = p + QPointF(RADIUS, 0), p - QPointF(RADIUS, 0)
            else:
                shape, half = self._box(p, render(walk.symbol(name)), dashed=node.op == "const")
                right[name] = p + QPointF(half, 0)
                grad = self._text("", GRAD_COLOR, "input_grad", name, small=True)
                grad.setPos(p + QPointF(-grad.boundingRect().width() / 2, 16))
                self.input_grads[name] = grad
            self.shapes[name] = shape
        out_shape, half = self._box(where[""], render(walk.label(walk.output)), bold=True)
        self.shapes[""] = out_shape
        left[""] = where[""] - QPointF(half, 0)
        seen: dict[tuple[str, str], int] = {}
        for edge in walk.edges:
            k = seen.get((edge.src, edge.dst), 0)
            seen[(edge.src, edge.dst)] = k + 1
            self._edge(edge, right[edge.src], left[edge.dst or ""], 10.0 * k)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-16, -20, 16, 20))
        self.refresh()
        self.fit()

    def show_nothing(self) -> None:
        """No graph: an empty drawing."""
        self.walk = None
        self.scene().clear()
        self.shapes, self.values, self.grads, self.input_grads = {}, {}, {}, {}

    def _circle(self, p: QPointF, symbol: str) -> QGraphicsEllipseItem:
        item = QGraphicsEllipseItem(QRectF(p.x() - RADIUS, p.y() - RADIUS, 2 * RADIUS, 2 * RADIUS))
        item.setPen(QPen(LINE, 1.5))
        item.setBrush(NODE_FILL)
        item.setZValue(2)
        self.scene().addItem(item)
        text = self._text(symbol, QColor("#222222"), "symbol", symbol, parent=item)
        font = text.font()
        font.setPointSizeF(font.pointSizeF() * (0.85 if len(symbol) > 2 else 1.3))
        text.setFont(font)
        r = text.boundingRect()
        text.setPos(p.x() - r.width() / 2, p.y() - r.height() / 2)
        return item

    def _box(self, p: QPointF, label: str, dashed: bool = False, bold: bool = False) -> tuple[QGraphicsItem, float]:
        text = self._text(label, QColor("#222222"), "label", label)
        if bold:
            font = text.font()
            font.setBold(True)
            text.setFont(font)
        r = text.boundingRect()
        half = r.width() / 2 + 8
        item = QGraphicsRectItem(QRectF(p.x() - half, p.y() - r.height() / 2 - 4, 2 * half, r.height() + 8))
        pen = QPen(LINE, 1.2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        item.setPen(pen)
        item.setBrush(QColor("#eef4fa"))
        item.setZValue(1)
        self.scene().addItem(item)
        text.setParentItem(item)
        text.setPos(p.x() - r.width() / 2, p.y() - r.height() / 2)
        return item, half

    def _edge(self, edge: Edge, a: QPointF, b: QPointF, offset: float) -> None:
        a, b = a + QPointF(0, offset), b + QPointF(0, offset)
        path = QPainterPath(a)
        bend = max(30.0, (b.x() - a.x()) / 2)
        path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b)
        line = QGraphicsPathItem(path)
        line.setPen(QPen(LINE, 1.3))
        self.scene().addItem(line)
        head = path.pointAtPercent(1.0)
        angle = path.angleAtPercent(0.98)
        arrow = QPainterPath()
        arrow.moveTo(head)
        arrow.lineTo(head + QPointF(-9, -4.5))
        arrow.lineTo(head + QPointF(-9, 4.5))
        arrow.closeSubpath()
        tip = QGraphicsPathItem(arrow)
        tip.setTransformOriginPoint(head)
        tip.setRotation(-angle)
        tip.setBrush(LINE)
        tip.setPen(QPen(Qt.PenStyle.NoPen))
        self.scene().addItem(tip)
        at = path.pointAtPercent(0.5 if edge.dst else 0.45)
        self.values[edge] = self._text("", VALUE_COLOR, "value", edge_key(edge), anchor=at, above=True)
        self.grads[edge] = self._text("", GRAD_COLOR, "grad", edge_key(edge), anchor=at, above=False)

    def _text(self, text: str, color: QColor, kind: str, where: str, parent: QGraphicsItem | None = None,
              small: bool = False, anchor: QPointF | None = None, above: bool = True) -> QGraphicsSimpleTextItem:
        item = EdgeText(text, parent) if kind in ("value", "grad") else QGraphicsSimpleTextItem(text, parent)
        font = QFont(self.font())
        if small:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        if kind in ("value", "grad"):
            font.setBold(True)
        item.setFont(font)
        item.setBrush(color)
        item.setData(KIND, kind)
        item.setData(WHERE, where)
        item.setZValue(3)
        if anchor is not None:
            item.setData(2, (anchor.x(), anchor.y(), above))
        if parent is None:
            self.scene().addItem(item)
        return item

    # ------------------------------------------------------------------ updating (every step)
    def refresh(self) -> None:
        walk = self.walk
        if walk is None:
            return
        for edge, item in self.values.items():
            self._set(item, walk.shown_value(edge))
        for edge, item in self.grads.items():
            self._set(item, walk.shown_grad(edge))
        for name, item in self.input_grads.items():
            value = walk.shown_input_grad(name) if len([e for e in walk.edges if e.src == name]) > 1 else None
            item.setText("" if value is None else f"Σ {fmt(value)}")
            item.setVisible(value is not None)
            item.setX(self.shapes[name].boundingRect().center().x() - item.boundingRect().width() / 2)
        step = walk.current
        current = step.node if step is not None and walk.error is None else None
        for name, shape in self.shapes.items():
            if isinstance(shape, (QGraphicsEllipseItem, QGraphicsRectItem)):
                on = name == current
                shape.setPen(QPen(CURRENT_LINE if on else LINE, 3.0 if on else 1.3))
                if isinstance(shape, QGraphicsEllipseItem):
                    shape.setBrush(CURRENT_FILL if on else NODE_FILL)
                if on:
                    self.ensureVisible(shape, 40, 40)   # a wide graph scrolls to the step's node

    @staticmethod
    def _set(item: QGraphicsSimpleTextItem, value: float | None) -> None:
        item.setVisible(value is not None)
        item.setText("" if value is None else fmt(value))
        x, y, above = item.data(2)
        r = item.boundingRect()
        item.setPos(x - r.width() / 2, y - r.height() - 2 if above else y + 2)

    # ------------------------------------------------------------------ reading and fitting
    def shown(self, kind: str) -> list[str]:
        """The texts of a kind drawn now (visible), in edge order."""
        items = {"value": self.values, "grad": self.grads}[kind]
        return [item.text() for item in items.values() if item.isVisible()]

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        view = self.viewport().rect()
        scale = max(MIN_SCALE, min(view.width() / rect.width(), view.height() / rect.height(), 1.4))
        self.scale(scale, scale)
        self.centerOn(rect.center())
        bar = self.horizontalScrollBar()
        if bar.maximum() > bar.minimum():    # too wide to fit: start where the graph starts, at its inputs
            bar.setValue(bar.minimum())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
