"""File › Open on special files (issue 11, item 4): a FIFO, a folder or a device is refused with a dialog
that names what the path is; nothing is opened for reading, so a FIFO cannot freeze the window."""
import os
import threading

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annstudio.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def unblock_later(fifo):
    """If the code under test opens the FIFO, a writer appears after a while and writes a little text, so
    an unfixed build shows a wrong message instead of hanging the test forever."""
    def writer():
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:     # no reader (the fixed code never opens it)
            return
        os.write(fd, b"not json")
        os.close(fd)
    timers = [threading.Timer(delay, writer) for delay in (5, 10, 15)]
    for timer in timers:
        timer.daemon = True
        timer.start()
    return timers


@pytest.mark.parametrize("kind, what", [("fifo", "a named pipe (FIFO)"), ("folder", "a folder"),
                                        ("dev-null", "a device")])
def test_open_refuses_special_files_with_a_dialog(window, tmp_path, monkeypatch, kind, what):
    path = tmp_path / "shared.annproj"
    if kind == "fifo":
        os.mkfifo(path)
        unblock_later(path)
    elif kind == "folder":
        path.mkdir()
    else:
        os.symlink("/dev/null", path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a, **k: shown.append(
        (title, text))))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.actions_by_name["open"].trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Cannot open the project"
    assert f"{path} is {what}; only regular files are read" in text
    assert window.document.path != path
