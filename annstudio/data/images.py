"""Fashion-MNIST and MNIST as ``Dataset``s, following the notes' recipe (CURRICULUM §4).

Pixels / 255 -> ``float32`` in [0, 1]; the *first* ``validation`` (5,000) training images are the
validation set (``x_val``/``y_val``), the rest are training images; the 10,000 test images stay
the test set. Images keep their ``(28, 28)`` shape unless ``flatten``.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..limits import MAX_IMAGES
from ..messages import Message
from . import idx, texts
from .dataset import PARTS, DataError, Dataset
from .schema import Param

NAMES = ("fashion_mnist", "mnist")

FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                   "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
DIGIT_CLASSES = [str(d) for d in range(10)]

PARAMS = {
    "folder": Param("path", None, optional=True,
                    help="folder with the IDX files (train-images-idx3-ubyte[.gz], ...) or the .npz; "
                         "searched before the standard folders"),
    "download": Param("bool", False, help="when the files are not found, download them with Keras (needs internet)"),
    "validation": Param("int", 5000, min=0,
                        help="the first N training images become the validation set (0 = none)"),
    "scale": Param("bool", True, help="pixels / 255 -> 0..1 (otherwise 0..255)"),
    "flatten": Param("bool", False, help="inputs of shape (784,) instead of 28x28 images"),
    "limit_train": Param("int", None, min=1, optional=True,
                         help="use only the first N training images (after the validation split), for quick runs"),
    "limit_test": Param("int", None, min=1, optional=True, help="use only the first N test images"),
}


def _find_arrays(name: str, folder: str | None, download: bool):
    """``(x_train, y_train, x_test, y_test, where)`` from the first place that has the set."""
    if folder is not None:
        if not Path(folder).expanduser().is_dir():
            raise DataError(Message("parameter 'folder' = {folder!r} is not an existing folder; accepted: a folder "
                                    "holding the {title} files", folder=folder, title=idx.TITLES[name]),
                            dataset=name, param="folder")

    source, searched, partial = idx.find_source(name, folder)
    if source is not None:
        try:
            arrays = idx.read_source(source)
        except DataError as exc:
            raise DataError(exc.message, dataset=name) from None
        return (*arrays, source.describe())
    download_error = None
    if download:
        try:
            source = idx.download(name)
            return (*idx.read_source(source), f"{source.describe()}, just downloaded")
        except DataError as exc:
            download_error = exc.message
    raise DataError(idx.absent_message(name, searched, partial, download_error), dataset=name)


def _check_raw(name: str, where: str, x_train, y_train, x_test, y_test) -> None:
    for part, x, y in ((PARTS["training"], x_train, y_train), (PARTS["test"], x_test, y_test)):
        if x.ndim != 3:
            raise DataError(Message(
                "{where}: {part} images have shape {shape}; expected (n, rows, columns)",
                where=where, part=part, shape=x.shape), dataset=name)
        if y.ndim != 1 or len(y) != len(x):
            raise DataError(Message(
                "{where}: {count} {part} images but labels of shape {shape}; the counts must match",
                where=where, count=len(x), part=part, shape=y.shape),
                            dataset=name)
        if x.dtype != np.uint8:
            raise DataError(Message(
                "{where}: {part} pixels have dtype {dtype}; expected uint8 (0..255)",
                where=where, part=part, dtype=x.dtype), dataset=name)
        if not np.issubdtype(y.dtype, np.integer) or (len(y) and (y.min() < 0 or y.max() > 9)):
            if np.issubdtype(y.dtype, np.number) and len(y):
                raise DataError(Message("{where}: {part} labels must be integers 0..9 (found dtype {dtype}, values "
                                        "{low}..{high})", where=where, part=part, dtype=y.dtype, low=y.min(),
                                        high=y.max()), dataset=name)
            raise DataError(Message("{where}: {part} labels must be integers 0..9 (found dtype {dtype})",
                                    where=where, part=part, dtype=y.dtype), dataset=name)

    if x_train.shape[1:] != x_test.shape[1:]:
        raise DataError(Message(
            "{where}: training images are {shape} but test images {shape2}",
            where=where, shape=x_train.shape[1:], shape2=x_test.shape[1:]),
                        dataset=name)
    count = len(x_train) + len(x_test)
    if count > MAX_IMAGES:
        raise DataError(Message(
            "{where}: {count:,} images, more than the {max_images:,} a set may have",
            where=where, count=count, max_images=MAX_IMAGES), dataset=name)


def load_images(name: str, folder: str | None = None, download: bool = False, validation: int = 5000,
                scale: bool = True, flatten: bool = False, limit_train: int | None = None,
                limit_test: int | None = None) -> Dataset:
    x_train, y_train, x_test, y_test, where = _find_arrays(name, folder, download)
    _check_raw(name, where, x_train, y_train, x_test, y_test)
    n = len(x_train)
    if validation >= n:
        raise DataError(Message(
            "parameter 'validation' = {validation} leaves no training images; accepted: 0 to {value} (there are {n} "
            "training images)",
            validation=validation, value=n - 1, n=n), dataset=name, param="validation")

    def prepare(x: np.ndarray) -> np.ndarray:
        # one pass: each byte becomes float32 and is divided by 255 in float32 (as astype then /= would)
        out = np.divide(x, np.float32(255.0), dtype=np.float32) if scale else x.astype(np.float32)
        return out.reshape(len(out), -1) if flatten else out

    x_val = y_val = None
    if validation:
        x_val, y_val = prepare(x_train[:validation]), y_train[:validation].astype(np.int64)
    rest = slice(validation, None if limit_train is None else validation + limit_train)
    test = slice(None, limit_test)
    return Dataset(
        name=name,
        x_train=prepare(x_train[rest]), y_train=y_train[rest].astype(np.int64),
        x_test=prepare(x_test[test]), y_test=y_test[test].astype(np.int64),
        x_val=x_val, y_val=y_val,
        task="multiclass",
        class_names=list(FASHION_CLASSES if name == "fashion_mnist" else DIGIT_CLASSES),
        description=f"{texts.DESCRIPTIONS[name]} Read from {where}.",
        x_divisor=255.0 if scale else None,
    )
