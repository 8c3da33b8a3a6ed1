"""Training callbacks with Keras' names, arguments and semantics, written once for every backend.

The file-writing ones (``CSVLogger``, ``ModelCheckpoint``, ``TensorBoard``) decide what to write and when;
``annstudio.io``'s writers (``csv_history``, ``h5_write``, ``tensorboard``) write the files.

A callback sees the trainer (``self.trainer``: ``model``, ``stop_training``, ``history``) and gets
``on_train_begin``, ``on_epoch_begin``, ``on_batch_end``, ``on_epoch_end`` and ``on_train_end`` calls.
"""
from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..io.csv_history import HistoryCSVWriter, overwrite_problem
from ..io.tensorboard import TensorBoardWriter, run_log_dir
from ..messages import Message, MessageError, message_of
from ..spec.name_template import template_problem
from ..spec.training import CALLBACK_FILE_SETTINGS, TENSORBOARD_LOG_DIR


class Callback:
    trainer: Any = None
    #: for a callback made from a project file: (field, base folder, allowed folders) its files must stay in
    #: (``confined_path``), checked again for every name filled in while training
    confinement: tuple[str, Path | None, list[Path]] | None = None

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

    def outputs(self) -> list[Path]:
        """The files or folders this callback has written (a terminal event lists them)."""
        return []

    def restored(self) -> dict[str, Any] | None:
        """When this callback put back earlier weights as training ended (EarlyStopping's best weights):
        ``{"epoch": counted from 1, "monitor": name, "value": its best value}``; a terminal event says so."""
        return None


def _monitor_is_max(monitor: str, mode: str) -> bool:
    if mode not in ("auto", "min", "max"):
        raise MessageError(Message("mode must be 'auto', 'min' or 'max', got {mode!r}", mode=mode))
    if mode != "auto":
        return mode == "max"
    return "acc" in monitor.removeprefix("val_")


def _unreported(who: str, monitor: str, reported: Sequence[str]) -> Message:
    """Why ``who`` cannot watch ``monitor`` in a run whose logs hold ``reported``."""
    plain = monitor.removeprefix("val_")
    if monitor != plain and plain in reported and not any(key.startswith("val_") for key in reported):
        return Message("{callback} watches {monitor!r}, but this run has no validation data: set a validation "
                       "split above 0, or watch {plain!r}", callback=who, monitor=monitor, plain=plain)
    return Message("{callback} watches {monitor!r}, which this run does not report; it reports {names}",
                   callback=who, monitor=monitor, names=", ".join(reported))


def _monitored(logs: dict | None, monitor: str, who: str) -> float:
    logs = logs or {}
    if monitor not in logs:
        raise MessageError(_unreported(who, monitor, sorted(logs)))
    return float(logs[monitor])


def check_monitors(callbacks: Sequence[Callback], reported: Sequence[str]) -> None:
    """Refuse, before the first epoch, a callback that watches a value the run's logs will not hold
    (``reported``: ``loss``, the metrics, and their ``val_`` forms when there is validation data), so a
    learner who asks to stop early on ``val_loss`` without a validation set hears it at once, not after
    the first epoch."""
    for callback in callbacks:
        monitor = getattr(callback, "monitor", None)
        if not isinstance(monitor, str) or (isinstance(callback, ModelCheckpoint) and not callback.save_best_only):
            continue
        extra = ("learning_rate",) if isinstance(callback, ReduceLROnPlateau) else ()
        if monitor not in (*reported, *extra):
            raise MessageError(_unreported(type(callback).__name__, monitor, reported))


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
        self._last_epoch = -1
        self._restored: dict[str, Any] | None = None

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        current = _monitored(logs, self.monitor, "EarlyStopping")
        self._last_epoch = epoch
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
            if self.best_epoch != self._last_epoch:   # the best was the last epoch: nothing was put back
                self._restored = {"epoch": self.best_epoch + 1, "monitor": self.monitor, "value": float(self.best)}

    def restored(self) -> dict[str, Any] | None:
        return self._restored


class ReduceLROnPlateau(Callback):
    """Multiply the learning rate by ``factor`` after ``patience`` epochs without improvement (Keras semantics)."""

    def __init__(self, monitor: str = "val_loss", factor: float = 0.1, patience: int = 10, mode: str = "auto",
                 min_delta: float = 1e-4, cooldown: int = 0, min_lr: float = 0.0) -> None:
        if factor >= 1.0:
            raise MessageError(Message("ReduceLROnPlateau factor must be < 1, got {factor}", factor=factor))
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
    """Write one row per epoch: ``epoch`` then the log keys sorted, like ``keras.callbacks.CSVLogger``
    (``io.csv_history.HistoryCSVWriter`` writes the file). The ``epoch`` column counts from 1, as the
    epochs are printed and drawn everywhere else (Keras' own CSVLogger writes its 0-based index there,
    so a row's number would not match the "Epoch 1/N" line it logs)."""

    def __init__(self, filename: str | os.PathLike, separator: str = ",", append: bool = False) -> None:
        self.filename = Path(filename)
        self.separator = separator
        self.append = append
        problem = overwrite_problem(self.filename, separator)
        if problem is not None:
            raise MessageError(Message("CSVLogger filename: {problem}", problem=problem))
        self._writer = HistoryCSVWriter(self.filename, separator, append)

    @property
    def keys(self) -> list[str] | None:
        return self._writer.keys

    def on_train_begin(self, logs: dict | None = None) -> None:
        self._writer.open()

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        self._writer.write(epoch + 1, logs or {})

    def on_train_end(self, logs: dict | None = None) -> None:
        self._writer.close()

    def outputs(self) -> list[Path]:
        return [self.filename.absolute()] if self.keys is not None else []


# ------------------------------------------------------------------------------ checkpoints
def save_run_h5(path: str | os.PathLike, trainer: Any, include_state: bool = True) -> None:
    """Write ``trainer.model`` with its training config (and the resume state) as a Keras ``.h5``, or as
    Keras 3's ``.keras`` when ``path`` ends in ``.keras``."""
    from ..data import input_features
    from ..io.model_file import save_model_file  # h5py loads when the first file is written, not at start-up

    cfg = trainer.training_config
    model = trainer.model
    state = None
    if include_state:
        state = {"trainer": trainer.get_state(), **({"project": cfg["project"]} if "project" in cfg else {})}
    optimizer = cfg.get("optimizer")
    rate = getattr(model, "learning_rate", None)
    start = optimizer.get("config", {}).get("learning_rate") if isinstance(optimizer, dict) else None
    if isinstance(start, (int, float)) and rate is not None and not math.isclose(float(rate), start, rel_tol=1e-6):
        # the rate the run has now (ReduceLROnPlateau may have lowered it), as Keras saves its optimizer: the
        # file's compile settings and optimizer variables continue from there, not from the starting rate
        optimizer = {**optimizer, "config": {**optimizer.get("config", {}), "learning_rate": float(rate)}}
    save_model_file(
        path, model.spec, model.get_weights(),
        loss=cfg.get("loss"), optimizer=optimizer, metrics=cfg.get("metrics"), state=state,
        dtype=str(getattr(model, "dtype", "float32")),
        features=input_features((cfg.get("project") or {}).get("dataset")),
        scaling=cfg.get("scaling"),
    )


class ModelCheckpoint(Callback):
    """Keras' ``ModelCheckpoint`` for both backends: save the model as a Keras-loadable ``.h5`` every epoch
    or when it improves.

    ``filepath`` may hold Keras-style fields, e.g. ``"ckpt_{epoch:02d}_{val_loss:.3f}.h5"`` (``epoch``
    counts from 1, as in Keras' file names). With ``save_best_only`` a file is written only when
    ``monitor`` improves on the best value so far. Each file also carries annstudio's resume state
    (optimizer slots, RNG states, epoch, history) in a group Keras ignores, so ``annstudio train PROJECT
    --resume FILE.h5`` continues the run exactly. Files are written atomically (``io.h5_write``); a
    ``filepath`` ending in ``.keras`` writes Keras 3's native format instead (``io.keras_zip_write``).
    """

    def __init__(self, filepath: str | os.PathLike = "checkpoint.h5", monitor: str = "val_loss",
                 save_best_only: bool = False, mode: str = "auto") -> None:
        self.filepath = str(filepath)
        problem = template_problem(self.filepath)
        if problem:
            raise MessageError(Message("ModelCheckpoint file name {filepath!r:.100}: {problem}",
                                       filepath=self.filepath, problem=problem))
        if not self.filepath.lower().endswith((".h5", ".hdf5", ".keras")):   # Keras opens a model by its ending
            raise MessageError(Message("ModelCheckpoint file name {filepath!r:.100}: the name must end in .h5 or "
                                       ".keras (Keras and annstudio open a model file by its ending)",
                                       filepath=self.filepath))
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
            current = _monitored(logs, self.monitor, "ModelCheckpoint")
            better = current > self.best if self.maximize else current < self.best
            if not better:
                return
            self.best = current
        try:
            path = Path(self.filepath.format(epoch=epoch + 1, **logs))
        except (KeyError, ValueError, IndexError) as exc:
            raise MessageError(Message(
                "ModelCheckpoint file name {filepath!r} cannot be filled in: {problem}",
                filepath=self.filepath, problem=message_of(exc))) from None
        if self.confinement is not None:
            path = confined_path(path, *self.confinement)
        path.parent.mkdir(parents=True, exist_ok=True)
        save_run_h5(path, self.trainer)
        self.saved.append(path)

    def outputs(self) -> list[Path]:
        return [path.absolute() for path in dict.fromkeys(self.saved)]


# ------------------------------------------------------------------------------ TensorBoard
class TensorBoard(Callback):
    """Write TensorBoard logs like ``keras.callbacks.TensorBoard``, from any backend, without TensorFlow
    (``io.tensorboard.TensorBoardWriter`` writes the run folder).

    ``log_dir``: a folder or a ``strftime`` pattern, expanded when training begins (see
    ``io.tensorboard.run_log_dir``); relative to ``base_dir`` (default: the current folder). ``run_dir`` is
    the expanded folder (``None`` before the first ``on_train_begin``).
    ``histogram_freq``: every this many epochs (0: never), a histogram of every weight of the model
    (``get_weights()`` keys, e.g. ``dense/kernel/histogram``) with ``bins`` equal-width buckets.
    ``update_freq``: ``"epoch"``, or ``"batch"`` / an int N to also write each (every N-th) batch's loss as
    ``batch_loss`` at the global batch step.

    Per epoch it writes ``epoch_<key>`` for every log (``val_*`` keys go to ``validation/`` without the
    prefix) and ``epoch_learning_rate`` from ``model.learning_rate``; it does not add the learning rate to
    the logs other callbacks see. Files are flushed after every epoch and closed when training ends.
    """

    def __init__(self, log_dir: str | os.PathLike = TENSORBOARD_LOG_DIR, histogram_freq: int = 0,
                 update_freq: str | int = "epoch", bins: int = 30,
                 base_dir: str | os.PathLike | None = None) -> None:
        if isinstance(histogram_freq, bool) or int(histogram_freq) != histogram_freq or histogram_freq < 0:
            raise MessageError(Message(
                "histogram_freq must be an int >= 0 (0: no histograms), got {histogram_freq!r}",
                histogram_freq=histogram_freq))
        if update_freq == "batch":
            update_freq = 1
        if update_freq != "epoch" and (isinstance(update_freq, (bool, str)) or int(update_freq) != update_freq
                                       or update_freq < 1):
            raise MessageError(Message(
                "update_freq must be 'epoch', 'batch' or an int >= 1, got {update_freq!r}",
                update_freq=update_freq))
        if isinstance(bins, bool) or int(bins) != bins or bins < 1:
            raise MessageError(Message("bins must be an int >= 1, got {bins!r}", bins=bins))
        self.log_dir = os.fspath(log_dir)
        self.histogram_freq = int(histogram_freq)
        self.update_freq: str | int = update_freq if update_freq == "epoch" else int(update_freq)
        self.bins = int(bins)
        self.base_dir = base_dir
        self.run_dir: Path | None = None
        self._writer: TensorBoardWriter | None = None
        self._batches = 0

    def get_config(self) -> dict[str, Any]:
        """The constructor arguments (Keras' names), as a project's callback list stores them."""
        return {"log_dir": self.log_dir, "histogram_freq": self.histogram_freq,
                "update_freq": self.update_freq, "bins": self.bins}

    def on_train_begin(self, logs: dict | None = None) -> None:
        self._close()
        self.run_dir = run_log_dir(self.log_dir, base_dir=self.base_dir)
        if self.confinement is not None:
            confined_path(self.run_dir, *self.confinement)
        self._writer = TensorBoardWriter(self.run_dir)
        self._writer.open()
        self._batches = 0

    def on_batch_end(self, batch: int, logs: dict | None = None) -> None:
        self._batches += 1
        every = self.update_freq
        if not isinstance(every, int) or self._batches % every or not logs or "loss" not in logs:
            return
        self._board().write_batch_loss(self._batches, float(logs["loss"]))

    def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
        logs = dict(logs or {})
        learning_rate = self._learning_rate()
        if learning_rate is not None:
            logs["learning_rate"] = learning_rate
        histograms = None
        if self.histogram_freq and epoch % self.histogram_freq == 0:
            histograms = self.model.get_weights()
        self._board().write_epoch(epoch, logs, histograms, bins=self.bins)

    def on_train_end(self, logs: dict | None = None) -> None:
        self._close()

    def outputs(self) -> list[Path]:
        return [self.run_dir.absolute()] if self.run_dir is not None and self.run_dir.is_dir() else []

    def _board(self) -> TensorBoardWriter:
        if self._writer is None:  # hooks called without on_train_begin (not by the Trainer)
            if self.run_dir is None:
                self.run_dir = run_log_dir(self.log_dir, base_dir=self.base_dir)
            self._writer = TensorBoardWriter(self.run_dir)
        return self._writer

    def _learning_rate(self) -> float | None:
        try:
            value = self.model.learning_rate
        except AttributeError:
            return None
        return None if value is None else float(value)

    def _close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._writer = None


# ------------------------------------------------------------------------------ from a project's config
CALLBACK_CLASSES: dict[str, type[Callback]] = {
    "EarlyStopping": EarlyStopping, "ReduceLROnPlateau": ReduceLROnPlateau, "CSVLogger": CSVLogger,
    "ModelCheckpoint": ModelCheckpoint, "TensorBoard": TensorBoard,
}


def confined_path(value: Any, field: str, base_dir: str | os.PathLike | None,
                  roots: Sequence[str | os.PathLike] = ()) -> Path:
    """A path from a project file, made absolute and checked: ``value`` (relative: to ``base_dir``, the
    project's folder or the output folder the user chose) must lie inside ``base_dir`` or one of
    ``roots`` once symbolic links are resolved; else ``MessageError`` naming ``field``.

    ``base_dir`` ``None``: the current folder (a project not saved yet).
    """
    if not isinstance(value, (str, os.PathLike)) or isinstance(value, bytes):
        raise MessageError(Message("{field} must be a file or folder name (text), got {value!r:.80}",
                                   field=field, value=value))
    text = os.fspath(value)
    if not text.strip() or "\0" in text:
        raise MessageError(Message("{field} must be a file or folder name, got {value!r:.80}",
                                   field=field, value=text))
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    path = Path(text)
    if not path.is_absolute():
        path = base / path
    real = Path(os.path.realpath(path))
    allowed = [Path(os.path.realpath(folder)) for folder in (base, *roots)]
    if not any(real == folder or folder in real.parents for folder in allowed):
        raise MessageError(Message(
            "{field} {value!r:.80} is outside the project's folder; a project file may only write inside "
            "its own folder (or the output folder you choose)", field=field, value=text))
    return path.absolute()


def check_path_kind(path: Path, field: str, value: str, folder: bool) -> None:
    """``MessageError`` when a file stands where ``path`` needs a folder (the path itself for a folder, or one
    on its way), or a folder where it needs a file: found before training, not as a ``FileExistsError`` after
    the first epoch (by then the other callbacks had written their files)."""
    for parent in reversed(path.parents):   # from the root down
        if not parent.exists():
            break
        if not parent.is_dir():
            raise MessageError(Message("{field} {value!r:.80}: {file} is a file, not a folder; choose another name",
                                       field=field, value=value, file=str(parent)))
    if path.exists() and path.is_dir() != folder:
        raise MessageError(
            Message("{field} {value!r:.80} is a file, not a folder; choose another name", field=field, value=value)
            if folder else
            Message("{field} {value!r:.80} is a folder; name a file in it", field=field, value=value))


def callbacks_from_config(configs: list[dict[str, Any]], base_dir: Path | None = None,
                          output_dir: str | os.PathLike | None = None,
                          chosen_dirs: Sequence[str | os.PathLike] = ()) -> list[Callback]:
    """Instantiate a project's callback list. The files they write stay inside the project's folder
    (``base_dir``), the ``output_dir`` the user chose (relative names then start there instead of at
    ``base_dir``) or one of ``chosen_dirs`` (folders the user picked in a dialog). Anything else is refused
    before training (``MessageError`` naming the field, see ``confined_path``)."""
    start = Path(output_dir) if output_dir is not None else base_dir
    roots = [Path(p) for p in (output_dir, base_dir, *chosen_dirs) if p is not None]
    out: list[Callback] = []
    for item in configs:
        name = item["class_name"]
        cls = CALLBACK_CLASSES.get(name)
        if cls is None:
            raise MessageError(Message(
                "unknown callback {name!r}; expected one of {names}",
                name=name, names=', '.join(CALLBACK_CLASSES)))
        config = dict(item["config"])
        arg = CALLBACK_FILE_SETTINGS.get(name)
        if arg:
            field = f"{name} {arg}"
            checked = confined_path(config.get(arg, ""), field, start, roots)
            if name == "TensorBoard":
                # the pattern as it will expand (dates, "~"), checked again when training begins
                expanded = confined_path(run_log_dir(config[arg], base_dir=start), field, start, roots)
                check_path_kind(expanded, field, config[arg], folder=True)
                config["base_dir"] = start  # it expands the date pattern itself, then joins
            else:
                check_path_kind(checked, field, config[arg], folder=False)
                config[arg] = str(checked)
        callback = cls(**config)
        if arg:
            callback.confinement = (field, start, roots)
        out.append(callback)
    return out
