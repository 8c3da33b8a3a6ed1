"""The DATA column: choose a dataset, set its parameters, see what it looks like.

Controls are generated from the dataset's parameter schema (``annstudio.data.schema.Param``); every
change is one undoable command on the document's ``"dataset"`` section (a slider drag merges into one).
The preview loads the data on a worker thread (``QThreadPool``) and ignores results that a newer
request has overtaken; loading errors are shown inline in red with the ``DataError`` message.
"""
from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...data import texts
from ...data.features import SYMBOLS
from ...data.registry import DATASETS
from ...data.schema import Param
from ..class_names import display_class_name
from ..colors import CLASS_COLORS, LOCK_BANNER_STYLE, PROBLEM_STYLE
from ..document import ProjectDocument
from ..focus import set_enabled, set_visible
from ..i18n import render_error, translate
from ..scatter import PointsItem
from ..wheel_guard import guard_wheels
from . import commands
from .feature_toggles import FeatureToggles, shown_features

CATEGORY_ORDER = tuple(texts.CATEGORY_TITLES)
# parameters that name a data file's columns: a newly chosen file starts with its own defaults
FILE_COLUMN_PARAMS = ("target", "ignore")


def category_title(category: str) -> str:
    text = texts.CATEGORY_TITLES.get(category)
    return translate(texts.CONTEXT, text) if text else category


def dataset_title(name: str) -> str:
    text = texts.TITLES.get(name)
    return translate(texts.CONTEXT, text) if text else name


def dataset_description(name: str) -> str:
    text = texts.DESCRIPTIONS.get(name)
    return translate(texts.CONTEXT, text) if text else ""


def param_label(name: str) -> str:
    labels = {
        "repeat": translate("DatasetPanel", "Repeat"),
        "n_samples": translate("DatasetPanel", "Samples"),
        "noise": translate("DatasetPanel", "Noise"),
        "test_ratio": translate("DatasetPanel", "Test set ratio"),
        "seed": translate("DatasetPanel", "Seed"),
        "standardize": translate("DatasetPanel", "Standardize features"),
        "standardize_target": translate("DatasetPanel", "Standardize target"),
        "features": translate("DatasetPanel", "Features"),
        "target": translate("DatasetPanel", "Target"),
        "scale": translate("DatasetPanel", "Scale to 0..1"),
        "flatten": translate("DatasetPanel", "Flatten images"),
        "folder": translate("DatasetPanel", "Folder"),
        "download": translate("DatasetPanel", "Download if missing"),
        "validation": translate("DatasetPanel", "Validation images"),
        "limit_train": translate("DatasetPanel", "Training images"),
        "limit_test": translate("DatasetPanel", "Test images"),
        "path": translate("DatasetPanel", "File"),
        "task": translate("DatasetPanel", "Task"),
        "delimiter": translate("DatasetPanel", "Delimiter"),
        "header": translate("DatasetPanel", "Header row"),
        "ignore": translate("DatasetPanel", "Ignore columns"),
    }
    return labels.get(name, name.replace("_", " "))


def param_help(name: str, param: Param) -> str:
    if param.type == "features":
        return translate("DatasetPanel", "Functions of x1 and x2 the network gets as its inputs, as in the "
                                         "TensorFlow Playground; the Input layer follows their number")
    if param.type == "column":   # a CSV's target: numbered as the import's messages number columns
        return translate("DatasetPanel", "The column to predict: its header name or its number, counted from 0 "
                                         "(0 = the first column, -1 = the last); empty: the last column with data")
    texts = {
        "repeat": translate("DatasetPanel", "How many times the 4-row truth table is repeated"),
        "n_samples": translate("DatasetPanel", "Number of points (training + test)"),
        "noise": translate("DatasetPanel", "How much the points are scattered (0-50 %)"),
        "test_ratio": translate("DatasetPanel", "Fraction of the samples held out as the test set"),
        "seed": translate("DatasetPanel", "Random seed: the same seed gives the same data and split"),
        "standardize": translate("DatasetPanel", "Standardize features (mean 0, std 1) with statistics of the training set only"),
        "standardize_target": translate("DatasetPanel", "Standardize the regression target too"),
        "features": translate("DatasetPanel", "Which measurements to use as inputs"),
        "target": translate("DatasetPanel", "What to predict"),
        "scale": translate("DatasetPanel", "Divide pixel values so they lie in 0..1"),
        "flatten": translate("DatasetPanel", "Give images as flat vectors instead of 2-D arrays"),
        "folder": translate("DatasetPanel", "Folder with the data files; empty searches the standard folders"),
        "download": translate("DatasetPanel", "Download the files when they are not found (needs internet)"),
        "validation": translate("DatasetPanel", "The first N training images become the validation set (0 = none)"),
        "limit_train": translate("DatasetPanel", "Use only the first N training images, for quick runs (none = all)"),
        "limit_test": translate("DatasetPanel", "Use only the first N test images (none = all)"),
        "path": translate("DatasetPanel", "The CSV file to import"),
        "task": translate("DatasetPanel", "What the target is; 'auto' decides from the values"),
        "delimiter": translate("DatasetPanel", "Field separator; 'auto' detects it"),
        "header": translate("DatasetPanel", "Is the first row column names?"),
        "ignore": translate("DatasetPanel", "Columns to leave out, such as an id or a name: their header names "
                                            "or numbers, counted from 0 (0 = the first column), separated by "
                                            "commas"),
    }
    return texts.get(name, param.help)


def choice_label(value: str) -> str:
    labels = {
        "all": translate("DatasetPanel", "all"),
        "petal": translate("DatasetPanel", "petal only"),
        "sepal": translate("DatasetPanel", "sepal only"),
        "species": translate("DatasetPanel", "species (3 classes)"),
        "setosa": translate("DatasetPanel", "setosa or not (binary)"),
        "auto": translate("DatasetPanel", "automatic"),
        "classification": translate("DatasetPanel", "classification"),
        "regression": translate("DatasetPanel", "regression"),
        "comma": translate("DatasetPanel", "comma"),
        "semicolon": translate("DatasetPanel", "semicolon"),
        "tab": translate("DatasetPanel", "tab"),
        "yes": translate("DatasetPanel", "yes"),
        "no": translate("DatasetPanel", "no"),
    }
    return labels.get(value, value)


def task_label(task: str) -> str:
    return {
        "binary": translate("DatasetPanel", "binary classification"),
        "multiclass": translate("DatasetPanel", "multi-class classification"),
        "regression": translate("DatasetPanel", "regression"),
    }.get(task, task)


def _is_slider_param(param: Param) -> bool:
    return param.type == "float" and param.min is not None and param.max is not None and 0 <= param.min < param.max <= 1


# ----------------------------------------------------------------------------------------- loading
class _LoadSignals(QObject):
    # payload: (panel key, request id, Dataset or None, error message)
    done = Signal(object)


_emitter: _LoadSignals | None = None
_panel_keys = itertools.count(1)


def _load_signals() -> _LoadSignals:
    """One emitter for every panel, made in the GUI thread and never deleted: a pool thread can always emit
    on it, even after the panel that asked is gone (Qt then has nobody to deliver to)."""
    global _emitter
    if _emitter is None:
        _emitter = _LoadSignals()
    return _emitter


class _LoadTask(QRunnable):
    """Loads one dataset on a pool thread and reports back through the shared emitter.

    ``latest`` is the panel's one-item list holding its newest request id: a task that is already stale
    when it starts does nothing. ``finished`` lets the panel wait for it (releasing the GIL) on close.
    """

    def __init__(self, key: int, request: int, latest: list, dataset: dict, base_dir: Path | None) -> None:
        super().__init__()
        self.key, self.request, self.latest, self.dataset, self.base_dir = key, request, latest, dataset, base_dir
        self.finished = threading.Event()
        self.setAutoDelete(True)

    def run(self) -> None:  # pool thread
        try:
            if self.latest[0] != self.request:
                return
            from ...data import DataError
            from ...engine.session import load_project_dataset

            result, error = None, ""
            try:
                result = load_project_dataset(SimpleNamespace(dataset=self.dataset), self.base_dir)
            except DataError as exc:
                error = render_error(exc)
            except Exception as exc:  # noqa: BLE001 - any loader failure is shown to the user, not raised
                error = f"{type(exc).__name__}: {exc}"
            if self.latest[0] == self.request:
                _emitter.done.emit((self.key, self.request, result, error))
        finally:
            self.finished.set()


# ----------------------------------------------------------------------------------------- previews
class DataScatter(pg.PlotWidget):
    """2-D points, one colour per class: training points filled, test points hollow.

    Regression targets are coloured on an orange (low) to blue (high) scale.
    """

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("dataScatter")
        self.setAspectLocked(True)
        self.setMenuEnabled(False)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        item = self.getPlotItem()
        if compact:  # small numbers on short ticks: a tick says where it is
            small = QFont(self.font())
            small.setPointSizeF(max(6.5, small.pointSizeF() * 0.75))
            for axis in ("left", "bottom"):
                item.getAxis(axis).setStyle(tickLength=-3, showValues=True, tickTextOffset=2)
                item.getAxis(axis).setTickFont(small)
                item.getAxis(axis).setTextPen(pg.mkPen("#555"))
        self.train_item = PointsItem(size=6 if compact else 7, pen=pg.mkPen(255, 255, 255, 160, width=0.5))
        self.test_item = PointsItem(size=6 if compact else 7, brush=pg.mkBrush(255, 255, 255, 0))
        self.addItem(self.train_item)
        self.addItem(self.test_item)
        self.n_points = 0

    def show_dataset(self, dataset) -> None:
        x_tr, x_te = dataset.points("train"), dataset.points("test")   # the raw plane for computed features
        x_tr, x_te = x_tr.reshape(len(x_tr), -1), x_te.reshape(len(x_te), -1)
        if dataset.task == "regression":
            y_all = np.concatenate([dataset.y_train[:, 0], dataset.y_test[:, 0]])
            lo, hi = float(np.min(y_all)), float(np.max(y_all))
            colours_tr = [_ramp(v, lo, hi) for v in dataset.y_train[:, 0]]
            colours_te = [_ramp(v, lo, hi) for v in dataset.y_test[:, 0]]
        else:
            colours_tr = [_class_colour(int(c)) for c in dataset.y_train]
            colours_te = [_class_colour(int(c)) for c in dataset.y_test]
        brushes = {c.name(QColor.NameFormat.HexArgb): pg.mkBrush(c) for c in colours_tr}
        pens = {c.name(QColor.NameFormat.HexArgb): pg.mkPen(c, width=1.5) for c in colours_te}
        self.train_item.setData(x_tr[:, 0], x_tr[:, 1],
                                brush=[brushes[c.name(QColor.NameFormat.HexArgb)] for c in colours_tr])
        self.test_item.setData(x_te[:, 0], x_te[:, 1], pen=[pens[c.name(QColor.NameFormat.HexArgb)] for c in colours_te],
                               brush=pg.mkBrush(255, 255, 255, 0))
        self.n_points = len(x_tr) + len(x_te)
        both = np.concatenate([x_tr, x_te])
        pad = 0.06 * float(np.ptp(both[:, :2]) or 1.0)
        self.setRange(xRange=(float(both[:, 0].min()) - pad, float(both[:, 0].max()) + pad),
                      yRange=(float(both[:, 1].min()) - pad, float(both[:, 1].max()) + pad), padding=0)

    def clear_points(self) -> None:
        self.train_item.clear()
        self.test_item.clear()
        self.n_points = 0


def _class_colour(k: int) -> QColor:
    return QColor(CLASS_COLORS[k % len(CLASS_COLORS)])


def _ramp(value: float, lo: float, hi: float) -> QColor:
    t = 0.5 if hi <= lo else (float(value) - lo) / (hi - lo)
    a, b = QColor(CLASS_COLORS[0]), QColor(CLASS_COLORS[1])
    return QColor(round(a.red() + t * (b.red() - a.red())), round(a.green() + t * (b.green() - a.green())),
                  round(a.blue() + t * (b.blue() - a.blue())))


class ImageStrip(QWidget):
    """A few training images as thumbnails, each with its class name."""

    COUNT = 8
    COLUMNS = 4
    THUMBNAIL = 48   # px, the side of a thumbnail
    SPACING = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageStrip")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(self.SPACING)
        grid.setVerticalSpacing(1)
        self.cells: list[tuple[QLabel, QLabel]] = []
        for i in range(self.COUNT):
            image, caption = QLabel(), QLabel()
            image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.setStyleSheet("font-size: 9pt; color: #555;")
            caption.setContentsMargins(0, 0, 0, 8)   # more room under a caption than over it
            # a long class name ("Ankle boot", "T-shirt/top") takes two lines, not a wider column
            caption.setWordWrap(True)
            grid.addWidget(image, (i // self.COLUMNS) * 2, i % self.COLUMNS)
            grid.addWidget(caption, (i // self.COLUMNS) * 2 + 1, i % self.COLUMNS)
            self.cells.append((image, caption))
        # the room a tall panel gives goes below the thumbnails: each caption stays right under its image
        # (stretched rows put it halfway to the next row's image, which it seemed to name)
        grid.setRowStretch((self.COUNT + self.COLUMNS - 1) // self.COLUMNS * 2, 1)

    @classmethod
    def full_width(cls) -> int:
        """The strip's width with its thumbnails at full size, whichever images it shows."""
        return cls.COLUMNS * cls.THUMBNAIL + (cls.COLUMNS - 1) * cls.SPACING

    def show_dataset(self, dataset) -> int:
        x = dataset.x_train[:self.COUNT]
        standardizer = getattr(dataset, "x_standardizer", None)
        if standardizer is not None:   # the pixels as they look, not standardized (noise to the eye), as the gallery
            x = standardizer.inverse_transform(x)
        shown = 0
        for i, (image, caption) in enumerate(self.cells):
            if i >= len(x):
                image.clear()
                caption.clear()
                continue
            pixels = _as_image(x[i])
            if pixels is None:
                return 0
            lo, hi = float(pixels.min()), float(pixels.max())
            scaled = np.zeros_like(pixels, dtype=np.uint8) if hi <= lo else ((pixels - lo) / (hi - lo) * 255).astype(np.uint8)
            scaled = np.ascontiguousarray(255 - scaled)  # dark strokes on white, like the notes' figures
            h, w = scaled.shape
            qimage = QImage(scaled.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
            side = self.THUMBNAIL
            image.setPixmap(QPixmap.fromImage(qimage).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                                             Qt.TransformationMode.FastTransformation))
            label = int(dataset.y_train[i])
            names = dataset.class_names or []
            caption.setText(display_class_name(names[label]) if label < len(names) else str(label))
            shown += 1
        return shown


def _as_image(sample: np.ndarray) -> np.ndarray | None:
    sample = np.asarray(sample, dtype=np.float32)
    if sample.ndim == 2:
        return sample
    if sample.ndim == 1:
        side = int(math.isqrt(sample.size))
        if side * side == sample.size and side >= 4:
            return sample.reshape(side, side)
    return None


# ----------------------------------------------------------------------------------------- the panel
class _Preview(QStackedWidget):
    """The data's preview, which gives way first when the panel is short: it asks for its minimum height and
    grows into spare room (stretch) up to its maximum. Asking for its full height pushed the summary and
    "Fit the model to this data" below the dock's bottom after a CSV's nine settings (1366 x 768): the
    dock's scroll area gives a panel of word-wrapped text its preferred height, never less.

    The width it needs is the shown page's: a stacked widget asks for its widest page, so the digits'
    thumbnails, once shown, kept the Data column wide for every data set after them."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(self.updateGeometry)   # another page: another width

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.currentWidget()
        return hint if page is None else QSize(page.minimumSizeHint().width(), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.minimumSizeHint().height()))


class DatasetPanel(QWidget):
    """Dataset choice, parameter controls and a preview. ``sigDatasetLoaded(Dataset)`` after each load."""

    sigDatasetLoaded = Signal(object)
    sigLoadFailed = Signal(str)

    PREVIEW_DELAY_MS = 120

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None,
                 base_dir: Callable[[], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetPanel")
        self.document = document
        self._base_dir = base_dir or (lambda: document.path.parent if document.path else None)
        self._built_for: str | None = None
        self._controls: dict[str, tuple[Param, Any]] = {}
        self._updating = False
        self._drag_generation = 0
        self._key = next(_panel_keys)
        self._request = 0
        self._latest = [0]  # shared with the load tasks: the newest request id
        self._task_done: threading.Event | None = None  # set when the newest started load has ended
        self._closed = False
        self.dataset = None  # the last successfully loaded Dataset
        # The global pool: a pool owned by the panel would wait for its threads when it is destroyed,
        # which can happen during garbage collection while this thread holds the GIL the loader needs.
        self._pool = QThreadPool.globalInstance()
        _load_signals().done.connect(self._on_loaded)
        self._reload_timer = QTimer(self, singleShot=True, interval=self.PREVIEW_DELAY_MS)
        self._reload_timer.timeout.connect(self._start_load)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.lock_banner = QLabel(self.tr("Training is running: pause or stop the training to change the data."))
        self.lock_banner.setObjectName("dataLockBanner")
        self.lock_banner.setWordWrap(True)
        self.lock_banner.setStyleSheet(LOCK_BANNER_STYLE)
        self.lock_banner.hide()
        layout.addWidget(self.lock_banner)
        # the controls that change the data, in one host that training locks (the challenge locks the
        # controls themselves: the two never undo each other)
        self.controls_host = QWidget()
        self.controls_host.setObjectName("dataControls")
        controls = QVBoxLayout(self.controls_host)
        controls.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.controls_host)
        self.combo = QComboBox()
        self.combo.setObjectName("datasetCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self._fill_combo()
        self.combo.activated.connect(self._on_combo)
        controls.addWidget(self.combo)

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.description.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        controls.addWidget(self.description)

        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow dock (1024 px screens) puts a field under its label instead of cutting it off at the side
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        controls.addWidget(self.form_host)

        self.preview = _Preview()
        self.preview.setObjectName("datasetPreview")
        self.scatter = DataScatter(compact=True)
        self.scatter.setMinimumHeight(150)
        self.preview.setMaximumHeight(280)
        self.images = ImageStrip()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (self.scatter, self.images, self.text, self.loading):
            self.preview.addWidget(page)
        layout.addWidget(self.preview, 2)   # the spare room goes to the preview first (up to its maximum)

        self.summary = QLabel()
        self.summary.setObjectName("datasetSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.error = QLabel()
        self.error.setObjectName("datasetError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(PROBLEM_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        self.fit_button = QPushButton(self.tr("Fit the model to this data"))
        self.fit_button.setObjectName("fitModelButton")
        self.fit_button.setToolTip(
            self.tr("Set the Input layer's shape, the output layer and the loss function to match the data"))
        self.fit_button.clicked.connect(self.fit_model_to_data)
        self.fit_button.hide()
        layout.addWidget(self.fit_button)
        layout.addStretch(1)

        document.sigDatasetChanged.connect(self._on_document_dataset)
        document.sigReplaced.connect(self._on_document_dataset)
        document.sigSpecChanged.connect(self._update_fit_hint)
        document.sigTrainingChanged.connect(self._update_fit_hint)
        self._on_document_dataset()

    def comfortable_width(self) -> int:
        """A width for the panel that fits every built-in data set's: the widest of them shows its images as
        full-size thumbnails (and the loaded one may need more)."""
        margins = self.layout().contentsMargins()
        return max(self.minimumSizeHint().width(), ImageStrip.full_width() + margins.left() + margins.right())

    def set_locked(self, reason: str | None) -> None:
        """While training runs the data cannot change (the run trains the data it started with): the
        controls are disabled, with ``reason`` as their tooltip, under a banner; ``None`` unlocks them."""
        set_enabled(self.controls_host, reason is None)
        self.controls_host.setToolTip(reason or "")
        set_enabled(self.fit_button, reason is None)
        self.lock_banner.setVisible(reason is not None)

    # ------------------------------------------------------------------ building
    def _fill_combo(self) -> None:
        model = QStandardItemModel(self.combo)
        for category in CATEGORY_ORDER:
            names = [n for n, info in DATASETS.items() if info.category == category]
            if not names:
                continue
            header = QStandardItem(category_title(category))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for name in names:
                item = QStandardItem("   " + dataset_title(name))
                item.setData(name, Qt.ItemDataRole.UserRole)
                item.setToolTip(dataset_description(name))
                model.appendRow(item)
        self.combo.setModel(model)

    def _combo_index(self, name: str) -> int:
        return self.combo.findData(name, Qt.ItemDataRole.UserRole)

    def _rebuild_controls(self, name: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._controls.clear()
        info = DATASETS.get(name)
        self._built_for = name
        if info is None:
            return
        for key, param in info.params.items():
            widget, control = self._make_control(key, param)
            label = QLabel(param_label(key))
            tip = param_help(key, param)
            label.setToolTip(tip)
            widget.setToolTip(tip)
            self.form.addRow(label, widget)
            guard_wheels(widget)   # the wheel scrolls the panel unless the field has the focus
            self._controls[key] = (param, control)

    def _make_control(self, key: str, param: Param) -> tuple[QWidget, Any]:
        if param.type == "features":
            toggles = FeatureToggles(lambda names, k=key: self._set_features(k, names))
            return toggles, toggles
        if param.type == "bool":
            box = QCheckBox()
            box.setObjectName(f"param_{key}")
            box.toggled.connect(lambda v, k=key: self._set_param(k, bool(v)))
            return box, box
        if param.type == "choice":
            combo = QComboBox()
            combo.setObjectName(f"param_{key}")
            for choice in param.choices:
                combo.addItem(choice_label(choice), choice)
            combo.activated.connect(lambda i, k=key, c=combo: self._set_param(k, c.itemData(i)))
            return combo, combo
        if _is_slider_param(param):
            host = QWidget()
            row = QHBoxLayout(host)
            row.setContentsMargins(0, 0, 0, 0)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"param_{key}")
            slider.setRange(round(param.min * 100), round(param.max * 100))
            slider.setPageStep(5)
            readout = QLabel()
            readout.setMinimumWidth(readout.fontMetrics().horizontalAdvance("100 %") + 4)
            readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.sliderPressed.connect(self._new_drag)
            slider.valueChanged.connect(lambda v, r=readout: r.setText(f"{v} %"))
            slider.valueChanged.connect(lambda v, k=key: self._set_param(k, round(v / 100, 2), drag=True))
            row.addWidget(slider, 1)
            row.addWidget(readout)
            slider.readout = readout
            return host, slider
        if param.type == "int":
            spin = QSpinBox()
            spin.setObjectName(f"param_{key}")
            spin.setKeyboardTracking(False)
            top = 2**31 - 1 if param.max is None else int(min(param.max, 2**31 - 1))
            low = int(param.min) if param.min is not None else -(2**31)
            if param.optional:
                low = max(low - 1, -(2**31))
                # a limit not set uses every image: "Training images: all", not "none" (read as zero images)
                spin.setSpecialValueText(self.tr("all") if key.startswith("limit") else self.tr("none"))
            spin.setRange(low, top)
            # as wide as seven digits, not the 2,147,483,647 of the range: the panel fits a narrow dock
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000000") + 30)
            spin.valueChanged.connect(
                lambda v, k=key, s=spin: self._set_param(k, None if (param.optional and v == s.minimum()) else int(v)))
            return spin, spin
        if param.type == "float":
            spin = QDoubleSpinBox()
            spin.setObjectName(f"param_{key}")
            spin.setKeyboardTracking(False)
            spin.setDecimals(3)
            spin.setRange(param.min if param.min is not None else -1e9, param.max if param.max is not None else 1e9)
            spin.setSingleStep(0.05)
            spin.valueChanged.connect(lambda v, k=key: self._set_param(k, float(v)))
            return spin, spin
        # str / path / column: a text field (paths with a Browse button)
        edit = QLineEdit()
        edit.setObjectName(f"param_{key}")
        if param.type == "columns":
            edit.setPlaceholderText(self.tr("none"))
        elif param.optional or param.type == "column":
            edit.setPlaceholderText(self.tr("default"))
        edit.editingFinished.connect(lambda k=key, e=edit, p=param: self._set_param(k, _text_value(e.text(), p)))
        if param.type != "path":
            return edit, edit
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        browse = QToolButton()
        browse.setText(self.tr("Browse…"))
        browse.setObjectName(f"browse_{key}")
        browse.clicked.connect(lambda _=False, k=key, e=edit: self._browse(k, e))
        row.addWidget(browse)
        return host, edit

    def _browse(self, key: str, edit: QLineEdit) -> None:
        start = edit.text() or str(self._base_dir() or Path.home())
        if key == "folder":
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), start)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), start,
                                                  self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            edit.setText(path)
            self._set_param(key, path)

    # ------------------------------------------------------------------ document -> widgets
    def _on_document_dataset(self) -> None:
        ds = self.document.project.dataset
        name = ds["name"]
        self._updating = True
        try:
            index = self._combo_index(name)
            if index >= 0:
                self.combo.setCurrentIndex(index)
            self.description.setText(dataset_description(name) if name in DATASETS else
                                     self.tr("Unknown dataset {0!r}").format(name))
            if name != self._built_for:
                self._rebuild_controls(name)
            params = ds.get("params") or {}
            for key, (param, control) in self._controls.items():
                _show_value(control, param, params.get(key, param.default))
        finally:
            self._updating = False
        self.schedule_preview()

    # ------------------------------------------------------------------ widgets -> document
    def _on_combo(self, index: int) -> None:
        name = self.combo.itemData(index, Qt.ItemDataRole.UserRole)
        if not name or name == self.document.project.dataset["name"]:
            return
        commands.push(self.document, "dataset", {"name": name, "params": {}},
                      self.tr("Dataset: {0}").format(dataset_title(name)))

    def _new_drag(self) -> None:
        self._drag_generation += 1

    def _set_param(self, key: str, value: Any, drag: bool = False) -> None:
        if self._updating:
            return
        ds = self.document.section("dataset")
        params = dict(ds.get("params") or {})
        default = self._controls[key][0].default if key in self._controls else None
        if params.get(key, default) == value:
            return
        if key == "path" and not self._same_file(params.get(key), value):
            # another file: the old file's target and ignored columns would name its columns, not these
            # (a name not in this header, or an index that silently means another column)
            for column_key in FILE_COLUMN_PARAMS:
                params.pop(column_key, None)
        params[key] = value
        merge = f"{ds['name']}.{key}" + (f"#{self._drag_generation}" if drag else "")
        commands.push(self.document, "dataset", {"name": ds["name"], "params": params},
                      self.tr("Change {0}").format(param_label(key)), merge_key=merge)

    def _same_file(self, old: Any, new: Any) -> bool:
        """Whether two values of a path parameter name one file (a relative one: beside the project)."""
        if not old or not new:
            return False
        base = self._base_dir() or Path.cwd()
        try:
            return (base / Path(str(old)).expanduser()).resolve() == (base / Path(str(new)).expanduser()).resolve()
        except (OSError, RuntimeError, ValueError):
            return old == new

    def _set_features(self, key: str, names: list[str]) -> None:
        """One undoable step: the new feature choice, and the Input layer resized to the number of features
        when it took the old number (the model keeps fitting the data)."""
        if self._updating:
            return
        ds = self.document.section("dataset")
        params = dict(ds.get("params") or {})
        old = list(shown_features(params.get(key)))
        if old == list(names):
            return
        params[key] = list(names)
        text = self.tr("Input features: {0}").format(", ".join(SYMBOLS[n] for n in names))
        spec = self.document.spec
        first = spec.layers[0] if spec.layers else None
        resize = (first is not None and first.kind == "Input" and tuple(first.config.get("shape", ())) == (len(old),)
                  and len(old) != len(names) and not self.document.model_locked)
        stack = self.document.undo_stack
        stack.beginMacro(text)
        try:
            commands.push(self.document, "dataset", {"name": ds["name"], "params": params}, text)
            if resize:
                from ...spec import edits

                commands.push(self.document, "model", edits.set_layer_config(spec, first.name, "shape", [len(names)]),
                              text)
        finally:
            stack.endMacro()

    # ------------------------------------------------------------------ preview
    def schedule_preview(self) -> None:
        """Load the current dataset for the preview after a short pause (drags coalesce)."""
        self._request += 1
        self._latest[0] = self._request  # tasks of older requests that have not started skip the work
        if not self._closed:
            self._reload_timer.start()

    def _start_load(self) -> None:
        ds = self.document.section("dataset")
        if ds.get("name") == "csv" and not (ds.get("params") or {}).get("path"):
            # nothing chosen yet: a step to take, not an error (the loader would say "parameter 'path' needed")
            self._on_loaded((self._key, self._request, None, ""))
            self.text.setText(self.tr("Choose a CSV file: “Browse…” beside File. Each row is one sample: "
                                      "feature columns (numbers, or texts such as categories) and one "
                                      "target column."))
            return
        self.preview.setCurrentWidget(self.loading)
        task = _LoadTask(self._key, self._request, self._latest, self.document.section("dataset"), self._base_dir())
        self._task_done = task.finished
        self._pool.start(task)

    @property
    def busy(self) -> bool:
        """True while a preview load is pending or running."""
        return self._reload_timer.isActive() or (self._task_done is not None and not self._task_done.is_set())

    @Slot(object)
    def _on_loaded(self, payload) -> None:
        key, request, dataset, error = payload
        if key != self._key or request != self._request:
            return  # another panel's, or a newer request is on its way
        if dataset is None:
            self.dataset = None
            self.scatter.clear_points()
            self.preview.setCurrentWidget(self.text)
            self.text.setText("")
            self.summary.setText("")
            self.error.setText(error)
            self.error.setVisible(bool(error))
            set_visible(self.fit_button, False)
            self.sigLoadFailed.emit(error)
            return
        self.error.hide()
        self.dataset = dataset
        self.summary.setText(describe_dataset(dataset))
        if dataset.x_raw is not None or (dataset.x_train.ndim == 2 and dataset.x_train.shape[1] == 2):
            self.scatter.show_dataset(dataset)
            self.preview.setCurrentWidget(self.scatter)
        elif self.images.show_dataset(dataset):
            self.preview.setCurrentWidget(self.images)
        else:
            self.text.setText(self._feature_text(dataset))
            self.preview.setCurrentWidget(self.text)
        self._update_fit_hint()
        self.sigDatasetLoaded.emit(dataset)

    def _feature_text(self, dataset) -> str:
        names = dataset.feature_names or []
        if not names:
            return ""
        shown = ", ".join(map(str, names[:12])) + (" …" if len(names) > 12 else "")
        return self.tr("Features: {0}").format(shown)

    # ------------------------------------------------------------------ fitting the model
    def mismatch(self) -> str:
        """Why the current model does not fit the loaded data ("" when it fits or nothing is loaded)."""
        return self._misfit(self.document.spec, self.document.project.training.loss)

    def _misfit(self, spec: Any, loss: dict[str, Any]) -> str:
        """Why ``spec`` trained with ``loss`` does not fit the loaded data ("" when it does or nothing is loaded)."""
        if self.dataset is None:
            return ""
        from ...engine.session import check_compatible

        try:
            check_compatible(spec, self.dataset, loss)
        except Exception as exc:  # noqa: BLE001 - SpecError / ValueError: shown as a hint
            return render_error(exc)
        return ""

    def _update_fit_hint(self) -> None:
        problem = self.mismatch()
        # offered only when fitting changes something: a model whose own wiring is broken (a layer whose
        # output nothing uses) also fails the check, and the button then did nothing at all when clicked
        set_visible(self.fit_button, bool(problem) and self._fit_edit() is not None)
        self.fit_button.setToolTip(problem or self.tr("The model fits the data"))

    def _fit_edit(self) -> tuple[Any, Any] | None:
        """``(spec, training)`` fitted to the loaded data, or None when fitting would change nothing."""
        if self.dataset is None:
            return None
        try:
            spec, training = fitted_to(self.document.spec, self.document.section("training"), self.dataset)
        except ValueError:   # a model fitted_to cannot edit (SpecError): nothing to offer
            return None
        if spec.to_dict() == self.document.spec.to_dict() and training.to_dict() == self.document.project.training.to_dict():
            return None
        return spec, training

    def fit_fixes(self) -> bool:
        """Whether "Fit the model to this data" changes the model and the changed model then fits the data
        (the button is also offered when fitting is only part of the fix: the window's hint is not)."""
        edit = self._fit_edit()
        return edit is not None and not self._misfit(edit[0], edit[1].loss)

    def fit_model_to_data(self) -> None:
        """One undoable step: Input shape, output layer and loss to match the loaded data."""
        edit = self._fit_edit()
        if edit is None:
            return   # nothing to change: no empty "Fit the model to the data" step in the undo history
        spec, training = edit
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Fit the model to the data"))
        try:
            commands.push(self.document, "model", spec, self.tr("Fit the model to the data"))
            commands.push(self.document, "training", training, self.tr("Fit the model to the data"))
        finally:
            stack.endMacro()

    # ------------------------------------------------------------------ lifetime
    def shutdown(self, timeout_ms: int = 3000) -> None:
        """Stop loading: pending loads are dropped and a running one is awaited (the GIL is released)."""
        self._closed = True
        self._reload_timer.stop()
        self._request += 1
        self._latest[0] = self._request
        done, self._task_done = self._task_done, None
        if done is not None:
            done.wait(timeout_ms / 1000)


def describe_dataset(dataset) -> str:
    n_val = 0 if dataset.x_val is None else len(dataset.x_val)
    parts = [translate("DatasetPanel", "{0} training · {1} test").format(f"{len(dataset.x_train):,}", f"{len(dataset.x_test):,}")]
    if n_val:
        parts[0] += translate("DatasetPanel", " · {0} validation").format(f"{n_val:,}")
    shape = dataset.input_shape
    parts.append(translate("DatasetPanel", "inputs {0}").format("×".join(map(str, shape))))
    if dataset.task == "regression":
        parts.append(translate("DatasetPanel", "1 output, regression") if dataset.n_outputs == 1 else
                     translate("DatasetPanel", "{0} outputs, regression").format(dataset.n_outputs))
    else:
        parts.append(translate("DatasetPanel", "{0} classes").format(dataset.n_classes))
    return " · ".join(parts)


def fitted_to(spec, training, dataset):
    """``(spec, training)`` changed so the model takes the data's inputs and produces what the task needs."""
    from ...spec import edits, training as training_rules
    from ...spec.layers import LAYER_DEFAULTS

    out = spec.copy()
    first = out.layers[0]
    if first.kind == "Input" and tuple(first.config.get("shape", ())) != tuple(dataset.input_shape):
        out = edits.set_layer_config(out, first.name, "shape", list(dataset.input_shape))
    if len(dataset.input_shape) > 1 and out.is_plain_stack and not any(layer.kind == "Flatten" for layer in out.layers):
        out = edits.insert_layer(out, "Flatten", 1, dict(LAYER_DEFAULTS["Flatten"]))
    loss = dict(training.loss)
    if loss["name"] not in training_rules.losses_for_task(dataset.task):
        loss = training_rules.default_loss(dataset.task)
    units, activation = training_rules.output_for_task(dataset.task, dataset.n_classes, dataset.n_outputs)
    last = out.layers[-1]
    if last.kind == "Dense":
        if last.config.get("units") != units:
            out = edits.set_layer_config(out, last.name, "units", units)
        if loss.get("from_logits"):
            activation = "linear"
        if last.config.get("activation") != activation:
            out = edits.set_layer_config(out, last.name, "activation", activation)
    else:
        out = edits.insert_layer(out, "Dense", len(out.layers), {**LAYER_DEFAULTS["Dense"], "units": units,
                                                                "activation": activation})
    new_training = type(training).from_dict({**training.to_dict(), "loss": loss})
    new_training.metrics = training_rules.metrics_for_task(new_training.metrics, dataset.task)
    return out, new_training


def _text_value(text: str, param: Param) -> Any:
    text = text.strip()
    if not text:
        return None
    if param.type == "column":
        try:
            return int(text)
        except ValueError:
            return text
    if param.type == "columns":   # "name, 0" -> ["name", 0]
        return [_text_value(part, Param("column", optional=True)) for part in text.split(",") if part.strip()] or None
    return text


def _show_value(control: Any, param: Param, value: Any) -> None:
    if isinstance(control, FeatureToggles):
        control.set_features(value)
        return
    control.blockSignals(True)
    try:
        if isinstance(control, QCheckBox):
            control.setChecked(bool(value))
        elif isinstance(control, QComboBox):
            index = control.findData(value)
            control.setCurrentIndex(max(index, 0))
        elif isinstance(control, QSlider):
            number = float(value if value is not None else param.default or 0)
            control.setValue(round(number * 100))
            control.readout.setText(f"{control.value()} %")
        elif isinstance(control, QSpinBox):
            if value is None:
                control.setValue(control.minimum())
            else:
                try:
                    control.setValue(int(value))
                except (TypeError, ValueError):
                    pass
        elif isinstance(control, QDoubleSpinBox):
            try:
                control.setValue(float(value))
            except (TypeError, ValueError):
                pass
        elif isinstance(control, QLineEdit):
            if isinstance(value, (list, tuple)):   # a "columns" list
                control.setText(", ".join(str(v) for v in value))
            else:
                control.setText("" if value is None else str(value))
    finally:
        control.blockSignals(False)
