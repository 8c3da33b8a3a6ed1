"""The valid range of every numeric training setting: one definition.

Read by the checks of a training configuration (``project.TrainingConfig``, ``training.normalize_optimizer``
and ``training.normalize_callbacks``, so a project file or a Keras ``.h5`` with a value outside its range is
refused with a message naming the setting) and by every GUI field that shows the setting (the toolbar,
the Training tab), which refuses such a value as it is typed instead of clamping it. A layer's settings
have their ranges in their ``layer_kinds.Param`` entries, which the inspector's fields read the same way.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


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
        if not math.isfinite(value):
            return False
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return self.high is None or not (value > self.high or (self.high_open and value == self.high))

    def rule(self) -> str:
        """The range in words: ``"a number greater than 0 and at most 10"``, ``"an integer from 1 to 100"``."""
        what = "an integer" if self.integer else "a number"
        low, high = _fmt(self.low), _fmt(self.high)
        if self.low is not None and self.high is not None and not self.low_open and not self.high_open:
            return f"{what} from {low} to {high}"
        parts = []
        if self.low is not None:
            parts.append(f"greater than {low}" if self.low_open else f"at least {low}")
        if self.high is not None:
            parts.append(f"less than {high}" if self.high_open else f"at most {high}")
        return f"{what} {' and '.join(parts)}" if parts else what

    def problem(self, name: str, value: Any) -> str | None:
        """``"<name> must be <rule>, got <value>"`` when ``value`` is not valid, else ``None``."""
        if self.contains(value):
            return None
        return f"{name} must be {self.rule()}, got {value!r}"


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

STDDEV = Range(0.0, None, low_open=True)
"""The standard deviation of a ``random_normal`` initializer (``values.normalize_initializer``)."""
