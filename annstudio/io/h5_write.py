"""Write Keras' legacy HDF5 (``.h5``) model layout with h5py alone, atomically.

The file is what ``model.save("m.h5")`` writes in Keras 3.15.1 (see shared/KERAS_H5.md), so
``keras.models.load_model`` loads it, compiled when a loss and an optimizer are given:

- root attributes ``backend``, ``keras_version``, ``model_config`` (JSON), ``training_config`` (JSON);
- group ``model_weights`` with ``layer_names`` (graph order; a Sequential omits its InputLayer), one
  subgroup per layer with ``weight_names`` in Keras' order and the datasets at those paths (weightless
  layers: an empty float64 ``weight_names``), and the empty ``top_level_model_weights`` group;
- name lists larger than 64 KB are split into ``layer_names0``, ``layer_names1``, ... as Keras does.

annstudio's resume data (optimizer slots, iterations, epoch, history, RNG states) goes to a separate
group, ``annstudio_state`` (see ``h5_common``), which Keras ignores. No ``optimizer_weights`` are
written: Keras 3.15.1 cannot restore optimizer slots from ``.h5``.

Atomic: the file is written to a temp file beside the target, flushed to disk, then renamed over it;
on any failure the old file is untouched and the temp file removed.
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import h5py
import numpy as np

from .._version import __version__
from ..data.errors import DataError
from ..data.features import DEFAULT as DEFAULT_FEATURES, check as check_features
from ..data.scaling import read_record
from ..messages import Message, Term, message_of, os_reason
from ..project import atomic_temp
from ..spec import ModelSpec, SpecError
from ..spec.errors import ConfigError
from ..spec.keras_model import layer_weight_shapes, model_to_keras_config
from ..spec.keras_storable import check_keras_storable
from ..spec.training import training_config_to_keras
from .h5_common import (
    FEATURES_ATTR,
    HDF5_OBJECT_HEADER_LIMIT,
    KERAS_BACKEND,
    KERAS_VERSION,
    SCALING_ATTR,
    STATE_FORMAT,
    STATE_GROUP,
    STATE_VERSION,
    H5Error,
    encode_state,
)

__all__ = ["H5Error", "save_h5"]


def save_h5(
    path: str | os.PathLike,
    spec: ModelSpec,
    weights: Mapping[str, Any],
    *,
    loss: Any = None,
    optimizer: Any = None,
    metrics: list[str] | None = None,
    state: Any = None,
    dtype: str = "float32",
    features: Sequence[str] | None = None,
    scaling: Mapping[str, Any] | None = None,
) -> None:
    """Save ``spec`` and its ``weights`` (``{"layer/weight": array}``, all of them) as a Keras ``.h5`` file.

    ``loss``/``optimizer``/``metrics``: annstudio's training config (``spec.training.normalize_loss`` /
    ``normalize_optimizer`` forms); give both loss and optimizer, or neither. ``state``: optional resume
    data (nested dicts/lists of NumPy arrays and JSON scalars). ``dtype``: the file's float type
    ("float32" or "float64"); weights are cast to it. ``features``: the input features the model was
    trained on (``data.features``; ``None`` or the plain ``("x1", "x2")`` write nothing), stored in the root
    attribute ``FEATURES_ATTR`` so the file says what data it expects; ``scaling``: how the training data's
    raw values became the model's (``data.scaling.record``), in ``SCALING_ATTR``. Raises ``H5Error``
    naming the file and the problem.
    """
    path = Path(path)
    try:
        check_keras_storable(spec, dtype)
        model_config = model_to_keras_config(spec, dtype)
        shapes = layer_weight_shapes(spec)
        training_config = None
        if (loss is None) != (optimizer is None):
            raise SpecError(Message(
                "give both a loss and an optimizer (Keras compiles with both), or neither"))
        if loss is not None:
            training_config = training_config_to_keras(loss, optimizer, metrics)
        elif metrics:
            raise SpecError(Message("metrics need a loss and an optimizer"))
    except (SpecError, ConfigError) as exc:
        raise H5Error(Message("cannot save {path}: {problem}", path=path, problem=message_of(exc))) from None
    try:
        features = _checked_features(spec, features)
        scaling = checked_scaling(spec, scaling)
    except (DataError, SpecError) as exc:
        raise H5Error(Message("cannot save {path}: {problem}", path=path, problem=message_of(exc))) from None
    layer_arrays = _checked_weights(path, shapes, weights, dtype)
    state_parts = None
    if state is not None:
        try:
            state_parts = encode_state(state)
        except ValueError as exc:
            raise H5Error(Message("cannot save {path}: {problem}", path=path, problem=message_of(exc))) from None

    def write(f: h5py.File) -> None:
        f.attrs["backend"] = KERAS_BACKEND
        f.attrs["keras_version"] = KERAS_VERSION
        f.attrs["model_config"] = json.dumps(model_config)
        if training_config is not None:
            f.attrs["training_config"] = json.dumps(training_config)
        f.attrs["annstudio_version"] = __version__
        if features is not None:
            f.attrs[FEATURES_ATTR] = json.dumps(list(features))
        if scaling is not None:
            f.attrs[SCALING_ATTR] = json.dumps(scaling)
        sequential = model_config["class_name"] == "Sequential"
        listed = [layer for layer in spec.layers if not (sequential and layer.kind == "Input")]
        group = f.create_group("model_weights")
        save_attributes(group, "layer_names", [layer.name.encode("utf8") for layer in listed])
        group.attrs["backend"] = KERAS_BACKEND
        group.attrs["keras_version"] = KERAS_VERSION
        # Sorted like Keras, so group names grow strictly (no prefix clashes).
        for layer in sorted(listed, key=lambda layer: layer.name):
            layer_group = group.create_group(layer.name)
            prefix = f"{spec.name}/{layer.name}" if sequential else layer.name
            items = [(f"{prefix}/{w}", layer_arrays[f"{layer.name}/{w}"]) for w, _, _ in shapes[layer.name]]
            save_attributes(layer_group, "weight_names", [n.encode("utf8") for n, _ in items])
            for n, value in items:
                layer_group.create_dataset(n, data=value)
        top = group.create_group("top_level_model_weights")
        save_attributes(top, "weight_names", [])
        if state_parts is not None:
            tree, arrays = state_parts
            sg = f.create_group(STATE_GROUP)
            sg.attrs["format"] = STATE_FORMAT
            sg.attrs["version"] = STATE_VERSION
            sg.attrs["tree"] = tree
            for i, arr in enumerate(arrays):
                sg.create_dataset(f"a{i}", data=arr)

    write_h5_atomic(path, write)


def checked_scaling(spec: ModelSpec, scaling: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The scaling record to store (``None``: nothing), checked against the model's input and output sizes."""
    if scaling is None:
        return None
    return read_record(dict(scaling), spec).to_dict()


def _checked_features(spec: ModelSpec, features: Sequence[str] | None) -> tuple[str, ...] | None:
    """The features to record (``None`` for plain data); they must match the model's input size."""
    if features is None:
        return None
    names = check_features(features)
    if names == DEFAULT_FEATURES:
        return None
    if tuple(spec.input_shape) != (len(names),):
        raise SpecError(Message("the model takes inputs of shape {shape}, not the {count} input features {names}",
                                shape=tuple(spec.input_shape), count=len(names), names=", ".join(names)))
    return names


def _checked_weights(path: Path, shapes: dict[str, list], weights: Mapping[str, Any], dtype: str) -> dict[str, np.ndarray]:
    if not isinstance(weights, Mapping):
        raise H5Error(Message(
            "cannot save {path}: weights must be a dict {{'layer/weight': array}}, got {type}",
            path=path, type=type(weights).__name__))
    expected = {f"{layer}/{w}": shape for layer, ws in shapes.items() for w, shape, _ in ws}
    missing = [k for k in expected if k not in weights]
    if missing:
        raise H5Error(Message(
            "cannot save {path}: missing weight(s) {names}",
            path=path, names=', '.join(map(repr, missing))))
    extra = [k for k in weights if k not in expected]
    if extra:
        raise H5Error(Message(
            "cannot save {path}: unknown weight(s) {names}; the model has {names2}",
            path=path, names=', '.join(map(repr, extra)), names2=', '.join(expected) or Term("none")))
    out = {}
    for key, shape in expected.items():
        value = np.asarray(weights[key])
        if value.dtype.kind not in "biuf":
            raise H5Error(Message(
                "cannot save {path}: weight {key!r} has dtype {dtype}; expected numbers",
                path=path, key=key, dtype=value.dtype))
        if value.shape != tuple(shape):
            raise H5Error(Message(
                "cannot save {path}: wrong shape for {key!r}: expected {shape}, found {shape2}",
                path=path, key=key, shape=tuple(shape), shape2=value.shape))
        out[key] = np.ascontiguousarray(value, dtype=dtype)
    return out


def save_attributes(group: h5py.Group, name: str, data: list[bytes]) -> None:
    """Keras' ``save_attributes_to_hdf5_group``: store a name list, split into ``name0``, ``name1``, ...
    when it is larger than the HDF5 object-header limit."""
    bad = [x for x in data if len(x) > HDF5_OBJECT_HEADER_LIMIT]
    if bad:
        raise H5Error(Message(
            "names longer than {hdf5_object_header_limit} bytes cannot be stored: {bad!r}...",
            hdf5_object_header_limit=HDF5_OBJECT_HEADER_LIMIT, bad=bad[0][:40]))
    data_npy = np.asarray(data)
    num_chunks = 1
    chunked = np.array_split(data_npy, num_chunks)
    while any(x.nbytes > HDF5_OBJECT_HEADER_LIMIT for x in chunked):
        num_chunks += 1
        chunked = np.array_split(data_npy, num_chunks)
    if num_chunks > 1:
        for chunk_id, chunk in enumerate(chunked):
            group.attrs[f"{name}{chunk_id}"] = chunk
    else:
        group.attrs[name] = data


def write_h5_atomic(path: Path, write) -> None:
    """Create an HDF5 file with ``write(h5py.File)`` in a temp file beside ``path``, fsync, rename over
    ``path``. On failure the old file is untouched and the temp file is removed (``H5Error`` for I/O errors)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = atomic_temp(path)
    except OSError as exc:
        raise H5Error(Message("cannot save {path}: {problem}", path=path, problem=os_reason(exc))) from exc
    os.close(fd)
    try:
        with h5py.File(tmp, "w") as f:
            write(f)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise H5Error(Message("cannot save {path}: {problem}", path=path, problem=os_reason(exc))) \
                from exc
        raise

    _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
