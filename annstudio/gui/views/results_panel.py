"""``ResultsPanel``: how the model does on the test set — confusion matrix, per-class scores, a gallery of
test images with their predictions, and the first layer's weights drawn as images.

- *Confusion matrix*: rows are the true classes, columns the predicted ones (as scikit-learn and the
  Keras tutorials print it); a cell is tinted with its predicted class's colour (one colour per class,
  as in the decision regions), stronger for a larger share of its row. Counts, or each row as
  percentages (which makes the diagonal the recall). Below it precision, recall, F1 and support per
  class, and their averages.
- For regression a confusion matrix does not apply; the page says so and plots predicted against true
  values instead.
- *Test images* (image data: digits 8x8, MNIST, Fashion-MNIST): grey thumbnails, dark ink on white as
  the notes plot them (matplotlib's ``cmap="binary"``), with the true and
  the predicted class and the predicted class's probability; a filter shows only the misclassified ones
  and/or one true class.
- *First-layer weights* (image data): each unit's kernel column, reshaped to the image (28x28 for
  Fashion-MNIST, 8x8 for digits), on the diverging blue (positive) / orange (negative) map.

The numbers come from ``annstudio.engine.probes.ResultsProbe`` (predictions on the test set, once a
second while training, exactly when a run pauses or ends) and a ``WeightsProbe`` (kernels).
"""
from __future__ import annotations

import math
import time
from collections.abc import Iterable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...engine.probes import ResultsProbe, WeightsProbe, class_scores
from ...particles import with_particles
from ..class_names import display_class_names
from ..colors import CLASS_COLORS, NEUTRAL
from ..flow_layout import FlowLayout, labelled
from ..run.state import RunState
from .live import LiveView

POSITIVE = CLASS_COLORS[1]
NEGATIVE = CLASS_COLORS[0]
#: at most this many first-layer units are drawn
MAX_WEIGHT_IMAGES = 64
_Role = Qt.ItemDataRole


def class_colour(k: int) -> QColor:
    return QColor(CLASS_COLORS[int(k) % len(CLASS_COLORS)])


def _swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black .. 1 white)."""
    def linear(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue())


def readable_text_colour(background: QColor) -> QColor:
    """White or black text, whichever has the higher WCAG contrast ratio on ``background``: at least 4.58
    on any colour (white text on the olive and cyan class colours was about 2:1; near-black #222 would
    leave mid-tones at 4:1)."""
    lb = _luminance(background)
    on_white, on_black = 1.05 / (lb + 0.05), (lb + 0.05) / 0.05  # white's luminance is 1, black's 0
    return QColor("white") if on_white > on_black else QColor("black")


_FONTS: dict[tuple[bool, bool], QFont] = {}


def _fixed_font(bold: bool = False, italic: bool = False) -> QFont:
    """The fixed-width font numbers use (UI.md: numbers a learner compares have fixed widths)."""
    font = _FONTS.get((bold, italic))
    if font is None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setBold(bold)
        font.setItalic(italic)
        _FONTS[(bold, italic)] = font
    return font


def weight_rgba(images: np.ndarray) -> np.ndarray:
    """Weight images ``(m, h, w)`` as RGBA uint8 on the diverging map, each scaled to its own largest |w|:
    white for 0, blue for positive, orange for negative."""
    images = np.asarray(images, dtype=np.float64)
    top = np.max(np.abs(images), axis=(1, 2), keepdims=True) if images.size else np.ones((0, 1, 1))
    t = np.divide(images, top, out=np.zeros_like(images), where=top > 0)[..., None]
    white = np.array([255.0, 255.0, 255.0])
    pos, neg = (np.array(QColor(c).getRgb()[:3], dtype=np.float64) for c in (POSITIVE, NEGATIVE))
    rgb = np.where(t >= 0, white + (pos - white) * t, white + (neg - white) * (-t))
    rgba = np.full(images.shape + (4,), 255, dtype=np.uint8)
    rgba[..., :3] = np.rint(rgb).astype(np.uint8)
    return rgba


# ============================================================================== confusion matrix
class ConfusionModel(QAbstractTableModel):
    """Rows: true class; columns: predicted class. ``normalized``: each row in percent of its true class."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.counts = np.zeros((0, 0), dtype=np.int64)
        self.names: list[str] = []
        self.normalized = False
        self.has_images = False   # the test samples are images: a double-click shows a cell's ones
        self._shares = np.zeros((0, 0))
        self._colours: list[list[tuple[QColor, QColor]]] = []  # (background, text) of each cell

    def set_data(self, counts: np.ndarray, names: list[str]) -> None:
        counts = np.asarray(counts, dtype=np.int64)
        rows = counts.sum(axis=1, keepdims=True)
        self._shares = np.divide(counts, rows, out=np.zeros(counts.shape), where=rows > 0)
        tint = np.where(self._shares > 0, self._shares ** 0.7, 0.0)
        backgrounds = [[_blend(QColor("white"), class_colour(j), float(t)) for j, t in enumerate(row)] for row in tint]
        self._colours = [[(bg, readable_text_colour(bg)) for bg in row] for row in backgrounds]
        if counts.shape == self.counts.shape and list(names) == self.names:
            self.counts = counts  # same table, new numbers: no reset (keeps the view's sizes and scroll)
            if counts.size:
                self.dataChanged.emit(self.index(0, 0), self.index(len(counts) - 1, len(counts) - 1))
            return
        self.beginResetModel()
        self.counts = counts
        self.names = list(names)
        self.endResetModel()

    def set_normalized(self, on: bool) -> None:
        self.normalized = bool(on)
        if self.counts.size:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.counts) - 1, len(self.counts) - 1))

    def shares(self) -> np.ndarray:
        """Each row as fractions of its true class (0 for a class without samples)."""
        return self._shares.copy()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.counts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.counts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i, j = index.row(), index.column()
        count = int(self.counts[i, j])
        share = float(self._shares[i, j])
        if role == _Role.DisplayRole:
            return f"{100 * share:.1f}%" if self.normalized else f"{count:,}"
        if role == _Role.BackgroundRole:
            return self._colours[i][j][0]
        if role == _Role.ForegroundRole:
            return self._colours[i][j][1]
        if role == _Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _Role.FontRole:
            return _fixed_font(bold=i == j)
        if role == _Role.ToolTipRole:
            text = self.tr("True {0}, predicted {1}: {2} ({3:.1f}% of {0})").format(
                self.names[i], self.names[j], f"{count:,}", 100 * share)
            return text + "\n" + self.tr("Double-click: these test images") if self.has_images and count else text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole) -> Any:
        if section >= len(self.names):
            return None
        if role == _Role.DisplayRole:
            return self.names[section]
        if role == _Role.DecorationRole:
            return _swatch(class_colour(section))
        if role == _Role.ToolTipRole:
            if orientation == Qt.Orientation.Vertical:
                return self.tr("True class: {0}").format(self.names[section])
            return self.tr("Predicted class: {0}").format(self.names[section])
        return None


class ScoresModel(QAbstractTableModel):
    """Precision, recall, F1 and support per class, then the macro and weighted averages."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.scores: dict[str, np.ndarray] = {}
        self.rows: list[tuple[str, float, float, float, int, int | None]] = []

    def headers(self) -> list[str]:
        return [self.tr("Precision"), self.tr("Recall"), self.tr("F1"), self.tr("Support")]

    def set_confusion(self, counts: np.ndarray, names: list[str]) -> None:
        self.beginResetModel()
        self.names = list(names)
        self.scores = class_scores(counts) if np.size(counts) else {}
        self.rows = []
        if self.scores:
            s = self.scores
            for k, name in enumerate(self.names):
                self.rows.append((name, s["precision"][k], s["recall"][k], s["f1"][k], int(s["support"][k]), k))
            total = max(int(s["support"].sum()), 1)
            w = s["support"] / total
            self.rows.append((self.tr("macro average"), s["precision"].mean(), s["recall"].mean(), s["f1"].mean(),
                              int(s["support"].sum()), None))
            self.rows.append((self.tr("weighted average"), float(w @ s["precision"]), float(w @ s["recall"]),
                              float(w @ s["f1"]), int(s["support"].sum()), None))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        c = index.column()
        if role == _Role.DisplayRole:
            return f"{row[4]:,}" if c == 3 else f"{row[c + 1]:.3f}"
        if role == _Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _Role.FontRole:
            return _fixed_font(italic=row[5] is None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == _Role.DisplayRole:
                return self.headers()[section]
            if role == _Role.ToolTipRole:
                return [self.tr("Of the samples predicted as this class, the share that really is it"),
                        self.tr("Of the samples of this class, the share predicted as it"),
                        self.tr("Harmonic mean of precision and recall"),
                        self.tr("Test samples of this class")][section]
            return None
        if section >= len(self.rows):
            return None
        row = self.rows[section]
        if role == _Role.DisplayRole:
            return row[0]
        if role == _Role.DecorationRole and row[5] is not None:
            return _swatch(class_colour(row[5]))
        return None


# ===================================================================================== gallery
class GalleryModel(QAbstractListModel):
    """Test images with true / predicted class and probability; :meth:`set_filter` chooses which."""

    IndexRole = _Role.UserRole + 1
    #: the shown samples' predictions changed (the samples and their order did not): repaint the view
    sigRefreshed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.images: np.ndarray | None = None   # uint8 (n, h, w)
        self.y_true = np.zeros(0, dtype=np.int64)
        self.y_pred = np.zeros(0, dtype=np.int64)
        self.proba = np.zeros(0, dtype=np.float32)
        self.names: list[str] = []
        self.indices = np.zeros(0, dtype=np.int64)
        self.misclassified_only = False
        self.true_class: int | None = None
        self.predicted_class: int | None = None
        self.scale = 1
        self._pixmaps: dict[int, QPixmap] = {}

    def set_images(self, images: np.ndarray | None) -> None:
        self.images = images
        self._pixmaps.clear()
        h = images.shape[1] if images is not None and images.ndim == 3 else 28
        self.scale = max(1, round(56 / h))
        self._refilter()

    def set_predictions(self, y_true: np.ndarray, y_pred: np.ndarray, proba: np.ndarray, names: list[str]) -> None:
        self.y_true, self.y_pred = np.asarray(y_true), np.asarray(y_pred)
        self.proba = np.asarray(proba)
        self.names = list(names)
        self._refilter()

    def set_filter(self, misclassified_only: bool | None = None, true_class: Any = ...,
                   predicted_class: Any = ...) -> None:
        if misclassified_only is not None:
            self.misclassified_only = bool(misclassified_only)
        if true_class is not ...:
            self.true_class = true_class
        if predicted_class is not ...:
            self.predicted_class = predicted_class
        self._refilter()

    def _refilter(self) -> None:
        n = len(self.y_true)
        if self.images is not None:
            n = min(n, len(self.images))
        keep = np.ones(n, dtype=bool)
        if self.misclassified_only:
            keep &= self.y_true[:n] != self.y_pred[:n]
        if self.true_class is not None:
            keep &= self.y_true[:n] == self.true_class
        if self.predicted_class is not None:
            keep &= self.y_pred[:n] == self.predicted_class
        indices = np.flatnonzero(keep)
        if self.images is None:
            indices = indices[:0]
        if np.array_equal(indices, self.indices):
            # Same samples, new predictions. dataChanged over 10,000 rows makes QListView visit every row
            # (10 ms); the items keep their size, so repainting the visible ones is all that is needed.
            self.sigRefreshed.emit()
            return
        self.beginResetModel()
        self.indices = indices
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.indices)

    def pixmap(self, sample: int) -> QPixmap:
        pix = self._pixmaps.get(sample)
        if pix is None:
            if len(self._pixmaps) > 4000:
                self._pixmaps.clear()
            img = np.ascontiguousarray(255 - self.images[sample])  # dark ink on white (cmap="binary")
            h, w = img.shape
            qimage = QImage(img.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
            pix = QPixmap.fromImage(qimage.scaled(w * self.scale, h * self.scale))
            self._pixmaps[sample] = pix
        return pix

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.indices):
            return None
        sample = int(self.indices[index.row()])
        if role == self.IndexRole:
            return sample
        if role == _Role.DecorationRole:
            return self.pixmap(sample)
        t, p = int(self.y_true[sample]), int(self.y_pred[sample])
        if role == _Role.DisplayRole:
            return f"{self.names[t]}\n{self.names[p]} {100 * float(self.proba[sample]):.0f}%"
        if role == _Role.ToolTipRole:
            return self.tr("Test sample {0}: true {1}, predicted {2} with probability {3:.1%}").format(
                sample, self.names[t], self.names[p], float(self.proba[sample]))
        return None


class GalleryDelegate(QStyledItemDelegate):
    """A thumbnail, then the true class and the prediction, each after its class's colour; a wrong
    prediction gets a dark frame and a cross."""

    WIDTH = 132
    MAX_WIDTH = 220  # longer class names than this allows are elided

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._widths: dict[tuple, int] = {}

    def cell_width(self, names: Iterable[str], font: QFont) -> int:
        """Wide enough for "✗ <longest class name> 100%" in bold (within ``WIDTH``..``MAX_WIDTH``)."""
        key = (tuple(names), font.key())
        if key not in self._widths:
            bold = QFont(font)
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            text = max((metrics.horizontalAdvance(f"✗ {n}") for n in names), default=0)
            need = text + metrics.horizontalAdvance(" 100%") + 22  # swatch and margins, as paint() lays out
            self._widths[key] = min(max(self.WIDTH, need), self.MAX_WIDTH)
        return self._widths[key]

    @staticmethod
    def cell_height(model: Any, metrics: QFontMetrics) -> int:
        """The image, then two lines of text (as paint() lays them out, with a little room to spare)."""
        side = 56
        if isinstance(model, GalleryModel) and model.images is not None:
            side = model.images.shape[1] * model.scale
        return side + 2 * metrics.height() + 12

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        model = index.model()
        width = self.cell_width(model.names, option.font) if isinstance(model, GalleryModel) else self.WIDTH
        return QSize(width, self.cell_height(model, option.fontMetrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        if not isinstance(model, GalleryModel):
            return super().paint(painter, option, index)
        sample = index.data(GalleryModel.IndexRole)
        pixmap: QPixmap = index.data(_Role.DecorationRole)
        t, p = int(model.y_true[sample]), int(model.y_pred[sample])
        wrong = t != p
        r = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(r, option.palette.highlight().color().lighter(170))
        x = r.x() + (r.width() - pixmap.width()) // 2
        y = r.y() + 4
        painter.drawPixmap(x, y, pixmap)
        painter.setPen(QPen(QColor("#222222"), 2) if wrong else QPen(QColor("#c8c8c8"), 1))
        painter.drawRect(QRect(x - 1, y - 1, pixmap.width() + 1, pixmap.height() + 1))
        fm = option.fontMetrics
        line_h = fm.height()
        ty = y + pixmap.height() + 4
        left, width = r.x() + 15, r.width() - 18
        lines = ((t, model.names[t], ""),
                 (p, f"{'✗ ' if wrong else ''}{model.names[p]}", f" {100 * float(model.proba[sample]):.0f}%"))
        for k, (cls, name, percent) in enumerate(lines):
            top = ty + k * line_h
            painter.fillRect(QRect(r.x() + 4, top + (line_h - 8) // 2, 8, 8), class_colour(cls))
            font = QFont(option.font)
            font.setBold(k == 1 and wrong)
            painter.setFont(font)
            metrics = painter.fontMetrics()
            painter.setPen(QColor("#222222") if k == 1 else QColor("#555555"))
            room = width - metrics.horizontalAdvance(percent)  # the probability always shows; the name elides
            painter.drawText(QRect(left, top, room, line_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))
            if percent:
                painter.drawText(QRect(left, top, width, line_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 percent)
        painter.restore()


#: seconds between redraws of the first-layer weight images while a run trains
WEIGHT_IMAGES_INTERVAL = 1.0


class _Page(QWidget):
    """A tab page that asks, at a given width, for the least height it needs: its wrapped text whole, and
    its table, gallery or plot at their minimum (they scroll or shrink themselves).

    A tab widget is as tall as its pages' ``heightForWidth``, by default their preferred height (about 550
    pixels here); the dock's scroll area then made the panel that tall, and in a 200-pixel dock the
    gallery's labels and the text under the tabs lay below the visible part."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


# ====================================================================================== panel
class ResultsPanel(LiveView, QWidget):
    """Test-set results; objectName ``resultsPanel``.

    ``ResultsPanel(runner=None, *, weights_probe=None)``: pass the network diagram's ``WeightsProbe`` to
    share it (then :attr:`probes` holds only the results probe), else the panel makes its own (1 a
    second). :meth:`follow` registers :attr:`probes` with a ``TrainingRunner`` and follows it.
    :meth:`update_from_result` draws one probe result. For tests: :meth:`confusion`,
    :meth:`class_scores`, :meth:`gallery_indices`, :meth:`weight_images`.
    """

    live_keys = (ResultsProbe.key, WeightsProbe.key)

    def __init__(self, runner: Any = None, parent: QWidget | None = None, *,
                 weights_probe: WeightsProbe | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self.results_probe = ResultsProbe(max_rate=1.0)
        self._own_weights_probe = weights_probe is None
        self.weights_probe = weights_probe if weights_probe is not None else WeightsProbe(max_rate=1.0)
        self.result: dict | None = None
        self._images_key: int | None = None
        self._images_missing = False   # the gallery waits for test images a refresh could not ask for yet
        self._weights: dict | None = None
        self._weights_drawn_at = -1e9
        self._weight_images = np.zeros((0, 0, 0))
        self._weight_units = np.zeros(0, dtype=int)
        self._weight_key: str | None = None
        self._image_shape: tuple[int, int] | None = None
        self._sized_for: list[str] | None = None
        self.updates = 0
        self._build()
        self.clear()
        if runner is not None:
            self.attach(runner)

    # ------------------------------------------------------------------ widgets
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(objectName="resultsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(objectName="resultsTabs")
        layout.addWidget(self.tabs, 1)

        # confusion matrix (classification) or predicted-vs-true (regression)
        self.matrix_stack = QStackedWidget()
        classification = _Page()
        col = QVBoxLayout(classification)
        col.setContentsMargins(0, 4, 0, 0)
        row = FlowLayout(spacing=12)   # wraps in a narrow dock (the right-hand label was cut off)
        self.normalize_box = QCheckBox(self.tr("Show rows as percentages (the diagonal is the recall)"),
                                       objectName="confusionNormalize")
        self.normalize_box.toggled.connect(self.set_normalized)
        row.addWidget(self.normalize_box)
        row.addWidget(QLabel(self.tr("rows: true class · columns: predicted class"), objectName="confusionAxes"))
        col.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.confusion_model = ConfusionModel(self)
        self.confusion_view = QTableView(objectName="confusionTable")
        self.confusion_view.setModel(self.confusion_model)
        self.confusion_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confusion_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.confusion_view.setShowGrid(True)
        self.confusion_view.activated.connect(self.show_cell_images)   # a double-click, or Enter on a cell
        self.confusion_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confusion_view.horizontalHeader().setMinimumSectionSize(44)
        self.confusion_view.verticalHeader().setMinimumSectionSize(26)
        splitter.addWidget(self.confusion_view)
        self.scores_model = ScoresModel(self)
        self.scores_view = QTableView(objectName="classScores")
        self.scores_view.setModel(self.scores_model)
        self.scores_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scores_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.scores_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.scores_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.scores_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        col.addWidget(splitter, 1)
        self.matrix_stack.addWidget(classification)

        regression = _Page()
        col = QVBoxLayout(regression)
        col.setContentsMargins(0, 4, 0, 0)
        note = QLabel(self.tr(
            "A confusion matrix counts right and wrong class predictions, so it applies to classification "
            "only. For regression each point is one test sample: the true value across, the prediction up; "
            "a perfect model puts every point on the grey diagonal."))
        note.setWordWrap(True)
        col.addWidget(note)
        self.scatter_plot = pg.PlotWidget(background="w")
        self.scatter_plot.setObjectName("predictedVsTrue")
        self.scatter_plot.setMenuEnabled(False)
        item = self.scatter_plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("bottom", self.tr("true value"))
        item.setLabel("left", self.tr("predicted value"))
        self.diagonal = item.plot(pen=pg.mkPen(NEUTRAL, width=1.5, style=Qt.PenStyle.DashLine))
        self.scatter = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(60, 60, 60, 140))
        item.addItem(self.scatter)
        col.addWidget(self.scatter_plot, 1)
        self.matrix_stack.addWidget(regression)
        self.tabs.addTab(self.matrix_stack, self.tr("Confusion matrix"))

        # gallery
        gallery = _Page()
        col = QVBoxLayout(gallery)
        col.setContentsMargins(0, 4, 0, 0)
        row = FlowLayout(spacing=10)   # the filters and the count wrap in a narrow dock instead of being cut
        self.misclassified_box = QCheckBox(self.tr("Only misclassified"), objectName="galleryMisclassifiedOnly")
        self.misclassified_box.toggled.connect(self.set_misclassified_only)
        row.addWidget(self.misclassified_box)
        self.class_combo = QComboBox(objectName="galleryClass")
        self.class_combo.currentIndexChanged.connect(self._on_class_filter)
        row.addWidget(labelled(QLabel(self.tr("True class:")), self.class_combo))
        self.predicted_combo = QComboBox(objectName="galleryPredicted")
        self.predicted_combo.currentIndexChanged.connect(self._on_predicted_filter)
        row.addWidget(labelled(QLabel(self.tr("Predicted:")), self.predicted_combo))
        self.gallery_count = QLabel(objectName="galleryCount")
        row.addWidget(self.gallery_count)
        col.addLayout(row)
        legend = QLabel(self.tr("Under each image: its true class, then the predicted class and its probability; "
                                "✗ and a frame mark a wrong prediction."))
        legend.setObjectName("galleryLegend")
        legend.setWordWrap(True)
        col.addWidget(legend)
        self.gallery_model = GalleryModel(self)
        self.gallery_model.modelReset.connect(self._update_gallery_count)
        self.gallery_view = QListView(objectName="resultsGallery")
        self.gallery_view.setViewMode(QListView.ViewMode.IconMode)
        self.gallery_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery_view.setMovement(QListView.Movement.Static)
        self.gallery_view.setUniformItemSizes(True)
        self.gallery_view.setSpacing(2)
        self.gallery_view.setItemDelegate(GalleryDelegate(self.gallery_view))
        self.gallery_view.setModel(self.gallery_model)
        self.gallery_model.sigRefreshed.connect(self.gallery_view.viewport().update)
        self.gallery_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        col.addWidget(self.gallery_view, 1)
        self.gallery_note = QLabel()
        self.gallery_note.setWordWrap(True)
        self.gallery_note.hide()
        col.addWidget(self.gallery_note)
        self.gallery_tab = gallery
        self.tabs.addTab(gallery, self.tr("Test images"))

        # first-layer weights
        weights = _Page()
        col = QVBoxLayout(weights)
        col.setContentsMargins(0, 4, 0, 0)
        self.weights_caption = QLabel()
        self.weights_caption.setWordWrap(True)
        col.addWidget(self.weights_caption)
        self.weights_view = pg.GraphicsLayoutWidget()
        self.weights_view.setObjectName("firstLayerWeights")
        self.weights_view.setBackground("w")
        self.weights_box = self.weights_view.addViewBox(lockAspect=True, invertY=True, enableMenu=False)
        self.weights_box.setMouseEnabled(False, False)
        self.weights_image = pg.ImageItem(axisOrder="row-major")
        self.weights_box.addItem(self.weights_image)
        self.weights_hover = QLabel()
        self.weights_view.scene().sigMouseMoved.connect(self._on_weights_hover)
        col.addWidget(self.weights_view, 1)
        col.addWidget(self.weights_hover)
        self.weights_tab = weights
        self.tabs.addTab(weights, self.tr("First-layer weights"))

    # ------------------------------------------------------------------ wiring
    @property
    def probe(self) -> ResultsProbe:
        return self.results_probe

    @property
    def probes(self) -> list:
        """Probes to register: the results probe, and the panel's own weights probe unless one was shared."""
        return [self.results_probe] + ([self.weights_probe] if self._own_weights_probe else [])

    def live_probes(self) -> list:
        return self.probes

    def watched_probes(self) -> list:
        return [self.results_probe, self.weights_probe]

    def draw_live(self, results: dict) -> None:
        self.update_from_result(results)

    def on_run_state(self, state: RunState) -> None:
        """The run rests (paused, finished, stopped): ask for the test images the gallery still misses."""
        if self._images_missing and state in (RunState.PAUSED, RunState.FINISHED, RunState.STOPPED):
            self._images_missing = not self.request_refresh([self.results_probe])

    def clear_live(self) -> None:
        self.clear()

    def refresh_from_model(self) -> None:
        """Have the results of the runner's model as it is now (paused or ended) computed again, in a job
        thread; they arrive as a payload."""
        self.request_refresh([self.results_probe, self.weights_probe])

    def show_dataset(self, dataset: Any, fits: bool) -> None:
        """Other data was loaded (another data set, test ratio, seed...): the results on screen belong to
        the previous test set. They are computed again on this one when the model at rest takes it
        (``fits``), and cleared otherwise, so the panel never shows another data set's scores."""
        self.look_again_on(dataset, fits, self.result is not None, self.clear, [self.results_probe])

    # ------------------------------------------------------------------ data in
    def clear(self) -> None:
        self.forget_pending()
        self.result = None
        self._weights = None
        self.summary.setText(self.tr("Train the model to see how it does on the test set."))
        self.confusion_model.set_data(np.zeros((0, 0), dtype=np.int64), [])
        self.scores_model.set_confusion(np.zeros((0, 0)), [])
        self.gallery_model.set_predictions(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), [])
        self.scatter.setData([], [])
        self.diagonal.setData([], [])
        self._set_weight_images(np.zeros((0, 0, 0)), np.zeros(0, dtype=int), None, 0)
        self._set_gallery_note("")
        self.weights_caption.setText(self.tr("The first layer's weights are drawn as images for image data "
                                             "(digits, MNIST, Fashion-MNIST)."))

    def update_from_result(self, result: dict) -> None:
        """Show a probe result: ``{"results": {...}}`` from ``ResultsProbe`` and/or ``{"weights": {...}}``
        (a whole probe event is accepted too)."""
        if result.get("event") == "probe":
            result = result.get("results", {})
        res = result.get("results")
        if res is not None:
            self._show_results(res)
        weights = result.get("weights")
        if weights is not None:
            self._weights = weights
        now = time.monotonic()
        # the weights come at the diagram's rate (10/s): their images are redrawn at most once a second
        # while training runs (a pause or the end of a run shows the newest at once)
        due = res is not None or self.run_state != RunState.RUNNING or now - self._weights_drawn_at >= WEIGHT_IMAGES_INTERVAL
        if weights is not None and due or res is not None:
            self._weights_drawn_at = now
            self._show_weights()
        if res is not None or weights is not None:
            self.updates += 1

    def _test_set_text(self, n: int, res: dict) -> str:
        """"Test set: 4 samples", or, when the probe looked at part of it, "Test set: the first 10,000 of
        40,450 samples" (it said 10,000 while the data panel said 40,450)."""
        total = int(res.get("total", n))
        if total > n:
            return self.tr("Test set: the first {0} of {1} samples").format(f"{n:,}", f"{total:,}")
        return self.tr("Test set: {0} samples").format(f"{n:,}")

    def _show_results(self, res: dict) -> None:
        self.result = res
        n = int(res["n"])
        if res["task"] == "regression":
            self.matrix_stack.setCurrentIndex(1)
            self.tabs.setTabText(0, self.tr("Predicted vs true"))
            t, p = res["y_true"][:, 0], res["y_pred"][:, 0]
            self.scatter.setData(t, p)
            if len(t):
                lo, hi = float(min(t.min(), p.min())), float(max(t.max(), p.max()))
                self.diagonal.setData([lo, hi], [lo, hi])
            self.summary.setText(self._test_set_text(n, res) + " · " + self.tr(
                "mean absolute error {0:.4g} · R² {1:.3f}").format(res["mae"], res["r2"]))
        else:
            self.matrix_stack.setCurrentIndex(0)
            self.tabs.setTabText(0, self.tr("Confusion matrix"))
            names = display_class_names(res["class_names"])
            self.confusion_model.set_data(res["confusion"], names)
            self._size_confusion_table(names)
            self.scores_model.set_confusion(res["confusion"], names)
            if [self.class_combo.itemText(i) for i in range(1, self.class_combo.count())] != names:
                for combo in (self.class_combo, self.predicted_combo):
                    combo.blockSignals(True)
                    combo.clear()
                    combo.addItem(self.tr("all"))
                    for k, name in enumerate(names):
                        combo.addItem(_swatch(class_colour(k)), name)
                    combo.blockSignals(False)
                self.gallery_model.set_filter(true_class=None, predicted_class=None)
            self.summary.setText(self._test_set_text(n, res) + " · " + self.tr(
                "accuracy {0:.1%} · {1} misclassified").format(
                res["accuracy"], f"{int(np.sum(res['y_true'] != res['y_pred'])):,}"))
        shape = res.get("image_shape")
        self._image_shape = tuple(shape) if shape is not None else None
        images_tab = shape is not None and res["task"] != "regression"
        self.tabs.setTabEnabled(1, images_tab)
        self.confusion_model.has_images = images_tab
        self.tabs.setTabEnabled(2, shape is not None)
        if "images" in res:
            self._images_key = res["dataset_key"]
            self.gallery_model.set_images(res["images"])
            self._fit_gallery_height()
        elif shape is not None and self._images_key != res.get("dataset_key"):
            self.gallery_model.set_images(None)
            self.results_probe.resend_images()  # this panel missed them: ask again
            # at once when no batch runs, else with the next result; the last result of a run comes while
            # the run still counts as running: then when it rests (on_run_state)
            self._images_missing = not self.request_refresh([self.results_probe])
        if images_tab:
            # new predictions can change which samples a filter keeps: keep the user's scroll position
            bar = self.gallery_view.verticalScrollBar()
            position = bar.value()
            self.gallery_model.set_predictions(res["y_true"], res["y_pred"], res["proba"],
                                               display_class_names(res["class_names"]))
            if position:
                QTimer.singleShot(0, lambda: bar.setValue(min(position, bar.maximum())))
            self._set_gallery_note("")
        else:
            self.gallery_model.set_predictions(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), [])
            self._set_gallery_note(self.tr("The gallery shows test images; this data set has no images."))
        self._update_gallery_count()

    def _show_weights(self) -> None:
        shape = self._image_shape
        if self._weights is None or shape is None:
            return
        pixels = shape[0] * shape[1]
        key = next((k for k, v in self._weights.items() if k.endswith("/kernel") and v.ndim == 2 and v.shape[0] == pixels), None)
        if key is None:
            self._set_weight_images(np.zeros((0, 0, 0)), np.zeros(0, dtype=int), None, 0)
            self.weights_caption.setText(self.tr("No Dense layer takes the {0}×{1} pixels directly.").format(*shape))
            return
        kernel = self._weights[key]
        units = np.arange(min(kernel.shape[1], MAX_WEIGHT_IMAGES))
        images = kernel[:, units].T.reshape(len(units), *shape)
        self._set_weight_images(images, units, key, kernel.shape[1])

    def _set_weight_images(self, images: np.ndarray, units: np.ndarray, key: str | None, total: int) -> None:
        self._weight_images, self._weight_units, self._weight_key = images, units, key
        m = len(images)
        if m == 0:
            self.weights_image.clear()
            return
        h, w = images.shape[1:]
        cols = math.ceil(math.sqrt(m))
        rows = math.ceil(m / cols)
        gap = 1
        mosaic = np.full((rows * (h + gap) - gap, cols * (w + gap) - gap, 4), 225, dtype=np.uint8)
        mosaic[..., 3] = 255
        rgba = weight_rgba(images)
        for k in range(m):
            r, c = divmod(k, cols)
            mosaic[r * (h + gap):r * (h + gap) + h, c * (w + gap):c * (w + gap) + w] = rgba[k]
        first = self.weights_image.image is None or self.weights_image.image.shape != mosaic.shape
        self.weights_image.setImage(mosaic, autoLevels=False, levels=None)
        if first:
            self.weights_image.setRect(0, 0, mosaic.shape[1], mosaic.shape[0])
            self.weights_box.autoRange(padding=0.01)
        self._mosaic = (h, w, cols, gap)
        layer = key.rpartition("/")[0]
        if m == total:
            shown = self.tr("all {0} units").format(total)
        else:
            shown = self.tr("the first {0} of {1} units").format(m, f"{total:,}")
        self.weights_caption.setText(self.tr(
            "{0}: {1}, each unit's weights as a {2}×{3} image — blue: positive, orange: negative, white: 0 "
            "(each image scaled to its own largest |w|).").format(layer, shown, h, w))

    def _set_gallery_note(self, text: str) -> None:
        """The line under the gallery; hidden when empty (it took a line of a short dock)."""
        self.gallery_note.setText(text)
        self.gallery_note.setVisible(bool(text))

    def _fit_gallery_height(self) -> None:
        """The gallery is at least one row of cells tall: in a short dock the labels under the images were
        below its bottom edge (the dock's scroll area scrolls the panel instead)."""
        view = self.gallery_view
        cell = GalleryDelegate.cell_height(self.gallery_model, view.fontMetrics())
        view.setMinimumHeight(cell + 2 * view.spacing() + 2 * view.frameWidth())

    def _size_confusion_table(self, names: list[str]) -> None:
        """Few classes fill the space; many get columns as wide as their name or the widest number
        ("10,000", "100.0%"), sized once per set of classes (sizing to contents on every update would ask
        the model for every cell again, 30 ms a second for Fashion-MNIST)."""
        if names == self._sized_for:
            return
        self._sized_for = list(names)
        across, down = self.confusion_view.horizontalHeader(), self.confusion_view.verticalHeader()
        if len(names) <= 5:
            across.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            down.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            return
        across.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        down.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        numbers = QFontMetrics(_fixed_font()).horizontalAdvance("100,000") + 12
        self.confusion_view.resizeColumnsToContents()
        self.confusion_view.resizeRowsToContents()
        for k in range(len(names)):
            across.resizeSection(k, max(across.sectionSize(k), numbers))

    # ------------------------------------------------------------------ controls
    @Slot(bool)
    def set_normalized(self, on: bool) -> None:
        if self.normalize_box.isChecked() != bool(on):
            self.normalize_box.setChecked(bool(on))
            return
        self.confusion_model.set_normalized(on)

    @Slot(bool)
    def set_misclassified_only(self, on: bool) -> None:
        if self.misclassified_box.isChecked() != bool(on):
            self.misclassified_box.setChecked(bool(on))
            return
        self.gallery_model.set_filter(misclassified_only=on)

    @Slot(int)
    def _on_class_filter(self, index: int) -> None:
        self.gallery_model.set_filter(true_class=None if index <= 0 else index - 1)

    @Slot(int)
    def _on_predicted_filter(self, index: int) -> None:
        self.gallery_model.set_filter(predicted_class=None if index <= 0 else index - 1)

    @Slot(QModelIndex)
    def show_cell_images(self, index: QModelIndex) -> None:
        """A cell of the confusion matrix, double-clicked: the test images it counts (true class = its
        row, predicted = its column), in the Test images tab. Only for image data."""
        if not index.isValid() or not self.tabs.isTabEnabled(1):
            return
        model = self.confusion_model
        if not model.counts[index.row(), index.column()]:   # nothing to show: say so where the learner looks
            view = self.confusion_view
            QToolTip.showText(view.viewport().mapToGlobal(view.visualRect(index).center()),
                              with_particles(self.tr("No test image of {0} was predicted as {1}.").format(
                                  model.names[index.row()], model.names[index.column()])), view)
            return
        self.misclassified_box.setChecked(False)   # a diagonal cell counts the right ones
        self.class_combo.setCurrentIndex(index.row() + 1)
        self.predicted_combo.setCurrentIndex(index.column() + 1)
        self.tabs.setCurrentWidget(self.gallery_tab)

    def _update_gallery_count(self) -> None:
        total = min(len(self.gallery_model.y_true), len(self.gallery_model.images)) \
            if self.gallery_model.images is not None else 0
        self.gallery_count.setText(self.tr("{0} of {1} test images").format(
            f"{len(self.gallery_model.indices):,}", f"{total:,}"))

    @Slot(object)
    def _on_weights_hover(self, pos: Any) -> None:
        if not len(self._weight_units) or not self.weights_box.sceneBoundingRect().contains(pos):
            self.weights_hover.setText("")
            return
        p = self.weights_box.mapSceneToView(pos)
        h, w, cols, gap = self._mosaic
        c, r = int(p.x() // (w + gap)), int(p.y() // (h + gap))
        k = r * cols + c
        if 0 <= c < cols and 0 <= k < len(self._weight_units) and p.x() >= 0 and p.y() >= 0:
            y, x = int(p.y() - r * (h + gap)), int(p.x() - c * (w + gap))
            if 0 <= y < h and 0 <= x < w:
                layer = self._weight_key.rpartition("/")[0]
                value = float(self._weight_images[k, y, x])
                self.weights_hover.setText(self.tr("{0} · unit {1} · pixel ({2}, {3}) · w = {4:.3g}").format(
                    layer, int(self._weight_units[k]), y, x, value))
                return
        self.weights_hover.setText("")

    # ------------------------------------------------------------------ queries (tests)
    def confusion(self, normalized: bool = False) -> np.ndarray:
        """The confusion matrix shown: counts, or row shares when ``normalized``."""
        return self.confusion_model.shares() if normalized else self.confusion_model.counts.copy()

    def class_scores(self) -> dict[str, np.ndarray]:
        return dict(self.scores_model.scores)

    def gallery_indices(self) -> np.ndarray:
        """Test-sample indices in the gallery now, in order."""
        return self.gallery_model.indices.copy()

    def weight_images(self) -> np.ndarray:
        """The first-layer weight images drawn, ``(units shown, h, w)``; see :meth:`weight_units`."""
        return np.array(self._weight_images)

    def weight_units(self) -> np.ndarray:
        return self._weight_units.copy()
