"""Can Keras store this model? The one set of rules the ``.h5`` writer, ``annstudio train --out`` (before
training starts) and the GUI's layer cards (while editing) all use.

A model annstudio trains is not always one Keras' legacy ``.h5`` layout can hold:

- layer and model names become HDF5 group and weight names: no ``/``, not ``.`` or ``..``, no NUL
  byte, valid UTF-8, at most ``KERAS_NAME_BYTES`` bytes; ``top_level_model_weights`` is Keras' own group;
- with TensorFlow, Keras opens a name scope per layer and model: ASCII letters, digits and ``_ . - >``
  only (``KERAS_SCOPE_NAME``), so a Korean layer name trains in the NumPy backend but nowhere in Keras;
- a setting Keras does not have (a ``step`` or ``sign`` activation) has no Keras config.
"""
from __future__ import annotations

import re

from ..messages import Message, message_of
from .errors import SpecError
from .keras_config import layer_to_keras
from .model import ModelSpec

#: the HDF5 object-header limit Keras splits name lists at; one name must fit in it
KERAS_NAME_BYTES = 64512
#: the group Keras' ``.h5`` layout keeps for the model's own weights, beside the layers' groups
RESERVED_LAYER_NAMES = frozenset({"top_level_model_weights"})


#: the names TensorFlow accepts for the name scope Keras opens for each layer (and, as a root scope, for the
#: model): a file or script with another name (Korean letters, a space) fails in Keras with "is not a valid
#: scope name" (checked with Keras 3.15.1 and TensorFlow 2.21: "_x" trains as a layer name, not as a model's)
KERAS_SCOPE_NAME = re.compile(r"[A-Za-z0-9_.>-]+\Z")
KERAS_ROOT_SCOPE_NAME = re.compile(r"[A-Za-z0-9.][A-Za-z0-9_.>-]*\Z")


def shown_name(name: str, limit: int = 40) -> str:
    """``name`` quoted for a message, cut to ``limit`` characters (a 64 KB name stays one short line)."""
    return repr(name) if len(name) <= limit else repr(name[:limit]) + f"… ({len(name):,} characters)"


def name_problem(name: str, *, layer: bool = True) -> Message | None:
    """Why Keras' ``.h5`` layout cannot hold a layer (or model) named ``name``; ``None`` when it can."""
    shown = shown_name(name)
    if "\0" in name:
        return Message("the name {name} cannot be stored in a Keras .h5 file: it holds a NUL character", name=shown)
    if "/" in name:
        return Message("the name {name} cannot be stored in a Keras .h5 file (no '/')", name=shown)
    if name in ("", ".", ".."):
        return Message("the name {name} cannot be stored in a Keras .h5 file", name=shown)
    try:
        size = len(name.encode("utf-8"))
    except UnicodeEncodeError:
        return Message("the name {name} cannot be stored in a Keras .h5 file: it is not valid text", name=shown)
    if size > KERAS_NAME_BYTES:
        return Message("the name {name} cannot be stored in a Keras .h5 file: longer than {limit:,} bytes",
                       name=shown, limit=KERAS_NAME_BYTES)
    if layer and name in RESERVED_LAYER_NAMES:
        return Message("the name {name} is reserved by Keras' .h5 layout; rename the layer", name=shown)
    if layer and not KERAS_SCOPE_NAME.match(name):
        return Message("Keras cannot use the name {name}: a layer name takes only English letters, digits and "
                       "_ . - >, e.g. hidden_1", name=shown)
    if not layer and not KERAS_ROOT_SCOPE_NAME.match(name):
        return Message("Keras cannot use the name {name}: a model name takes only English letters, digits and "
                       "_ . - >, and starts with a letter, a digit or ., e.g. my_model", name=shown)
    return None


def keras_storage_problems(spec: ModelSpec, dtype: str = "float32") -> dict[str | None, Message]:
    """Everything that keeps ``spec`` out of a Keras ``.h5`` file, keyed by layer name (``None``: the model
    itself), in stack order; empty when it can be stored. Only names and settings are looked at: an
    invalid model (``spec.problems()``) is reported there, not here."""
    found: dict[str | None, Message] = {}
    problem = name_problem(spec.name, layer=False)
    if problem is not None:
        found[None] = Message("model name: {problem}", problem=problem)
    for layer in spec.layers:
        if layer.name in found:
            continue
        problem = name_problem(layer.name)
        if problem is None:
            try:
                layer_to_keras(layer, dtype)
            except SpecError as exc:
                inner = exc.message if isinstance(exc.message, Message) else message_of(exc)
                problem = Message("layer {layer}: {problem}", layer=shown_name(layer.name), problem=inner)
            except (KeyError, TypeError, ValueError):
                continue  # an invalid layer: spec.problems() says why
        if problem is not None:
            found[layer.name] = problem
    return found


def check_keras_storable(spec: ModelSpec, dtype: str = "float32") -> None:
    """Raise ``SpecError`` with the first of ``keras_storage_problems``, if any."""
    found = keras_storage_problems(spec, dtype)
    if found:
        raise SpecError(next(iter(found.values())))  # the message names the layer (shortened)
