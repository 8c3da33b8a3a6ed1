"""The window the screenshot tools grab: the app in a language, with private settings, on a copy of the spiral
example, shown at 1600×960 (used by runs_screenshot.py and sweep_screenshot.py)."""
from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def spiral_window(language: str) -> tuple[Any, Any, Callable[[int], None]]:
    """``(app, window, wait)``: the main window on a copy of the spiral example, shown; ``wait(ms)`` runs the
    event loop for ``ms`` milliseconds."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    app.setApplicationName("annstudio")
    app.setOrganizationName("annstudio")
    from annstudio.gui.app import configure_runtime
    from annstudio.gui.i18n import install_translators
    from annstudio.resources import resource_path

    install_translators(app, language)
    configure_runtime(app)
    from annstudio.gui.main_window import MainWindow

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    work = Path(tempfile.mkdtemp()) / "spiral.annproj"
    shutil.copy(resource_path("examples", "spiral.annproj"), work)
    window = MainWindow()
    window.open_path(work, ask=False)
    window.resize(1600, 960)
    window.move(0, 0)
    window.show()
    wait(500)
    return app, window, wait
