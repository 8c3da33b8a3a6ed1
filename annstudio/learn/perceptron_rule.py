"""The perceptron learning rule one sample at a time, each update written out with its numbers.

``RuleStepper(X, y, eta, start)`` walks the samples in order, epoch after epoch. For each sample it computes
z = w·x + b and the output ŷ; when ŷ differs from the target y it applies

    w ← w + η(y − ŷ)x,   b ← b + η(y − ŷ)

(the NumPy backend's ``Perceptron`` rule, the same updates in the same order; a test checks they agree).
``next_sample``, ``next_epoch`` and ``run`` return ``Update`` records the lab writes out; ``errors_per_epoch``
counts the mistakes of each finished epoch. An epoch without mistakes ends it: converged. Otherwise, after
``max_epochs`` the stepper stops and ``report()`` says why — for targets no line separates (XOR), that it
can never converge, and what does work.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..messages import Message
from .perceptron_lab import low_label, num
from .quiz import Question

RUNNING, CONVERGED, GAVE_UP = "running", "converged", "gave up"


def fires(z: float, activation: str) -> bool:
    return z > 0 if activation == "step_strict" else z >= 0


@dataclass(frozen=True)
class Update:
    """What the rule did with one sample."""

    epoch: int                      # 1-based
    index: int                      # the sample's row (0-based)
    x: tuple[float, ...]
    target: int
    z: float
    output: int
    eta: float
    before: tuple[float, ...]       # (w1, ..., wd, b) before the sample
    after: tuple[float, ...]        # and after it

    @property
    def error(self) -> int:
        """y − ŷ"""
        return self.target - self.output

    @property
    def changed(self) -> bool:
        return self.error != 0

    def lines(self) -> list[Message]:
        """The update written out, one line each: the sample and its output, then every weight and the bias."""
        xs = ", ".join(num(v) for v in self.x)
        head = Message("epoch {epoch}, sample {n}: x = ({x}), z = {z}, ŷ = {yhat}, y = {y}",
                       epoch=self.epoch, n=self.index + 1, x=xs, z=num(self.z), yhat=self.output, y=self.target)
        if not self.changed:
            return [head, Message("ŷ = y: right, so nothing changes")]
        out = [head, Message("y − ŷ = {err}: wrong, so w ← w + η(y − ŷ)x and b ← b + η(y − ŷ)", err=self.error)]
        for i, x in enumerate(self.x):
            out.append(Message("w{i} = {old} + {eta}·({err})·{x} = {new}", i=i + 1, old=num(self.before[i]),
                               eta=num(self.eta), err=self.error, x=num(x), new=num(self.after[i])))
        out.append(Message("b = {old} + {eta}·({err}) = {new}", old=num(self.before[-1]), eta=num(self.eta),
                           err=self.error, new=num(self.after[-1])))
        return out


class RuleStepper:
    """The rule on ``X`` (shape ``(n, d)``) with targets ``y`` in the activation's labels (0/1, or −1/+1 for
    ``"sign"``). ``start``: ``(w1, ..., wd, b)``. ``separable``: whether one line can separate the targets
    (``None``: not known), used only to explain a run that did not converge."""

    def __init__(self, X, y, eta: float = 1.0, start: Sequence[float] | None = None, activation: str = "step",
                 max_epochs: int = 20, separable: bool | None = None) -> None:
        self.X = np.asarray(X, dtype=float)
        self.y = np.asarray(y, dtype=int)
        d = self.X.shape[1]
        if not (np.isfinite(eta) and eta > 0):
            raise ValueError(f"the learning rate must be a positive number, got {eta!r}")
        self.eta, self.activation, self.max_epochs, self.separable = float(eta), activation, int(max_epochs), separable
        start = tuple(float(v) for v in (start if start is not None else [0.0] * (d + 1)))
        if len(start) != d + 1:
            raise ValueError(f"start needs {d + 1} numbers (the weights and the bias), got {len(start)}")
        self.start = start
        self.weights = np.array(start[:-1])
        self.bias = start[-1]
        self.epoch = 1                   # the epoch the next sample belongs to
        self.position = 0                # the next sample's row
        self.errors = 0                  # mistakes so far in this epoch
        self.errors_per_epoch: list[int] = []
        self.history: list[tuple[float, ...]] = [start]   # the weights after each finished epoch (and before)
        self.updates: list[Update] = []
        self.status = RUNNING

    @property
    def params(self) -> tuple[float, ...]:
        return (*(float(w) for w in self.weights), float(self.bias))

    @property
    def done(self) -> bool:
        return self.status != RUNNING

    def peek(self) -> Update | None:
        """What ``next_sample`` would do, without doing it (``None`` when the run is over)."""
        if self.done:
            return None
        i = self.position
        x = self.X[i]
        z = float(x @ self.weights + self.bias)
        out = 1 if fires(z, self.activation) else low_label(self.activation)
        step = self.eta * (int(self.y[i]) - out)
        after = (*(float(w) for w in self.weights + step * x), float(self.bias + step))
        return Update(self.epoch, i, tuple(float(v) for v in x), int(self.y[i]), z, out, self.eta, self.params,
                      after if step else self.params)

    def next_sample(self) -> Update | None:
        update = self.peek()
        if update is None:
            return None
        self.weights = np.array(update.after[:-1])
        self.bias = update.after[-1]
        self.errors += update.changed
        self.updates.append(update)
        self.position += 1
        if self.position == len(self.X):
            self._end_epoch()
        return update

    def _end_epoch(self) -> None:
        self.errors_per_epoch.append(self.errors)
        self.history.append(self.params)
        if self.errors == 0:
            self.status = CONVERGED
        elif self.epoch >= self.max_epochs:
            self.status = GAVE_UP
        else:
            self.epoch += 1
        self.position, self.errors = 0, 0

    def next_epoch(self) -> list[Update]:
        """The rest of the current epoch."""
        out: list[Update] = []
        epoch = self.epoch
        while not self.done and self.epoch == epoch:
            update = self.next_sample()
            assert update is not None
            out.append(update)
            if self.position == 0:
                break
        return out

    def run(self) -> list[Update]:
        """Every remaining sample until it converges or gives up."""
        out: list[Update] = []
        while not self.done:
            out.extend(self.next_epoch())
        return out

    def repeated_epoch(self) -> tuple[int, int] | None:
        """``(later, earlier)`` when the weights after epoch ``later`` equal those after ``earlier``: the
        rule then cycles through the same updates forever."""
        seen: dict[tuple[float, ...], int] = {}
        for epoch, params in enumerate(self.history):
            key = tuple(round(v, 9) for v in params)
            if key in seen:
                return epoch, seen[key]
            seen[key] = epoch
        return None

    def report(self) -> Message:
        """Where the run stands, in words."""
        weights = ", ".join(num(v) for v in self.params)
        if self.status == CONVERGED:
            return Message("Converged: epoch {epochs} made no mistakes. Weights and bias: ({weights}).",
                           epochs=len(self.errors_per_epoch), weights=weights)
        if self.status == RUNNING:
            return Message("Epoch {epoch}, sample {n} of {total}; mistakes per finished epoch: {errors}.",
                           epoch=self.epoch, n=self.position + 1, total=len(self.X),
                           errors=", ".join(str(e) for e in self.errors_per_epoch) or "–")
        last = self.errors_per_epoch[-1]
        if self.separable is False:
            cycle = self.repeated_epoch()
            why = (Message("The weights after epoch {later} are those after epoch {earlier}: the rule goes round "
                           "in a circle.", later=cycle[0], earlier=cycle[1]) if cycle else "")
            return Message("No convergence after {epochs} epochs (mistakes in the last one: {last}), and there never "
                           "will be: these targets are not linearly separable. No straight line puts the 1s on one "
                           "side and the 0s on the other, so every line the rule tries gets some input wrong. {why} "
                           "Two layers solve it (NAND and OR feeding AND), and so does the extra input x1·x2.",
                           epochs=len(self.errors_per_epoch), last=last, why=why)
        if self.separable:
            return Message("Not converged yet after {epochs} epochs (mistakes in the last one: {last}). The targets "
                           "are linearly separable, so more epochs will get there.",
                           epochs=len(self.errors_per_epoch), last=last)
        return Message("Not converged after {epochs} epochs (mistakes in the last one: {last}): the data may not be "
                       "linearly separable, or it needs more epochs.", epochs=len(self.errors_per_epoch), last=last)


def update_question(stepper: RuleStepper) -> Question | None:
    """"What is w1 after the next update?" for the sample the stepper takes next (``None`` when it is done)."""
    update = stepper.peek()
    if update is None:
        return None
    working = joined_lines(update.lines())
    return Question(Message("Next: sample {n}, x = ({x}), target y = {y}. What is w1 after this step?",
                            n=update.index + 1, x=", ".join(num(v) for v in update.x), y=update.target),
                    float(round(update.after[0], 10)), working, rel_tol=0.0, abs_tol=1e-6)


def joined_lines(lines: list[Message]) -> Message:
    """Lines as one message (each translated on its own)."""
    return Message("{a}\n{b}", a=lines[0], b=joined_lines(lines[1:])) if len(lines) > 1 else lines[0]
