"""Undoable edits of the trained model's weights (typing a new weight or bias in the network diagram).

A ``SetWeightCommand`` changes one number of one weight array (``"dense_1/kernel"`` at ``(i, j)``,
``"dense_1/bias"`` at ``(j,)``) of ``runner.last_model`` through ``get_weights``/``set_weights`` and keeps
the exact previous value (same dtype), so undo puts back the very same bits.

The model can only be touched while no batch runs (``TrainingRunner.last_model`` is ``None`` otherwise; before
any training it is the idle model the runner built, with the seeded initial weights):
an undo or redo asked for while training runs, or after the model was replaced (Reset, a new run),
changes nothing; the command reports that through ``on_change(key, False)``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..formatting import format_value


def tr(text: str) -> str:
    return QCoreApplication.translate("WeightCommands", text)


def weight_label(key: str, index: tuple[int, ...]) -> str:
    """``dense_1 · w[3→5]`` for a kernel entry, ``dense_1 · b[5]`` for a bias, ``layer/name[i, j]`` else."""
    layer, _, name = key.rpartition("/")
    if name == "kernel" and len(index) == 2:
        return f"{layer} · w[{index[0]}\u2192{index[1]}]"
    if name == "bias" and len(index) == 1:
        return f"{layer} · b[{index[0]}]"
    return f"{key}[{', '.join(str(i) for i in index)}]"


class SetWeightCommand(QUndoCommand):
    """Set ``weights[key][index] = value`` on the runner's current model; undo restores the old value.

    Raises ``RuntimeError`` when the runner has no model to edit (training runs, or the model is invalid), and
    ``KeyError``/``IndexError`` for a weight or index the model does not have — before anything changed.
    ``on_change(key, applied)`` is called after every redo/undo (``applied`` False when it could not
    touch the model), so views can redraw.
    """

    def __init__(self, runner: Any, key: str, index: Any, value: float,
                 on_change: Callable[[str, bool], None] | None = None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        model = runner.last_model
        if model is None:
            raise RuntimeError("the model can be edited only while no batch runs (before training, paused, or ended)")
        weights = model.get_weights()
        if key not in weights:
            raise KeyError(f"the model has no weight {key!r}; it has {', '.join(weights)}")
        array = weights[key]
        self.index = tuple(int(i) for i in np.atleast_1d(index))
        if len(self.index) != array.ndim or any(not 0 <= i < n for i, n in zip(self.index, array.shape, strict=True)):
            raise IndexError(f"index {self.index} is outside {key!r} of shape {array.shape}")
        self.runner = runner
        self.model = model
        self.key = key
        self.before = array[self.index].copy()            # a NumPy scalar of the model's dtype: exact
        self.after = np.asarray(value, dtype=array.dtype)[()]
        self.on_change = on_change
        self.setText(tr("Set {0} = {1}").format(weight_label(key, self.index), format_value(float(self.after))))

    def _write(self, value: Any) -> None:
        applied = self.runner.last_model is self.model
        if applied:
            wait = getattr(self.runner, "wait_for_probes", None)
            if wait is not None:  # a probe job may be looking at the model
                wait()
            array = self.model.get_weights()[self.key]
            array[self.index] = value
            self.model.set_weights({self.key: array})
        if self.on_change is not None:
            self.on_change(self.key, applied)

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)

    def current_value(self) -> float | None:
        """The value in the model now (``None`` when it cannot be read)."""
        model = self.runner.last_model
        if model is not self.model:
            return None
        return float(model.get_weights()[self.key][self.index])


class CustomWeightsCommand(QUndoCommand):
    """The weights an import (or "Load its model") brought, as a step of its undo macro: undo puts back the
    weights before it, redo the file's (redo gave the imported layers the seeded draw, not the file's weights).
    The first redo (when the macro is pushed) does nothing: the weights are already in place."""

    def __init__(self, runner: Any, before: Any, after: Any, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.runner, self.before, self.after = runner, before, after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.runner.restore_custom_state(self.after)

    def undo(self) -> None:
        self.runner.restore_custom_state(self.before)
