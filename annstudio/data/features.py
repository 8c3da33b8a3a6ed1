"""Input features computed from the two coordinates of a 2-D set, as in the TensorFlow Playground.

A 2-D data set gives each sample ``(x1, x2)``. A learner may feed the network other functions of them
instead of (or beside) the raw coordinates: ``x1^2``, ``x2^2``, ``x1*x2``, ``sin_x1``, ``sin_x2``. With
``x1*x2`` a single threshold unit separates XOR, which no line through ``(x1, x2)`` can: the features
are where the perceptron's limit meets its way out.

``expand(X, names)`` returns the columns in the order given; ``check(names)`` validates a choice (as it
comes from a project file) and returns it as a tuple. The choice is stored in a project's dataset
params under ``features``; the default, ``("x1", "x2")``, is the plain data.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from ..messages import Message, joined
from .dataset import DataError, Dataset

FEATURES: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1^2": lambda a, b: a * a,
    "x2^2": lambda a, b: b * b,
    "x1*x2": lambda a, b: a * b,
    "sin_x1": lambda a, b: np.sin(a),
    "sin_x2": lambda a, b: np.sin(b),
}
#: how each feature is written on screen
SYMBOLS = {"x1": "X₁", "x2": "X₂", "x1^2": "X₁²", "x2^2": "X₂²", "x1*x2": "X₁X₂",
           "sin_x1": "sin(X₁)", "sin_x2": "sin(X₂)"}
DEFAULT = ("x1", "x2")


def check(names: object) -> tuple[str, ...]:
    """``names`` as a tuple of known, distinct feature names (at least one); ``DataError`` otherwise."""
    if isinstance(names, str) or not isinstance(names, Sequence):
        raise DataError(Message("features must be a list of names, e.g. [\"x1\", \"x2\", \"x1*x2\"]"))
    out: list[str] = []
    for name in names:
        if not isinstance(name, str) or name not in FEATURES:
            raise DataError(Message("unknown feature {name!r}; expected one of {names}",
                                    name=name, names=joined(FEATURES)))
        if name in out:
            raise DataError(Message("feature {name!r} is listed twice", name=name))
        out.append(name)
    if not out:
        raise DataError(Message("choose at least one input feature"))
    return tuple(out)


def expand(X: np.ndarray, names: Sequence[str] = DEFAULT) -> np.ndarray:
    """The chosen features of the 2-column array ``X``, one column each, in the order of ``names``."""
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[1] != 2:
        raise DataError(Message("features are computed from 2 input columns, the data has shape {shape}",
                                shape=tuple(X.shape)))
    a, b = X[:, 0], X[:, 1]
    return np.column_stack([FEATURES[name](a, b) for name in check(names)]).astype(X.dtype, copy=False)


def apply(dataset: Dataset, names: Sequence[str] = DEFAULT) -> Dataset:
    """``dataset`` with its inputs replaced by the features ``names`` of its 2 columns; the raw points are
    kept in ``Dataset.x_raw`` and the names in ``Dataset.features``. The plain choice returns it unchanged."""
    names = check(names)
    if names == DEFAULT:
        return dataset
    raw = {part: x for part in ("train", "test", "val") if (x := getattr(dataset, f"x_{part}")) is not None}
    parts = {part: expand(x, names) for part, x in raw.items()}
    out = Dataset(
        name=dataset.name, x_train=parts["train"], x_test=parts["test"], x_val=parts.get("val"),
        y_train=dataset.y_train, y_test=dataset.y_test, y_val=dataset.y_val,
        task=dataset.task, class_names=dataset.class_names, feature_names=list(names),
        description=dataset.description, x_standardizer=dataset.x_standardizer,
        y_standardizer=dataset.y_standardizer, params=dict(dataset.params), x_divisor=dataset.x_divisor,
        features=names, x_raw=raw,
    )
    return out
