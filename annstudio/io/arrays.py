"""Reading and writing plain arrays for ``annstudio predict``: ``.npy`` (no pickles) and numeric ``.csv``."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np

from ..data.csv_import import csv_problem
from ..messages import Message, MessageError, message_of
from ..project import atomic_temp, write_text_atomic


def read_array(path: str | os.PathLike) -> np.ndarray:
    """A numeric array from ``.npy`` (``allow_pickle=False``) or ``.csv`` (one sample per row, header optional)."""
    path = Path(path)
    if not path.exists():
        raise MessageError(Message("no such file"))
    suffix = path.suffix.lower()
    if suffix == ".npy":
        try:
            array = np.load(path, allow_pickle=False)
        except EOFError:
            raise MessageError(Message("not a .npy file (it is empty or cut short)")) from None
        except (ValueError, OSError) as exc:
            raise MessageError(Message("not a plain numeric .npy file ({problem})", problem=message_of(exc))) from None
        if not isinstance(array, np.ndarray):   # np.load opens a .npz archive too, whatever its name
            if hasattr(array, "close"):
                array.close()
            raise MessageError(Message("is a .npz archive, not a .npy array; save one array with numpy.save"))
        if not np.issubdtype(array.dtype, np.number):
            raise MessageError(Message("holds {dtype} values, expected numbers", dtype=array.dtype))
        return array
    if suffix in (".csv", ".txt"):
        with open(path, newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            delimiter = ";" if sample.count(";") > sample.count(",") else ("\t" if "\t" in sample and "," not in sample else ",")
            reader = csv.reader(fh, delimiter=delimiter)
            try:
                rows = [row for row in reader if row and any(cell.strip() for cell in row)]
            except csv.Error as exc:
                raise MessageError(csv_problem(exc, reader.line_num)) from None
        if rows and not _numeric(rows[0]):
            rows = rows[1:]  # a header
        if not rows:
            raise MessageError(Message("holds no data rows"))
        width = len(rows[0])
        values = []
        for i, row in enumerate(rows):
            if len(row) != width:
                raise MessageError(Message(
                    "row {value} has {count} values, the first row has {width}",
                    value=i + 1, count=len(row), width=width))
            try:
                values.append([float(cell) for cell in row])
            except ValueError:
                bad = next(c for c in row if not _is_float(c))
                raise MessageError(Message(
                    "row {value} holds {bad!r}, which is not a number",
                    value=i + 1, bad=bad)) from None
        return np.asarray(values, dtype=np.float64)
    raise MessageError(Message("unsupported file type {suffix!r}; use .npy or .csv", suffix=suffix or '(none)'))


def write_array(path: str | os.PathLike, array: np.ndarray) -> None:
    """Write ``.npy`` or ``.csv`` atomically (a crash never leaves half a file)."""
    path = Path(path)
    suffix = path.suffix.lower()
    array = np.asarray(array)
    if suffix == ".npy":
        fd, name = atomic_temp(path)
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, array, allow_pickle=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
    elif suffix == ".csv":
        flat = array.reshape(len(array), -1)
        write_text_atomic(path, "\n".join(",".join(repr(float(v)) for v in row) for row in flat) + "\n")
    else:
        raise MessageError(Message(
            "unsupported file type {suffix!r}; use .npy or .csv",
            suffix=suffix or '(none)'))


def _is_float(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _numeric(row: list[str]) -> bool:
    return all(_is_float(cell) for cell in row)


def write_npz(path: str | os.PathLike, arrays: dict[str, np.ndarray]) -> None:
    """Write named arrays as an uncompressed ``.npz`` atomically (``numpy.load`` opens it without pickle)."""
    path = Path(path)
    fd, name = atomic_temp(path)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, allow_pickle=False, **arrays)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
