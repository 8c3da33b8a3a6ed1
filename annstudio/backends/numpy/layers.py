"""Layers of the NumPy backend, one class each, with Keras' semantics.

Every layer has ``forward(x, training)`` and ``backward(grad) -> grad_input`` (a list for Concatenate),
``params`` (trainable arrays) and ``grads`` (their gradients, same keys and shapes, overwritten by each
``backward``), ``state`` (non-trainable arrays such as BatchNormalization's moving statistics) and
``weight_order`` (Keras' order of all weights). Shapes include the batch dimension ``n``.

Rules the model relies on:

- ``backward`` never modifies the incoming gradient in place, and must follow the ``forward`` it belongs to.
- A layer writes its output (and gradients w.r.t. its input) into buffers it owns and reuses while the
  batch shape stays the same, so an output is only valid until the layer's next ``forward``: copy it to
  keep it. Inputs are cached by reference and never written to.
- ``params``/``grads``/``state`` arrays may be replaced by views into the model's flat arrays, and are
  from then on only changed in place. Read them through the dicts, never keep a private reference.
- ``needs_input_grad = False`` (set by the model when nothing upstream is trainable) lets ``backward``
  skip computing the input gradient and return ``None``.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ...spec import LayerSpec
from .activations import Activation as ActivationFunction, get_activation
from .blas import subtract_xt_g
from .initializers import initial_value, weight_rng
from .kernel_halves import KernelHalves
from .regularizers import L1L2


class Layer:
    """Base class: bookkeeping and output buffers."""

    kind = ""
    #: the activation function the layer applies last; set by the kinds with an ``activation`` parameter
    act: ActivationFunction | None = None
    #: ``step``/``step_logits`` move the layer's own weights by plain SGD during the backward pass (kinds
    #: with weights that do not, e.g. BatchNormalization, leave the model to update them after it)
    steps_in_backward = False

    def __init__(self, name: str, dtype: Any = np.float32):
        self.name = name
        self.dtype = np.dtype(dtype)
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self.state: dict[str, np.ndarray] = {}
        self.regularizers: dict[str, L1L2] = {}
        self.weight_order: tuple[str, ...] = ()
        self.needs_input_grad = True
        self._bufs: dict[str, np.ndarray] = {}

    def weight(self, key: str) -> np.ndarray:
        """The live array of weight ``key`` (trainable or not)."""
        return self.params[key] if key in self.params else self.state[key]

    def _buf(self, key: str, shape: tuple[int, ...]) -> np.ndarray:
        buf = self._bufs.get(key)
        if buf is None or buf.shape != shape:
            buf = self._bufs[key] = np.empty(shape, self.dtype)
        return buf

    def forward(self, x, training: bool):
        raise NotImplementedError

    def backward(self, grad: np.ndarray):
        raise NotImplementedError

    @property
    def logits(self) -> np.ndarray | None:
        """The input of the layer's activation in the last forward (kinds that apply one)."""
        return None

    def backward_logits(self, gz: np.ndarray) -> np.ndarray | None:
        """Like ``backward`` but from dL/d``logits`` (kinds that apply an activation)."""
        raise NotImplementedError(f"{self.kind} applies no activation, so it has no logits")

    def step(self, grad: np.ndarray) -> Any:
        """``backward`` for a plain SGD step from gradients already multiplied by the learning rate: a kind
        with ``steps_in_backward`` also moves its weights here; the others only pass the gradient back."""
        return self.backward(grad)

    def step_logits(self, gz: np.ndarray) -> np.ndarray | None:
        """``step`` from dL/d``logits`` (see ``backward_logits``)."""
        return self.backward_logits(gz)

    def _cached(self, value: np.ndarray | None) -> np.ndarray:
        if value is None:
            raise RuntimeError(f"layer {self.name!r}: backward called before forward")
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Input(Layer):
    """The model's input: passes ``x`` ``(n, *shape)`` through."""

    kind = "Input"

    def __init__(self, name: str, shape: Sequence[int], dtype: Any = np.float32):
        super().__init__(name, dtype)
        self.shape = tuple(shape)
        self.needs_input_grad = False

    def forward(self, x, training):
        return x

    def backward(self, grad):
        return None


class Dense(Layer):
    """Fully connected, activation fused in: ``a = f(x @ kernel + bias)``.

    x ``(n, in)`` -> a ``(n, units)``; kernel ``(in, units)``, bias ``(units,)``.
    Caches ``x`` and ``a``, and ``z`` (the logits) only when ``keep_logits`` (the model sets it for an
    output layer whose loss works on logits, or when the activation's derivative needs ``z``); otherwise
    the activation is applied in place over ``z``.
    """

    kind = "Dense"
    act: ActivationFunction
    steps_in_backward = True

    def __init__(self, name: str, kernel: np.ndarray, bias: np.ndarray | None = None, activation: str = "linear",
                 kernel_regularizer: L1L2 | None = None, bias_regularizer: L1L2 | None = None):
        super().__init__(name, kernel.dtype)
        self.act = get_activation(activation)
        self.units = kernel.shape[1]
        self.params["kernel"] = kernel
        self.use_bias = bias is not None
        if bias is not None:
            self.params["bias"] = bias
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}
        self.weight_order = tuple(self.params)
        if kernel_regularizer is not None:
            self.regularizers["kernel"] = kernel_regularizer
        if bias_regularizer is not None and self.use_bias:
            self.regularizers["bias"] = bias_regularizer
        self.keep_logits = self.act.needs_z
        #: the kernel's products split by rows between two cores while training with plain SGD (set by the model)
        self.halves: KernelHalves | None = None
        self._x: np.ndarray | None = None
        self._z: np.ndarray | None = None
        self._a: np.ndarray | None = None

    @property
    def logits(self) -> np.ndarray | None:
        """``z = x @ kernel + bias`` of the last forward (kept only when ``keep_logits``)."""
        return self._z

    def forward(self, x, training):
        z = self._buf("z", (x.shape[0], self.units))
        halves = self.halves
        if training and halves is not None and halves.splits_forward and halves.applies(x):
            halves.forward(x, self.params["kernel"], z, self._buf("partial", (2, *z.shape)))
        else:
            np.dot(x, self.params["kernel"], out=z)
        if self.use_bias:
            z += self.params["bias"]
        if self.keep_logits:
            a = self.act.forward(z, self._buf("a", z.shape))
        else:
            a = self.act.forward(z, z)
        self._x, self._z, self._a = x, z, a
        return a

    def backward(self, grad):
        """grad ``(n, units)`` = dL/da -> dL/dx ``(n, in)``; fills ``grads``."""
        gz = self.act.backward(grad, self._a, self._z, self._buf("gz", grad.shape))
        return self.backward_logits(gz)

    def backward_logits(self, gz):
        """Like ``backward`` but from dL/dz, the gradient w.r.t. the logits."""
        x = self._cached(self._x)
        np.dot(x.T, gz, out=self.grads["kernel"])
        if self.use_bias:
            np.add.reduce(gz, axis=0, out=self.grads["bias"])
        if not self.needs_input_grad:
            return None
        return np.dot(gz, self.params["kernel"].T, out=self._buf("dx", x.shape))

    def step(self, grad):
        """``backward`` and plain SGD in one: ``grad`` is dL/da times the learning rate, and the kernel and
        the bias move by their gradients here, once the input gradient has been taken with the old kernel."""
        gz = self.act.backward(grad, self._a, self._z, self._buf("gz", grad.shape))
        return self.step_logits(gz)

    def step_logits(self, gz):
        """Like ``step`` but from dL/dz (times the learning rate)."""
        x, kernel = self._cached(self._x), self.params["kernel"]
        halves = self.halves
        if halves is not None and not (halves.applies(x) and gz.flags.c_contiguous):
            halves = None
        dx = None
        if self.needs_input_grad:   # with the kernel before the step
            dx = self._buf("dx", x.shape)
            if halves is not None:
                halves.input_grad(gz, kernel, dx)
            else:
                np.dot(gz, kernel.T, out=dx)
        if halves is not None:       # each core moves its own rows of the kernel
            halves.step(kernel, x, gz)
        else:
            subtract_xt_g(kernel, x, gz, self.grads["kernel"])  # kernel -= x.T @ gz, one BLAS call
        if self.use_bias:
            bias_step = np.add.reduce(gz, axis=0, out=self.grads["bias"])
            self.params["bias"] -= bias_step
        return dx


class Activation(Layer):
    """Applies an activation: x -> f(x), any shape (softmax over the last axis)."""

    kind = "Activation"
    act: ActivationFunction

    def __init__(self, name: str, activation: str, dtype: Any = np.float32):
        super().__init__(name, dtype)
        self.act = get_activation(activation)
        self._x: np.ndarray | None = None
        self._a: np.ndarray | None = None

    @property
    def logits(self) -> np.ndarray | None:
        """The input of the last forward (the logits of a sigmoid/softmax)."""
        return self._x

    def forward(self, x, training):
        a = x if self.act.name == "linear" else self.act.forward(x, self._buf("a", x.shape))
        self._x, self._a = x, a
        return a

    def backward(self, grad):
        return self.act.backward(grad, self._a, self._x, self._buf("dx", grad.shape))

    def backward_logits(self, gz):
        return gz


class Dropout(Layer):
    """Inverted dropout: in training each value is zeroed with probability ``rate`` and the others are
    scaled by ``1 / (1 - rate)``; in inference the input passes unchanged. Any shape.

    ``rng`` is the model's seeded ``numpy.random.Generator`` (shared by all Dropout layers of a model).
    """

    kind = "Dropout"

    def __init__(self, name: str, rate: float, rng: np.random.Generator, dtype: Any = np.float32):
        super().__init__(name, dtype)
        if not 0 <= rate < 1:
            raise ValueError(f"layer {name!r}: dropout rate must be in [0, 1), got {rate!r}")
        self.rate = float(rate)
        self.rng = rng
        self._mask: np.ndarray | None = None

    def forward(self, x, training):
        if not training or self.rate == 0:
            self._mask = None
            return x
        mask = self._buf("mask", x.shape)
        self.rng.random(dtype=self.dtype, out=mask)
        np.greater_equal(mask, self.rate, out=mask)   # 1.0 = keep (probability 1 - rate)
        mask *= 1.0 / (1.0 - self.rate)
        self._mask = mask
        return np.multiply(x, mask, out=self._buf("y", x.shape))

    def backward(self, grad):
        if self._mask is None:
            return grad
        return np.multiply(grad, self._mask, out=self._buf("dx", grad.shape))


class Flatten(Layer):
    """x ``(n, d1, d2, ...)`` -> ``(n, d1 * d2 * ...)``."""

    kind = "Flatten"

    def __init__(self, name: str, dtype: Any = np.float32):
        super().__init__(name, dtype)
        self._shape: tuple[int, ...] = ()

    def forward(self, x, training):
        self._shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, grad):
        return grad.reshape(self._shape)


class Concatenate(Layer):
    """A list of inputs joined along ``axis`` (Keras' axis, counting the batch axis; -1 = last).

    ``backward`` splits the gradient back into one array (a view) per input.
    """

    kind = "Concatenate"

    def __init__(self, name: str, axis: int = -1, dtype: Any = np.float32):
        super().__init__(name, dtype)
        self.axis = int(axis)
        self._splits: np.ndarray | None = None

    def forward(self, xs, training):
        self._splits = np.cumsum([x.shape[self.axis] for x in xs])[:-1]
        return np.concatenate(xs, axis=self.axis)

    def backward(self, grad):
        return np.split(grad, self._cached(self._splits), axis=self.axis)


class BatchNormalization(Layer):
    """Keras' BatchNormalization over the last axis: x ``(n, ..., features)`` -> same shape.

    Training: normalise with the batch mean and biased variance (over all axes but the last), then
    ``moving_mean = moving_mean * momentum + mean * (1 - momentum)`` and likewise ``moving_variance``.
    Inference: normalise with the moving statistics. Output ``gamma * (x - mean) / sqrt(var + epsilon) + beta``;
    ``gamma`` (``scale``) and ``beta`` (``center``) are trainable, the moving statistics are not.
    """

    kind = "BatchNormalization"

    def __init__(self, name: str, features: int, dtype: Any = np.float32, momentum: float = 0.99,
                 epsilon: float = 1e-3, center: bool = True, scale: bool = True):
        super().__init__(name, dtype)
        self.momentum = float(momentum)
        self.epsilon = float(epsilon)
        if scale:
            self.params["gamma"] = np.ones(features, self.dtype)
        if center:
            self.params["beta"] = np.zeros(features, self.dtype)
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}
        self.state["moving_mean"] = np.zeros(features, self.dtype)
        self.state["moving_variance"] = np.ones(features, self.dtype)
        self.weight_order = (*self.params, "moving_mean", "moving_variance")
        self._xhat = self._inv = None
        self._training = False

    def forward(self, x, training):
        axes = tuple(range(x.ndim - 1))
        if training:
            mean = np.mean(x, axis=axes)
            xc = x - mean
            var = np.mean(xc * xc, axis=axes)
            m = self.momentum
            mm, mv = self.state["moving_mean"], self.state["moving_variance"]
            mm *= m
            mm += mean * (1.0 - m)
            mv *= m
            mv += var * (1.0 - m)
        else:
            xc = x - self.state["moving_mean"]
            var = self.state["moving_variance"]
        inv = 1.0 / np.sqrt(var + self.epsilon)
        xc *= inv                                   # xc is our own array: now x_hat
        self._xhat, self._inv, self._training = xc, inv, training
        y = self._buf("y", x.shape)
        if "gamma" in self.params:
            np.multiply(xc, self.params["gamma"], out=y)
        else:
            np.copyto(y, xc)
        if "beta" in self.params:
            y += self.params["beta"]
        return y

    def backward(self, grad):
        axes = tuple(range(grad.ndim - 1))
        xhat = self._xhat
        if "beta" in self.grads:
            np.add.reduce(grad, axis=axes, out=self.grads["beta"])
        if "gamma" in self.grads:
            np.add.reduce(grad * xhat, axis=axes, out=self.grads["gamma"])
        if not self.needs_input_grad:
            return None
        dxhat = grad * self.params["gamma"] if "gamma" in self.params else grad.copy()
        if self._training:   # the batch mean and variance depend on x too
            m1 = np.mean(dxhat, axis=axes)
            m2 = np.mean(dxhat * xhat, axis=axes)
            dxhat -= m1
            dxhat -= xhat * m2
        dxhat *= self._inv
        return dxhat


class Rescaling(Layer):
    """Keras' Rescaling: ``y = x * scale + offset``, any shape, no weights (e.g. pixels / 255)."""

    kind = "Rescaling"

    def __init__(self, name: str, scale: float, offset: float, dtype: Any = np.float32):
        super().__init__(name, dtype)
        self.scale = self.dtype.type(scale)     # in the model's dtype, as Keras casts them
        self.offset = self.dtype.type(offset)

    def forward(self, x, training):
        y = np.multiply(x, self.scale, out=self._buf("y", x.shape))
        y += self.offset
        return y

    def backward(self, grad):
        if not self.needs_input_grad:
            return None
        return np.multiply(grad, self.scale, out=self._buf("dx", grad.shape))


# ----------------------------------------------------------------------------- from a spec
def _regularizer(value) -> L1L2 | None:
    return L1L2.from_config(value)


@dataclass(frozen=True)
class BuildContext:
    """What a builder gets besides the layer's spec: its place in the model, its input shapes, the
    model's dtype and seed (weights are drawn from ``weight_rng(seed, index, weight name)``) and the
    model's shared generator (Dropout masks)."""

    index: int
    input_shapes: list[tuple[int, ...]]
    dtype: np.dtype
    seed: int
    rng: np.random.Generator

    def initial(self, initializer: Any, shape: tuple[int, ...], weight: str) -> np.ndarray:
        return initial_value(initializer, shape, self.dtype, weight_rng(self.seed, self.index, weight))


Builder = Callable[[LayerSpec, BuildContext], Layer]


def _build_dense(layer: LayerSpec, ctx: BuildContext) -> Layer:
    c = layer.config
    (shape,) = ctx.input_shapes
    kernel = ctx.initial(c["kernel_initializer"], (shape[-1], c["units"]), "kernel")
    bias = ctx.initial(c["bias_initializer"], (c["units"],), "bias") if c["use_bias"] else None
    return Dense(layer.name, kernel, bias, c["activation"],
                 _regularizer(c["kernel_regularizer"]), _regularizer(c["bias_regularizer"]))


#: kind -> builder (every kind of ``spec.layer_kinds`` has one)
BUILDERS: dict[str, Builder] = {
    "Input": lambda layer, ctx: Input(layer.name, layer.config["shape"], ctx.dtype),
    "Dense": _build_dense,
    "Activation": lambda layer, ctx: Activation(layer.name, layer.config["activation"], ctx.dtype),
    "Dropout": lambda layer, ctx: Dropout(layer.name, layer.config["rate"], ctx.rng, ctx.dtype),
    "Flatten": lambda layer, ctx: Flatten(layer.name, ctx.dtype),
    "Concatenate": lambda layer, ctx: Concatenate(layer.name, layer.config["axis"], ctx.dtype),
    "BatchNormalization": lambda layer, ctx: BatchNormalization(
        layer.name, ctx.input_shapes[0][-1], ctx.dtype, layer.config["momentum"], layer.config["epsilon"],
        bool(layer.config["center"]), bool(layer.config["scale"])),
    "Rescaling": lambda layer, ctx: Rescaling(layer.name, layer.config["scale"], layer.config["offset"], ctx.dtype),
}


def layer_from_spec(layer: LayerSpec, index: int, input_shapes: list[tuple[int, ...]], dtype: Any, seed: int,
                    rng: np.random.Generator) -> Layer:
    """Build the layer for ``layer`` (the ``index``-th in its model) with fresh weights drawn for ``seed``."""
    build = BUILDERS.get(layer.kind)
    if build is None:
        raise ValueError(f"layer {layer.name!r}: unknown layer kind {layer.kind!r}")
    return build(layer, BuildContext(index, list(input_shapes), np.dtype(dtype), seed, rng))
