"""A plain SGD training step of a chain of Dense layers in two C calls (``dense_chain.c``).

What it is for: the notes' recipe (Flatten, Dense 300 relu, Dense 100 relu, Dense 10 softmax, SGD) spent a third
of each batch-32 step in some 60 small NumPy calls between its matrix products: adding the biases, the ReLUs and
their masks, the bias gradients, each a few microseconds on arrays of a few kilobytes. ``dense_chain.c`` does the
same arithmetic in one call for the forward pass and one for the backward pass with the weights' step. The
products are the same OpenBLAS calls with the same arguments, including the kernel halves of
``kernel_halves.py``, and the element-wise work is the same float32 operations in the same order, so the weights
come out bit for bit as NumPy's path gives them. The output layer's activation and the loss stay in NumPy
(``losses.py``): any loss works, and the code a learner reads for them is the code that runs.

When it is used (:meth:`DenseChain.for_model`): float32, plain SGD stepping in the backward pass (no momentum,
no penalties; see ``NumpyModel.train_step``), layers ``Input``, any ``Flatten`` and then only ``Dense`` layers,
hidden activations ``relu`` or ``linear``, and every product at least 2 x 2 (NumPy calls ``gemv``, not
``gemm``, for a vector); per batch (:meth:`DenseChain.applies`), a C-ordered float32 batch of 2 rows or more.
Otherwise, or where the compiled library or NumPy's OpenBLAS is not found (a build without a C compiler,
another BLAS, ``ANNSTUDIO_NO_NATIVE=1`` in the environment), the NumPy layers run as before.

The library is built by ``setup.py`` (``annstudio/backends/numpy/_dense_chain*.so``) and loaded with ctypes;
it has no Python in it, so it is not imported as a module.
"""
from __future__ import annotations

import ctypes
import glob
import importlib.machinery
import os
from typing import Any

import numpy as np

from .blas import gemm
from .kernel_halves import _batched_sgemm
from .layers import Dense, Flatten, Input

#: the C struct's fixed capacity (``CHAIN_MAX_LAYERS``): longer chains run through NumPy
MAX_LAYERS = 32
#: hidden activations the C code applies (the last layer's activation is always NumPy's)
HIDDEN_ACTIVATIONS = ("relu", "linear")

#: ``CHAIN_VERSION`` of ``dense_chain.c``: raise both together whenever ``chain_t`` or a function changes
CHAIN_VERSION = 1

_int, _ptr = ctypes.c_int64, ctypes.c_void_p


class _Chain(ctypes.Structure):
    """``chain_t`` of ``dense_chain.c``."""

    _fields_ = [("gemm", _ptr), ("gemm_batch", _ptr), ("layers", _int), ("rows", _int),
                ("sizes", _int * (MAX_LAYERS + 1)), ("relu", _int * MAX_LAYERS), ("split", _int * MAX_LAYERS),
                ("split_forward", _int * MAX_LAYERS), ("kernel", _ptr * MAX_LAYERS), ("bias", _ptr * MAX_LAYERS),
                ("out", _ptr * (MAX_LAYERS + 1)), ("grad", _ptr * (MAX_LAYERS + 1)), ("partial", _ptr)]


_LIBRARY: list[Any] = []


def library_path() -> str | None:
    """The compiled ``_dense_chain`` library beside this module, or None (not built)."""
    here = os.path.dirname(os.path.abspath(__file__))
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        found = sorted(glob.glob(os.path.join(here, "_dense_chain*" + suffix)))
        if found:
            return found[0]
    return None


def library() -> Any:
    """The loaded library with its two functions typed (looked up once), or None."""
    if not _LIBRARY:
        _LIBRARY.append(None)
        path = library_path()
        if path is not None and os.environ.get("ANNSTUDIO_NO_NATIVE", "") in ("", "0"):
            try:
                lib = ctypes.CDLL(path)
            except OSError:
                lib = None
            if lib is not None and matches(lib):
                for name in ("chain_forward", "chain_step"):
                    function = getattr(lib, name)
                    function.argtypes = [ctypes.c_void_p]
                    function.restype = None
                _LIBRARY[0] = lib
    return _LIBRARY[0]


def matches(lib: Any) -> bool:
    """Whether ``lib`` was built from this version of ``dense_chain.c`` (its ``chain_layout()``: the version and
    the struct's size). An editable install keeps the library it built until it is installed again, so after a
    change to the C file an old library may still lie beside it: it is not used."""
    layout = getattr(lib, "chain_layout", None)
    if layout is None:
        return False
    layout.argtypes = []
    layout.restype = ctypes.c_int64
    return int(layout()) == CHAIN_VERSION * 1_000_000 + ctypes.sizeof(_Chain)


class _Batch:
    """The C struct and its arrays for one batch size."""

    def __init__(self, chain: DenseChain, rows: int):
        dense, sizes = chain.dense, chain.sizes
        self.struct = s = _Chain()
        s.gemm, s.gemm_batch = chain.gemm_address, chain.batch_address
        s.layers, s.rows = len(dense), rows
        self.outs = [np.empty((rows, units), np.float32) for units in sizes[1:]]
        self.grads = [np.empty((rows, units), np.float32) for units in sizes[1:]]
        self.partial = np.empty((2, rows, max(sizes[1:])), np.float32)
        probe = np.empty((rows, 0), np.float32)   # for KernelHalves.applies, which reads only its rows and dtype
        for i, layer in enumerate(dense):
            s.sizes[i] = sizes[i]
            s.relu[i] = int(layer.act.name == "relu")
            halves = layer.halves
            if halves is not None and halves.applies(probe):
                s.split[i] = halves.split
                s.split_forward[i] = int(halves.splits_forward)
            s.kernel[i] = layer.params["kernel"].ctypes.data
            s.bias[i] = layer.params["bias"].ctypes.data if layer.use_bias else None
            s.out[i + 1] = self.outs[i].ctypes.data
            s.grad[i + 1] = self.grads[i].ctypes.data
        s.sizes[len(dense)] = sizes[-1]
        s.partial = self.partial.ctypes.data
        self.pointer = ctypes.byref(s)
        last = dense[-1]
        # the output layer's activation, as Dense.forward applies it: into its own array when the loss or the
        # activation's derivative needs the logits, else over them
        self.probs = np.empty_like(self.outs[-1]) if last.keep_logits else self.outs[-1]


def _dropped() -> None:
    """What a pickled :class:`DenseChain` comes back as."""
    return None


class DenseChain:
    """The training step of a model that is a chain of Dense layers, in C (see the module)."""

    def __init__(self, lib: Any, sgemm: Any, dense: list[Dense]):
        self.lib, self.dense = lib, dense
        self.sizes = [dense[0].params["kernel"].shape[0]] + [layer.units for layer in dense]
        self.gemm_address = ctypes.cast(sgemm, ctypes.c_void_p).value
        function = _batched_sgemm()
        self.batch_address = None if function is None else ctypes.cast(function, ctypes.c_void_p).value
        self._batches: dict[int, _Batch] = {}
        self._current: _Batch | None = None
        self._x: np.ndarray | None = None   # the batch in flight: its memory must live until the step

    # A copy of a model must not share these addresses: the copy's steps would move the original's weights.
    # Copied or unpickled, the chain is dropped, and the copy trains through the NumPy layers.
    def __deepcopy__(self, memo: dict) -> None:
        return None

    def __reduce__(self) -> tuple:
        return (_dropped, ())

    @classmethod
    def for_model(cls, layers: list[Any], sources: list[Any], input_shape: tuple[int, ...]) -> DenseChain | None:
        """A chain for a model's ``layers`` (built for plain SGD in the backward pass), or None (see the module).
        ``sources[i - 1]`` is the index of the layer feeding layer ``i`` (a tuple for several); ``input_shape`` the
        model's, without the batch axis."""
        lib, sgemm = library(), gemm("float32")
        if lib is None or sgemm is None:
            return None
        head = 1
        while head < len(layers) and isinstance(layers[head], Flatten):
            head += 1
        dense = layers[head:]
        if (not layers or not isinstance(layers[0], Input) or not dense or len(dense) > MAX_LAYERS
                or not all(type(layer) is Dense for layer in dense)):
            return None
        # a plain stack: each layer takes the one before it (not a branch), and the first Dense a vector per
        # sample (Keras' Dense on a (n, 1, 28) batch acts on the last axis and keeps the middle one)
        if list(sources) != list(range(len(layers) - 1)) or (head == 1 and len(input_shape) != 1):
            return None
        for i, layer in enumerate(dense):
            kernel = layer.params["kernel"]
            if (kernel.dtype != np.float32 or not kernel.flags.c_contiguous or min(kernel.shape) < 2
                    or layer.regularizers or (i + 1 < len(dense) and layer.act.name not in HIDDEN_ACTIVATIONS)):
                return None
            if layer.use_bias and not layer.params["bias"].flags.c_contiguous:
                return None
            if layer.halves is not None and _batched_sgemm() is None:
                return None
        if dense[0].needs_input_grad:
            return None
        return cls(lib, sgemm, dense)

    def applies(self, x: np.ndarray) -> bool:
        """Whether the batch ``x`` (the model's input) can go through the chain."""
        return (x.dtype == np.float32 and x.shape[0] >= 2 and x.flags.c_contiguous
                and x.size == x.shape[0] * self.sizes[0])

    def forward(self, x: np.ndarray) -> np.ndarray:
        """The training-mode output of the batch ``x`` (the chain's own array, overwritten by the next batch)."""
        rows = x.shape[0]
        batch = self._batches.get(rows)
        if batch is None:
            batch = self._batches[rows] = _Batch(self, rows)
        self._current = batch
        batch.struct.out[0] = x.ctypes.data
        self._x = x
        self.lib.chain_forward(batch.pointer)
        last, z = self.dense[-1], batch.outs[-1]
        a = last.act.forward(z, batch.probs)
        # what the loss reads from the output layer (Dense.logits)
        last._x = batch.outs[-2] if len(self.dense) > 1 else x.reshape(rows, -1)
        last._z, last._a = z, a
        return a

    def step(self, g: np.ndarray, scale: float, logits: bool) -> None:
        """Backpropagate ``g`` (dL/d output, or dL/d logits when ``logits``) times ``scale`` (the learning rate)
        through the batch of the last :meth:`forward`, moving every kernel and bias by plain SGD."""
        batch = self._current
        if batch is None:
            raise RuntimeError("DenseChain.step called before forward")
        gz = batch.grads[-1]
        if g.dtype != np.float32 or g.shape != gz.shape:
            raise RuntimeError(f"DenseChain.step: a gradient of {g.dtype} {g.shape}, expected float32 {gz.shape}")
        if logits:
            np.multiply(g, scale, out=gz)
        else:
            last = self.dense[-1]
            result = last.act.backward(g * scale, last._a, last._z, gz)
            if result is not gz:          # linear hands the gradient back as it is
                np.copyto(gz, result)
        self.lib.chain_step(batch.pointer)
        self._current = self._x = None
