"""``check_gradients``: backpropagation's gradients of a model next to central differences (either backend).

The check the notes describe: nudge one weight by ±eps, see how the loss changes,
``(E(w + eps) − E(w − eps)) / 2eps``, and compare with the gradient backpropagation computed. Two loss
evaluations per weight make it slow, so it is for small models (``MAX_CHECKED_PARAMETERS``). In float32 a
nudge of 1e-6 is below the precision of most numbers: :func:`float64_copy` gives the same model in float64.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..backends.base import TrainableModel
from ..messages import Message
from .session import build_model

#: models with more trainable parameters than this are not checked (two loss evaluations per parameter)
MAX_CHECKED_PARAMETERS = 2000
#: the nudge, as in the notes
EPS = 1e-6
#: backprop and the numerical slope agree when they differ by less than this relative error ...
RTOL = 1e-6
#: ... or by less than this absolute amount per unit of loss: a float64 loss is computed to about 1e-15 of
#: its size, so ``(E(w + ε) − E(w − ε)) / 2ε`` with ε = 1e-6 cannot resolve slopes much below 1e-9 × |E|
#: (a trained model's weights far from the data have slopes of 1e-12, which the difference reads as 0)
ATOL = 1e-9
#: layers that compute differently while training (the check evaluates the loss in inference mode)
_TRAINING_ONLY_KINDS = ("Dropout", "BatchNormalization", "GaussianNoise", "GaussianDropout")


@dataclass
class GradientRow:
    layer: str
    weight: str          # "kernel[0, 1]", "bias[2]"
    analytic: float
    numerical: float
    relative_error: float
    agrees: bool = True  # within RTOL, or within what the numerical slope can resolve (ATOL)


def agree(a: float, n: float, loss: float) -> bool:
    """Backprop's ``a`` and the numerical ``n`` agree: relative error below :data:`RTOL`, or a difference
    below :data:`ATOL` × max(1, |loss|), the finest slope a central difference of that loss resolves."""
    return relative_error(a, n) < RTOL or abs(a - n) < ATOL * max(1.0, abs(loss))


def relative_error(a: float, b: float) -> float:
    """``|a − b| / (|a| + |b|)`` (0 when both are 0)."""
    denom = abs(a) + abs(b)
    return 0.0 if denom == 0 else abs(a - b) / denom


def check_problem(model: TrainableModel) -> Message | None:
    """Why ``model`` is not checked (None: it can be)."""
    trainable = sum(int(np.size(g)) for g in _trainable(model).values())
    if trainable > MAX_CHECKED_PARAMETERS:
        return Message("Checking gradients takes two loss evaluations per weight: this model has {count:,} "
                       "trainable weights, more than {limit:,}. Try a smaller model.",
                       count=trainable, limit=MAX_CHECKED_PARAMETERS)
    for layer in model.spec.layers:
        if layer.kind in _TRAINING_ONLY_KINDS:
            return Message("Checking gradients needs a model that computes the same while training and "
                           "predicting; {name} ({kind}) does not.", name=layer.name, kind=layer.kind)
    return None


def _trainable(model: TrainableModel) -> dict[str, np.ndarray]:
    params = getattr(model, "params", None)
    if params is not None:
        return dict(params)
    names = getattr(model, "_trainable_keys", None)
    weights = model.get_weights()
    return {key: weights[key] for key in (names or weights)}


def float64_copy(model: TrainableModel, backend: str | None = None) -> TrainableModel:
    """The same model (spec, weights, loss, optimizer) in float64, on the same backend."""
    if backend is None:
        backend = "tensorflow" if "tensorflow" in type(model).__module__ else "numpy"
    copy = build_model(model.spec, backend, seed=0, dtype="float64")
    copy.compile(model.loss_config, model.optimizer_config)
    copy.set_weights({k: np.asarray(v, dtype=np.float64) for k, v in model.get_weights().items()})
    return copy


def check_gradients(model: TrainableModel, x: np.ndarray, y: np.ndarray, eps: float = EPS) -> list[GradientRow]:
    """One row per trainable weight: ∂E/∂w from ``loss_and_grads`` and from central differences of
    ``compute_loss`` on the batch ``(x, y)``. Refuses (``ValueError``) what :func:`check_problem` names."""
    problem = check_problem(model)
    if problem is not None:
        raise ValueError(problem)
    loss, analytic = model.loss_and_grads(x, y)
    weights = model.get_weights()
    rows: list[GradientRow] = []
    for key in _trainable(model):
        layer, name = key.rsplit("/", 1)
        w = np.array(weights[key], dtype=np.float64)
        for idx in np.ndindex(w.shape):
            original = w[idx]
            w[idx] = original + eps
            model.set_weights({key: w})
            plus = model.compute_loss(x, y)
            w[idx] = original - eps
            model.set_weights({key: w})
            minus = model.compute_loss(x, y)
            w[idx] = original
            numerical = (plus - minus) / (2 * eps)
            a = float(np.asarray(analytic[key])[idx])
            where = ", ".join(str(i) for i in idx)
            rows.append(GradientRow(layer, f"{name}[{where}]", a, float(numerical), relative_error(a, numerical),
                                    agree(a, float(numerical), float(loss))))
        model.set_weights({key: weights[key]})
    return rows


def check_model(model: TrainableModel, x: np.ndarray, y: np.ndarray, samples: int = 4,
                backend: str | None = None) -> list[GradientRow]:
    """:func:`check_gradients` of a float64 copy of ``model`` on its first ``samples`` samples."""
    problem = check_problem(model)
    if problem is not None:
        raise ValueError(problem)
    copy = model if np.dtype(getattr(model, "dtype", "float32")) == np.float64 else float64_copy(model, backend)
    return check_gradients(copy, np.asarray(x[:samples], dtype=np.float64), _targets(y[:samples]))


def _targets(y: Any) -> np.ndarray:
    y = np.asarray(y)
    return y if y.dtype.kind in "iu" else y.astype(np.float64)
