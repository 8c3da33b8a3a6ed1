"""One entry point for Keras model files of either format: ``.h5`` (HDF5) and ``.keras`` (Keras 3's zip).

``load_model_file`` tells them apart by their first bytes (a ``.keras`` archive starts with ``PK``, an
``.h5`` with the HDF5 signature), whatever the name says, and falls back to the name for a file that is
neither; ``save_model_file`` writes ``.keras`` for a name ending in ``.keras`` and ``.h5`` otherwise.
Both raise ``H5Error`` (``KerasFileError`` for ``.keras``) naming the file and the problem.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..data.files import FileRefused, regular_file
from ..limits import MAX_KERAS_FILE_BYTES
from .h5_common import H5Error
from .keras_zip_common import ZIP_SIGNATURE, KerasFileError

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"

__all__ = ["H5Error", "KerasFileError", "has_model_signature", "is_keras_name", "load_model_file", "save_model_file"]


def is_keras_name(path: str | os.PathLike) -> bool:
    """True when ``path`` names a ``.keras`` file (any case)."""
    return Path(path).suffix.lower() == ".keras"


def _is_zip(path: Path) -> bool:
    try:
        regular_file(path, MAX_KERAS_FILE_BYTES)   # never open a FIFO or a device
        with open(path, "rb") as fh:
            return fh.read(4) == ZIP_SIGNATURE
    except (OSError, FileRefused):
        return False


def _is_hdf5(path: Path) -> bool:
    try:
        regular_file(path, MAX_KERAS_FILE_BYTES)
        with open(path, "rb") as fh:
            return fh.read(8) == HDF5_SIGNATURE
    except (OSError, FileRefused):
        return False


def has_model_signature(path: str | os.PathLike) -> bool:
    """Whether ``path`` begins as a ``.keras`` (zip) or ``.h5`` (HDF5) file does: its first bytes, not its name."""
    return _is_zip(Path(path)) or _is_hdf5(Path(path))


def load_model_file(path: str | os.PathLike) -> Any:
    """``H5Contents`` of a Keras ``.h5`` or ``.keras`` model file (see ``h5_read.load_h5``/``keras_zip_read``)."""
    path = Path(path)
    if _is_zip(path) or is_keras_name(path) and not _is_hdf5(path):
        from .keras_zip_read import load_keras

        return load_keras(path)   # also a missing file or one that is neither: says why
    from .h5_read import load_h5

    return load_h5(path)


def save_model_file(path: str | os.PathLike, spec: Any, weights: Any, **kwargs: Any) -> None:
    """``save_keras`` for a ``.keras`` name, else ``save_h5`` (same arguments)."""
    if is_keras_name(path):
        from .keras_zip_write import save_keras

        save_keras(path, spec, weights, **kwargs)
    else:
        from .h5_write import save_h5

        save_h5(path, spec, weights, **kwargs)
