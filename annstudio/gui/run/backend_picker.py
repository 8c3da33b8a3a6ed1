"""``BackendPicker``: NumPy, TensorFlow on the CPU, or TensorFlow on one of the GPUs found here.

Finding the GPUs needs ``import tensorflow`` (seconds), so it happens in a ``QThreadPool`` thread the
first time the picker is shown; until then the TensorFlow entries say "checking…". Entries that cannot
run stay in the list, disabled, with the reason as their tooltip.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from ...backends.tensorflow import NOT_IN_BUILD
from ...engine.session import backend_status


def list_tensorflow_devices() -> list[tuple[str, str]]:
    """``(name, description)`` of TensorFlow's logical devices ("CPU:0", "GPU:1", ...).

    Imports TensorFlow: call it off the GUI thread. Tests replace it to fake a machine.
    """
    from ...backends.tensorflow import load

    return [(d.name, d.description) for d in load("devices").list_devices()]


class _ScanSignals(QObject):
    sigDone = Signal(object)  # list[(name, description)] or an Exception


class _DeviceScan(QRunnable):
    def __init__(self, signals: _ScanSignals) -> None:
        super().__init__()
        self.signals = signals

    def run(self) -> None:
        try:
            result: Any = list_tensorflow_devices()
        except Exception as exc:  # noqa: BLE001 - a broken TensorFlow disables its entries, nothing more
            result = exc
        try:
            self.signals.sigDone.emit(result)
        except RuntimeError:  # the application closed while TensorFlow was loading
            pass


class BackendPicker(QComboBox):
    """Choose where training runs. :meth:`current_backend` gives ``(backend, device)``:
    ``("numpy", None)``, ``("tensorflow", "CPU:0")`` or ``("tensorflow", "GPU:n")``."""

    sigBackendChanged = Signal(str, object)  # backend, device (str or None)
    sigDevicesChecked = Signal()  # the device scan finished (the entries are final)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backendPicker")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("Where training runs: the from-scratch NumPy code, or TensorFlow on a CPU or GPU"))
        self._scan: _ScanSignals | None = None
        self._checked = False
        self._last = ("numpy", None)
        self.addItem(self.tr("NumPy (from scratch)"), ("numpy", None))
        self.setItemData(0, self.tr("The from-scratch NumPy implementation: every step can be read in the code"),
                         Qt.ItemDataRole.ToolTipRole)
        usable, reason = backend_status("tensorflow")
        if usable:
            self._add("tensorflow", "CPU:0", self.tr("TensorFlow — CPU"), self.tr("checking devices…"), True)
            self._add("tensorflow", None, self.tr("TensorFlow — GPU (checking…)"), self.tr("checking devices…"), False)
        else:
            if reason == NOT_IN_BUILD:  # the lean desktop bundle
                reason = self.tr("This build has no TensorFlow (the full desktop bundle has it)")
            self._add("tensorflow", "CPU:0", self.tr("TensorFlow — CPU"), reason, False)
            self._add("tensorflow", "GPU:0", self.tr("TensorFlow — GPU"), reason, False)
            self._checked = True
        self.currentIndexChanged.connect(self._on_index_changed)

    # ------------------------------------------------------------------ public
    def current_backend(self) -> tuple[str, str | None]:
        data = self.currentData()
        return tuple(data) if data else ("numpy", None)

    def set_backend(self, backend: str, device: str | None = None) -> bool:
        """Select an entry; False (and nothing changes) when it does not exist or cannot run."""
        for row in range(self.count()):
            if tuple(self.itemData(row) or ()) == (backend, device) and self._enabled(row):
                self.setCurrentIndex(row)
                return True
        return False

    @property
    def devices_checked(self) -> bool:
        return self._checked

    def check_devices(self) -> None:
        """Look for TensorFlow's devices in a background thread (once; opening the list calls it).

        Not at start-up: importing TensorFlow holds the interpreter for about a second, which would
        stall the window while it is first being used; opening the list is when the answer is needed.
        """
        if self._checked or self._scan is not None:
            return
        self._scan = _ScanSignals()
        self._scan.sigDone.connect(self._on_devices)
        QThreadPool.globalInstance().start(_DeviceScan(self._scan))

    def showPopup(self) -> None:
        self.check_devices()
        super().showPopup()

    # ------------------------------------------------------------------ internals
    def _add(self, backend: str, device: str | None, text: str, tooltip: str, enabled: bool) -> None:
        self.addItem(text, (backend, device))
        row = self.count() - 1
        self.setItemData(row, tooltip, Qt.ItemDataRole.ToolTipRole)
        self._set_enabled(row, enabled)

    def _set_enabled(self, row: int, enabled: bool) -> None:
        model = self.model()
        if isinstance(model, QStandardItemModel):
            model.item(row).setEnabled(enabled)

    def _enabled(self, row: int) -> bool:
        model = self.model()
        return not isinstance(model, QStandardItemModel) or model.item(row).isEnabled()

    @Slot(object)
    def _on_devices(self, result: Any) -> None:
        self._scan = None
        self._checked = True
        selected = self.current_backend()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        if isinstance(result, Exception):
            reason = self.tr("TensorFlow could not start: {0}").format(f"{type(result).__name__}: {result}")
            self._add("tensorflow", "CPU:0", self.tr("TensorFlow — CPU"), reason, False)
            self._add("tensorflow", "GPU:0", self.tr("TensorFlow — GPU"), reason, False)
        else:
            cpus = [(n, d) for n, d in result if n.startswith("CPU:")]
            gpus = [(n, d) for n, d in result if n.startswith("GPU:")]
            cpu_text = cpus[0][1] if cpus else self.tr("the host CPU")
            self._add("tensorflow", "CPU:0", self.tr("TensorFlow — CPU"), cpu_text, True)
            for name, description in gpus:
                self._add("tensorflow", name, self.tr("TensorFlow — {0}").format(name), description, True)
            if not gpus:
                self._add("tensorflow", "GPU:0", self.tr("TensorFlow — GPU"), self.tr("No GPU found"), False)
        if not self.set_backend(*selected):
            self.setCurrentIndex(0)
        self.blockSignals(False)
        self._on_index_changed()
        self.sigDevicesChecked.emit()

    @Slot()
    def _on_index_changed(self, *_: Any) -> None:
        current = self.current_backend()
        if current != self._last:
            self._last = current
            self.sigBackendChanged.emit(*current)
