"""What the ``.h5`` writer and reader share: the error type, the layout's names and limits, and the
codec for annstudio's resume state (a nested dict of NumPy arrays and JSON scalars).

The resume state lives in its own group, ``annstudio_state``, which ``keras.models.load_model`` never
looks at. Its structure is one JSON attribute (``tree``); every array is a dataset beside it
(``a0``, ``a1``, ...) that the tree names. Tree nodes are one-key objects, so no user key can be
mistaken for structure::

    {"dict": [[key, node], ...]}   {"list": [node, ...]}   {"tuple": [node, ...]}
    {"value": null | bool | int | float | str}
    {"array": "a3"}  /  {"array": "a3", "scalar": true}   (a NumPy scalar such as np.float32(0.5))

Python floats go through ``json`` with ``repr`` precision (exact round trip; NaN and infinities use
``json``'s ``NaN``/``Infinity``); arrays keep their dtype and bits.
"""
from __future__ import annotations

import json
from typing import Any

import numpy as np

from ..spec import jsontext

# The Keras layout this writer follows (measured and tested against keras 3.15.1, see shared/KERAS_H5.md).
KERAS_VERSION = "3.15.1"
KERAS_BACKEND = "tensorflow"
HDF5_OBJECT_HEADER_LIMIT = 64512          # Keras splits name-list attributes larger than this
STATE_GROUP = "annstudio_state"
STATE_FORMAT = "annstudio-state"
STATE_VERSION = 1
#: root attribute (JSON list) naming the input features of a model trained on a 2-D set with computed
#: features (``data.features``): the model's inputs are those columns of the raw ``(x1, x2)``. Keras ignores it.
FEATURES_ATTR = "annstudio_features"
#: how the training data's raw values became the model's (``data.scaling.record``), JSON
SCALING_ATTR = "annstudio_scaling"

# Reading limits (a file from a stranger must not exhaust memory); the array budgets are in annstudio.limits.
MAX_NAMES = 1_000_000                     # entries of one name-list attribute
MAX_TREE_NODES = 1_000_000               # nodes of the resume-state tree

STATE_KINDS = "biufc"                     # bool, signed/unsigned integers, floats, complex


class H5Error(ValueError):
    """A ``.h5`` file that cannot be read or written; the message names the file and the problem."""


# --------------------------------------------------------------------------- state codec
def encode_state(state: Any) -> tuple[str, list[np.ndarray]]:
    """(JSON tree, arrays) for a resume state; ``ValueError`` naming the path of anything unstorable."""
    arrays: list[np.ndarray] = []

    def enc(value: Any, where: str) -> Any:
        if value is None or isinstance(value, (bool, str)):
            return {"value": value}
        if isinstance(value, int):
            return {"value": int(value)}
        if isinstance(value, float):
            return {"value": float(value)}
        if isinstance(value, (np.ndarray, np.generic)):
            arr = np.asarray(value)
            if arr.dtype.kind not in STATE_KINDS:
                raise ValueError(f"state{where}: cannot store an array of dtype {arr.dtype} (numbers only)")
            name = f"a{len(arrays)}"
            arrays.append(arr)
            node: dict[str, Any] = {"array": name}
            if isinstance(value, np.generic):
                node["scalar"] = True
            return node
        if isinstance(value, dict):
            items = []
            for key, v in value.items():
                if not isinstance(key, str):
                    raise ValueError(f"state{where}: keys must be strings, got {key!r}")
                items.append([key, enc(v, f"{where}[{key!r}]")])
            return {"dict": items}
        if isinstance(value, list):
            return {"list": [enc(v, f"{where}[{i}]") for i, v in enumerate(value)]}
        if isinstance(value, tuple):
            return {"tuple": [enc(v, f"{where}[{i}]") for i, v in enumerate(value)]}
        raise ValueError(f"state{where}: cannot store a {type(value).__name__} (arrays, numbers, strings, "
                         "None, dicts, lists and tuples only)")

    tree = enc(state, "")
    return json.dumps(tree, separators=(",", ":")), arrays


def decode_state(tree_text: str, get_array) -> Any:
    """Rebuild a resume state from its JSON tree; ``get_array(name)`` reads one array (checked by the
    caller). Raises ``ValueError`` describing the first malformed node."""
    try:
        tree = jsontext.loads(tree_text)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"the resume-state tree is not valid JSON ({exc})") from None
    count = 0

    def dec(node: Any, where: str) -> Any:
        nonlocal count
        count += 1
        if count > MAX_TREE_NODES:
            raise ValueError(f"the resume-state tree has more than {MAX_TREE_NODES} nodes")
        if not isinstance(node, dict) or len(node) not in (1, 2):
            raise ValueError(f"resume state{where}: malformed node {node!r:.80}")
        if "value" in node and len(node) == 1:
            v = node["value"]
            if v is not None and not isinstance(v, (bool, int, float, str)):
                raise ValueError(f"resume state{where}: malformed value {v!r:.80}")
            return v
        if "array" in node and set(node) <= {"array", "scalar"}:
            name = node["array"]
            if not isinstance(name, str) or not name.startswith("a") or not name[1:].isdigit():
                raise ValueError(f"resume state{where}: malformed array reference {name!r:.80}")
            arr = get_array(name)
            if node.get("scalar") is True:
                if arr.shape != ():
                    raise ValueError(f"resume state{where}: scalar {name} has shape {arr.shape}")
                return arr[()]
            return arr
        if len(node) != 1:
            raise ValueError(f"resume state{where}: malformed node {node!r:.80}")
        kind, body = next(iter(node.items()))
        if kind == "dict" and isinstance(body, list):
            out = {}
            for pair in body:
                if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
                    raise ValueError(f"resume state{where}: malformed dict entry {pair!r:.80}")
                out[pair[0]] = dec(pair[1], f"{where}[{pair[0]!r}]")
            return out
        if kind in ("list", "tuple") and isinstance(body, list):
            items = [dec(v, f"{where}[{i}]") for i, v in enumerate(body)]
            return items if kind == "list" else tuple(items)
        raise ValueError(f"resume state{where}: malformed node {node!r:.80}")

    try:
        return dec(tree, "")
    except RecursionError:
        raise ValueError("the resume-state tree is nested too deeply") from None
