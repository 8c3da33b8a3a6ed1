"""Training callbacks with Keras' names, arguments and semantics, written once for every backend.

A callback sees the trainer (``self.trainer``: ``model``, ``stop_training``, ``history``) and gets
``on_train_begin``, ``on_epoch_begin``, ``on_batch_end``, ``on_epoch_end`` and ``on_train_end`` calls.
"""
from __future__ import annotations

import csv
import math
import os
from pathlib import Path
from typing import Any

import numpy as np


class Callback:
    trainer: Any = None

    def set_trainer(self, trainer: Any) -> None:
        self.trainer = trainer

    @property
    def model(self) -> Any:
        return self.trainer.model

    def on_train_begin(self, logs: dict | None = None) -> None: ...
    def on_epoch_begin(self, epoch: int, logs: dict | None = None) -> None: ...
    def on_batch_end(self, batch: int, logs: dict | None = None) -> None: ...
    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None: ...
    def on_train_end(self, logs: dict | None = None) -> None: ...


def _monitor_is_max(monitor: str, mode: str) -> bool:
    if mode not in ("auto", "min", "max"):
        raise ValueError(f"mode must be 'auto', 'min' or 'max', got {mode!r}")
    if mode != "auto":
        return mode == "max"
    return "acc" in monitor.removeprefix("val_")


def _monitored(logs: dict | None, monitor: str, who: str) -> float | None:
    logs = logs or {}
    if monitor not in logs:
        raise ValueError(
            f"{who} monitors {monitor!r}, which this run does not report; available: {', '.join(sorted(logs))}"
            + (" (add a validation split to get val_* values)" if monitor.startswith("val_") else "")
        )
    return float(logs[monitor])


class History(Callback):
    """Collects every epoch's logs: ``history.history["loss"]`` etc., like ``keras.callbacks.History``."""

    def __init__(self) -> None:
        self.history: dict[str, list[float]] = {}
        self.epoch: list[int] = []

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        self.epoch.append(epoch)
        for key, value in (logs or {}).items():
            self.history.setdefault(key, []).append(float(value))


class EarlyStopping(Callback):
    """Stop when ``monitor`` has not improved by ``min_delta`` for ``patience`` epochs (Keras 3 semantics).

    With ``restore_best_weights`` the weights of the best epoch are put back when training ends.
    """

    def __init__(self, monitor: str = "val_loss", min_delta: float = 0.0, patience: int = 0, mode: str = "auto",
                 baseline: float | None = None, restore_best_weights: bool = False, start_from_epoch: int = 0) -> None:
        self.monitor = monitor
        self.maximize = _monitor_is_max(monitor, mode)
        self.min_delta = abs(min_delta) if self.maximize else -abs(min_delta)
        self.patience = int(patience)
        self.baseline = baseline
        self.restore_best_weights = restore_best_weights
        self.start_from_epoch = int(start_from_epoch)
        self.on_train_begin()

    def _improves(self, value: float, reference: float) -> bool:
        value -= self.min_delta
        return value > reference if self.maximize else value < reference

    def on_train_begin(self, logs: dict | None = None) -> None:
        self.wait = 0
        self.stopped_epoch = 0
        self.best = -math.inf if self.maximize else math.inf
        self.best_weights = None
        self.best_epoch = 0

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        current = _monitored(logs, self.monitor, "EarlyStopping")
        if epoch < self.start_from_epoch:
            return
        if self.restore_best_weights and self.best_weights is None:
            self.best_weights = self.model.get_weights()
            self.best_epoch = epoch
        self.wait += 1
        if self._improves(current, self.best):
            self.best = current
            self.best_epoch = epoch
            if self.restore_best_weights:
                self.best_weights = self.model.get_weights()
            if self.baseline is None or self._improves(current, self.baseline):
                self.wait = 0
            return
        if self.wait >= self.patience and epoch > 0:
            self.stopped_epoch = epoch
            self.trainer.stop_training = True
            self.trainer.stop_reason = (
                f"early stopping: {self.monitor} has not improved for {self.wait} epochs "
                f"(best {self.best:.6g} at epoch {self.best_epoch + 1})"
            )

    def on_train_end(self, logs: dict | None = None) -> None:
        if self.restore_best_weights and self.best_weights is not None:
            self.model.set_weights(self.best_weights)


class ReduceLROnPlateau(Callback):
    """Multiply the learning rate by ``factor`` after ``patience`` epochs without improvement (Keras semantics)."""

    def __init__(self, monitor: str = "val_loss", factor: float = 0.1, patience: int = 10, mode: str = "auto",
                 min_delta: float = 1e-4, cooldown: int = 0, min_lr: float = 0.0) -> None:
        if factor >= 1.0:
            raise ValueError(f"ReduceLROnPlateau factor must be < 1, got {factor}")
        self.monitor = monitor
        self.factor = float(factor)
        self.patience = int(patience)
        self.maximize = _monitor_is_max(monitor, mode)
        self.min_delta = float(min_delta)
        self.cooldown = int(cooldown)
        self.min_lr = float(min_lr)
        self.on_train_begin()

    def on_train_begin(self, logs: dict | None = None) -> None:
        self.best = -math.inf if self.maximize else math.inf
        self.wait = 0
        self.cooldown_counter = 0

    def _improves(self, value: float) -> bool:
        return value > self.best + self.min_delta if self.maximize else value < self.best - self.min_delta

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        logs = logs if logs is not None else {}
        logs["learning_rate"] = float(self.model.learning_rate)
        current = _monitored(logs, self.monitor, "ReduceLROnPlateau")
        if self.cooldown_counter > 0:
            self.cooldown_counter -= 1
            self.wait = 0
        if self._improves(current):
            self.best = current
            self.wait = 0
        elif self.cooldown_counter <= 0:
            self.wait += 1
            if self.wait >= self.patience:
                old = float(self.model.learning_rate)
                if old > np.float32(self.min_lr):
                    self.model.learning_rate = max(old * self.factor, self.min_lr)
                    self.cooldown_counter = self.cooldown
                    self.wait = 0


class CSVLogger(Callback):
    """Write one row per epoch: ``epoch`` then the log keys sorted, like ``keras.callbacks.CSVLogger``."""

    def __init__(self, filename: str | os.PathLike, separator: str = ",", append: bool = False) -> None:
        self.filename = Path(filename)
        self.separator = separator
        self.append = append
        self.keys: list[str] | None = None
        self._file = None
        self._writer = None

    def on_train_begin(self, logs: dict | None = None) -> None:
        exists = self.append and self.filename.exists() and self.filename.stat().st_size > 0
        self.keys = None
        if exists:
            with open(self.filename, newline="", encoding="utf-8") as fh:
                header = fh.readline().strip()
            self.keys = header.split(self.separator)[1:] if header else None
        self.filename.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.filename, "a" if self.append else "w", newline="", encoding="utf-8")
        self._writer = None

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        logs = logs or {}
        if self.keys is None:
            self.keys = sorted(logs)
        if self._writer is None:
            self._writer = csv.DictWriter(self._file, fieldnames=["epoch", *self.keys], delimiter=self.separator,
                                          extrasaction="ignore")
            if self._file.tell() == 0:
                self._writer.writeheader()
        self._writer.writerow({"epoch": epoch, **{k: logs.get(k, "NA") for k in self.keys}})
        self._file.flush()

    def on_train_end(self, logs: dict | None = None) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


CALLBACK_CLASSES = {"EarlyStopping": EarlyStopping, "ReduceLROnPlateau": ReduceLROnPlateau, "CSVLogger": CSVLogger}


# Callbacks that write files of another layer's format live in annstudio.io; imported when used.
_IO_CALLBACKS = {"ModelCheckpoint": ("..io.checkpoint", "filepath"), "TensorBoard": ("..io.tensorboard", "log_dir")}
_FILE_ARGUMENT = {"CSVLogger": "filename", **{name: arg for name, (_, arg) in _IO_CALLBACKS.items()}}


def callbacks_from_config(configs: list[dict[str, Any]], base_dir: Path | None = None) -> list[Callback]:
    """Instantiate a project's callback list; relative file names are resolved against ``base_dir``."""
    import importlib

    out: list[Callback] = []
    for item in configs:
        name = item["class_name"]
        if name in CALLBACK_CLASSES:
            cls = CALLBACK_CLASSES[name]
        elif name in _IO_CALLBACKS:
            cls = getattr(importlib.import_module(_IO_CALLBACKS[name][0], __package__), name)
        else:
            known = [*CALLBACK_CLASSES, *_IO_CALLBACKS]
            raise ValueError(f"unknown callback {name!r}; expected one of {', '.join(known)}")
        config = dict(item["config"])
        arg = _FILE_ARGUMENT.get(name)
        if name == "TensorBoard":
            config["base_dir"] = base_dir  # it expands the date pattern itself, then joins
        elif arg and base_dir is not None and not Path(str(config[arg])).expanduser().is_absolute():
            config[arg] = str(Path(base_dir) / str(config[arg]))
        out.append(cls(**config))
    return out
