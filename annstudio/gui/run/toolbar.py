"""The row of controls on top (as in the Playground): run buttons, epoch readout, backend, and the
three settings a learner changes most — learning rate, optimizer, batch size — as undoable edits. The
number fields are ``gui.fields`` fields: a value outside its range is refused, with the reason shown in
the window's status bar (``quickControlsMessage``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QToolBar, QWidget

from ...spec.ranges import TRAINING_RANGES
from ...spec.training import OPTIMIZER_DEFAULTS, normalize_optimizer
from ..document import ProjectDocument
from ..editor import commands
from ..fields import FieldMessage, LearningRateBox, NumberField, format_number
from ..i18n import translate


def format_epoch(epoch: int) -> str:
    """The Playground's fixed-width epoch counter: 120 -> "000,120"."""
    return f"{max(0, int(epoch)):07,}"


class QuickControls:
    """Adds the epoch readout and the learning-rate / optimizer / batch controls to ``toolbar``."""

    def __init__(self, toolbar: QToolBar, document: ProjectDocument) -> None:
        self.toolbar, self.document = toolbar, document
        self.epoch_caption = QLabel(translate("QuickControls", "Epoch"))
        self.epoch = QLabel(format_epoch(0))
        self.epoch.setObjectName("epochReadout")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 11))
        self.epoch.setFont(mono)
        self.epoch.setMinimumWidth(self.epoch.fontMetrics().horizontalAdvance("0,000,000") + 8)
        self.epoch.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # The numeric fields refuse a value outside its range (spec/ranges.py) and say why in ``message``.
        self.message = FieldMessage()
        self.message.setObjectName("quickControlsMessage")
        self.learning_rate = LearningRateBox(message=self.message)
        self.learning_rate.setObjectName("learningRateField")
        self.learning_rate.setToolTip(translate("QuickControls", "Learning rate: how big a step gradient descent takes"))
        self.learning_rate.valueChanged.connect(self._on_learning_rate)

        self.optimizer = QComboBox()
        self.optimizer.setObjectName("optimizerCombo")
        self.optimizer.addItems(list(OPTIMIZER_DEFAULTS))
        self.optimizer.setToolTip(translate("QuickControls", "Optimizer: the rule that updates the weights from the gradients"))
        self.optimizer.activated.connect(lambda _i: self._on_optimizer())

        self.batch = NumberField(TRAINING_RANGES["batch_size"], lambda: translate("QuickControls", "Batch size"),
                                 message=self.message, fits="10000")
        self.batch.setObjectName("batchSpin")
        self.batch.setToolTip(translate("QuickControls", "Batch size: samples per gradient step"))
        self.batch.valueChanged.connect(self._on_batch)

        toolbar.addWidget(_padded(self.epoch_caption))
        toolbar.addWidget(self.epoch)
        toolbar.addSeparator()
        self.backend_anchor = toolbar.addSeparator()  # the backend picker goes before this
        # each label with its field as one tool-bar item: a narrow window moves both into the overflow (at 1024
        # px "Batch" stayed in the bar while its field went alone into the » menu)
        toolbar.addWidget(_labelled(translate("QuickControls", "Learning rate"), self.learning_rate, "learningRatePair"))
        toolbar.addWidget(_labelled(translate("QuickControls", "Optimizer"), self.optimizer, "optimizerPair"))
        toolbar.addWidget(_labelled(translate("QuickControls", "Batch"), self.batch, "batchPair"))
        # The message goes to the window's status bar (always visible; a crowded tool bar hides its last
        # widgets in its overflow menu), at the right, where temporary status messages do not cover it.
        self.message.setContentsMargins(4, 0, 8, 0)
        self.message.setWordWrap(False)
        host = toolbar.parentWidget()
        if isinstance(host, QMainWindow):
            host.statusBar().addPermanentWidget(self.message)
        else:
            self.message.toolbar_action = toolbar.addWidget(self.message)
            self.message.toolbar_action.setVisible(False)

        document.sigTrainingChanged.connect(self.refresh)
        document.sigReplaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        cfg = self.document.project.training
        for widget in (self.learning_rate, self.optimizer, self.batch):
            widget.blockSignals(True)
        try:
            self.learning_rate.setValue(cfg.learning_rate)
            self.optimizer.setCurrentText(cfg.optimizer["class_name"])
            self.batch.setValue(int(cfg.batch_size))
        finally:
            for widget in (self.learning_rate, self.optimizer, self.batch):
                widget.blockSignals(False)

    def set_epoch(self, epoch: int) -> None:
        self.epoch.setText(format_epoch(epoch))

    # ------------------------------------------------------------------ edits
    def _training(self):
        return self.document.section("training")

    def _on_learning_rate(self, value: float) -> None:
        cfg = self._training()
        if cfg.learning_rate == value:
            return
        optimizer = {"class_name": cfg.optimizer["class_name"], "config": {**cfg.optimizer["config"], "learning_rate": value}}
        cfg.optimizer = normalize_optimizer(optimizer)
        text = translate("QuickControls", "Learning rate {0}").format(format_number(value))
        commands.push(self.document, "training", cfg, text, merge_key="learning_rate")

    def _on_optimizer(self) -> None:
        name = self.optimizer.currentText()
        cfg = self._training()
        if cfg.optimizer["class_name"] == name:
            return
        cfg.optimizer = normalize_optimizer({"class_name": name, "config": {"learning_rate": cfg.learning_rate}})
        commands.push(self.document, "training", cfg, translate("QuickControls", "Optimizer {0}").format(name))

    def _on_batch(self, value: int) -> None:
        cfg = self._training()
        if cfg.batch_size == int(value):
            return
        cfg.batch_size = int(value)
        commands.push(self.document, "training", cfg, translate("QuickControls", "Batch size {0}").format(value),
                      merge_key="batch_size")


def _labelled(text: str, field: QWidget, name: str) -> QWidget:
    """``text`` and ``field`` side by side in one widget (the label is the field's buddy)."""
    host = QWidget()
    host.setObjectName(name)
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(_padded(label))
    row.addWidget(field)
    return host


def _padded(label: QWidget) -> QWidget:
    label.setContentsMargins(8, 0, 4, 0)
    return label
