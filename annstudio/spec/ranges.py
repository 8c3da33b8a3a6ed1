"""The valid range of every numeric training setting: one definition.

Read by the checks of a training configuration (``project.TrainingConfig``, ``training.normalize_optimizer``
and ``training.normalize_callbacks``, so a project file or a Keras ``.h5`` with a value outside its range is
refused with a message naming the setting) and by every GUI field that shows the setting (the toolbar,
the Training tab), which refuses such a value as it is typed instead of clamping it. A layer's settings
have their ranges in their ``layer_kinds.Param`` entries, which the inspector's fields read the same way.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..messages import Message


@dataclass(frozen=True)
class Range:
    """The values a numeric setting may take: ``low``..``high`` (``None``: unbounded on that side);
    ``low_open``/``high_open``: the bound itself is not valid; ``integer``: whole numbers only."""

    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    integer: bool = False

    def contains(self, value: Any) -> bool:
        """Whether ``value`` (a number; ``bool`` is not one) is valid."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        if self.integer and not isinstance(value, int):
            return False
        try:
            if not math.isfinite(value):
                return False
        except OverflowError:   # an int past float range (10**400) is no valid setting
            return False
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return self.high is None or not (value > self.high or (self.high_open and value == self.high))

    def rule(self) -> Message:
        """The range in words: ``"a number greater than 0 and at most 10"``, ``"an integer from 1 to 100"``
        (a ``Message``, so the GUI shows it in the UI language)."""
        low, high = _fmt(self.low), _fmt(self.high)
        lo = "none" if self.low is None else "open" if self.low_open else "closed"
        hi = "none" if self.high is None else "open" if self.high_open else "closed"
        return _RULES[(self.integer, lo, hi)](low, high)

    def problem(self, name: str, value: Any) -> Message | None:
        """``"<name> must be <rule>, got <value>"`` when ``value`` is not valid, else ``None``."""
        if self.contains(value):
            return None
        return Message("{name} must be {rule}, got {value!r}", name=name, rule=self.rule(), value=value)


# Every wording of a range, one literal template each (tools/update_translations.py collects them).
_RULES: dict[tuple[bool, str, str], Callable[[str, str], Message]] = {
    (False, "closed", "closed"): lambda lo, hi: Message("a number from {low} to {high}", low=lo, high=hi),
    (False, "closed", "open"): lambda lo, hi: Message("a number at least {low} and less than {high}", low=lo, high=hi),
    (False, "closed", "none"): lambda lo, hi: Message("a number at least {low}", low=lo),
    (False, "open", "closed"): lambda lo, hi: Message("a number greater than {low} and at most {high}", low=lo, high=hi),
    (False, "open", "open"): lambda lo, hi: Message("a number greater than {low} and less than {high}", low=lo, high=hi),
    (False, "open", "none"): lambda lo, hi: Message("a number greater than {low}", low=lo),
    (False, "none", "closed"): lambda lo, hi: Message("a number at most {high}", high=hi),
    (False, "none", "open"): lambda lo, hi: Message("a number less than {high}", high=hi),
    (False, "none", "none"): lambda lo, hi: Message("a number"),
    (True, "closed", "closed"): lambda lo, hi: Message("an integer from {low} to {high}", low=lo, high=hi),
    (True, "closed", "open"): lambda lo, hi: Message("an integer at least {low} and less than {high}", low=lo, high=hi),
    (True, "closed", "none"): lambda lo, hi: Message("an integer at least {low}", low=lo),
    (True, "open", "closed"): lambda lo, hi: Message("an integer greater than {low} and at most {high}", low=lo, high=hi),
    (True, "open", "open"): lambda lo, hi: Message("an integer greater than {low} and less than {high}", low=lo, high=hi),
    (True, "open", "none"): lambda lo, hi: Message("an integer greater than {low}", low=lo),
    (True, "none", "closed"): lambda lo, hi: Message("an integer at most {high}", high=hi),
    (True, "none", "open"): lambda lo, hi: Message("an integer less than {high}", high=hi),
    (True, "none", "none"): lambda lo, hi: Message("an integer"),
}


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:g}"


# ------------------------------------------------------------------------------- the settings
LEARNING_RATE = Range(0.0, 10.0, low_open=True)
"""As the TensorFlow Playground offers: up to 10; any positive step below."""

TRAINING_RANGES: dict[str, Range] = {
    "batch_size": Range(1, 1_000_000, integer=True),
    "epochs": Range(1, 1_000_000, integer=True),
    "validation_split": Range(0.0, 1.0, high_open=True),   # Keras: 0 <= split < 1
    "seed": Range(0, 2**31 - 1, integer=True),
}
"""``TrainingConfig``'s own numbers."""

OPTIMIZER_RANGES: dict[str, Range] = {
    "learning_rate": LEARNING_RATE,
    "momentum": Range(0.0, 1.0),                           # Keras' SGD refuses values outside [0, 1]
    "beta_1": Range(0.0, 1.0, high_open=True),             # 1 would divide by zero in Adam's bias correction
    "beta_2": Range(0.0, 1.0, high_open=True),
    "rho": Range(0.0, 1.0, high_open=True),
    "epsilon": Range(0.0, 1.0, low_open=True),
    "initial_accumulator_value": Range(0.0, None),
}
"""The numeric arguments of the optimizers (``training.OPTIMIZER_DEFAULTS``), by name."""

CALLBACK_RANGES: dict[str, dict[str, Range]] = {
    "EarlyStopping": {
        "min_delta": Range(0.0, None), "patience": Range(0, 1_000_000, integer=True),
        "start_from_epoch": Range(0, None, integer=True),
    },
    "ReduceLROnPlateau": {
        "factor": Range(0.0, 1.0, low_open=True, high_open=True),   # Keras refuses a factor >= 1
        "patience": Range(0, 1_000_000, integer=True), "min_delta": Range(0.0, None),
        "cooldown": Range(0, None, integer=True), "min_lr": Range(0.0, None),
    },
    "TensorBoard": {"histogram_freq": Range(0, None, integer=True)},
}
"""The numeric settings of the callbacks (``training.CALLBACK_DEFAULTS``), by callback and name."""

STDDEV = Range(0.0, 1e6, low_open=True)
"""The standard deviation of a ``random_normal`` initializer (``values.normalize_initializer``)."""

INITIALIZER_RANGES: dict[str, Range] = {
    "stddev": STDDEV, "mean": Range(-1e6, 1e6), "minval": Range(-1e6, 1e6), "maxval": Range(-1e6, 1e6),
}
"""The numeric arguments of the initializers (``values.INITIALIZERS``): finite and bounded, so drawing the
initial weights can neither overflow nor fail."""
