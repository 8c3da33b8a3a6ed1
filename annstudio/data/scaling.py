"""How a data set's raw values become the model's, recorded so a saved model can take raw values again.

A loader may divide pixels (``/ 255``, digits ``/ 16``: ``Dataset.x_divisor``) and standardise inputs and a
regression target (``Dataset.x_standardizer`` / ``y_standardizer``). Both are one affine map per value,
``model = (raw - offset) / divisor``; :func:`record` writes the maps of a data set as plain JSON data that
``annstudio.io`` stores in a model file, and :class:`Scaling` applies them (``predict`` takes rows as the
data file has them: measurements, pixel values 0-255, and gives a regression target in its own units). The
record also keeps a CSV's columns (``data.columns``), so those rows may be the file's own, texts and all.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..messages import Message, Term
from .columns import Columns
from .dataset import DataError, Dataset
from .splits import Standardizer


@dataclass(frozen=True)
class Scaling:
    """``model = (raw - offset) / divisor``, elementwise over one sample (the arrays are flat, or one value)."""

    offset: np.ndarray
    divisor: np.ndarray

    def to_model(self, raw: np.ndarray) -> np.ndarray:
        raw = np.asarray(raw, dtype=np.float64)
        flat = raw.reshape(len(raw), -1)
        return ((flat - self.offset) / self.divisor).reshape(raw.shape)

    def to_raw(self, values: np.ndarray) -> np.ndarray:
        values = np.asarray(values, dtype=np.float64)
        flat = values.reshape(len(values), -1)
        return (flat * self.divisor + self.offset).reshape(values.shape)

    def to_dict(self) -> dict[str, Any]:
        def plain(a: np.ndarray) -> float | list[float]:
            return float(a[0]) if a.size == 1 else [float(v) for v in a]

        return {"offset": plain(self.offset), "divisor": plain(self.divisor)}

    @classmethod
    def from_dict(cls, data: Any, size: int, what: Term) -> Scaling:
        """Checked: a dict of ``offset`` and ``divisor``, each one number or ``size`` numbers, all finite and
        the divisors not 0; ``DataError`` names ``what`` (the inputs, the targets) otherwise."""
        if not isinstance(data, dict) or set(data) != {"offset", "divisor"}:
            raise DataError(Message("the scaling of the {what} must be {{'offset': ..., 'divisor': ...}}", what=what))
        parts = []
        for key in ("offset", "divisor"):
            value = data[key]
            values = [value] if isinstance(value, (int, float)) and not isinstance(value, bool) else value
            if (not isinstance(values, list) or len(values) not in (1, size)
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                               for v in values)):
                raise DataError(Message("the scaling of the {what}: {key!r} must be one finite number or {size} of them",
                                        what=what, key=key, size=size))
            parts.append(np.asarray(values, dtype=np.float64))
        if not np.all(parts[1]):
            raise DataError(Message("the scaling of the {what} divides by 0", what=what))
        return cls(parts[0], parts[1])


def _affine(standard: Standardizer | None, divisor: float) -> Scaling | None:
    """``((raw / divisor) - mean) / scale`` as one ``(raw - offset) / divisor`` map (``None``: the identity)."""
    if standard is None:
        return None if divisor == 1.0 else Scaling(np.zeros(1), np.full(1, divisor))
    mean = np.asarray(standard.mean, dtype=np.float64).ravel()
    scale = np.asarray(standard.scale, dtype=np.float64).ravel()
    return Scaling(mean * divisor, scale * divisor)


def input_scaling(dataset: Dataset) -> Scaling | None:
    """How the loader made the model's inputs from the raw ones (``None``: used as they are). Only for plain
    inputs: a 2-D set with computed features keeps its raw points (``Dataset.features``)."""
    return None if dataset.features else _affine(dataset.x_standardizer, float(dataset.x_divisor or 1.0))


def target_scaling(dataset: Dataset) -> Scaling | None:
    """How a standardised regression target maps back to its units (``None``: not standardised)."""
    return _affine(dataset.y_standardizer, 1.0)


@dataclass(frozen=True)
class Record:
    """What a model file records of its training data: the scaling of the inputs and of a regression target,
    and the data file's columns the inputs come from (``data.columns``); each ``None`` when there is none."""

    inputs: Scaling | None = None
    targets: Scaling | None = None
    columns: Columns | None = None

    def to_dict(self) -> dict[str, Any] | None:
        out: dict[str, Any] = {key: part.to_dict() for key, part in (("inputs", self.inputs),
                                                                     ("targets", self.targets)) if part is not None}
        if self.columns is not None:
            out["columns"] = self.columns.to_list()
        return out or None


def record(dataset: Dataset) -> dict[str, Any] | None:
    """``{"inputs": ..., "targets": ..., "columns": ...}`` (each only when there is one) for a model file, or
    ``None``."""
    return Record(input_scaling(dataset), target_scaling(dataset), dataset.columns).to_dict()


def read_record(data: Any, spec: Any) -> Record:
    """The parts of a ``record``, checked against the sizes of the model ``spec``."""
    n_inputs, n_outputs = int(np.prod(spec.input_shape)), int(np.prod(spec.output_shape))
    if not isinstance(data, dict) or not data or set(data) - {"inputs", "targets", "columns"}:
        raise DataError(Message("the scaling record must be {{'inputs': ..., 'targets': ..., 'columns': ...}}"))
    inputs = Scaling.from_dict(data["inputs"], n_inputs, Term("inputs")) if "inputs" in data else None
    targets = Scaling.from_dict(data["targets"], n_outputs, Term("targets")) if "targets" in data else None
    columns = Columns.from_list(data["columns"], n_inputs) if "columns" in data else None
    return Record(inputs, targets, columns)
