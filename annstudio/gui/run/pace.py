"""The pace control in the top row: how fast a run is *shown* (at most N epochs a second), never what it
trains. The worker waits between epochs (``TrainingWorker.pace``); the batches and weights of a seeded run
are the same at every pace. A small 2-D example trains an epoch in about 10 ms, so "Watchable" lets a
learner follow the spiral for about 15 s; a big data set (Fashion-MNIST) never reaches 10 epochs a second
and is not slowed at all.

The pace is a preference of the person watching, like the language, so it lives in the settings (one
choice for every project), not in the project file: a project trains the same in the GUI, headless and on
another machine whatever pace someone watched it at.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from .. import settings
from ..i18n import translate
from .worker import TrainingRunner

# key -> epochs a second at most (None: no limit), in the order the combo lists them
PACES: dict[str, float | None] = {"slow": 2.0, "watchable": 10.0, "fastest": None}
DEFAULT_PACE = "watchable"


def pace_titles() -> dict[str, str]:
    return {
        "slow": translate("PaceControl", "Slow"),
        "watchable": translate("PaceControl", "Watchable"),
        "fastest": translate("PaceControl", "Fastest"),
    }


def pace_tips() -> dict[str, str]:
    return {
        "slow": translate("PaceControl", "At most 2 epochs a second: follow every change"),
        "watchable": translate("PaceControl", "At most 10 epochs a second: small examples take seconds, not a blink"),
        "fastest": translate("PaceControl", "No waiting: as fast as the computer trains"),
    }


def saved_pace() -> str:
    key = settings.pace(DEFAULT_PACE)
    return key if key in PACES else DEFAULT_PACE


class PaceControl:
    """The "Pace" label and combo (``paceCombo``) added to ``toolbar``; sets ``runner``'s pace and saves it."""

    def __init__(self, toolbar: QToolBar, runner: TrainingRunner) -> None:
        self.runner = runner
        self.label = QLabel(translate("PaceControl", "Pace"))
        self.label.setContentsMargins(8, 0, 4, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("paceCombo")
        self.combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tips = pace_tips()
        for key, title in pace_titles().items():
            self.combo.addItem(title, key)
            self.combo.setItemData(self.combo.count() - 1, tips[key], Qt.ItemDataRole.ToolTipRole)
        self.combo.setToolTip(translate(
            "PaceControl", "Pace: how fast the epochs are shown. Only the speed changes, never the results."))
        self.label.setBuddy(self.combo)
        self.combo.setCurrentIndex(self.combo.findData(saved_pace()))
        self.combo.currentIndexChanged.connect(self._on_changed)
        toolbar.addWidget(self.label)
        toolbar.addWidget(self.combo)
        runner.set_pace(PACES[self.key()])

    def key(self) -> str:
        return str(self.combo.currentData())

    def _on_changed(self, _index: int) -> None:
        key = self.key()
        self.runner.set_pace(PACES[key])
        settings.set_pace(key)
