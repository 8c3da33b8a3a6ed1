"""The perceptron lab's other pages: XOR in two layers, iris "is setosa", the "go on a date?" unit, features.

- ``TWO_LAYER``: XOR = AND(NAND(x1, x2), OR(x1, x2)); ``two_layer_table`` gives every unit's values, and
  ``xor_project`` the same network as a real model (2 → Dense(2, step) → Dense(1, step)) with its weights,
  for the main window's editor.
- ``iris_setosa`` / ``iris_run``: the rule on petal length and width, compared with scikit-learn's
  ``Perceptron(max_iter=1000, tol=1e-3, random_state=42)`` (``sklearn_iris``).
- ``date_decision``: three yes/no inputs, weights (6, 2, 2) or (2, 2, 6), threshold ``DATE_THRESHOLD``.
- ``FEATURE_XOR``: with the extra input x1·x2 one unit realises XOR.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

from ..data.bundled import raw_arrays
from ..data.features import expand
from ..messages import Message
from ..project import Project, TrainingConfig
from ..spec import ModelSpec
from .perceptron_lab import INPUTS, TARGETS, Unit, num
from .perceptron_rule import RuleStepper
from .quiz import Question

# ------------------------------------------------------------------ XOR in two layers
#: the hidden units s1 = NAND(x1, x2), s2 = OR(x1, x2), and the output y = AND(s1, s2), the notes' weights
TWO_LAYER: dict[str, Unit] = {
    "NAND": Unit(-0.5, -0.5, 0.7),
    "OR": Unit(0.5, 0.5, -0.4),
    "AND": Unit(0.5, 0.5, -0.7),
}


@dataclass(frozen=True)
class TwoLayerRow:
    x1: int
    x2: int
    s1: int          # NAND(x1, x2)
    s2: int          # OR(x1, x2)
    y: int           # AND(s1, s2)
    target: int      # XOR(x1, x2)


def hidden_outputs(X=INPUTS) -> np.ndarray:
    """``(s1, s2)`` for each input: shape ``(n, 2)``."""
    return np.column_stack([TWO_LAYER["NAND"].output(X), TWO_LAYER["OR"].output(X)])


def two_layer_table() -> list[TwoLayerRow]:
    hidden = hidden_outputs()
    y = TWO_LAYER["AND"].output(hidden.astype(float))
    return [TwoLayerRow(int(x[0]), int(x[1]), int(hidden[i, 0]), int(hidden[i, 1]), int(y[i]), TARGETS["XOR"][i])
            for i, x in enumerate(INPUTS)]


def xor_model() -> tuple[ModelSpec, dict[str, np.ndarray]]:
    """The two-layer XOR network as a model: 2 inputs → Dense(2, step) [NAND, OR] → Dense(1, step) [AND],
    and its weights (``"layer/kernel"`` of shape (inputs, units), ``"layer/bias"``)."""
    spec = ModelSpec.stack([2], [("Dense", {"units": 2, "activation": "step"}),
                                 ("Dense", {"units": 1, "activation": "step"})], name="xor_two_layers")
    nand, or_, and_ = TWO_LAYER["NAND"], TWO_LAYER["OR"], TWO_LAYER["AND"]
    hidden, out = spec.layers[1].name, spec.layers[2].name
    weights = {
        f"{hidden}/kernel": np.array([[nand.w1, or_.w1], [nand.w2, or_.w2]]),
        f"{hidden}/bias": np.array([nand.b, or_.b]),
        f"{out}/kernel": np.array([[and_.w1], [and_.w2]]),
        f"{out}/bias": np.array([and_.b]),
    }
    return spec, weights


def xor_project() -> tuple[Project, dict[str, np.ndarray]]:
    """A project for the main window: the XOR gate data and the two-layer step network (its weights are
    set by hand, not trained: a step has no gradient)."""
    spec, weights = xor_model()
    training = TrainingConfig(loss={"name": "mse"}, optimizer={"class_name": "SGD", "config": {"learning_rate": 0.1}},
                              batch_size=4, epochs=1, seed=0)
    project = Project(spec, {"name": "xor", "params": {}}, training, name="XOR in two layers",
                      description="NAND and OR feed AND: the notes' two-layer perceptron for XOR, weights set by hand.")
    return project, weights


# ------------------------------------------------------------------ iris: is it setosa?
IRIS_PROBE = (2.0, 0.5)   # petal length 2 cm, width 0.5 cm: the notes' query, a setosa


def iris_setosa() -> tuple[np.ndarray, np.ndarray]:
    """Petal length and width (cm) of the 150 iris flowers, shape (150, 2), and 1 for setosa, else 0."""
    iris = raw_arrays("iris")  # the shipped copy of scikit-learn's iris: no scikit-learn needed
    return np.asarray(iris["data"][:, (2, 3)], dtype=float), (iris["target"] == 0).astype(int)


def iris_run(eta: float = 1.0, max_epochs: int = 100) -> RuleStepper:
    """The rule on all 150 flowers, from zero weights, run until it converges."""
    X, y = iris_setosa()
    stepper = RuleStepper(X, y, eta=eta, max_epochs=max_epochs)
    stepper.run()
    return stepper


def iris_predict(params, X) -> np.ndarray:
    """0/1 for each row of ``X`` under ``(w1, w2, b)`` (fires when z ≥ 0)."""
    X = np.asarray(X, dtype=float)
    return (X @ np.asarray(params[:-1]) + params[-1] >= 0).astype(int)


def sklearn_iris() -> tuple[np.ndarray, float, np.ndarray]:
    """scikit-learn's ``Perceptron(max_iter=1000, tol=1e-3, random_state=42)`` on the same data:
    its weights, bias, and predictions for the 150 flowers. ImportError without scikit-learn (the lean
    desktop bundle leaves it out)."""
    from sklearn.linear_model import Perceptron  # type: ignore[import-untyped]

    X, y = iris_setosa()
    model = Perceptron(max_iter=1000, tol=1e-3, random_state=42).fit(X, y)
    return model.coef_[0].copy(), float(model.intercept_[0]), model.predict(X)


# ------------------------------------------------------------------ "go on a date?"
DATE_INPUTS = ("weather", "partner", "nearby")
DATE_WEIGHTS = {"weather": (6.0, 2.0, 2.0), "nearby": (2.0, 2.0, 6.0)}
#: the notes give the weights but no threshold. With θ = 5 (go when the sum is above 5) the input weighted 6
#: decides alone, and the two inputs weighted 2 together (4) are not enough: the weights say what matters.
DATE_THRESHOLD = 5.0


def date_decision(inputs, weights, theta: float = DATE_THRESHOLD) -> tuple[float, bool]:
    """``(weighted sum, go?)`` for three 0/1 inputs: go when the sum is above ``theta``."""
    total = float(np.dot(np.asarray(inputs, dtype=float), np.asarray(weights, dtype=float)))
    return total, total > theta


def date_table(weights, theta: float = DATE_THRESHOLD) -> list[tuple[tuple[int, ...], float, bool]]:
    """All eight situations with the sum and the decision."""
    return [(combo, *date_decision(combo, weights, theta)) for combo in itertools.product((0, 1), repeat=3)]


def date_question(inputs, weights, theta: float = DATE_THRESHOLD) -> Question:
    """"With weights (2, 2, 6) and inputs (1, 1, 0), what is the weighted sum?" and the decision as working."""
    total, go = date_decision(inputs, weights, theta)
    terms = " + ".join(f"{num(w)}·{int(x)}" for w, x in zip(weights, inputs, strict=True))
    working = (Message("{terms} = {total} > θ = {theta}: yes, go out", terms=terms, total=num(total), theta=num(theta))
               if go else Message("{terms} = {total} ≤ θ = {theta}: no, stay home", terms=terms, total=num(total),
                                  theta=num(theta)))
    return Question(Message("Weights ({weights}), inputs ({inputs}): what is the weighted sum?",
                            weights=", ".join(num(w) for w in weights), inputs=", ".join(str(int(x)) for x in inputs)),
                    total, working, rel_tol=0.0, abs_tol=1e-9)


# ------------------------------------------------------------------ features beyond x1 and x2
#: inputs x1, x2, x1·x2; weights (1, 1, −2), bias −0.5: z = −0.5, 0.5, 0.5, −0.5 on 00, 01, 10, 11 — XOR
FEATURE_NAMES = ("x1", "x2", "x1*x2")
FEATURE_XOR = (1.0, 1.0, -2.0, -0.5)


def feature_inputs(names=FEATURE_NAMES, X=INPUTS) -> np.ndarray:
    """The four inputs (or ``X``) as the chosen features (``data.features.expand``)."""
    return expand(np.asarray(X, dtype=float), names)


def feature_output(params, names=FEATURE_NAMES, X=INPUTS) -> np.ndarray:
    """0/1 of a unit with weights ``params[:-1]`` on the features and bias ``params[-1]`` (fires when z ≥ 0)."""
    F = feature_inputs(names, X)
    return (F @ np.asarray(params[:-1], dtype=float) + params[-1] >= 0).astype(int)


def feature_rule(names=FEATURE_NAMES, gate: str = "XOR", eta: float = 1.0, max_epochs: int = 20) -> RuleStepper:
    """The learning rule on the features of the four inputs (for XOR with x1·x2 it converges)."""
    return RuleStepper(feature_inputs(names), TARGETS[gate], eta=eta, max_epochs=max_epochs)
