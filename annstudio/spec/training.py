"""How a model is trained, as plain data: losses, optimizers, metrics and callbacks.

One place for their names, aliases and defaults, their Keras forms (both ways) and the rules that say
which loss fits which task and output. Everything that checks or changes a training configuration uses
this module: ``project.TrainingConfig`` (``.annproj`` files), the session's compatibility check and
target preparation, the GUI's training form and "fit the model to the data", the ``.h5`` reader and
writer, and both backends, which take the normalised forms made here:

- loss: ``{"name": <Keras' long name>, "from_logits": bool}`` for cross-entropies, ``{"name": "huber",
  "delta": float}``, ``{"name": "mean_squared_error"}`` / ``{"name": "mean_absolute_error"}``;
- optimizer: Keras' ``{"class_name": "Adam", "config": {<every argument, defaults filled in>}}``;
- metrics: a list drawn from ``METRICS``; callbacks: ``[{"class_name": ..., "config": {...}}]``.

Bad settings raise ``ConfigError`` (a ``ValueError``) naming the setting; reading a Keras training config
raises ``SpecError``, as the rest of the Keras model mapping does.
"""
from __future__ import annotations

import math
from typing import Any

from ..messages import Message, MessageError, Term, joined
from .errors import ConfigError, SpecError
from .keras_objects import KERAS_FUNCTIONS, KERAS_METRIC_NAMES, check_keras_objects
from .layer_kinds import KINDS, format_shape
from .model import ModelSpec
from .name_template import template_problem
from .ranges import CALLBACK_RANGES, OPTIMIZER_RANGES
from .values import NO_GRADIENT_ACTIVATIONS

# =============================================================================== losses
LOSSES = (
    "mean_squared_error", "mean_absolute_error", "huber",
    "binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy",
)
REGRESSION_LOSSES = ("mean_squared_error", "mean_absolute_error", "huber")
"""Losses on real-valued targets."""
CROSSENTROPY_LOSSES = ("binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy")
"""Losses on class targets; the only ones with ``from_logits``."""
LOSS_ALIASES = {  # other names Keras and annstudio accept for a loss, -> the long name
    "mse": "mean_squared_error", "MSE": "mean_squared_error", "MeanSquaredError": "mean_squared_error",
    "mae": "mean_absolute_error", "MAE": "mean_absolute_error", "MeanAbsoluteError": "mean_absolute_error",
    "huber_loss": "huber", "Huber": "huber",
    "bce": "binary_crossentropy", "BinaryCrossentropy": "binary_crossentropy",
    "cce": "categorical_crossentropy", "CategoricalCrossentropy": "categorical_crossentropy",
    "scce": "sparse_categorical_crossentropy", "SparseCategoricalCrossentropy": "sparse_categorical_crossentropy",
}
LOSS_CLASSES = {  # Keras loss class -> long name
    "MeanSquaredError": "mean_squared_error", "MeanAbsoluteError": "mean_absolute_error", "Huber": "huber",
    "BinaryCrossentropy": "binary_crossentropy", "CategoricalCrossentropy": "categorical_crossentropy",
    "SparseCategoricalCrossentropy": "sparse_categorical_crossentropy",
}
LOSS_CLASS_BY_NAME = {name: cls for cls, name in LOSS_CLASSES.items()}
# Names a Keras training config may use for a loss *function* (Keras 3.15.1 itself loads only the long ones).
_KERAS_LOSS_FUNCTIONS = {
    "mean_squared_error", "mse", "MSE", "mean_absolute_error", "mae", "MAE", "huber", "huber_loss",
    "binary_crossentropy", "bce", "categorical_crossentropy", "sparse_categorical_crossentropy",
}
_LOSS_DEFAULT_NAME = {"huber": "huber_loss"}   # the ``name`` Keras gives a Huber loss object
# Keras-only loss arguments, accepted at these values only (they change nothing then).
KERAS_LOSS_NEUTRAL: dict[str, tuple[Any, ...]] = {
    "reduction": ("sum_over_batch_size", "auto", None), "label_smoothing": (0, 0.0), "axis": (-1,),
    "ignore_class": (None,),
}


def canonical_loss_name(name: Any) -> str:
    """The long Keras name for ``name`` or one of its aliases; ``ConfigError`` lists the accepted names."""
    if isinstance(name, str):
        if name in LOSSES:
            return name
        if name in LOSS_ALIASES:
            return LOSS_ALIASES[name]
    raise ConfigError(Message("unknown loss {name!r}; expected one of {choices} (or {aliases})", name=name,
                              choices=joined(LOSSES), aliases=joined(LOSS_ALIASES)))


def _check_delta(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ConfigError(Message("loss huber: delta must be a positive number, got {value!r}", value=value))
    return float(value)


def _loss_from_class_config(value: dict[str, Any]) -> dict[str, Any]:
    """A Keras loss object config ``{"class_name": "Huber", "config": {...}}`` -> the normalised loss."""
    cls = value.get("class_name")
    if cls not in LOSS_CLASSES:
        raise ConfigError(Message(
            "the loss {cls!r:.100} is not supported; expected one of {names}",
            cls=cls, names=', '.join(LOSS_CLASSES)))
    if value.get("module") not in (None, "keras.losses", "keras") or value.get("registered_name") not in (None, cls):
        raise ConfigError(Message(
            "the loss class {cls!r} comes from {value!r}, not from Keras",
            cls=cls, value=value.get('module')))
    name = LOSS_CLASSES[cls]
    config = value.get("config") or {}
    if not isinstance(config, dict):
        raise ConfigError(Message("the {cls} loss config must be an object", cls=cls))
    out: dict[str, Any] = {"name": name}
    for key, v in config.items():
        if key in ("name", "dtype"):
            continue
        if key == "from_logits" and name in CROSSENTROPY_LOSSES:
            if not isinstance(v, bool):
                raise ConfigError(Message(
                    "loss {name}: from_logits must be true or false, got {v!r}",
                    name=name, v=v))
            out["from_logits"] = v
        elif key == "delta" and name == "huber":
            out["delta"] = _check_delta(v)
        elif key in KERAS_LOSS_NEUTRAL:
            if v not in KERAS_LOSS_NEUTRAL[key]:
                raise ConfigError(Message(
                    "loss {name}: {key}={v!r} is not supported (only {keras_loss_neutral!r})",
                    name=name, key=key, v=v, keras_loss_neutral=KERAS_LOSS_NEUTRAL[key][0]))
        else:
            raise ConfigError(Message("loss {name}: unknown setting {key!r}", name=name, key=key))
    return normalize_loss(out)


def normalize_loss(loss: Any, *, strict: bool = False) -> dict[str, Any]:
    """A loss in its normalised form, from a name or alias (``"mse"``), ``{"name": ..., "from_logits": ...,
    "delta": ...}`` or a Keras loss object config (``{"class_name": "Huber", "config": {...}}``).

    ``from_logits`` on a regression loss and ``delta`` on another loss than Huber are dropped (the
    training form switches losses and keeps the flag), or refused with ``strict`` (the backends' own
    constructors). A setting given as ``None`` counts as not given.
    """
    if isinstance(loss, str):
        loss = {"name": loss}
    if isinstance(loss, dict) and "class_name" in loss:
        return _loss_from_class_config(loss)
    if not isinstance(loss, dict) or not isinstance(loss.get("name"), str):
        raise ConfigError(Message("loss must be a loss name or {{'name': ...}}, got {loss!r}", loss=loss))
    name = canonical_loss_name(loss["name"])
    args = {k: v for k, v in loss.items() if k != "name" and v is not None}
    unknown = set(args) - {"from_logits", "delta"}
    if unknown:
        raise ConfigError(Message(
            "loss {name}: unknown setting(s) {names}",
            name=name, names=', '.join(sorted(unknown))))
    out: dict[str, Any] = {"name": name}
    if "from_logits" in args and not isinstance(args["from_logits"], bool):   # "false" (text) would read as true
        raise ConfigError(Message("loss {name}: from_logits must be true or false, got {v!r}", name=name,
                                  v=args["from_logits"]))
    if name in CROSSENTROPY_LOSSES:
        out["from_logits"] = bool(args.get("from_logits", False))
    elif strict and args.get("from_logits"):
        raise ConfigError(Message(
            "{name} has no from_logits option; only cross-entropy losses take logits",
            name=name))
    if name == "huber":
        out["delta"] = _check_delta(args.get("delta", 1.0))
    elif strict and "delta" in args:
        raise ConfigError(Message("{name}: delta is a setting of the huber loss only", name=name))
    return out


# =============================================================================== optimizers
OPTIMIZER_DEFAULTS: dict[str, dict[str, Any]] = {   # Keras 3's arguments and defaults
    "SGD": {"learning_rate": 0.01, "momentum": 0.0, "nesterov": False},
    "Adam": {"learning_rate": 0.001, "beta_1": 0.9, "beta_2": 0.999, "epsilon": 1e-7, "amsgrad": False},
    "RMSprop": {"learning_rate": 0.001, "rho": 0.9, "momentum": 0.0, "epsilon": 1e-7, "centered": False},
    "Adagrad": {"learning_rate": 0.001, "initial_accumulator_value": 0.1, "epsilon": 1e-7},
}
OPTIMIZERS = tuple(OPTIMIZER_DEFAULTS)
# Arguments every Keras optimizer config carries; accepted only at these (inactive) values.
OPTIMIZER_NEUTRAL: dict[str, Any] = {
    "weight_decay": None, "clipnorm": None, "global_clipnorm": None, "clipvalue": None, "use_ema": False,
    "ema_overwrite_frequency": None, "loss_scale_factor": None, "gradient_accumulation_steps": None,
}
# What Keras writes for them (in its order), with ``ema_momentum`` at its default.
_KERAS_OPTIMIZER_COMMON = {**{k: v for k, v in OPTIMIZER_NEUTRAL.items() if k != "ema_overwrite_frequency"
                              and k != "loss_scale_factor" and k != "gradient_accumulation_steps"},
                           "ema_momentum": 0.99, "ema_overwrite_frequency": None, "loss_scale_factor": None,
                           "gradient_accumulation_steps": None}
_OPTIMIZER_IGNORED = ("name", "ema_momentum")   # Keras' object name; the EMA factor (unused without use_ema)
_OPTIMIZER_LEGACY = ("is_legacy_optimizer", "jit_compile", "decay")   # older Keras files (decay must be 0)
_OPTIMIZER_BY_LOWER = {name.lower(): name for name in OPTIMIZERS}


def optimizer_class_name(name: Any) -> str:
    """Keras' class name for an optimizer name in any case (``"adam"`` -> ``"Adam"``)."""
    if isinstance(name, str) and name.lower() in _OPTIMIZER_BY_LOWER:
        return _OPTIMIZER_BY_LOWER[name.lower()]
    raise ConfigError(Message("unknown optimizer {name!r}; expected one of {choices}", name=name,
                              choices=joined(OPTIMIZERS)))


def normalize_optimizer(optimizer: Any) -> dict[str, Any]:
    """Keras' form ``{"class_name": "Adam", "config": {...}}`` with every default filled in, from a name or
    that form (a full Keras ``get_config()`` included: its common arguments at their inactive values)."""
    if isinstance(optimizer, str):
        optimizer = {"class_name": optimizer}
    if not isinstance(optimizer, dict):
        raise ConfigError(Message(
            "optimizer must be a name or {{'class_name': ..., 'config': ...}}, got {optimizer!r}",
            optimizer=optimizer))
    extra = sorted(set(optimizer) - {"class_name", "config", "module", "registered_name"})
    if extra:
        raise ConfigError(Message(
            "optimizer config: unknown key(s) {names}; expected class_name and config",
            names=', '.join(extra)))
    cls = optimizer_class_name(optimizer.get("class_name"))
    config = optimizer.get("config") or {}
    if not isinstance(config, dict):
        raise ConfigError(Message(
            "{cls}: 'config' must be a dict of arguments, got {config!r}",
            cls=cls, config=config))
    defaults = OPTIMIZER_DEFAULTS[cls]
    settings: dict[str, Any] = {}
    for key, value in config.items():
        if key in _OPTIMIZER_IGNORED:
            continue
        if key in OPTIMIZER_NEUTRAL and key not in defaults:
            inactive = OPTIMIZER_NEUTRAL[key]
            if value != inactive or isinstance(value, bool) != isinstance(inactive, bool):
                raise ConfigError(Message(
                    "optimizer {cls}: {key}={value!r} is not supported (only {inactive!r})",
                    cls=cls, key=key, value=value, inactive=inactive))
            continue
        settings[key] = value
    unknown = set(settings) - set(defaults)
    if unknown:
        raise ConfigError(
            Message(
                "optimizer {cls}: unknown setting(s) {names}; expected {names2}",
                cls=cls, names=', '.join(sorted(unknown)), names2=', '.join(defaults))
        )
    merged = {**defaults, **settings}
    lr = merged["learning_rate"]
    if isinstance(lr, dict):
        raise ConfigError(Message(
            "optimizer {cls}: learning-rate schedules are not supported, got {lr!r:.100}; give a number",
            cls=cls, lr=lr))
    for key, value in merged.items():
        if isinstance(defaults[key], bool) and not isinstance(value, bool):   # "false" (text) would read as true
            raise ConfigError(Message("optimizer {cls}: {problem}", cls=cls, problem=Message(
                "{key} must be true or false, got {value!r}", key=key, value=value)))
        valid = OPTIMIZER_RANGES.get(key)
        if valid is not None and not isinstance(defaults[key], bool):
            problem = valid.problem(key, value)
            if problem:
                raise ConfigError(Message("optimizer {cls}: {problem}", cls=cls, problem=problem))
    return {"class_name": cls, "config": merged}


# =============================================================================== metrics
METRICS = ("accuracy", "mae", "mse")
METRIC_ALIASES = {  # names Keras may use for them
    "accuracy": "accuracy", "acc": "accuracy", "mae": "mae", "mean_absolute_error": "mae",
    "mse": "mse", "mean_squared_error": "mse",
}


def normalize_metrics(metrics: Any) -> list[str]:
    """A list of metric names drawn from ``METRICS`` (``ConfigError`` otherwise)."""
    if not isinstance(metrics, list) or any(m not in METRICS for m in metrics):
        raise ConfigError(Message("metrics must be a list drawn from {choices}, got {value!r}",
                                  choices=joined(METRICS), value=metrics))
    return list(metrics)


# =============================================================================== callbacks
TENSORBOARD_LOG_DIR = "logs/run_%Y_%m_%d-%H_%M_%S"
"""The default TensorBoard run folder: a new ``run_YYYY_MM_DD-HH_MM_SS`` under ``logs/``."""
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
    "TensorBoard": {"log_dir": TENSORBOARD_LOG_DIR, "histogram_freq": 0},
}
CALLBACK_FILE_SETTINGS = {"CSVLogger": "filename", "ModelCheckpoint": "filepath", "TensorBoard": "log_dir"}
"""The setting that names the file or folder a callback writes (relative: beside the project)."""


def normalize_callbacks(callbacks: Any) -> list[dict[str, Any]]:
    """``[{"class_name": ..., "config": {...}}]`` with every default filled in (``None``: no callbacks)."""
    if callbacks is None:
        return []
    if not isinstance(callbacks, list):
        raise ConfigError(Message("callbacks must be a list of {{'class_name': ..., 'config': ...}}"))
    out = []
    seen: set[str] = set()
    for cb in callbacks:
        cls = cb.get("class_name") if isinstance(cb, dict) else None
        if cls not in CALLBACK_DEFAULTS:
            raise ConfigError(Message("unknown callback {name!r}; expected one of {choices}", name=cls,
                                      choices=joined(CALLBACK_DEFAULTS)))
        if cls in seen:   # two CSVLoggers on one file wrote a row twice; the window shows one group per callback
            raise ConfigError(Message("callback {cls} is listed twice; keep one", cls=cls))
        seen.add(cls)

        config = dict(cb.get("config") or {})
        unknown = set(config) - set(CALLBACK_DEFAULTS[cls])
        if unknown:
            raise ConfigError(Message(
                "callback {cls}: unknown setting(s) {names}",
                cls=cls, names=', '.join(sorted(unknown))))
        merged = {**CALLBACK_DEFAULTS[cls], **config}
        for key, value in merged.items():
            _check_callback_type(cls, key, value)
        for key, valid in CALLBACK_RANGES.get(cls, {}).items():
            problem = valid.problem(key, merged[key])
            if problem:
                raise ConfigError(Message("callback {cls}: {problem}", cls=cls, problem=problem))
        if cls == "ModelCheckpoint":
            problem = template_problem(merged["filepath"])
            if problem:
                raise ConfigError(Message("callback {cls}: setting {name!r}: {problem}", cls=cls, name="filepath",
                                          problem=problem))
        out.append({"class_name": cls, "config": merged})
    return out


def _check_callback_type(cls: str, key: str, value: Any) -> None:
    """A callback setting has the type of its default (text, true/false; ``baseline``: a number or null);
    numbers are checked by their ranges (``CALLBACK_RANGES``)."""
    default = CALLBACK_DEFAULTS[cls][key]
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, str):
        ok = isinstance(value, str) and value != "" and "\0" not in value
    elif key == "baseline":
        ok = value is None or (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value))
    else:
        return
    if not ok:
        raise ConfigError(Message("callback {cls}: {key} must be {kind}, got {value!r}", cls=cls, key=key,
                                  kind=_KIND_WORDS[type(default).__name__ if key != "baseline" else "number"],
                                  value=value))


_KIND_WORDS = {"bool": Term("true or false"), "str": Term("non-empty text"), "number": Term("a number or null")}


# =============================================================================== task, loss and output
TASKS = ("binary", "multiclass", "regression")
_TASK_LOSSES = {
    "regression": REGRESSION_LOSSES,
    "binary": ("binary_crossentropy",),
    "multiclass": ("sparse_categorical_crossentropy", "categorical_crossentropy"),
}
_TASK_DEFAULT_LOSS: dict[str, dict[str, Any]] = {
    "regression": {"name": "mean_squared_error"},
    "binary": {"name": "binary_crossentropy", "from_logits": False},
    "multiclass": {"name": "sparse_categorical_crossentropy", "from_logits": False},
}


def losses_for_task(task: str) -> tuple[str, ...]:
    """The losses "fit the model to the data" keeps for a task (the first is the one it picks)."""
    return _TASK_LOSSES[task]


def default_loss(task: str) -> dict[str, Any]:
    """The loss "fit the model to the data" sets when the current one does not suit the task."""
    return dict(_TASK_DEFAULT_LOSS[task])


def output_for_task(task: str, n_classes: int | None, n_outputs: int) -> tuple[int, str]:
    """(units, activation) of the output layer that produces what a task needs."""
    if task == "regression":
        return int(n_outputs), "linear"
    if task == "binary":
        return 1, "sigmoid"
    return int(n_classes or 0), "softmax"


def check_output(spec: ModelSpec, loss: str, n_outputs: int | None = None, n_classes: int | None = None) -> None:
    """Raise ``SpecError`` when ``spec``'s output layer cannot produce what ``loss`` needs.

    ``n_classes`` is given for class-label targets, ``n_outputs`` for regression / one-hot targets.
    """
    out_shape = spec.output_shape
    last = spec.layers[-1].name
    if len(out_shape) != 1:
        raise SpecError(Message("the output has shape {shape}; add Flatten and a Dense output layer",
                                shape=format_shape(out_shape)), layer=last)
    units = out_shape[0]
    if target_form(loss, "multiclass") in ("labels", "one_hot"):   # one unit per class
        if n_classes is not None and units != n_classes:
            raise SpecError(Message(
                "the data has {classes} classes, so the output layer needs {classes} units (it has {units})",
                classes=n_classes, units=units), layer=last)
        if n_classes is None and n_outputs is not None and units != n_outputs:
            raise SpecError(Message("the targets have {columns} columns but the output has {units} units",
                                    columns=n_outputs, units=units), layer=last)
    elif loss == "binary_crossentropy":
        if n_classes is not None and n_classes > 2:
            raise SpecError(Message(
                "binary cross-entropy needs two classes but the data has {classes}; "
                "use sparse categorical cross-entropy with {classes} softmax units", classes=n_classes), layer=last)
        expected = n_outputs if n_outputs is not None else 1
        if units != expected:
            raise SpecError(Message("binary cross-entropy needs {expected} output unit(s) (it has {units})",
                                    expected=expected, units=units), layer=last)
    else:
        expected = n_outputs if n_outputs is not None else 1
        if n_classes is not None and n_outputs is None:
            expected = 1
        if units != expected:
            raise SpecError(Message("the targets have {expected} column(s) but the output has {units} units",
                                    expected=expected, units=units), layer=last)


def accuracy_kind(loss: str, output_units: int) -> str:
    """Which accuracy Keras' ``"accuracy"`` means for this loss and output: binary, sparse or categorical."""
    form = target_form(loss, "multiclass")
    if form == "labels":
        return "sparse"
    if form == "one_hot":
        return "categorical"
    return "binary" if loss == "binary_crossentropy" or output_units == 1 else "categorical"


def check_loss_fits(spec: ModelSpec, loss: str, task: str, n_classes: int | None, n_outputs: int,
                    data_name: str = Term("the data")) -> None:
    """Raise ``ValueError`` when ``loss`` cannot train on targets of ``task`` at all, or ``SpecError`` (from
    ``check_output``) when ``spec``'s output layer cannot produce what the loss needs."""
    if task == "regression":
        if loss not in REGRESSION_LOSSES:
            raise MessageError(Message(
                "{data!r} is a regression dataset; {loss} needs class labels. Use {choices}",
                data=data_name, loss=loss, choices=joined(REGRESSION_LOSSES)))
        check_output(spec, loss, n_outputs=n_outputs)
    elif loss in CROSSENTROPY_LOSSES:
        check_output(spec, loss, n_classes=n_classes)
    else:   # a regression loss on class labels: one output column, two classes
        check_output(spec, loss, n_outputs=1)
        if n_classes and n_classes > 2:
            raise MessageError(Message(
                "{data!r} has {classes} classes; {loss} on class labels only makes sense for two. "
                "Use sparse_categorical_crossentropy with a softmax output", data=data_name, classes=n_classes, loss=loss))



def target_form(loss: str, task: str) -> str:
    """How targets are given to ``loss``: ``"labels"`` (integers, one per sample), ``"one_hot"``,
    ``"column"`` (one float per sample, for class labels) or ``"columns"`` (regression values)."""
    if loss == "sparse_categorical_crossentropy":
        return "labels"
    if loss == "categorical_crossentropy":
        return "one_hot"
    return "column" if task in ("binary", "multiclass") else "columns"


def reported_metrics(metrics: list[str], task: str) -> list[str]:
    """The metrics a run reports: accuracy means nothing for regression targets, so it is left out there."""
    if task == "regression":
        return [m for m in metrics if m != "accuracy"]
    return list(metrics)


def check_metrics_fit(metrics: list[str], loss: str, task: str, n_outputs: int) -> None:
    """``MessageError`` for a metric that cannot compare this loss's targets with the outputs: MAE or MSE
    beside sparse categorical cross-entropy, whose targets are class numbers (one per sample), on several
    outputs (Keras fails there too, on the shapes, at the first batch)."""
    if target_form(loss, task) != "labels" or n_outputs <= 1:
        return
    for name in metrics:
        if name in ("mae", "mse"):
            raise MessageError(Message(
                "the metric {name!r} compares each target with the outputs, but with {loss} the targets are class "
                "numbers (one per sample) and the model has {outputs} outputs: remove {name!r} from the "
                "project's metrics (\"Fit the model to this data\" does), or use categorical_crossentropy with "
                "one-hot targets", name=name, loss=loss, outputs=n_outputs))


def metrics_for_task(metrics: list[str], task: str) -> list[str]:
    """The metrics "fit the model to the data" sets: no accuracy for regression (``mae`` if nothing is
    left), accuracy first for classification, and only accuracy for several classes (a regression fit's MAE
    left behind would compare class numbers with each class's probability)."""
    if task == "regression":
        return [m for m in metrics if m != "accuracy"] or ["mae"]
    if task == "multiclass":
        return ["accuracy"]
    return list(metrics) if "accuracy" in metrics else ["accuracy", *metrics]


# =============================================================================== Keras' training config
def loss_to_keras(loss: Any) -> Any:
    """A loss -> Keras' training-config form.

    Long names as strings when nothing else is set (Keras 3.15.1 cannot load ``"mse"``); a loss class
    config otherwise (``BinaryCrossentropy`` with ``from_logits``, ``Huber`` with ``delta``)."""
    loss = normalize_loss(loss)
    name = loss["name"]
    logits = loss.get("from_logits", False)
    delta = loss.get("delta", 1.0)
    if not logits and delta == 1.0:
        return name
    config: dict[str, Any] = {"name": _LOSS_DEFAULT_NAME.get(name, name), "reduction": "sum_over_batch_size"}
    if name == "huber":
        config["delta"] = float(delta)
    else:
        config["from_logits"] = True
        if name in ("binary_crossentropy", "categorical_crossentropy"):
            config.update(label_smoothing=0.0, axis=-1)
        elif name == "sparse_categorical_crossentropy":
            config["ignore_class"] = None
    return {"class_name": LOSS_CLASS_BY_NAME[name], "config": config}


def loss_from_keras(value: Any) -> dict[str, Any]:
    """A Keras training-config loss (a name or a loss class config) -> the normalised loss (``SpecError``)."""
    if isinstance(value, str):
        if value not in _KERAS_LOSS_FUNCTIONS:
            raise SpecError(Message(
                "the loss {value!r} is not supported; expected one of {names}",
                value=value, names=', '.join(LOSSES)))
        return normalize_loss(value)
    if not isinstance(value, dict) or value.get("class_name") not in LOSS_CLASSES:
        what = value.get("class_name") if isinstance(value, dict) else value
        raise SpecError(Message(
            "the loss {what!r:.100} is not supported; expected one of {names}",
            what=what, names=', '.join(LOSS_CLASSES)))
    try:
        return _loss_from_class_config(value)
    except ConfigError as exc:
        raise SpecError(str(exc)) from None


def optimizer_to_keras(optimizer: Any) -> dict[str, Any]:
    """An optimizer -> Keras' ``optimizer_config`` (all of Keras' arguments)."""
    opt = normalize_optimizer(optimizer)
    cls = opt["class_name"]
    config = {"name": cls.lower(), "learning_rate": opt["config"]["learning_rate"], **_KERAS_OPTIMIZER_COMMON}
    config.update({k: v for k, v in opt["config"].items() if k != "learning_rate"})
    return {"class_name": cls, "config": config}


def optimizer_from_keras(value: Any) -> dict[str, Any]:
    """Keras' ``optimizer_config`` -> the normalised optimizer (``SpecError`` if unsupported)."""
    if not isinstance(value, dict) or not isinstance(value.get("class_name"), str):
        raise SpecError(Message("unreadable optimizer config {value!r:.100}", value=value))
    cls = value["class_name"]
    if cls.lower() not in _OPTIMIZER_BY_LOWER:
        raise SpecError(Message(
            "the optimizer {cls!r} is not supported; expected one of {names}",
            cls=cls, names=', '.join(OPTIMIZERS)))
    canonical = _OPTIMIZER_BY_LOWER[cls.lower()]
    if value.get("module") not in (None, "keras.optimizers", "keras") or value.get("registered_name") not in (
        None, cls, canonical
    ):
        raise SpecError(Message(
            "the optimizer class {cls!r} comes from {value!r}, not from Keras",
            cls=cls, value=value.get('module')))
    config = value.get("config") or {}
    if not isinstance(config, dict):
        raise SpecError(Message("the {canonical} optimizer config must be an object", canonical=canonical))
    settings = {}
    for key, v in config.items():
        if key in _OPTIMIZER_LEGACY:
            if key == "decay" and v not in (0, 0.0, None):
                raise SpecError(Message(
                    "optimizer {canonical}: decay={v!r} is not supported",
                    canonical=canonical, v=v))
            continue
        if key == "ema_momentum" and v != 0.99:
            raise SpecError(Message(
                "optimizer {canonical}: ema_momentum={v!r} is not supported (only 0.99)",
                canonical=canonical, v=v))
        settings[key] = v
    try:
        return normalize_optimizer({"class_name": canonical, "config": settings})
    except ConfigError as exc:
        raise SpecError(str(exc)) from None


def split_keras_metrics(value: Any) -> tuple[list[str], list[str]]:
    """Keras' ``metrics`` list -> (annstudio's metric names among them, the others as given): a file compiled
    with ``["accuracy", "auc"]`` keeps accuracy (``SpecError`` only for an unreadable list)."""
    kept: list[str] = []
    dropped: list[Any] = []
    for m in _flat_metrics(value):
        if isinstance(m, dict) and isinstance(m.get("config"), dict):
            m = m["config"].get("name")   # a metric object's config; its name says which one
        if isinstance(m, str) and m in METRIC_ALIASES:
            if METRIC_ALIASES[m] not in kept:
                kept.append(METRIC_ALIASES[m])
        else:
            dropped.append(m)
    return kept, dropped


def _flat_metrics(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, dict):   # per-output dict of lists (one output here)
        if len(value) != 1:
            raise SpecError(Message("metrics for {count} outputs are not supported", count=len(value)))
        value = next(iter(value.values()))
    if not isinstance(value, list):
        raise SpecError(Message("unreadable metrics {value!r:.100}", value=value))
    flat: list[Any] = []
    stack = list(value)
    while stack:   # Keras 2 nests the metrics of each output in a list
        m = stack.pop(0)
        if isinstance(m, list):
            stack[:0] = m
        else:
            flat.append(m)
    return flat


def metrics_from_keras(value: Any) -> list[str]:
    """Keras' ``metrics`` list -> annstudio metric names (``SpecError`` naming an unsupported one)."""
    kept, dropped = split_keras_metrics(value)
    if dropped:
        raise SpecError(Message("the metric {m!r:.100} is not supported; expected accuracy, mae or mse", m=dropped[0]))
    return kept


def training_config_to_keras(loss: Any, optimizer: Any, metrics: list[str] | None = None) -> dict[str, Any]:
    """The ``training_config`` Keras 3.15.1 writes (and needs for ``load_model(compile=True)``)."""
    metric_list = None
    if metrics:
        metric_list = []
        for m in metrics:
            if m not in METRIC_ALIASES:
                raise SpecError(Message(
                    "the metric {m!r} is not supported; expected accuracy, mae or mse",
                    m=m))
            metric_list.append(METRIC_ALIASES[m])
    return {
        "loss": loss_to_keras(loss), "loss_weights": None, "metrics": metric_list, "weighted_metrics": None,
        "run_eagerly": False, "steps_per_execution": 1, "jit_compile": False,
        "optimizer_config": optimizer_to_keras(optimizer),
    }


def check_training_config(tc: dict[str, Any]) -> None:
    """Refuse (``SpecError`` naming the field) a Keras ``training_config`` that names anything but Keras' own
    objects: a loss, optimizer or metric from another module, a custom class, or a name that is not one of
    Keras' losses or metrics (``"eval"``). Keras objects annstudio does not have (``Nadam``) pass: the
    reader drops them with a note."""
    check_keras_objects(tc, "training_config")
    for key in ("loss", "metrics", "weighted_metrics"):
        stack: list[tuple[Any, str]] = [(tc.get(key), f"training_config.{key}")]
        while stack:
            item, path = stack.pop()
            if isinstance(item, str) and item not in KERAS_FUNCTIONS and not (key != "loss" and item in KERAS_METRIC_NAMES):
                raise SpecError(Message("{field}: {name!r} is not one of Keras' losses or metrics", field=path,
                                        name=item))
            if isinstance(item, list):
                stack.extend((v, f"{path}[{i}]") for i, v in enumerate(item))
            elif isinstance(item, dict) and "class_name" not in item:   # per-output names
                stack.extend((v, f"{path}.{k}") for k, v in item.items())


def training_config_from_keras(tc: Any) -> dict[str, Any]:
    """Keras' ``training_config`` -> ``{"loss", "optimizer", "metrics"}`` in the normalised forms.

    ``loss``/``optimizer`` are ``None`` when absent; anything unsupported raises ``SpecError``."""
    if not isinstance(tc, dict):
        raise SpecError(Message("the training config must be an object"))
    loss = tc.get("loss")
    if isinstance(loss, dict) and "class_name" not in loss:   # per-output dict (one output here)
        if len(loss) != 1:
            raise SpecError(Message("losses for {count} outputs are not supported", count=len(loss)))
        loss = next(iter(loss.values()))
    if isinstance(loss, list):
        if len(loss) != 1:
            raise SpecError(Message("losses for {count} outputs are not supported", count=len(loss)))
        loss = loss[0]
    weights = tc.get("loss_weights")
    if weights not in (None, [1], [1.0], 1, 1.0) and not (isinstance(weights, dict) and list(weights.values()) in ([1], [1.0])):
        raise SpecError(Message("loss_weights {weights!r:.100} are not supported", weights=weights))
    if tc.get("weighted_metrics"):
        raise SpecError(Message("weighted metrics are not supported"))
    return {
        "loss": None if loss is None else loss_from_keras(loss),
        "optimizer": None if tc.get("optimizer_config") is None else optimizer_from_keras(tc["optimizer_config"]),
        "metrics": metrics_from_keras(tc.get("metrics")),
    }


# =============================================================================== what gradient descent can train
def layers_without_gradient(spec: ModelSpec) -> dict[str, str]:
    """Layers whose activation has no useful gradient: ``{layer name: activation}``, in stack order.

    ``step`` and ``sign`` have derivative 0 wherever it exists, so backpropagation passes no signal
    through them: the weights of such a layer, and of every layer before it on that path, never change
    under gradient descent (the loss stays flat). Such units are trained with the perceptron learning
    rule (``w <- w + eta * (y - y_hat) * x``), not with ``fit``.
    """
    found: dict[str, str] = {}
    for layer in spec.layers:
        kind = KINDS.get(layer.kind)
        if kind is None:
            continue
        for param in kind.params_of_type("activation"):
            value = layer.config.get(param.key, param.default)
            if value in NO_GRADIENT_ACTIVATIONS:
                found[layer.name] = str(value)
    return found
