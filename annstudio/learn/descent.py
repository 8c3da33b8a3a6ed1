"""Gradient descent on a loss surface of two parameters, step by step, and how the learning rate shows.

A *surface* is a loss ``L(p)`` of two parameters ``p = (p0, p1)`` with its gradient, a box to draw it in and
their names. Three kinds:

- ``QuadraticSurface``: ``a (p0 - c0)^2 + b (p1 - c1)^2``, where every step can be worked out by hand
  (plain SGD multiplies the distance to the centre by ``1 - 2 a lr`` per step);
- ``NeuronSurface``: the mean loss of one neuron ``act(w x + b)`` over a small data set (points near the
  line ``y = 2x + 1`` with noise, fixed seed), ``p = (w, b)``;
- ``ModelSurface`` (``descent_model.py``): two weights of a project's model, the others held.

``Descent`` walks a surface with one of the NumPy backend's own optimizers (``backends/numpy/optimizers``):
the two parameters are one array the optimizer updates in place with the surface's gradient, exactly as a
model's weights are. ``verdict`` reads the path: diverged, oscillating, crawling or converged (a ``Message``).
``race`` runs the five optimizers of the lab from one start.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..backends.numpy.activations import get_activation
from ..backends.numpy.losses import MeanSquaredError
from ..backends.numpy.optimizers import SGD, Adam, Optimizer, RMSprop
from ..messages import Message
from .quiz import Question

MAX_GRID = 81          # points per side of a surface grid (81 x 81 losses at most)
MAX_STEPS = 1000       # steps of one run
DIVERGE_FACTOR = 100.0  # a loss this many times the start's (or not finite) has diverged
CONVERGE_RTOL = 1e-3    # converged: gradient norm at most this fraction of the start's ...
CONVERGE_ATOL = 1e-8    # ... or below this
MIN_VERDICT_STEPS = 5   # fewer steps than this get no verdict (one step that cut the loss was called "crawling")
RISES_FOR_OSCILLATING = 0.2   # the loss went up on this share of the steps: overshooting, not crawling
SETTLED_SHARE = 0.01    # the last fifth of the steps lowered the loss by at most this share of the whole drop


class Surface:
    """A loss of two parameters. Subclasses implement ``loss`` and ``grad`` and set the rest."""

    names: tuple[str, str] = ("w", "b")
    bounds: tuple[tuple[float, float], tuple[float, float]] = ((-1.0, 1.0), (-1.0, 1.0))
    start: tuple[float, float] = (0.0, 0.0)

    def loss(self, p: np.ndarray) -> float:
        raise NotImplementedError

    def grad(self, p: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def grid(self, n: int = 41) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(p0 values, p1 values, L)`` with ``L[i, j] = loss(p0[i], p1[j])``; ``n`` is capped at ``MAX_GRID``."""
        n = max(2, min(int(n), MAX_GRID))
        xs = np.linspace(*self.bounds[0], n)
        ys = np.linspace(*self.bounds[1], n)
        values = np.empty((n, n))
        p = np.empty(2)
        for i, x in enumerate(xs):
            for j, y in enumerate(ys):
                p[0], p[1] = x, y
                values[i, j] = self.loss(p)
        return xs, ys, values

    def curve(self, axis: int, at: np.ndarray, n: int = 201) -> tuple[np.ndarray, np.ndarray]:
        """The one-parameter slice: the loss as parameter ``axis`` varies over its bounds, the other held at ``at``;
        the slice reaches ``at`` when a walk has left the bounds (so its point lies on its curve)."""
        low, high = self.bounds[axis]
        x = float(at[axis])
        if np.isfinite(x) and not low <= x <= high:
            margin = 0.05 * (max(high, x) - min(low, x))
            low, high = min(low, x - margin), max(high, x + margin)
        xs = np.linspace(low, high, max(2, min(int(n), 1001)))
        p = np.array(at, dtype=np.float64)
        values = np.empty(len(xs))
        for i, x in enumerate(xs):
            p[axis] = x
            values[i] = self.loss(p)
        return xs, values


@dataclass
class QuadraticSurface(Surface):
    """``a (p0 - c0)^2 + b (p1 - c1)^2``: a bowl whose steps have a closed form."""

    a: float = 1.0
    b: float = 1.0
    centre: tuple[float, float] = (0.0, 0.0)
    bounds: tuple[tuple[float, float], tuple[float, float]] = ((-3.0, 3.0), (-3.0, 3.0))
    start: tuple[float, float] = (-2.5, 2.0)
    names: tuple[str, str] = ("w", "b")

    def loss(self, p):
        d0, d1 = p[0] - self.centre[0], p[1] - self.centre[1]
        return float(self.a * d0 * d0 + self.b * d1 * d1)

    def grad(self, p):
        return np.array([2 * self.a * (p[0] - self.centre[0]), 2 * self.b * (p[1] - self.centre[1])])


def line_data(n: int = 8, seed: int = 0, noise: float = 0.3) -> tuple[np.ndarray, np.ndarray]:
    """``n`` points ``x`` evenly from -1 to 1 and ``y = 2 x + 1`` plus Gaussian noise (fixed ``seed``)."""
    x = np.linspace(-1.0, 1.0, n)
    y = 2.0 * x + 1.0 + noise * np.random.default_rng(seed).standard_normal(n)
    return x, y


@dataclass
class NeuronSurface(Surface):
    """The mean squared error of one neuron ``act(w x + b)`` on ``(x, y)`` as a function of ``(w, b)``.

    With ``activation="sigmoid"`` the targets are squeezed into (0, 1) first (``(y - min) / (max - min)``),
    so the neuron can reach them. The loss and its derivative come from the backend's ``MeanSquaredError``
    and activation; the chain rule gives ``dL/dw = mean(dL/da * act'(z) * x)`` and the same without ``x``
    for ``b``.
    """

    activation: str = "linear"
    x: np.ndarray = field(default_factory=lambda: line_data()[0])
    y: np.ndarray = field(default_factory=lambda: line_data()[1])
    bounds: tuple[tuple[float, float], tuple[float, float]] = ((-2.0, 6.0), (-3.0, 5.0))
    start: tuple[float, float] = (-1.0, -2.0)
    names: tuple[str, str] = ("w", "b")

    def __post_init__(self):
        self.x = np.asarray(self.x, dtype=np.float64)
        y = np.asarray(self.y, dtype=np.float64)
        if self.activation == "sigmoid":
            y = (y - y.min()) / (y.max() - y.min())
            self.bounds = ((-4.0, 12.0), (-8.0, 8.0))
            self.start = (-3.0, 6.0)
        self.targets = y
        self._act = get_activation(self.activation)
        self._mse = MeanSquaredError()

    def predict(self, p: np.ndarray) -> np.ndarray:
        return self._act.f(p[0] * self.x + p[1])

    def loss(self, p):
        with np.errstate(over="ignore", invalid="ignore"):
            return self._mse.value(self.targets, self.predict(p))

    def grad(self, p):
        z = p[0] * self.x + p[1]
        with np.errstate(over="ignore", invalid="ignore"):
            _, g = self._mse.value_and_grad(self.targets, self._act.f(z))
            assert g is not None
            dz = g * self._act.df(z)
        return np.array([float(np.dot(dz, self.x)), float(dz.sum())])


# ----------------------------------------------------------------------------- optimizers
RACE = ("SGD", "Momentum", "Nesterov", "RMSprop", "Adam")


def make_optimizer(kind: str, learning_rate: float) -> Optimizer:
    """The backend's optimizer for a race entry: SGD, SGD with momentum 0.9 (plain or Nesterov), RMSprop, Adam
    (Keras' defaults otherwise)."""
    if kind == "SGD":
        return SGD(learning_rate=learning_rate)
    if kind == "Momentum":
        return SGD(learning_rate=learning_rate, momentum=0.9)
    if kind == "Nesterov":
        return SGD(learning_rate=learning_rate, momentum=0.9, nesterov=True)
    if kind == "RMSprop":
        return RMSprop(learning_rate=learning_rate)
    if kind == "Adam":
        return Adam(learning_rate=learning_rate)
    raise ValueError(f"unknown optimizer {kind!r}; expected one of {', '.join(RACE)}")


@dataclass(frozen=True)
class Verdict:
    kind: str            # "diverged", "oscillating", "settling", "crawling", "converged", "" (too few steps)
    step: int            # the step it diverged or converged at; the number of steps otherwise
    message: str         # a Message for the learner


class Descent:
    """A walk down ``surface`` from ``start`` with the backend optimizer ``kind`` at ``learning_rate``.

    ``points[k]`` is the parameters after ``k`` steps, ``losses[k]`` and ``grads[k]`` there. A run stops by
    itself once it has diverged (the loss is not finite or ``DIVERGE_FACTOR`` times the start's).
    """

    def __init__(self, surface: Surface, start: tuple[float, float] | None = None, kind: str = "SGD",
                 learning_rate: float = 0.1) -> None:
        self.surface = surface
        self.kind = kind
        self.learning_rate = float(learning_rate)
        first, second = surface.start if start is None else start
        self.start: tuple[float, float] = (float(first), float(second))
        self.reset()

    def reset(self) -> None:
        self.optimizer = make_optimizer(self.kind, self.learning_rate)
        self.param = np.array(self.start, dtype=np.float64)
        self.optimizer.build({"p": self.param})
        self.points: list[np.ndarray] = [self.param.copy()]
        self.losses: list[float] = [self.surface.loss(self.param)]
        self.grads: list[np.ndarray] = [self.surface.grad(self.param)]

    @property
    def steps(self) -> int:
        return len(self.points) - 1

    @property
    def diverged(self) -> bool:
        return _diverged(self.losses[-1], self.losses[0])

    def step(self) -> bool:
        """One update; False (nothing done) once the run has diverged or reached ``MAX_STEPS``."""
        if self.diverged or self.steps >= MAX_STEPS:
            return False
        with np.errstate(over="ignore", invalid="ignore"):
            self.optimizer.update({"p": self.param}, {"p": self.grads[-1]})
            self.points.append(self.param.copy())
            self.losses.append(self.surface.loss(self.param))
            self.grads.append(self.surface.grad(self.param))
        return True

    def run(self, steps: int) -> int:
        """Up to ``steps`` updates (fewer if it diverges); returns how many were made."""
        done = 0
        while done < steps and self.step():
            done += 1
        return done

    def path(self) -> np.ndarray:
        """``(steps + 1, 2)``: the points visited, the start first."""
        return np.array(self.points)

    def verdict(self) -> Verdict:
        return verdict(self.points, self.losses, self.grads)


def _diverged(loss: float, first: float) -> bool:
    return not math.isfinite(loss) or loss > DIVERGE_FACTOR * max(first, 1e-12)


def verdict(points, losses, grads) -> Verdict:
    """What the path shows, checked in this order:

    - diverged at step N: the loss at step N is not finite or ``DIVERGE_FACTOR`` times the start's;
    - converged in N steps: the first step whose gradient norm is at most ``CONVERGE_RTOL`` of the start's
      (or below ``CONVERGE_ATOL``);
    - too early: fewer than ``MIN_VERDICT_STEPS`` steps and neither of the above: what the loss did, no verdict;
    - oscillating: not converged, and most of the last steps reverse the direction of the one before, or the
      loss went up on at least ``RISES_FOR_OSCILLATING`` of the steps (momentum circling the minimum);
    - settling: not converged, but the last fifth of the steps lowered the loss by at most ``SETTLED_SHARE`` of
      the whole drop: near the bottom, where the gradient and the steps are small;
    - crawling: not converged, the loss falling step after step (the learning rate is too small for the steps).
    """
    steps = len(points) - 1
    if steps == 0:
        return Verdict("", 0, Message("press Step or Run to take steps"))
    for k, loss in enumerate(losses):
        if _diverged(loss, losses[0]):
            return Verdict("diverged", k, Message(
                "diverged at step {step}: each step overshoots further; use a smaller learning rate", step=k))
    g0 = float(np.linalg.norm(grads[0]))
    for k, g in enumerate(grads):
        norm = float(np.linalg.norm(g))
        if norm <= CONVERGE_ATOL or norm <= CONVERGE_RTOL * g0:
            return Verdict("converged", k, Message("converged in {steps} steps (loss {loss})",
                                                   steps=k, loss=f"{losses[k]:.4g}"))
    if steps < MIN_VERDICT_STEPS:
        start, end = f"{losses[0]:.4g}", f"{losses[-1]:.4g}"
        return Verdict("", steps, Message("one step so far: the loss went from {start} to {end}; take a few more to "
                                          "see what this learning rate does", start=start, end=end) if steps == 1
                       else Message("{steps} steps so far: the loss went from {start} to {end}; take a few more to "
                                    "see what this learning rate does", steps=steps, start=start, end=end))
    moves = np.diff(np.asarray(points), axis=0)
    recent = moves[-min(len(moves), 20):]
    reversals = sum(1 for a, b in zip(recent[:-1], recent[1:], strict=True) if float(np.dot(a, b)) < 0)
    rises = int(np.count_nonzero(np.diff(np.asarray(losses, dtype=np.float64)) > 0))
    if len(recent) >= 3 and reversals >= (len(recent) - 1) / 2:
        return Verdict("oscillating", steps, Message(
            "oscillating: after {steps} steps it still jumps from side to side of the valley; "
            "try a smaller learning rate", steps=steps))
    if rises >= RISES_FOR_OSCILLATING * steps:
        return Verdict("oscillating", steps, Message(
            "oscillating: the loss went up on {rises} of the {steps} steps, each time the path swung past the "
            "bottom of the valley and back; try a smaller learning rate (or, with momentum, less of it)",
            rises=rises, steps=steps))
    total = losses[0] - losses[-1]
    last = max(2, steps // 5)
    if total > 0 and losses[-1 - last] - losses[-1] <= SETTLED_SHARE * total:
        return Verdict("settling", steps, Message(
            "nearly there: {steps} steps took the loss from {start} to {end}, and the last {last} changed it by "
            "less than 1 % of that; it is close to the bottom, where the slope, and so each step, is small",
            steps=steps, start=f"{losses[0]:.4g}", end=f"{losses[-1]:.4g}", last=last))
    return Verdict("crawling", steps, Message(
        "crawling: {steps} steps took the loss from {start} to {end}; a larger learning rate would get "
        "there sooner", steps=steps, start=f"{losses[0]:.4g}", end=f"{losses[-1]:.4g}"))


def race(surface: Surface, learning_rate: float, steps: int, start: tuple[float, float] | None = None,
         kinds: tuple[str, ...] = RACE) -> dict[str, Descent]:
    """Every optimizer in ``kinds`` from the same start on the same surface, ``steps`` updates each."""
    out = {}
    for kind in kinds:
        walk = Descent(surface, start, kind, learning_rate)
        walk.run(steps)
        out[kind] = walk
    return out


def first_step(surface: Surface, start: tuple[float, float], learning_rate: float) -> tuple[np.ndarray, np.ndarray]:
    """(gradient at ``start``, parameters after one plain SGD step): ``p - learning_rate * grad``, by the backend."""
    walk = Descent(surface, start, "SGD", learning_rate)
    walk.step()
    return walk.grads[0], walk.points[1]


def step_question(surface: Surface, start: tuple[float, float], learning_rate: float,
                  moved: bool = False) -> Question | None:
    """Predict, then reveal: the first parameter after one plain SGD step from ``start`` (``None`` when that
    step leaves the finite numbers). ``moved``: ``start`` is where a walk has got to, not where it began."""
    grad, after = first_step(surface, start, learning_rate)
    if not np.all(np.isfinite(after)):
        return None
    name = surface.names[0]
    prompt = (Message("Plain gradient descent with η = {lr}, from where the walk is now ({name} = {w}, {other} = "
                      "{b}): after the next step, what is {name}?", lr=_fmt(learning_rate), name=name,
                      w=_fmt(start[0]), other=surface.names[1], b=_fmt(start[1])) if moved else
              Message("Plain gradient descent with η = {lr}, starting at {name} = {w}: after one step, what is "
                      "{name}?", lr=_fmt(learning_rate), name=name, w=_fmt(start[0])))
    working = Message("The slope there is ∂L/∂{name} = {g}, so {name} − η·∂L/∂{name} = {w} − {lr} × {g} = {new}.",
                      name=name, g=_fmt(grad[0]), w=_fmt(start[0]), lr=_fmt(learning_rate), new=_fmt(after[0]))
    return Question(prompt, float(after[0]), working, rel_tol=1e-3, abs_tol=1e-3)


def _fmt(value: float) -> str:
    return f"{value:.4g}"
