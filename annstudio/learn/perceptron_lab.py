"""The perceptron & logic-gates lab (CURRICULUM §1): one threshold unit on the four inputs of a gate.

A ``Unit`` is ``(w1, w2, b)`` and an activation: ``"step"`` (Heaviside, fires when z ≥ 0), ``"step_strict"``
(the notes' code, fires when z > 0) or ``"sign"`` (−1/+1). The notes' threshold form ``w·x > θ`` is the
same unit with ``b = −θ`` (``Unit.from_threshold``). The unit's arithmetic is the NumPy backend's
``ThresholdUnit``; this module adds what the lab shows: the presets, the truth table row by row, the line
``w1·x1 + w2·x2 + b = 0`` on the input square, and "predict, then reveal" questions. The learning rule lives
in ``perceptron_rule``; XOR's two layers, iris, the date example and features in ``perceptron_examples``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..backends.numpy.perceptron import ThresholdUnit
from ..messages import Message
from .quiz import Question

ACTIVATIONS = ("step", "step_strict", "sign")
#: the four inputs in the notes' order 00, 01, 10, 11
INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
TARGETS: dict[str, tuple[int, ...]] = {
    "AND": (0, 0, 0, 1),
    "NAND": (1, 1, 1, 0),
    "OR": (0, 1, 1, 1),
    "XOR": (0, 1, 1, 0),
}


def num(value: float) -> str:
    """A number as the lab writes it: ``0.5``, ``-0.7``, ``1`` (no float noise such as 0.30000000000000004)."""
    value = round(float(value), 10)
    if value == 0:
        value = 0.0   # no "-0"
    return f"{value:.6g}"


@dataclass(frozen=True)
class Unit:
    """A threshold unit with two inputs (the lab's one neuron)."""

    w1: float
    w2: float
    b: float
    activation: str = "step"

    @classmethod
    def from_threshold(cls, w1: float, w2: float, theta: float, activation: str = "step_strict") -> Unit:
        """The notes' form ``y = 1 if w1·x1 + w2·x2 > θ``: ``b = −θ`` (strict ``>`` by default, as the notes)."""
        return cls(float(w1), float(w2), -float(theta), activation)

    @property
    def theta(self) -> float:
        return -self.b

    def with_weights(self, w1: float, w2: float, b: float) -> Unit:
        return replace(self, w1=float(w1), w2=float(w2), b=float(b))

    def tlu(self) -> ThresholdUnit:
        """The NumPy backend's unit computing the same thing."""
        return ThresholdUnit((self.w1, self.w2), self.b, activation="sign" if self.activation == "sign" else "step",
                             strict=self.activation == "step_strict")

    def z(self, X=INPUTS) -> np.ndarray:
        """``w1·x1 + w2·x2 + b`` for each row of ``X`` (shape ``(n, 2)``)."""
        return self.tlu().net_input(X)

    def output(self, X=INPUTS) -> np.ndarray:
        return self.tlu().predict(X)

    def line(self, low: float = -0.5, high: float = 1.5) -> tuple[np.ndarray, np.ndarray]:
        """Two points of ``w1·x1 + w2·x2 + b = 0`` spanning the square ``[low, high]²`` (empty arrays when
        ``w1 = w2 = 0``: there is no line, the unit gives every input the same output)."""
        if self.w1 == 0 and self.w2 == 0:
            return np.zeros(0), np.zeros(0)
        if abs(self.w2) >= abs(self.w1):   # solve for x2: never divides by a tiny w2
            x1 = np.array([low, high])
            return x1, -(self.w1 * x1 + self.b) / self.w2
        x2 = np.array([low, high])
        return -(self.w2 * x2 + self.b) / self.w1, x2


def low_label(activation: str) -> int:
    """The output for "does not fire": 0 for the step functions, −1 for sign."""
    return -1 if activation == "sign" else 0


def labels_for(targets, activation: str) -> tuple[int, ...]:
    """Gate targets (0/1) in the activation's labels (sign: −1/+1)."""
    return tuple(int(t) if t == 1 else low_label(activation) for t in targets)


@dataclass(frozen=True)
class Preset:
    key: str                 # what the preset list shows: "AND", "AND θ 0.7", ...
    unit: Unit
    gate: str                # whose truth table is the target
    threshold_form: bool = False   # shown with θ instead of b


PRESETS: tuple[Preset, ...] = (
    Preset("AND", Unit(0.5, 0.5, -0.7), "AND"),
    Preset("NAND", Unit(-0.5, -0.5, 0.7), "NAND"),
    Preset("OR", Unit(0.5, 0.5, -0.4), "OR"),
    # no weights realise XOR: the preset starts from OR's, which gets three of the four right
    Preset("XOR", Unit(0.5, 0.5, -0.4), "XOR"),
    Preset("AND θ 0.7", Unit.from_threshold(0.5, 0.5, 0.7), "AND", True),
    Preset("AND θ 0.8", Unit.from_threshold(0.5, 0.5, 0.8), "AND", True),
    Preset("AND θ 1", Unit.from_threshold(1.0, 1.0, 1.0), "AND", True),
)


def preset(key: str) -> Preset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(key)


@dataclass(frozen=True)
class Row:
    """One row of the truth table."""

    x1: float
    x2: float
    z: float
    output: int
    target: int
    correct: bool


def truth_table(unit: Unit, gate: str) -> list[Row]:
    """The four rows for ``unit`` against the truth table of ``gate`` (in the unit's labels)."""
    z, out = unit.z(), unit.output()
    targets = labels_for(TARGETS[gate], unit.activation)
    return [Row(float(x[0]), float(x[1]), float(z[i]), int(out[i]), targets[i], int(out[i]) == targets[i])
            for i, x in enumerate(INPUTS)]


def correct_count(unit: Unit, gate: str) -> int:
    return sum(row.correct for row in truth_table(unit, gate))


def separable(targets) -> bool:
    """Whether one line separates the 1s from the 0s of a table on the four inputs. Of the 16 tables only
    XOR (0, 1, 1, 0) and XNOR (1, 0, 0, 1) cannot: their 1s and their 0s sit on the two diagonals of the
    square, which cross at (½, ½); that midpoint would lie on the 1 side and on the 0 side at once."""
    t = tuple(1 if v == 1 else 0 for v in targets)
    return t not in ((0, 1, 1, 0), (1, 0, 0, 1))


# ------------------------------------------------------------------ predict, then reveal
def fires_text(z: float, activation: str) -> Message:
    """Why the output is what it is: "z ≥ 0, so the output is 1"."""
    if activation == "step":
        return (Message("z = {z} ≥ 0, so the output is 1", z=num(z)) if z >= 0
                else Message("z = {z} < 0, so the output is 0", z=num(z)))
    if activation == "step_strict":
        return (Message("z = {z} > 0, so the output is 1", z=num(z)) if z > 0
                else Message("z = {z} ≤ 0, so the output is 0", z=num(z)))
    return (Message("z = {z} ≥ 0, so the output is +1", z=num(z)) if z >= 0
            else Message("z = {z} < 0, so the output is −1", z=num(z)))


def z_working(unit: Unit, x1: float, x2: float) -> Message:
    """``z = 0.5·1 + 0.5·0 + (-0.7) = -0.2`` and what the activation makes of it."""
    z = unit.w1 * x1 + unit.w2 * x2 + unit.b
    return Message("z = w1·x1 + w2·x2 + b = {w1}·{x1} + {w2}·{x2} + ({b}) = {z}; {why}",
                   w1=num(unit.w1), x1=num(x1), w2=num(unit.w2), x2=num(x2), b=num(unit.b), z=num(z),
                   why=fires_text(z, unit.activation))


def _in_threshold_form(unit: Unit, threshold_form: bool) -> bool:
    """Whether questions about ``unit`` speak of θ: the threshold form of a step unit (other activations keep
    z and b, as the fields do not change their meaning)."""
    return threshold_form and unit.activation in ("step", "step_strict")


def threshold_working(unit: Unit, x1: float, x2: float) -> Message:
    """``w·x = 1·1 + 1·0 = 1 ≤ θ = 1.5, so the output is 0``: the threshold form's own working (no b)."""
    s = unit.w1 * x1 + unit.w2 * x2
    strict = unit.activation == "step_strict"
    fires = s > unit.theta if strict else s >= unit.theta
    args = dict(w1=num(unit.w1), x1=num(x1), w2=num(unit.w2), x2=num(x2), s=num(s), theta=num(unit.theta))
    if fires:
        return (Message("w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} > θ = {theta}, so the output is 1", **args)
                if strict else
                Message("w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≥ θ = {theta}, so the output is 1", **args))
    return (Message("w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} ≤ θ = {theta}, so the output is 0", **args)
            if strict else
            Message("w·x = w1·x1 + w2·x2 = {w1}·{x1} + {w2}·{x2} = {s} < θ = {theta}, so the output is 0", **args))


def output_question(unit: Unit, gate: str, x1: float, x2: float, threshold_form: bool = False) -> Question:
    """"What does the AND unit output for (1, 0)?" with the working; in the threshold form, asked with θ as the
    fields show it (it named b = −1 beside a field reading θ = 1)."""
    out = int(unit.output(np.array([[x1, x2]]))[0])
    if _in_threshold_form(unit, threshold_form):
        return Question(Message("With these weights (w1 = {w1}, w2 = {w2}, θ = {theta}), what does the unit output "
                                "for ({x1}, {x2})?", w1=num(unit.w1), w2=num(unit.w2), theta=num(unit.theta),
                                x1=num(x1), x2=num(x2)),
                        float(out), threshold_working(unit, x1, x2), rel_tol=0.0, abs_tol=1e-9)
    return Question(Message("With these weights (w1 = {w1}, w2 = {w2}, b = {b}), what does the unit output for "
                            "({x1}, {x2})?", w1=num(unit.w1), w2=num(unit.w2), b=num(unit.b), x1=num(x1), x2=num(x2)),
                    float(out), z_working(unit, x1, x2), rel_tol=0.0, abs_tol=1e-9)


def z_question(unit: Unit, x1: float, x2: float, threshold_form: bool = False) -> Question:
    """"What is z for (1, 1)?"; in the threshold form, the weighted sum w·x that is compared with θ."""
    if _in_threshold_form(unit, threshold_form):
        s = unit.w1 * x1 + unit.w2 * x2
        return Question(Message("What is the weighted sum w·x = w1·x1 + w2·x2 for the input ({x1}, {x2})?",
                                x1=num(x1), x2=num(x2)),
                        float(round(s, 10)), threshold_working(unit, x1, x2), rel_tol=0.0, abs_tol=1e-6)
    z = unit.w1 * x1 + unit.w2 * x2 + unit.b
    return Question(Message("What is z = w1·x1 + w2·x2 + b for the input ({x1}, {x2})?", x1=num(x1), x2=num(x2)),
                    float(round(z, 10)), z_working(unit, x1, x2), rel_tol=0.0, abs_tol=1e-6)
