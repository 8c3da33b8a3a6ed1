"""Layer kinds: one entry per kind, the one place that says what a kind is.

An entry (``LayerKind``) holds a kind's defaults and editable parameters (described as data: type,
range, how a problem is worded, the range an editor offers), its automatic-name prefix, its output
shape and parameter counts, its weights (Keras' names, order, shapes and initial values), its Keras
class and the Keras arguments it writes besides its parameters, and a short description.

Everything else reads these entries instead of branching on the kind: ``LayerSpec`` (defaults,
canonical forms), ``ModelSpec`` (validation, shapes, parameter counts, names), ``keras_config`` (the
Keras layer config both ways, and so the ``.h5`` reader's allow-list of layer classes),
``keras_model`` (weights, wiring), the backends (which look up a builder per kind) and the GUI (whose
own table adds colours and texts, and builds the inspector's fields from ``params``).

Adding a kind: one ``LayerKind`` in ``KINDS`` here, a builder in each backend, a row in the GUI's
``gui/layer_kinds.py``.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..messages import Message, MessageError, Term, joined, message_of
from .values import ACTIVATIONS, normalize_initializer, normalize_regularizer

Shape = tuple  # a layer's output shape without the batch dimension, e.g. (8,) or (28, 28)

#: every parameter's name as a word the GUI translates inside a message ("units must be ...")
SETTING_NAMES: dict[str, Term] = {term: term for term in (
    Term("shape"), Term("units"), Term("activation"), Term("use_bias"), Term("kernel_initializer"),
    Term("bias_initializer"), Term("kernel_regularizer"), Term("bias_regularizer"), Term("rate"), Term("axis"),
    Term("momentum"), Term("epsilon"), Term("center"), Term("scale"), Term("offset"),
)}


def setting_name(key: str) -> str:
    """``key`` as a translatable word (a ``Term``) when it is a known parameter name."""
    return SETTING_NAMES.get(key, key)


#: parameter types: what a value is, how it is checked, converted to Keras and edited
PARAM_TYPES = ("int", "float", "bool", "activation", "initializer", "regularizer", "shape", "axis")


def format_shape(shape: tuple) -> str:
    """``(None, 8)`` -> ``"(None, 8)"``, ``(None, 8,)`` for rank 1 as Python writes it: ``"(None, 8)"``."""
    return "(" + ", ".join("None" if d is None else str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass(frozen=True)
class Param:
    """One editable setting of a kind, named as Keras' argument.

    ``low``/``high`` bound the valid values (``low_open``/``high_open``: the bound itself is not
    valid); ``rule`` is how a problem message states the rule (``"units must be <rule>, got 0"``).
    The inspector's fields take exactly this range (``gui/fields.py``): there is no second one.
    Type ``bool`` must be true or false (JSON's own, not text); type ``axis`` is checked by the kind itself.
    """

    key: str
    type: str
    default: Any
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    rule: str = ""   # a Term, e.g. Term("a positive integer")

    def __post_init__(self) -> None:
        if self.type not in PARAM_TYPES:
            raise ValueError(f"unknown parameter type {self.type!r}")

    def in_range(self, value: float) -> bool:
        try:
            if not math.isfinite(value):
                return False
        except OverflowError:  # an int past float range (10**400) is no valid setting
            return False
        if self.low is not None and (value < self.low or self.low_open and value == self.low):
            return False
        return self.high is None or not (value > self.high or self.high_open and value == self.high)

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not valid for this parameter (a ``Message``), or ``None``."""
        t = self.type
        key = setting_name(self.key)
        if t == "int" and (isinstance(value, bool) or not isinstance(value, int) or not self.in_range(value)):
            return Message("{key} must be {rule}, got {value!r}", key=key, rule=self.rule or Term("an integer"),
                           value=value)
        if t == "float" and (not _number(value) or not self.in_range(float(value))):
            return Message("{key} must be {rule}, got {value!r}", key=key, rule=self.rule or Term("a number"),
                           value=value)
        if t == "bool" and not isinstance(value, bool):   # "false" (text) would read as true
            return Message("{key} must be true or false, got {value!r}", key=key, value=value)
        if t == "activation" and value not in ACTIVATIONS:
            return Message("unknown activation {value!r}; expected one of {choices}", value=value,
                           choices=joined(ACTIVATIONS))
        if t in ("initializer", "regularizer"):
            try:
                (normalize_initializer if t == "initializer" else normalize_regularizer)(value)
            except ValueError as exc:
                return Message("{key}: {problem}", key=key, problem=message_of(exc))
        if t == "shape" and (not isinstance(value, (list, tuple)) or not value
                             or not all(isinstance(d, int) and d > 0 for d in value)):
            return Message("Input shape must be a list of positive integers, got {value!r}", value=value)
        return None

    def canonical(self, value: Any) -> Any:
        """The canonical form of a value (equal settings compare equal); invalid values stay as they are."""
        try:
            if self.type == "initializer":
                return normalize_initializer(value)
            if self.type == "regularizer":
                return normalize_regularizer(value)
        except ValueError:
            pass
        return value


@dataclass(frozen=True)
class Weight:
    """One weight of a layer: Keras' name and shape; initial value from a config key or fixed."""

    name: str
    shape: tuple[int, ...]
    trainable: bool = True
    initializer_key: str | None = None   # e.g. "kernel_initializer"
    initial: str = "zeros"               # the initializer when there is no key ("zeros", "ones")
    regularizer_key: str | None = None   # e.g. "kernel_regularizer"

    def initializer(self, config: dict[str, Any]) -> Any:
        return config[self.initializer_key] if self.initializer_key else self.initial

    def regularizer(self, config: dict[str, Any]) -> Any:
        return config.get(self.regularizer_key) if self.regularizer_key else None


OutputFn = Callable[[dict[str, Any], list[Shape]], Shape]
WeightsFn = Callable[[dict[str, Any], list[Shape], Shape], list[Weight]]


def _same_shape(config: dict[str, Any], in_shapes: list[Shape]) -> Shape:
    return in_shapes[0]


def _no_weights(config: dict[str, Any], in_shapes: list[Shape], out: Shape) -> list[Weight]:
    return []


def _num(value: Any) -> str:
    return f"{value:g}" if _number(value) else str(value)


@dataclass(frozen=True)
class LayerKind:
    """What one layer kind is; see the module docstring. ``output`` raises ``ValueError`` with a
    problem message for inputs it cannot take; parameters are checked before it runs."""

    name: str
    prefix: str
    description: str
    params: tuple[Param, ...] = ()
    output: OutputFn = _same_shape
    weights: WeightsFn = _no_weights
    describe: Callable[[dict[str, Any], list[str]], str] = lambda config, inputs: ""
    inputs: str = "one"   # how many inputs it takes: "none" (the Input), "one", "many" (joins layers)
    keras_class: str = ""
    keras_constants: dict[str, Any] = field(default_factory=dict)   # written as they are, read as neutral
    keras_legacy_extra: dict[str, Any] = field(default_factory=dict)  # .h5 (legacy) layer entries only

    @property
    def multi_input(self) -> bool:
        return self.inputs == "many"

    @property
    def defaults(self) -> dict[str, Any]:
        return {p.key: p.default for p in self.params}

    def param(self, key: str) -> Param:
        for p in self.params:
            if p.key == key:
                return p
        raise KeyError(f"{self.name} has no setting {key!r}")

    def has_param(self, key: str) -> bool:
        return any(p.key == key for p in self.params)

    def params_of_type(self, *types: str) -> Iterator[Param]:
        return (p for p in self.params if p.type in types)

    def infer(self, config: dict[str, Any], in_shapes: list[Shape]) -> tuple[Shape, int, int]:
        """(output shape, trainable, non-trainable parameter counts); ``ValueError`` naming the problem."""
        if self.inputs == "one" and len(in_shapes) != 1:
            raise MessageError(Message("{kind} takes exactly one input, got {count}", kind=self.name,
                                       count=len(in_shapes)))
        for p in self.params:
            problem = p.problem(config.get(p.key))
            if problem:
                raise MessageError(problem)
        out = tuple(self.output(config, in_shapes))
        trainable = frozen = 0
        for w in self.weights(config, in_shapes, out):
            size = math.prod(w.shape)
            if w.trainable:
                trainable += size
            else:
                frozen += size
        return out, trainable, frozen


# ----------------------------------------------------------------------------- the kinds
def _input_output(config: dict[str, Any], in_shapes: list[Shape]) -> Shape:
    return tuple(config["shape"])


def _dense_output(config: dict[str, Any], in_shapes: list[Shape]) -> Shape:
    (shape,) = in_shapes
    if len(shape) != 1:
        raise MessageError(Message(
            "Dense expects a flat input but receives shape {shape}; add a Flatten layer before it",
            shape=format_shape((None, *shape))))
    return (config["units"],)


def _dense_weights(config: dict[str, Any], in_shapes: list[Shape], out: Shape) -> list[Weight]:
    units = config["units"]
    weights = [Weight("kernel", (in_shapes[0][-1], units), True, "kernel_initializer", regularizer_key="kernel_regularizer")]
    if config["use_bias"]:
        weights.append(Weight("bias", (units,), True, "bias_initializer", regularizer_key="bias_regularizer"))
    return weights


def _flatten_output(config: dict[str, Any], in_shapes: list[Shape]) -> Shape:
    return (math.prod(in_shapes[0]),)


def _concatenate_output(config: dict[str, Any], in_shapes: list[Shape]) -> Shape:
    if len(in_shapes) < 2:
        raise MessageError(Message("Concatenate needs at least two inputs; choose an extra input from an earlier layer"))
    rank = len(in_shapes[0])
    axis = config.get("axis", -1)
    # Keras counts the batch axis: -1 and ``rank`` both mean the last feature axis; 0 is the batch.
    if isinstance(axis, bool) or not isinstance(axis, int) or not (-rank <= axis <= -1 or 1 <= axis <= rank):
        raise MessageError(Message("axis {axis!r} is out of range for inputs of rank {rank} (use -1 for the last axis)",
                                   axis=axis, rank=rank))
    ax = axis - 1 if axis > 0 else axis % rank
    shapes = ", ".join(format_shape((None, *s)) for s in in_shapes)
    if any(len(s) != rank for s in in_shapes):
        raise MessageError(Message("Concatenate inputs must have the same rank, got {shapes}", shapes=shapes))
    for d in range(rank):
        if d != ax and len({s[d] for s in in_shapes}) > 1:
            raise MessageError(Message("Concatenate inputs must match except on the joined axis, got {shapes}",
                                       shapes=shapes))
    out = list(in_shapes[0])
    out[ax] = sum(s[ax] for s in in_shapes)
    return tuple(out)


def _batchnorm_output(config: dict[str, Any], in_shapes: list[Shape]) -> Shape:
    shape = in_shapes[0]
    if config.get("axis", -1) not in (-1, len(shape)):
        raise MessageError(Message("only the last axis is supported for BatchNormalization, got axis={axis!r}",
                                   axis=config.get("axis")))
    return shape


def _batchnorm_weights(config: dict[str, Any], in_shapes: list[Shape], out: Shape) -> list[Weight]:
    features = (out[-1],)
    weights = []
    if config["scale"]:
        weights.append(Weight("gamma", features, True, initial="ones"))
    if config["center"]:
        weights.append(Weight("beta", features, True, initial="zeros"))
    return weights + [Weight("moving_mean", features, False, initial="zeros"),
                      Weight("moving_variance", features, False, initial="ones")]


def _activation_param(default: str) -> Param:
    return Param("activation", "activation", default)


KINDS: dict[str, LayerKind] = {kind.name: kind for kind in (
    LayerKind(
        "Input", "input", "where the features of one sample enter the network",
        params=(Param("shape", "shape", [2]),),
        output=_input_output,
        inputs="none",
        describe=lambda c, inputs: "x".join(str(d) for d in c["shape"]),
        keras_class="InputLayer",
        keras_legacy_extra={"ragged": False, "optional": False},
    ),
    LayerKind(
        "Dense", "dense", "fully connected: y = f(x·W + b)",
        params=(
            Param("units", "int", 8, low=1, rule=Term("a positive integer")),
            _activation_param("linear"),
            Param("use_bias", "bool", True),
            Param("kernel_initializer", "initializer", "glorot_uniform"),
            Param("bias_initializer", "initializer", "zeros"),
            Param("kernel_regularizer", "regularizer", None, low=0.0),   # l1, l2 factors
            Param("bias_regularizer", "regularizer", None, low=0.0),
        ),
        output=_dense_output,
        weights=_dense_weights,
        describe=lambda c, inputs: f"{c['units']}, {c['activation']}",
        keras_class="Dense",
        keras_constants={"kernel_constraint": None, "bias_constraint": None},
    ),
    LayerKind(
        "Activation", "activation", "applies an activation function to every value",
        params=(_activation_param("relu"),),
        describe=lambda c, inputs: str(c["activation"]),
        keras_class="Activation",
    ),
    LayerKind(
        "Dropout", "dropout", "zeroes a random fraction of the values while training",
        params=(Param("rate", "float", 0.5, low=0.0, high=1.0, high_open=True, rule=Term("a number in [0, 1)")),),
        describe=lambda c, inputs: f"rate {c['rate']}",
        keras_class="Dropout",
        keras_constants={"seed": None, "noise_shape": None},
    ),
    LayerKind(
        "Flatten", "flatten", "reshapes an image into one vector",
        output=_flatten_output,
        keras_class="Flatten",
        keras_constants={"data_format": "channels_last"},
    ),
    LayerKind(
        "Concatenate", "concatenate", "joins the outputs of several layers side by side",
        params=(Param("axis", "axis", -1),),
        output=_concatenate_output,
        describe=lambda c, inputs: " + ".join(inputs),
        inputs="many",
        keras_class="Concatenate",
    ),
    LayerKind(
        "BatchNormalization", "batch_normalization", "normalises each feature over the batch, then scales and shifts",
        params=(
            Param("axis", "axis", -1),
            Param("momentum", "float", 0.99, low=0.0, high=1.0, high_open=True, rule=Term("in [0, 1)")),
            Param("epsilon", "float", 0.001, low=0.0, low_open=True, rule=Term("> 0")),
            Param("center", "bool", True),
            Param("scale", "bool", True),
        ),
        output=_batchnorm_output,
        weights=_batchnorm_weights,
        keras_class="BatchNormalization",
    ),
    LayerKind(
        "Rescaling", "rescaling", "y = x·scale + offset for every value, e.g. pixels / 255 (no weights)",
        params=(
            Param("scale", "float", 1 / 255, rule=Term("a finite number")),
            Param("offset", "float", 0.0, rule=Term("a finite number")),
        ),
        describe=lambda c, inputs: f"scale {_num(c['scale'])}, offset {_num(c['offset'])}",
        keras_class="Rescaling",
    ),
)}

LAYER_KINDS = tuple(KINDS)
# Kind -> default config. The keys are exactly the Keras layer arguments we support.
LAYER_DEFAULTS: dict[str, dict[str, Any]] = {name: kind.defaults for name, kind in KINDS.items()}
# The prefix used for automatic names, as Keras does (dense, dense_1, ...).
NAME_PREFIX: dict[str, str] = {name: kind.prefix for name, kind in KINDS.items()}
# Keras class name -> kind (the allow-list of layer classes a Keras config or .h5 file may use).
KIND_BY_KERAS_CLASS: dict[str, str] = {kind.keras_class: name for name, kind in KINDS.items()}


def layer_kind(name: str) -> LayerKind:
    """The entry of kind ``name``; ``ValueError`` naming the kinds there are."""
    try:
        return KINDS[name]
    except KeyError:
        raise MessageError(Message("unknown layer kind {kind!r}; expected one of {choices}", kind=name,
                                   choices=joined(LAYER_KINDS))) from None

