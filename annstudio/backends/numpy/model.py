"""``NumpyModel``: runs a ``ModelSpec`` with the NumPy layers and implements ``TrainableModel`` (base.py).

Execution: the layers run in the spec's list order, which is a topological order of the DAG (validation
guarantees every input comes earlier). A layer's output may feed several layers; their gradients are
summed in the backward pass, which runs the same list in reverse.

Memory layout: all trainable parameters live in one flat array and their gradients in another; each
layer's ``params``/``grads`` entries are views into them. The optimizer updates the whole model with
``update_flat`` in a few NumPy calls, and the per-name views keep ``get_weights``, gradient checks and
optimizer slots addressable by ``"layer/weight"``. Weights are only ever changed in place.

Reproducibility: weights are drawn from generators seeded by (seed, layer index, weight name); Dropout
uses ``model.rng``, seeded from the seed too. The same seed, data order and calls give bit-identical
results. A model is not thread-safe: call it from one thread (the trainer's worker).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ...spec import ModelSpec
from ...spec.layer_kinds import layer_kind
from ...spec.training import normalize_loss, normalize_optimizer
from ..base import batch_bounds
from .dense_chain import DenseChain
from .kernel_halves import KernelHalves
from .layers import Dense, Layer, layer_from_spec
from .losses import Loss, loss_from_config
from .optimizers import Optimizer, optimizer_from_config

DTYPES = ("float32", "float64")


#: SGD steps inside the backward pass (``Layer.step``) only for models with at least this many parameters:
#: it saves a pass over the weights (about 0.2 ns a parameter) but costs a few microseconds a Dense layer
#: (a ``ctypes`` call instead of NumPy's). Measured at batch 32, alternating: 25k parameters 0.78-0.85x,
#: 101k 1.03x, 234k-402k 1.15-1.8x; a 2-8-8-1 playground network would run at half speed.
STEPS_IN_BACKWARD_MIN_PARAMS = 1 << 17


class NumpyModel:
    """A trainable model built from a validated ``ModelSpec``; see ``annstudio.backends.base``.

    ``x`` is ``(n, *input_shape)``; outputs are ``(n, *output_shape)``. Inputs of another dtype are cast
    once on entry (pass ``dtype`` arrays to avoid a copy per step).
    """

    def __init__(self, spec: ModelSpec, seed: int | None = None, dtype: Any = "float32"):
        infos = spec.validate()
        self.spec = spec.copy()
        self._values_per_sample: int | None = None   # see _batches
        if np.dtype(dtype).name not in DTYPES:
            raise ValueError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
        self.dtype = np.dtype(dtype)
        if seed is None:
            seed = int(np.random.SeedSequence().generate_state(1)[0])
        if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
            raise ValueError(f"seed must be a non-negative integer or None, got {seed!r}")
        self.seed = int(seed)
        self.rng = np.random.default_rng(np.random.SeedSequence([self.seed, 0x44524F50]))  # Dropout masks

        shapes = {info.name: info.output_shape for info in infos}
        index = {layer.name: i for i, layer in enumerate(spec.layers)}
        self.input_shape = tuple(spec.input_shape)
        self.output_shape = tuple(infos[-1].output_shape)
        self.layers: list[Layer] = []
        self._plan: list[tuple[int, Layer, Any]] = []   # (index, layer, source index or tuple of indices)
        wants_grad: list[bool] = []                      # layer output leads back to trainable weights
        for i, layer_spec in enumerate(spec.layers):
            sources = tuple(index[s] for s in spec.input_names(i))
            layer = layer_from_spec(layer_spec, i, [shapes[spec.layers[s].name] for s in sources],
                                    self.dtype, self.seed, self.rng)
            layer.needs_input_grad = any(wants_grad[s] for s in sources)
            wants_grad.append(bool(layer.params) or layer.needs_input_grad)
            self.layers.append(layer)
            if i > 0:
                self._plan.append((i, layer, sources if layer_kind(layer_spec.kind).multi_input else sources[0]))
        self._wants_grad = wants_grad
        self._reverse_plan = self._plan[::-1]
        self._outs: list[Any] = [None] * len(self.layers)
        self._gouts: list[Any] = [None] * len(self.layers)
        self._flatten_parameters()
        self._stateful_layers = [layer for layer in self.layers if layer.state]   # layers with moving statistics
        # every layer with weights can take a plain SGD step during the backward pass (see train_step), and
        # the model is large enough for that to pay
        self._steps_in_backward = (self._flat_params.size >= STEPS_IN_BACKWARD_MIN_PARAMS
                                   and all(layer.steps_in_backward for layer in self.layers if layer.params))
        self._loss: Loss | None = None
        self._optimizer: Optimizer | None = None
        self._fused = False          # loss computed from the output layer's logits (Keras' _keras_logits)
        self._fused_probs = False    # ... and the output is that loss's own link (sigmoid/softmax)
        self._chain: DenseChain | None = None   # the training step in C (plain SGD, a chain of Dense layers)

    def _flatten_parameters(self) -> None:
        entries = [(layer, key) for layer in self.layers for key in layer.params]
        total = sum(layer.params[key].size for layer, key in entries)
        self._flat_params = np.empty(total, self.dtype)
        self._flat_grads = np.zeros(total, self.dtype)
        self.params: dict[str, np.ndarray] = {}   # live trainable parameters, "layer/weight" -> view
        # their gradients after the last backward pass (after an SGD train_step: times the learning rate)
        self.grads: dict[str, np.ndarray] = {}
        offset = 0
        for layer, key in entries:
            value = layer.params[key]
            end = offset + value.size
            p = self._flat_params[offset:end].reshape(value.shape)
            g = self._flat_grads[offset:end].reshape(value.shape)
            p[...] = value
            layer.params[key], layer.grads[key] = p, g
            self.params[f"{layer.name}/{key}"], self.grads[f"{layer.name}/{key}"] = p, g
            offset = end
        # All weights, trainable and not, in Keras' order (live arrays).
        self._weights = {f"{layer.name}/{key}": layer.weight(key) for layer in self.layers for key in layer.weight_order}
        self._regularized = [
            (layer.params[key], layer.grads[key], reg, np.empty_like(layer.params[key]))
            for layer in self.layers for key, reg in layer.regularizers.items()
        ]

    # ------------------------------------------------------------------ configuration
    def compile(self, loss: str | dict[str, Any] | Loss, optimizer: str | dict[str, Any] | Optimizer) -> None:
        """Choose the loss and the optimizer (Keras configs; see base.py). Resets the optimizer state."""
        loss = loss_from_config(loss)
        optimizer = optimizer_from_config(optimizer)
        optimizer.build(self.params)
        last = self.layers[-1]
        # Kinds with an activation parameter apply it last and can hand the loss their logits.
        act = last.act if any(layer_kind(last.kind).params_of_type("activation")) else None
        self._fused = loss.crossentropy and act is not None and act.name in ("sigmoid", "softmax")
        self._fused_probs = self._fused and act is not None and act.name == loss.link
        if isinstance(last, Dense):
            last.keep_logits = self._fused or last.act.needs_z
        # plain SGD stepping in the backward pass: the large kernels keep their rows on one core each
        fused_sgd = self._sgd_in_backward(optimizer)
        for layer in self.layers:
            if isinstance(layer, Dense):
                layer.halves = KernelHalves.for_kernel(layer.params["kernel"]) if fused_sgd else None
        self._chain = (DenseChain.for_model(self.layers, [src for _, _, src in self._plan], self.input_shape)
                       if fused_sgd and self.dtype == np.float32 else None)
        self._loss, self._optimizer = loss, optimizer

    def _sgd_in_backward(self, optimizer: Optimizer) -> bool:
        """Whether a training step moves the weights during the backward pass (plain SGD, no penalty, and
        every layer with weights able to)."""
        return self._steps_in_backward and not self._regularized and optimizer.steps_in_backward()

    @property
    def loss(self) -> Loss | None:
        return self._loss

    @property
    def from_logits(self) -> bool:
        """The compiled loss takes logits (``from_logits=True``); False before ``compile``."""
        return bool(getattr(self._loss, "from_logits", False))

    @property
    def optimizer(self) -> Optimizer | None:
        return self._optimizer

    @property
    def loss_config(self) -> dict[str, Any] | None:
        """The compiled loss's config (``{"name": ..., ...}``); None before ``compile``."""
        return None if self._loss is None else normalize_loss(self._loss.get_config())

    @property
    def optimizer_config(self) -> dict[str, Any] | None:
        """``{"class_name", "config"}`` of the compiled optimizer (current learning rate); None before ``compile``."""
        return None if self._optimizer is None else normalize_optimizer(self._optimizer.get_config())

    def _compiled(self) -> Optimizer:
        if self._optimizer is None:
            raise RuntimeError("the model is not compiled; call compile(loss, optimizer) first")
        return self._optimizer

    @property
    def learning_rate(self) -> float:
        return self._compiled().learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        self._compiled().learning_rate = value

    def get_optimizer_state(self) -> dict[str, Any]:
        """``{"class_name", "iterations", "learning_rate", "slots": {slot: {"layer/weight": array}}}`` (copies)."""
        opt = self._compiled()
        return {"class_name": type(opt).__name__, **opt.get_state()}

    def set_optimizer_state(self, state: dict[str, Any]) -> None:
        opt = self._compiled()
        name = state.get("class_name", type(opt).__name__)
        if name != type(opt).__name__:
            raise ValueError(f"the optimizer state is for {name}, but the model is compiled with {type(opt).__name__}")
        opt.set_state(state)

    # ------------------------------------------------------------------ weights
    def get_weights(self) -> dict[str, np.ndarray]:
        """Copies of all weights, ``"layer/weight"`` in Keras' order (Dense kernel (in, out), bias; ...)."""
        return {key: value.copy() for key, value in self._weights.items()}

    def set_weights(self, weights: dict[str, np.ndarray]) -> None:
        """Replace the named weights (all or some) in place; checks every name and shape before writing."""
        for key, value in weights.items():
            if key not in self._weights:
                raise ValueError(f"unknown weight {key!r}; this model has {', '.join(self._weights)}")
            if np.shape(value) != self._weights[key].shape:
                raise ValueError(
                    f"weight {key!r} has shape {tuple(np.shape(value))}, expected {self._weights[key].shape}"
                )
        for key, value in weights.items():
            self._weights[key][...] = value

    def count_params(self) -> tuple[int, int]:
        """(trainable, non-trainable)."""
        trainable = int(self._flat_params.size)
        return trainable, sum(v.size for v in self._weights.values()) - trainable

    def summary(self) -> str:
        return self.spec.summary()

    # ------------------------------------------------------------------ running
    def _input(self, x: Any) -> np.ndarray:
        if type(x) is not np.ndarray or x.dtype != self.dtype:
            x = np.asarray(x, dtype=self.dtype)
        if x.shape[1:] != self.input_shape:
            raise ValueError(f"inputs have shape {x.shape}; the model expects (n, {', '.join(map(str, self.input_shape))})")
        return x

    def _forward(self, x: np.ndarray, training: bool) -> np.ndarray:
        outs = self._outs
        outs[0] = x
        for i, layer, src in self._plan:
            outs[i] = layer.forward(outs[src] if src.__class__ is int else [outs[s] for s in src], training)
        return outs[-1]

    def _backward(self, grad: np.ndarray, logits: bool, step: bool = False) -> None:
        """Backpropagate ``grad`` (dL/d output, or dL/d logits when ``logits``) through every layer, filling
        the layers' ``grads``; with ``step``, ``grad`` is scaled by the learning rate and each layer moves its
        own weights instead (``Layer.step``: only when every layer with weights ``steps_in_backward``)."""
        gouts, wants = self._gouts, self._wants_grad
        last = len(self.layers) - 1
        gouts[last] = grad
        for i, layer, src in self._reverse_plan:
            g = gouts[i]
            if g is None:
                continue
            gouts[i] = None
            if step:
                gin = layer.step_logits(g) if logits and i == last else layer.step(g)
            else:
                gin = layer.backward_logits(g) if logits and i == last else layer.backward(g)
            if gin is None:
                continue
            if src.__class__ is int:
                if wants[src]:
                    prev = gouts[src]
                    gouts[src] = gin if prev is None else prev + gin
            else:
                for s, gi in zip(src, gin, strict=True):
                    if wants[s]:
                        prev = gouts[s]
                        gouts[s] = gi if prev is None else prev + gi

    def _loss_value(self, y: Any, out: np.ndarray, need_grad: bool) -> tuple[float, np.ndarray | None, np.ndarray]:
        """(mean loss without penalties, dL/d(output or logits), prepared targets)."""
        loss = self._loss
        if loss is None:
            raise RuntimeError("the model has no loss; call compile(loss, optimizer) first")
        y = loss.prepare_target(y, out)
        if self._fused:
            value, g = loss.logits_value_and_grad(y, self.layers[-1].logits, out if self._fused_probs else None,
                                                  need_grad=need_grad)
        else:
            value, g = loss.value_and_grad(y, out, need_grad=need_grad)
        return value, g, y

    def _loss_and_output_grad(self, y: Any, out: np.ndarray) -> tuple[float, np.ndarray]:
        value, g, _ = self._loss_value(y, out, True)
        if g is None:
            raise RuntimeError(f"the loss {self._loss!r} gave no gradient")
        return value, g

    def regularization_loss(self) -> float:
        """Sum of the L1/L2 penalties of all regularized weights."""
        return sum(reg.penalty(w) for w, _, reg, _ in self._regularized) if self._regularized else 0.0

    def _add_penalty_gradients(self) -> None:
        for w, g, reg, tmp in self._regularized:
            reg.add_gradient(w, g, tmp)

    def train_step(self, x: Any, y: Any) -> tuple[float, np.ndarray]:
        """One optimizer step on a batch; returns (batch loss incl. regularization before the update,
        training-mode outputs before the update, a new array)."""
        optimizer = self._compiled()
        x = self._input(x)
        chain = self._chain
        if chain is not None and chain.applies(x):
            # a chain of Dense layers with plain SGD: the same arithmetic in two C calls (dense_chain.py)
            out = chain.forward(x)
            value, g = self._loss_and_output_grad(y, out)
            chain.step(g, optimizer.gradient_scale() or 0.0, self._fused)
            optimizer.iterations += 1
            return value, out.copy()
        out = self._forward(x, True)
        value, g = self._loss_and_output_grad(y, out)
        scale = None if self._regularized else optimizer.gradient_scale()
        if scale is not None:
            # Backpropagation is linear in the loss gradient: scaled first (a few values per sample), it yields
            # every weight's gradient times the learning rate, all that SGD's step needs: a pass over the weights fewer.
            if self._sgd_in_backward(optimizer):
                # plain SGD, and every layer with weights moves them during the backward pass (Dense: one
                # BLAS call for kernel -= x.T @ gz, no gradient array written or read)
                self._backward(g * scale, self._fused, step=True)
                optimizer.iterations += 1
            else:
                self._backward(g * scale, self._fused)
                optimizer.update_flat_scaled(self._flat_params, self._flat_grads)
            return value, out.copy()
        if self._regularized:
            value += self.regularization_loss()
        self._backward(g, self._fused)
        if self._regularized:
            self._add_penalty_gradients()
        optimizer.update_flat(self._flat_params, self._flat_grads)
        return value, out.copy()

    def loss_and_grads(self, x: Any, y: Any) -> tuple[float, dict[str, np.ndarray]]:
        """(loss incl. regularization, {"layer/weight": gradient copy}) in training mode, without updating
        anything (BatchNormalization's moving statistics are restored; Dropout draws from ``rng``)."""
        if self._loss is None:
            raise RuntimeError("the model has no loss; call compile(loss, optimizer) first")
        saved = self._save_moving_stats()
        x = self._input(x)
        out = self._forward(x, True)
        value, g = self._loss_and_output_grad(y, out)
        value += self.regularization_loss()
        self._backward(g, self._fused)
        self._add_penalty_gradients()
        self._restore_moving_stats(saved)
        return value, {key: grad.copy() for key, grad in self.grads.items()}

    def compute_loss(self, x: Any, y: Any, training: bool = False) -> float:
        """The loss incl. regularization on one batch, without gradients or side effects on the weights."""
        if self._loss is None:
            raise RuntimeError("the model has no loss; call compile(loss, optimizer) first")
        saved = self._save_moving_stats()
        out = self._forward(self._input(x), training)
        value = self._loss_value(y, out, False)[0] + self.regularization_loss()
        self._restore_moving_stats(saved)
        return value

    def _save_moving_stats(self) -> list[np.ndarray]:
        return [v.copy() for layer in self._stateful_layers for v in layer.state.values()]

    def _restore_moving_stats(self, saved: list[np.ndarray]) -> None:
        live = [v for layer in self._stateful_layers for v in layer.state.values()]
        for dst, src in zip(live, saved, strict=True):
            dst[...] = src

    def _per_sample(self) -> int:
        """Values one sample holds in the layers' outputs (``ModelSpec.values_per_sample``), counted once."""
        if self._values_per_sample is None:
            self._values_per_sample = self.spec.values_per_sample()
        return self._values_per_sample

    def _batches(self, n: int, batch_size: int):
        return batch_bounds(n, batch_size, self._per_sample())

    def predict(self, x: Any, batch_size: int = 256) -> np.ndarray:
        """Outputs in inference mode, ``(n, *output_shape)`` (a new array)."""
        x = self._input(x)
        result = np.empty((len(x), *self.output_shape), self.dtype)
        for start, stop in self._batches(len(x), batch_size):
            result[start:stop] = self._forward(x[start:stop], False)
        return result

    def evaluate(self, x: Any, y: Any, batch_size: int = 256) -> tuple[float, np.ndarray]:
        """(mean loss over all samples incl. regularization, outputs) in inference mode."""
        if self._loss is None:
            raise RuntimeError("the model has no loss; call compile(loss, optimizer) first")
        x = self._input(x)
        n = len(x)
        if n == 0:
            raise ValueError("evaluate needs at least one sample")
        if len(y) != n:
            raise ValueError(f"evaluate got {n} inputs but {len(y)} targets")
        result = np.empty((n, *self.output_shape), self.dtype)
        total = 0.0
        for start, stop in self._batches(n, batch_size):
            out = self._forward(x[start:stop], False)
            result[start:stop] = out
            total += self._loss_value(y[start:stop], out, False)[0] * (stop - start)
        return total / n + self.regularization_loss(), result

    def layer_outputs(self, x: Any, training: bool = False) -> dict[str, np.ndarray]:
        """Every layer's output for one batch, ``{layer name: copy}`` (for probes and plots)."""
        saved = self._save_moving_stats()
        self._forward(self._input(x), training)
        self._restore_moving_stats(saved)
        return {layer.name: np.array(out) for layer, out in zip(self.layers, self._outs, strict=True)}


def build_model(spec: ModelSpec, seed: int | None = None, dtype: Any = "float32") -> NumpyModel:
    """A ``NumpyModel`` for ``spec`` with weights drawn for ``seed`` (``None``: a fresh random seed,
    stored as ``model.seed``). ``dtype``: "float32" (default) or "float64"."""
    return NumpyModel(spec, seed=seed, dtype=dtype)
