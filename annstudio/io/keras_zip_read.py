"""Read Keras 3's native ``.keras`` format safely: files come from strangers (layout: ``keras_zip_common``).

The archive is read in memory, never extracted, and nothing in it is imported or run:

- the file: a regular file within ``MAX_KERAS_FILE_BYTES`` (``data.files``); its end-of-central-directory
  record is checked *before* ``zipfile`` parses the directory (at most ``MAX_KERAS_MEMBERS`` entries, no
  ZIP64), so a directory of millions of entries cannot exhaust memory;
- members: only ``config.json``, ``metadata.json`` and ``model.weights.h5``, each once, each a regular file
  (no directory, no symbolic link), stored or deflated, not encrypted; a name that is absolute or holds
  ``..`` is refused as a path traversal;
- sizes: each member's declared size within its budget (the JSON members ``MAX_PROJECT_BYTES``; the
  weights ``MAX_H5_FILE_BYTES`` *and* what the model config implies: 4 float64 copies of its parameters plus
  ``KERAS_WEIGHTS_SLACK``), a compressed member larger than ``COMPRESSED_MIN_BYTES`` must be stored in at
  least 1/``MAX_COMPRESSION_RATIO`` of its size, and reading stops as soon as a member inflates beyond its
  declared size (a lying header);
- ``config.json`` goes through the same allow-list as an ``.h5``'s ``model_config`` (``spec.keras_model``,
  ``spec.keras_objects``) and its ``compile_config`` through ``spec.training``'s checks;
- ``model.weights.h5`` is opened from memory and read with ``h5_read``'s checks (hard links only, no
  external or virtual datasets, built-in filters, floating-point weights, every shape against the spec).

Every problem raises ``KerasFileError`` (an ``H5Error``) whose message names the file and the problem.
"""
from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from pathlib import Path
from typing import Any

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
    MAX_KERAS_FILE_BYTES,
    MAX_KERAS_MEMBERS,
    MAX_PARAMS,
    MAX_PROJECT_BYTES,
    MiB,
)
from ..messages import Message, Term, message_of
from ..spec import ModelSpec, SpecError, jsontext
from ..spec.keras_model import layer_weight_shapes, read_keras_config, weight_keys
from ..spec.keras_objects import check_keras_objects
from ..spec.training import check_training_config, loss_from_keras, optimizer_from_keras
from .h5_common import STATE_GROUP, H5Error
from .h5_read import H5Contents, _metrics_part, _Reader, _training_part
from .keras_zip_common import (
    CONFIG_MEMBER,
    FEATURES_KEY,
    MEMBERS,
    METADATA_MEMBER,
    SCALING_KEY,
    WEIGHTS_MEMBER,
    KerasFileError,
    weight_paths,
)

__all__ = ["KerasFileError", "load_keras"]

#: HDF5's own structures in model.weights.h5 beyond the arrays (a few KB for a learner's model)
KERAS_WEIGHTS_SLACK = 8 * MiB
_TOP_KEYS = {"module", "class_name", "config", "registered_name", "build_config", "compile_config"}
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"


def load_keras(path: str | os.PathLike, *, max_elements: int = MAX_PARAMS, max_bytes: int = MAX_H5_BYTES
               ) -> H5Contents:
    """Read a Keras 3 ``.keras`` model file (written by Keras or annstudio); see the module docstring."""
    path = Path(path)

    def fail(problem: str) -> KerasFileError:
        return KerasFileError(Message("{path}: {problem}", path=path, problem=problem))

    try:
        size = regular_file(path, MAX_KERAS_FILE_BYTES)
    except FileRefused as exc:
        raise KerasFileError(Message("{path}: no such file", path=path) if exc.missing else exc.message) from None
    try:
        with open(path, "rb") as fh:
            _check_directory(fh, size, fail)
            try:
                zf = zipfile.ZipFile(fh)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
                raise fail(Message("not a readable .keras file: the zip archive is damaged or truncated ({reason})",
                                   reason=str(exc))) from None
            with zf:
                infos = _checked_members(zf, fail)
                return _read(path, zf, infos, fail, max_elements, max_bytes)
    except KerasFileError:
        raise
    except H5Error as exc:   # from h5_read's checks of model.weights.h5: the message names the member
        raise KerasFileError(exc.args[0] if exc.args else str(exc)) from None
    except SpecError as exc:
        raise fail(Message("unsupported model: {problem}", problem=message_of(exc))) from None
    except (OSError, zipfile.BadZipFile, EOFError, KeyError, ValueError, TypeError, RuntimeError, RecursionError,
            UnicodeError, struct.error) as exc:
        raise fail(Message("the file is damaged or not a Keras model file ({reason})",
                           reason=f"{type(exc).__name__}: {exc}")) from None


def _check_directory(fh, size: int, fail) -> None:
    """Refuse a central directory that would make ``zipfile`` allocate much before any other check."""
    head = fh.read(4)
    if head != b"PK\x03\x04":
        if head[:4] == b"\x89HDF":
            raise fail(Message("not a .keras zip archive: this is an HDF5 (.h5) file; name it .h5"))
        raise fail(Message("not a .keras file: a .keras model is a zip archive (it starts with 'PK')"))
    tail_size = min(size, 22 + 65535 + 20)
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise fail(Message("not a readable .keras file: the zip archive is truncated (no end of central directory)"))
    _sig, _disk, _cd_disk, _here, total, cd_size, _offset, _comment = struct.unpack("<4s4H2LH", tail[at:at + 22])
    if tail[max(0, at - 20):at][:4] == _EOCD64_LOCATOR or total == 0xFFFF or cd_size == 0xFFFFFFFF:
        raise fail(Message("the zip archive uses ZIP64 records; a .keras model within annstudio's budget never "
                           "needs them"))
    if total > MAX_KERAS_MEMBERS or cd_size > MAX_KERAS_MEMBERS * 1024:
        raise fail(Message("the zip archive lists {count:,} members in {size:,} bytes; a .keras model has "
                           "{expected}", count=total, size=cd_size, expected=", ".join(MEMBERS)))
    fh.seek(0)


def _checked_members(zf: zipfile.ZipFile, fail) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts:
            raise fail(Message("the archive member {name!r} points outside the archive (path traversal); refused",
                               name=name))
        if info.is_dir():
            raise fail(Message("the archive member {name!r} is a folder; a .keras model holds only {expected}",
                               name=name, expected=", ".join(MEMBERS)))
        if name not in MEMBERS:
            raise fail(Message("unexpected archive member {name!r}; a .keras model that annstudio reads holds only "
                               "{expected}", name=name, expected=", ".join(MEMBERS)))
        mode = info.external_attr >> 16
        if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise fail(Message("the archive member {name!r} is not a regular file (a link?); refused", name=name))
        if name in infos:
            raise fail(Message("the archive holds {name!r} twice", name=name))
        if info.flag_bits & 0x1:
            raise fail(Message("the archive member {name!r} is encrypted", name=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise fail(Message("the archive member {name!r} uses compression method {method}; only stored and "
                               "deflated members are read", name=name, method=info.compress_type))
        infos[name] = info
    for name in (CONFIG_MEMBER, WEIGHTS_MEMBER):
        if name not in infos:
            extra = Message(" (its weights are in model.weights.npz, which annstudio does not read)") \
                if name == WEIGHTS_MEMBER and "model.weights.npz" in zf.namelist() else ""
            raise fail(Message("the archive has no {name!r}{extra}; not a Keras model file", name=name, extra=extra))
    return infos


def _member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, fail) -> bytes:
    """A member's bytes after the size checks; reading stops at ``file_size`` + 1 byte."""
    name, declared = info.filename, info.file_size
    if declared > budget:
        raise fail(Message("the archive member {name!r} declares {size:,} bytes, more than the {budget:,} bytes "
                           "allowed for it", name=name, size=declared, budget=budget))
    if declared > COMPRESSED_MIN_BYTES and info.compress_size * MAX_COMPRESSION_RATIO < declared:
        raise fail(Message("the archive member {name!r} inflates {stored:,} bytes to {size:,} bytes, more than "
                           "{ratio} times (a zip bomb?); refused", name=name, stored=info.compress_size,
                           size=declared, ratio=MAX_COMPRESSION_RATIO))
    chunks: list[bytes] = []
    total = 0
    with zf.open(info) as member:
        while True:
            chunk = member.read(min(MiB, declared + 1 - total) or 1)
            if not chunk:
                break
            total += len(chunk)
            if total > declared:
                raise fail(Message("the archive member {name!r} inflates to more than the {size:,} bytes it "
                                   "declares; refused", name=name, size=declared))
            chunks.append(chunk)
    return b"".join(chunks)


def _json_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, fail) -> Any:
    data = _member(zf, info, MAX_PROJECT_BYTES, fail)
    try:
        return jsontext.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise fail(Message("{name} is not valid JSON ({problem})", name=info.filename,
                           problem=message_of(exc))) from None


def _read(path: Path, zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], fail, max_elements: int,
          max_bytes: int) -> H5Contents:
    config = _json_member(zf, infos[CONFIG_MEMBER], fail)
    if not isinstance(config, dict):
        raise fail(Message("config.json is not an object"))
    unknown = sorted(set(map(str, config)) - _TOP_KEYS)
    if unknown:
        raise fail(Message("config.json: unknown field(s) {names}", names=", ".join(unknown)))
    model_part = {k: v for k, v in config.items() if k != "compile_config"}
    try:
        layout = read_keras_config(model_part)
    except SpecError as exc:
        raise fail(Message("unsupported model: {problem}", problem=message_of(exc))) from None
    spec = layout.spec
    notes: list[str] = []
    loss = optimizer = None
    metrics: list[str] = []
    compile_config = config.get("compile_config")
    if compile_config:
        if not isinstance(compile_config, dict):
            raise fail(Message("config.json: compile_config is not an object"))
        try:
            check_keras_objects(compile_config, "compile_config")
            tc = {("optimizer_config" if k == "optimizer" else k): v for k, v in compile_config.items()}
            check_training_config(tc)
        except SpecError as exc:
            raise fail(Message("unsupported training config: {problem}", problem=message_of(exc))) from None
        loss = _training_part(tc, "loss", loss_from_keras, notes)
        optimizer = _training_part(tc, "optimizer_config", optimizer_from_keras, notes)
        metrics = _metrics_part(tc, notes)
    keras_version = None
    features = scaling = None
    if METADATA_MEMBER in infos:
        metadata = _json_member(zf, infos[METADATA_MEMBER], fail)
        if not isinstance(metadata, dict):
            raise fail(Message("metadata.json is not an object"))
        if isinstance(metadata.get("keras_version"), str):
            keras_version = metadata["keras_version"]
        if FEATURES_KEY in metadata:
            features = _features(metadata[FEATURES_KEY], spec, fail)
        if SCALING_KEY in metadata:
            scaling = metadata[SCALING_KEY]
            try:
                read_record(scaling, spec)
            except DataError as exc:
                raise fail(Message("metadata.json {name!r}: {problem}", name=SCALING_KEY,
                                   problem=exc.message)) from None
    shapes = layer_weight_shapes(spec)
    n_values = sum(int(np.prod(s)) for ws in shapes.values() for _, s, _ in ws)
    implied = 4 * 8 * n_values + KERAS_WEIGHTS_SLACK   # weights, optimizer slots and resume state, in float64
    data = _member(zf, infos[WEIGHTS_MEMBER], min(MAX_H5_FILE_BYTES, implied), fail)
    reader = _Reader(Path(f"{path}:{WEIGHTS_MEMBER}"), max_elements, max_bytes)
    try:
        f = h5py.File(io.BytesIO(data), "r")
    except OSError as exc:
        raise fail(Message("{name} is not a readable HDF5 file ({reason})", name=WEIGHTS_MEMBER,
                           reason=str(exc))) from None
    with f:
        weights = _weights(reader, f, model_part, layout.groups, spec)
        state = reader.read_state(f) if reader.child(f, STATE_GROUP, "/", required=False) is not None else None
        if state is None and reader.child(f, "optimizer", "/", required=False) is not None:
            steps = reader.child(f, "optimizer/vars/0", "/", required=False)   # Keras' iteration count
            stepped = not (isinstance(steps, h5py.Dataset) and steps.shape == () and steps.dtype.kind in "iu"
                           and int(steps[()]) == 0)
            if stepped:   # (annstudio's own state, when there, is what --resume continues from)
                notes.append(Message("the optimizer's state in the file is not used: training starts with a fresh "
                                     "one"))
    return H5Contents(spec=spec, weights=weights, loss=loss, optimizer=optimizer, metrics=metrics, state=state,
                      keras_version=keras_version, dtype=layout.dtype or "float32", notes=tuple(notes),
                      model_config=model_part, training_config=compile_config or None, features=features,
                      scaling=scaling)


def _features(value: Any, spec: ModelSpec, fail) -> tuple[str, ...]:
    try:
        features = check_features(value)
    except DataError as exc:
        raise fail(Message("metadata.json {name!r}: {problem}", name=FEATURES_KEY, problem=exc.message)) from None
    if tuple(spec.input_shape) != (len(features),):
        raise fail(Message("metadata.json {name!r} names {count} input features but the model takes inputs of "
                           "shape {shape}", name=FEATURES_KEY, count=len(features), shape=tuple(spec.input_shape)))
    return features


def _weights(reader: _Reader, f: h5py.File, model_config: dict[str, Any], groups, spec: ModelSpec
             ) -> dict[str, np.ndarray]:
    shapes = layer_weight_shapes(spec)
    values: dict[str, np.ndarray] = {}
    for group_path, spec_name in weight_paths(model_config, groups):
        wanted = [] if spec_name is None else \
            [(w, s) for w, s, t in shapes[spec_name] if t] + [(w, s) for w, s, t in shapes[spec_name] if not t]
        where = f"/{group_path}/vars"
        group = reader.child(f, f"{group_path}/vars", "/", required=bool(wanted), kind=h5py.Group)
        stored = sorted(group.keys()) if group is not None else []
        expected = [str(k) for k in range(len(wanted))]
        if stored != sorted(expected):
            raise reader.fail(Message(
                "{where} holds {found} but layer {layer!r} has {count} weight(s) ({names})", where=where,
                found=", ".join(map(repr, stored[:10])) or Term("nothing"), layer=spec_name,
                count=len(wanted), names=", ".join(w for w, _ in wanted) or Term("none")))
        for k, (w, shape) in enumerate(wanted):
            assert group is not None
            dset = reader.child(group, str(k), where, kind=h5py.Dataset)
            key = f"{spec_name}/{w}"
            reader.check_dataset(dset, f"{where}/{k}", "f", f"weight {key!r} ({where}/{k})")
            if tuple(dset.shape) != tuple(shape):
                raise reader.fail(Message("wrong shape for {key!r}: expected {expected}, found {found} ({where})",
                                          key=key, expected=tuple(shape), found=tuple(dset.shape),
                                          where=f"{where}/{k}"))
            arr = np.asarray(dset[()])
            if arr.dtype.byteorder == (">" if np.little_endian else "<"):
                arr = arr.astype(arr.dtype.newbyteorder("="))
            values[key] = arr
    missing = [key for key in weight_keys(spec) if key not in values]
    if missing:
        raise reader.fail(Message("no weights for {names}", names=", ".join(missing)))
    return {key: values[key] for key in weight_keys(spec)}
