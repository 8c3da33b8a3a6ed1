"""A teacher's challenge, as the ``challenge`` object of a project file (``project.Project.challenge``).

A challenge is a goal (one or more conditions), an optional fixed data seed, and the controls the teacher
locks or hides::

    "challenge": {
      "note": "Solve XOR with a tiny network",
      "goal": [{"metric": "test_accuracy", "min": 0.95}, {"limit": "hidden_units", "max": 4}],
      "data_seed": 0,
      "locked": ["dataset"],
      "hidden": ["backend"]
    }

- a **metric** condition bounds a number a run measures (``METRICS``) from below (``min``) or above
  (``max``): test accuracy at least 0.95, validation loss at most 0.1;
- a **limit** condition bounds the model (``LIMITS``) from above: at most 4 hidden units;
- ``data_seed``: the dataset's ``seed`` parameter is fixed at this value (editing it is refused);
- ``locked`` controls are shown but cannot be used; ``hidden`` ones are not shown (and cannot be used
  either). The names are those of ``CONTROLS``; unknown names are refused.

This module reads and checks the object (no Qt, no engine); ``engine.challenge`` evaluates the goal and
the GUI (``gui.challenge``) shows it. ``Challenge.refusal`` says why an edit breaks a lock.
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any

from .messages import Message, Term, joined


class ChallengeError(ValueError):
    """A bad ``challenge`` object; the message names the field."""


#: the controls a challenge can lock or hide, with the words the messages use for them
CONTROLS: dict[str, Term] = {
    "dataset": Term("the dataset choice"),
    "data_seed": Term("the data seed"),
    "data_settings": Term("the dataset settings"),
    "backend": Term("the backend"),
    "learning_rate": Term("the learning rate"),
    "optimizer": Term("the optimizer"),
    "batch_size": Term("the batch size"),
    "epochs": Term("the number of epochs"),
    "loss": Term("the loss function"),
    "training_seed": Term("the training seed"),
    "validation_split": Term("the validation split"),
    "layer_palette": Term("the layer palette"),
    "activation": Term("the activation choice"),
}

#: the numbers a run measures that a goal can bound: name -> words for it
METRICS: dict[str, Term] = {
    "test_accuracy": Term("test accuracy"),
    "test_mae": Term("test mean absolute error"),
    "val_accuracy": Term("validation accuracy"),
    "val_loss": Term("validation loss"),
    "val_mae": Term("validation mean absolute error"),
    "accuracy": Term("training accuracy"),
    "loss": Term("training loss"),
}
#: metrics given as a share (shown in %; bounds must lie in [0, 1])
SHARES = ("test_accuracy", "val_accuracy", "accuracy")

#: limits on the model (always "at most"): name -> words for it
LIMITS: dict[str, Term] = {
    "hidden_units": Term("hidden units"),
    "hidden_layers": Term("hidden layers"),
    "parameters": Term("parameters"),
}

#: the training setting each training control guards: control -> a getter of the training dict
_TRAINING_FIELDS = {
    "learning_rate": lambda t: (t.get("optimizer") or {}).get("config", {}).get("learning_rate"),
    "optimizer": lambda t: (t.get("optimizer") or {}).get("class_name"),
    "batch_size": lambda t: t.get("batch_size"),
    "epochs": lambda t: t.get("epochs"),
    "loss": lambda t: t.get("loss"),
    "training_seed": lambda t: t.get("seed"),
    "validation_split": lambda t: t.get("validation_split"),
}

_KEYS = ("note", "goal", "data_seed", "locked", "hidden")
MAX_CONDITIONS = 20
#: the task text is shown in a banner: a paragraph, not a book
MAX_NOTE = 1000


@dataclass(frozen=True)
class Condition:
    """One part of the goal: ``name`` (a metric or a limit) at least (``bound="min"``) or at most
    (``"max"``) ``value``."""

    name: str
    bound: str
    value: float

    @property
    def kind(self) -> str:
        return "limit" if self.name in LIMITS else "metric"

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if self.kind == "limit" else self.value
        return {self.kind: self.name, self.bound: value}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Condition:
        if not isinstance(data, dict):
            raise ChallengeError(Message("challenge: {field} must be an object", field=where))
        kinds = [k for k in ("metric", "limit") if k in data]
        bounds = [k for k in ("min", "max") if k in data]
        unknown = set(data) - {"metric", "limit", "min", "max"}
        if unknown:
            raise ChallengeError(Message("challenge: {field}: unknown key(s) {unknown}", field=where,
                                         unknown=joined(sorted(unknown))))
        if len(kinds) != 1:
            raise ChallengeError(Message("challenge: {field} needs exactly one of 'metric' or 'limit'", field=where))
        if len(bounds) != 1:
            raise ChallengeError(Message("challenge: {field} needs exactly one of 'min' or 'max'", field=where))
        kind, bound = kinds[0], bounds[0]
        name, value = data[kind], data[bound]
        names = METRICS if kind == "metric" else LIMITS
        if not isinstance(name, str) or name not in names:
            raise ChallengeError(Message("challenge: {field}: unknown {kind} {name!r} (known: {known})", field=where,
                                         kind=kind, name=name, known=joined(names)))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ChallengeError(Message("challenge: {field}: {bound} must be a number, got {value!r}",
                                         field=where, bound=bound, value=value))
        if kind == "limit":
            if bound != "max":
                raise ChallengeError(Message("challenge: {field}: a limit takes 'max' only", field=where))
            if value != int(value) or value < 0:
                raise ChallengeError(Message("challenge: {field}: max must be a whole number ≥ 0, got {value!r}",
                                             field=where, value=value))
        elif name in SHARES and not 0 <= value <= 1:
            raise ChallengeError(Message("challenge: {field}: {bound} must be between 0 and 1 (a share), got {value!r}",
                                         field=where, bound=bound, value=value))
        return cls(name, bound, float(value))


@dataclass
class Challenge:
    """A goal, a fixed data seed (or ``None``), locked and hidden controls, and a note for the learner."""

    goal: list[Condition] = field(default_factory=list)
    data_seed: int | None = None
    locked: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"note": self.note, "goal": [c.to_dict() for c in self.goal], "data_seed": self.data_seed,
                "locked": list(self.locked), "hidden": list(self.hidden)}

    def copy(self) -> Challenge:
        return copy.deepcopy(self)

    @classmethod
    def from_dict(cls, data: Any) -> Challenge:
        if not isinstance(data, dict):
            raise ChallengeError(Message("'challenge' must be an object"))
        unknown = set(data) - set(_KEYS)
        if unknown:
            raise ChallengeError(Message("challenge: unknown key(s) {unknown}", unknown=joined(sorted(unknown))))
        goal = data.get("goal", [])
        if not isinstance(goal, list):
            raise ChallengeError(Message("challenge: 'goal' must be a list of conditions"))
        if len(goal) > MAX_CONDITIONS:
            raise ChallengeError(Message("challenge: 'goal' has {count} conditions, at most {limit} are allowed",
                                         count=len(goal), limit=MAX_CONDITIONS))
        conditions = [Condition.from_dict(item, f"goal[{i}]") for i, item in enumerate(goal)]
        seed = data.get("data_seed")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**32):
            raise ChallengeError(Message("challenge: 'data_seed' must be a whole number from 0 to 4294967295 or null, "
                                         "got {value!r}", value=seed))
        lists = {key: _control_list(data.get(key, []), key) for key in ("locked", "hidden")}
        note = data.get("note", "")
        if not isinstance(note, str):
            raise ChallengeError(Message("challenge: 'note' must be text"))
        if len(note) > MAX_NOTE:
            raise ChallengeError(Message("challenge: 'note' has {count} characters, at most {limit} are allowed",
                                         count=len(note), limit=MAX_NOTE))
        return cls(conditions, seed, lists["locked"], lists["hidden"], note)

    # ------------------------------------------------------------------ locks
    def is_hidden(self, control: str) -> bool:
        return control in self.hidden

    def is_locked(self, control: str) -> bool:
        """Locked or hidden (a hidden control cannot be used either); the data seed when it is fixed."""
        return control in self.locked or control in self.hidden or (control == "data_seed" and self.data_seed is not None)

    def fix_dataset(self, dataset: dict[str, Any], has_seed: bool) -> dict[str, Any]:
        """``dataset`` with its seed set to the fixed data seed (when there is one and the dataset has a seed)."""
        if self.data_seed is None or not has_seed:
            return dataset
        params = dict(dataset.get("params") or {})
        params["seed"] = self.data_seed
        return {**dataset, "params": params}

    def refusal(self, section: str, before: dict[str, Any], after: dict[str, Any]) -> Message | None:
        """Why changing ``section`` (``"dataset"``, ``"training"`` or ``"model"``, as their dicts) from
        ``before`` to ``after`` breaks this challenge's locks; ``None`` when it does not."""
        for control in self._changed(section, before, after):
            if self.is_locked(control):
                return Message("{control} is locked by this challenge", control=CONTROLS[control])
        return None

    @staticmethod
    def _changed(section: str, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
        changed: list[str] = []
        if section == "dataset":
            if before.get("name") != after.get("name"):
                changed.append("dataset")
            old, new = dict(before.get("params") or {}), dict(after.get("params") or {})
            if old.pop("seed", None) != new.pop("seed", None):
                changed.append("data_seed")
            if old != new and "dataset" not in changed:
                changed.append("data_settings")
        elif section == "training":
            changed += [c for c, get in _TRAINING_FIELDS.items() if get(before) != get(after)]
        elif section == "model":
            old_acts, new_acts = _activations(before), _activations(after)
            renamed = any(old_acts[name] != new_acts[name] for name in old_acts.keys() & new_acts.keys())
            # an added (or renamed) layer may not bring a function the model did not use: Dense(linear) then
            # Activation("relu") in a tanh network is a new activation choice too; linear is no function
            brought = {str(a) for a in new_acts.values()} - {str(a) for a in old_acts.values()} - {"linear"}
            if renamed or brought:
                changed.append("activation")
        return changed


def _activations(model: dict[str, Any]) -> dict[str, Any]:
    found = {}
    for layer in model.get("layers") or []:
        config = layer.get("config") or {}
        for key in ("activation", "function"):
            if key in config:
                found[layer.get("name")] = config[key]
    return found


def _control_list(value: Any, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ChallengeError(Message("challenge: {field!r} must be a list of control names", field=key))
    unknown = [v for v in value if v not in CONTROLS]
    if unknown:
        raise ChallengeError(Message("challenge: {field!r}: unknown control(s) {unknown} (known: {known})", field=key,
                                     unknown=joined(unknown), known=joined(CONTROLS)))
    return list(dict.fromkeys(value))
