"""One training step explained with the backend's own numbers (either backend, through ``TrainableModel``).

For one training sample of a stack of Dense layers, :func:`explain_step` gathers what the lecture notes
write out by hand (E is the loss, l the layer, f its activation):

- forward: ``z⁽ˡ⁾ = a⁽ˡ⁻¹⁾ W⁽ˡ⁾ + b⁽ˡ⁾`` and ``a⁽ˡ⁾ = f(z⁽ˡ⁾)`` for every layer, then the loss E;
- backward: ``δ⁽ˡ⁾ = ∂E/∂z⁽ˡ⁾`` for every layer and ``∂E/∂W⁽ˡ⁾ᵢⱼ = a⁽ˡ⁻¹⁾ᵢ δ⁽ˡ⁾ⱼ``;
- the optimizer's update of one chosen weight, written with its state (:func:`optimizer_update`).

Every number comes from the backend: a from ``layer_outputs``, W and b from ``get_weights``, the gradients
from ``loss_and_grads`` (what ``train_step`` on this one sample applies). z is ``a⁽ˡ⁻¹⁾W + b``; δ is read
off the gradients: for one sample ∂E/∂b = δ (less the bias penalty's own gradient), and without a bias
δⱼ = Σᵢ aᵢ ∂E/∂Wᵢⱼ / Σᵢ aᵢ² (∂E/∂W is the outer product a δ).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..backends.base import TrainableModel
from ..backends.numpy.regularizers import L1L2
from ..messages import Message
from ..spec.training import normalize_optimizer

#: layer kinds an explained step can show (a stack of Dense layers after the input, maybe flattened first)
EXPLAINED_KINDS = ("Input", "Flatten", "Dense")


@dataclass
class LayerStep:
    """One Dense layer for one sample: its input a⁽ˡ⁻¹⁾, z, a = f(z), δ = ∂E/∂z and ∂E/∂W, ∂E/∂b."""

    name: str
    activation: str
    a_in: np.ndarray
    z: np.ndarray
    a: np.ndarray
    delta: np.ndarray
    grad_kernel: np.ndarray
    grad_bias: np.ndarray | None


@dataclass
class Update:
    """One weight's optimizer update: ``w`` and ``g`` before, the state slots before and after, ``w_new``
    and the rule written out with these numbers (``lines``, plain math, the same in every language)."""

    optimizer: str
    learning_rate: float
    w: float
    g: float
    w_new: float
    step: int
    state_before: dict[str, float] = field(default_factory=dict)
    state_after: dict[str, float] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)


@dataclass
class StepExplanation:
    sample: int
    x: np.ndarray
    target: np.ndarray
    output: np.ndarray
    loss: float
    layers: list[LayerStep]
    weight: tuple[str, int, int]
    update: Update


def explain_problem(spec: Any) -> Message | None:
    """Why a model's step cannot be explained (None: it can)."""
    for i, layer in enumerate(spec.layers):
        if layer.kind == "Flatten" and i != 1:
            return Message("Explain this step shows stacks of Dense layers; this model has a {kind} layer "
                           "({name}).", kind=layer.kind, name=layer.name)
        if layer.kind not in EXPLAINED_KINDS:
            return Message("Explain this step shows stacks of Dense layers; this model has a {kind} layer "
                           "({name}).", kind=layer.kind, name=layer.name)
    for i in range(1, len(spec.layers)):
        if len(spec.input_names(i)) != 1 or spec.input_names(i)[0] != spec.layers[i - 1].name:
            return Message("Explain this step shows a plain stack of layers; {name} does not take the layer "
                           "before it.", name=spec.layers[i].name)
    if len(spec.input_shape) != 1 and spec.layers[1].kind != "Flatten":
        return Message("Explain this step needs flat inputs (one number per feature).")
    return None


def fmt(value: float) -> str:
    """A number as the explanation writes it: 6 significant digits."""
    return f"{float(value):.6g}"


def _penalty_gradient(config: Any, w: np.ndarray) -> np.ndarray:
    reg = L1L2.from_config(config)
    if reg is None:
        return np.zeros_like(w, dtype=np.float64)
    return reg.l1 * np.sign(w) + 2.0 * reg.l2 * w


def explain_step(model: TrainableModel, x: np.ndarray, y: np.ndarray, sample: int,
                 weight: tuple[str, int, int] | None = None) -> StepExplanation:
    """The step on training sample ``sample`` of ``(x, y)`` (targets prepared for the loss), with the
    update of ``weight`` = (Dense layer name, i, j): kernel entry Wᵢⱼ (default: the last layer's W₀₀).
    Nothing about the model changes."""
    spec = model.spec
    problem = explain_problem(spec)
    if problem is not None:
        raise ValueError(problem)
    n = len(x)
    if not 0 <= sample < n:
        raise ValueError(Message("sample must be from 0 to {last}, got {sample}", last=n - 1, sample=sample))
    xs, ys = x[sample:sample + 1], y[sample:sample + 1]
    outputs = model.layer_outputs(xs)
    weights = model.get_weights()
    loss, grads = model.loss_and_grads(xs, ys)
    layers: list[LayerStep] = []
    for i, layer in enumerate(spec.layers[1:], start=1):
        if layer.kind != "Dense":  # Flatten: its output is the next layer's input
            continue
        a_in = np.asarray(outputs[spec.layers[i - 1].name], dtype=np.float64)[0]
        kernel = np.asarray(weights[f"{layer.name}/kernel"], dtype=np.float64)
        g_kernel = np.asarray(grads[f"{layer.name}/kernel"], dtype=np.float64)
        z = a_in @ kernel
        g_bias = None
        if layer.config.get("use_bias", True):
            bias = np.asarray(weights[f"{layer.name}/bias"], dtype=np.float64)
            z = z + bias
            g_bias = np.asarray(grads[f"{layer.name}/bias"], dtype=np.float64)
            delta = g_bias - _penalty_gradient(layer.config.get("bias_regularizer"), bias)
        else:
            data_part = g_kernel - _penalty_gradient(layer.config.get("kernel_regularizer"), kernel)
            norm = float(a_in @ a_in)
            delta = (a_in @ data_part) / norm if norm > 0 else np.full(kernel.shape[1], np.nan)
        layers.append(LayerStep(layer.name, str(layer.config.get("activation", "linear")), a_in, z,
                                np.asarray(outputs[layer.name], dtype=np.float64)[0], delta, g_kernel, g_bias))
    if weight is None:
        weight = (layers[-1].name, 0, 0)
    name, wi, wj = weight
    chosen = next((step for step in layers if step.name == name), None)
    if chosen is None:
        raise ValueError(Message("no Dense layer named {name}", name=name))
    rows, cols = chosen.grad_kernel.shape
    if not (0 <= wi < rows and 0 <= wj < cols):
        raise ValueError(Message("{name} has weights W[i, j] with i < {rows} and j < {cols}; got [{i}, {j}]",
                                 name=name, rows=rows, cols=cols, i=wi, j=wj))
    key = f"{name}/kernel"
    state = model.get_optimizer_state()
    slots = {slot: float(np.asarray(values[key])[wi, wj]) for slot, values in state.get("slots", {}).items()}
    config = model.optimizer_config or {"class_name": state.get("class_name", "SGD"), "config": {}}
    update = optimizer_update(config, float(model.learning_rate), int(state.get("iterations", 0)),
                              float(weights[key][wi, wj]), float(chosen.grad_kernel[wi, wj]), slots)
    return StepExplanation(sample, np.asarray(xs[0], dtype=np.float64).reshape(-1), np.asarray(ys[0]),
                           layers[-1].a, float(loss), layers, (name, wi, wj), update)


def optimizer_update(optimizer: dict[str, Any] | str, learning_rate: float, iterations: int, w: float, g: float,
                     slots: dict[str, float]) -> Update:
    """One weight's update by the rule of Keras' optimizer (as both backends apply it), written out.

    ``slots`` are the optimizer's state for this weight before the step (``momentum``, ``velocity`` ...),
    ``iterations`` the steps taken so far."""
    settings = normalize_optimizer(optimizer)
    name, c = settings["class_name"], settings["config"]
    lr = float(learning_rate)
    after: dict[str, float] = {}
    lines = [f"g = ∂E/∂w = {fmt(g)}", f"η = {fmt(lr)}"]
    if name == "SGD":
        mu = float(c.get("momentum", 0.0))
        if mu == 0:
            w_new = w - lr * g
            lines.append(f"w ← w − η·g = {fmt(w)} − {fmt(lr)} × {fmt(g)} = {fmt(w_new)}")
        else:
            m = slots.get("momentum", 0.0)
            m_new = mu * m - lr * g
            after["momentum"] = m_new
            lines.append(f"m ← μ·m − η·g = {fmt(mu)} × {fmt(m)} − {fmt(lr)} × {fmt(g)} = {fmt(m_new)}")
            if c.get("nesterov"):
                w_new = w + mu * m_new - lr * g
                lines.append(f"w ← w + μ·m − η·g = {fmt(w)} + {fmt(mu)} × {fmt(m_new)} − {fmt(lr)} × {fmt(g)}"
                             f" = {fmt(w_new)}")
            else:
                w_new = w + m_new
                lines.append(f"w ← w + m = {fmt(w)} + {fmt(m_new)} = {fmt(w_new)}")
    elif name == "Adam":
        b1, b2, eps = float(c["beta_1"]), float(c["beta_2"]), float(c["epsilon"])
        t = iterations + 1
        m, v = slots.get("momentum", 0.0), slots.get("velocity", 0.0)
        m_new = m + (g - m) * (1 - b1)
        v_new = v + (g * g - v) * (1 - b2)
        after.update(momentum=m_new, velocity=v_new)
        alpha = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
        lines += [f"t = {t}",
                  f"m ← β₁·m + (1 − β₁)·g = {fmt(b1)} × {fmt(m)} + {fmt(1 - b1)} × {fmt(g)} = {fmt(m_new)}",
                  f"v ← β₂·v + (1 − β₂)·g² = {fmt(b2)} × {fmt(v)} + {fmt(1 - b2)} × {fmt(g * g)} = {fmt(v_new)}",
                  f"α = η·√(1 − β₂ᵗ)/(1 − β₁ᵗ) = {fmt(alpha)}"]
        if c.get("amsgrad"):
            v_hat = max(slots.get("velocity_hat", 0.0), v_new)
            after["velocity_hat"] = v_hat
            lines.append(f"v̂ ← max(v̂, v) = {fmt(v_hat)}")
            v_new = v_hat
        w_new = w - alpha * m_new / (math.sqrt(v_new) + eps)
        lines.append(f"w ← w − α·m/(√v + ε) = {fmt(w)} − {fmt(alpha)} × {fmt(m_new)} / ({fmt(math.sqrt(v_new))}"
                     f" + {fmt(eps)}) = {fmt(w_new)}")
    elif name == "RMSprop":
        rho, eps, mu = float(c["rho"]), float(c["epsilon"]), float(c.get("momentum", 0.0))
        v = slots.get("velocity", 0.0)
        v_new = rho * v + (1 - rho) * g * g
        after["velocity"] = v_new
        lines.append(f"v ← ρ·v + (1 − ρ)·g² = {fmt(rho)} × {fmt(v)} + {fmt(1 - rho)} × {fmt(g * g)} = {fmt(v_new)}")
        if c.get("centered"):
            a = slots.get("average_gradient", 0.0)
            a_new = rho * a + (1 - rho) * g
            after["average_gradient"] = a_new
            denom = math.sqrt(v_new - a_new * a_new + eps)
            lines.append(f"ḡ ← ρ·ḡ + (1 − ρ)·g = {fmt(a_new)}")
            lines.append(f"√(v − ḡ² + ε) = {fmt(denom)}")
        else:
            denom = math.sqrt(v_new + eps)
            lines.append(f"√(v + ε) = {fmt(denom)}")
        step = lr * g / denom
        if mu > 0:
            m = slots.get("momentum", 0.0)
            m_new = mu * m + step
            after["momentum"] = m_new
            w_new = w - m_new
            lines.append(f"m ← μ·m + η·g/√(…) = {fmt(m_new)}")
            lines.append(f"w ← w − m = {fmt(w)} − {fmt(m_new)} = {fmt(w_new)}")
        else:
            w_new = w - step
            lines.append(f"w ← w − η·g/√(…) = {fmt(w)} − {fmt(step)} = {fmt(w_new)}")
    elif name == "Adagrad":
        eps = float(c["epsilon"])
        acc = slots.get("accumulator", float(c.get("initial_accumulator_value", 0.1)))
        acc_new = acc + g * g
        after["accumulator"] = acc_new
        w_new = w - lr * g / math.sqrt(acc_new + eps)
        lines.append(f"G ← G + g² = {fmt(acc)} + {fmt(g * g)} = {fmt(acc_new)}")
        lines.append(f"w ← w − η·g/√(G + ε) = {fmt(w)} − {fmt(lr)} × {fmt(g)} / {fmt(math.sqrt(acc_new + eps))}"
                     f" = {fmt(w_new)}")
    else:  # pragma: no cover - normalize_optimizer knows only the four
        raise ValueError(f"no written-out rule for {name}")
    return Update(name, lr, w, g, w_new, iterations + 1, dict(slots), after, lines)
