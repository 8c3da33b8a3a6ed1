"""The backpropagation lab's single-neuron panel: the activation, the learning rate η, and the update
w ← w − η ∂L/∂w written out with the numbers, with a button that applies it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from ...learn.neuron_graph import ACTIVATIONS, DEFAULT_RATE
from ...spec.ranges import Range
from ..fields import FieldMessage, NumberField

RATE = Range(0.0, 10.0, low_open=True)


class NeuronPanel(QGroupBox):
    sigActivation = Signal(str)
    sigApply = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A single neuron"), parent)
        self.setObjectName("backpropNeuron")
        about = QLabel(self.tr("z = x·w + b, a = activation(z), loss L = (a − t)² against the target t."))
        about.setWordWrap(True)
        self.activation = QComboBox()
        self.activation.setObjectName("backpropActivation")
        names = {"sigmoid": self.tr("sigmoid"), "relu": self.tr("ReLU"), "identity": self.tr("none (identity)")}
        for key in ACTIVATIONS:
            self.activation.addItem(names[key], key)
        self.activation.currentIndexChanged.connect(lambda _i: self.sigActivation.emit(self.activation.currentData()))
        message = FieldMessage(self)
        self.rate = NumberField(RATE, lambda: QCoreApplication.translate("NumberField", "Learning rate"), self,
                                step=0.1, message=message)
        self.rate.setObjectName("backpropRate")
        self.rate.setValue(DEFAULT_RATE)
        self.update_text = QLabel()
        self.update_text.setObjectName("backpropUpdate")
        self.update_text.setWordWrap(True)
        self.update_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply = QPushButton(self.tr("Apply the update"))
        self.apply.setObjectName("backpropApplyUpdate")
        self.apply.setToolTip(self.tr("Set w and b to their new values; the loss is computed again."))
        self.apply.clicked.connect(self.sigApply)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("Activation:"), self.activation)
        form.addRow(self.tr("Learning rate η:"), self.rate)
        form.addRow(message)
        form.addRow(self.update_text)
        form.addRow(self.apply)
