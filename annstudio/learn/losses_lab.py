"""Losses side by side: each as a function of one prediction for a chosen target, with its derivative.

The values and derivatives are the NumPy backend's (``backends/numpy/losses.py``: ``value_and_grad`` on a
single prediction), so the lab shows what training uses:

- regression: MSE ``(p - t)^2``, MAE ``|p - t|``, Huber(δ) (quadratic near the target, linear beyond δ);
- classification: binary cross-entropy of a probability ``p`` for a label ``t``, and categorical
  cross-entropy of a ``k``-class output that gives the target class ``p`` and the others ``(1 - p)/(k - 1)``
  each (its derivative is taken along that line, through the backend's gradient for the whole vector);
- accuracy as a step: 1 when ``p`` is on the target's side of 0.5, else 0. Its derivative is 0 everywhere
  except at 0.5, so gradient descent gets no direction from it.

``outlier_fits`` fits a line to points with one outlier under MSE, MAE and Huber (minimising each with the
backend's Adam and the loss's own gradient) to show how far the outlier pulls each fit.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..backends.numpy.gradcheck import numerical_derivative
from ..backends.numpy.losses import (
    BinaryCrossentropy,
    CategoricalCrossentropy,
    Huber,
    Loss,
    MeanAbsoluteError,
    MeanSquaredError,
)
from ..backends.numpy.optimizers import Adam

REGRESSION = ("mse", "mae", "huber")
CLASSIFICATION = ("binary_crossentropy", "categorical_crossentropy")


def regression_loss(name: str, delta: float = 1.0) -> Loss:
    if name == "mse":
        return MeanSquaredError()
    if name == "mae":
        return MeanAbsoluteError()
    if name == "huber":
        return Huber(delta=delta)
    raise ValueError(f"unknown regression loss {name!r}; expected one of {', '.join(REGRESSION)}")


def loss_at(name: str, prediction: float, target: float, delta: float = 1.0, classes: int = 3) -> tuple[float, float]:
    """(loss, d loss / d prediction) of one prediction, by the backend's loss."""
    if name in REGRESSION:
        value, g = regression_loss(name, delta).value_and_grad(np.array([[target]]), np.array([[prediction]]))
        assert g is not None
        return value, float(g[0, 0])
    if name == "binary_crossentropy":
        value, g = BinaryCrossentropy().value_and_grad(np.array([[target]]), np.array([[prediction]]))
        assert g is not None
        return value, float(g[0, 0])
    if name == "categorical_crossentropy":
        k = int(classes)
        rest = (1.0 - prediction) / (k - 1)
        probs = np.full((1, k), rest)
        probs[0, 0] = prediction
        onehot = np.zeros((1, k))
        onehot[0, 0] = 1.0
        value, g = CategoricalCrossentropy().value_and_grad(onehot, probs)
        assert g is not None
        direction = np.full(k, -1.0 / (k - 1))    # d probs / d p along the line
        direction[0] = 1.0
        return value, float(np.dot(g[0], direction))
    raise ValueError(f"unknown loss {name!r}")


@dataclass(frozen=True)
class Curve:
    predictions: np.ndarray
    values: np.ndarray
    derivatives: np.ndarray


def loss_curve(name: str, predictions: np.ndarray, target: float, delta: float = 1.0) -> Curve:
    pairs = [loss_at(name, float(p), target, delta) for p in predictions]
    return Curve(np.asarray(predictions, dtype=np.float64), np.array([v for v, _ in pairs]),
                 np.array([d for _, d in pairs]))


def regression_curves(target: float, delta: float = 1.0, half_width: float = 3.0, n: int = 241) -> dict[str, Curve]:
    """MSE, MAE and Huber(δ) for predictions within ``half_width`` of ``target``."""
    ps = np.linspace(target - half_width, target + half_width, n)
    return {name: loss_curve(name, ps, target, delta) for name in REGRESSION}


def classification_curves(target: int = 1, n: int = 199) -> dict[str, Curve]:
    """Binary cross-entropy (label ``target``) and categorical cross-entropy (3 classes, the target class
    given probability p) for probabilities p in (0, 1)."""
    ps = np.linspace(0.005, 0.995, n)
    return {"binary_crossentropy": loss_curve("binary_crossentropy", ps, float(target)),
            "categorical_crossentropy": loss_curve("categorical_crossentropy", ps, 1.0)}


def accuracy(p: np.ndarray | float, target: int = 1) -> np.ndarray:
    """1 where the prediction ``p`` is on the target's side of 0.5 (Keras' binary accuracy), else 0."""
    hit = np.asarray(p, dtype=np.float64) > 0.5
    return (hit if target == 1 else ~hit).astype(np.float64)


def accuracy_curve(target: int = 1, n: int = 199, eps: float = 1e-6) -> Curve:
    """Accuracy against p and its numerical derivative (central difference): 0 except right at 0.5."""
    ps = np.linspace(0.005, 0.995, n)
    return Curve(ps, accuracy(ps, target), numerical_derivative(lambda q: accuracy(q, target), ps, eps))


def numeric_check(name: str, prediction: float, target: float, delta: float = 1.0, eps: float = 1e-6) -> tuple[float, float]:
    """(backend derivative, central-difference derivative) of a loss at one prediction."""
    analytic = loss_at(name, prediction, target, delta)[1]
    numeric = numerical_derivative(lambda p: loss_at(name, p, target, delta)[0], prediction, eps)
    return analytic, float(numeric)


# ----------------------------------------------------------------------------- the outlier
OUTLIER_X = 8.0


def outlier_data(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Ten points near ``y = 0.5 x + 1`` (x = 0..9) with one outlier: the point at ``x = 8`` lifted by 12."""
    x = np.arange(10, dtype=np.float64)
    y = 0.5 * x + 1.0 + 0.2 * np.random.default_rng(seed).standard_normal(10)
    y[int(OUTLIER_X)] += 12.0
    return x, y


def _fit_line(loss: Loss, x: np.ndarray, y: np.ndarray, steps: int = 4000) -> tuple[float, float]:
    """(slope, intercept) minimising ``loss`` of ``a x + b`` on the points, by the backend's Adam with a
    learning rate that decays so the non-smooth losses settle."""
    p = np.zeros(2)
    opt = Adam(learning_rate=0.1)
    opt.build({"p": p})
    target = y.reshape(-1, 1)
    for k in range(steps):
        opt.learning_rate = 0.1 * 0.999 ** k
        _, g = loss.value_and_grad(target, (p[0] * x + p[1]).reshape(-1, 1))
        assert g is not None
        g = g.reshape(-1)
        opt.update({"p": p}, {"p": np.array([float(np.dot(g, x)), float(g.sum())])})
    return float(p[0]), float(p[1])


@dataclass(frozen=True)
class OutlierFits:
    x: np.ndarray
    y: np.ndarray
    fits: dict[str, tuple[float, float]]     # loss name -> (slope, intercept)

    def pull(self, name: str) -> float:
        """How far the fit is from the clean line ``0.5 x + 1`` at the outlier's x."""
        a, b = self.fits[name]
        return abs(a * OUTLIER_X + b - (0.5 * OUTLIER_X + 1.0))


def outlier_fits(delta: float = 1.0, seed: int = 0) -> OutlierFits:
    x, y = outlier_data(seed)
    return OutlierFits(x, y, {name: _fit_line(regression_loss(name, delta), x, y) for name in REGRESSION})

