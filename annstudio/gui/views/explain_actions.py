"""The Learn menu's entries for gradients in the main window: "Explain this step" (a dock with
``ExplainStepView``), "Gradient sizes per layer" (a dock with ``GradientView``) and "Check gradients"
(``CheckGradientsDialog``). Docks are made on first use, tabbed with the Output area."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from ..i18n import translate
from ..run.state import RunState
from ..wheel_guard import guard_wheels


def _texts() -> dict[str, tuple[str, str]]:
    return {
        "explain_step": (translate("Explain", "E&xplain this step…"),
                         translate("Explain", "One training step on one sample, written out with the model's numbers")),
        "gradient_view": (translate("Explain", "&Gradient sizes per layer…"),
                          translate("Explain", "Each layer's mean |∂E/∂W| per epoch: see gradients vanish")),
        "check_gradients": (translate("Explain", "&Check gradients…"),
                            translate("Explain", "Backpropagation's gradients next to numerical ones")),
    }


def add_explain_actions(window: Any, menu: QMenu) -> None:
    """Add the three actions to ``menu`` (objectNames ``action_explain_step``, ``action_gradient_view``,
    ``action_check_gradients``); the first and last are disabled, saying why, while a batch runs."""
    slots = {"explain_step": lambda: open_explain_step(window), "gradient_view": lambda: open_gradient_view(window),
             "check_gradients": lambda: check_gradients(window)}
    for name, (text, tip) in _texts().items():
        action = QAction(text, window)
        action.setObjectName(f"action_{name}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, slot=slots[name]: slot())
        window.actions_by_name[name] = action
        menu.addAction(action)

    def on_state(state: str) -> None:
        running = RunState(state) == RunState.RUNNING
        for name in ("explain_step", "check_gradients"):
            action = window.actions_by_name[name]
            action.setEnabled(not running)
            action.setToolTip(translate("Explain", "Pause training first: a step is explained on a model at rest")
                              if running else _texts()[name][1])

    window.runner.sigStateChanged.connect(on_state)


def _dock(window: Any, key: str, title: str, widget: QWidget, beside: str = "outputArea") -> QDockWidget:
    dock = window.docks.get(key)
    if dock is None:
        guard_wheels(widget)   # the wheel over an unfocused choice scrolls the page, it does not change it
        dock = QDockWidget(title, window)
        dock.setObjectName(f"{key}Dock")
        dock.setWidget(widget)
        dock.toggleViewAction().setObjectName(f"action_view_{key}")
        window.docks[key] = dock
        other = window.docks.get(beside)
        if other is not None and not other.isFloating():
            window.tabifyDockWidget(other, dock)
        else:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    dock.raise_()
    return dock


def open_explain_step(window: Any) -> QWidget:
    from .explain_step import ExplainStepView

    dock = window.docks.get("explainStep")
    if dock is None:
        dock = _dock(window, "explainStep", translate("Explain", "Explain this step"), ExplainStepView(window))
    else:
        _dock(window, "explainStep", "", dock.widget())
    view = dock.widget()
    view.refresh()
    return view


def open_gradient_view(window: Any) -> QWidget:
    from .gradient_view import GradientView

    dock = window.docks.get("gradientView")
    if dock is None:
        view = GradientView()
        window.add_live_view(view)
        dock = _dock(window, "gradientView", translate("Explain", "Gradients"), view)
        dock.visibilityChanged.connect(view.set_on_screen)
        if window.runner.state != RunState.RUNNING:
            view.request_refresh()  # the model as it is now: the first point
    else:
        _dock(window, "gradientView", "", dock.widget())
    return dock.widget()


def check_gradients(window: Any) -> QWidget:
    from .explain_check import CheckGradientsDialog

    dialog = window.findChild(CheckGradientsDialog, "checkGradientsDialog")
    if dialog is None:
        dialog = CheckGradientsDialog(window.runner, window)
    dialog.run_check()
    dialog.show()
    dialog.raise_()
    return dialog
