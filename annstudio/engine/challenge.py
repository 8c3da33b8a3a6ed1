"""Checking a challenge's goal (``annstudio.challenge``): is each condition met by a run's metrics and the
model as it is? No Qt: the GUI's banner and any headless tool call :func:`check`.

``metrics`` maps the names of ``challenge.METRICS`` to numbers: ``loss``/``accuracy`` and
``val_loss``/``val_accuracy``... from the last epoch's logs (:func:`metrics_from_logs`), ``test_accuracy``
/ ``test_mae`` from the model's predictions on the test set (:func:`metrics_from_results`, the results
probe's numbers). A metric not measured yet is not met. The model limits are counted on the spec
(:func:`model_numbers`): hidden layers and units are the ``units`` of every layer that has them except the
output layer (the last one); parameters as ``model.summary()`` counts them.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..challenge import LIMITS, METRICS, SHARES, Challenge, Condition
from ..messages import Message
from ..spec import ModelSpec


@dataclass(frozen=True)
class ConditionCheck:
    """One condition, the number measured now (``None``: not measured yet) and whether it is met."""

    condition: Condition
    value: float | None
    met: bool

    @property
    def goal_text(self) -> Message:
        """"test accuracy ≥ 95 %", "hidden units ≤ 4"."""
        c = self.condition
        words = LIMITS[c.name] if c.kind == "limit" else METRICS[c.name]
        target = format_value(c.name, c.value)
        if c.bound == "min":
            return Message("{what} ≥ {target}", what=words, target=target)
        return Message("{what} ≤ {target}", what=words, target=target)

    @property
    def value_text(self) -> Message:
        """"now 97.5 %" or "not measured yet"."""
        if self.value is None:
            return Message("not measured yet")
        return Message("now {value}", value=format_value(self.condition.name, self.value))

    @property
    def text(self) -> Message:
        mark = "✓" if self.met else "✗"
        return Message("{mark} {goal}: {value}", mark=mark, goal=self.goal_text, value=self.value_text)


def format_value(name: str, value: float) -> str:
    """A share as a percentage ("95 %", "97.5 %"), a count as a whole number, other numbers in 4 digits."""
    if name in SHARES:
        return f"{100 * value:.1f}".rstrip("0").rstrip(".") + " %"
    if name in LIMITS:
        return f"{int(value):,}"
    return f"{value:.4g}"


def model_numbers(spec: ModelSpec) -> dict[str, int]:
    """``hidden_units``, ``hidden_layers`` and ``parameters`` of ``spec`` (layers whose shapes cannot be
    inferred count no parameters)."""
    with_units = [layer for layer in spec.layers if isinstance(layer.config.get("units"), int)]
    hidden = with_units[:-1]   # the last layer with units is the output, even when an Activation follows it
    params = sum(info.params for info in spec.layer_infos())
    return {"hidden_units": sum(int(layer.config["units"]) for layer in hidden), "hidden_layers": len(hidden),
            "parameters": int(params)}


#: logged metrics in the target's units: with a standardised target the logs hold them divided by its scale
TARGET_UNIT_METRICS = ("mae", "val_mae")


def metrics_from_logs(logs: Mapping[str, Any], y_scale: float = 1.0) -> dict[str, float]:
    """The goal's metrics in one epoch's logs (``loss``, ``accuracy``, ``val_loss``...)."""
    found = {k: float(v) for k, v in logs.items() if k in METRICS and _finite(v)}
    for key in TARGET_UNIT_METRICS:   # a standardised target's MAE, in the target's own units (as test MAE)
        if key in found:
            found[key] *= y_scale
    return found


def metrics_from_results(results: Mapping[str, Any]) -> dict[str, float]:
    """``test_accuracy`` / ``test_mae`` from the results probe's numbers on the test set."""
    found = {}
    for key, name in (("accuracy", "test_accuracy"), ("mae", "test_mae")):
        if key in results and _finite(results[key]) and int(results.get("n", 1)) > 0:
            found[name] = float(results[key])
    return found


def check(challenge: Challenge, metrics: Mapping[str, float], spec: ModelSpec) -> list[ConditionCheck]:
    """Every condition of the goal, in order, with its number now and whether it is met."""
    numbers: dict[str, float] = dict(model_numbers(spec))
    checks = []
    for condition in challenge.goal:
        value = numbers.get(condition.name) if condition.kind == "limit" else metrics.get(condition.name)
        if value is None or not _finite(value):
            checks.append(ConditionCheck(condition, None, False))
            continue
        met = value >= condition.value if condition.bound == "min" else value <= condition.value
        checks.append(ConditionCheck(condition, float(value), bool(met)))
    return checks


def all_met(checks: list[ConditionCheck]) -> bool:
    return bool(checks) and all(c.met for c in checks)


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False
