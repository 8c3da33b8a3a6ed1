"""``Project``: dataset choice + model spec + training config, stored as versioned JSON (``.annproj``).

A project file comes from strangers: it is parsed with ``json`` only, every field is checked, and a
bad file raises ``ProjectError`` naming the file and the field. Saving is atomic (temp file + rename).
"""
from __future__ import annotations

import copy
import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .spec import ModelSpec, SpecError

FORMAT_VERSION = 1

LOSSES = (
    "mean_squared_error", "mean_absolute_error", "huber",
    "binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy",
)
LOSS_ALIASES = {"mse": "mean_squared_error", "mae": "mean_absolute_error", "huber_loss": "huber"}
METRICS = ("accuracy", "mae", "mse")
OPTIMIZER_DEFAULTS: dict[str, dict[str, Any]] = {
    "SGD": {"learning_rate": 0.01, "momentum": 0.0, "nesterov": False},
    "Adam": {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7, "amsgrad": False},
    "RMSprop": {"learning_rate": 0.001, "rho": 0.9, "momentum": 0.0, "epsilon": 1e-7, "centered": False},
    "Adagrad": {"learning_rate": 0.001, "initial_accumulator_value": 0.1, "epsilon": 1e-7},
}
CALLBACK_DEFAULTS: dict[str, dict[str, Any]] = {
    "EarlyStopping": {
        "monitor": "val_loss", "min_delta": 0.0, "patience": 0, "mode": "auto",
        "baseline": None, "restore_best_weights": False, "start_from_epoch": 0,
    },
    "ReduceLROnPlateau": {
        "monitor": "val_loss", "factor": 0.1, "patience": 10, "mode": "auto",
        "min_delta": 1e-4, "cooldown": 0, "min_lr": 0.0,
    },
    "CSVLogger": {"filename": "history.csv", "separator": ",", "append": False},
    "ModelCheckpoint": {"filepath": "checkpoint.h5", "monitor": "val_loss", "save_best_only": False, "mode": "auto"},
    "TensorBoard": {"log_dir": "logs/run_%Y_%m_%d-%H_%M_%S", "histogram_freq": 0},
}


class ProjectError(ValueError):
    """A project file or config problem, with the file and field named in the message."""


def normalize_loss(loss: Any) -> dict[str, Any]:
    """``"mse"`` or ``{"name": "huber", "delta": 2}`` -> ``{"name": <long name>, "from_logits": ..., ...}``."""
    if isinstance(loss, str):
        loss = {"name": loss}
    if not isinstance(loss, dict) or not isinstance(loss.get("name"), str):
        raise ProjectError(f"loss must be a loss name or {{'name': ...}}, got {loss!r}")
    name = LOSS_ALIASES.get(loss["name"], loss["name"])
    if name not in LOSSES:
        raise ProjectError(f"unknown loss {loss['name']!r}; expected one of {', '.join(LOSSES)}")
    out: dict[str, Any] = {"name": name, "from_logits": bool(loss.get("from_logits", False))}
    if name == "huber":
        out["delta"] = float(loss.get("delta", 1.0))
        out.pop("from_logits")
    elif name in ("mean_squared_error", "mean_absolute_error"):
        out.pop("from_logits")
    unknown = set(loss) - {"name", "from_logits", "delta"}
    if unknown:
        raise ProjectError(f"loss {name}: unknown setting(s) {', '.join(sorted(unknown))}")
    return out


def normalize_optimizer(optimizer: Any) -> dict[str, Any]:
    """Keras form ``{"class_name": "Adam", "config": {...}}`` with all defaults filled in."""
    if isinstance(optimizer, str):
        optimizer = {"class_name": optimizer}
    if not isinstance(optimizer, dict):
        raise ProjectError(f"optimizer must be a name or {{'class_name': ..., 'config': ...}}, got {optimizer!r}")
    cls = optimizer.get("class_name")
    lookup = {k.lower(): k for k in OPTIMIZER_DEFAULTS}
    if not isinstance(cls, str) or cls.lower() not in lookup:
        raise ProjectError(f"unknown optimizer {cls!r}; expected one of {', '.join(OPTIMIZER_DEFAULTS)}")
    cls = lookup[cls.lower()]
    config = dict(optimizer.get("config") or {})
    defaults = OPTIMIZER_DEFAULTS[cls]
    unknown = set(config) - set(defaults)
    if unknown:
        raise ProjectError(
            f"optimizer {cls}: unknown setting(s) {', '.join(sorted(unknown))}; expected {', '.join(defaults)}"
        )
    merged = {**defaults, **config}
    lr = merged["learning_rate"]
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not math.isfinite(lr) or lr <= 0:
        raise ProjectError(f"optimizer {cls}: learning_rate must be a positive number, got {lr!r}")
    return {"class_name": cls, "config": merged}


def normalize_callbacks(callbacks: Any) -> list[dict[str, Any]]:
    if callbacks is None:
        return []
    if not isinstance(callbacks, list):
        raise ProjectError("callbacks must be a list of {'class_name': ..., 'config': ...}")
    out = []
    for cb in callbacks:
        cls = cb.get("class_name") if isinstance(cb, dict) else None
        if cls not in CALLBACK_DEFAULTS:
            raise ProjectError(f"unknown callback {cls!r}; expected one of {', '.join(CALLBACK_DEFAULTS)}")
        config = dict(cb.get("config") or {})
        unknown = set(config) - set(CALLBACK_DEFAULTS[cls])
        if unknown:
            raise ProjectError(f"callback {cls}: unknown setting(s) {', '.join(sorted(unknown))}")
        out.append({"class_name": cls, "config": {**CALLBACK_DEFAULTS[cls], **config}})
    return out


@dataclass
class TrainingConfig:
    """How to train: loss, optimizer, batches, epochs, validation, callbacks and the seed."""

    loss: dict[str, Any] = field(default_factory=lambda: {"name": "binary_crossentropy", "from_logits": False})
    optimizer: dict[str, Any] = field(default_factory=lambda: normalize_optimizer("SGD"))
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])
    batch_size: int = 32
    epochs: int = 10
    validation_split: float = 0.0
    shuffle: bool = True
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    seed: int = 0
    dtype: str = "float32"

    def __post_init__(self) -> None:
        self.loss = normalize_loss(self.loss)
        self.optimizer = normalize_optimizer(self.optimizer)
        self.callbacks = normalize_callbacks(self.callbacks)
        if not isinstance(self.metrics, list) or any(m not in METRICS for m in self.metrics):
            raise ProjectError(f"metrics must be a list drawn from {', '.join(METRICS)}, got {self.metrics!r}")
        for key, low in (("batch_size", 1), ("epochs", 0)):
            value = getattr(self, key)
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise ProjectError(f"{key} must be an integer >= {low}, got {value!r}")
        vs = self.validation_split
        if isinstance(vs, bool) or not isinstance(vs, (int, float)) or not 0 <= vs < 1:
            raise ProjectError(f"validation_split must be in [0, 1), got {vs!r}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise ProjectError(f"seed must be a non-negative integer, got {self.seed!r}")
        if self.dtype not in ("float32", "float64"):
            raise ProjectError(f"dtype must be float32 or float64, got {self.dtype!r}")

    @property
    def learning_rate(self) -> float:
        return float(self.optimizer["config"]["learning_rate"])

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TrainingConfig":
        if not isinstance(data, dict):
            raise ProjectError("'training' must be an object")
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise ProjectError(f"training: unknown setting(s) {', '.join(sorted(unknown))}")
        return cls(**copy.deepcopy(data))


@dataclass
class Project:
    """Everything needed to reproduce a run: dataset choice, model spec, training config."""

    model: ModelSpec
    dataset: dict[str, Any] = field(default_factory=lambda: {"name": "xor", "params": {}})
    training: TrainingConfig = field(default_factory=TrainingConfig)
    name: str = "untitled"
    description: str = ""

    def __post_init__(self) -> None:
        ds = self.dataset
        if not isinstance(ds, dict) or not isinstance(ds.get("name"), str):
            raise ProjectError("dataset must be {'name': ..., 'params': {...}}")
        params = ds.get("params") or {}
        if not isinstance(params, dict):
            raise ProjectError(f"dataset {ds['name']!r}: params must be an object")
        self.dataset = {"name": ds["name"], "params": dict(params)}

    def copy(self) -> "Project":
        return Project.from_dict(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "description": self.description,
            "dataset": copy.deepcopy(self.dataset),
            "model": self.model.to_dict(),
            "training": self.training.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Project":
        if not isinstance(data, dict):
            raise ProjectError("a project must be a JSON object")
        data = migrate(data)
        for key in ("model", "dataset"):
            if key not in data:
                raise ProjectError(f"the project has no {key!r} section")
        try:
            model = ModelSpec.from_dict(data["model"])
        except SpecError as exc:
            raise ProjectError(f"model: {exc}") from None
        return cls(
            model=model,
            dataset=data["dataset"],
            training=TrainingConfig.from_dict(data.get("training") or {}),
            name=str(data.get("name") or "untitled"),
            description=str(data.get("description") or ""),
        )

    # ----------------------------------------------------------------- files
    def save(self, path: str | os.PathLike) -> None:
        """Write the project atomically: a crash mid-write never leaves a half-written file."""
        write_text_atomic(Path(path), json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, path: str | os.PathLike) -> "Project":
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ProjectError(f"{path}: no such project file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ProjectError(f"{path}: cannot read the project file ({exc})") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProjectError(f"{path}: not a valid project file (JSON error at line {exc.lineno}: {exc.msg})") from None
        try:
            return cls.from_dict(data)
        except (ProjectError, ValueError, TypeError) as exc:
            raise ProjectError(f"{path}: {exc}") from None


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older project file up to ``FORMAT_VERSION``; refuse newer ones."""
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectError(f"'format_version' must be an integer, got {version!r}")
    if version > FORMAT_VERSION:
        raise ProjectError(
            f"the file has format_version {version}, newer than this annstudio understands ({FORMAT_VERSION}); "
            "update annstudio"
        )
    if version < 1:
        raise ProjectError(f"unsupported format_version {version}")
    return data


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temp file beside ``path``, fsync, then rename over it."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
