"""The states of a training run, spelled once: ``RunState`` (a ``str`` enum, so ``state == "paused"``
and Qt's ``Signal(str)`` keep working) and the sets the views and controls ask about."""
from __future__ import annotations

from enum import Enum


class RunState(str, Enum):
    """What ``TrainingRunner.state`` can be (see ``TrainingRunner``)."""

    IDLE = "idle"          # no model yet (at first, and after a reset)
    RUNNING = "running"    # the worker trains (also while a pause or a step is on its way)
    PAUSED = "paused"      # the trainer waits between two batches
    FINISHED = "finished"  # the run ended: every epoch trained, or EarlyStopping
    STOPPED = "stopped"    # the run ended: Stop, or a diverged loss
    ERROR = "error"        # the run could not be built or failed

    def __str__(self) -> str:
        return self.value

    @property
    def has_model(self) -> bool:
        """A trained model is there and no batch runs: it can be looked at and edited."""
        return self in EDITABLE_STATES

    @property
    def active(self) -> bool:
        """A worker thread exists."""
        return self in (RunState.RUNNING, RunState.PAUSED)


#: the model can be looked at and edited (no batch runs, the weights are there)
EDITABLE_STATES = frozenset({RunState.PAUSED, RunState.FINISHED, RunState.STOPPED})
#: the trainer's terminal events (their names are the states they lead to)
TERMINAL_EVENTS = (RunState.FINISHED.value, RunState.STOPPED.value, RunState.ERROR.value)
