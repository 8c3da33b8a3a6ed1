"""Backpropagation on a computational graph, one node at a time (the notes' chapter 3; no Qt).

``EXAMPLES`` are the notes' graphs (apples; apples and oranges; z = (x + y)²; e = (a + b)(b + 1)), built
with the NumPy backend's ``Graph`` (``backends/numpy/graph.py``). A ``Walk`` holds one graph and how far the
learner has stepped through it: first the forward pass (each operation computes its value, which appears on
the edges leaving it), then the backward pass (a 1 on the output edge, then each operation, from the output
back, sends a gradient along each of its input edges). ``rule()`` states the current node's local rule with
the numbers; ``shown_value(edge)``/``shown_grad(edge)`` say what the drawing shows at this point.

Every number is recomputed when an input changes (``set_inputs``); the steps only decide what is revealed.
The gradient under an edge is what flows along that edge (the consumer's gradient times its local gradient),
so an input used twice (``b`` in ``e``) carries two gradients whose sum is its own.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..backends.numpy.gradcheck import numerical_gradient
from ..backends.numpy.graph import Graph, Node, apple_graph, apple_orange_graph, e_graph, square_of_sum_graph
from ..messages import Message, Term
from .quiz import Question

#: how an operation is drawn in its circle
SYMBOLS = {"add": "+", "sub": "−", "mul": "×", "div": "÷", "neg": "−", "pow": "^", "exp": "exp", "log": "log",
           "sigmoid": "σ", "tanh": "tanh", "relu": "ReLU"}


def fmt(value: float) -> str:
    """A value as a learner reads it: 6 significant digits, so 220.00000000000003 shows as 220."""
    value = float(value)
    if math.isnan(value):
        return "?"
    text = f"{value:.6g}"
    return "0" if text == "-0" else text


@dataclass(frozen=True)
class Edge:
    """An arrow of the drawing: ``src``'s value goes into input slot ``slot`` of ``dst``; ``dst == ""`` is
    the edge leaving the output to the right."""

    src: str
    dst: str
    slot: int = 0


@dataclass(frozen=True)
class Step:
    phase: str    # "forward", "seed" (the 1 on the output edge) or "backward"
    node: str


@dataclass(frozen=True)
class Example:
    key: str
    title: str                                    # a Term
    build: Callable[[], Graph]
    labels: dict[str, str] = field(default_factory=dict)   # node name -> how it is called (Terms)
    ask: tuple[str, ...] = ()                     # inputs whose gradient the quiz asks for


EXAMPLES = (
    Example("apples", Term("One item: apples with tax"), apple_graph,
            {"apple": Term("apple price"), "apple_num": Term("apples"), "tax": Term("tax"), "total": Term("total")},
            ("tax", "apple", "apple_num")),
    Example("fruit", Term("Two items: apples and oranges with tax"), apple_orange_graph,
            {"apple": Term("apple price"), "apple_num": Term("apples"), "orange": Term("orange price"),
             "orange_num": Term("oranges"), "tax": Term("tax"), "total": Term("total")},
            ("tax", "orange", "orange_num")),
    Example("square", Term("z = (x + y)²"), square_of_sum_graph, {}, ("x", "y")),
    Example("e", Term("e = (a + b)(b + 1)"), e_graph, {}, ("b", "a")),
)


def example(key: str) -> Example:
    return next(ex for ex in EXAMPLES if ex.key == key)


def _why(node: Node) -> str:
    if node.op == "div":
        return Term("division by zero")
    if node.op == "log":
        return Term("log needs a positive input")
    if node.op == "pow":
        return Term("0 to a negative power, or a negative number to a fractional power, or too large")
    return Term("the number is too large")


class Walk:
    """One graph, its input values and the learner's position in the forward and backward steps."""

    def __init__(self, graph: Graph, labels: dict[str, str] | None = None, ask: tuple[str, ...] = ()) -> None:
        self.graph = graph
        self.labels = dict(labels or {})
        self.ask = ask
        self.inputs = [n.name for n in graph.nodes.values() if n.op == "input"]
        self.leaves = [n.name for n in graph.nodes.values() if n.op in ("input", "const")]
        self.ops = [n.name for n in graph.nodes.values() if n.op not in ("input", "const")]
        self.output = graph.output.name
        self.edges = [Edge(p.name, n.name, i) for n in graph.nodes.values() for i, p in enumerate(n.inputs)]
        self.edges.append(Edge(self.output, ""))
        self.steps = ([Step("forward", name) for name in self.ops] + [Step("seed", self.output)]
                      + [Step("backward", name) for name in reversed(self.ops)])
        self.position = 0          # how many steps are done
        self.error: str | None = None
        self._recompute()

    @classmethod
    def of(cls, ex: Example) -> Walk:
        return cls(ex.build(), ex.labels, ex.ask)

    # ------------------------------------------------------------------ values
    def value(self, name: str) -> float:
        return self.graph.nodes[name].value

    def values(self) -> dict[str, float]:
        return {name: self.value(name) for name in self.inputs}

    def set_inputs(self, **values: float) -> str | None:
        """New input values; everything is recomputed (the position stays). Returns the error, if any."""
        for name, value in values.items():
            node = self.graph.nodes[name]
            if node.op != "input":
                raise ValueError(f"{name!r} is not an input")
            node.value = value
        self._recompute()
        return self.error

    def _recompute(self) -> None:
        self.error = None
        for node in self.graph.nodes.values():
            try:
                node._evaluate()
                if not all(math.isfinite(v) for v in (node.value, *node.local_grads)):
                    raise OverflowError(node.name)
            except (ArithmeticError, ValueError):
                self.error = Message("This graph cannot be computed at these values: {why} (at the {node} node).",
                                     why=_why(node), node=self.symbol(node.name))
                self.position = 0
                for n in self.graph.nodes.values():
                    if n.op not in ("input", "const"):
                        n.value, n.grad = math.nan, math.nan
                return
        self.graph.backward()

    def grad(self, name: str) -> float:
        """d output / d node ``name`` (the sum over the edges leaving it)."""
        return self.graph.nodes[name].grad

    def edge_grad(self, edge: Edge) -> float:
        """The gradient flowing back along ``edge``: the consumer's gradient times its local gradient."""
        if edge.dst == "":
            return self.graph.nodes[edge.src].grad
        dst = self.graph.nodes[edge.dst]
        return dst.grad * dst.local_grads[edge.slot]

    # ------------------------------------------------------------------ names
    def label(self, name: str) -> str:
        return self.labels.get(name, name)

    def symbol(self, name: str) -> str:
        node = self.graph.nodes[name]
        if node.op == "pow":
            return f"^{fmt(node.exponent if node.exponent is not None else math.nan)}"
        if node.op in ("input", "const"):
            return self.label(name) if node.op == "input" else fmt(node.value)
        return SYMBOLS[node.op]

    # ------------------------------------------------------------------ stepping
    @property
    def forward_done(self) -> bool:
        return self.position >= len(self.ops)

    @property
    def done(self) -> bool:
        return self.position >= len(self.steps)

    def can_forward(self) -> bool:
        return self.error is None and not self.forward_done

    def can_backward(self) -> bool:
        return self.error is None and self.forward_done and not self.done

    def forward_step(self) -> Step | None:
        if not self.can_forward():
            return None
        self.position += 1
        return self.current

    def backward_step(self) -> Step | None:
        if not self.can_backward():
            return None
        self.position += 1
        return self.current

    def run_all(self) -> None:
        if self.error is None:
            self.position = len(self.steps)

    def reset(self) -> None:
        self.position = 0

    @property
    def current(self) -> Step | None:
        """The step just done (``None`` before the first)."""
        return self.steps[self.position - 1] if self.position > 0 else None

    def _done_index(self, step: Step) -> int:
        return self.steps.index(step)

    def shown_value(self, edge: Edge) -> float | None:
        """The value drawn above ``edge`` now, or ``None`` while it is not computed yet."""
        node = self.graph.nodes[edge.src]
        if node.op in ("input", "const"):
            return node.value
        if self._done_index(Step("forward", edge.src)) < self.position:
            return node.value
        return None

    def shown_grad(self, edge: Edge) -> float | None:
        """The gradient drawn under ``edge`` now, or ``None`` while the backward pass has not reached it."""
        step = Step("seed", edge.src) if edge.dst == "" else Step("backward", edge.dst)
        return self.edge_grad(edge) if self._done_index(step) < self.position else None

    def shown_input_grad(self, name: str) -> float | None:
        """An input's own gradient, shown once every edge leaving it carries its gradient."""
        leaving = [e for e in self.edges if e.src == name]
        if leaving and all(self.shown_grad(e) is not None for e in leaving):
            return self.grad(name)
        return None

    # ------------------------------------------------------------------ what the learner reads
    def rule(self) -> str:
        """The local rule of the step just done, with the numbers (a Message); a hint before the first."""
        if self.error is not None:
            return self.error
        step = self.current
        if step is None:
            return Message("Press Forward step: each operation computes its value from the values coming in.")
        node = self.graph.nodes[step.node]
        if step.phase == "forward":
            return forward_rule(node)
        if step.phase == "seed":
            return Message("Start at the output: ∂{out}/∂{out} = 1, the gradient on the last edge.",
                           out=self.label(node.name))
        return backward_rule(node)

    def gradient_parts(self, name: str) -> list[float]:
        return [self.edge_grad(e) for e in self.edges if e.src == name]

    def path_locals(self, name: str) -> list[float]:
        """The local gradients met from the output back to ``name`` when there is only one path (else [])."""
        chain: list[float] = []
        while name != self.output:
            leaving = [e for e in self.edges if e.src == name]
            if len(leaving) != 1:
                return []
            dst = self.graph.nodes[leaving[0].dst]
            chain.append(dst.local_grads[leaving[0].slot])
            name = dst.name
        return [1, *reversed(chain)]

    def question(self, name: str) -> Question:
        """"What is ∂output/∂name?" with the current numbers; the working adds the edges' gradients."""
        parts = self.gradient_parts(name)
        total = self.grad(name)
        if len(parts) > 1:
            working = Message("{var} feeds {count} edges, so its gradient is their sum: {parts} = {total}.",
                              var=self.label(name), count=len(parts), parts=" + ".join(fmt(p) for p in parts),
                              total=fmt(total))
        else:
            chain = self.path_locals(name)
            working = (Message("Multiply the local gradients along the path from {out} back to {var}: "
                               "{chain} = {total}.", out=self.label(self.output), var=self.label(name),
                               chain=" × ".join(fmt(v) for v in chain), total=fmt(total)) if chain
                       else Message("Multiply the local gradients along the path from {out} back to {var}: "
                                    "{total}.", out=self.label(self.output), var=self.label(name),
                                    total=fmt(total)))
        prompt = (Message("What is ∂{out}/∂{var}? Type it before the backward pass.",
                          out=self.label(self.output), var=self.label(name))
                  if self.shown_input_grad(name) is None else
                  Message("What is ∂{out}/∂{var}? The backward pass shows it already; press Reset to work it out "
                          "before it does.", out=self.label(self.output), var=self.label(name)))
        return Question(prompt, float(total), working, rel_tol=1e-3, abs_tol=1e-6)

    def questions(self) -> list[Question]:
        names = self.ask or tuple(self.inputs)
        return [self.question(name) for name in names if name in self.inputs] if self.error is None else []

    def kinks(self) -> list[str]:
        """The ReLU nodes (their symbols) whose input is exactly 0 now: ReLU has no derivative there, so
        backpropagation's 0 (Keras' choice) and the central difference's average of both sides (0.5) differ."""
        return [self.symbol(n.name) for n in self.graph.nodes.values()
                if n.op == "relu" and n.inputs and n.inputs[0].value == 0]

    def numerical_gradients(self) -> dict[str, float]:
        """Each input's gradient by central differences (``backends/numpy/gradcheck.py``), at float64."""
        names = self.inputs
        original = {n: self.value(n) for n in names}
        start = np.array([float(v) for v in original.values()], dtype=np.float64)

        def f(x: np.ndarray) -> float:
            return float(self.graph.forward(**{n: float(v) for n, v in zip(names, x, strict=True)}))

        try:
            grads = numerical_gradient(f, start.copy())
        except (ArithmeticError, ValueError):
            grads = np.full(len(names), np.nan)
        self.set_inputs(**original)
        return {n: float(g) for n, g in zip(names, grads, strict=True)}


def forward_rule(node: Node) -> str:
    v = [fmt(p.value) for p in node.inputs]
    y = fmt(node.value)
    if node.op == "add":
        return Message("Add: {a} + {b} = {y}; the sum goes onto the outgoing edge.", a=v[0], b=v[1], y=y)
    if node.op == "sub":
        return Message("Subtract: {a} − {b} = {y}.", a=v[0], b=v[1], y=y)
    if node.op == "mul":
        return Message("Multiply: {a} × {b} = {y}; the product goes onto the outgoing edge.", a=v[0], b=v[1], y=y)
    if node.op == "div":
        return Message("Divide: {a} ÷ {b} = {y}.", a=v[0], b=v[1], y=y)
    if node.op == "neg":
        return Message("Negate: −({a}) = {y}.", a=v[0], y=y)
    if node.op == "pow":
        return Message("Power: {a} ^ {n} = {y}.", a=_base(v[0]), n=fmt(node.exponent or 0), y=y)
    if node.op == "exp":
        return Message("Exponential: exp({a}) = {y}.", a=v[0], y=y)
    if node.op == "log":
        return Message("Natural logarithm: log({a}) = {y}.", a=v[0], y=y)
    if node.op == "sigmoid":
        return Message("Sigmoid: σ({a}) = 1 / (1 + exp(−{a})) = {y}.", a=v[0], y=y)
    if node.op == "tanh":
        return Message("Hyperbolic tangent: tanh({a}) = {y}.", a=v[0], y=y)
    return Message("ReLU: max({a}, 0) = {y}.", a=v[0], y=y)


def backward_rule(node: Node) -> str:
    g = fmt(node.grad)
    v = [fmt(p.value) for p in node.inputs]
    out = [fmt(node.grad * local) for local in node.local_grads]
    if node.op == "add":
        return Message("Add passes the gradient on unchanged: each input gets {g}.", g=g)
    if node.op == "sub":
        return Message("Subtract passes the gradient to the first input and its negative to the second: "
                       "{ga} and {gb}.", ga=out[0], gb=out[1])
    if node.op == "mul":
        return Message("Multiply sends each input the gradient times the other input: {g} × {b} = {ga} and "
                       "{g} × {a} = {gb}.", g=g, a=v[0], b=v[1], ga=out[0], gb=out[1])
    if node.op == "div":
        return Message("Divide (y = a ÷ b): a gets g ÷ b = {g} ÷ {b} = {ga}; b gets −g·a ÷ b² = {gb}.",
                       g=g, b=v[1], ga=out[0], gb=out[1])
    if node.op == "neg":
        return Message("Negate sends the gradient back with its sign flipped: {ga}.", ga=out[0])
    if node.op == "pow":
        n = node.exponent or 0
        return Message("Power (y = a^n) sends g·n·a^(n−1) = {g} × {n} × {a}^{n1} = {ga}.",
                       g=g, n=fmt(n), a=_base(v[0]), n1=fmt(n - 1), ga=out[0])
    if node.op == "exp":
        return Message("Exp is its own derivative: the input gets g·y = {g} × {y} = {ga}.",
                       g=g, y=fmt(node.value), ga=out[0])
    if node.op == "log":
        return Message("Log sends g ÷ a = {g} ÷ {a} = {ga}.", g=g, a=v[0], ga=out[0])
    if node.op == "sigmoid":
        return Message("Sigmoid sends g·y(1 − y) = {g} × {y} × (1 − {y}) = {ga}.", g=g, y=fmt(node.value),
                       ga=out[0])
    if node.op == "tanh":
        return Message("Tanh sends g·(1 − y²) = {g} × (1 − {y}²) = {ga}.", g=g, y=_base(fmt(node.value)), ga=out[0])
    return Message("ReLU passes the gradient where its input is positive and blocks it elsewhere: "
                   "input {a}, so it sends {ga}.", a=v[0], ga=out[0])



def _base(text: str) -> str:
    """A power's base as written: a negative one in brackets ((−0.38)^2 is positive; −0.38^2 reads negative)."""
    return f"({text})" if text.startswith(("-", "−")) else text
