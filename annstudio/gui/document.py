"""``ProjectDocument``: the open project, its file, its undo history, and change signals.

Widgets never mutate the ``Project`` directly: they push commands (``annstudio.gui.editor.commands``) onto
``document.undo_stack``; a command swaps whole snapshots of the parts it changes, so undo and redo
restore the exact spec. Views subscribe to the ``sig*Changed`` signals and redraw.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..project import Project, TrainingConfig, dataset_has_seed
from ..spec import ModelSpec
from .i18n import render, translate


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def default_project() -> Project:
    """What File > New opens: the XOR problem with one hidden layer, ready to train."""
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "sigmoid"})],
                           name="model")
    adam = {"class_name": "Adam", "config": {"learning_rate": 0.03}}
    training = TrainingConfig(loss={"name": "binary_crossentropy"}, optimizer=adam, batch_size=4, epochs=300, seed=0)
    return Project(spec, {"name": "xor", "params": {}}, training, name="untitled")


class ProjectDocument(QObject):
    """One open project. Sections: ``"model"``, ``"dataset"``, ``"training"``, ``"meta"`` (name, description),
    ``"challenge"`` (a ``Challenge`` or ``None``)."""

    sigSpecChanged = Signal()
    sigDatasetChanged = Signal()
    sigTrainingChanged = Signal()
    sigMetaChanged = Signal()
    sigChallengeChanged = Signal()  # the teacher's challenge was set, edited or removed
    sigRefused = Signal(str)  # an edit was refused (a control locked by the challenge): why
    sigPathChanged = Signal(object)  # Path | None
    sigDirtyChanged = Signal(bool)
    sigReplaced = Signal()  # a different project was loaded (New/Open): views rebuild everything

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project or default_project()
        self._path: Path | None = None
        self._model_locked: str | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.edit_era = 0   # edits of one era may merge into one undo step (``seal_edits``)
        self.replaying = False   # an undo or redo is setting a section (``editor.commands``)

    def seal_edits(self) -> None:
        """The next edit starts its own undo step instead of merging into the last one (typing 301 before a
        run and 302 after it are two steps: undoing the second brings back the model the run trained)."""
        self.edit_era += 1

    def _on_clean_changed(self, clean: bool) -> None:
        self.sigDirtyChanged.emit(not clean)

    # ------------------------------------------------------------------ read access
    @property
    def project(self) -> Project:
        """The live project. Read it freely; change it only through commands."""
        return self._project

    @property
    def spec(self) -> ModelSpec:
        return self._project.model

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def file_stem(self) -> str:
        """The name offered for a file made from this project (an exported model, script or notebook): the
        project file's own name once it is saved (``wd.annproj`` -> ``wd``), else the project's name, with
        anything but letters, digits, ``-`` and ``_`` replaced."""
        name = self._path.stem if self._path is not None else self._project.name
        if not name or name == "untitled":   # the stored name is English: the file is named in the window's language
            name = translate("MainWindow", "untitled")
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
        stem = re.sub(r"_{2,}", "_", stem).strip("_")   # "MNIST digits (ANN)" -> MNIST_digits_ANN, not ..__ANN
        return stem or "untitled"

    @property
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def model_locked(self) -> str | None:
        """Why the model cannot be edited now (training runs), or ``None``: edits of the ``"model"``
        section are refused while it is set (``editor.commands.push``)."""
        return self._model_locked

    def set_model_locked(self, reason: str | None) -> None:
        self._model_locked = reason or None

    def constrain(self, section: str, after: Any) -> Any:
        """``after`` as the challenge lets it be: another dataset takes the fixed data seed (a change of the
        seed itself is left for :meth:`refusal` to refuse, with its reason)."""
        challenge = self._project.challenge
        if (challenge is None or section != "dataset" or not isinstance(after, dict)
                or after.get("name") == self._project.dataset["name"]):
            return after
        return challenge.fix_dataset(after, dataset_has_seed(str(after.get("name"))))

    def refusal(self, section: str, after: Any) -> str | None:
        """Why the challenge refuses changing ``section`` to ``after`` (a locked control), or ``None``."""
        challenge = self._project.challenge
        if challenge is None or section not in ("dataset", "training", "model"):
            return None
        reason = challenge.refusal(section, _plain(self.section(section)), _plain(after))
        return None if reason is None else render(reason)

    def snapshot(self) -> Project:
        """A frozen deep copy for a training run: later edits never reach the worker."""
        return self._project.copy()

    # ------------------------------------------------------------------ files
    def replace(self, project: Project, path: Path | None = None) -> None:
        """Load another project (New/Open/Examples): clears the undo history."""
        self._project = project
        self.undo_stack.clear()
        self.undo_stack.setClean()
        # absolute: a file named on the command line ("iris.annproj") would otherwise show its folder as "."
        self._path = Path(path).absolute() if path else None
        self.sigReplaced.emit()
        self.sigSpecChanged.emit()
        self.sigDatasetChanged.emit()
        self.sigTrainingChanged.emit()
        self.sigMetaChanged.emit()
        self.sigChallengeChanged.emit()
        self.sigPathChanged.emit(self._path)
        self.sigDirtyChanged.emit(False)

    def save(self, path: Path | None = None) -> Path:
        """Write the project atomically to ``path`` (or its current file); marks the document clean."""
        target = Path(path).absolute() if path else self._path
        if target is None:
            raise ValueError("the project has no file yet; choose one with Save As")
        self._project.save(target)
        if target != self._path:
            self._path = target
            self.sigPathChanged.emit(target)
        self.undo_stack.setClean()
        return target

    # ------------------------------------------------------------------ used by commands only
    def section(self, name: str) -> Any:
        """A deep copy of one section, as a command stores it."""
        p = self._project
        if name == "model":
            return p.model.copy()
        if name == "dataset":
            return copy.deepcopy(p.dataset)
        if name == "training":
            return TrainingConfig.from_dict(p.training.to_dict())
        if name == "meta":
            return {"name": p.name, "description": p.description}
        if name == "challenge":
            return p.challenge.copy() if p.challenge is not None else None
        raise KeyError(name)

    def set_section(self, name: str, value: Any) -> None:
        """Install a deep copy of ``value`` as section ``name`` and announce the change."""
        p = self._project
        if name == "model":
            p.model = value.copy()
            self.sigSpecChanged.emit()
        elif name == "dataset":
            p.dataset = copy.deepcopy(value)
            self.sigDatasetChanged.emit()
        elif name == "training":
            p.training = TrainingConfig.from_dict(value.to_dict())
            self.sigTrainingChanged.emit()
        elif name == "meta":
            p.name, p.description = value["name"], value["description"]
            self.sigMetaChanged.emit()
        elif name == "challenge":
            p.challenge = value.copy() if value is not None else None
            if p.challenge is not None:  # a fixed data seed holds at once
                p.dataset = p.challenge.fix_dataset(p.dataset, dataset_has_seed(p.dataset["name"]))
                self.sigDatasetChanged.emit()
            self.sigChallengeChanged.emit()
        else:
            raise KeyError(name)
