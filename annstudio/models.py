"""``annstudio.load_model``: open a Keras ``.h5`` or ``.keras`` file as a model of either backend.

The file is read safely (``annstudio.io.h5_read``, ``annstudio.io.keras_zip_read``): nothing in it is
executed. The model can predict, be saved again (Keras-loadable), print a summary and hand its ``spec`` to
the editor or the trainer.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from .messages import Message, MessageError, quoted, short
from .spec import ModelSpec


class LoadedModel:
    """A model opened from a file: ``predict``, ``save``, ``summary``, ``spec``, weights and training config."""

    def __init__(self, spec: ModelSpec, weights: dict[str, np.ndarray], *, backend: str = "numpy",
                 loss: Any = None, optimizer: Any = None, metrics: Any = None, state: dict | None = None,
                 device: str | None = None, source: Path | None = None,
                 features: tuple[str, ...] | None = None, scaling: dict[str, Any] | None = None,
                 notes: tuple[Any, ...] = (), dtype: str = "float32") -> None:
        from .data.scaling import Record, read_record
        from .engine.session import build_model

        self.spec = spec
        #: the input features of a model trained on a 2-D set with computed features (``data.features``)
        self.features = tuple(features) if features else None
        #: how the training data's raw values became the model's (``data.scaling.record``): ``predict`` takes raw
        #: values and gives a regression target in its units, unless told the inputs are prepared already
        self.scaling = scaling
        record = read_record(scaling, spec) if scaling else Record()
        self.input_scaling, self.target_scaling = record.inputs, record.targets
        #: the data file's columns the inputs come from (a CSV's): ``read_inputs`` takes such a file's rows
        self.columns = record.columns
        self.backend = backend
        self.loss, self.optimizer, self.metrics = loss, optimizer, metrics
        self.state = state or {}
        self.source = source
        #: parts of the file that were there but not used (an unsupported optimizer, metric...), as messages
        self.notes = tuple(notes)
        #: the file's float type: a float64 model computes and is saved in float64 (it was float32, silently)
        self.dtype = str(dtype)
        self.model = build_model(spec, backend, seed=0, device=device, dtype=self.dtype)
        self.model.set_weights(weights)

    # ------------------------------------------------------------------ use
    def predict(self, x: Any, batch_size: int = 256, raw: bool | None = None, prepared: bool = False) -> np.ndarray:
        """Outputs for ``x`` of shape ``(n, *input_shape)``; a flat ``(n, prod(input_shape))`` is reshaped.

        A model trained on computed input features (``features``) also takes raw ``(x1, x2)`` points,
        ``(n, 2)``, and expands them: always with ``raw=True``, never with ``raw=False``, and by default
        when the input does not already have one column per feature. A model whose file records how its
        training data was scaled (``scaling``) takes values as the data file has them (measurements, pixels
        0-255) and gives a standardised regression target back in its units; ``prepared=True``: the inputs
        are scaled already (the loaded data's arrays), and the outputs stay as the model gives them."""
        x = self.check_input(x, raw)
        if self.input_scaling is not None and not prepared:
            x = self.input_scaling.to_model(x).astype(x.dtype)
        y = self.model.predict(x, batch_size=batch_size)
        if self.target_scaling is not None and not prepared:
            y = self.target_scaling.to_raw(y).astype(np.asarray(y).dtype)
        return y

    def read_inputs(self, path: str | os.PathLike) -> tuple[np.ndarray, str | None]:
        """The rows of an input file (``.npy``, ``.csv``) for ``predict``, and how a CSV's columns were taken:
        ``"name"``, ``"position"`` or ``None`` (read as numbers, one column per input).

        A model whose file records the columns of its data file (a CSV: ``columns``) takes a CSV as that file
        has them: the columns by header name, any order, others (the target) left out; in a file without a
        header, by position; a text becomes the 0/1 features it became in training."""
        from .data.csv_import import read_table
        from .data.errors import DataError
        from .io.arrays import read_array

        path = Path(path)
        if self.columns is None or path.suffix.lower() not in (".csv", ".txt") or not path.is_file():
            return read_array(path), None
        try:
            names, rows, lines, has_header = read_table(path, min_columns=1)[:4]
            picked = self.columns.pick(names, has_header)
            if picked is None:
                if len(names) != self.columns.width:
                    raise DataError(Message(
                        "the model reads the columns {names} of its data file ({count} columns, or its {width} "
                        "features as numbers); the file has {found} columns", names=short(quoted(self.columns.names)),
                        count=len(self.columns.columns), width=self.columns.width, found=len(names)))
                return read_array(path), None
            indices, by_name = picked
            x = self.columns.encode(rows, lines, indices)
            first = self.columns.as_data_row(names) if has_header and not by_name else None
            if first is not None:   # a file without a header whose first row looks like one (texts only)
                return np.vstack([first, x]), "position"
            return x, "name" if by_name else "position"
        except DataError as exc:
            raise MessageError(exc.message) from None

    def expands(self, x: Any, raw: bool | None = None) -> bool:
        """Whether ``predict`` computes the features from ``x`` (raw ``(x1, x2)`` points)."""
        shape = np.shape(x)
        if not self.features or raw is False or len(shape) != 2 or shape[1] != 2:
            return False
        return bool(raw) or len(self.features) != 2

    def check_input(self, x: Any, raw: bool | None = None) -> np.ndarray:
        x = np.asarray(x)
        if self.features and raw and not self.expands(x, raw):
            raise ValueError(f"raw inputs are (x1, x2) points, 2 columns; got shape {tuple(x.shape)}")
        if self.features and self.expands(x, raw) and np.issubdtype(x.dtype, np.number) and np.isfinite(x).all():
            from .data.features import expand

            x = expand(x.astype(np.float64), self.features)
        shape = tuple(self.spec.input_shape)
        if not np.issubdtype(x.dtype, np.number) or np.issubdtype(x.dtype, np.complexfloating):
            raise ValueError(f"the input must be real numbers, got dtype {x.dtype}")
        if x.ndim == len(shape) and x.shape == shape:
            x = x[None]
        if x.shape[1:] != shape:
            size = int(np.prod(shape))
            if x.ndim == 2 and x.shape[1] == size:
                x = x.reshape(len(x), *shape)
            else:
                raise ValueError(
                    f"the model expects inputs of shape (n, {', '.join(map(str, shape))}), got {tuple(x.shape)}"
                )
        if not np.isfinite(x).all():
            row = int(np.argmax(~np.isfinite(x.reshape(len(x), -1)).all(axis=1)))
            raise ValueError(f"the input has NaN or inf values (first in row {row})")
        dtype = np.dtype(getattr(self.model, "dtype", np.float32))
        with np.errstate(over="ignore", invalid="ignore"):
            out = x.astype(dtype, copy=False)
        if out is not x and not np.isfinite(out).all():   # finite in float64, inf in the model's dtype
            flat = ~np.isfinite(out.reshape(len(out), -1))
            row = int(np.argmax(flat.any(axis=1)))
            column = int(np.argmax(flat[row]))
            raise MessageError(Message(
                "the input value {value:.6g} in row {row}, column {column} is beyond the largest number the model "
                "computes with ({dtype}: ±{max:.4g})", value=float(x.reshape(len(x), -1)[row, column]), row=row,
                column=column, dtype=dtype.name, max=float(np.finfo(dtype).max)))
        return out

    def get_weights(self) -> dict[str, np.ndarray]:
        return self.model.get_weights()

    def set_weights(self, weights: dict[str, np.ndarray]) -> None:
        self.model.set_weights(weights)

    # ------------------------------------------------------------------ files & text
    def save(self, path: str | os.PathLike) -> None:
        """Write a Keras-loadable ``.h5`` (atomically) with the current weights and training config; a ``path``
        ending in ``.keras`` gets Keras 3's native format."""
        from .io.model_file import save_model_file

        compiled = self.loss is not None and self.optimizer is not None
        # Keras compiles with both or neither: a file that had one of them (its optimizer was one annstudio does
        # not train with, e.g. Nadam) is saved without a training config, as an uncompiled Keras model
        save_model_file(path, self.spec, self.model.get_weights(), loss=self.loss if compiled else None,
                        optimizer=self.optimizer if compiled else None, metrics=self.metrics if compiled else None,
                        state=self.state or None, features=self.features, scaling=self.scaling, dtype=self.dtype)

    def summary(self) -> str:
        lines = [self.spec.summary()]
        if self.features:
            lines.append("")
            lines.append(f"Input features: {', '.join(self.features)} (computed from the raw points (x1, x2); "
                         "predict takes either the raw points or these columns)")
        if self.scaling:
            lines.append("")
            parts = [what for what, part in (("inputs", self.input_scaling), ("outputs", self.target_scaling)) if part]
            if parts:
                lines.append(f"Scaling: the training data's {' and '.join(parts)} were scaled; predict takes raw "
                             "values and applies it (use --prepared for arrays scaled already)")
        if self.columns is not None:
            texts = [f"{c.name} ({', '.join(c.categories)})" if c.categories else c.name for c in self.columns.columns]
            texts_too = any(c.categories for c in self.columns.columns)
            lines.append(f"Columns of its data file: {', '.join(texts)}; predict takes a CSV with these columns (by "
                         "header name, or in this order)" + (" and turns the texts into the model's 0/1 inputs"
                                                             if texts_too else ""))
        if self.loss or self.optimizer:
            lines.append("")
            lines.append("Training config:")
            if self.loss:
                lines.append(f" loss: {_describe(self.loss)}")
            if self.optimizer:
                cfg = self.optimizer.get("config", {})
                args = ", ".join(f"{k}={v}" for k, v in cfg.items())
                lines.append(f" optimizer: {self.optimizer.get('class_name')}({args})")
            if self.metrics:
                lines.append(f" metrics: {', '.join(map(str, self.metrics))}")
        trainer_state = self.state.get("trainer") if isinstance(self.state, dict) else None
        if trainer_state:
            lines.append(f" annstudio checkpoint: {trainer_state.get('next_epoch', 0)} epoch(s) trained, resumable")
        if self.notes:
            lines.append("")
            lines.append("Not used from the file:")
            lines += [f" {note}" for note in self.notes]
        return "\n".join(lines)


def _describe(loss: Any) -> str:
    if isinstance(loss, dict):
        extra = ", ".join(f"{k}={v}" for k, v in loss.items() if k != "name")
        return f"{loss.get('name')}" + (f" ({extra})" if extra else "")
    return str(loss)


def load_model(path: str | os.PathLike, backend: str = "numpy", device: str | None = None) -> LoadedModel:
    """Open a Keras ``.h5`` or ``.keras`` file (written by Keras or annstudio) as a model of ``backend``; the
    format is told by the file's first bytes."""
    from .io.model_file import load_model_file

    contents = load_model_file(path)
    return LoadedModel(contents.spec, contents.weights, backend=backend, loss=contents.loss,
                       optimizer=contents.optimizer, metrics=contents.metrics, state=contents.state,
                       device=device, source=Path(path), features=contents.features, scaling=contents.scaling,
                       notes=contents.notes, dtype=contents.dtype)
