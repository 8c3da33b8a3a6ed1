"""``ModelCheckpoint``: save the model as a Keras-loadable ``.h5`` every epoch or when it improves.

Each file also carries annstudio's resume state (optimizer slots, RNG states, epoch, history) in a group
Keras ignores, so ``annstudio train PROJECT --resume FILE.h5`` continues the run exactly. Files are
written atomically: an interrupted save never leaves a half-written checkpoint.
"""
from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from ..engine.callbacks import Callback
from .h5_write import save_h5


def save_run_h5(path: str | os.PathLike, trainer: Any, include_state: bool = True) -> None:
    """Write ``trainer.model`` with its training config (and resume state) to ``path``."""
    cfg = trainer.training_config
    model = trainer.model
    save_h5(
        path, model.spec, model.get_weights(),
        loss=cfg.get("loss"), optimizer=cfg.get("optimizer"), metrics=cfg.get("metrics"),
        state={"trainer": trainer.get_state(), **({"project": cfg["project"]} if "project" in cfg else {})}
        if include_state else None,
        dtype=str(getattr(model, "dtype", "float32")),
    )


class ModelCheckpoint(Callback):
    """Keras' ``ModelCheckpoint`` for both backends.

    ``filepath`` may hold Keras-style fields, e.g. ``"ckpt_{epoch:02d}_{val_loss:.3f}.h5"`` (``epoch``
    counts from 1, as in Keras' file names). With ``save_best_only`` a file is written only when
    ``monitor`` improves on the best value so far.
    """

    def __init__(self, filepath: str | os.PathLike = "checkpoint.h5", monitor: str = "val_loss",
                 save_best_only: bool = False, mode: str = "auto") -> None:
        from ..engine.callbacks import _monitor_is_max

        self.filepath = str(filepath)
        self.monitor = monitor
        self.save_best_only = bool(save_best_only)
        self.maximize = _monitor_is_max(monitor, mode)
        self.best = -math.inf if self.maximize else math.inf
        self.saved: list[Path] = []

    def on_train_begin(self, logs: dict | None = None) -> None:
        self.best = -math.inf if self.maximize else math.inf

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        logs = logs or {}
        if self.save_best_only:
            if self.monitor not in logs:
                raise ValueError(
                    f"ModelCheckpoint monitors {self.monitor!r}, which this run does not report; "
                    f"available: {', '.join(sorted(logs))}"
                )
            current = float(logs[self.monitor])
            better = current > self.best if self.maximize else current < self.best
            if not better:
                return
            self.best = current
        try:
            path = Path(self.filepath.format(epoch=epoch + 1, **logs))
        except (KeyError, ValueError, IndexError) as exc:
            raise ValueError(f"ModelCheckpoint file name {self.filepath!r} cannot be filled in: {exc}") from None
        path.parent.mkdir(parents=True, exist_ok=True)
        save_run_h5(path, self.trainer)
        self.saved.append(path)
