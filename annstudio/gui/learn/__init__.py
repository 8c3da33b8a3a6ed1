"""The Learn menu's labs: each a widget in a dock of the main window, made when first opened.

``LABS`` lists them in the notes' order. A lab module ``gui/learn/<module>.py`` holds a widget class whose
constructor takes the main window (for the current project, its document and runner) and whose
``objectName`` is the lab's key (``perceptronLab`` ...). ``open_lab(window, key)`` makes the lab's dock on
first use (tabbed over the Output area), shows it and brings it to the front.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from ..i18n import translate
from ..wheel_guard import guard_wheels


@dataclass(frozen=True)
class Lab:
    key: str          # the lab widget's objectName
    action: str       # the Learn menu action's name (objectName ``action_<action>``)
    module: str       # module under annstudio.gui.learn
    cls: str          # the widget class in it
    chapter: int      # the notes' chapter (CURRICULUM.md section)

    def title(self) -> str:
        return {
            "perceptronLab": translate("Learn", "Perceptron and logic gates"),
            "forwardPassLab": translate("Learn", "Forward pass as matrices"),
            "backpropLab": translate("Learn", "Backpropagation on a graph"),
            "descentLab": translate("Learn", "Gradient descent and losses"),
        }[self.key]


LABS = (
    Lab("perceptronLab", "perceptron_lab", "perceptron_lab", "PerceptronLab", 1),
    Lab("forwardPassLab", "forward_pass_lab", "forward_pass_lab", "ForwardPassLab", 2),
    Lab("backpropLab", "backprop_lab", "backprop_lab", "BackpropLab", 3),
    Lab("descentLab", "descent_lab", "descent_lab", "DescentLab", 3),
)


def lab_widget(window, key: str) -> QWidget | None:
    """The lab's widget if it has been opened in ``window``, else ``None``."""
    dock = window.docks.get(key)
    return dock.widget() if dock is not None else None


def open_lab(window, key: str) -> QWidget:
    """Show the lab ``key`` in ``window`` (making it on first use) and return its widget."""
    dock = window.docks.get(key)
    made = dock is None
    if dock is None:
        lab = next(lab for lab in LABS if lab.key == key)
        module = importlib.import_module(f"{__name__}.{lab.module}")
        widget = getattr(module, lab.cls)(window)
        widget.setObjectName(lab.key)
        guard_wheels(widget)   # the wheel over an unfocused choice scrolls the lab, it does not change it
        dock = QDockWidget(lab.title(), window)
        dock.setObjectName(f"{key}Dock")
        dock.setWidget(widget)
        dock.toggleViewAction().setObjectName(f"action_view_{key}")
        window.docks[key] = dock
        output = window.docks.get("outputArea")
        if output is not None and not output.isFloating():
            window.tabifyDockWidget(output, dock)
        else:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    dock.raise_()
    if made and not dock.isFloating():
        QTimer.singleShot(0, lambda: widen(window, dock))  # once the new tab is laid out
    dock.widget().setFocus(Qt.FocusReason.OtherFocusReason)
    return dock.widget()


#: the share of the window's width a lab's column gets when the lab is first opened
LAB_SHARE = 0.5


def widen(window, dock: QDockWidget) -> None:
    """Give the lab's column at least ``LAB_SHARE`` of the window: the labs are tables and plots side by side
    and the Output column's default third would squeeze them. The other columns shrink (they scroll), and
    the learner can drag the splitter back."""
    target = int(window.width() * LAB_SHARE)
    if dock.width() < target:
        window.resizeDocks([dock], [target], Qt.Orientation.Horizontal)
