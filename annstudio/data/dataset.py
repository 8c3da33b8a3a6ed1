"""``Dataset`` (plain arrays plus what they mean), ``DataError`` and ``check_arrays``.

Conventions every loader follows, so the trainers never guess:

* ``x`` is ``float32`` with shape ``(n, *input_shape)``: ``(n, 2)`` for the toy sets,
  ``(n, 28, 28)`` or ``(n, 784)`` for images.
* classification ``y`` is ``int64`` class labels with shape ``(n,)``; binary labels are 0/1.
* regression ``y`` is ``float32`` with shape ``(n, d)``.

``check_arrays`` enforces this (and rejects NaN/inf, mismatched lengths and a one-class target)
so that bad data is stopped with a readable message before it reaches training.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ..messages import Message, Term
from .errors import DataError
from .splits import Standardizer

if TYPE_CHECKING:
    from .columns import Columns

TASKS = ("binary", "multiclass", "regression")
CLASSIFICATION_TASKS = ("binary", "multiclass")


def to_float32(values: np.ndarray, part: str, what: str, dataset: str | None = None) -> np.ndarray:
    """``values`` as float32; ``DataError`` naming the sample and the feature when a finite value is too
    large for float32 (it would become inf, and then NaN in training, without a word)."""
    with np.errstate(over="ignore", invalid="ignore"):
        out = values.astype(np.float32, copy=False)
    if out is values or not np.issubdtype(values.dtype, np.number):
        return out
    overflow = np.isinf(out) & np.isfinite(values)
    if overflow.any():
        row = _first_bad_row(overflow)
        column = int(np.argmax(overflow[row].reshape(-1)))
        value = values[row].reshape(-1)[column]
        raise DataError(Message(
            "{part} {what}: the value {value:.6g} at sample {row}, feature {column} is beyond the largest number "
            "training computes with (float32: ±{max:.4g})", part=part, what=what, value=float(value), row=row,
            column=column, max=float(np.finfo(np.float32).max)), dataset=dataset)
    return out


def _first_bad_row(mask: np.ndarray) -> int:
    """Index of the first sample (axis 0) where ``mask`` (same leading length) is true."""
    flat = mask.reshape(mask.shape[0], -1).any(axis=1)
    return int(np.argmax(flat))


#: the parts of a data set as words the GUI translates inside messages ("the {part} set is empty")
PARTS: dict[str, Term] = {term: term for term in (Term("training"), Term("test"), Term("validation"))}
_PART_NAMES = {"train": PARTS["training"], "test": PARTS["test"], "val": PARTS["validation"]}


def _sum_is_finite(x: np.ndarray) -> bool:
    with np.errstate(over="ignore", invalid="ignore"):
        return bool(np.isfinite(np.sum(x)))


def check_arrays(x: Any, y: Any, task: str, *, part: str = "training", min_classes: int = 2,
                 n_classes: int | None = None) -> None:
    """Raise ``DataError`` unless ``x``/``y`` follow the conventions for ``task``.

    ``x``: numeric, shape ``(n, ...)`` with at least 2 dimensions, finite.
    ``y``: ``(n,)`` integer class labels for ``"binary"`` (0/1) and ``"multiclass"`` (0..K-1, or
    ``< n_classes`` when given), ``(n, d)`` finite numbers for ``"regression"``.
    ``min_classes``: how many distinct classes the labels must contain (2 for a training set, so a
    one-class target is refused; 1 for a small test or validation part).
    ``part`` names the part ("training", "test", "validation") in messages.
    """
    if task not in TASKS:
        raise DataError(Message("unknown task {task!r}; accepted: {names}", task=task, names=', '.join(TASKS)))
    part = PARTS.get(part, part)
    x = np.asarray(x)
    y = np.asarray(y)
    if x.ndim < 2:
        raise DataError(Message(
            "{part} inputs x have shape {shape}; expected (n_samples, n_features) or (n_samples, height, width){hint}",
            part=part, shape=x.shape, hint=Term(" — for one feature reshape to (n, 1)") if x.ndim == 1 else ""))
    if x.shape[0] == 0:
        raise DataError(Message("the {part} set is empty (0 samples)", part=part))
    if not (np.issubdtype(x.dtype, np.number) or x.dtype == np.bool_):
        raise DataError(Message(
            "{part} inputs x must be numbers; got dtype {dtype}",
            part=part, dtype=x.dtype))
    # A sum of finite numbers is finite unless it overflows: one pass without a temporary array for the
    # usual case (70,000 Fashion-MNIST images: 7 ms instead of a 55 MB mask), the exact look otherwise.
    if np.issubdtype(x.dtype, np.inexact) and not _sum_is_finite(x):
        finite = np.isfinite(x)
        if not finite.all():
            row = _first_bad_row(~finite)
            bad = x[row][~finite[row]].flat[0]
            raise DataError(Message(
                "{part} inputs x contain {value} (first at sample {row}); remove or fill missing values",
                part=part, value='NaN' if np.isnan(bad) else 'inf', row=row))
    if y.shape[:1] != x.shape[:1]:
        raise DataError(Message(
            "{part} set: x has {shape} samples but y has {value}; they must match",
            part=part, shape=x.shape[0], value=y.shape[0] if y.ndim else 'no sample axis (a scalar)'))

    if task == "regression":
        if y.ndim != 2:
            raise DataError(Message("regression targets y must have shape (n, outputs); the {part} y has shape "
                                    "{shape}{hint}", part=part, shape=y.shape,
                                    hint=Term(" — reshape to (n, 1)") if y.ndim == 1 else ""))

        if not np.issubdtype(y.dtype, np.number):
            raise DataError(Message(
                "regression targets y must be numbers; the {part} y has dtype {dtype}",
                part=part, dtype=y.dtype))
        if np.issubdtype(y.dtype, np.inexact) and not np.isfinite(y).all():
            row = _first_bad_row(~np.isfinite(y))
            raise DataError(Message(
                "{part} targets y contain NaN or inf (first at sample {row})",
                part=part, row=row))
        return

    # classification: integer labels
    if y.ndim != 1:
        hint = Term(" — looks one-hot; pass class labels (argmax over axis 1)") if y.ndim == 2 and y.shape[1] > 1 else ""
        raise DataError(Message(
            "{task} targets y must be class labels with shape (n,); the {part} y has shape {shape}{hint}",
            task=task, part=part, shape=y.shape, hint=hint))
    if np.issubdtype(y.dtype, np.floating):
        if not np.isfinite(y).all():
            raise DataError(Message(
                "{part} labels y contain NaN or inf (first at sample {value})",
                part=part, value=_first_bad_row(~np.isfinite(y))))
        if not np.all(y == np.round(y)):
            row = _first_bad_row(y != np.round(y))
            raise DataError(Message(
                "{task} labels must be whole numbers; the {part} y has {y!r} at sample {row}",
                task=task, part=part, y=y[row], row=row))
    elif not (np.issubdtype(y.dtype, np.integer) or y.dtype == np.bool_):
        raise DataError(Message(
            "{task} labels must be integers 0..K-1; the {part} y has dtype {dtype} (map text labels to class indices "
            "first)",
            task=task, part=part, dtype=y.dtype))
    lo, hi = int(y.min()), int(y.max())
    if lo < 0:
        raise DataError(Message(
            "{part} labels must be >= 0; found {lo} at sample {value}",
            part=part, lo=lo, value=int(np.argmax(y < 0))))
    if task == "binary" and hi > 1:
        raise DataError(Message(
            "binary labels must be 0 or 1; the {part} y contains {hi} — use task 'multiclass'",
            part=part, hi=hi))
    if n_classes is not None and hi >= n_classes:
        raise DataError(Message(
            "{part} labels must be < {n_classes} (the number of classes); found {hi}",
            part=part, n_classes=n_classes, hi=hi))
    found = len(np.unique(y))
    if found < min_classes:
        raise DataError(
            Message(
                "the {part} target has only {found} class ({y}); a classifier needs at least {min_classes} classes — "
                "check the target column or the split",
                part=part, found=found, y=int(y[0]), min_classes=min_classes)
        )


@dataclass(eq=False)  # arrays: compare parts explicitly, identity otherwise
class Dataset:
    """Train/test (and optional validation) arrays plus what they mean.

    ``x_*``: ``float32``, shape ``(n, *input_shape)``. ``y_*``: ``int64`` ``(n,)`` class labels for
    ``"binary"``/``"multiclass"``, ``float32`` ``(n, d)`` for ``"regression"``.
    ``x_val``/``y_val`` are set when the recipe has an explicit validation set (Fashion-MNIST: the
    first 5,000 training images).
    ``x_standardizer``/``y_standardizer`` are set when the loader standardised inputs / targets;
    ``inverse_transform`` maps model space back to the original units (for plots and predictions
    on user-entered points: ``x_standardizer.transform(raw_points)``).
    ``params`` are the validated parameters the dataset was loaded with (for project files).
    ``features``: for a 2-D set loaded with input features other than the plain ``("x1", "x2")``
    (``data.features``), their names; the ``x_*`` arrays then hold those feature columns and ``x_raw``
    keeps the raw ``(x1, x2)`` points of each part (``"train"``, ``"test"``, ``"val"``) for plots:
    ``points(part)`` gives the plane coordinates either way.

    Construction normalises dtypes (``float32`` x, ``int64`` labels, ``(n, 1)`` for a 1-D regression
    target) and runs ``check_arrays`` on every part, so a ``Dataset`` is always trainable.
    """

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    x_val: np.ndarray | None = None
    y_val: np.ndarray | None = None
    task: str = "binary"
    class_names: list[str] | None = None
    feature_names: list[str] | None = None
    description: str = ""
    x_standardizer: Standardizer | None = None
    y_standardizer: Standardizer | None = None
    params: dict[str, Any] = field(default_factory=dict)
    features: tuple[str, ...] | None = None
    x_raw: dict[str, np.ndarray] | None = None
    #: what the loader divided the raw inputs by before any standardising (pixels: 255; digits: 16)
    x_divisor: float | None = None
    #: the data file's columns the features come from, with the texts of its text columns (a CSV's)
    columns: Columns | None = None

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise DataError(Message(
                "unknown task {task!r}; accepted: {names}",
                task=self.task, names=', '.join(TASKS)), dataset=self.name)
        if (self.x_val is None) != (self.y_val is None):
            raise DataError(Message("x_val and y_val must both be given or both be None"), dataset=self.name)
        for part in ("train", "test", "val"):
            x, y = getattr(self, f"x_{part}"), getattr(self, f"y_{part}")
            if x is None:
                continue
            x, y = self._normalise(x, y, part)
            setattr(self, f"x_{part}", x)
            setattr(self, f"y_{part}", y)
        self.check()

    def _normalise(self, x: Any, y: Any, part: str) -> tuple[np.ndarray, np.ndarray]:
        x = np.asarray(x)
        y = np.asarray(y)
        if np.issubdtype(x.dtype, np.number) or x.dtype == np.bool_:
            x = to_float32(x, _PART_NAMES[part], Term("inputs x"), self.name)
        if self.task == "regression":
            if np.issubdtype(y.dtype, np.number):
                y = to_float32(y, _PART_NAMES[part], Term("targets y"), self.name)
            if y.ndim == 1:
                y = y.reshape(-1, 1)
        elif y.ndim == 1 and (np.issubdtype(y.dtype, np.integer) or y.dtype == np.bool_):
            y = y.astype(np.int64, copy=False)
        elif y.ndim == 1 and np.issubdtype(y.dtype, np.floating) and np.isfinite(y).all() and np.all(y == np.round(y)):
            y = y.astype(np.int64)
        return x, y

    def check(self) -> None:
        """Run ``check_arrays`` on every part and check the parts agree; raise ``DataError``."""
        n_classes = len(self.class_names) if self.class_names and self.task != "regression" else None
        if self.task == "binary" and n_classes not in (None, 2):
            raise DataError(Message(
                "a binary dataset has 2 class names, got {n_classes}",
                n_classes=n_classes), dataset=self.name)
        parts = [(PARTS["training"], self.x_train, self.y_train, 2), (PARTS["test"], self.x_test, self.y_test, 1)]
        if self.x_val is not None and self.y_val is not None:  # both or neither (__post_init__)
            parts.append((PARTS["validation"], self.x_val, self.y_val, 1))
        for part, x, y, min_classes in parts:
            try:
                check_arrays(x, y, self.task, part=part, min_classes=min_classes, n_classes=n_classes)
            except DataError as exc:
                raise DataError(exc.message, dataset=self.name) from None
            if x.shape[1:] != self.x_train.shape[1:]:
                raise DataError(Message(
                    "{part} inputs have shape {shape} per sample but training inputs have {shape2}",
                    part=part, shape=x.shape[1:], shape2=self.x_train.shape[1:]), dataset=self.name)
            if self.task == "regression" and y.shape[1:] != self.y_train.shape[1:]:
                raise DataError(Message(
                    "{part} targets have {shape} columns but training targets have {shape2}",
                    part=part, shape=y.shape[1], shape2=self.y_train.shape[1]), dataset=self.name)
        if self.feature_names is not None and self.x_train.ndim == 2 and len(self.feature_names) != self.x_train.shape[1]:
            raise DataError(Message(
                "{count} feature names for {shape} features",
                count=len(self.feature_names), shape=self.x_train.shape[1]),
                            dataset=self.name)

    # ----------------------------------------------------------------- derived facts
    def points(self, part: str = "train") -> np.ndarray | None:
        """The samples of ``part`` ("train", "test", "val") as points of the data's own plane: the raw
        ``(x1, x2)`` when the inputs are computed features, else the inputs themselves."""
        if self.x_raw is not None and part in self.x_raw:
            return self.x_raw[part]
        return getattr(self, f"x_{part}")

    @property
    def point_names(self) -> list[str] | None:
        """Names of the columns of ``points()``: ``["x1", "x2"]`` for computed features."""
        return ["x1", "x2"] if self.x_raw is not None else self.feature_names

    @property
    def input_shape(self) -> tuple[int, ...]:
        """Shape of one sample, without the batch axis: ``(2,)``, ``(28, 28)``, ``(784,)``."""
        return tuple(int(d) for d in self.x_train.shape[1:])

    @property
    def is_classification(self) -> bool:
        return self.task in CLASSIFICATION_TASKS

    @property
    def n_classes(self) -> int | None:
        """Number of classes (2 for binary), ``None`` for regression."""
        if self.task == "regression":
            return None
        if self.task == "binary":
            return 2
        if self.class_names:
            return len(self.class_names)
        ys = [self.y_train, self.y_test] + ([self.y_val] if self.y_val is not None else [])
        return int(max(int(y.max()) for y in ys)) + 1

    @property
    def n_outputs(self) -> int:
        """Columns of ``y``: 1 for class labels, ``d`` for regression targets of shape ``(n, d)``."""
        return 1 if self.task != "regression" else int(self.y_train.shape[1])

    @property
    def n_train(self) -> int:
        return int(self.x_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.x_test.shape[0])

    @property
    def n_val(self) -> int:
        return 0 if self.x_val is None else int(self.x_val.shape[0])

    def class_counts(self, part: str = "train") -> dict[int, int]:
        """``{label: count}`` for a classification part ("train", "test" or "val")."""
        y = getattr(self, f"y_{part}")
        if y is None or self.task == "regression":
            return {}
        labels, counts = np.unique(y, return_counts=True)
        return {int(k): int(c) for k, c in zip(labels, counts, strict=True)}

    def summary(self) -> str:
        """One line for the GUI status bar and the CLI."""
        shape = "x".join(str(d) for d in self.input_shape)
        kind = (f"{self.n_classes} classes" if self.is_classification else f"{self.n_outputs} output(s)")
        val = f", {self.n_val} validation" if self.x_val is not None else ""
        return f"{self.name}: {self.task}, {kind}, input {shape}; {self.n_train} train{val}, {self.n_test} test"
