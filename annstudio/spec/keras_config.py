"""1:1 mapping between a ``LayerSpec`` and a Keras 3 layer config (``{"class_name", "config"}``).

Reading goes through an allow-list: only the layer classes, activations, initializers and regularizers
annstudio knows are accepted, and anything else (``Lambda``, custom objects, unknown arguments that
change behaviour) is refused with a ``SpecError`` naming what was found. Nothing is imported or called.
"""
from __future__ import annotations

from typing import Any

from ..messages import Message, MessageError, message_of
from .errors import SpecError
from .keras_objects import check_dtype, check_keras_objects, check_seed
from .layer_kinds import KIND_BY_KERAS_CLASS, KINDS, Param, layer_kind
from .layers import LayerSpec
from .values import INITIALIZERS, KERAS_ACTIVATIONS, initializer_args, normalize_initializer, normalize_regularizer

# Spec kind <-> Keras class name (from the layer-kind registry; SPEC_KIND is the allow-list for reading).
KERAS_CLASS = {name: kind.keras_class for name, kind in KINDS.items()}
SPEC_KIND = KIND_BY_KERAS_CLASS
_INPUT_SHAPE_KEYS = ("batch_shape", "batch_input_shape", "shape", "input_shape")

# Keras arguments we accept on reading only at these values (anything else would change the maths).
_NEUTRAL = {
    "trainable": (True,), "kernel_constraint": (None,), "bias_constraint": (None,), "quantization_config": (None,),
    "lora_rank": (None,), "lora_alpha": (None,), "noise_shape": (None,), "seed": None, "data_format": ("channels_last", None),
    "beta_regularizer": (None,), "gamma_regularizer": (None,), "beta_constraint": (None,), "gamma_constraint": (None,),
    "synchronized": (False,), "renorm": (False,), "renorm_clipping": (None,), "renorm_momentum": None,
    "dtype": None, "name": None, "sparse": (False, None), "ragged": (False, None), "optional": (False, None),
    "activity_regularizer": (None,), "beta_initializer": "zeros", "gamma_initializer": "ones",
    "moving_mean_initializer": "zeros", "moving_variance_initializer": "ones",
}


def _keras_initializer(value: Any) -> dict[str, Any]:
    name, args = initializer_args(value)
    config = {"seed": None, **args} if name not in ("zeros", "ones") else {}
    return {"module": "keras.initializers", "class_name": INITIALIZERS[name][0], "config": config, "registered_name": None}


def _keras_regularizer(value: Any) -> dict[str, Any] | None:
    reg = normalize_regularizer(value)
    if reg is None:
        return None
    return {"module": "keras.regularizers", "class_name": "L1L2", "config": dict(reg), "registered_name": None}


def _keras_value(param: Param, value: Any, layer: str) -> Any:
    """A parameter's value as Keras writes it (by the parameter's type)."""
    if param.type == "activation" and value not in KERAS_ACTIVATIONS:
        raise SpecError(
            Message(
                "activation {value!r} has no Keras equivalent; Keras knows {names}",
                value=value, names=', '.join(sorted(KERAS_ACTIVATIONS))),
            layer=layer,
        )
    if param.type == "initializer":
        return _keras_initializer(value)
    if param.type == "regularizer":
        return _keras_regularizer(value)
    return value


def layer_to_keras(layer: LayerSpec, dtype: str = "float32") -> dict[str, Any]:
    """The Keras 3 ``{"class_name", "config"}`` of a layer (raises ``SpecError`` for non-Keras settings)."""
    kind = layer_kind(layer.kind)
    c = layer.config
    if kind.inputs == "none":
        config: dict[str, Any] = {"batch_shape": [None, *c["shape"]], "dtype": dtype, "sparse": False, "name": layer.name}
        return {"module": "keras.layers", "class_name": kind.keras_class, "config": config, "registered_name": None}
    policy = {"module": "keras", "class_name": "DTypePolicy", "config": {"name": dtype}, "registered_name": None}
    config = {"name": layer.name, "trainable": True, "dtype": policy}
    for param in kind.params:
        config[param.key] = _keras_value(param, c[param.key], layer.name)
    config.update(kind.keras_constants)
    return {"module": "keras.layers", "class_name": kind.keras_class, "config": config, "registered_name": None}


def _spec_value(param: Param, value: Any, layer: str | None) -> Any:
    """A Keras argument as the spec holds it (by the parameter's type); ``SpecError`` when unsupported."""
    if param.type == "activation":
        if isinstance(value, dict) or value not in KERAS_ACTIVATIONS:
            raise SpecError(
                Message(
                    "activation {value!r} is not supported; expected one of {names}",
                    value=value, names=', '.join(sorted(KERAS_ACTIVATIONS))),
                layer=layer,
            )
        return value
    try:
        if param.type == "initializer":
            return initializer_args(value)[0] if isinstance(value, str) else _initializer_from_keras(value)
        if param.type == "regularizer":
            return normalize_regularizer(value)
    except ValueError as exc:
        raise SpecError(Message("{key}: {problem}", key=param.key, problem=message_of(exc)), layer=layer) from None
    return value


def _input_shape(key: str, value: Any, layer: str | None) -> list[int]:
    dims = list(value)[1:] if key != "shape" else list(value)
    if not dims or not all(isinstance(d, int) and d > 0 for d in dims):
        raise SpecError(Message("unsupported input shape {value!r} (need fixed positive sizes)", value=value), layer=layer)
    return dims


def layer_from_keras(item: dict[str, Any]) -> LayerSpec:
    """A ``LayerSpec`` from a Keras layer config dict, through the allow-list (no code runs)."""
    if not isinstance(item, dict):
        raise SpecError(Message("a layer config must be an object, got {type}", type=type(item).__name__))
    cls = item.get("class_name")
    config = item.get("config") or {}
    name = config.get("name") if isinstance(config, dict) else None
    if cls not in SPEC_KIND:
        what = Message("a Lambda layer (it would run code stored in the file)") if cls == "Lambda" else \
            Message("the layer class {cls!r}", cls=cls)

        raise SpecError(Message(
            "{what} is not supported; annstudio reads {names}",
            what=what, names=', '.join(sorted(SPEC_KIND))), layer=name)
    module = item.get("module")
    if module not in (None, "keras.layers", "keras", "keras.src.layers") or item.get("registered_name") not in (
        None, cls, f"keras.layers>{cls}", f"Keras>{cls}"
    ):
        raise SpecError(Message(
            "layer class {cls!r} comes from {module!r} / {value!r}, not from Keras",
            cls=cls, module=module, value=item.get('registered_name')),
                        layer=name)
    if not isinstance(config, dict) or not isinstance(name, str) or not name:
        raise SpecError(Message("the {cls} layer config has no name", cls=cls))
    kind = layer_kind(SPEC_KIND[cls])
    out: dict[str, Any] = {}
    for key, value in config.items():
        if key in ("name",):
            continue
        check_keras_objects(value, str(key), layer=name)   # no foreign module or custom class in any field
        if key == "dtype":
            check_dtype(value, key, layer=name)
        elif key == "seed":
            check_seed(value, key, layer=name)
        elif kind.inputs == "none" and key in _INPUT_SHAPE_KEYS:
            out["shape"] = _input_shape(key, value, name)
        elif kind.inputs != "none" and kind.has_param(key):
            out[key] = _spec_value(kind.param(key), value, name)
        elif key in kind.keras_constants and value == kind.keras_constants[key]:
            continue
        elif key in _NEUTRAL:
            allowed = _NEUTRAL[key]
            if isinstance(allowed, str):
                if _initializer_name(value) != allowed:
                    raise SpecError(Message(
                        "{key}={value!r} is not supported (only {allowed!r})",
                        key=key, value=value, allowed=allowed), layer=name)
            elif allowed is not None and value not in allowed:
                raise SpecError(Message(
                    "{key}={value!r} is not supported (only {allowed!r})",
                    key=key, value=value, allowed=allowed[0]), layer=name)
        else:
            raise SpecError(Message("unknown setting {key!r} in the {cls} layer config", key=key, cls=cls), layer=name)
    try:
        return LayerSpec(kind.name, name, out)
    except ValueError as exc:
        raise SpecError(str(exc), layer=name) from None


def _initializer_name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        cls = value.get("class_name")
        return {"Zeros": "zeros", "Ones": "ones"}.get(cls, cls) if isinstance(cls, str) else None
    return None


def _initializer_from_keras(value: Any) -> Any:
    if not isinstance(value, dict) or value.get("module") not in (None, "keras.initializers", "keras"):
        raise MessageError(Message("unsupported initializer {value!r}", value=value))
    given = value.get("config") or {}
    if not isinstance(given, dict):
        raise MessageError(Message("unsupported initializer config {value!r}", value=given))
    config = {k: v for k, v in given.items() if k not in ("input_axes", "output_axes")}
    return normalize_initializer({"class_name": value.get("class_name"), "config": config})
