"""Opening a data file from a stranger: only regular files, only up to a size budget.

A path may name ``/dev/zero`` (reads forever), a FIFO (``open`` blocks until a writer appears), a
directory, or a symbolic link to any of them. ``regular_file`` follows the links with ``os.stat`` and
accepts only a regular file no larger than the budget; ``read_bytes`` opens it with ``O_NONBLOCK`` (so
even a FIFO swapped in after the check cannot block), checks the opened descriptor again and reads at
most the budget. Every refusal is a ``FileRefused`` whose message names the size and the budget.
"""
from __future__ import annotations

import os
import stat
import tokenize
from pathlib import Path

from ..messages import Message, Term, os_reason

__all__ = ["FileRefused", "read_bytes", "regular_file"]


class FileRefused(ValueError):
    """A path that is not a readable regular file within its budget; ``message`` says why (a ``Message``)."""

    def __init__(self, message: str, missing: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.missing = missing


def _kind(mode: int) -> Term:
    if stat.S_ISDIR(mode):
        return Term("a folder")
    if stat.S_ISFIFO(mode):
        return Term("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Term("a device")
    if stat.S_ISSOCK(mode):
        return Term("a socket")
    return Term("not a regular file")


def _check(st: os.stat_result, path: Path, max_bytes: int) -> int:
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(Message("{path} is {kind}; only regular files are read", path=path, kind=_kind(st.st_mode)))
    if st.st_size > max_bytes:
        raise FileRefused(Message(
            "{path} is {size:,} bytes, more than the {max_bytes:,} bytes allowed for this kind of file",
            path=path, size=st.st_size, max_bytes=max_bytes))
    return int(st.st_size)


def regular_file(path: str | os.PathLike, max_bytes: int) -> int:
    """The size of ``path`` when it is (a link to) a regular file of at most ``max_bytes``; else ``FileRefused``."""
    path = Path(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise FileRefused(Message("{path}: no such file", path=path), missing=True) from None
    except (OSError, ValueError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise FileRefused(Message("{path}: cannot be read ({reason})", path=path, reason=reason)) from None
    return _check(st, path, max_bytes)


def read_bytes(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The whole content of a regular file of at most ``max_bytes`` (never blocks, never reads more)."""
    path = Path(path)
    regular_file(path, max_bytes)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise FileRefused(Message("{path}: cannot be read ({reason})", path=path, reason=os_reason(exc))) from None
    try:
        size = _check(os.fstat(fd), path, max_bytes)   # the file opened is the file checked
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(size + 1)
    except OSError as exc:
        raise FileRefused(Message("{path}: cannot be read ({reason})", path=path, reason=os_reason(exc))) from None
    finally:
        os.close(fd)
    if len(data) != size:
        raise FileRefused(Message("{path} changed while it was read; try again", path=path))
    return data


def _npy_problem(path: Path, problem: str) -> FileRefused:
    return FileRefused(Message("{path}: not a plain numeric .npy file ({problem})", path=path, problem=problem))


def read_npy_stream(fh, path: Path, data_bytes: int, max_bytes: int):
    """The array in an open ``.npy`` stream (a file or a ``.npz`` member) whose size after the magic
    string and header must be ``data_bytes`` (the file's size minus the header). Its header is checked before
    anything is allocated: no pickled objects, shape x item size equal to the bytes that follow and at most
    ``max_bytes``. ``data_bytes``: the stream's total size; the header's length is subtracted here."""
    import numpy as np

    fmt = np.lib.format
    start = fh.tell() if fh.seekable() else 0
    try:
        head = fh.read(6)
        if head[:2] == b"PK":
            raise _npy_problem(path, Term("it is a .npz archive; name it .npz"))
        if head != fmt.MAGIC_PREFIX:
            raise _npy_problem(path, Term("no .npy header") if head else Term("the file is empty"))
        version = tuple(fh.read(2))
        if version == (1, 0):
            shape, fortran, dtype = fmt.read_array_header_1_0(fh)
        elif version == (2, 0):
            shape, fortran, dtype = fmt.read_array_header_2_0(fh)
        else:
            raise _npy_problem(path, Message("format version {version} is not supported", version=version))
    except FileRefused:
        raise
    except (ValueError, SyntaxError, TypeError, OverflowError, tokenize.TokenError) as exc:
        raise _npy_problem(path, str(exc)[:200]) from None
    if dtype.hasobject:
        raise _npy_problem(path, Term("it holds Python objects, which cannot be read without pickle"))
    count = 1
    for d in shape:
        count *= int(d)
    declared = count * dtype.itemsize
    available = data_bytes - (fh.tell() - start)
    if declared > max_bytes:
        raise FileRefused(Message(
            "{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, more than the "
            "{max_bytes:,} bytes allowed", path=path, shape=tuple(shape), dtype=dtype, declared=declared,
            max_bytes=max_bytes))
    if declared != available:
        raise FileRefused(Message(
            "{path}: the .npy header declares shape {shape} of {dtype} = {declared:,} bytes, but the file holds "
            "{available:,} bytes of data (truncated or damaged)", path=path, shape=tuple(shape), dtype=dtype,
            declared=declared, available=available))
    buffer = bytearray(declared)
    view = memoryview(buffer)
    got = 0
    while got < declared:
        n = fh.readinto(view[got:]) if hasattr(fh, "readinto") else None
        if n is None:
            chunk = fh.read(declared - got)
            n = len(chunk)
            view[got:got + n] = chunk
        if not n:
            break
        got += n
    if got != declared:
        raise FileRefused(Message("{path} changed while it was read; try again", path=path))
    array = np.frombuffer(buffer, dtype=dtype, count=count)
    return array.reshape(shape, order="F" if fortran else "C")


def read_npy(path: str | os.PathLike, max_bytes: int):
    """The array in a ``.npy`` file (checked as ``read_npy_stream`` says; never pickles, never blocks)."""
    path = Path(path)
    regular_file(path, max_bytes + _NPY_HEADER_ROOM)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise FileRefused(Message("{path}: cannot be read ({reason})", path=path, reason=os_reason(exc))) from None
    try:
        with os.fdopen(fd, "rb") as fh:
            size = _check(os.fstat(fh.fileno()), path, max_bytes + _NPY_HEADER_ROOM)
            return read_npy_stream(fh, path, size, max_bytes)
    except OSError as exc:
        raise FileRefused(Message("{path}: cannot be read ({reason})", path=path, reason=os_reason(exc))) from None


_NPY_HEADER_ROOM = 1 << 16   # a .npy header is at most 64 KiB (format 1.0) in practice
