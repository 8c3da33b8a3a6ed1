"""Activation functions and their derivatives, with Keras' names and defaults.

Two views of each function:

- ``ACTIVATIONS[name] -> (f, df)``: plain functions of ``z`` (a number or an array of any shape) returning
  ``f(z)`` and the elementwise derivative ``f'(z)``. This is what the GUI plots. For ``softmax``, which
  is not elementwise, ``df`` returns the diagonal of its Jacobian, ``s * (1 - s)``.
- ``get_activation(name) -> Activation``: what layers use. ``forward(z, out)`` may write in place
  (``out is z``); ``backward(grad, a, z, out)`` turns dL/da into dL/dz from the cached output ``a``
  (and ``z`` only when ``needs_z``). ``backward`` never modifies ``grad``; ``linear`` returns it as is.

``step`` (Heaviside, 1 if z >= 0 else 0) and ``sign`` (1 if z >= 0 else -1, the bipolar step) come from
the perceptron chapter; their derivative is 0, so gradient descent cannot train through them.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

LEAKY_RELU_SLOPE = 0.2  # keras.activations.leaky_relu(negative_slope=0.2)
ELU_ALPHA = 1.0         # keras.activations.elu(alpha=1.0)

# exp(-z) is capped at exp(limit), so a very negative z gives no overflow warning (see _sigmoid).
_EXP_LIMIT = {np.dtype(np.float32): 88.0, np.dtype(np.float64): 708.0}
_FLOAT64 = np.dtype(np.float64)


# ----------------------------------------------------------------------------- forward (fast, out= aware)
def _new(z: np.ndarray, out: np.ndarray | None) -> np.ndarray:
    return np.empty_like(z) if out is None else out


def _linear(z, out=None):
    if out is None or out is z:
        return z
    np.copyto(out, z)
    return out


def _step(z, out=None):
    out = _new(z, out)
    np.copyto(out, z >= 0)
    return out


def _sign(z, out=None):
    out = _new(z, out)
    np.copyto(out, np.where(z >= 0, 1.0, -1.0))
    return out


def _sigmoid(z, out=None):
    limit = _EXP_LIMIT.get(z.dtype, 708.0)
    # Where e^-z would overflow, sigmoid(z) is e^z to the last bit (1 + e^z rounds to 1): in float64 (the labs'
    # numbers) those entries get it, so sigmoid(-1e6) shows 0, not the capped 1 / (1 + e^708) = 3.3e-308.
    # float32 training keeps the cap (6e-39 there): the check would cost a playground step a few percent.
    deep = z.dtype == _FLOAT64 and z.size > 0 and z.min() < -limit
    if deep:
        low = z < -limit
        tail = np.exp(z[low])
    out = np.negative(z, out=out)
    np.minimum(out, limit, out=out)
    np.exp(out, out=out)
    out += 1.0
    np.reciprocal(out, out=out)
    if deep:
        out[low] = tail
    return out


def _tanh(z, out=None):
    return np.tanh(z, out=out)


def _relu(z, out=None):
    return np.maximum(z, 0.0, out=out)


def _leaky_relu(z, out=None):
    return np.maximum(z, z * LEAKY_RELU_SLOPE, out=out)  # valid for 0 <= slope <= 1


def _elu(z, out=None):
    neg = np.minimum(z, 0.0)
    np.expm1(neg, out=neg)
    if ELU_ALPHA != 1.0:
        neg *= ELU_ALPHA
    out = np.maximum(z, 0.0, out=out)
    out += neg
    return out


def _softplus(z, out=None):
    # log(1 + e^z) = max(z, 0) + log1p(e^-|z|): no overflow for large z, no loss of precision for small.
    t = np.abs(z)
    np.negative(t, out=t)
    np.exp(t, out=t)
    np.log1p(t, out=t)
    out = np.maximum(z, 0.0, out=out)
    out += t
    return out


def _softmax(z, out=None):
    """Softmax over the last axis, computed as exp(z - max z) / sum so large inputs do not overflow."""
    out = np.subtract(z, z.max(axis=-1, keepdims=True), out=out)
    np.exp(out, out=out)
    out /= np.add.reduce(out, axis=-1, keepdims=True)
    return out


# ----------------------------------------------------------------------------- backward: dL/da -> dL/dz
def _zero_backward(grad, a, z, out=None):
    out = _new(grad, out)
    out.fill(0.0)
    return out


def _linear_backward(grad, a, z, out=None):
    return grad


def _sigmoid_backward(grad, a, z, out=None):      # s' = s (1 - s)
    out = np.subtract(1.0, a, out=out)
    out *= a
    out *= grad
    return out


def _tanh_backward(grad, a, z, out=None):         # tanh' = 1 - tanh^2
    out = np.multiply(a, a, out=out)
    np.subtract(1.0, out, out=out)
    out *= grad
    return out


def _relu_backward(grad, a, z, out=None):         # 1 where z > 0 (0 at z = 0, like TensorFlow)
    return np.multiply(grad, a > 0, out=out)


def _leaky_relu_backward(grad, a, z, out=None):   # 1 where z > 0, else the slope
    out = _new(grad, out)
    np.copyto(out, np.where(a > 0, grad, grad * LEAKY_RELU_SLOPE))
    return out


def _elu_backward(grad, a, z, out=None):          # 1 where z > 0, else alpha e^z = a + alpha
    out = _new(grad, out)
    np.copyto(out, np.where(a > 0, grad, grad * (a + ELU_ALPHA)))
    return out


def _softplus_backward(grad, a, z, out=None):     # softplus' = sigmoid(z)
    out = _sigmoid(z, out=out)
    out *= grad
    return out


def _softmax_backward(grad, a, z, out=None):
    # Jacobian-vector product: dz_i = s_i (g_i - sum_j g_j s_j).
    dot = np.add.reduce(grad * a, axis=-1, keepdims=True)
    out = np.subtract(grad, dot, out=out)
    out *= a
    return out


# ----------------------------------------------------------------------------- the registry
@dataclass(frozen=True)
class Activation:
    """One activation as layers use it (see the module docstring)."""

    name: str
    forward: Callable[..., np.ndarray]
    backward: Callable[..., np.ndarray]
    needs_z: bool = False          # backward reads z (else only the output a)
    has_gradient: bool = True      # False for step and sign: their derivative is 0 everywhere

    def f(self, z):
        """f(z) for a number (returns a NumPy scalar) or an array of any shape."""
        z, scalar = _as_float(z)
        a = self.forward(z, np.empty_like(z))
        return a[0] if scalar else a

    def df(self, z):
        """f'(z) elementwise (the Jacobian diagonal for softmax)."""
        z, scalar = _as_float(z)
        a = self.forward(z, np.empty_like(z))
        if self.name == "softmax":
            d = a * (1.0 - a)
        else:
            d = self.backward(np.ones_like(z), a, z, np.empty_like(z))
        return d[0] if scalar else d


def _as_float(z) -> tuple[np.ndarray, bool]:
    """``z`` as a float array of rank >= 1, and whether it was a scalar."""
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(np.float64)
    return (z.reshape(1), True) if z.ndim == 0 else (z, False)


_REGISTRY: dict[str, Activation] = {
    act.name: act
    for act in (
        Activation("linear", _linear, _linear_backward),
        Activation("step", _step, _zero_backward, has_gradient=False),
        Activation("sign", _sign, _zero_backward, has_gradient=False),
        Activation("sigmoid", _sigmoid, _sigmoid_backward),
        Activation("tanh", _tanh, _tanh_backward),
        Activation("relu", _relu, _relu_backward),
        Activation("leaky_relu", _leaky_relu, _leaky_relu_backward),
        Activation("elu", _elu, _elu_backward),
        Activation("softplus", _softplus, _softplus_backward, needs_z=True),
        Activation("softmax", _softmax, _softmax_backward),
    )
}

ACTIVATIONS: dict[str, tuple[Callable, Callable]] = {name: (act.f, act.df) for name, act in _REGISTRY.items()}


def get_activation(name: str) -> Activation:
    """The ``Activation`` called ``name``; ``ValueError`` lists the known names otherwise."""
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown activation {name!r}; expected one of {', '.join(_REGISTRY)}") from None


def softmax(z):
    """Softmax over the last axis of a number sequence or array (stable for large inputs)."""
    return _REGISTRY["softmax"].f(z)


def sigmoid(z):
    """1 / (1 + e^-z), stable for large |z|."""
    return _REGISTRY["sigmoid"].f(z)
