"""Write Keras 3's native ``.keras`` format (see ``keras_zip_common``) with zipfile and h5py alone, atomically.

``keras.models.load_model`` loads the file (compiled when a loss and an optimizer are given) with the same
predictions. The archive is written to a temp file beside the target, flushed to disk and renamed over it
(``project.atomic_temp``), so a crash leaves the old file untouched and nothing is written elsewhere.
"""
from __future__ import annotations

import io
import json
import os
import stat
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import h5py
import numpy as np

from .._version import __version__
from ..data.errors import DataError
from ..messages import Message, message_of, os_reason
from ..project import atomic_temp
from ..spec import ModelSpec, SpecError
from ..spec.errors import ConfigError
from ..spec.keras_config import layer_to_keras
from ..spec.keras_model import layer_weight_shapes, model_to_keras_config
from ..spec.keras_storable import check_keras_storable
from ..spec.layer_kinds import layer_kind
from ..spec.training import training_config_to_keras
from .h5_common import KERAS_VERSION, STATE_FORMAT, STATE_GROUP, STATE_VERSION, encode_state
from .h5_write import _checked_features, _checked_weights, _fsync_directory, checked_scaling
from .keras_zip_common import (
    CONFIG_MEMBER,
    FEATURES_KEY,
    METADATA_MEMBER,
    SCALING_KEY,
    WEIGHTS_MEMBER,
    KerasFileError,
    weight_paths,
)

__all__ = ["KerasFileError", "keras_config_json", "save_keras"]


def save_keras(
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
    """Save ``spec`` and its ``weights`` as a Keras 3 ``.keras`` archive; the arguments are ``save_h5``'s.
    Raises ``KerasFileError`` naming the file and the problem."""
    path = Path(path)
    try:
        check_keras_storable(spec, dtype)
        config = keras_config_json(spec, dtype, loss, optimizer, metrics)
        checked_features = _checked_features(spec, features)
        checked = checked_scaling(spec, scaling)
    except (SpecError, ConfigError, DataError) as exc:
        raise KerasFileError(Message("cannot save {path}: {problem}", path=path, problem=message_of(exc))) from None
    try:
        arrays = _checked_weights(path, {k: v for k, v in layer_weight_shapes(spec).items()}, weights, dtype)
    except KerasFileError:
        raise
    except ValueError as exc:   # H5Error: the message already names the file
        raise KerasFileError(str(exc)) from None
    state_parts = None
    if state is not None:
        try:
            state_parts = encode_state(state)
        except ValueError as exc:
            raise KerasFileError(Message("cannot save {path}: {problem}", path=path, problem=message_of(exc))) from None
    metadata: dict[str, Any] = {"keras_version": KERAS_VERSION, "date_saved": time.strftime("%Y-%m-%d@%H:%M:%S"),
                                "annstudio_version": __version__}
    if checked_features is not None:
        metadata[FEATURES_KEY] = list(checked_features)
    if checked is not None:
        metadata[SCALING_KEY] = checked
    opt_vars = _optimizer_vars(spec, config, optimizer, state, dtype)
    weights_h5 = _weights_file(spec, config, arrays, state_parts, opt_vars)
    _write_zip_atomic(path, [(METADATA_MEMBER, json.dumps(metadata).encode()),
                             (CONFIG_MEMBER, json.dumps(config).encode()),
                             (WEIGHTS_MEMBER, weights_h5)])


def keras_config_json(spec: ModelSpec, dtype: str = "float32", loss: Any = None, optimizer: Any = None,
                      metrics: list[str] | None = None) -> dict[str, Any]:
    """What Keras 3.15.1 writes as ``config.json`` for ``spec`` (raises ``SpecError``/``ConfigError``)."""
    base = model_to_keras_config(spec, dtype)
    infos = {info.name: info for info in spec.validate()}
    shapes = {name: info.output_shape for name, info in infos.items()}
    layers = []
    for i, (layer, entry) in enumerate(zip(spec.layers, base["config"]["layers"], strict=True)):
        item = layer_to_keras(layer, dtype)
        config = {**item["config"], **entry["config"]}   # the legacy extras (InputLayer's "ragged", "optional")
        native: dict[str, Any] = {"module": item["module"], "class_name": item["class_name"], "config": config,
                                  "registered_name": None}
        sources = spec.input_names(i)
        if sources:
            in_shapes = [[None, *shapes[s]] for s in sources]
            native["build_config"] = {"input_shape": in_shapes if layer_kind(layer.kind).multi_input else in_shapes[0]}
        for key in ("name", "inbound_nodes"):
            if key in entry:
                native[key] = entry[key]
        layers.append(native)
    model_config = {**base["config"], "layers": layers}
    if base["class_name"] == "Sequential":
        out: dict[str, Any] = {"module": "keras", "class_name": "Sequential", "config": model_config,
                               "registered_name": None,
                               "build_config": {"input_shape": [None, *spec.input_shape]}}
    else:
        out = {"module": "keras.src.models.functional", "class_name": "Functional", "config": model_config,
               "registered_name": "Functional", "build_config": {"input_shape": None}}
    if (loss is None) != (optimizer is None):
        raise SpecError(Message("give both a loss and an optimizer (Keras compiles with both), or neither"))
    if loss is not None:
        tc = training_config_to_keras(loss, optimizer, metrics)
        opt = tc.pop("optimizer_config")
        out["compile_config"] = {"optimizer": {"module": "keras.optimizers", **opt, "registered_name": None}, **tc}
    elif metrics:
        raise SpecError(Message("metrics need a loss and an optimizer"))
    return out


#: the optimizer slots Keras 3 creates, one ``add_optimizer_variables`` call a tuple (its ``build``): within a call
#: the slots of each variable come together ("momentum", "velocity" of the first kernel, then of its bias, ...),
#: the calls one after the other; a slot only when the optimizer's settings make it (``_keras_slots``)
KERAS_SLOT_CALLS: dict[str, tuple[tuple[str, ...], ...]] = {
    "SGD": (("momentum",),),
    "Adam": (("momentum", "velocity"), ("velocity_hat",)),
    "RMSprop": (("velocity",), ("momentum",), ("average_gradient",)),
    "Adagrad": (("accumulator",),),
}


def _keras_slots(cls: str, cfg: Mapping[str, Any]) -> set[str]:
    """The slot names Keras' optimizer ``cls`` builds with the settings ``cfg``."""
    return {
        "SGD": {"momentum"} if cfg.get("momentum", 0) != 0 else set(),
        "Adam": {"momentum", "velocity"} | ({"velocity_hat"} if cfg.get("amsgrad") else set()),
        "RMSprop": ({"velocity"} | ({"momentum"} if cfg.get("momentum", 0) > 0 else set())
                    | ({"average_gradient"} if cfg.get("centered") else set())),
        "Adagrad": {"accumulator"},
    }.get(cls, set())


#: the name Keras gives each optimizer (its ``optimizer/vars`` group's ``name``)
KERAS_OPTIMIZER_NAMES = {"SGD": "sgd", "Adam": "adam", "RMSprop": "rm_sprop", "Adagrad": "adagrad"}


def _optimizer_vars(spec: ModelSpec, config: dict[str, Any], optimizer: Any, state: Any,
                    dtype: str) -> tuple[str, list[np.ndarray]] | None:
    """Keras' ``optimizer/vars``: the iteration count, the learning rate and every slot of every trainable
    variable in Keras' order, from the run's optimizer state (``state["trainer"]["optimizer"]``) or, without
    one, an optimizer that has not stepped (Keras' own initial values). Without them Keras warned "Skipping
    variable loading for optimizer" and started afresh. ``None`` (none written) for an optimizer this does not
    know, or a state whose slots are not the ones Keras builds."""
    if optimizer is None:
        return None
    from ..spec.training import normalize_optimizer

    opt = normalize_optimizer(optimizer)
    cls, cfg = opt["class_name"], opt["config"]
    if cls not in KERAS_SLOT_CALLS:
        return None
    wanted = _keras_slots(cls, cfg)
    trainer = state.get("trainer") if isinstance(state, Mapping) else None
    saved = trainer.get("optimizer") if isinstance(trainer, Mapping) else None
    if saved is not None and (saved.get("class_name") != cls or set(saved.get("slots") or {}) != wanted):
        return None
    shapes = layer_weight_shapes(spec)
    keys = [(f"{name}/{w}", shape) for _, name in weight_paths(config) if name is not None
            for w, shape, trainable in shapes[name] if trainable]
    iterations = int(saved.get("iterations", 0)) if saved else 0
    out: list[np.ndarray] = [np.array(iterations, dtype=np.int64), np.array(cfg["learning_rate"], dtype=np.float32)]
    initial = float(cfg.get("initial_accumulator_value", 0.0)) if cls == "Adagrad" else 0.0
    for call in KERAS_SLOT_CALLS[cls]:
        names = [n for n in call if n in wanted]
        for key, shape in keys:
            for slot in names:
                value = saved["slots"][slot].get(key) if saved else None
                if value is None:
                    value = np.full(shape, initial)
                if tuple(np.shape(value)) != tuple(shape):
                    return None
                out.append(np.asarray(value, dtype=dtype))
    return KERAS_OPTIMIZER_NAMES[cls], out


def _weights_file(spec: ModelSpec, config: dict[str, Any], arrays: dict[str, np.ndarray],
                  state_parts: tuple[str, list[np.ndarray]] | None,
                  optimizer_vars: tuple[str, list[np.ndarray]] | None = None) -> bytes:
    """``model.weights.h5`` in Keras' layout, built in memory."""
    shapes = layer_weight_shapes(spec)
    buffer = io.BytesIO()
    with h5py.File(buffer, "w") as f:
        for group_path, spec_name in weight_paths(config):
            group = f.create_group(f"{group_path}/vars")
            layer_name = spec_name or group_path
            if spec_name is None:   # an InputLayer: its own name, as Keras writes it
                layer_name = next(layer.name for layer in spec.layers if layer_kind(layer.kind).inputs == "none")
            group.attrs["name"] = layer_name
            if spec_name is None:
                continue
            ordered = [w for w, _, t in shapes[spec_name] if t] + [w for w, _, t in shapes[spec_name] if not t]
            for k, w in enumerate(ordered):
                group.create_dataset(str(k), data=arrays[f"{spec_name}/{w}"])
        f.create_group("vars").attrs["name"] = spec.name
        if optimizer_vars is not None:
            group = f.create_group("optimizer/vars")
            group.attrs["name"], values = optimizer_vars
            for i, value in enumerate(values):
                group.create_dataset(str(i), data=value)
        if state_parts is not None:
            tree, state_arrays = state_parts
            sg = f.create_group(STATE_GROUP)
            sg.attrs["format"] = STATE_FORMAT
            sg.attrs["version"] = STATE_VERSION
            sg.attrs["tree"] = tree
            for i, arr in enumerate(state_arrays):
                sg.create_dataset(f"a{i}", data=arr)
    return buffer.getvalue()


def _write_zip_atomic(path: Path, members: list[tuple[str, bytes]]) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = atomic_temp(path)
    except OSError as exc:
        raise KerasFileError(Message("cannot save {path}: {problem}", path=path, problem=os_reason(exc))) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
                for name, data in members:
                    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                    info.external_attr = (stat.S_IFREG | 0o644) << 16
                    zf.writestr(info, data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise KerasFileError(Message("cannot save {path}: {problem}", path=path, problem=os_reason(exc))) \
                from exc
        raise
    _fsync_directory(directory)
