"""Reading and writing plain arrays for ``annstudio predict``: ``.npy`` (no pickles) and numeric ``.csv``."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np

from ..project import write_text_atomic


def read_array(path: str | os.PathLike) -> np.ndarray:
    """A numeric array from ``.npy`` (``allow_pickle=False``) or ``.csv`` (one sample per row, header optional)."""
    path = Path(path)
    if not path.exists():
        raise ValueError("no such file")
    suffix = path.suffix.lower()
    if suffix == ".npy":
        try:
            array = np.load(path, allow_pickle=False)
        except ValueError as exc:
            raise ValueError(f"not a plain numeric .npy file ({exc})") from None
        if not np.issubdtype(array.dtype, np.number):
            raise ValueError(f"holds {array.dtype} values, expected numbers")
        return array
    if suffix in (".csv", ".txt"):
        with open(path, newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            delimiter = ";" if sample.count(";") > sample.count(",") else ("\t" if "\t" in sample and "," not in sample else ",")
            rows = [row for row in csv.reader(fh, delimiter=delimiter) if row and any(cell.strip() for cell in row)]
        if rows and not _numeric(rows[0]):
            rows = rows[1:]  # a header
        if not rows:
            raise ValueError("holds no data rows")
        width = len(rows[0])
        values = []
        for i, row in enumerate(rows):
            if len(row) != width:
                raise ValueError(f"row {i + 1} has {len(row)} values, the first row has {width}")
            try:
                values.append([float(cell) for cell in row])
            except ValueError:
                bad = next(c for c in row if not _is_float(c))
                raise ValueError(f"row {i + 1} holds {bad!r}, which is not a number") from None
        return np.asarray(values, dtype=np.float64)
    raise ValueError(f"unsupported file type {suffix or '(none)'!r}; use .npy or .csv")


def write_array(path: str | os.PathLike, array: np.ndarray) -> None:
    """Write ``.npy`` or ``.csv`` atomically (a crash never leaves half a file)."""
    path = Path(path)
    suffix = path.suffix.lower()
    array = np.asarray(array)
    if suffix == ".npy":
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            with open(tmp, "wb") as fh:
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
        raise ValueError(f"unsupported file type {suffix or '(none)'!r}; use .npy or .csv")


def _is_float(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _numeric(row: list[str]) -> bool:
    return all(_is_float(cell) for cell in row)
