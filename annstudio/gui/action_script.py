"""A test hook: play a JSON list of actions in the real app (``$ANNSTUDIO_TEST_SCRIPT``, see ``app.py``).

End-to-end tests start annstudio in a subprocess, let it edit and train through these actions, kill it,
and start it again (``tests/gui/test_autosave_recovery.py``). Each action waits until it is done (a
state reached, a file written) and then prints ``ANNSTUDIO_STEP <index> <action>`` on stdout; results
are printed as ``ANNSTUDIO_<WHAT> <json>`` lines. Actions (``{"do": ..., ...}``):

``example`` (name: a bundled example's file stem), ``rename`` (name), ``training`` (set: settings of the
training config), ``play``, ``pause``, ``wait_state`` (state), ``wait_epochs`` (n, or more), ``wait_saved`` (the
autosave entry holds everything so far), ``wait_model`` (an idle model exists), ``weights`` (print the
idle model's weights digest), ``answer`` (choice: restore | discard | later, to the recovery offer; prints
its texts), ``report`` (print the window's project, title and model), ``quit_clean`` (close, dropping
unsaved edits: a clean quit).
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ..project import TrainingConfig
from ..resources import resource_path
from .editor import commands

POLL_MS = 50
STEP_TIMEOUT = 120.0


def weights_digest(weights: dict) -> str:
    """A fingerprint of ``{"layer/w": array}`` (float32 bytes in key order)."""
    import numpy as np

    digest = hashlib.sha256()
    for key in sorted(weights):
        digest.update(key.encode())
        digest.update(np.ascontiguousarray(weights[key], dtype=np.float32).tobytes())
    return digest.hexdigest()[:16]


def _say(kind: str, data: Any) -> None:
    print(f"ANNSTUDIO_{kind} {json.dumps(data, ensure_ascii=False)}", flush=True)


class ScriptPlayer(QObject):
    def __init__(self, window: Any, actions: list[dict]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = actions
        self.index = 0
        self.started = time.monotonic()
        self._epochs_at_start: int | None = None
        self._answered: QMessageBox | None = None
        self._closed_seen = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.index >= len(self.actions):
            self.timer.stop()
            return
        action = self.actions[self.index]
        try:
            done = getattr(self, f"do_{action['do']}")(action)
        except Exception as exc:  # noqa: BLE001 - a test hook: say what failed and stop
            _say("SCRIPT_ERROR", {"step": self.index, "error": repr(exc)})
            self.timer.stop()
            return
        if done:
            print(f"ANNSTUDIO_STEP {self.index} {action['do']}", flush=True)
            self.index += 1
            self.started = time.monotonic()
        elif time.monotonic() - self.started > STEP_TIMEOUT:
            _say("SCRIPT_ERROR", {"step": self.index, "error": "timeout"})
            self.timer.stop()

    # ------------------------------------------------------------------ actions: True when done
    def do_example(self, action: dict) -> bool:
        self.window.open_example(resource_path("examples", f"{action['name']}.annproj"))
        return True

    def do_rename(self, action: dict) -> bool:
        doc = self.window.document
        commands.push(doc, "meta", {"name": action["name"], "description": doc.project.description}, "Rename")
        return True

    def do_training(self, action: dict) -> bool:
        doc = self.window.document
        data = {**doc.project.training.to_dict(), **action["set"]}
        commands.push(doc, "training", TrainingConfig.from_dict(data), "Change training")
        return True

    def do_play(self, _action: dict) -> bool:
        self.window.training_panel.play_action.trigger()
        return True

    def do_pause(self, _action: dict) -> bool:
        self.window.training_panel.pause_action.trigger()
        return True

    def do_wait_state(self, action: dict) -> bool:
        return str(self.window.runner.state.value) == action["state"]

    def do_wait_epochs(self, action: dict) -> bool:
        """``n`` epochs trained in all, or ``more`` epochs more than when the step began."""
        epochs = len(self.window.runner.history.get("loss", []))
        if "more" in action:
            if self._epochs_at_start is None:
                self._epochs_at_start = epochs
            if epochs < self._epochs_at_start + int(action["more"]):
                return False
            self._epochs_at_start = None
            return True
        return epochs >= int(action["n"])

    def do_wait_saved(self, _action: dict) -> bool:
        saver = self.window.autosaver
        return saver is not None and saver.up_to_date

    def do_wait_model(self, _action: dict) -> bool:
        return self.window.runner.idle_run() is not None

    def do_weights(self, _action: dict) -> bool:
        built = self.window.runner.idle_run()
        if built is None:
            return False
        _say("WEIGHTS", {"digest": weights_digest(built.model.get_weights()), "state": self.window.runner.state.value,
                         "epochs": len(self.window.runner.history.get("loss", []))})
        return True

    def do_answer(self, action: dict) -> bool:
        """Done when the offer was answered and has closed (a restore has replaced the project then)."""
        answered = self._answered
        if answered is not None:
            try:
                if answered.isVisible():
                    return False
            except RuntimeError:  # deleted: closed
                pass
            if not self._closed_seen:   # one more tick: the offer's caller goes on first
                self._closed_seen = True
                return False
            self._answered, self._closed_seen = None, False
            return True
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "recoveryOffer":
            return False
        self._answered = box
        _say("OFFER", {"title": box.windowTitle(), "text": box.text(), "details": box.informativeText()})
        button = box.findChild(QPushButton, {"restore": "recoveryRestore", "discard": "recoveryDiscard",
                                         "later": "recoveryLater"}[action["choice"]])
        assert button is not None, action["choice"]
        QTimer.singleShot(0, button.click)
        return False

    def do_report(self, _action: dict) -> bool:
        window = self.window
        doc = window.document
        built = window.runner.idle_run()
        _say("REPORT", {
            "name": doc.project.name, "path": str(doc.path) if doc.path else None, "dirty": doc.is_dirty,
            "title": window.windowTitle(), "modified": window.isWindowModified(),
            "epochs": doc.project.training.epochs, "layers": len(doc.spec.layers),
            "custom_weights": window.runner.has_custom_weights,
            "digest": weights_digest(built.model.get_weights()) if built is not None else None,
        })
        return True

    def do_quit_clean(self, _action: dict) -> bool:
        self.window.document.undo_stack.setClean()
        self.window.runner.reset()
        QTimer.singleShot(0, self.window.close)
        return True


def play_script(window: Any, path: Path) -> ScriptPlayer | None:
    try:
        actions = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"ANNSTUDIO_SCRIPT_ERROR {exc!r}", file=sys.stderr, flush=True)
        return None
    player = ScriptPlayer(window, actions)
    window._action_script = player
    return player
