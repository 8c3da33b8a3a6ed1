"""Test-set results: ``ResultsProbe`` (predictions on the test set) and the numbers the results panel
derives from them (confusion matrix, per-class scores, images for the gallery)."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

from ...backends.base import TrainableModel
from .common import Throttle, class_probabilities, image_shape, weak


def confusion_matrix(y_true: Any, y_pred: Any, n_classes: int) -> np.ndarray:
    """``(n_classes, n_classes)`` int64 counts: row = true class, column = predicted class
    (scikit-learn's ``confusion_matrix`` with ``labels=range(n_classes)``)."""
    y_true = np.asarray(y_true, dtype=np.int64).reshape(-1)
    y_pred = np.asarray(y_pred, dtype=np.int64).reshape(-1)
    if y_true.shape != y_pred.shape:
        raise ValueError(f"y_true has {y_true.size} labels but y_pred has {y_pred.size}")
    flat = y_true * n_classes + y_pred
    return np.bincount(flat, minlength=n_classes * n_classes).reshape(n_classes, n_classes).astype(np.int64)


def class_scores(confusion: Any) -> dict[str, np.ndarray]:
    """Per class ``precision``, ``recall``, ``f1`` (float64, 0 where undefined, as scikit-learn's
    ``zero_division=0``) and ``support`` (true samples per class) from a confusion matrix."""
    cm = np.asarray(confusion, dtype=np.float64)
    tp = np.diag(cm)
    predicted, support = cm.sum(axis=0), cm.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(support > 0, tp / support, 0.0)
        denom = precision + recall
        f1 = np.where(denom > 0, 2 * precision * recall / denom, 0.0)
    return {"precision": precision, "recall": recall, "f1": f1, "support": support.astype(np.int64)}


def display_images(x: np.ndarray, shape: tuple[int, int], standardizer: Any = None) -> np.ndarray:
    """Samples ``x`` as uint8 grey images ``(n, h, w)`` (0 = black), for showing: standardised inputs are
    mapped back first; then the range of the values (0..1 pixels, 0..255, ...) is stretched to 0..255."""
    x = np.asarray(x)
    if standardizer is not None:
        x = standardizer.inverse_transform(x)
    x = x.reshape(len(x), *shape).astype(np.float32, copy=False)
    lo, hi = (float(x.min()), float(x.max())) if x.size else (0.0, 1.0)
    if lo >= 0.0 and hi <= 1.0:
        lo, hi = 0.0, 1.0
    elif lo >= 0.0 and hi <= 255.0 and hi > 16.0:
        lo, hi = 0.0, 255.0
    scale = 255.0 / (hi - lo) if hi > lo else 0.0
    return np.clip(np.rint((x - lo) * scale), 0, 255).astype(np.uint8)


class ResultsProbe:
    """Predictions on the test set, for the results panel: ``{"results": {...}}`` with

    - always: ``"task"``, ``"n"`` (test samples used: the first ``max_samples``), ``"y_true"``,
      ``"y_pred"``, ``"dataset_key"`` (changes when the dataset does), ``"frame"`` (results so far);
    - classification: ``y_true``/``y_pred`` int64 ``(n,)``, ``"proba"`` float32 ``(n,)`` (the probability of
      the predicted class), ``"confusion"`` ``(k, k)`` int64 (row = true class, column = predicted),
      ``"accuracy"``, ``"n_classes"``, ``"class_names"``;
    - regression: ``y_true``/``y_pred`` float32 ``(n, outputs)`` in the data's own units (a standardised
      target is mapped back), ``"mae"``, ``"r2"`` (of the first output);
    - image data: ``"image_shape"`` ``(h, w)``, and ``"images"`` (uint8 ``(n, h, w)``, see
      :func:`display_images`) in the first result for a dataset only, or after :meth:`resend_images`.

    At most ``max_rate`` results a second, and at most the ``budget`` share of the training worker's time:
    a result that took 0.14 s (10,000 Fashion-MNIST images through 784-300-100-10) waits 7 s for the
    next at the default ``budget=0.02`` (every share of the worker's time it takes, training loses).
    ``max_rate=None``: a result for every call. ``force=True`` and ``compute`` (a pause, the end of a run)
    have no limit.
    """

    key = "results"
    #: results are new arrays the probe never touches again: the worker sends them without a copy
    fresh_results = True

    def __init__(self, max_rate: float | None = 1.0, max_samples: int = 10_000, *, budget: float | None = 0.02,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if isinstance(max_samples, bool) or not isinstance(max_samples, (int, np.integer)) or max_samples < 1:
            raise ValueError(f"max_samples must be a positive whole number, got {max_samples!r}")
        if budget is not None and not 0 < budget <= 1:
            raise ValueError(f"budget must be a share of time in (0, 1] or None, got {budget!r}")
        self.max_samples = int(max_samples)
        self.budget = budget
        self._clock = clock
        self._throttle = Throttle(max_rate, clock)
        self.max_rate = self._throttle.max_rate
        self._dataset: Callable[[], Any] | None = None
        self._dataset_key = 0
        self._send_images = True
        self._image_seconds = 0.0
        self._frames = 0

    @property
    def last_dataset(self) -> Any:
        """The dataset of the latest call, while it is alive; else ``None``."""
        return self._dataset() if self._dataset is not None else None

    def resend_images(self) -> None:
        """Include ``"images"`` in the next result again (a view that missed them asks for them)."""
        self._send_images = True

    def __call__(self, model: TrainableModel, dataset: Any, *, force: bool = False) -> dict[str, Any]:
        if dataset is None or not self._throttle.due(force):
            return {}
        start = self._clock()
        self._image_seconds = 0.0
        result = self.compute(model, dataset)
        if self.max_rate is not None:  # None: a result for every call
            # the one-off image conversion does not count against the budget
            self._throttle.spent(self._clock() - start - self._image_seconds, self.budget)
        return result

    def compute(self, model: TrainableModel, dataset: Any = None) -> dict[str, Any]:
        if dataset is None:
            dataset = self.last_dataset
            if dataset is None:
                return {}
        if self.last_dataset is not dataset:
            self._dataset = weak(dataset)
            self._dataset_key += 1
            self._send_images = True
        n = min(self.max_samples, len(dataset.x_test))
        x = dataset.x_test[:n]
        out = model.predict(x, batch_size=min(max(n, 1), 1024))
        self._frames += 1
        result: dict[str, Any] = {"task": dataset.task, "n": n, "total": len(dataset.x_test), "dataset_key": self._dataset_key,
                                  "frame": self._frames}
        if dataset.task == "regression":
            y_true: np.ndarray = np.asarray(dataset.y_test[:n], dtype=np.float32).reshape(n, -1)
            y_pred = np.asarray(out, dtype=np.float32).reshape(n, -1)
            scaler = getattr(dataset, "y_standardizer", None)
            if scaler is not None:
                y_true, y_pred = scaler.inverse_transform(y_true), scaler.inverse_transform(y_pred)
                result["y_scale"] = float(np.asarray(scaler.scale).reshape(-1)[0])   # logs' MAE -> these units
            t, p = y_true[:, 0].astype(np.float64), y_pred[:, 0].astype(np.float64)
            ss_tot = float(np.sum((t - t.mean()) ** 2))
            result.update(y_true=y_true, y_pred=y_pred, mae=float(np.mean(np.abs(p - t))) if n else float("nan"),
                          r2=1.0 - float(np.sum((p - t) ** 2)) / ss_tot if ss_tot > 0 else float("nan"))
        else:
            k = int(dataset.n_classes)
            probs = class_probabilities(out, model)
            if probs.shape[1] == 1:  # one sigmoid output: the probability of class 1
                p1 = probs[:, 0]
                y_pred = (p1 > 0.5).astype(np.int64)
                proba = np.where(y_pred == 1, p1, 1.0 - p1)
            else:
                y_pred = np.argmax(probs, axis=1).astype(np.int64)
                proba = probs[np.arange(n), y_pred]
            y_true = np.asarray(dataset.y_test[:n], dtype=np.int64).reshape(-1)
            k = max(k, int(probs.shape[1]) if probs.shape[1] > 1 else 2)
            names = list(dataset.class_names) if dataset.class_names else [str(c) for c in range(k)]
            names += [str(c) for c in range(len(names), k)]
            result.update(
                y_true=y_true, y_pred=y_pred, proba=np.asarray(proba, dtype=np.float32),
                confusion=confusion_matrix(y_true, y_pred, k), accuracy=float(np.mean(y_true == y_pred)) if n else 0.0,
                n_classes=k, class_names=names,
            )
        shape = image_shape(dataset)
        if shape is not None:
            result["image_shape"] = shape
            if self._send_images:
                started = self._clock()
                result["images"] = display_images(x, shape, getattr(dataset, "x_standardizer", None))
                self._image_seconds = self._clock() - started
                self._send_images = False
        return {self.key: result}

    def reset_rate_limit(self) -> None:
        self._throttle.reset()

    def __repr__(self) -> str:
        return f"ResultsProbe(max_rate={self.max_rate}, max_samples={self.max_samples})"
