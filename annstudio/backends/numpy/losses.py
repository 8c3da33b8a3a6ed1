"""Loss functions with Keras' names, formulas and reduction.

Every loss is the mean over samples (Keras' ``"sum_over_batch_size"``) of a per-sample loss; MSE, MAE,
Huber and binary cross-entropy first average over the last axis, categorical cross-entropies sum over it.
``value_and_grad(y_true, y_pred)`` returns that mean and dL/dy_pred, shape ``y_pred.shape``.

Probabilities are clipped to ``[EPSILON, 1 - EPSILON]`` (``keras.backend.epsilon() = 1e-7``) before the
log; the gradient is 0 where the clip is active, as TensorFlow's ``clip_by_value`` gives.

Cross-entropies also have ``logits_value_and_grad(y_true, z, p)``: the loss computed from logits ``z``
(``from_logits=True``) and dL/dz. The model uses it whenever the output layer's activation is sigmoid or
softmax, whatever ``from_logits`` says, because Keras' TensorFlow backend does the same: ``sigmoid`` and
``softmax`` tag their output with ``_keras_logits`` and ``binary/categorical/sparse_categorical_crossentropy``
then compute from those logits (``keras/src/backend/tensorflow/nn.py``, ``_get_logits``). That gives the
stable loss and the fused gradient ``(p - y) / n``. (Like Keras, a sigmoid output with categorical
cross-entropy then means softmax cross-entropy of its logits, and softmax with binary means sigmoid.)

Names, aliases and the accepted settings are ``spec.training``'s (``normalize_loss``).

Targets: ``sparse_categorical_crossentropy`` takes integer labels ``(n,)`` (or ``(n, 1)``); the others take
floats shaped like the output (``(n,)`` is accepted for a one-unit output).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ...spec.training import normalize_loss

EPSILON = 1e-7  # keras.backend.epsilon()


class Loss:
    """Base class: ``value``/``value_and_grad`` on outputs; see the module docstring."""

    name = ""
    crossentropy = False
    sparse = False
    link: str | None = None   # cross-entropies: the activation whose logits they can take (sigmoid, softmax)

    def __init__(self, from_logits: bool = False):
        if from_logits and not self.crossentropy:
            raise ValueError(f"{self.name} has no from_logits option; only cross-entropy losses take logits")
        self.from_logits = bool(from_logits)

    def get_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {"name": self.name}
        if self.crossentropy:
            config["from_logits"] = self.from_logits
        return config

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.get_config()})"

    # -- targets
    def prepare_target(self, y: Any, y_pred: np.ndarray) -> np.ndarray:
        """``y`` as an array of ``y_pred``'s dtype and shape (cast and reshaped only when needed)."""
        if type(y) is not np.ndarray or y.dtype != y_pred.dtype:
            y = np.asarray(y, dtype=y_pred.dtype)
        if y.shape != y_pred.shape:
            if y.size != y_pred.size or y.shape[:1] != y_pred.shape[:1]:
                raise ValueError(f"{self.name}: targets of shape {y.shape} do not fit outputs of shape {y_pred.shape}")
            y = y.reshape(y_pred.shape)
        return y

    # -- on outputs (probabilities unless from_logits)
    def value(self, y: np.ndarray, y_pred: np.ndarray) -> float:
        return self.value_and_grad(y, y_pred, need_grad=False)[0]

    def value_and_grad(self, y: np.ndarray, y_pred: np.ndarray, need_grad: bool = True) -> tuple[float, np.ndarray | None]:
        if self.from_logits:
            return self.logits_value_and_grad(y, y_pred, need_grad=need_grad)
        return self._value_and_grad(y, y_pred, need_grad)

    def _value_and_grad(self, y, y_pred, need_grad):
        raise NotImplementedError

    # -- on logits (cross-entropies only)
    def logits_value_and_grad(self, y, z, p=None, need_grad: bool = True):
        raise ValueError(f"{self.name} cannot be computed from logits")


# ----------------------------------------------------------------------------- regression
class MeanSquaredError(Loss):
    """mean((y_pred - y)^2); dL/dy_pred = 2 (y_pred - y) / size."""

    name = "mean_squared_error"

    def _value_and_grad(self, y, y_pred, need_grad):
        d = np.subtract(y_pred, y)
        d_flat = d.reshape(-1)
        value = float(np.dot(d_flat, d_flat)) / d.size
        if not need_grad:
            return value, None
        d *= 2.0 / d.size
        return value, d


class MeanAbsoluteError(Loss):
    """mean(|y_pred - y|); dL/dy_pred = sign(y_pred - y) / size (0 where equal, as TensorFlow)."""

    name = "mean_absolute_error"

    def _value_and_grad(self, y, y_pred, need_grad):
        d = np.subtract(y_pred, y)
        value = float(np.add.reduce(np.abs(d), axis=None)) / d.size
        if not need_grad:
            return value, None
        np.sign(d, out=d)
        d *= 1.0 / d.size
        return value, d


class Huber(Loss):
    """mean(0.5 e^2 if |e| <= delta else delta |e| - 0.5 delta^2), e = y_pred - y; dL/de = clip(e, +-delta) / size."""

    name = "huber"

    def __init__(self, from_logits: bool = False, delta: float = 1.0):
        super().__init__(from_logits)
        delta = float(delta)
        if not delta > 0:
            raise ValueError(f"huber: delta must be > 0, got {delta}")
        self.delta = delta

    def get_config(self):
        return {"name": self.name, "delta": self.delta}

    def _value_and_grad(self, y, y_pred, need_grad):
        e = np.subtract(y_pred, y)
        a = np.abs(e)
        per = np.where(a <= self.delta, 0.5 * e * e, self.delta * a - 0.5 * self.delta * self.delta)
        value = float(np.add.reduce(per, axis=None)) / e.size
        if not need_grad:
            return value, None
        np.clip(e, -self.delta, self.delta, out=e)
        e *= 1.0 / e.size
        return value, e


# ----------------------------------------------------------------------------- cross-entropies
def _clip_mask(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Clipped probabilities and the mask where the clip is inactive (gradient passes)."""
    c = np.clip(p, EPSILON, 1.0 - EPSILON)
    return c, (p >= EPSILON) & (p <= 1.0 - EPSILON)


class BinaryCrossentropy(Loss):
    """mean(-(y log p + (1 - y) log(1 - p))); from logits z: mean(max(z, 0) - z y + log(1 + e^-|z|)).

    Gradient w.r.t. the logits: (sigmoid(z) - y) / size.
    """

    name = "binary_crossentropy"
    crossentropy = True
    link = "sigmoid"

    def _value_and_grad(self, y, p, need_grad):
        c, mask = _clip_mask(p)
        per = y * np.log(c) + (1.0 - y) * np.log1p(-c)
        value = -float(np.add.reduce(per, axis=None)) / p.size
        if not need_grad:
            return value, None
        g = ((1.0 - y) / (1.0 - c) - y / c) * mask
        g *= 1.0 / p.size
        return value, g.astype(p.dtype, copy=False)

    def logits_value_and_grad(self, y, z, p=None, need_grad=True):
        t = np.abs(z)
        np.negative(t, out=t)
        np.exp(t, out=t)
        np.log1p(t, out=t)
        # max(z, 0) − z·y per value, then the sum: summed apart, the two large sums of a confident model
        # (z ≈ 10 where y = 1) cancelled, and a loss of 3e-5 kept only ~11 of its digits
        t += np.maximum(z, 0.0) - z * y
        value = float(np.add.reduce(t, axis=None)) / z.size
        if not need_grad:
            return value, None
        if p is None:
            from .activations import get_activation
            p = get_activation("sigmoid").forward(z)
        g = np.subtract(p, y)
        g *= 1.0 / z.size
        return value, g


_ROWS: dict[int, np.ndarray] = {}


def _rows(n: int) -> np.ndarray:
    """``np.arange(n)`` (read-only, kept per ``n``: a batch size repeats every step)."""
    rows = _ROWS.get(n)
    if rows is None:
        if len(_ROWS) > 64:
            _ROWS.clear()
        rows = _ROWS[n] = np.arange(n)
        rows.flags.writeable = False
    return rows


def _log_sum_exp_parts(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(log(sum(exp(z − m), -1)), m)`` with ``m = max(z, -1)``, both of shape ``z.shape[:-1]``:
    log(sum(exp(z), -1)) is their sum, without overflow. A loss subtracts the target's logit from ``m``
    before adding the log: for a confident model both are about 10 and the log about 1e-5, and added first
    the log would keep only ~11 of its digits."""
    m = z.max(axis=-1, keepdims=True)
    s = np.exp(z - m)
    return np.log(np.add.reduce(s, axis=-1)), m[..., 0]


def _softmax(z: np.ndarray) -> np.ndarray:
    from .activations import get_activation
    return get_activation("softmax").forward(z)


class CategoricalCrossentropy(Loss):
    """mean over samples of -sum(y log p) over the last axis, after p is renormalised to sum to 1 (Keras).

    From logits z: sum(y (logsumexp(z) - z)); gradient w.r.t. z: (softmax(z) sum(y) - y) / n
    (``(p - y) / n`` for one-hot targets).
    """

    name = "categorical_crossentropy"
    crossentropy = True
    link = "softmax"

    def _value_and_grad(self, y, p, need_grad):
        n = p.size // p.shape[-1]
        s = np.add.reduce(p, axis=-1, keepdims=True)
        q = p / s
        c, mask = _clip_mask(q)
        value = -float(np.add.reduce(y * np.log(c), axis=None)) / n
        if not need_grad:
            return value, None
        gq = -y / c * mask                                     # dL/dq (times n)
        g = (gq - np.add.reduce(gq * q, axis=-1, keepdims=True)) / s   # through q = p / sum(p)
        g *= 1.0 / n
        return value, g.astype(p.dtype, copy=False)

    def logits_value_and_grad(self, y, z, p=None, need_grad=True):
        n = z.size // z.shape[-1]
        ysum = np.add.reduce(y, axis=-1)
        log_s, m = _log_sum_exp_parts(z)
        # per sample: sum(y) (m − z·y / sum(y)) + sum(y) log s, i.e. (m − z_y) + log s for a one-hot y
        per = ysum * m - np.add.reduce(z * y, axis=-1)
        per += ysum * log_s
        value = float(np.add.reduce(per, axis=None)) / n
        if not need_grad:
            return value, None
        if p is None:
            p = _softmax(z)
        g = p * ysum[..., None]
        g -= y
        g *= 1.0 / n
        return value, g


class SparseCategoricalCrossentropy(Loss):
    """mean over samples of -log p[label] (p clipped, then renormalised through log-softmax, as Keras).

    From logits z: logsumexp(z) - z[label]; gradient w.r.t. z: (softmax(z) - onehot(label)) / n.
    """

    name = "sparse_categorical_crossentropy"
    crossentropy = True
    sparse = True
    link = "softmax"

    def prepare_target(self, y, y_pred):
        if type(y) is not np.ndarray:
            y = np.asarray(y)
        if y.dtype.kind not in "iu":
            y = y.astype(np.intp)
        if y.ndim == y_pred.ndim and y.shape[-1] == 1:
            y = y.reshape(y.shape[:-1])
        if y.shape != y_pred.shape[:-1]:
            raise ValueError(
                f"{self.name}: labels of shape {y.shape} do not fit outputs of shape {y_pred.shape}; "
                "expected one integer class label per sample"
            )
        return y

    @staticmethod
    def _picked(a: np.ndarray, y: np.ndarray) -> np.ndarray:
        """a[..., y] for every sample: shape ``y.shape``."""
        if a.ndim == 2:  # (n, classes): one fancy index, far cheaper than take_along_axis on small batches
            return a[_rows(len(y)), y]
        return np.take_along_axis(a, y[..., None], axis=-1)[..., 0]

    def _value_and_grad(self, y, p, need_grad):
        # Keras: log(clip(p)) used as logits of a softmax cross-entropy: -log c_y + log sum(c).
        c, mask = _clip_mask(p)
        s = np.add.reduce(c, axis=-1)
        n = y.size
        value = float(np.add.reduce(np.log(s) - np.log(self._picked(c, y)), axis=None)) / n
        if not need_grad:
            return value, None
        g = np.broadcast_to((1.0 / s)[..., None], p.shape).copy()
        np.put_along_axis(g, y[..., None], (1.0 / s - 1.0 / self._picked(c, y))[..., None], axis=-1)
        g *= mask
        g *= 1.0 / n
        return value, g.astype(p.dtype, copy=False)

    def logits_value_and_grad(self, y, z, p=None, need_grad=True):
        n = y.size
        log_s, m = _log_sum_exp_parts(z)
        value = float(np.add.reduce((m - self._picked(z, y)) + log_s, axis=None)) / n
        if not need_grad:
            return value, None
        g = _softmax(z) if p is None else p.copy()
        if g.ndim == 2:
            g[_rows(len(y)), y] -= 1.0
        else:
            np.put_along_axis(g, y[..., None], self._picked(g, y)[..., None] - 1.0, axis=-1)
        g *= 1.0 / n
        return value, g


# ----------------------------------------------------------------------------- lookup
LOSSES: dict[str, type[Loss]] = {
    cls.name: cls
    for cls in (MeanSquaredError, MeanAbsoluteError, Huber, BinaryCrossentropy, CategoricalCrossentropy,
                SparseCategoricalCrossentropy)
}


def loss_from_config(config: str | dict[str, Any] | Loss) -> Loss:
    """A ``Loss`` from any form ``spec.training.normalize_loss`` reads (a name or alias, ``{"name",
    "from_logits", "delta"}`` or Keras' ``{"class_name", "config"}``); settings a loss does not have are
    refused."""
    if isinstance(config, Loss):
        return config
    settings = normalize_loss(config, strict=True)
    return LOSSES[settings.pop("name")](**settings)
