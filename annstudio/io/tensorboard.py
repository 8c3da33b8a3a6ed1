"""TensorBoard logs for every backend, written without TensorFlow (see ``annstudio.io.tfevents``).

The layout is Keras' (``keras.callbacks.TensorBoard``), so ``tensorboard --logdir logs`` shows annstudio
and Keras runs side by side::

    <run_dir>/train/events.out.tfevents.*.v2        epoch_loss, epoch_<metric>, epoch_learning_rate,
                                                    <layer>/<weight>/histogram (with histogram_freq),
                                                    batch_loss (with update_freq "batch" or N)
    <run_dir>/validation/events.out.tfevents.*.v2   epoch_loss, epoch_<metric> (from the val_* logs)

The step of an epoch summary is the epoch, counted from 0 as Keras does.
"""
from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Any

from ..engine.callbacks import Callback
from .tfevents import EventFileWriter

DEFAULT_LOG_DIR = "logs/run_%Y_%m_%d-%H_%M_%S"
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


class TensorBoard(Callback):
    """Write TensorBoard logs like ``keras.callbacks.TensorBoard``, from any backend.

    ``log_dir``: a folder or a ``strftime`` pattern, expanded when training begins (see ``run_log_dir``);
    relative to ``base_dir`` (default: the current folder). ``run_dir`` is the expanded folder (``None``
    before the first ``on_train_begin``).
    ``histogram_freq``: every this many epochs (0: never), a histogram of every weight of the model
    (``get_weights()`` keys, e.g. ``dense/kernel/histogram``) with ``bins`` equal-width buckets.
    ``update_freq``: ``"epoch"``, or ``"batch"`` / an int N to also write each (every N-th) batch's loss as
    ``batch_loss`` at the global batch step.

    Per epoch it writes ``epoch_<key>`` for every log (``val_*`` keys go to ``validation/`` without the
    prefix) and ``epoch_learning_rate`` from ``model.learning_rate``; it does not add the learning rate to
    the logs other callbacks see. Files are flushed after every epoch and closed when training ends.
    """

    def __init__(self, log_dir: str | os.PathLike = DEFAULT_LOG_DIR, histogram_freq: int = 0,
                 update_freq: str | int = "epoch", bins: int = 30,
                 base_dir: str | os.PathLike | None = None) -> None:
        if isinstance(histogram_freq, bool) or int(histogram_freq) != histogram_freq or histogram_freq < 0:
            raise ValueError(f"histogram_freq must be an int >= 0 (0: no histograms), got {histogram_freq!r}")
        if update_freq == "batch":
            update_freq = 1
        if update_freq != "epoch" and (isinstance(update_freq, (bool, str)) or int(update_freq) != update_freq
                                       or update_freq < 1):
            raise ValueError(f"update_freq must be 'epoch', 'batch' or an int >= 1, got {update_freq!r}")
        if isinstance(bins, bool) or int(bins) != bins or bins < 1:
            raise ValueError(f"bins must be an int >= 1, got {bins!r}")
        self.log_dir = os.fspath(log_dir)
        self.histogram_freq = int(histogram_freq)
        self.update_freq: str | int = update_freq if update_freq == "epoch" else int(update_freq)
        self.bins = int(bins)
        self.base_dir = base_dir
        self.run_dir: Path | None = None
        self._train: EventFileWriter | None = None
        self._validation: EventFileWriter | None = None
        self._batches = 0

    def get_config(self) -> dict[str, Any]:
        """The constructor arguments (Keras' names), as a project's callback list stores them."""
        return {"log_dir": self.log_dir, "histogram_freq": self.histogram_freq,
                "update_freq": self.update_freq, "bins": self.bins}

    # ---------------------------------------------------------------------------- callback hooks
    def on_train_begin(self, logs: dict | None = None) -> None:
        self._close()
        self.run_dir = run_log_dir(self.log_dir, base_dir=self.base_dir)
        self._train = EventFileWriter(self.run_dir / "train")
        self._batches = 0

    def on_batch_end(self, batch: int, logs: dict | None = None) -> None:
        self._batches += 1
        if self.update_freq == "epoch" or self._batches % self.update_freq or not logs or "loss" not in logs:
            return
        writer = self._train_writer()
        writer.add_scalar("batch_loss", float(logs["loss"]), self._batches)
        writer.flush()

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        logs = dict(logs or {})
        learning_rate = self._learning_rate()
        if learning_rate is not None:
            logs["learning_rate"] = learning_rate
        train = {f"epoch_{k}": float(v) for k, v in logs.items() if not k.startswith("val_")}
        validation = {f"epoch_{k[4:]}": float(v) for k, v in logs.items() if k.startswith("val_")}
        writer = self._train_writer()
        writer.add_scalars(train, epoch)
        if self.histogram_freq and epoch % self.histogram_freq == 0:
            for key, weights in self.model.get_weights().items():
                writer.add_histogram(f"{key}/histogram", weights, epoch, bins=self.bins)
        writer.flush()
        if validation:
            if self._validation is None:
                self._validation = EventFileWriter(self._run_dir() / "validation")
            self._validation.add_scalars(validation, epoch)
            self._validation.flush()

    def on_train_end(self, logs: dict | None = None) -> None:
        self._close()

    # ---------------------------------------------------------------------------- internals
    def _run_dir(self) -> Path:
        if self.run_dir is None:
            self.run_dir = run_log_dir(self.log_dir, base_dir=self.base_dir)
        return self.run_dir

    def _train_writer(self) -> EventFileWriter:
        if self._train is None:  # hooks called without on_train_begin (not by the Trainer)
            self._train = EventFileWriter(self._run_dir() / "train")
        return self._train

    def _learning_rate(self) -> float | None:
        try:
            value = self.model.learning_rate
        except AttributeError:
            return None
        return None if value is None else float(value)

    def _close(self) -> None:
        for writer in (self._train, self._validation):
            if writer is not None:
                writer.close()
        self._train = self._validation = None
