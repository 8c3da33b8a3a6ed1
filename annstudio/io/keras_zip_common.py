"""What the ``.keras`` writer and reader share: the archive's members, the error type, and where Keras 3
keeps each layer's weights inside ``model.weights.h5``.

Keras 3's native format (``model.save("m.keras")``, keras/src/saving/saving_lib.py) is a zip archive:

- ``config.json``: ``serialize_keras_object(model)``: ``{"module", "class_name", "config", "registered_name",
  "build_config", "compile_config"}``; layer entries carry ``module``/``registered_name``/``build_config``;
- ``metadata.json``: ``{"keras_version", "date_saved"}`` (annstudio adds ``annstudio_version`` and, for a
  model trained on computed input features, ``annstudio_features``; Keras never reads this member);
- ``model.weights.h5``: one group per saveable object, named by where Keras' walk finds it, not by the
  layer's name: the model's layers are the container ``layers``, each named by its class in snake case,
  numbered per class in ``model.layers`` order (``layers/dense/vars/0``, ``layers/dense_1/vars/0``,
  ``layers/batch_normalization/vars/3``); a nested model's layers below it
  (``layers/sequential/layers/dense/vars/0``). A ``vars`` group holds the layer's variables as datasets
  ``"0"``, ``"1"``, ... (trainable first, then the others) and the layer's name as attribute ``name``.
  ``model.layers`` leaves out a Sequential's InputLayer and includes a Functional's; a Functional model
  orders its layers as ``keras.src.ops.function.map_graph`` does (``keras_layer_order``).
  The optimizer's variables are in ``optimizer/vars``: the iteration count, the learning rate, then the slots
  of the trainable variables in the order Keras' optimizer builds them (``keras_zip_write.KERAS_SLOT_CALLS``).
  annstudio writes them from the run's optimizer state (an optimizer that has not stepped when there is
  none), and keeps its own resume state in ``annstudio_state``, the group its ``.h5`` files use, which Keras
  never visits.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..messages import Message
from ..spec import SpecError
from ..spec.keras_model import _inbound_sources, _item_name
from .h5_common import H5Error

CONFIG_MEMBER = "config.json"
METADATA_MEMBER = "metadata.json"
WEIGHTS_MEMBER = "model.weights.h5"
MEMBERS = (METADATA_MEMBER, CONFIG_MEMBER, WEIGHTS_MEMBER)
FEATURES_KEY = "annstudio_features"
SCALING_KEY = "annstudio_scaling"
ZIP_SIGNATURE = b"PK\x03\x04"


class KerasFileError(H5Error):
    """A ``.keras`` file that cannot be read or written; the message names the file and the problem.

    A subclass of ``H5Error``, so every place that reports a bad ``.h5`` reports a bad ``.keras`` too."""


def snake_case(name: str) -> str:
    """Keras' ``naming.to_snake_case``: ``BatchNormalization`` -> ``batch_normalization``."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def keras_layer_order(names: Sequence[str], sources: Mapping[str, Sequence[str]], output: str) -> list[str]:
    """The order of a Functional model's ``model.layers`` when Keras builds it (``map_graph``): layers by
    decreasing depth (the longest path to the output), ties by first visit in a depth-first walk from the
    output through each layer's inputs in call order. Layers that do not lead to the output keep their
    place at the end (annstudio refuses such models elsewhere)."""
    visit_index: dict[str, int] = {}
    finished: list[str] = []
    done: set[str] = set()
    stack: list[tuple[str, int]] = [(output, 0)]
    while stack:   # iterative depth-first walk (a deep stack must not hit Python's recursion limit)
        name, k = stack.pop()
        if k == 0:
            if name in done:
                continue
            visit_index.setdefault(name, len(visit_index))
        inputs = list(sources.get(name, ()))
        if k < len(inputs):
            stack.append((name, k + 1))
            if inputs[k] not in done:
                stack.append((inputs[k], 0))
            continue
        if name not in done:
            done.add(name)
            finished.append(name)
    depth: dict[str, int] = {}
    for name in reversed(finished):
        d = depth.setdefault(name, 0)
        for source in sources.get(name, ()):
            depth[source] = max(d + 1, depth.get(source, 0))
    ordered = sorted(finished, key=lambda n: (-depth[n], visit_index[n]))
    return ordered + [n for n in names if n not in done]


def _numbered(used: dict[str, int], base: str) -> str:
    """Keras' ``_get_unique_name``: ``dense``, ``dense_1``, ``dense_2``..."""
    if base in used:
        used[base] += 1
        return f"{base}_{used[base]}"
    used[base] = 0
    return base


def weight_paths(model_config: dict[str, Any], groups: Sequence[tuple[str, Sequence[str]]] = ()
                 ) -> list[tuple[str, str | None]]:
    """``(path of the layer's group in model.weights.h5, spec layer name)`` for every layer of a Keras model
    config, in Keras' order; the spec name is ``None`` for an InputLayer.

    ``groups``: ``KerasLayout.groups`` (which spec layers each top-level Keras layer holds: itself, or a nested
    Sequential's layers in order); without it the Keras names are used. Raises ``SpecError`` for a
    malformed config."""
    members = {name: list(names) for name, names in groups}
    out: list[tuple[str, str | None]] = []
    for path, item, top, nested in _leaves(model_config, "", None, 0):
        if item.get("class_name") == "InputLayer":
            if not nested:
                out.append((path, None))
            continue
        held = members.get(top) if top is not None else None
        if held:
            out.append((path, held.pop(0)))
        else:
            out.append((path, _item_name(item)))
    return out


def _leaves(model_config: dict[str, Any], prefix: str, top: str | None, depth: int
            ) -> Iterator[tuple[str, dict[str, Any], str | None, bool]]:
    """``(path, layer entry, top-level Keras name, inside a nested model)`` for each non-model layer."""
    if depth > 16:
        raise SpecError(Message("models are nested more than {max_depth} deep", max_depth=16))
    cls = model_config.get("class_name")
    config = model_config.get("config")
    if not isinstance(config, dict) or not isinstance(config.get("layers"), list):
        raise SpecError(Message("the model config has no 'layers' list"))
    items = [item for item in config["layers"] if isinstance(item, dict)]
    if cls == "Sequential":
        ordered = [item for item in items if item.get("class_name") != "InputLayer"]
    else:
        by_name = {_item_name(item): item for item in items}
        sources = {name: _inbound_sources(item, name) for name, item in by_name.items()}
        output = config.get("output_layers")
        while isinstance(output, list) and output and isinstance(output[0], list):   # [[name, 0, 0]]
            output = output[0]
        out_name = output[0] if isinstance(output, list) and output else None
        if not isinstance(out_name, str) or out_name not in by_name:
            raise SpecError(Message("the model output {name!r} is not a layer of the model", name=out_name))
        ordered = [by_name[name] for name in keras_layer_order(list(by_name), sources, out_name)]
    used: dict[str, int] = {}
    for item in ordered:
        name = _item_name(item)
        path = f"{prefix}layers/{_numbered(used, snake_case(str(item.get('class_name'))))}"
        owner = name if top is None else top
        if item.get("class_name") in ("Sequential", "Functional", "Model"):
            yield from _leaves(item, f"{path}/", owner, depth + 1)
        else:
            yield path, item, owner, depth > 0
