"""The backend-agnostic trainer: a generator of plain-data events.

Events (plain dicts, safe to copy across threads):

- ``{"event": "train_begin", "epochs", "initial_epoch", "steps_per_epoch", "samples", "val_samples"}``
- ``{"event": "batch_end", "epoch", "batch", "step", "loss", "size"}`` after every batch
- ``{"event": "epoch_end", "epoch", "logs": {"loss", "accuracy", "val_loss", ...}, "learning_rate",
  "samples_per_second", "step"}``
- ``{"event": "paused", "epoch", "batch", "step"}`` when a pause takes hold (the next ``next()`` blocks
  until resume, step or stop)
- exactly one terminal event, each with ``history``, ``epochs_run``, ``outputs`` (the files and folders the
  callbacks wrote) and a human ``message``:
  ``finished`` (``reason``: ``"completed"`` or ``"early_stopping"``), ``stopped`` (``reason``: ``"user"`` or
  ``"diverged"``), or ``error`` (``message`` says what went wrong).

Epochs and batches are counted from 0 in the events, as Keras' callbacks do; what a learner is shown
counts epochs from 1, as Keras prints them ("Epoch 1/300"): :func:`epoch_shown` is that one convention
(status line, counters, curves, history files, checkpoint names all follow it).
"""
from __future__ import annotations

import math
import time
from collections.abc import Generator, Iterable, Iterator
from typing import Any

import numpy as np

from ..messages import Message, MessageError, message_of
from .callbacks import Callback, History, ReduceLROnPlateau, check_monitors
from .control import TrainingControl
from .metrics import MetricTracker, accuracy_kind


def epoch_shown(event: dict[str, Any]) -> int | None:
    """The epoch number a learner sees for ``event``, counted from 1 as Keras prints "Epoch 1/N": 1
    while epoch 1's batches run and once it has ended, 2 as soon as a batch of epoch 2 has run; before
    any batch of a run, the epochs already done (0 at first). ``None`` for events that do not move it.
    """
    kind = event.get("event")
    if kind == "train_begin":
        return int(event.get("initial_epoch", 0))
    if kind in ("batch_end", "epoch_end"):
        return int(event["epoch"]) + 1
    if kind == "paused":  # waiting before batch ``batch`` of epoch ``epoch``: that epoch has begun if batch > 0
        return int(event["epoch"]) + (1 if int(event.get("batch", 0)) > 0 else 0)
    return None


def _quiet_overflow() -> np.errstate:
    return np.errstate(over="ignore", invalid="ignore", divide="ignore")


class Trainer:
    """Drive ``model`` (a backend ``TrainableModel``, compiled) through epochs of mini-batches.

    ``y`` must already be in the form the loss expects (see ``annstudio.backends.base``).
    ``validation_data`` wins over ``validation_split``; the split takes the *last* fraction of the
    samples before shuffling, as ``keras.Model.fit`` does.
    """

    def __init__(
        self,
        model: Any,
        x: np.ndarray,
        y: np.ndarray,
        *,
        loss: dict[str, Any],
        metrics: Iterable[str] = ("accuracy",),
        batch_size: int = 32,
        epochs: int = 1,
        shuffle: bool = True,
        seed: int = 0,
        validation_data: tuple[np.ndarray, np.ndarray] | None = None,
        validation_split: float = 0.0,
        callbacks: Iterable[Callback] = (),
        control: TrainingControl | None = None,
        initial_epoch: int = 0,
        training_config: dict[str, Any] | None = None,
    ) -> None:
        if len(x) != len(y):
            raise MessageError(Message("x has {count} samples but y has {count2}", count=len(x), count2=len(y)))
        if validation_data is None and validation_split:
            split_at = int(len(x) * (1.0 - validation_split))
            if split_at < 1 or split_at >= len(x):
                raise MessageError(
                    Message(
                        "validation_split={validation_split} leaves no samples for training or validation ({count} "
                        "samples)",
                        validation_split=validation_split, count=len(x))
                )
            validation_data = (x[split_at:], y[split_at:])
            x, y = x[:split_at], y[:split_at]
        if len(x) == 0:
            raise MessageError(Message("there are no training samples"))
        self.model = model
        self.x, self.y = x, y
        self.validation_data = validation_data
        self.loss = loss
        self.metric_names = list(metrics)
        self.batch_size = int(batch_size)
        self.epochs = int(epochs)
        self.initial_epoch = int(initial_epoch)
        self.shuffle = shuffle
        self.rng = np.random.default_rng(seed)
        self.control = control or TrainingControl()
        self.history = History()
        self.callbacks: list[Callback] = [*callbacks, self.history]  # History last, as in Keras
        #: a callback lowers the learning rate (ReduceLROnPlateau): every epoch's logs carry the rate it trained
        #: with, put there before any callback reads them, so a CSVLogger listed first has the column too
        self._logs_learning_rate = any(isinstance(cb, ReduceLROnPlateau) for cb in self.callbacks)
        self.stop_training = False
        self.stop_reason = ""
        self.epochs_run = 0
        self.step = 0
        self.next_epoch = self.initial_epoch
        self._pending_logs: dict[str, float] | None = None  # an epoch's logs while its callbacks run
        # loss / optimizer / metrics as configured, for checkpoints that Keras can compile
        self.training_config = training_config or {"loss": loss, "metrics": self.metric_names}
        units = int(np.prod(model.spec.output_shape))
        kind = accuracy_kind(loss, units)
        threshold = 0.0 if loss.get("from_logits") and kind == "binary" else 0.5
        self._train_metrics = MetricTracker(self.metric_names, kind, threshold)
        self._val_metrics = MetricTracker(self.metric_names, kind, threshold)
        check_monitors(self.callbacks, self.reported_logs)

    @property
    def reported_logs(self) -> list[str]:
        """The keys every epoch's logs hold: ``loss``, the metrics, and their ``val_`` forms when there is
        validation data."""
        names = ["loss", *self.metric_names]
        return names + ([f"val_{name}" for name in names] if self.validation_data is not None else [])

    @property
    def steps_per_epoch(self) -> int:
        return math.ceil(len(self.x) / self.batch_size)

    def run(self) -> Iterator[dict[str, Any]]:
        """Train, yielding events; see the module docstring. Never raises for training failures."""
        for cb in self.callbacks:
            cb.set_trainer(self)
        yield {
            "event": "train_begin", "epochs": self.epochs, "initial_epoch": self.initial_epoch,
            "steps_per_epoch": self.steps_per_epoch, "samples": len(self.x),
            "val_samples": 0 if self.validation_data is None else len(self.validation_data[0]),
        }
        terminal: dict[str, Any] | None = None
        try:
            for cb in self.callbacks:
                cb.on_train_begin({})
            for epoch in range(self.initial_epoch, self.epochs):
                terminal = yield from self._run_epoch(epoch)
                if terminal is not None:
                    break
                if self.stop_training:
                    terminal = self._terminal("finished", "early_stopping", self.stop_reason or "stopped by a callback")
                    break
        except GeneratorExit:
            self._end_callbacks()
            raise
        except Exception as exc:  # noqa: BLE001 - a failure in training becomes an event, never the caller's crash
            self._end_callbacks(quiet=True)
            yield self._terminal("error", type(exc).__name__, _error_text(exc))
            return
        try:
            self._end_callbacks()
        except Exception as exc:  # noqa: BLE001 - a failing callback's end too: an event, not a crash
            yield self._terminal("error", type(exc).__name__, _error_text(exc))
            return
        if terminal is None:
            terminal = self._terminal("finished", "completed", f"finished {self.epochs_run} epoch(s)")
        else:
            terminal["history"] = self._history_copy()
            terminal["epochs_run"] = self.epochs_run
            terminal["outputs"] = self._outputs()
        restored = [r for cb in self.callbacks if (r := getattr(cb, "restored", lambda: None)()) is not None]
        if restored:   # the model now holds an earlier epoch's weights, not the last one's (the history's end)
            terminal["restored"] = restored[-1]
        yield terminal

    # ------------------------------------------------------------------ internals
    def _run_epoch(self, epoch: int) -> Generator[dict[str, Any], None, dict[str, Any] | None]:
        """Yield the epoch's events; return its terminal event if the run ends inside it, else ``None``."""
        model, control = self.model, self.control
        for cb in self.callbacks:
            cb.on_epoch_begin(epoch, {})
        snapshot = model.get_weights()  # the last finite state, for the divergence guard
        order = self.rng.permutation(len(self.x)) if self.shuffle else None
        tracker = self._train_metrics
        tracker.reset()
        started = time.perf_counter()
        bs = self.batch_size
        for batch in range(self.steps_per_epoch):
            if control.stop_requested:
                return self._terminal("stopped", "user", f"stopped by the user in epoch {epoch + 1}, batch {batch + 1}",
                                      batches_into_epoch=batch)
            rest = None
            allowed = control.wait_for_permission(announced=False)
            while allowed is None:  # paused (again, after a resume and a pause in quick succession): say so, wait
                rest = time.perf_counter() if rest is None else rest
                yield {"event": "paused", "epoch": epoch, "batch": batch, "step": self.step}
                allowed = control.wait_for_permission()
            if rest is not None:
                started += time.perf_counter() - rest  # a pause is not training time (samples_per_second)
            if not allowed:
                return self._terminal("stopped", "user", f"stopped by the user in epoch {epoch + 1}, batch {batch + 1}",
                                      batches_into_epoch=batch)
            if order is None:
                xb, yb = self.x[batch * bs:(batch + 1) * bs], self.y[batch * bs:(batch + 1) * bs]
            else:
                idx = order[batch * bs:(batch + 1) * bs]
                xb, yb = self.x[idx], self.y[idx]
            with _quiet_overflow():  # a non-finite loss is reported by the divergence guard, not as warnings
                loss, y_pred = model.train_step(xb, yb)
            loss = float(loss)
            self.step += 1
            if not math.isfinite(loss):
                model.set_weights(snapshot)
                lr = model.learning_rate
                return self._terminal(
                    "stopped", "diverged",
                    Message("the loss became {loss} in epoch {epoch}, batch {batch}: training diverged. "
                            "The learning rate ({lr:g}) is probably too high, or the data has extreme values. "
                            "The weights were restored to the start of epoch {epoch}.",
                            loss=loss, epoch=epoch + 1, batch=batch + 1, lr=lr),
                )

            tracker.update(loss, yb, y_pred)
            for cb in self.callbacks:
                cb.on_batch_end(batch, {"loss": loss})
            yield {"event": "batch_end", "epoch": epoch, "batch": batch, "step": self.step, "loss": loss, "size": len(xb)}
        elapsed = time.perf_counter() - started
        logs = tracker.result()
        if self.validation_data is not None:
            xv, yv = self.validation_data
            with _quiet_overflow():
                val_loss, val_pred = model.evaluate(xv, yv, batch_size=max(self.batch_size, 256))
            val = self._val_metrics
            val.reset()
            val.update(float(val_loss), yv, val_pred)
            logs.update(val.result("val_"))
        for key, value in logs.items():
            if not math.isfinite(value) and key.endswith("loss"):
                model.set_weights(snapshot)
                return self._terminal(
                    "stopped", "diverged",
                    Message("{key} became {value} at the end of epoch {epoch}: training diverged; "
                            "the weights were restored to the start of epoch {epoch}.",
                            key=key, value=value, epoch=epoch + 1),
                )
        self.epochs_run += 1
        self.next_epoch = epoch + 1
        if self._logs_learning_rate:
            logs["learning_rate"] = float(model.learning_rate)
        self._pending_logs = logs  # History (last callback) has not seen them yet; get_state() adds them
        for cb in self.callbacks:
            cb.on_epoch_end(epoch, logs)
        self._pending_logs = None
        yield {
            "event": "epoch_end", "epoch": epoch, "logs": dict(logs), "step": self.step,
            "learning_rate": float(model.learning_rate),
            "samples_per_second": len(self.x) / elapsed if elapsed > 0 else float("inf"),
        }
        return None

    # ------------------------------------------------------------------ exact resume
    def get_state(self) -> dict[str, Any]:
        """Where the run stands, as plain data: next epoch, step, history, RNG and optimizer states.

        Saved at an epoch boundary, it lets a new trainer continue the run bit for bit.
        """
        history = self._history_copy()
        pending = self._pending_logs
        if pending is not None and len(self.history.epoch) < self.next_epoch:
            for key, value in pending.items():
                history.setdefault(key, []).append(float(value))
        state: dict[str, Any] = {
            "next_epoch": self.next_epoch,
            "step": self.step,
            "history": history,
            "shuffle_rng": self.rng.bit_generator.state,
            "optimizer": self.model.get_optimizer_state(),
        }
        model_rng = getattr(self.model, "rng", None)
        if isinstance(model_rng, np.random.Generator):
            state["model_rng"] = model_rng.bit_generator.state
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        """Continue from ``get_state()``'s result (the model's weights are restored separately)."""
        self.initial_epoch = self.next_epoch = int(state["next_epoch"])
        self.step = int(state.get("step", 0))
        for key, values in (state.get("history") or {}).items():
            self.history.history[key] = [float(v) for v in values]
        self.history.epoch = list(range(len(next(iter(self.history.history.values()), []))))
        if "shuffle_rng" in state:
            self.rng.bit_generator.state = state["shuffle_rng"]
        if state.get("optimizer"):
            self.model.set_optimizer_state(state["optimizer"])
        model_rng = getattr(self.model, "rng", None)
        if "model_rng" in state and isinstance(model_rng, np.random.Generator):
            model_rng.bit_generator.state = state["model_rng"]

    def _end_callbacks(self, quiet: bool = False) -> None:
        for cb in self.callbacks:
            try:
                cb.on_train_end({})
            except Exception:
                if not quiet:
                    raise

    def _history_copy(self) -> dict[str, list[float]]:
        return {k: list(v) for k, v in self.history.history.items()}

    def _terminal(self, event: str, reason: str, message: str, batches_into_epoch: int = 0) -> dict[str, Any]:
        """``batches_into_epoch``: the batches a stop in the middle of an epoch trained of it (in the weights,
        not in the history, which counts whole epochs)."""
        return {
            "event": event, "reason": reason, "message": message,
            "history": self._history_copy(), "epochs_run": self.epochs_run, "step": self.step,
            "outputs": self._outputs(), "batches_into_epoch": batches_into_epoch,
        }

    def _outputs(self) -> list[str]:
        """The files and folders the callbacks wrote so far (checkpoints, CSV logs, TensorBoard runs)."""
        return list(dict.fromkeys(str(path) for callback in self.callbacks for path in callback.outputs()))


def _error_text(exc: BaseException) -> str:
    """What an error event says: the exception's own message when it is a translatable one, else
    ``"TypeName: text"`` (an unexpected failure, named for a bug report)."""
    message = message_of(exc)
    return message if isinstance(message, Message) else f"{type(exc).__name__}: {exc}"
