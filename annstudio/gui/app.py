"""``annstudio`` with no command: the desktop app.

``main`` makes the ``QApplication`` (named "annstudio", which QSettings uses), installs the translators
(the language preference, else the system locale), opens the main window and runs the event loop.
TensorFlow is never imported here: it loads only when the user picks that backend.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

_T0 = time.perf_counter()


def main(argv: Sequence[str] | None = None, project_path: str | os.PathLike | None = None) -> int:
    """Run the app; ``project_path`` opens that project. Returns the exit status (2, with one line on
    stderr, when no window can open here: see ``platform_check``)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        from .platform_check import problem

        reason = problem()
        if reason is not None:
            print(reason, file=sys.stderr)
            return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from . import settings
    from .i18n import install_translators, resolve_language

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("annstudio")
    app.setOrganizationName("annstudio")
    app.setApplicationDisplayName("annstudio")
    icon = _icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app, resolve_language(settings.language()))
    configure_runtime(app)

    from .main_window import MainWindow

    window = MainWindow()
    if project_path:
        window.open_path(Path(project_path), ask=False)
    tensorflow_before_show = "tensorflow" in sys.modules  # must stay False: TF loads only on demand
    window.show()
    start_recovery(window, offer=os.environ.get("ANNSTUDIO_STARTUP_TIME") != "exit")
    if os.environ.get("ANNSTUDIO_STARTUP_TIME"):
        # benchmarks/gui_responsiveness.py reads this line: seconds from import to the window shown
        QTimer.singleShot(0, lambda: print(f"ANNSTUDIO_STARTUP {time.perf_counter() - _T0:.4f} "
                                           f"tensorflow={int(tensorflow_before_show)}", flush=True))
        if os.environ.get("ANNSTUDIO_STARTUP_TIME") == "exit":
            QTimer.singleShot(0, window.close)
    return int(app.exec())


def start_recovery(window, offer: bool = True) -> None:
    """Autosave the window's work (``autosave``); soon after the window shows, offer what an instance that
    did not close properly left behind (``recovery_dialog``). ``$ANNSTUDIO_TEST_SCRIPT``: a JSON list of
    actions a test plays in the real app (``action_script``)."""
    from PySide6.QtCore import QTimer

    from .autosave import Autosaver
    from .recovery_dialog import offer_recovery

    window.autosaver = Autosaver(window)
    script = os.environ.get("ANNSTUDIO_TEST_SCRIPT")
    if script:
        from .action_script import play_script

        play_script(window, Path(script))
    if offer:
        QTimer.singleShot(0, lambda: offer_recovery(window))


def configure_runtime(app) -> None:
    """Interpreter settings for a GUI with a training thread beside it (the app and its benchmark use it).

    - Python's cyclic garbage collector may run in any thread, e.g. the training worker's; if it frees a
      Qt widget there, Qt deadlocks or crashes. Collect on a GUI-thread timer instead (pyqtgraph's recipe).
    - A thread that wants the GIL waits up to the switch interval (5 ms by default) while the worker
      computes; 1 ms keeps the event loop's latency low for a small cost in training speed.
    """
    from pyqtgraph.util.garbage_collector import GarbageCollector

    sys.setswitchinterval(0.001)
    if getattr(app, "_annstudio_gc", None) is None:
        app._annstudio_gc = GarbageCollector(interval=1.0)  # lives as long as the application


def _icon_path() -> Path | None:
    try:
        from ..resources import resource_path

        path = resource_path("icons", "annstudio.svg")
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
