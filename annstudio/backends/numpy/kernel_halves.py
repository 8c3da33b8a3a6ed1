"""A large Dense kernel kept in two halves of its rows, one per core, for plain SGD at small batches.

A training step with plain SGD touches the first kernel of the notes' recipe (784 x 300, 940 KB) twice: the
forward product ``x @ W`` reads it, and the fused update ``W -= x.T @ g`` (:func:`blas.subtract_xt_g`) reads
and writes it. Left to itself, OpenBLAS splits the two products differently between its two threads: the
forward by the kernel's columns (the 300 units), the update by its rows (the 784 inputs). Every step, half of
the kernel is then written on one core and read on the other, and the cores spend the step passing it back and
forth. Measured on the recipe at batch 32: the two products take 270-300 µs together, against 150 µs when each
core keeps its own half.

Here each core keeps the same rows: the first ``split`` input rows of the kernel on the calling thread's core,
the rest on OpenBLAS's worker thread, for every product of a step. OpenBLAS's batched ``gemm``
(``cblas_sgemm_batch``) runs a list of products, each on one thread; with two threads, the first product of
each pair runs on the calling thread and the second on the worker, so each half stays in its core's cache.

- forward: ``x @ W = x[:, :s] @ W[:s] + x[:, s:] @ W[s:]``, two partial products, then one addition. This is
  how OpenBLAS's own threaded product sums the 784 inputs (two blocks of 392, the first finished before the
  second is added), so for the recipe the numbers are the same bit for bit;
- input gradient: ``g @ W.T``, whose columns split as the kernel's rows do (same numbers);
- the fused SGD step: ``W[:s] -= x[:, :s].T @ g`` and ``W[s:] -= x[:, s:].T @ g`` (same numbers).

Each product runs on one thread whatever OpenBLAS's thread count, so a model trains to the same weights with
one BLAS thread (the two halves one after the other) or two. Used only for float32 kernels while training with
plain SGD, for products whose halves have at least :data:`MIN_HALF_PRODUCT` multiply-adds and whose batch has
at most :data:`MAX_ROWS` rows (above that, OpenBLAS's own split of the batch is as fast); where the batched
``gemm`` is not found (another BLAS), nothing changes.
"""
from __future__ import annotations

import ctypes
from typing import Any

import numpy as np

from .blas import _openblas_function

#: a product is split when each of its halves has at least this many multiply-adds: OpenBLAS's batched
#: ``gemm`` hands products of at most 100^3 to its small-matrix kernels, a path that crashes in builds with
#: DYNAMIC_ARCH such as NumPy's (segfault here with OpenBLAS 0.3.31; fixed upstream by OpenMathLib/OpenBLAS
#: pull request 5980); the margin keeps well clear of it, and smaller halves save less than the hand-over costs
MIN_HALF_PRODUCT = 1 << 21
#: ... and the batch has at most this many rows (above, OpenBLAS's own split of the batch is as fast)
MAX_ROWS = 512

#: OpenBLAS's threaded product sums a product's inner dimension in blocks of its ``GEMM_Q`` (448 for float32
#: on x86-64 with AVX-512), in two equal halves when it lies between Q and 2Q: the forward is split only above
#: Q, where the halves add up exactly as OpenBLAS's blocks do below 2Q (below Q, splitting it would change the
#: rounding and measured no faster: 1,378 against 1,386 µs a step of the recipe at batch 256)
FORWARD_MIN_INPUTS = 449

_ROW_MAJOR, _NO_TRANS, _TRANS = 101, 111, 112
_SYMBOLS = ("scipy_cblas_sgemm_batch64_", "cblas_sgemm_batch64_")
_FUNCTIONS: list[Any] = []


def _batched_sgemm() -> Any:
    """``cblas_sgemm_batch`` of NumPy's own OpenBLAS (looked up once), or None."""
    if not _FUNCTIONS:
        _FUNCTIONS.append(None)
        for name in _SYMBOLS:
            function = _openblas_function(name)
            if function is not None:
                pointer = ctypes.c_void_p
                function.argtypes = [ctypes.c_int] + [pointer] * 13 + [ctypes.c_int64, pointer]
                function.restype = None
                _FUNCTIONS[0] = function
                break
    return _FUNCTIONS[0]


class _Pair:
    """Two row-major products ``C_i = alpha * op(A_i) @ op(B_i) + beta * C_i`` in one batched call, their
    argument arrays built once; each call only sets the six matrix addresses."""

    def __init__(self, function: Any, dtype: np.dtype, trans_a: int, trans_b: int, shapes: list[tuple[int, int, int]],
                 lds: tuple[int, int, int], alpha: float, beta: float):
        self._function = function
        self.a = np.zeros(2, np.uint64)
        self.b = np.zeros(2, np.uint64)
        self.c = np.zeros(2, np.uint64)
        keep: list[np.ndarray] = [np.full(2, trans_a, np.int32), np.full(2, trans_b, np.int32),
                np.array([m for m, _, _ in shapes], np.int64), np.array([n for _, n, _ in shapes], np.int64),
                np.array([k for _, _, k in shapes], np.int64), np.full(2, alpha, dtype), self.a,
                np.full(2, lds[0], np.int64), self.b, np.full(2, lds[1], np.int64), np.full(2, beta, dtype), self.c,
                np.full(2, lds[2], np.int64)]
        self._keep = keep + [np.ones(2, np.int64)]   # the arrays must live as long as their addresses are used
        self._args = (_ROW_MAJOR, *(array.ctypes.data for array in keep), 2, self._keep[-1].ctypes.data)

    def __call__(self, a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> None:
        self.a[0], self.a[1] = a
        self.b[0], self.b[1] = b
        self.c[0], self.c[1] = c
        self._function(*self._args)


class KernelHalves:
    """The products of one Dense kernel ``(in, units)`` split by its rows at ``split`` (see the module)."""

    def __init__(self, function: Any, dtype: np.dtype, n_in: int, units: int):
        self._function, self.dtype, self.n_in, self.units = function, dtype, n_in, units
        self.split = (n_in + 1) // 2
        self.splits_forward = n_in >= FORWARD_MIN_INPUTS
        self._pairs: dict[tuple[str, int], _Pair] = {}

    @classmethod
    def for_kernel(cls, kernel: np.ndarray) -> KernelHalves | None:
        """Halves for ``kernel``, or None: not a 2-D float32 kernel of 2 rows or more, or no batched ``gemm`` in
        NumPy's BLAS. (float64 models, used for gradient checks, keep the one-call step: OpenBLAS's one-call
        ``dgemm`` takes its small-matrix kernel for the step, which rounds differently from the halves.)"""
        if kernel.ndim != 2 or kernel.shape[0] < 2 or kernel.dtype != np.float32:
            return None
        function = _batched_sgemm()
        return None if function is None else cls(function, kernel.dtype, *kernel.shape)

    def applies(self, x: np.ndarray) -> bool:
        """Whether the products of a batch ``x`` ``(n, in)`` are split (size, layout, dtype)."""
        n = x.shape[0]
        return (x.ndim == 2 and 0 < n <= MAX_ROWS and n * self.units * (self.n_in // 2) >= MIN_HALF_PRODUCT
                and x.dtype == self.dtype and x.flags.c_contiguous)

    def _pair(self, kind: str, n: int) -> _Pair:
        pair = self._pairs.get((kind, n))
        if pair is None:
            s, rest, units, n_in = self.split, self.n_in - self.split, self.units, self.n_in
            if kind == "forward":       # P_i (n, units) = x[:, half] (n, h) @ W[half] (h, units)
                pair = _Pair(self._function, self.dtype, _NO_TRANS, _NO_TRANS, [(n, units, s), (n, units, rest)],
                             (n_in, units, units), 1.0, 0.0)
            elif kind == "input_grad":  # dx[:, half] (n, h) = g (n, units) @ W[half].T (units, h)
                pair = _Pair(self._function, self.dtype, _NO_TRANS, _TRANS, [(n, s, units), (n, rest, units)],
                             (units, units, n_in), 1.0, 0.0)
            else:                       # W[half] (h, units) -= x[:, half].T (h, n) @ g (n, units)
                pair = _Pair(self._function, self.dtype, _TRANS, _NO_TRANS, [(s, units, n), (rest, units, n)],
                             (n_in, units, units), -1.0, 1.0)
            self._pairs[(kind, n)] = pair
        return pair

    def forward(self, x: np.ndarray, kernel: np.ndarray, out: np.ndarray, partial: np.ndarray) -> None:
        """``out = x @ kernel`` through ``partial`` (an array ``(2, n, units)``: the two halves' sums)."""
        step = self.split * self.dtype.itemsize
        xp, wp, pp = x.ctypes.data, kernel.ctypes.data, partial.ctypes.data
        self._pair("forward", x.shape[0])((xp, xp + step), (wp, wp + step * self.units), (pp, pp + out.nbytes))
        np.add(partial[0], partial[1], out=out)

    def input_grad(self, g: np.ndarray, kernel: np.ndarray, out: np.ndarray) -> None:
        """``out = g @ kernel.T`` (``g`` C-ordered ``(n, units)``, ``out`` ``(n, in)``)."""
        step = self.split * self.dtype.itemsize
        gp, wp, op = g.ctypes.data, kernel.ctypes.data, out.ctypes.data
        self._pair("input_grad", g.shape[0])((gp, gp), (wp, wp + step * self.units), (op, op + step))

    def step(self, kernel: np.ndarray, x: np.ndarray, g: np.ndarray) -> None:
        """``kernel -= x.T @ g`` (``g`` C-ordered ``(n, units)``, already times the learning rate)."""
        step = self.split * self.dtype.itemsize
        xp, gp, wp = x.ctypes.data, g.ctypes.data, kernel.ctypes.data
        self._pair("step", x.shape[0])((xp, xp + step), (gp, gp), (wp, wp + step * self.units))
