"""The one place that maps a challenge's control names (``annstudio.challenge.CONTROLS``) to the window's
widgets, and ``ChallengeGuard``, which locks (disables, with the reason as tooltip) and hides them.

Widgets are found through their objectNames (shared/UI.md) under the panels that hold them
(``WIDGET_NAMES``: add a control there and in ``annstudio.challenge.CONTROLS``). Some are
rebuilt (the dataset's parameter fields when the dataset changes) and some are enabled again by their
owners (the backend picker after a run, the palette after training), so the guard applies the challenge
again, a moment later, after every such change.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QToolBar, QWidget

from ...challenge import CONTROLS, Challenge
from ..i18n import translate

#: the property that keeps a widget's own tooltip while a lock's reason replaces it
_OWN_TIP = "challengeOwnTip"


#: control name -> (the objectName of the panel to look in, the objectNames of its widgets); shared/UI.md
#: lists the names. A dock stands for its whole panel; the dataset's fields are rebuilt with the dataset.
WIDGET_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "dataset": ("datasetPanel", ("datasetCombo",)),
    "data_seed": ("datasetPanel", ("param_seed",)),
    "data_settings": ("datasetPanel", ("param_*", "browse_*", "featureToggles")),
    "backend": ("trainingToolbar", ("backendPicker",)),
    "learning_rate": ("mainWindow", ("learningRateField", "learningRateBox")),
    "optimizer": ("mainWindow", ("optimizerCombo", "optimizerBox")),
    "batch_size": ("mainWindow", ("batchSpin", "batchSizeBox")),
    "epochs": ("trainingPanel", ("epochsBox",)),
    "loss": ("trainingPanel", ("lossBox",)),
    "training_seed": ("trainingPanel", ("seedBox",)),
    "validation_split": ("trainingPanel", ("validationSplitBox",)),
    "layer_palette": ("mainWindow", ("layerPaletteDock",)),
    "activation": ("layerInspector", ("activation", "function")),
}


def widgets_of(window, control: str) -> list[QWidget]:
    """The widgets that stand for ``control`` in ``window`` (found by objectName; ``name_*``: a prefix;
    the data seed's field is not one of the dataset settings)."""
    scope, names = WIDGET_NAMES[control]
    root = window if window.objectName() == scope else window.findChild(QWidget, scope)
    if root is None:
        return []
    found: list[QWidget] = []
    for name in names:
        if name.endswith("*"):
            found += [w for w in root.findChildren(QWidget) if w.objectName().startswith(name[:-1])
                      and w.objectName() != "param_seed"]
        else:
            found += root.findChildren(QWidget, name)
    return found


assert set(WIDGET_NAMES) == set(CONTROLS)


def control_title(name: str) -> str:
    """The control's name in the teacher's dialog."""
    return {
        "dataset": translate("Challenge", "Dataset choice"),
        "data_seed": translate("Challenge", "Data seed"),
        "data_settings": translate("Challenge", "Dataset settings (noise, samples, split…)"),
        "backend": translate("Challenge", "Backend"),
        "learning_rate": translate("Challenge", "Learning rate"),
        "optimizer": translate("Challenge", "Optimizer"),
        "batch_size": translate("Challenge", "Batch size"),
        "epochs": translate("Challenge", "Epochs"),
        "loss": translate("Challenge", "Loss function"),
        "training_seed": translate("Challenge", "Training seed"),
        "validation_split": translate("Challenge", "Validation split"),
        "layer_palette": translate("Challenge", "Layer palette"),
        "activation": translate("Challenge", "Activation functions"),
    }[name]


def locked_tip() -> str:
    return translate("Challenge", "Locked by this challenge")


class ChallengeGuard(QObject):
    """Keeps the window's controls as the document's challenge says: locked ones disabled (tooltip:
    why), hidden ones hidden (with their labels and, for a panel, its View menu entry)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.apply)
        self._applied: dict[str, tuple[bool, bool]] = {}  # control -> (locked, hidden) as last applied
        doc = window.document
        for signal in (doc.sigChallengeChanged, doc.sigReplaced, doc.sigDatasetChanged, doc.sigSpecChanged,
                       window.runner.sigStateChanged):
            signal.connect(self.schedule)
        window.stack_editor.sigSelectionChanged.connect(self.schedule)

    @property
    def challenge(self) -> Challenge | None:
        return self.window.document.project.challenge

    def schedule(self, *_args) -> None:
        """Apply soon: after the owners of the widgets have updated them for the same change."""
        self._timer.start()

    def apply(self) -> None:
        challenge = self.challenge
        for name in WIDGET_NAMES:
            locked = challenge is not None and challenge.is_locked(name)
            hidden = challenge is not None and challenge.is_hidden(name)
            if not locked and not hidden and self._applied.get(name, (False, False)) == (False, False):
                continue  # never touched: leave the widget to its owner
            for widget in widgets_of(self.window, name):
                self._set(widget, locked, hidden)
            self._applied[name] = (locked, hidden)

    def show_hidden_panels(self) -> None:
        """Show the panels the challenge hides (before the window stores its layout as it closes: the next
        project, without this challenge, starts with every panel)."""
        challenge = self.challenge
        if challenge is None:
            return
        for name in challenge.hidden:
            for widget in widgets_of(self.window, name):
                if isinstance(widget, QDockWidget):
                    widget.show()

    # ------------------------------------------------------------------ one widget
    def _set(self, widget: QWidget, locked: bool, hidden: bool) -> None:
        if isinstance(widget, QDockWidget):
            widget.toggleViewAction().setVisible(not hidden)
            if hidden:
                widget.hide()
            elif widget.isHidden() and self._applied:
                widget.show()
            widget = widget.widget()
            if widget is None:
                return
            panel = getattr(self.window, "palette", None)
            if panel is not None and (widget is panel or widget.isAncestorOf(panel)):
                # unlocked: as its owner wants it (locked while training runs)
                panel.set_locked(locked_tip() if locked else self.window.document.model_locked)
                return
        self._lock(widget, locked)
        self._hide(widget, hidden)

    def _lock(self, widget: QWidget, locked: bool) -> None:
        if locked:
            if widget.property(_OWN_TIP) is None:
                widget.setProperty(_OWN_TIP, widget.toolTip())
            widget.setEnabled(False)
            widget.setToolTip(locked_tip())
        elif widget.property(_OWN_TIP) is not None:
            # as its owner wants it: the backend cannot change while a run is active
            widget.setEnabled(not (widget is self.window.backend_picker and self.window.runner.is_active))
            widget.setToolTip(str(widget.property(_OWN_TIP)))
            widget.setProperty(_OWN_TIP, None)

    def _hide(self, widget: QWidget, hidden: bool) -> None:
        bar = _toolbar_of(widget)
        if bar is not None:
            actions = bar.actions()
            for i, action in enumerate(actions):
                if bar.widgetForAction(action) is widget:
                    action.setVisible(not hidden)
                    caption = bar.widgetForAction(actions[i - 1]) if i else None
                    if isinstance(caption, QLabel):
                        actions[i - 1].setVisible(not hidden)
            return
        row = _form_row(widget)
        if row is not None:
            form, host = row
            form.setRowVisible(host, not hidden)
            return
        widget.setVisible(not hidden)


def _toolbar_of(widget: QWidget) -> QToolBar | None:
    parent = widget.parentWidget()
    return parent if isinstance(parent, QToolBar) else None


def _form_row(widget: QWidget) -> tuple[QFormLayout, QWidget] | None:
    """The form layout and the widget of the row that holds ``widget`` (itself or a host of it)."""
    host: QWidget | None = widget
    for _level in range(2):  # the field, or the row's host widget around it (a slider and its readout)
        parent = host.parentWidget() if host is not None else None
        if host is None or parent is None:
            return None
        layout = parent.layout()
        if isinstance(layout, QFormLayout) and layout.indexOf(host) >= 0:
            return layout, host
        host = host.parentWidget()
    return None
