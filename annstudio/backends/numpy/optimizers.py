"""Optimizers with Keras 3's update rules, argument names and defaults (``keras/src/optimizers/*.py``).

An optimizer is built once for named parameters (``build(params)``) and keeps per-name slots (``momentum``,
``velocity``, ...). ``update(params, grads)`` changes the parameters in place by name. The slots of all
parameters live in one flat array each (the per-name slots are views into it), so a model that keeps its
parameters and gradients in flat arrays too can call ``update_flat(flat_params, flat_grads)``: the same rule
in a handful of NumPy calls for the whole model. Both paths give identical results.

``iterations`` counts updates (Keras' ``optimizer.iterations``); ``learning_rate`` may be changed at any
time. ``get_state()``/``set_state()`` carry iterations, learning rate and slots as plain NumPy data.
Config: Keras' ``{"class_name": "Adam", "config": {...}}`` (``optimizer_from_config``); names, arguments and
defaults are ``spec.training``'s.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from ...spec.training import OPTIMIZER_DEFAULTS, OPTIMIZER_NEUTRAL, normalize_optimizer


class Optimizer:
    """Base class. Subclasses set ``defaults`` (Keras' arguments) and implement ``_slot_names`` and ``_apply``."""

    defaults: dict[str, Any] = {}
    slot_initial_values: dict[str, float] = {}

    def __init__(self, **config: Any):
        name = type(self).__name__
        config.pop("name", None)
        config.pop("ema_momentum", None)  # only used with use_ema
        for key, inactive in OPTIMIZER_NEUTRAL.items():
            value = config.pop(key, inactive)
            if value != inactive:
                raise ValueError(f"{name}: {key}={value!r} is not supported by the NumPy backend (use {inactive!r})")
        unknown = sorted(set(config) - set(self.defaults))
        if unknown:
            raise ValueError(
                f"{name}: unknown argument(s) {', '.join(unknown)}; expected {', '.join(self.defaults)}"
            )
        merged = {**self.defaults, **config}
        lr = merged["learning_rate"]
        if isinstance(lr, dict):
            raise ValueError(f"{name}: learning-rate schedules are not supported, got {lr!r}; give a number")
        for key, value in merged.items():
            if isinstance(self.defaults[key], bool):
                merged[key] = bool(value)
            else:
                try:
                    merged[key] = float(value)
                except (TypeError, ValueError):
                    raise ValueError(f"{name}: {key} must be a number, got {value!r}") from None
        self.config = merged
        self._learning_rate = merged["learning_rate"]
        self._check()
        self.iterations = 0
        self.names: tuple[str, ...] = ()
        self.slots: dict[str, dict[str, np.ndarray]] = {}
        self._flat_slots: dict[str, np.ndarray] = {}
        self._flat_slot_list: list[np.ndarray] = []
        self._tmp = np.empty(0)
        self._tmp_views: dict[str, np.ndarray] = {}
        self._size = 0

    def _check(self) -> None:
        """Validate ``self.config`` (subclasses)."""

    # -- configuration
    @property
    def learning_rate(self) -> float:
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        value = float(value)  # a Python float keeps float32 arithmetic in float32
        if not value >= 0 or math.isinf(value):
            raise ValueError(f"learning_rate must be a finite number >= 0, got {value}")
        self._learning_rate = value
        self.config["learning_rate"] = value

    def get_config(self) -> dict[str, Any]:
        return {"class_name": type(self).__name__, "config": dict(self.config)}

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.config.items())
        return f"{type(self).__name__}({args})"

    @property
    def slot_names(self) -> tuple[str, ...]:
        return self._slot_names()

    def _slot_names(self) -> tuple[str, ...]:
        return ()

    # -- building
    def build(self, params: dict[str, np.ndarray]) -> None:
        """Create the slots for these parameters (zeros, or Keras' initial value) and reset ``iterations``."""
        self.names = tuple(params)
        sizes = [params[k].size for k in self.names]
        dtype = next(iter(params.values())).dtype if params else np.dtype(np.float32)
        self._size = total = sum(sizes)
        self._flat_slots = {}
        self.slots = {}
        for slot in self.slot_names:
            flat = np.full(total, self.slot_initial_values.get(slot, 0.0), dtype=dtype)
            self._flat_slots[slot] = flat
            views, offset = {}, 0
            for key, size in zip(self.names, sizes, strict=True):
                views[key] = flat[offset:offset + size].reshape(params[key].shape)
                offset += size
            self.slots[slot] = views
        self._flat_slot_list = list(self._flat_slots.values())
        self._tmp = np.empty(total, dtype=dtype)
        self._tmp_views = {}
        offset = 0
        for key, size in zip(self.names, sizes, strict=True):
            self._tmp_views[key] = self._tmp[offset:offset + size].reshape(params[key].shape)
            offset += size
        self.iterations = 0

    # -- updating
    def update(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> None:
        """One step: change every ``params[name]`` in place using ``grads[name]``."""
        if tuple(params) != self.names:
            if self.names:
                raise ValueError(f"the optimizer was built for {', '.join(self.names)}; got {', '.join(params)}")
            self.build(params)
        lr = self._learning_rate
        for key in self.names:
            self._apply(params[key], grads[key], [views[key] for views in self.slots.values()],
                        self._tmp_views[key], lr)
        self.iterations += 1

    def update_flat(self, param: np.ndarray, grad: np.ndarray) -> None:
        """One step on all parameters at once: ``param`` and ``grad`` are the concatenation of the
        parameters in ``build`` order (1-D, contiguous)."""
        if param.size != self._size:
            raise ValueError(f"update_flat got {param.size} values but the optimizer was built for {self._size}")
        self._apply(param, grad, self._flat_slot_list, self._tmp, self._learning_rate)
        self.iterations += 1

    def gradient_scale(self) -> float | None:
        """A factor the model may multiply the loss gradient by before backpropagation, so that every weight
        gradient arrives already multiplied by it; ``update_flat_scaled`` then takes those. SGD's is its
        learning rate: its step needs only ``learning_rate * gradient``, and forming that product from the small
        output gradient instead of from every weight's gradient saves a pass over all the weights. ``None``
        (the default): the rule needs the gradients themselves."""
        return None

    def update_flat_scaled(self, param: np.ndarray, scaled_grad: np.ndarray) -> None:
        """``update_flat`` for gradients already multiplied by ``gradient_scale()`` (same layout)."""
        raise NotImplementedError(f"{type(self).__name__} takes plain gradients (gradient_scale() is None)")

    def steps_in_backward(self) -> bool:
        """True when a step is ``w -= gradient_scale() * g`` and nothing else (plain SGD): the layers may then
        apply it themselves during the backward pass (``Layer.step``), and the model only counts it."""
        return False

    def _apply(self, p: np.ndarray, g: np.ndarray, slots: list[np.ndarray], t: np.ndarray, lr: float) -> None:
        raise NotImplementedError

    # -- state
    def get_state(self) -> dict[str, Any]:
        """``{"iterations": int, "learning_rate": float, "slots": {slot: {param name: array copy}}}``."""
        return {
            "iterations": int(self.iterations),
            "learning_rate": float(self._learning_rate),
            "slots": {slot: {k: v.copy() for k, v in views.items()} for slot, views in self.slots.items()},
        }

    def set_state(self, state: dict[str, Any]) -> None:
        """Restore what ``get_state`` returned (slot names and shapes must match; nothing changes otherwise)."""
        slots = state.get("slots", {})
        if set(slots) != set(self.slots):
            raise ValueError(
                f"optimizer state has slots {sorted(slots)} but {type(self).__name__} uses {sorted(self.slots)}"
            )
        for slot, views in self.slots.items():
            given = slots[slot]
            if set(given) != set(views):
                raise ValueError(f"optimizer state slot {slot!r} is for {sorted(given)}, expected {sorted(views)}")
            for key, view in views.items():
                if np.shape(given[key]) != view.shape:
                    raise ValueError(
                        f"optimizer state {slot}/{key} has shape {np.shape(given[key])}, expected {view.shape}"
                    )
        for slot, views in self.slots.items():
            for key, view in views.items():
                view[...] = slots[slot][key]
        self.iterations = int(state.get("iterations", 0))
        if "learning_rate" in state:
            self.learning_rate = state["learning_rate"]


class SGD(Optimizer):
    """Stochastic gradient descent, optionally with (Nesterov) momentum.

    Without momentum: ``w = w - learning_rate * g``.
    With momentum: ``m = momentum * m - learning_rate * g``; ``w = w + m``, or with ``nesterov=True``
    ``w = w + momentum * m - learning_rate * g`` (using the new ``m``).
    """

    defaults = OPTIMIZER_DEFAULTS["SGD"]

    def _check(self):
        if not 0 <= self.config["momentum"] <= 1:
            raise ValueError(f"SGD: momentum must be in [0, 1], got {self.config['momentum']}")

    def _slot_names(self):
        return ("momentum",) if self.config["momentum"] != 0 else ()

    def gradient_scale(self) -> float | None:
        return self._learning_rate

    def steps_in_backward(self) -> bool:
        return not self._flat_slot_list  # no momentum

    def update_flat_scaled(self, param: np.ndarray, scaled_grad: np.ndarray) -> None:
        if param.size != self._size or scaled_grad.size != self._size:
            raise ValueError(f"update_flat_scaled got {param.size} values but the optimizer was built for {self._size}")
        self._step(param, scaled_grad, self._flat_slot_list, self._tmp)
        self.iterations += 1

    def _apply(self, p, g, slots, t, lr):
        np.multiply(g, lr, out=t)                 # t = lr * g
        self._step(p, t, slots, t)

    def _step(self, p, s, slots, t):
        """The update from ``s = learning_rate * g`` (``t``: scratch space, which may be ``s`` itself)."""
        if not slots:
            p -= s
            return
        (m,) = slots
        mom = self.config["momentum"]
        m *= mom
        m -= s                                    # m = momentum * m - lr * g
        if self.config["nesterov"]:
            p -= s                                # w - lr * g
            np.multiply(m, mom, out=t)
            p += t                                # + momentum * m
        else:
            p += m


class Adam(Optimizer):
    """Adam (Kingma & Ba), in Keras' form with step t = iterations + 1:

    ``m = m + (g - m) (1 - beta_1)``; ``v = v + (g^2 - v) (1 - beta_2)`` (``v_hat = max(v_hat, v)`` and
    ``v_hat`` used for ``v`` when ``amsgrad``); ``alpha = learning_rate sqrt(1 - beta_2^t) / (1 - beta_1^t)``;
    ``w = w - alpha m / (sqrt(v) + epsilon)``.
    """

    defaults = OPTIMIZER_DEFAULTS["Adam"]

    def _slot_names(self):
        return ("momentum", "velocity", "velocity_hat") if self.config["amsgrad"] else ("momentum", "velocity")

    def _apply(self, p, g, slots, t, lr):
        c = self.config
        b1, b2 = c["beta_1"], c["beta_2"]
        step = self.iterations + 1
        alpha = lr * math.sqrt(1.0 - b2 ** step) / (1.0 - b1 ** step)
        m, v = slots[0], slots[1]
        np.subtract(g, m, out=t)
        t *= 1.0 - b1
        m += t
        np.square(g, out=t)
        t -= v
        t *= 1.0 - b2
        v += t
        if c["amsgrad"]:
            v_hat = slots[2]
            np.maximum(v_hat, v, out=v_hat)
            v = v_hat
        np.sqrt(v, out=t)
        t += c["epsilon"]
        np.divide(m, t, out=t)
        t *= alpha
        p -= t


class RMSprop(Optimizer):
    """RMSprop: ``v = rho v + (1 - rho) g^2``; with ``centered`` also ``a = rho a + (1 - rho) g`` and the
    denominator ``sqrt(v - a^2 + epsilon)``, else ``sqrt(v + epsilon)``; ``step = learning_rate g / denominator``.
    With ``momentum > 0``: ``m = momentum m + step``, ``w = w - m``; else ``w = w - step``.
    """

    defaults = OPTIMIZER_DEFAULTS["RMSprop"]

    def _slot_names(self):
        names = ["velocity"]
        if self.config["momentum"] > 0:
            names.append("momentum")
        if self.config["centered"]:
            names.append("average_gradient")
        return tuple(names)

    def _apply(self, p, g, slots, t, lr):
        c = self.config
        rho = c["rho"]
        v = slots[0]
        v *= rho
        np.square(g, out=t)
        t *= 1.0 - rho
        v += t
        if c["centered"]:
            a = slots[-1]
            a *= rho
            np.multiply(g, 1.0 - rho, out=t)
            a += t
            np.square(a, out=t)
            np.subtract(v, t, out=t)
            t += c["epsilon"]
        else:
            np.add(v, c["epsilon"], out=t)
        np.sqrt(t, out=t)
        np.divide(g, t, out=t)
        t *= lr
        if c["momentum"] > 0:
            m = slots[1]
            m *= c["momentum"]
            m += t
            p -= m
        else:
            p -= t


class Adagrad(Optimizer):
    """Adagrad: ``acc = acc + g^2`` (``acc`` starts at ``initial_accumulator_value``);
    ``w = w - learning_rate g / sqrt(acc + epsilon)``.
    """

    defaults = OPTIMIZER_DEFAULTS["Adagrad"]

    def __init__(self, **config):
        super().__init__(**config)
        self.slot_initial_values = {"accumulator": self.config["initial_accumulator_value"]}

    def _slot_names(self):
        return ("accumulator",)

    def _apply(self, p, g, slots, t, lr):
        acc = slots[0]
        np.square(g, out=t)
        acc += t
        np.add(acc, self.config["epsilon"], out=t)
        np.sqrt(t, out=t)
        np.divide(g, t, out=t)
        t *= lr
        p -= t


OPTIMIZERS: dict[str, type[Optimizer]] = {cls.__name__: cls for cls in (SGD, Adam, RMSprop, Adagrad)}


def optimizer_from_config(config: str | dict[str, Any] | Optimizer) -> Optimizer:
    """An optimizer from any form ``spec.training.normalize_optimizer`` reads: Keras'
    ``{"class_name": ..., "config": {...}}`` (a full ``get_config()`` too) or a bare name (``"adam"``)."""
    if isinstance(config, Optimizer):
        return config
    settings = normalize_optimizer(config)
    return OPTIMIZERS[settings["class_name"]](**settings["config"])
