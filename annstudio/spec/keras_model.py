"""Whole-model mapping between a ``ModelSpec`` and Keras 3's model config (the training config: ``training``).

``model_to_keras_config(spec)`` gives what Keras 3.15.1 itself writes as ``model_config`` in an ``.h5``
file: a ``Sequential`` for a plain stack, otherwise a ``Functional`` whose layers carry ``inbound_nodes``
in Keras 3's ``__keras_tensor__`` form. Layer entries carry no ``module`` key, as in Keras' legacy (``.h5``)
serialization; nested objects (initializers, dtype policies) do.

``model_from_keras_config(cfg)`` reads both model classes, both ``inbound_nodes`` forms (Keras 3's and
the older ``[[[layer, node, tensor, kwargs], ...]]``) and a ``Sequential`` nested inside a model (its
layers are flattened into the spec). Every layer goes through ``keras_config.layer_from_keras``'s
allow-list; the config is plain data that is inspected, never imported or called.

``read_keras_config(cfg)`` also returns how Keras groups the weights (one group per entry of
``model.layers``; a nested ``Sequential`` is one group holding its sublayers' weights, trainable first),
which the ``.h5`` reader needs to map weights by position.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any

from ..messages import Message, Term
from .errors import SpecError
from .keras_config import SPEC_KIND, layer_from_keras, layer_to_keras
from .keras_objects import check_dtype, check_keras_objects
from .layer_kinds import Weight, layer_kind
from .layers import LayerSpec
from .model import ModelSpec

DTYPES = ("float32", "float64")
_MAX_LAYERS = 100_000
_MAX_DEPTH = 16   # nested Sequential models


# --------------------------------------------------------------------------- weights
def layer_weights(spec: ModelSpec) -> dict[str, list[Weight]]:
    """``{layer name: [Weight, ...]}`` in Keras' order (names, shapes, trainable, initial values) for
    every layer of a valid spec (weightless layers map to ``[]``). Raises ``SpecError`` for an invalid spec."""
    infos = spec.validate()
    shapes = {info.name: info.output_shape for info in infos}
    return {
        layer.name: layer_kind(layer.kind).weights(layer.config, [shapes[s] for s in spec.input_names(i)], shapes[layer.name])
        for i, layer in enumerate(spec.layers)
    }


def layer_weight_shapes(spec: ModelSpec) -> dict[str, list[tuple[str, tuple[int, ...], bool]]]:
    """``{layer name: [(weight name, shape, trainable), ...]}`` in Keras' order, for every layer of a
    valid spec (weightless layers map to ``[]``). Raises ``SpecError`` for an invalid spec."""
    return {name: [(w.name, tuple(w.shape), w.trainable) for w in ws] for name, ws in layer_weights(spec).items()}


def weight_keys(spec: ModelSpec) -> list[str]:
    """All ``"layer/weight"`` keys of a spec in Keras' order (what ``get_weights`` returns)."""
    return [f"{name}/{w}" for name, ws in layer_weight_shapes(spec).items() for w, _, _ in ws]


# --------------------------------------------------------------------------- writing
def _dtype_policy(dtype: str) -> dict[str, Any]:
    return {"module": "keras", "class_name": "DTypePolicy", "config": {"name": dtype}, "registered_name": None}


def _layer_entry(layer: LayerSpec, dtype: str) -> dict[str, Any]:
    item = layer_to_keras(layer, dtype)
    # Keras' legacy (.h5) serialization writes layers without "module"/"registered_name" and
    # InputLayer with Keras' full argument list.
    entry = {"class_name": item["class_name"], "config": item["config"]}
    extra = layer_kind(layer.kind).keras_legacy_extra
    if extra:
        entry["config"] = {**item["config"], **extra}
        entry["config"]["name"] = entry["config"].pop("name")
    return entry


def model_to_keras_config(spec: ModelSpec, dtype: str = "float32") -> dict[str, Any]:
    """The Keras 3 ``{"class_name": "Sequential" | "Functional", "config": {...}}`` of a valid spec.

    Raises ``SpecError`` for an invalid spec or a setting Keras does not have (e.g. a ``step`` activation).
    """
    if dtype not in DTYPES:
        raise SpecError(Message(
            "dtype must be one of {names}, got {dtype!r}",
            names=', '.join(DTYPES), dtype=dtype))
    infos = spec.validate()
    shapes = {info.name: info.output_shape for info in infos}
    if spec.is_plain_stack:
        config: dict[str, Any] = {
            "name": spec.name, "trainable": True, "dtype": _dtype_policy(dtype),
            "layers": [_layer_entry(layer, dtype) for layer in spec.layers],
            "build_input_shape": [None, *spec.input_shape],
        }
        return {"class_name": "Sequential", "config": config}

    def tensor(source: str) -> dict[str, Any]:
        return {"class_name": "__keras_tensor__",
                "config": {"shape": [None, *shapes[source]], "dtype": dtype, "keras_history": [source, 0, 0]}}

    layers = []
    for i, layer in enumerate(spec.layers):
        entry = _layer_entry(layer, dtype)
        entry["name"] = layer.name
        sources = spec.input_names(i)
        if not sources:
            entry["inbound_nodes"] = []
        elif layer_kind(layer.kind).multi_input:
            entry["inbound_nodes"] = [{"args": [[tensor(s) for s in sources]], "kwargs": {}}]
        else:
            entry["inbound_nodes"] = [{"args": [tensor(sources[0])], "kwargs": {}}]
        layers.append(entry)
    config = {
        "name": spec.name, "trainable": True, "layers": layers,
        "input_layers": [spec.layers[0].name, 0, 0], "output_layers": [spec.layers[-1].name, 0, 0],
    }
    return {"class_name": "Functional", "config": config}


# --------------------------------------------------------------------------- reading
@dataclass(frozen=True)
class KerasLayout:
    """What a Keras model config says, in annstudio's terms.

    ``groups``: one entry per Keras ``model.layers`` entry (the ``.h5`` weight groups, in order):
    ``(keras layer name, spec layer names whose weights the group holds)``; a nested ``Sequential``
    holds several. ``dtype``: the input's dtype when it is float32/float64, else ``None``.
    """

    spec: ModelSpec
    groups: tuple[tuple[str, tuple[str, ...]], ...]
    dtype: str | None


def model_from_keras_config(cfg: Any) -> ModelSpec:
    """A validated ``ModelSpec`` from a Keras model config (``SpecError`` naming what was refused)."""
    return read_keras_config(cfg).spec


def read_keras_config(cfg: Any) -> KerasLayout:
    """Parse a Keras ``Sequential``/``Functional`` config; see ``KerasLayout``. Raises ``SpecError``."""
    if not isinstance(cfg, dict) or not isinstance(cfg.get("config"), dict):
        raise SpecError(Message("a Keras model config must be an object with 'class_name' and 'config'"))
    reader = _Reader()
    cls = cfg.get("class_name")
    _check_model_class(cfg)
    config = cfg["config"]
    name = config.get("name") if isinstance(config.get("name"), str) and config.get("name") else "model"
    out = reader.sequential(config, None, name, depth=0, top=True) if cls == "Sequential" else reader.functional(config)
    spec = reader.build_spec(out, name)
    # A backstop for the fields the walk above does not read (e.g. a layer entry's ``build_config``):
    # nothing anywhere in the config may name a foreign module or a custom class.
    check_keras_objects(cfg, "model_config", classes={*SPEC_KIND, "InputLayer", "Sequential", "Functional", "Model"})
    return KerasLayout(spec, tuple((g, tuple(names)) for g, names in reader.top_groups), reader.dtype)


def _check_model_class(item: dict[str, Any]) -> None:
    cls = item.get("class_name")
    if cls in ("Functional", "Model") and item.get("module") in (None, "keras", "keras.models", "keras.src.models.functional"):
        if item.get("registered_name") in (None, "Functional", "Model"):
            return
    if cls == "Sequential" and item.get("module") in (None, "keras", "keras.models", "keras.src.models.sequential"):
        if item.get("registered_name") in (None, "Sequential"):
            return
    if cls in ("Sequential", "Functional", "Model"):
        raise SpecError(
            Message(
                "model class {cls!r} comes from {module!r} / {registered!r}, not from Keras",
                cls=cls, module=item.get("module"), registered=item.get("registered_name"))
        )
    raise SpecError(Message(
        "the model class {cls!r} is not supported; annstudio reads Sequential and Functional models",
        cls=cls))


class _Reader:
    """Collects layers (``LayerSpec`` with explicit source names) while walking a (nested) config."""

    def __init__(self) -> None:
        self.layers: list[LayerSpec] = []       # in discovery order; inputs hold (renamed) source names
        self.names: set[str] = set()
        self.input_name: str | None = None
        self.dtype: str | None = None
        self.top_groups: list[tuple[str, list[str]]] = []

    # ----------------------------------------------------------- helpers
    def unique(self, name: str, prefix: str | None) -> str:
        if name not in self.names:
            return name
        base = f"{prefix}_{name}" if prefix else name
        candidate, i = base, 1
        while candidate in self.names:
            candidate = f"{base}_{i}"
            i += 1
        return candidate

    def add_input(self, item: dict[str, Any]) -> str:
        layer = layer_from_keras(_plain(item))
        if self.input_name is not None:
            raise SpecError(
                Message(
                    "the model has more than one Input layer ({input_name!r} and {name!r}); annstudio models have "
                    "exactly one input",
                    input_name=self.input_name, name=layer.name)
            )
        dtype = (item.get("config") or {}).get("dtype")
        self.dtype = dtype if dtype in DTYPES else None
        self.names.add(layer.name)
        self.input_name = layer.name
        self.layers.append(layer)
        return layer.name

    def add_layer(self, item: dict[str, Any], sources: list[str], prefix: str | None) -> str:
        if len(self.layers) >= _MAX_LAYERS:
            raise SpecError(Message("the model has more than {max_layers} layers", max_layers=_MAX_LAYERS))
        layer = layer_from_keras(_plain(item))
        layer.name = self.unique(layer.name, prefix)
        layer.inputs = list(sources)
        self.names.add(layer.name)
        self.layers.append(layer)
        return layer.name

    # ----------------------------------------------------------- Sequential
    def sequential(self, config: dict[str, Any], source: str | None, name: str, depth: int, top: bool) -> str:
        """Add a Sequential's layers fed by ``source`` (``None``: it must start with its own input);
        return the name of its output layer. Top level: records one weight group per layer."""
        if depth > _MAX_DEPTH:
            raise SpecError(Message("models are nested more than {max_depth} deep", max_depth=_MAX_DEPTH))
        items = config.get("layers")
        if not isinstance(items, list):
            raise SpecError(Message("the Sequential model {name!r} has no 'layers' list", name=name))
        _check_keys(config, {"name", "trainable", "dtype", "layers", "build_input_shape"},
                    Message("Sequential model {name!r}", name=name))
        check_dtype(config.get("dtype"), "dtype", layer=name)
        check_keras_objects(config.get("build_input_shape"), "build_input_shape", layer=name)
        if config.get("trainable", True) is not True:
            raise SpecError(Message(
                "the Sequential model {name!r} is frozen (trainable=False), which is not supported",
                name=name))
        current = source
        prefix = None if top else name
        for k, item in enumerate(items):
            if not isinstance(item, dict):
                raise SpecError(Message("layer #{k} of {name!r} is not an object", k=k, name=name))
            cls = item.get("class_name")
            if cls == "InputLayer":
                if k != 0:
                    raise SpecError(Message(
                        "the Sequential model {name!r} has an InputLayer at position {k}",
                        name=name, k=k))
                if top:
                    current = self.add_input(item)
                continue
            item, layer_shape = _split_input_shape(item)
            if current is None:
                if layer_shape is not None:   # Keras 2: the first layer carries the input shape
                    dtype = (item.get("config") or {}).get("dtype")
                    current = self.add_input({"class_name": "InputLayer", "config": {
                        "batch_shape": layer_shape, "dtype": dtype if isinstance(dtype, str) else None,
                        "name": self.unique("input_layer", None)}})
                else:
                    current = self.add_input(_input_from_build_shape(config, name))
            if cls in ("Sequential", "Functional", "Model"):
                current, members = self.nested(item, current, depth + 1)
                if top:
                    self.top_groups.append((_item_name(item), members))
                continue
            current = self.add_layer(item, [current], prefix)
            if top:
                self.top_groups.append((_item_name(item), [current]))
        if current is None:
            current = self.add_input(_input_from_build_shape(config, name))
        return current

    def nested(self, item: dict[str, Any], source: str, depth: int) -> tuple[str, list[str]]:
        """Flatten a nested Sequential fed by ``source``; (its output name, the spec layers it holds)."""
        _check_model_class(item)
        if item.get("class_name") != "Sequential":
            raise SpecError(
                Message(
                    "the nested model {name!r} is a Functional model; annstudio reads nested Sequential models only",
                    name=_item_name(item))
            )
        config = item.get("config")
        if not isinstance(config, dict):
            raise SpecError(Message("the nested model {name!r} has no config", name=_item_name(item)))
        before = len(self.layers)
        out = self.sequential(config, source, _item_name(item), depth, top=False)
        return out, [layer.name for layer in self.layers[before:]]

    # ----------------------------------------------------------- Functional
    def functional(self, config: dict[str, Any]) -> str:
        items = config.get("layers")
        if not isinstance(items, list) or not items:
            raise SpecError(Message("the Functional model has no 'layers' list"))
        _check_keys(config, {"name", "trainable", "layers", "input_layers", "output_layers"}, Term("Functional model"))

        if config.get("trainable", True) is not True:
            raise SpecError(Message("the model is frozen (trainable=False), which is not supported"))
        inputs = _tensor_refs(config.get("input_layers"), "input_layers")
        outputs = _tensor_refs(config.get("output_layers"), "output_layers")
        if len(inputs) != 1:
            raise SpecError(
                Message(
                    "the model has {count} inputs ({names}); annstudio models have exactly one input",
                    count=len(inputs), names=', '.join(repr(r[0]) for r in inputs))
            )
        if len(outputs) != 1:
            raise SpecError(
                Message(
                    "the model has {count} outputs ({names}); annstudio models have exactly one output",
                    count=len(outputs), names=', '.join(repr(r[0]) for r in outputs))
            )
        by_name: dict[str, tuple[dict[str, Any], list[str]]] = {}
        order: list[str] = []
        n_inputs = sum(1 for item in items if isinstance(item, dict) and item.get("class_name") == "InputLayer")
        if n_inputs > 1:
            names = [_item_name(item) for item in items if isinstance(item, dict) and item.get("class_name") == "InputLayer"]
            raise SpecError(
                Message(
                    "the model has {n_inputs} Input layers ({names}); annstudio models have exactly one input",
                    n_inputs=n_inputs, names=', '.join(map(repr, names)))
            )
        for k, item in enumerate(items):
            if not isinstance(item, dict):
                raise SpecError(Message("layer #{k} of the model is not an object", k=k))
            name = _item_name(item)
            if name in by_name:
                raise SpecError(Message("two layers are named {name!r}", name=name))
            by_name[name] = (item, _inbound_sources(item, name))
            order.append(name)
        for name, (_item, sources) in by_name.items():
            for s in sources:
                if s not in by_name:
                    raise SpecError(Message(
                        "layer {name!r} takes input from {s!r}, which is not in the model",
                        name=name, s=s), layer=name)
        if inputs[0][0] not in by_name or by_name[inputs[0][0]][0].get("class_name") != "InputLayer":
            raise SpecError(Message(
                "the model input {inputs!r} is not an InputLayer of the model",
                inputs=inputs[0][0]))
        if outputs[0][0] not in by_name:
            raise SpecError(Message(
                "the model output {outputs!r} is not a layer of the model",
                outputs=outputs[0][0]))
        # Stable topological order: the file's order wherever the wiring allows it.
        position = {name: k for k, name in enumerate(order)}
        waiting = {name: len(set(sources)) for name, (_, sources) in by_name.items()}
        users: dict[str, list[str]] = {name: [] for name in order}
        for name, (_, sources) in by_name.items():
            for s in set(sources):
                users[s].append(name)
        ready = [position[name] for name, n in waiting.items() if n == 0]
        heapq.heapify(ready)
        placed: dict[str, str] = {}   # keras name -> spec name of its output
        groups: dict[str, list[str]] = {}
        while ready:
            name = order[heapq.heappop(ready)]
            item, sources = by_name[name]
            cls = item.get("class_name")
            if cls == "InputLayer":
                placed[name] = self.add_input(item)
                groups[name] = []
            elif not sources:
                raise SpecError(Message("layer {name!r} is not connected to any input", name=name), layer=name)
            elif cls in ("Sequential", "Functional", "Model"):
                if len(sources) != 1:
                    raise SpecError(Message(
                        "the nested model {name!r} must take exactly one input",
                        name=name), layer=name)
                placed[name], groups[name] = self.nested(item, placed[sources[0]], 1)
            else:
                placed[name] = self.add_layer(item, [placed[s] for s in sources], None)
                groups[name] = [placed[name]]
            for user in users[name]:
                waiting[user] -= 1
                if waiting[user] == 0:
                    heapq.heappush(ready, position[user])
        if len(placed) != len(order):
            stuck = [name for name in order if name not in placed]
            raise SpecError(Message("the layers form a cycle or are not connected: {names}",
                                    names=", ".join(map(repr, stuck[:10]))))

        # Keras lists the weight groups (``model.layers``) in the config's order.
        self.top_groups.extend((name, groups[name]) for name in order)
        return placed[outputs[0][0]]

    # ----------------------------------------------------------- result
    def build_spec(self, output: str, name: str) -> ModelSpec:
        if self.input_name is None:
            raise SpecError(Message("the model has no Input layer and no input shape"))
        # Order: as discovered (topological), so every ancestor of the output comes before it; a layer
        # after it does not feed it (annstudio's output is the last layer, and every layer must be used).
        index = {layer.name: i for i, layer in enumerate(self.layers)}
        extra = [layer.name for layer in self.layers[index[output] + 1:]]
        if extra:
            raise SpecError(Message(
                "layer(s) {names} do not lead to the model output {output!r}",
                names=', '.join(map(repr, extra)), output=output))
        layers = []
        for i, layer in enumerate(self.layers):
            if not layer_kind(layer.kind).multi_input and i > 0 and layer.inputs == [self.layers[i - 1].name]:
                layer.inputs = []   # "the layer before me": a plain stack needs no wiring
            layers.append(layer)
        spec = ModelSpec(layers, name)
        spec.validate()
        return spec


def _plain(item: dict[str, Any]) -> dict[str, Any]:
    """The part of a layer entry that describes the layer itself (what ``layer_from_keras`` checks),
    with the spellings Keras itself converts on loading (``axis: [n]`` -> ``n``)."""
    out = {k: v for k, v in item.items() if k in ("class_name", "config", "module", "registered_name")}
    config = out.get("config")
    if isinstance(config, dict) and isinstance(config.get("axis"), list) and len(config["axis"]) == 1:
        out["config"] = {**config, "axis": config["axis"][0]}
    return out


def _split_input_shape(item: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    """A layer entry without the Keras 2 ``batch_input_shape``/``input_shape`` argument, and that shape."""
    config = item.get("config")
    if item.get("class_name") == "InputLayer" or not isinstance(config, dict):
        return item, None
    shape = None
    if "batch_input_shape" in config:
        shape = config["batch_input_shape"]
    elif "input_shape" in config:
        shape = [None, *config["input_shape"]] if isinstance(config["input_shape"], list) else config["input_shape"]
    if shape is None and "batch_input_shape" not in config and "input_shape" not in config:
        return item, None
    config = {k: v for k, v in config.items() if k not in ("batch_input_shape", "input_shape")}
    return {**item, "config": config}, shape


def _item_name(item: dict[str, Any]) -> str:
    name = item.get("name")
    if name is None and isinstance(item.get("config"), dict):
        name = item["config"].get("name")
    if not isinstance(name, str) or not name:
        raise SpecError(Message("a {value!r} layer has no name", value=item.get('class_name')))
    return name


def _check_keys(config: dict[str, Any], allowed: set[str], what: str) -> None:
    unknown = set(config) - allowed
    if unknown:
        raise SpecError(Message(
            "unknown setting(s) {names} in the {what} config",
            names=', '.join(sorted(map(str, unknown))), what=what))


def _input_from_build_shape(config: dict[str, Any], name: str) -> dict[str, Any]:
    shape = config.get("build_input_shape")
    if not isinstance(shape, list) or len(shape) < 2:
        raise SpecError(Message(
            "the Sequential model {name!r} has neither an InputLayer nor a build_input_shape",
            name=name))
    policy = config.get("dtype")
    dtype = policy.get("config", {}).get("name") if isinstance(policy, dict) else policy
    return {"class_name": "InputLayer", "config": {"batch_shape": shape, "dtype": dtype, "name": "input_layer"}}


def _tensor_refs(value: Any, what: str) -> list[tuple[str, int, int]]:
    """``["a", 0, 0]`` or ``[["a", 0, 0], ...]`` -> list of (layer, node, tensor)."""
    if isinstance(value, list) and len(value) == 3 and isinstance(value[0], str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise SpecError(Message(
            "'{what}' must list [layer, node, tensor] entries, got {value!r:.100}",
            what=what, value=value))
    refs = []
    for ref in value:
        if not (isinstance(ref, list) and len(ref) == 3 and isinstance(ref[0], str)
                and all(isinstance(x, int) and not isinstance(x, bool) for x in ref[1:])):
            raise SpecError(Message(
                "'{what}' must list [layer, node, tensor] entries, got {ref!r:.100}",
                what=what, ref=ref))
        if ref[1] != 0 or ref[2] != 0:
            raise SpecError(Message(
                "'{what}' refers to output {ref} of call {ref2} of {ref3!r}; annstudio supports layers called once "
                "with one output",
                what=what, ref=ref[2], ref2=ref[1], ref3=ref[0]))
        refs.append((ref[0], 0, 0))
    return refs


def _history(ref: Any, layer: str) -> str:
    """The source layer of one inbound tensor reference (node and tensor index must be 0)."""
    if not (isinstance(ref, list) and len(ref) in (3, 4) and isinstance(ref[0], str)
            and all(isinstance(x, int) and not isinstance(x, bool) for x in ref[1:3])):
        raise SpecError(Message("unreadable input reference {ref!r:.100}", ref=ref), layer=layer)
    if ref[1] != 0 or ref[2] != 0:
        raise SpecError(
            Message(
                "takes output {ref} of call {ref2} of {ref3!r}; shared layers (called more than once) and "
                "multi-output layers are not supported",
                ref=ref[2], ref2=ref[1], ref3=ref[0]), layer=layer,
        )
    if len(ref) == 4:
        _check_call_kwargs(ref[3], layer)
    return ref[0]


def _check_call_kwargs(kwargs: Any, layer: str) -> None:
    if not isinstance(kwargs, dict):
        raise SpecError(Message("unreadable call arguments {kwargs!r:.100}", kwargs=kwargs), layer=layer)
    bad = {k: v for k, v in kwargs.items() if v is not None}
    if bad:
        raise SpecError(Message("call arguments {bad!r:.100} are not supported", bad=bad), layer=layer)


def _keras_tensors(value: Any, layer: str, out: list[str]) -> None:
    if isinstance(value, list):
        for v in value:
            _keras_tensors(v, layer, out)
        return
    if isinstance(value, dict) and value.get("class_name") == "__keras_tensor__" and isinstance(value.get("config"), dict):
        out.append(_history(value["config"].get("keras_history"), layer))
        return
    raise SpecError(Message(
        "unsupported call argument {value!r:.100} (only layer outputs may be passed)",
        value=value), layer=layer)


def _inbound_sources(item: dict[str, Any], name: str) -> list[str]:
    nodes = item.get("inbound_nodes", [])
    check_keras_objects(nodes, "inbound_nodes", layer=name)
    if not isinstance(nodes, list):
        raise SpecError(Message("'inbound_nodes' must be a list"), layer=name)
    if item.get("class_name") == "InputLayer":
        if nodes:
            raise SpecError(Message("an InputLayer cannot have inputs"), layer=name)
        return []
    if len(nodes) > 1:
        raise SpecError(Message(
            "the layer is called {count} times; shared layers are not supported",
            count=len(nodes)), layer=name)
    if not nodes:
        return []
    node = nodes[0]
    sources: list[str] = []
    if isinstance(node, list):            # older form: [[layer, node, tensor, kwargs], ...]
        for ref in node:
            sources.append(_history(ref, name))
    elif isinstance(node, dict):          # Keras 3: {"args": [...], "kwargs": {...}}
        args, kwargs = node.get("args"), node.get("kwargs", {})
        if not isinstance(args, list) or len(args) != 1:
            raise SpecError(Message(
                "unsupported call arguments {args!r:.100} (one input or one list of inputs)",
                args=args), layer=name)
        _keras_tensors(args[0], name, sources)
        _check_call_kwargs(kwargs if kwargs is not None else {}, name)
        unknown = set(node) - {"args", "kwargs"}
        if unknown:
            raise SpecError(Message(
                "unknown key(s) {names} in an inbound node",
                names=', '.join(sorted(unknown))), layer=name)
    else:
        raise SpecError(Message("unreadable inbound node {node!r:.100}", node=node), layer=name)
    cls = item.get("class_name")   # unknown classes are refused with the layer itself
    joins = isinstance(cls, str) and cls in SPEC_KIND and layer_kind(SPEC_KIND[cls]).multi_input
    if not joins and len(sources) != 1:
        raise SpecError(Message("takes {count} inputs, expected 1", count=len(sources)), layer=name)
    return sources
