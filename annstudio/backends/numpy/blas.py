"""One fused product for SGD: ``w -= x.T @ g`` as a single BLAS call, without a gradient array.

A plain SGD step on a Dense kernel is ``grad = x.T @ g`` (one matrix product into a gradient array) and
then ``w -= grad`` (a second pass over both arrays). BLAS' ``gemm`` computes ``C = alpha * A @ B + beta * C``,
so with ``alpha = -1``, ``beta = 1`` and ``C = w`` it does both at once: every kernel value is read and written
once, and the gradient array is never written or read. For the notes' recipe (784-300-100-10, batch 32) that
makes a training step about 1.14x faster.

NumPy does not expose ``gemm`` with ``beta``, so the call goes through ``ctypes`` to the very OpenBLAS that
NumPy loaded (the same library file, hence the same threads). When that library cannot be found (another BLAS,
a NumPy built differently) or the arrays are not laid out as ``gemm`` wants, :func:`subtract_xt_g` computes
the same thing with NumPy in two steps. The numbers are the same either way as long as the product's inner
dimension (the batch) fits in one of OpenBLAS' blocks (a few hundred): the kernel adds the finished sum
``x.T @ g`` to each ``w`` value, exactly as the two steps do; a larger batch is summed in blocks, each added
to ``w`` in turn, which rounds differently in the last bits.
"""
from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy as np

_ROW_MAJOR, _NO_TRANS, _TRANS = 101, 111, 112
#: symbols of ``cblas_?gemm`` with 64-bit integers, as NumPy's wheels name them (OpenBLAS built for SciPy/NumPy)
_SYMBOLS: dict[str, tuple[str, ...]] = {"float32": ("scipy_cblas_sgemm64_", "cblas_sgemm64_"),
                                         "float64": ("scipy_cblas_dgemm64_", "cblas_dgemm64_")}
_SCALARS: dict[str, type] = {"float32": ctypes.c_float, "float64": ctypes.c_double}


def _numpy_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries NumPy's wheel ships (``numpy.libs`` beside ``numpy``, ``numpy/.dylibs``)."""
    here = os.path.dirname(np.__file__)
    patterns = [os.path.join(here, os.pardir, "numpy.libs", "*openblas*"), os.path.join(here, ".dylibs", "*openblas*")]
    return sorted(path for pattern in patterns for path in glob.glob(pattern))


#: functions of NumPy's OpenBLAS by symbol, once looked up (``None``: not found)
_FUNCTIONS: dict[str, Any] = {}


def _openblas_function(name: str) -> Any:
    """The ctypes function ``name`` of NumPy's OpenBLAS (looked up once), or ``None``."""
    if name not in _FUNCTIONS:
        _FUNCTIONS[name] = None
        for path in _numpy_openblas():
            try:   # already loaded by NumPy: the same library, the same threads
                function = getattr(ctypes.CDLL(path), name, None)
            except OSError:
                continue
            if function is not None:
                _FUNCTIONS[name] = function
                break
    return _FUNCTIONS[name]


#: gemm() by ``dtype.char``, once looked up (``dtype.name`` builds a new string on every call: microseconds)
_GEMMS: dict[str, Callable | None] = {}
_NAMES = {"f": "float32", "d": "float64"}


def gemm(dtype: str) -> Callable | None:
    """The ``cblas_?gemm`` of NumPy's own OpenBLAS for ``dtype`` (``"float32"``/``"float64"``), or ``None``
    (:func:`subtract_xt_g` keeps what it found in ``_GEMMS``)."""
    for name in _SYMBOLS.get(dtype, ()):
        function = _openblas_function(name)
        if function is None:
            continue
        scalar, index, pointer = _SCALARS[dtype], ctypes.c_int64, ctypes.c_void_p
        function.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int, index, index, index, scalar, pointer,
                             index, pointer, index, scalar, pointer, index]
        function.restype = None
        return function
    return None


def subtract_xt_g(w: np.ndarray, x: np.ndarray, g: np.ndarray, scratch: np.ndarray) -> None:
    """``w -= x.T @ g`` for ``x`` ``(n, k)``, ``g`` ``(n, m)``, ``w`` ``(k, m)``: one ``gemm`` when it can,
    else through ``scratch`` (an array shaped like ``w``)."""
    char = w.dtype.char
    if char in _GEMMS:
        function = _GEMMS[char]
    else:
        function = _GEMMS[char] = gemm(_NAMES[char]) if char in _NAMES else None
    if (function is not None and x.ndim == 2 and g.ndim == 2 and x.dtype == g.dtype == w.dtype
            and x.flags.c_contiguous and g.flags.c_contiguous and w.flags.c_contiguous and w.flags.writeable):
        n, k = x.shape
        m = g.shape[1]
        if n > 0:
            function(_ROW_MAJOR, _TRANS, _NO_TRANS, k, m, n, -1.0, x.ctypes.data, k, g.ctypes.data, m, 1.0,
                     w.ctypes.data, m)
        return
    np.dot(x.T, g, out=scratch)
    w -= scratch


#: OpenBLAS runs a product ``(m, k) @ (k, n)`` on one thread whatever its setting when ``m * k * n`` is at most
#: this (``GEMM_MULTITHREAD_THRESHOLD * SMP_THRESHOLD_MIN`` in its ``interface/gemm.c``): a model whose training
#: products all stay below it trains bit for bit the same with one BLAS thread or two
ONE_THREAD_PRODUCT = 4 * 65536


def trains_on_one_thread(kernel_shapes: Iterable[tuple[int, ...]], batch_size: int) -> bool:
    """Whether every training product of Dense kernels ``(in, units)`` at ``batch_size`` (forward, weight and
    input gradients: ``batch * in * units`` multiply-adds each) is one OpenBLAS does on one thread anyway."""
    return all(batch_size * int(np.prod(shape)) <= ONE_THREAD_PRODUCT for shape in kernel_shapes)


_HOLD_LOCK = threading.Lock()
_HOLDS = [0, 0]   # blocks inside blas_threads, and the thread count before the first of them


@contextlib.contextmanager
def blas_threads(count: int) -> Iterator[None]:
    """NumPy's OpenBLAS with ``count`` threads inside the block, and as many as before after it.

    OpenBLAS has one pool for the whole process, so this holds for every thread of it while the block runs.
    A small network's training products run on one thread anyway (:func:`trains_on_one_thread`), but its
    other products (a prediction over a 100 x 100 grid, over the test set) use two, and after each the second
    thread spins for a while waiting for the next: a process training a small network in the window then
    keeps both cores of a 2-core machine busy, and the GUI thread competes for one. Where the functions are
    not found (another BLAS), nothing changes."""
    get = _openblas_function("scipy_openblas_get_num_threads64_")
    set_ = _openblas_function("scipy_openblas_set_num_threads64_")
    if get is None or set_ is None:
        yield
        return
    get.restype = ctypes.c_int
    set_.argtypes = [ctypes.c_int]
    with _HOLD_LOCK:   # blocks may overlap (two threads): the count before the first comes back after the last
        if _HOLDS[0] == 0:
            _HOLDS[1] = get()
        _HOLDS[0] += 1
        set_(max(1, int(count)))
    try:
        yield
    finally:
        with _HOLD_LOCK:
            _HOLDS[0] -= 1
            if _HOLDS[0] == 0:
                set_(_HOLDS[1])
