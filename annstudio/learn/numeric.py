"""The numerical derivative and its step ``eps``: too large is inexact, too small drowns in round-off.

``(f(x + eps) - f(x - eps)) / (2 eps)`` (the backend's ``gradcheck.numerical_derivative``) is compared
with the exact derivative for ``eps`` from 1e-1 down to 1e-50, with ``x`` and ``f`` in float64 or float32.
A large eps measures the slope of a chord, not the tangent; a tiny one makes ``x + eps`` round to ``x``
itself, so the difference — and the estimate — is exactly 0 (``1e-50`` in float64, already ``1e-8`` in
float32). The division by ``2 eps`` is done in float64 so an eps below the float's range gives 0, not 0/0.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..backends.numpy.activations import get_activation
from ..backends.numpy.gradcheck import EPS

EPS_VALUES = tuple(10.0 ** -k for k in range(1, 17)) + (1e-20, 1e-30, 1e-40, 1e-50)

_sigmoid = get_activation("sigmoid")
_tanh = get_activation("tanh")

#: name -> (f, f') for the lab's functions (f takes and returns NumPy scalars of the chosen dtype)
FUNCTIONS: dict[str, tuple[Callable, Callable]] = {
    "x^2": (lambda x: x * x, lambda x: 2.0 * x),
    "x^3": (lambda x: x * x * x, lambda x: 3.0 * x * x),
    "sigmoid": (lambda x: _sigmoid.forward(np.atleast_1d(x), None)[0],
                lambda x: float(_sigmoid.df(float(x)))),
    "tanh": (np.tanh, lambda x: float(_tanh.df(float(x)))),
    "exp": (np.exp, np.exp),
}


def central_difference(f: Callable, x: float, eps: float, dtype: str = "float64") -> float:
    """``(f(x + eps) - f(x - eps)) / (2 eps)`` with ``x``, ``x ± eps`` and ``f`` in ``dtype``."""
    t = np.dtype(dtype).type
    xv = t(x)
    upper, lower = t(xv + t(eps)), t(xv - t(eps))
    diff = float(t(f(upper)) - t(f(lower)))
    return diff / (2.0 * eps)


@dataclass(frozen=True)
class Row:
    eps: float
    numeric: float
    analytic: float

    @property
    def error(self) -> float:
        """|numeric - analytic|, relative to |analytic| when that is not 0."""
        scale = abs(self.analytic) if self.analytic != 0 else 1.0
        return abs(self.numeric - self.analytic) / scale


def eps_table(name: str = "sigmoid", x: float = 1.0, dtype: str = "float64",
              eps_values: tuple[float, ...] = EPS_VALUES) -> list[Row]:
    """One row per eps: the central difference of ``FUNCTIONS[name]`` at ``x`` and the exact derivative."""
    f, df = FUNCTIONS[name]
    analytic = float(df(np.float64(x)))
    return [Row(eps, central_difference(f, x, eps, dtype), analytic) for eps in eps_values]


def best_row(rows: list[Row]) -> Row:
    """The eps with the smallest error."""
    return min(rows, key=lambda r: r.error)


NOTES_EPS = EPS   # the notes' 1e-6 (``derivative(f, z, eps=0.000001)``)
