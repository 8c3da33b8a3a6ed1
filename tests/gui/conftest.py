import gc

import pytest


@pytest.fixture(scope="package", autouse=True)
def garbage_collection_on_the_gui_thread():
    """Like the app (see annstudio/gui/app.py): no automatic cyclic GC while Qt objects are alive.

    Otherwise a collection triggered in a training worker thread can free a widget left over from an
    earlier test there, and Qt deadlocks waiting for the GIL the GUI thread holds.
    """
    enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test():
    yield
    gc.collect()  # on the main (GUI) thread


@pytest.fixture
def isolated_gui(tmp_path, monkeypatch):
    """A private settings store, and a fake CPU in the backend picker (no TensorFlow import)."""
    from PySide6.QtCore import QSettings

    from annstudio.gui.run import backend_picker

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(backend_picker, "list_tensorflow_devices", lambda: [("CPU:0", "CPU")])


def show_main_window(qtbot, size: tuple[int, int] | None = None):
    """A main window on screen; closing it at the end of the test stops its run and asks nothing."""
    from annstudio.gui.main_window import MainWindow

    window = MainWindow()

    def quiet_close(w) -> None:
        w.runner.shutdown(5000)
        w.document.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=quiet_close)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_csv_file(panel, path) -> None:
    """In the Data panel: pick "CSV file" in the list (as a click does) and type ``path`` in its File field."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLineEdit

    combo = panel.findChild(QComboBox, "datasetCombo")
    index = combo.findData("csv", Qt.ItemDataRole.UserRole)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    edit = panel.findChild(QLineEdit, "param_path")
    edit.setText(str(path))
    edit.editingFinished.emit()
