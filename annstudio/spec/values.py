"""Values layer settings take: activation names, initializers and regularizers, and their canonical forms.

Shared by the layer-kind registry (``layer_kinds``), ``LayerSpec`` and the Keras mapping.
"""
from __future__ import annotations

from typing import Any

from ..messages import Message, MessageError, joined
from .keras_objects import object_problem
from .ranges import INITIALIZER_RANGES, Range

#: an L1/L2 factor: finite, not negative
REGULARIZATION_FACTOR = Range(0.0, 1e6)

# Activation names the product knows. ``step`` (Heaviside: 1 if z >= 0) and ``sign`` come from the
# perceptron chapter and have no Keras equivalent; the rest are Keras' own names and defaults.
ACTIVATIONS = (
    "linear", "step", "sign", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "softmax",
)
KERAS_ACTIVATIONS = frozenset(ACTIVATIONS) - {"step", "sign"}
#: activations whose derivative is 0 wherever it exists: gradient descent gets no signal through them
#: (the perceptron learning rule trains such units instead)
NO_GRADIENT_ACTIVATIONS = frozenset({"step", "sign"})

INITIALIZERS = {
    # snake-case name -> (Keras class name, default arguments)
    "glorot_uniform": ("GlorotUniform", {}),
    "glorot_normal": ("GlorotNormal", {}),
    "he_normal": ("HeNormal", {}),
    "he_uniform": ("HeUniform", {}),
    "random_normal": ("RandomNormal", {"mean": 0.0, "stddev": 0.05}),
    "random_uniform": ("RandomUniform", {"minval": -0.05, "maxval": 0.05}),
    "zeros": ("Zeros", {}),
    "ones": ("Ones", {}),
}
_INITIALIZER_BY_CLASS = {cls: name for name, (cls, _) in INITIALIZERS.items()}


def _check_origin(value: dict[str, Any]) -> None:
    """An initializer or regularizer dict names one of Keras' own objects (``keras_objects``)."""
    problem = object_problem(value)
    if problem is not None:
        raise MessageError(problem)


def normalize_initializer(value: Any) -> Any:
    """Return an initializer as a snake-case name, or ``{"class_name": ..., "config": {...}}``.

    Accepts a name (``"he_normal"``), a Keras class name (``"HeNormal"``) or a Keras config dict
    (``{"class_name": "RandomNormal", "config": {"stddev": 1.0}}``). Raises ``ValueError`` naming the
    accepted values otherwise.
    """
    if isinstance(value, str):
        if value in INITIALIZERS:
            return value
        if value in _INITIALIZER_BY_CLASS:
            return _INITIALIZER_BY_CLASS[value]
        raise MessageError(Message("unknown initializer {value!r}; expected one of {choices}",
                                   value=value, choices=joined(INITIALIZERS)))
    if isinstance(value, dict) and "class_name" in value:
        _check_origin(value)
        cls = value["class_name"]
        name = _INITIALIZER_BY_CLASS.get(cls) or (cls if cls in INITIALIZERS else None)
        if name is None:
            raise MessageError(Message("unknown initializer {value!r}; expected one of {choices}",
                                       value=cls, choices=joined(INITIALIZERS)))
        defaults = INITIALIZERS[name][1]
        given = value.get("config") or {}
        if not isinstance(given, dict):
            raise MessageError(Message("{name}: the config must be an object, got {value!r}", name=name, value=given))
        config = {}
        for key, arg in given.items():
            if key in defaults:
                problem = INITIALIZER_RANGES[key].problem(key, arg)
                if problem:
                    raise MessageError(Message("{name}: {problem}", name=name, problem=problem))
                config[key] = arg
            elif key == "seed":   # Keras writes one; annstudio's own seed decides the initial weights
                if arg is not None and (isinstance(arg, bool) or not isinstance(arg, int)):
                    raise MessageError(Message("{name}: seed must be an integer or null, got {value!r}",
                                               name=name, value=arg))
            else:
                raise MessageError(Message("{name}: unknown argument {key!r}", name=name, key=key))
        if not config or all(config.get(k) == defaults[k] for k in config):
            return name
        return {"class_name": INITIALIZERS[name][0], "config": {**defaults, **config}}
    raise MessageError(Message("initializer must be a name or a Keras initializer config, got {value!r}",
                               value=value))


def initializer_args(value: Any) -> tuple[str, dict[str, float]]:
    """Split a normalized initializer into its snake-case name and full arguments."""
    value = normalize_initializer(value)
    if isinstance(value, str):
        return value, dict(INITIALIZERS[value][1])
    name = _INITIALIZER_BY_CLASS[value["class_name"]]
    return name, {**INITIALIZERS[name][1], **value["config"]}


def normalize_regularizer(value: Any) -> dict[str, float] | None:
    """Return ``None`` or ``{"l1": a, "l2": b}``; accepts Keras' ``L1``/``L2``/``L1L2`` configs too."""
    if value is None:
        return None
    if isinstance(value, dict) and "class_name" in value:
        _check_origin(value)
        cfg = value.get("config") or {}
        if not isinstance(cfg, dict):
            raise MessageError(Message("regularizer {value!r}: the config must be an object", value=value["class_name"]))
        cls = value["class_name"]
        if cls == "L1":
            value = {"l1": cfg.get("l1", 0.01), "l2": 0.0}
        elif cls == "L2":
            value = {"l1": 0.0, "l2": cfg.get("l2", 0.01)}
        elif cls == "L1L2":
            value = {"l1": cfg.get("l1", 0.0), "l2": cfg.get("l2", 0.0)}
        else:
            raise MessageError(Message("unknown regularizer {value!r}; expected L1, L2 or L1L2", value=cls))
    if isinstance(value, dict) and set(value) <= {"l1", "l2"}:
        for key in ("l1", "l2"):
            problem = REGULARIZATION_FACTOR.problem(key, value.get(key, 0.0))
            if problem:
                raise MessageError(problem)
        l1, l2 = float(value.get("l1", 0.0)), float(value.get("l2", 0.0))
        if l1 < 0 or l2 < 0:
            raise MessageError(Message("regularization factors must be >= 0, got l1={l1}, l2={l2}", l1=l1, l2=l2))
        if l1 == 0 and l2 == 0:
            return None
        return {"l1": l1, "l2": l2}
    raise MessageError(Message("regularizer must be None or {{'l1': a, 'l2': b}}, got {value!r}", value=value))

