"""BackendPicker with the machine faked: TensorFlow missing or broken, no GPU, two GPUs."""
import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt

from annstudio.engine import session
from annstudio.gui.run import backend_picker as bp

HINT = "TensorFlow is not installed; install it with: pip install 'annstudio[tensorflow]'"


def fake_status(tensorflow_ok):
    def status(name):
        if name == "tensorflow" and not tensorflow_ok:
            return False, HINT
        return True, ""
    return status


def entries(picker):
    model = picker.model()
    return [(picker.itemText(i), model.item(i).isEnabled(), picker.itemData(i, Qt.ItemDataRole.ToolTipRole),
             tuple(picker.itemData(i))) for i in range(picker.count())]


@pytest.fixture
def machine(monkeypatch):
    """Fake the TensorFlow device listing; ``machine.devices`` is what it returns (or raises)."""
    class Machine:
        devices = [("CPU:0", "Fake CPU, 8 threads")]
        calls = 0

        def list(self):
            Machine.calls += 1
            if isinstance(self.devices, Exception):
                raise self.devices
            return list(self.devices)

    m = Machine()
    monkeypatch.setattr(bp, "backend_status", fake_status(True))
    monkeypatch.setattr(bp, "list_tensorflow_devices", m.list)
    return m


def shown(qtbot, picker):
    """Show the picker and open its list, which is when it looks for devices."""
    qtbot.addWidget(picker)
    picker.show()
    with qtbot.waitSignal(picker.sigDevicesChecked, timeout=5000):
        picker.showPopup()
    picker.hidePopup()
    return picker


def test_tensorflow_missing_disables_its_entries_with_the_install_hint(qtbot, monkeypatch):
    monkeypatch.setattr(bp, "backend_status", fake_status(False))
    monkeypatch.setattr(bp, "list_tensorflow_devices", lambda: pytest.fail("must not look for devices"))
    picker = bp.BackendPicker()
    qtbot.addWidget(picker)
    picker.show()
    rows = entries(picker)
    assert rows[0][:2] == ("NumPy (from scratch)", True)
    assert [r[0] for r in rows[1:]] == ["TensorFlow — CPU", "TensorFlow — GPU"]
    assert all(not enabled and tip == HINT for _, enabled, tip, _ in rows[1:])
    assert picker.current_backend() == ("numpy", None)
    assert not picker.set_backend("tensorflow", "CPU:0")
    assert picker.current_backend() == ("numpy", None)


def test_two_gpus_give_two_enabled_gpu_entries(qtbot, machine):
    machine.devices = [("CPU:0", "Fake CPU"), ("GPU:0", "Fake GPU A, compute capability 8.6"),
                       ("GPU:1", "Fake GPU B, compute capability 7.5")]
    picker = shown(qtbot, bp.BackendPicker())
    rows = entries(picker)
    assert [(text, enabled, data) for text, enabled, _, data in rows] == [
        ("NumPy (from scratch)", True, ("numpy", None)),
        ("TensorFlow — CPU", True, ("tensorflow", "CPU:0")),
        ("TensorFlow — GPU:0", True, ("tensorflow", "GPU:0")),
        ("TensorFlow — GPU:1", True, ("tensorflow", "GPU:1")),
    ]
    assert rows[3][2] == "Fake GPU B, compute capability 7.5"
    with qtbot.waitSignal(picker.sigBackendChanged) as blocker:
        assert picker.set_backend("tensorflow", "GPU:1")
    assert blocker.args == ["tensorflow", "GPU:1"]
    assert picker.current_backend() == ("tensorflow", "GPU:1")


def test_no_gpu_leaves_a_disabled_gpu_entry_saying_so(qtbot, machine):
    picker = shown(qtbot, bp.BackendPicker())
    rows = entries(picker)
    assert rows[1][:3] == ("TensorFlow — CPU", True, "Fake CPU, 8 threads")
    assert rows[2][:3] == ("TensorFlow — GPU", False, "No GPU found")
    assert picker.count() == 3


def test_entries_say_checking_until_the_devices_are_known(qtbot, machine, monkeypatch):
    release = threading.Event()
    threads = []

    def slow_list():
        threads.append(threading.get_ident())
        assert release.wait(5)
        return [("CPU:0", "Fake CPU"), ("GPU:0", "Fake GPU")]

    monkeypatch.setattr(bp, "list_tensorflow_devices", slow_list)
    picker = bp.BackendPicker()
    qtbot.addWidget(picker)
    assert not picker.devices_checked
    picker.show()
    picker.showPopup()  # the scan starts in the background; the GUI thread is free
    rows = entries(picker)
    assert "checking…" in rows[2][0] and not rows[2][1]
    assert rows[1][2] == "checking devices…"
    picker.set_backend("tensorflow", "CPU:0")  # usable before the scan ends
    with qtbot.waitSignal(picker.sigDevicesChecked, timeout=5000):
        release.set()
    assert threads and threads[0] != threading.get_ident()
    assert [r[0] for r in entries(picker)] == ["NumPy (from scratch)", "TensorFlow — CPU", "TensorFlow — GPU:0"]
    assert picker.current_backend() == ("tensorflow", "CPU:0")  # the choice survives the update


def test_broken_tensorflow_disables_its_entries_and_falls_back_to_numpy(qtbot, machine, monkeypatch):
    release = threading.Event()

    def broken():
        release.wait(5)
        raise ImportError("libcudart.so.12: cannot open shared object file")

    monkeypatch.setattr(bp, "list_tensorflow_devices", broken)
    picker = bp.BackendPicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.showPopup()
    picker.set_backend("tensorflow", "CPU:0")
    changes = []
    picker.sigBackendChanged.connect(lambda *args: changes.append(args))
    with qtbot.waitSignal(picker.sigDevicesChecked, timeout=5000):
        release.set()
    rows = entries(picker)
    assert all(not enabled and "libcudart" in tip for _, enabled, tip, _ in rows[1:])
    assert picker.current_backend() == ("numpy", None)
    assert changes == [("numpy", None)]


def test_showing_the_window_does_not_load_tensorflow(qtbot, machine):
    picker = bp.BackendPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.wait(50)
    assert machine.calls == 0 and not picker.devices_checked


def test_devices_are_looked_up_once(qtbot, machine):
    picker = shown(qtbot, bp.BackendPicker())
    picker.hide()
    picker.show()
    picker.check_devices()
    assert machine.calls == 1


def test_real_backend_status_hint_is_what_the_picker_shows(qtbot, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "tensorflow" else real(name, *a))
    picker = bp.BackendPicker()
    qtbot.addWidget(picker)
    assert entries(picker)[1][2] == session.backend_status("tensorflow")[1]
    assert "pip install" in entries(picker)[1][2]


def test_building_the_picker_does_not_import_tensorflow():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from annstudio.gui.run.backend_picker import BackendPicker\n"
        "from annstudio.gui.run.training_panel import TrainingPanel\n"
        "from annstudio.gui.document import ProjectDocument\n"
        "from annstudio.gui.run.worker import TrainingRunner\n"
        "panel = TrainingPanel(ProjectDocument(), TrainingRunner())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60).stdout.strip()
    assert out.splitlines()[-1] == "[]"


def test_the_device_scan_imports_tensorflow_under_the_backends_import_lock(monkeypatch):
    """The scan runs in a pool thread while a TensorFlow run may start: both import under one lock
    (tests/backends/tensorflow/test_import_lock.py)."""
    from annstudio.backends import tensorflow as tf_backend

    seen = []

    class Devices:
        @staticmethod
        def list_devices():
            return []

    def fake_import(name, package=None):
        seen.append((name, tf_backend.IMPORT_LOCK.locked()))
        return Devices

    monkeypatch.setattr(tf_backend.importlib, "import_module", fake_import)
    assert bp.list_tensorflow_devices() == []
    assert seen == [("annstudio.backends.tensorflow.devices", True)]
