"""``ChallengeBanner`` (objectName ``challengeBanner``): the teacher's goal above the window, with a live
check of each condition: ✓ or ✗ and the number now.

The numbers come from the live run (a ``LiveView``): the last epoch's logs (loss, accuracy, val_loss...)
and the results probe's test-set numbers (test accuracy, test MAE; the results panel's probe, which the
banner watches so it is computed while the banner shows). The model limits are counted on the model as it
is edited. ``engine.challenge.check`` decides; a reset of the run forgets the numbers.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine.challenge import ConditionCheck, all_met, check, metrics_from_logs, metrics_from_results
from ..example_texts import example_text
from ..flow_layout import FlowLayout
from ..i18n import render
from ..views.live import LiveView

MET = "#1b5e20"
NOT_MET = "#b71c1c"
MET_BACKGROUND = "#e8f5e9"
NOT_MET_BACKGROUND = "#ffebee"
BACKGROUND = "#e8f0fe"


class ChallengeBanner(LiveView, QFrame):
    live_keys = ("results",)

    def __init__(self, document, results_probe=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("challengeBanner")
        self.document = document
        self._results_probe = results_probe
        self.metrics: dict[str, float] = {}
        self._logged: dict = {}       # the last epoch's logs
        self._y_scale = 1.0           # a standardised target's scale (from the results probe)
        self.checks: list[ConditionCheck] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#challengeBanner {{ background: {BACKGROUND}; border: 1px solid #9db4e0; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("challengeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setObjectName("challengeNote")
        self.note.setWordWrap(True)
        head.addWidget(self.title)
        head.addWidget(self.note, 1)
        layout.addLayout(head)
        self.checks_host = QWidget()
        self.checks_layout = FlowLayout(self.checks_host)
        layout.addWidget(self.checks_host)
        self.check_labels: list[QLabel] = []
        document.sigChallengeChanged.connect(self.refresh)
        document.sigReplaced.connect(self._forget)
        document.sigSpecChanged.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ live run
    def watched_probes(self) -> list:
        return [self._results_probe] if self._results_probe is not None else []

    def on_run_events(self, events: list) -> None:
        changed = False
        for event in events:
            if event.get("event") == "epoch_end":
                self._logged = dict(event.get("logs") or {})
                self.metrics.update(metrics_from_logs(self._logged, self._y_scale))
                changed = True
            elif event.get("event") == "train_begin":
                self.metrics = {k: v for k, v in self.metrics.items() if k.startswith("test_")}
        if changed:
            self.request_frame()

    def draw_frame(self) -> None:
        self.refresh()

    def draw_live(self, results: dict) -> None:
        res = results.get("results")
        if res:
            scale = float(res.get("y_scale", 1.0))
            if scale != self._y_scale:   # validation MAE of a standardised target in the units of test MAE
                self._y_scale = scale
                self.metrics.update(metrics_from_logs(self._logged, scale))
            self.metrics.update(metrics_from_results(res))
            self.refresh()

    def clear_live(self) -> None:
        self._forget()

    def _forget(self) -> None:
        self.metrics = {}
        self._logged = {}
        self.refresh()

    # ------------------------------------------------------------------ drawing
    def refresh(self) -> None:
        challenge = self.document.project.challenge
        if challenge is None:  # (the window hides the banner's row)
            self.checks = []
            return
        self.checks = check(challenge, self.metrics, self.document.spec)
        done = all_met(self.checks)
        self.title.setText(self.tr("Challenge: goal reached!") if done else self.tr("Challenge:"))
        self.note.setText(example_text(challenge.note))
        self.note.setVisible(bool(challenge.note))
        while len(self.check_labels) < len(self.checks):
            label = QLabel(self.checks_host)
            label.setObjectName(f"challengeCheck{len(self.check_labels)}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.checks_layout.addWidget(label)
            self.check_labels.append(label)
        for i, label in enumerate(self.check_labels):
            shown = i < len(self.checks)
            label.setVisible(shown)
            if shown:
                item = self.checks[i]
                label.setText(render(item.text))
                colour, back = (MET, MET_BACKGROUND) if item.met else (NOT_MET, NOT_MET_BACKGROUND)
                label.setStyleSheet(f"QLabel {{ color: {colour}; background: {back}; border: 1px solid {colour}; "
                                    "border-radius: 3px; padding: 1px 6px; font-weight: bold; }")
                label.setToolTip(self.tr("Met") if item.met else self.tr("Not met yet"))

    def texts(self) -> list[str]:
        """What the check labels say (for tests)."""
        return [label.text() for label in self.check_labels if not label.isHidden()]
