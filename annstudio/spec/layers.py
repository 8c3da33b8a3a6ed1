"""Layer specifications: what a user edits, as plain data.

A ``LayerSpec`` is a layer kind, a unique name, a config dict whose keys are Keras' own argument names
(``units``, ``activation``, ``use_bias``, ``kernel_initializer``, ``rate``, ...), and an optional list of
input layer names. An empty ``inputs`` list means "the layer before me" (the common plain stack).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

# Activation names the product knows. ``step`` (Heaviside: 1 if z >= 0) and ``sign`` come from the
# perceptron chapter and have no Keras equivalent; the rest are Keras' own names and defaults.
ACTIVATIONS = (
    "linear", "step", "sign", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "softmax",
)
KERAS_ACTIVATIONS = frozenset(ACTIVATIONS) - {"step", "sign"}

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

# Kind -> default config. The keys are exactly the Keras layer arguments we support.
LAYER_DEFAULTS: dict[str, dict[str, Any]] = {
    "Input": {"shape": [2]},
    "Dense": {
        "units": 8,
        "activation": "linear",
        "use_bias": True,
        "kernel_initializer": "glorot_uniform",
        "bias_initializer": "zeros",
        "kernel_regularizer": None,
        "bias_regularizer": None,
    },
    "Activation": {"activation": "relu"},
    "Dropout": {"rate": 0.5},
    "Flatten": {},
    "Concatenate": {"axis": -1},
    "BatchNormalization": {"axis": -1, "momentum": 0.99, "epsilon": 0.001, "center": True, "scale": True},
}
LAYER_KINDS = tuple(LAYER_DEFAULTS)

# The prefix used for automatic names, as Keras does (dense, dense_1, ...).
NAME_PREFIX = {
    "Input": "input", "Dense": "dense", "Activation": "activation", "Dropout": "dropout",
    "Flatten": "flatten", "Concatenate": "concatenate", "BatchNormalization": "batch_normalization",
}


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
        raise ValueError(f"unknown initializer {value!r}; expected one of {', '.join(INITIALIZERS)}")
    if isinstance(value, dict) and "class_name" in value:
        cls = value["class_name"]
        name = _INITIALIZER_BY_CLASS.get(cls) or (cls if cls in INITIALIZERS else None)
        if name is None:
            raise ValueError(f"unknown initializer {cls!r}; expected one of {', '.join(INITIALIZERS)}")
        defaults = INITIALIZERS[name][1]
        config = {k: v for k, v in (value.get("config") or {}).items() if k in defaults}
        if not config or all(config.get(k) == defaults[k] for k in config):
            return name
        return {"class_name": INITIALIZERS[name][0], "config": {**defaults, **config}}
    raise ValueError(f"initializer must be a name or a Keras initializer config, got {value!r}")


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
        cfg = value.get("config") or {}
        cls = value["class_name"]
        if cls == "L1":
            value = {"l1": cfg.get("l1", 0.01), "l2": 0.0}
        elif cls == "L2":
            value = {"l1": 0.0, "l2": cfg.get("l2", 0.01)}
        elif cls == "L1L2":
            value = {"l1": cfg.get("l1", 0.0), "l2": cfg.get("l2", 0.0)}
        else:
            raise ValueError(f"unknown regularizer {cls!r}; expected L1, L2 or L1L2")
    if isinstance(value, dict) and set(value) <= {"l1", "l2"}:
        l1, l2 = float(value.get("l1", 0.0)), float(value.get("l2", 0.0))
        if l1 < 0 or l2 < 0:
            raise ValueError(f"regularization factors must be >= 0, got l1={l1}, l2={l2}")
        if l1 == 0 and l2 == 0:
            return None
        return {"l1": l1, "l2": l2}
    raise ValueError(f"regularizer must be None or {{'l1': a, 'l2': b}}, got {value!r}")


@dataclass
class LayerSpec:
    """One layer: ``kind`` (``"Dense"``, ...), unique ``name``, Keras-named ``config``, ``inputs``."""

    kind: str
    name: str
    config: dict[str, Any] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind not in LAYER_DEFAULTS:
            raise ValueError(
                f"layer {self.name!r}: unknown layer kind {self.kind!r}; expected one of {', '.join(LAYER_KINDS)}"
            )
        merged = copy.deepcopy(LAYER_DEFAULTS[self.kind])
        unknown = set(self.config) - set(merged)
        if unknown:
            raise ValueError(
                f"layer {self.name!r} ({self.kind}): unknown setting(s) {', '.join(sorted(unknown))}; "
                f"expected {', '.join(merged) or 'none'}"
            )
        merged.update(copy.deepcopy(self.config))
        # Canonical forms so equal layers compare equal; invalid values stay for validation to report.
        for key, normalize in (("kernel_initializer", normalize_initializer), ("bias_initializer", normalize_initializer),
                               ("kernel_regularizer", normalize_regularizer), ("bias_regularizer", normalize_regularizer)):
            if key in merged:
                try:
                    merged[key] = normalize(merged[key])
                except ValueError:
                    pass
        self.config = merged
        self.inputs = list(self.inputs)

    def get(self, key: str) -> Any:
        return self.config[key]

    def copy(self) -> "LayerSpec":
        return LayerSpec(self.kind, self.name, copy.deepcopy(self.config), list(self.inputs))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "name": self.name, "config": copy.deepcopy(self.config)}
        if self.inputs:
            out["inputs"] = list(self.inputs)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LayerSpec":
        if not isinstance(data, dict) or "kind" not in data:
            raise ValueError(f"a layer must be an object with 'kind', 'name' and 'config', got {data!r:.80}")
        config = data.get("config") or {}
        if not isinstance(config, dict):
            raise ValueError(f"layer {data.get('name')!r}: 'config' must be an object")
        inputs = data.get("inputs") or []
        if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
            raise ValueError(f"layer {data.get('name')!r}: 'inputs' must be a list of layer names")
        return cls(str(data["kind"]), str(data.get("name") or ""), dict(config), inputs)

    def describe(self) -> str:
        """Short human description of the key settings, e.g. ``"8, tanh"``."""
        c = self.config
        if self.kind == "Input":
            return "x".join(str(d) for d in c["shape"])
        if self.kind == "Dense":
            return f"{c['units']}, {c['activation']}"
        if self.kind == "Activation":
            return str(c["activation"])
        if self.kind == "Dropout":
            return f"rate {c['rate']}"
        if self.kind == "Concatenate":
            return " + ".join(self.inputs) if self.inputs else ""
        return ""
