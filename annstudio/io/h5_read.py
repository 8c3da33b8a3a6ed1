"""Read a Keras ``.h5`` model file safely: files come from strangers.

Loading a Keras ``.h5`` with Keras can run code (a ``Lambda`` layer stores marshalled bytecode) and
HDF5 links and external/virtual datasets can read other files. This reader therefore:

- parses ``model_config``/``training_config`` with ``json.loads`` only and maps them through the
  allow-lists of ``spec.keras_model``/``spec.keras_config`` (classes, activations, initializers,
  regularizers); ``Lambda``, unknown classes and custom ``module``/``registered_name`` are refused;
- follows hard links only: every step of every path it opens is checked (soft and external links are
  refused with the link's path);
- checks each dataset's metadata before reading any data: no external storage, not virtual, only
  HDF5's built-in filters, a floating-point dtype for weights (numbers for the resume state), a size
  cap per array and a cap on all arrays together;
- maps weights by position within each layer group as Keras does, and checks every shape against
  the shapes the spec implies;
- never unpickles, imports or calls anything named in the file.

Every problem raises ``H5Error`` whose message names the file and the problem.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import h5py
import numpy as np

from ..data.errors import DataError
from ..data.features import check as check_features
from ..data.files import FileRefused, regular_file
from ..data.scaling import read_record
from ..limits import (
    COMPRESSED_MIN_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_H5_BYTES,
    MAX_H5_FILE_BYTES,
    MAX_PARAMS,
    MAX_PROJECT_BYTES,
)
from ..messages import Message, Term, message_of
from ..spec import ModelSpec, SpecError, jsontext
from ..spec.keras_model import layer_weight_shapes, read_keras_config, weight_keys
from ..spec.training import check_training_config, loss_from_keras, optimizer_from_keras, split_keras_metrics
from .h5_common import (
    FEATURES_ATTR,
    MAX_NAMES,
    SCALING_ATTR,
    STATE_FORMAT,
    STATE_GROUP,
    STATE_KINDS,
    STATE_VERSION,
    H5Error,
    decode_state,
)

__all__ = ["H5Contents", "H5Error", "load_h5"]

_T = TypeVar("_T")

# HDF5's own filters and h5py's built-in LZF; anything else would make HDF5 load a plugin library.
_BUILTIN_FILTERS = {1: "deflate", 2: "shuffle", 3: "fletcher32", 4: "szip", 5: "nbit", 6: "scaleoffset", 32000: "lzf"}


@dataclass(frozen=True)
class H5Contents:
    """What an ``.h5`` model file holds, in annstudio's terms.

    ``weights``: ``{"layer/weight": array}`` in Keras' order for ``spec`` (arrays keep the file's dtype).
    ``loss``/``optimizer``/``metrics``: the training config in ``spec.training.normalize_loss`` /
    ``normalize_optimizer`` forms (``None``/``[]`` when absent or not understood; see ``notes``).
    ``state``: annstudio's resume data or ``None``. ``dtype``: "float32" or "float64", from the model's
    input (float32 when the file says something else). ``notes``: parts of the file that were present
    but dropped (e.g. an optimizer annstudio does not have). ``model_config``/``training_config``: the
    parsed JSON as plain data.
    """

    spec: ModelSpec
    weights: dict[str, np.ndarray]
    loss: dict[str, Any] | None = None
    optimizer: dict[str, Any] | None = None
    metrics: list[str] = field(default_factory=list)
    state: Any = None
    keras_version: str | None = None
    dtype: str = "float32"
    notes: tuple[str, ...] = ()
    model_config: dict[str, Any] = field(default_factory=dict)
    training_config: dict[str, Any] | None = None
    #: the input features the model was trained on (``data.features``), when annstudio recorded them
    features: tuple[str, ...] | None = None
    #: how the training data's raw values became the model's (``data.scaling.record``), when recorded
    scaling: dict[str, Any] | None = None


def load_h5(path: str | os.PathLike, *, max_elements: int = MAX_PARAMS, max_bytes: int = MAX_H5_BYTES) -> H5Contents:
    """Read a Keras (or annstudio) ``.h5`` model file; see the module docstring. Raises ``H5Error``."""
    path = Path(path)
    try:
        regular_file(path, MAX_H5_FILE_BYTES)
    except FileRefused as exc:
        raise H5Error(Message("{path}: no such file", path=path) if exc.missing else exc.message) from None
    try:
        is_hdf5 = h5py.is_hdf5(str(path))
    except OSError as exc:
        raise H5Error(Message("{path}: cannot read the file ({reason})", path=path, reason=str(exc))) from None
    if not is_hdf5:
        raise H5Error(Message("{path}: not an HDF5 file (a Keras .h5 model file starts with the HDF5 signature)",
                              path=path))
    try:
        f = h5py.File(path, "r")
    except OSError as exc:
        text = str(exc)
        if "truncated" in text.lower():
            raise H5Error(Message("{path}: not a readable HDF5 file: the file is truncated ({reason})", path=path,
                                  reason=text)) from None
        raise H5Error(Message("{path}: not a readable HDF5 file: the file is damaged ({reason})", path=path,
                              reason=text)) from None
    reader = _Reader(path, max_elements, max_bytes)
    try:
        with f:
            return reader.read(f)
    except H5Error:
        raise
    except SpecError as exc:
        raise H5Error(Message("{path}: {problem}", path=path, problem=message_of(exc))) from None
    except (OSError, KeyError, ValueError, TypeError, RuntimeError, RecursionError, UnicodeError) as exc:
        # h5py/HDF5 report damaged structures this way (e.g. a truncated chunk or a bad heap).
        raise H5Error(Message("{path}: the file is damaged or not a Keras model file ({reason})", path=path,
                              reason=f"{type(exc).__name__}: {exc}")) from None


class _Reader:
    def __init__(self, path: Path, max_elements: int, max_bytes: int):
        self.path = path
        self.max_elements = int(max_elements)
        self.max_bytes = int(max_bytes)
        self.bytes_read = 0

    def fail(self, message: str) -> H5Error:
        return H5Error(Message("{path}: {problem}", path=self.path, problem=message))


    # ------------------------------------------------------------------ top level
    def read(self, f: h5py.File) -> H5Contents:
        if "model_config" not in f.attrs:
            if "layer_names" in f.attrs or "model_weights" in f:
                raise self.fail(Message("no model_config attribute: not a Keras model file (a weights-only file? "
                                        "annstudio needs a whole-model .h5 saved with model.save)"))
            raise self.fail(Message("no model_config attribute: not a Keras model file"))
        model_config = self.json_attr(f, "model_config")
        try:
            layout = read_keras_config(model_config)
        except SpecError as exc:
            raise self.fail(Message("unsupported model: {problem}", problem=message_of(exc))) from None
        spec = layout.spec
        notes: list[str] = []
        training_config = self.json_attr(f, "training_config") if "training_config" in f.attrs else None
        loss = optimizer = None
        metrics: list[str] = []
        if training_config is not None:
            if not isinstance(training_config, dict):
                notes.append(Message("the training config is not an object; ignored"))
            else:
                try:
                    check_training_config(training_config)
                except SpecError as exc:
                    raise self.fail(Message("unsupported training config: {problem}",
                                            problem=message_of(exc))) from None
                loss = _training_part(training_config, "loss", loss_from_keras, notes)
                optimizer = _training_part(training_config, "optimizer_config", optimizer_from_keras, notes)
                metrics = _metrics_part(training_config, notes)
        keras_version = self.text_attr(f, "keras_version") if "keras_version" in f.attrs else None
        weights = self.read_weights(f, spec, layout.groups)
        state = self.read_state(f) if self.child(f, STATE_GROUP, "/", required=False) is not None else None
        features = self.read_features(f, spec) if FEATURES_ATTR in f.attrs else None
        scaling = self.read_scaling(f, spec) if SCALING_ATTR in f.attrs else None
        return H5Contents(
            spec=spec, weights=weights, loss=loss, optimizer=optimizer, metrics=metrics, state=state,
            keras_version=keras_version, dtype=layout.dtype or "float32", notes=tuple(notes),
            model_config=model_config, training_config=training_config, features=features, scaling=scaling,
        )

    def read_scaling(self, f: h5py.File, spec: ModelSpec) -> dict[str, Any]:
        record = self.json_attr(f, SCALING_ATTR)
        try:
            read_record(record, spec)
        except DataError as exc:
            raise self.fail(Message("attribute {name!r}: {problem}", name=SCALING_ATTR, problem=exc.message)) from None
        return record

    def read_features(self, f: h5py.File, spec: ModelSpec) -> tuple[str, ...]:
        names = self.json_attr(f, FEATURES_ATTR)
        try:
            features = check_features(names)
        except DataError as exc:
            raise self.fail(Message("attribute {name!r}: {problem}", name=FEATURES_ATTR, problem=exc.message)) from None
        if tuple(spec.input_shape) != (len(features),):
            raise self.fail(Message("attribute {name!r} names {count} input features but the model takes inputs of "
                                    "shape {shape}", name=FEATURES_ATTR, count=len(features),
                                    shape=tuple(spec.input_shape)))
        return features

    # ------------------------------------------------------------------ links and objects
    def child(self, group: h5py.Group, relpath: str, where: str, required: bool = True, kind: type | None = None):
        """Open ``relpath`` under ``group`` through hard links only; ``None`` when absent and not required."""
        if not isinstance(relpath, str) or not relpath:
            raise self.fail(Message("empty name under {where}", where=where))
        current = group
        walked = where.rstrip("/")
        for part in relpath.split("/"):
            if part in ("", ".", ".."):
                raise self.fail(Message(
                    "invalid path {relpath!r} under {where}",
                    relpath=relpath, where=where))
            walked = f"{walked}/{part}"
            if not isinstance(current, h5py.Group):
                raise self.fail(Message("{walked} is inside a dataset, not a group", walked=walked))
            link = current.get(part, default=None, getlink=True)
            if link is None:
                if required:
                    raise self.fail(Message("{walked} is missing", walked=walked))
                return None
            if isinstance(link, h5py.SoftLink):
                raise self.fail(Message(
                    "{walked} is a soft link to {path!r}; only hard links are followed",
                    walked=walked, path=link.path))
            if isinstance(link, h5py.ExternalLink):
                raise self.fail(
                    Message(
                        "{walked} is an external link to {filename!r}:{path!r}; links to other files are refused",
                        walked=walked, filename=link.filename, path=link.path)
                )
            if not isinstance(link, h5py.HardLink):
                raise self.fail(Message(
                    "{walked} is a {type}; only hard links are followed",
                    walked=walked, type=type(link).__name__))
            current = current[part]
        if kind is not None and not isinstance(current, kind):
            raise self.fail(Message(
                "{walked} is not a {value}",
                walked=walked, value=Term("group") if kind is h5py.Group else Term("dataset")))
        return current

    def check_dataset(self, dset: h5py.Dataset, where: str, kinds: str, what: str) -> None:
        """Refuse external/virtual storage, plugin filters, wrong dtypes and oversized shapes (metadata only).
        ``where``: the dataset's path; ``what``: how messages name it (e.g. "weight 'dense/kernel' (path)")."""
        if dset.is_virtual:
            raise self.fail(Message(
                "{where} is a virtual dataset (it reads other files); refused",
                where=where))
        if dset.external:
            raise self.fail(Message(
                "{where} is stored in external file(s) {value!r}; refused",
                where=where, value=[e[0] for e in dset.external]))
        plist = dset.id.get_create_plist()
        for i in range(plist.get_nfilters()):
            code = plist.get_filter(i)[0]
            if code not in _BUILTIN_FILTERS:
                raise self.fail(Message(
                    "{where} uses HDF5 filter {code}, which is not built in; refused",
                    where=where, code=code))
        dt = dset.dtype
        if dt.kind not in kinds or dt.fields is not None or h5py.check_dtype(vlen=dt) is not None \
                or h5py.check_dtype(enum=dt) is not None and dt.kind != "b":
            raise self.fail(Message(
                "{what} has dtype {dt}; expected {value}",
                what=what, dt=dt, value=Term("floating-point numbers") if kinds == "f" else Term("numbers")))
        n = 1
        for d in dset.shape:
            n *= int(d)
        if n > self.max_elements:
            raise self.fail(
                Message(
                    "{what} declares shape {shape} ({n:,} elements), more than the limit of {max_elements:,} "
                    "elements per array",
                    what=what, shape=dset.shape, n=n, max_elements=self.max_elements)
            )
        size = n * dt.itemsize
        stored = dset.id.get_storage_size()
        if size > COMPRESSED_MIN_BYTES and stored * MAX_COMPRESSION_RATIO < size:
            raise self.fail(Message(
                "{what} declares {size:,} bytes but the file stores only {stored:,} bytes of it (chunks never "
                "written, or compressed more than {ratio} times); refused",
                what=what, size=size, stored=stored, ratio=MAX_COMPRESSION_RATIO))
        if self.bytes_read + size > self.max_bytes:
            raise self.fail(
                Message(
                    "{what} would bring the data read to {value:,} bytes, more than the limit of {max_bytes:,} bytes",
                    what=what, value=self.bytes_read + size, max_bytes=self.max_bytes)
            )
        self.bytes_read += size

    # ------------------------------------------------------------------ attributes
    def raw_attr(self, obj, name: str, where: str, max_items: int = MAX_NAMES) -> Any:
        attr_id = obj.attrs.get_id(name)
        n = 1
        for d in attr_id.shape or ():
            n *= int(d)
        if n > max_items:
            raise self.fail(Message(
                "attribute {name!r} of {where} has {n:,} entries, more than {max_items:,}",
                name=name, where=where, n=n, max_items=max_items))
        return obj.attrs[name]

    def text_attr(self, obj, name: str) -> str:
        where = obj.name or "/"
        value = self.raw_attr(obj, name, where, max_items=1)
        if isinstance(value, np.ndarray) and value.shape in ((), (1,)):
            value = value.reshape(())[()]
        if isinstance(value, (bytes, np.bytes_)):
            try:
                value = bytes(value).decode("utf-8")
            except UnicodeDecodeError:
                raise self.fail(Message(
                    "attribute {name!r} of {where} is not UTF-8 text",
                    name=name, where=where)) from None
        if not isinstance(value, str):
            raise self.fail(Message(
                "attribute {name!r} of {where} is not text (found {type})",
                name=name, where=where, type=type(value).__name__))
        return value

    def json_attr(self, obj, name: str) -> Any:
        text = self.text_attr(obj, name)
        if len(text) > MAX_PROJECT_BYTES:   # parsing multiplies the size; real configs are a few KB
            raise self.fail(Message(
                "attribute {name!r} is {count:,} characters of JSON, more than the {max_count:,} allowed",
                name=name, count=len(text), max_count=MAX_PROJECT_BYTES))
        try:
            return jsontext.loads(text)
        except (ValueError, RecursionError) as exc:
            raise self.fail(Message(
                "attribute {name!r} is not valid JSON ({problem})",
                name=name, problem=message_of(exc))) from None

    def name_list(self, obj, name: str) -> list[str]:
        """A Keras name-list attribute (``layer_names``/``weight_names``), joined from ``name0``, ``name1``, ...
        when split; accepts variable-length (str) and fixed-length (numpy.bytes_) strings."""
        where = obj.name
        if name in obj.attrs:
            chunks = [self.raw_attr(obj, name, where)]
        else:
            chunks = []
            total = 0
            while f"{name}{len(chunks)}" in obj.attrs:
                chunk = self.raw_attr(obj, f"{name}{len(chunks)}", where)
                total += np.size(chunk)
                if total > MAX_NAMES:
                    raise self.fail(Message(
                        "attribute {name!r} of {where} has more than {max_names:,} entries",
                        name=name, where=where, max_names=MAX_NAMES))
                chunks.append(chunk)
            if not chunks:
                raise self.fail(Message("{where} has no {name!r} attribute", where=where, name=name))
        out: list[str] = []
        for chunk in chunks:
            arr = np.asarray(chunk)
            if arr.size == 0:
                continue
            if arr.ndim > 1:
                raise self.fail(Message(
                    "attribute {name!r} of {where} has shape {shape}; expected a list of names",
                    name=name, where=where, shape=arr.shape))
            for item in arr.reshape(-1):
                if isinstance(item, (bytes, np.bytes_)):
                    try:
                        item = bytes(item).decode("utf-8")
                    except UnicodeDecodeError:
                        raise self.fail(Message(
                            "attribute {name!r} of {where} holds a name that is not UTF-8",
                            name=name, where=where)) from None
                if not isinstance(item, str):
                    raise self.fail(Message(
                        "attribute {name!r} of {where} holds {type} values, not names",
                        name=name, where=where, type=type(item).__name__))
                out.append(item)
        return out

    # ------------------------------------------------------------------ weights
    def read_weights(self, f: h5py.File, spec: ModelSpec, groups) -> dict[str, np.ndarray]:
        root = self.child(f, "model_weights", "/", required=False, kind=h5py.Group)
        if root is None:
            raise self.fail(Message("no model_weights group: the file holds no weights"))
        shapes = layer_weight_shapes(spec)
        expected: list[tuple[str, list[tuple[str, tuple[int, ...]]]]] = []
        for keras_name, members in groups:
            trainable = [(f"{m}/{w}", s) for m in members for w, s, t in shapes[m] if t]
            frozen = [(f"{m}/{w}", s) for m in members for w, s, t in shapes[m] if not t]
            if trainable or frozen:
                expected.append((keras_name, trainable + frozen))   # Keras' legacy order: trainable first
        stored = []
        for name in self.name_list(root, "layer_names"):
            group = self.child(root, name, "/model_weights", kind=h5py.Group)
            names = self.name_list(group, "weight_names") if _has_list(group, "weight_names") else []
            if names:
                stored.append((name, group, names))
        if len(stored) != len(expected):
            raise self.fail(
                Message(
                    "the file holds weights for {count} layer(s) ({names}) but the model config has {count2} "
                    "layer(s) with weights ({names2})",
                    count=len(stored), names=", ".join(s[0] for s in stored) or Term("none"),
                    count2=len(expected), names2=", ".join(e[0] for e in expected) or Term("none"))
            )
        top = self.child(root, "top_level_model_weights", "/model_weights", required=False, kind=h5py.Group)
        if top is not None and _has_list(top, "weight_names") and self.name_list(top, "weight_names"):
            raise self.fail(Message(
                "the model has top-level weights of its own, which annstudio does not support"))
        values: dict[str, np.ndarray] = {}
        for (keras_name, wanted), (name, group, names) in zip(expected, stored, strict=True):
            if len(names) != len(wanted):
                raise self.fail(
                    Message(
                        "layer {keras_name!r} needs {count} weight(s) ({names}) but its group {name!r} in the file "
                        "has {count2}",
                        keras_name=keras_name, count=len(wanted), names=", ".join(k for k, _ in wanted), name=name,
                        count2=len(names))
                )
            for (key, shape), wname in zip(wanted, names, strict=True):
                where = f"/model_weights/{name}/{wname}"
                dset = self.child(group, wname, f"/model_weights/{name}", kind=h5py.Dataset)
                self.check_dataset(dset, where, "f", f"weight {key!r} ({where})")
                if tuple(dset.shape) != tuple(shape):
                    raise self.fail(Message("wrong shape for {key!r}: expected {expected}, found {found} ({where})",
                                            key=key, expected=tuple(shape), found=tuple(dset.shape), where=where))

                arr = np.asarray(dset[()])
                if arr.dtype.byteorder not in ("=", "|") and arr.dtype.byteorder != _native():
                    arr = arr.astype(arr.dtype.newbyteorder("="))
                values[key] = arr
        return {key: values[key] for key in weight_keys(spec)}

    # ------------------------------------------------------------------ resume state
    def read_state(self, f: h5py.File) -> Any:
        group = self.child(f, STATE_GROUP, "/", kind=h5py.Group)
        where = f"/{STATE_GROUP}"
        fmt = self.text_attr(group, "format") if "format" in group.attrs else None
        if fmt != STATE_FORMAT:
            raise self.fail(Message(
                "{where} is not annstudio resume state (format {fmt!r})",
                where=where, fmt=fmt))
        version = group.attrs.get("version")
        if not isinstance(version, (int, np.integer)) or isinstance(version, (bool, np.bool_)) or int(version) > STATE_VERSION:
            raise self.fail(Message(
                "{where} has version {version!r}; this annstudio reads version {state_version}",
                where=where, version=version, state_version=STATE_VERSION))

        def get_array(name: str) -> np.ndarray:
            dset = self.child(group, name, where, kind=h5py.Dataset)
            self.check_dataset(dset, f"{where}/{name}", STATE_KINDS, f"state array {where}/{name}")
            return np.asarray(dset[()])

        try:
            tree = self.text_attr(group, "tree")
            if len(tree) > MAX_PROJECT_BYTES:
                raise self.fail(Message(
                    "attribute {name!r} is {count:,} characters of JSON, more than the {max_count:,} allowed",
                    name="tree", count=len(tree), max_count=MAX_PROJECT_BYTES))
            return decode_state(tree, get_array)
        except H5Error:
            raise
        except ValueError as exc:
            raise self.fail(str(exc)) from None


def _has_list(obj, name: str) -> bool:
    return name in obj.attrs or f"{name}0" in obj.attrs


def _native() -> str:
    return "<" if np.little_endian else ">"


def _metrics_part(training_config: dict[str, Any], notes: list[str]) -> list[str]:
    """The file's metrics annstudio computes (accuracy, mae, mse); the others are named in a note."""
    split = _training_part(training_config, "metrics", split_keras_metrics, notes)
    if split is None:
        return []
    kept, dropped = split
    if dropped:
        notes.append(Message("metrics not used: {names} (annstudio computes accuracy, mae and mse)",
                             names=", ".join(f"{name!r:.100}" for name in dropped)))
    return kept


def _training_part(training_config: dict[str, Any], key: str, parse: Callable[[Any], _T],
                   notes: list[str]) -> _T | None:
    """``parse(training_config[key])``; ``None`` when the key is absent or unsupported (the latter noted)."""
    value = training_config.get(key)
    if value is None:
        return None
    try:
        return parse(value)
    except SpecError as exc:
        notes.append(Message("{key} ignored: {problem}", key=key, problem=message_of(exc)))
        return None
