"""The forward pass as matrix products (the notes' chapter 2), as plain computation for the lab.

A ``Layer`` is one step of a chain ``X → (W, B, activation) → …``: ``A = X·W + B`` (the pre-activation)
and ``Z = f(A)`` (the activation), with ``X`` one sample (a row, shape ``(n,)``) or a batch (shape
``(N, n)``). ``forward(x, layers)`` returns every intermediate; ``product_shapes`` writes the shapes as
the notes do (``(2,)·(2, 3) → (3,)``) and ``cell_working`` writes out the sum of products behind one
result cell (``1.0×0.1 + 0.5×0.2 + 0.1 = 0.3``). The arithmetic of the activations is the NumPy
backend's (``backends/numpy/activations.py``).

Also here: the notes' three-layer network and first example, and softmax computed naively (overflow,
nan; NumPy's warnings are caught, not printed) beside the stable ``exp(a − max a) / Σ``.
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..backends.numpy.activations import get_activation
from ..messages import Message
from ..typed_numbers import one_number, plain
from .quiz import parse_numbers

#: the activations a layer of the lab can use, in the order the lab offers them
ACTIVATION_CHOICES = ("sigmoid", "tanh", "relu", "step", "identity", "softmax")
#: the lab's names that the NumPy backend calls otherwise
_BACKEND_NAME = {"identity": "linear"}


def activate(name: str, a: np.ndarray) -> np.ndarray:
    """``f(a)`` for an activation of ``ACTIVATION_CHOICES`` (or any backend name); softmax over the
    last axis (each row of a batch on its own)."""
    return np.asarray(get_activation(_BACKEND_NAME.get(name, name)).f(np.asarray(a, dtype=np.float64)))


@dataclass(frozen=True)
class Layer:
    """One step of the chain: weights ``w`` of shape ``(inputs, units)``, bias ``b`` of shape ``(units,)``
    (``None``: no bias) and the activation's name."""

    w: np.ndarray
    b: np.ndarray | None = None
    activation: str = "identity"

    def with_activation(self, name: str) -> Layer:
        return replace(self, activation=name)


@dataclass(frozen=True)
class Step:
    """What one layer computed: its input ``x``, ``a = x·w + b`` and ``z = f(a)``."""

    x: np.ndarray
    a: np.ndarray
    z: np.ndarray


def layer(w: Sequence, b: Sequence | None = None, activation: str = "identity") -> Layer:
    """A ``Layer`` from nested lists (float64 arrays)."""
    return Layer(np.asarray(w, dtype=np.float64), None if b is None else np.asarray(b, dtype=np.float64),
                 activation)


def forward(x: Sequence | np.ndarray, layers: Sequence[Layer]) -> list[Step]:
    """Every layer's input, pre-activation and activation for ``x`` (one row or a batch of rows).
    ``ValueError`` when the shapes do not chain (the message says which product does not fit)."""
    current = np.asarray(x, dtype=np.float64)
    steps = []
    for k, lay in enumerate(layers, start=1):
        if current.shape[-1] != lay.w.shape[0]:
            raise ValueError(Message("layer {k}: {shapes} does not fit: the inner sizes {n} and {m} differ",
                                     k=k, shapes=product_shapes(current.shape, lay.w.shape), n=current.shape[-1],
                                     m=lay.w.shape[0]))
        a = current @ lay.w
        if lay.b is not None:
            a = a + lay.b
        z = activate(lay.activation, a)
        steps.append(Step(current, a, z))
        current = z
    return steps


#: the largest number a cell of the lab takes (larger ones only overflow every activation)
CELL_LIMIT = 1e6


def read_cell(text: str) -> float:
    """The number typed in a cell of the lab (``0.5``, ``-1e-3``, ``1/3``); ``ValueError`` carrying a
    ``Message`` says why a text is refused."""
    typed = plain(text).strip()
    single = one_number(typed)   # "0,5" and "1,000" as the fields and the quizzes read them ("1, 2" is two)
    values = parse_numbers(single if single != typed else text)
    if len(values) != 1:
        raise ValueError(Message("type one number in a cell, not {count}", count=len(values)))
    value = values[0]
    if abs(value) > CELL_LIMIT:
        raise ValueError(Message("{value} is too large: a cell takes numbers from -1e6 to 1e6", value=text.strip()))
    return value


# ----------------------------------------------------------------------------- written out
def shape_text(shape: Sequence[int]) -> str:
    """A shape as Python writes it: ``(3,)``, ``(2, 3)``."""
    dims = tuple(int(d) for d in shape)
    return "(" + ", ".join(str(d) for d in dims) + ("," if len(dims) == 1 else "") + ")"


def product_shapes(x_shape: Sequence[int], w_shape: Sequence[int]) -> str:
    """``(2,)·(2, 3) → (3,)``; a batch: ``(4, 2)·(2, 3) → (4, 3)``. A product whose inner sizes differ is
    written with ``→ ?``."""
    x_shape, w_shape = tuple(x_shape), tuple(w_shape)
    out = "?" if x_shape[-1:] != w_shape[:1] else shape_text((*x_shape[:-1], *w_shape[1:]))
    return f"{shape_text(x_shape)}·{shape_text(w_shape)} → {out}"


def number_text(value: float, digits: int = 8) -> str:
    """A number as the lab writes it: ``1.0``, ``0.1``, ``0.57444252``, ``-0.5``, ``1e+20``, ``nan``."""
    v = float(value)
    if not np.isfinite(v):
        return "nan" if np.isnan(v) else ("inf" if v > 0 else "-inf")
    if v.is_integer() and abs(v) < 1e15:
        return f"{v:.1f}"
    return f"{v:.{digits}g}"


def _factor(value: float) -> str:
    text = number_text(value)
    return f"({text})" if text.startswith("-") else text


def sum_working(x: Sequence[float] | np.ndarray, w: Sequence[float] | np.ndarray, b: float | None = None,
                result: float | None = None, max_terms: int | None = None, hidden: Sequence[int] = ()) -> str:
    """``1.0×0.1 + 0.5×0.2 + 0.1 = 0.3``: each input times its weight, plus the bias, and the sum.
    ``max_terms``: write only that many products, then ``…`` and the last one; ``hidden``: the inputs
    written as ``?`` (a quiz asks for them)."""
    xs, ws = np.asarray(x, dtype=np.float64).ravel(), np.asarray(w, dtype=np.float64).ravel()
    terms = [f"{'?' if i in hidden else _factor(xi)}×{_factor(wi)}"
             for i, (xi, wi) in enumerate(zip(xs, ws, strict=True))]
    if max_terms is not None and len(terms) > max_terms:
        terms = [*terms[:max_terms], "…", terms[-1]]
    total = float(xs @ ws) + (0.0 if b is None else float(b))
    text = " + ".join(terms) if terms else "0"
    if b is not None:
        text += f" + {_factor(b)}"
    return f"{text} = {number_text(total if result is None else result)}"


def cell_working(steps: Sequence[Step], layers: Sequence[Layer], k: int, row: int, col: int,
                 hidden: Sequence[int] = ()) -> str:
    """The sum of products behind ``A[row, col]`` of layer ``k`` (0-based; ``row`` is 0 for one sample);
    ``hidden``: the inputs written as ``?``."""
    step, lay = steps[k], layers[k]
    x = step.x if step.x.ndim == 1 else step.x[row]
    a = step.a if step.a.ndim == 1 else step.a[row]
    return sum_working(x, lay.w[:, col], None if lay.b is None else lay.b[col], a[col], hidden=hidden)



def activation_working(name: str, steps: Sequence[Step], k: int, row: int, col: int) -> str:
    """``sigmoid(0.3) = 0.57444252`` for ``Z[row, col]`` of layer ``k``; softmax names its whole row."""
    step = steps[k]
    a = step.a if step.a.ndim == 1 else step.a[row]
    z = step.z if step.z.ndim == 1 else step.z[row]
    if name == "softmax":
        return (f"softmax([{', '.join(number_text(v) for v in a)}])[{col}] = exp({number_text(a[col])} − max) / Σ"
                f" = {number_text(z[col])}")
    return f"{name}({number_text(a[col])}) = {number_text(z[col])}"


# ----------------------------------------------------------------------------- the notes' numbers
NOTES_X = (1.0, 0.5)
NOTES_LAYERS = (
    layer([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], [0.1, 0.2, 0.3], "sigmoid"),
    layer([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], [0.1, 0.2], "sigmoid"),
    layer([[0.1, 0.3], [0.2, 0.4]], [0.1, 0.2], "identity"),
)
FIRST_X = (1.0, 2.0)
FIRST_LAYER = layer([[1, 2, 3], [4, 5, 6]], None, "identity")
BATCH_X = ((1.0, 0.5), (0.0, 1.0), (-1.0, 2.0))
SOFTMAX_A = (1010.0, 1000.0, 990.0)


def notes_network() -> tuple[np.ndarray, list[Layer]]:
    """The notes' three-layer network: X = [1.0, 0.5], sigmoid, sigmoid, identity."""
    return np.asarray(NOTES_X, dtype=np.float64), list(NOTES_LAYERS)


# ----------------------------------------------------------------------------- softmax, naive and stable
@dataclass(frozen=True)
class Softmax:
    """Both ways of computing softmax(a), with their intermediates."""

    a: np.ndarray
    naive_exp: np.ndarray       # exp(a)
    naive_sum: float
    naive: np.ndarray           # exp(a) / Σ exp(a)
    problems: tuple[str, ...]   # what went wrong naively: Messages (overflow, invalid value), or ()
    shifted: np.ndarray         # a − max a
    stable_exp: np.ndarray
    stable_sum: float
    stable: np.ndarray          # exp(a − max a) / Σ


_PROBLEMS = (
    ("overflow", Message("exp overflowed: e to a power above about 709 is larger than the largest float, so it "
                         "became inf")),
    ("invalid", Message("inf / inf is not a number: the result is nan")),
)
_ALL_UNDERFLOWED = Message("exp underflowed: e to a power below about −745 is smaller than the smallest float, so "
                           "every exp became 0 and so did their sum; 0 / 0 is not a number: the result is nan")


def softmax_both(values: Sequence[float] | np.ndarray) -> Softmax:
    """softmax(a) naively and stably. NumPy's floating-point warnings on the naive way are caught and
    reported as ``problems`` (not printed)."""
    a = np.asarray(values, dtype=np.float64)
    with warnings.catch_warnings(record=True) as caught, np.errstate(all="warn"):
        warnings.simplefilter("always")
        e = np.exp(a)
        total = e.sum()
        naive = e / total
    text = " ".join(str(w.message) for w in caught)
    problems = tuple(message for key, message in _PROBLEMS if key in text and not (key == "invalid" and total == 0))
    if "invalid" in text and total == 0:   # every exp underflowed: 0 / 0, not inf / inf
        problems += (_ALL_UNDERFLOWED,)
    shifted = a - a.max()
    s = np.exp(shifted)
    return Softmax(a, e, float(total), naive, problems, shifted, s, float(s.sum()), s / s.sum())
