"""TensorBoard run folders for every backend, written without TensorFlow (see ``annstudio.io.tfevents``).

The layout is Keras' (``keras.callbacks.TensorBoard``), so ``tensorboard --logdir logs`` shows annstudio
and Keras runs side by side::

    <run_dir>/train/events.out.tfevents.*.v2        epoch_loss, epoch_<metric>, epoch_learning_rate,
                                                    <layer>/<weight>/histogram (with histogram_freq),
                                                    batch_loss (with update_freq "batch" or N)
    <run_dir>/validation/events.out.tfevents.*.v2   epoch_loss, epoch_<metric> (from the val_* logs)

The step of an epoch summary is the epoch, counted from 0 as Keras does. ``TensorBoardWriter`` writes one
run folder; the engine's ``TensorBoard`` callback decides what goes in and when.
"""
from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..spec.training import TENSORBOARD_LOG_DIR
from .tfevents import EventFileWriter

DEFAULT_LOG_DIR = TENSORBOARD_LOG_DIR
"""The default run folder: a new ``run_YYYY_MM_DD-HH_MM_SS`` under ``logs/`` of the current folder."""


def logs_root(base_dir: str | os.PathLike | None = None) -> Path:
    """The folder that holds the default runs (``<base_dir or cwd>/logs``): point ``tensorboard --logdir`` here."""
    return Path(base_dir or Path.cwd()).expanduser().absolute() / Path(DEFAULT_LOG_DIR).parent


def run_log_dir(pattern: str | os.PathLike = DEFAULT_LOG_DIR, now: _dt.datetime | None = None,
                base_dir: str | os.PathLike | None = None) -> Path:
    """``pattern`` with its ``strftime`` codes filled in from ``now`` (default: the local time now), as an
    absolute path; a relative pattern is taken relative to ``base_dir`` (default: the current folder).

    ``run_log_dir(now=datetime(2024, 5, 1, 13, 2, 3))`` -> ``<cwd>/logs/run_2024_05_01-13_02_03``.
    Only the pattern is expanded, so a ``%`` in ``base_dir`` is left alone.
    """
    now = _dt.datetime.now() if now is None else now
    path = Path(now.strftime(os.fspath(pattern))).expanduser()
    if not path.is_absolute():
        path = Path(base_dir or Path.cwd()).expanduser() / path
    return path.absolute()


class TensorBoardWriter:
    """One run folder in Keras' layout: ``train/`` and, once there are ``val_*`` logs, ``validation/``.

    The event files are created when first written to and flushed after every call; ``close()`` ends them
    (a later write opens new files in the same folders, as TensorBoard expects of a resumed writer).
    """

    def __init__(self, run_dir: str | os.PathLike) -> None:
        self.run_dir = Path(run_dir)
        self._train: EventFileWriter | None = None
        self._validation: EventFileWriter | None = None

    def _train_writer(self) -> EventFileWriter:
        if self._train is None:
            self._train = EventFileWriter(self.run_dir / "train")
        return self._train

    def open(self) -> None:
        """Create ``train/`` and its event file now (TensorBoard lists the run before the first epoch)."""
        self._train_writer()

    def write_batch_loss(self, step: int, loss: float) -> None:
        """``batch_loss`` at the global batch ``step``."""
        writer = self._train_writer()
        writer.add_scalar("batch_loss", float(loss), step)
        writer.flush()

    def write_epoch(self, epoch: int, logs: Mapping[str, Any],
                    histograms: Mapping[str, np.ndarray] | None = None, bins: int = 30) -> None:
        """``epoch_<key>`` for every log (``val_*`` keys go to ``validation/`` without the prefix), and a
        ``<name>/histogram`` of every array in ``histograms`` with ``bins`` equal-width buckets."""
        train = {f"epoch_{k}": float(v) for k, v in logs.items() if not k.startswith("val_")}
        validation = {f"epoch_{k[4:]}": float(v) for k, v in logs.items() if k.startswith("val_")}
        writer = self._train_writer()
        writer.add_scalars(train, epoch)
        for key, values in (histograms or {}).items():
            writer.add_histogram(f"{key}/histogram", values, epoch, bins=bins)
        writer.flush()
        if validation:
            if self._validation is None:
                self._validation = EventFileWriter(self.run_dir / "validation")
            self._validation.add_scalars(validation, epoch)
            self._validation.flush()

    def close(self) -> None:
        for writer in (self._train, self._validation):
            if writer is not None:
                writer.close()
        self._train = self._validation = None
