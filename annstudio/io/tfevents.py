"""TensorBoard event files without TensorFlow: TFRecord framing, CRC-32C and hand-encoded protobufs.

An event file is a sequence of TFRecords, each one serialized ``tensorboard.Event``::

    uint64 length (little-endian) | uint32 masked_crc32c(length bytes) | data | uint32 masked_crc32c(data)

The messages written here (field numbers from ``tensorboard/compat/proto/event.proto``,
``summary.proto`` and ``histogram.proto``)::

    Event          { double wall_time = 1; int64 step = 2; string file_version = 3; Summary summary = 5; }
    Summary        { repeated Value value = 1; }
    Summary.Value  { string tag = 1; float simple_value = 2; HistogramProto histo = 5; }
    HistogramProto { double min = 1; double max = 2; double num = 3; double sum = 4; double sum_squares = 5;
                     repeated double bucket_limit = 6 [packed]; repeated double bucket = 7 [packed]; }

Scalars are written as ``simple_value`` and histograms as ``histo``: the classic forms that TensorBoard's
``EventAccumulator`` returns from ``Scalars()`` / ``Histograms()`` and that its data loader migrates to the
scalars / histograms plugins, so they show up in the TensorBoard UI like Keras' own summaries.
"""
from __future__ import annotations

import itertools
import os
import socket
import struct
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np

FILE_VERSION = "brain.Event:2"
_MASK_DELTA = 0xA282EAD8


# ---------------------------------------------------------------------------------------------- CRC-32C
def _make_crc_table() -> tuple[int, ...]:
    poly = 0x82F63B78  # Castagnoli polynomial, bit-reversed
    table = []
    for n in range(256):
        crc = n
        for _ in range(8):
            crc = (crc >> 1) ^ poly if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_CRC_TABLE = _make_crc_table()


def _crc32c_python(data: bytes) -> int:
    crc = 0xFFFFFFFF
    table = _CRC_TABLE
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def _fast_crc32c() -> Any:
    """A compiled CRC-32C when one of the optional packages is installed (neither is required)."""
    try:
        import crc32c as _crc32c_pkg  # the ``crc32c`` package

        return _crc32c_pkg.crc32c
    except ImportError:
        pass
    try:
        import google_crc32c  # the ``google-crc32c`` package

        return google_crc32c.value
    except ImportError:
        return None


_FAST_CRC32C = _fast_crc32c()


def crc32c(data: bytes) -> int:
    """CRC-32C (Castagnoli) of ``data`` as an unsigned 32-bit int; ``crc32c(b"123456789") == 0xE3069283``."""
    if _FAST_CRC32C is not None:
        return int(_FAST_CRC32C(bytes(data))) & 0xFFFFFFFF
    return _crc32c_python(data)


def masked_crc32c(data: bytes) -> int:
    """The TFRecord checksum: the CRC rotated right by 15 bits plus a constant, modulo 2**32."""
    crc = crc32c(data)
    return (((crc >> 15) | (crc << 17)) + _MASK_DELTA) & 0xFFFFFFFF


def tfrecord(data: bytes) -> bytes:
    """One TFRecord: length, its masked CRC, the data, the data's masked CRC."""
    header = struct.pack("<Q", len(data))
    return header + struct.pack("<I", masked_crc32c(header)) + data + struct.pack("<I", masked_crc32c(data))


# ------------------------------------------------------------------------------------ protobuf encoding
_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5


def _varint(value: int) -> bytes:
    if value < 0:  # int64 negatives are encoded as their 64-bit two's complement (10 bytes)
        value += 1 << 64
    out = bytearray()
    while True:
        bits = value & 0x7F
        value >>= 7
        if value:
            out.append(bits | 0x80)
        else:
            out.append(bits)
            return bytes(out)


def _key(field: int, wire_type: int) -> bytes:
    return _varint((field << 3) | wire_type)


def _len_field(field: int, payload: bytes) -> bytes:
    return _key(field, _LEN) + _varint(len(payload)) + payload


def _double_field(field: int, value: float) -> bytes:
    return _key(field, _I64) + struct.pack("<d", float(value))


def _float_field(field: int, value: float) -> bytes:
    return _key(field, _I32) + struct.pack("<f", float(value))


def _packed_doubles(field: int, values: Iterable[float]) -> bytes:
    array = np.asarray(tuple(values), dtype="<f8")
    return _len_field(field, array.tobytes()) if array.size else b""


@dataclass(frozen=True)
class Histogram:
    """The numbers of a ``HistogramProto``: ``bucket[i]`` values fall at or below ``bucket_limit[i]``
    (and above ``bucket_limit[i - 1]``; the first bucket starts at ``min``)."""

    min: float
    max: float
    num: float
    sum: float
    sum_squares: float
    bucket_limit: tuple[float, ...]
    bucket: tuple[float, ...]

    @classmethod
    def from_values(cls, values: Any, bins: int = 30) -> Histogram | None:
        """Equal-width buckets over the finite entries of ``values`` (any shape), computed with NumPy.

        Returns ``None`` when there is no finite value. All-equal values give one bucket.
        """
        if int(bins) < 1:
            raise ValueError(f"a histogram needs at least 1 bucket, got bins={bins!r}")
        x = np.asarray(values, dtype=np.float64).reshape(-1)
        x = x[np.isfinite(x)]
        if x.size == 0:
            return None
        lo, hi = float(x.min()), float(x.max())
        if lo == hi:
            counts, limits = np.array([x.size], dtype=np.float64), np.array([hi])
        else:
            counts, edges = np.histogram(x, bins=int(bins), range=(lo, hi))
            limits = edges[1:].copy()
            limits[-1] = hi  # exactly max, as TensorBoard's data loader takes the last right edge to be max
        return cls(lo, hi, float(x.size), float(x.sum()), float(np.dot(x, x)),
                   tuple(float(v) for v in limits), tuple(float(c) for c in counts))

    def encode(self) -> bytes:
        return b"".join([
            _double_field(1, self.min), _double_field(2, self.max), _double_field(3, self.num),
            _double_field(4, self.sum), _double_field(5, self.sum_squares),
            _packed_doubles(6, self.bucket_limit), _packed_doubles(7, self.bucket),
        ])


def encode_summary_value(tag: str, value: float | Histogram) -> bytes:
    """A serialized ``Summary.Value``: ``simple_value`` for a number, ``histo`` for a ``Histogram``."""
    body = _len_field(1, tag.encode("utf-8"))
    if isinstance(value, Histogram):
        body += _len_field(5, value.encode())
    else:
        body += _float_field(2, float(value))
    return body


def encode_event(wall_time: float, step: int = 0, *, file_version: str | None = None,
                 values: Iterable[tuple[str, float | Histogram]] = ()) -> bytes:
    """A serialized ``Event``; ``values`` (tag, number or ``Histogram``) become its ``Summary``."""
    body = _double_field(1, wall_time)
    if step:
        body += _key(2, _VARINT) + _varint(int(step))
    if file_version is not None:
        body += _len_field(3, file_version.encode("utf-8"))
    summary = b"".join(_len_field(1, encode_summary_value(tag, v)) for tag, v in values)
    if summary:
        body += _len_field(5, summary)
    return body


# ------------------------------------------------------------------------------------------ the writer
_FILE_COUNTER = itertools.count()


def event_file_name(when: float | None = None) -> str:
    """``events.out.tfevents.{seconds}.{hostname}.{pid}.{counter}.v2``, like ``tf.summary.create_file_writer``."""
    seconds = int(time.time() if when is None else when)
    return f"events.out.tfevents.{seconds}.{socket.gethostname()}.{os.getpid()}.{next(_FILE_COUNTER)}.v2"


class EventFileWriter:
    """Append events to a new event file in ``log_dir`` (created if missing).

    Writes are buffered; ``flush()`` makes them visible to a running TensorBoard, ``close()`` ends the file.
    Usable as a context manager. Not thread-safe: use one writer from one thread.
    """

    def __init__(self, log_dir: str | os.PathLike) -> None:
        self.log_dir = Path(log_dir)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._file: IO[bytes] | None = None
        while True:
            path = self.log_dir / event_file_name()
            try:
                self._file = open(path, "xb")  # never append to (or clobber) another writer's file
                break
            except FileExistsError:
                continue
        self.path = path
        self._write(encode_event(time.time(), 0, file_version=FILE_VERSION))
        self.flush()

    @property
    def closed(self) -> bool:
        return self._file is None

    def _write(self, event: bytes) -> None:
        if self._file is None:
            raise ValueError(f"the event file {self.path} is closed")
        self._file.write(tfrecord(event))

    def add_scalars(self, scalars: dict[str, float], step: int, wall_time: float | None = None) -> None:
        """One event holding every ``tag: value`` of ``scalars`` at ``step``."""
        if scalars:
            self._write(encode_event(time.time() if wall_time is None else wall_time, step,
                                     values=[(tag, float(v)) for tag, v in scalars.items()]))

    def add_scalar(self, tag: str, value: float, step: int, wall_time: float | None = None) -> None:
        self.add_scalars({tag: value}, step, wall_time)

    def add_histogram(self, tag: str, values: Any, step: int, bins: int = 30,
                      wall_time: float | None = None) -> Histogram | None:
        """Bucket ``values`` (see ``Histogram.from_values``) and write them; returns what was written, or
        ``None`` (nothing written) when ``values`` holds no finite number."""
        histogram = values if isinstance(values, Histogram) else Histogram.from_values(values, bins)
        if histogram is not None:
            self._write(encode_event(time.time() if wall_time is None else wall_time, step,
                                     values=[(tag, histogram)]))
        return histogram

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> EventFileWriter:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
