"""A run's name as the window shows it: the names the app gave in the window's language, whenever shown.

A run keeps how the app named it in no language (``RunRecord.generated_name``: ``{"run": 3}``, or a sweep's
``{"settings": {...}}``), so a project trained in the Korean window lists "Run 3" and "learning rate=0.01" in
the English one, and "실행 3" and "학습률=0.01" back in the Korean one. A name the learner typed, and a name
stored before (its words are all there is), are shown as stored.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...engine import runs
from ..sweep.dialog import run_label


def run_name(record: runs.RunRecord) -> str:
    """The name the Runs panel, the loss plot's legend and the questions about the run show."""
    generated = record.generated_name
    if generated is None:
        return record.name
    if "run" in generated:
        # the recorder's words for its default name (RunRecorder.name_template)
        return QCoreApplication.translate("RunRecorder", "Run {0}").format(generated["run"])
    return run_label(generated["settings"])
