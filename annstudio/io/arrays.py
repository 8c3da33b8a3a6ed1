"""Reading and writing plain arrays for ``annstudio predict``: ``.npy`` (no pickles) and numeric ``.csv``."""
from __future__ import annotations

import csv
import io
import math
import os
from array import array as float_array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from ..data.csv_import import csv_problem, decoded_text
from ..data.files import FileRefused, read_bytes, read_npy, regular_file
from ..limits import MAX_ARRAY_BYTES, MAX_CSV_BYTES
from ..messages import Message, MessageError
from ..project import atomic_temp, write_text_atomic


def read_array(path: str | os.PathLike) -> np.ndarray:
    """A numeric array from ``.npy`` (``allow_pickle=False``) or ``.csv`` (one sample per row, header optional)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".npy", ".csv", ".txt"):
        if path.exists():   # a folder ("--input ."): say so, as for a folder named x.npy
            try:
                regular_file(path, max(MAX_ARRAY_BYTES, MAX_CSV_BYTES))
            except FileRefused as exc:
                raise MessageError(exc.message) from None
        raise MessageError(Message("unsupported file type {suffix!r}; use .npy or .csv", suffix=suffix or '(none)'))
    try:
        if suffix == ".npy":
            array = read_npy(path, MAX_ARRAY_BYTES)
        else:
            raw = read_bytes(path, MAX_CSV_BYTES)
    except FileRefused as exc:
        raise MessageError(Message("no such file") if exc.missing else exc.message) from None
    if suffix == ".npy":
        if not np.issubdtype(array.dtype, np.number):
            raise MessageError(Message("holds {dtype} values, expected numbers", dtype=array.dtype))
        return array
    text = decoded_text(raw)   # UTF-8, or CP949 as a Korean Excel saves plain "CSV" (as the CSV data source)
    if text is None:
        raise MessageError(Message("not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'"))
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ("\t" if "\t" in sample and "," not in sample else ",")
    values = float_array("d")   # 8 bytes a value: rows are converted as they are read, never kept as text
    width = None
    count = 0
    with io.StringIO(text, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        for row in _rows(reader):
            if not row or not any(cell.strip() for cell in row):
                continue
            if width is None and count == 0 and not any(_is_float(cell) for cell in row):
                count = -1        # a header (no cell is a number): skipped once; "1,2,x,4" is a row with a typo
                continue
            count = max(count, 0) + 1
            line = reader.line_num   # the file's line: what an editor shows, blank lines and header counted
            if width is None:
                width = len(row)
            elif len(row) != width:
                raise MessageError(Message(
                    "line {value} has {count} values, the first row has {width}",
                    value=line, count=len(row), width=width))
            try:
                numbers = [float(cell) for cell in row]
            except ValueError:
                bad = next(c for c in row if not _is_float(c))
                raise MessageError(Message(
                    "line {value} holds {bad!r}, which is not a number",
                    value=line, bad=bad)) from None
            if not all(math.isfinite(v) for v in numbers):   # "nan", "inf": named by the file's line, not row 0
                bad = next(c for c, v in zip(row, numbers, strict=True) if not math.isfinite(v))
                raise MessageError(Message(
                    "line {value} holds {bad!r}, which is not a finite number",
                    value=line, bad=bad))
            values.extend(numbers)
    if width is None:
        raise MessageError(Message("holds no data rows"))
    return np.array(values, dtype=np.float64).reshape(-1, width)


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
        flat = array.reshape(len(array), int(np.prod(array.shape[1:], dtype=np.int64)))   # 0 rows too
        write_text_atomic(path, "".join(",".join(repr(float(v)) for v in row) + "\n" for row in flat))
    else:
        raise MessageError(Message(
            "unsupported file type {suffix!r}; use .npy or .csv",
            suffix=suffix or '(none)'))


def _rows(reader: Any) -> Iterator[list[str]]:
    """The rows of a ``csv.reader``; a row it cannot read (e.g. a field over the field-size limit) becomes
    a message naming its line."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise MessageError(csv_problem(exc, reader.line_num)) from None
        yield row


def _is_float(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


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
