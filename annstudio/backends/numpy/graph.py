"""A tiny computational graph (계산 그래프) for the backpropagation chapter, with forward and backward passes.

Each node computes one local operation and, during ``forward``, its local gradients (d node / d input):
an add node has local gradient 1 for every input, so backward passes the incoming gradient through; a
multiply node's local gradients are the *other* input's value ("swap the inputs"). ``backward`` walks the
nodes in reverse topological order and applies the chain rule, summing where a node feeds several others.

Nodes are created through a ``Graph`` and can only use nodes that already exist, so creation order is a
topological order. A GUI draws ``graph.nodes`` and ``graph.edges()`` (each edge carries its local
gradient), lets the learner change the inputs and calls ``forward(**inputs)`` and ``backward()`` again.
Values may be any numbers: ``float``, or ``fractions.Fraction`` for exact arithmetic (``exp``, ``log`` and
``sigmoid`` give floats). Besides add, mul and pow there are sub, neg, div, exp, log, sigmoid, tanh and relu, so a
learner's own expression (``learn/expression.py``) and a single neuron with its loss are graphs too. A value
that cannot be computed (division by zero, log of a number <= 0, overflow, a negative number to a
fractional power) raises ``ArithmeticError`` or ``ValueError`` from ``forward``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

#: the operations a node can compute, with the number of inputs each takes
OPS = {"input": 0, "const": 0, "add": 2, "sub": 2, "mul": 2, "div": 2, "neg": 1, "pow": 1, "exp": 1, "log": 1,
       "sigmoid": 1, "tanh": 1, "relu": 1}


def _sigmoid(x) -> float:
    # written so that neither branch overflows: exp of a large positive number is never taken
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@dataclass(eq=False)
class Node:
    """One box of the graph. ``op`` is one of ``OPS`` ("input", "const", "add", "mul", "pow", ...)."""

    name: str
    op: str
    inputs: tuple[Node, ...] = ()
    exponent: float | None = None              # only for "pow"
    value: float = 0.0                          # set by forward
    local_grads: tuple[float, ...] = ()         # d self / d inputs[i], set by forward
    grad: float = 0.0                           # d output / d self, set by backward
    graph: Graph | None = field(default=None, repr=False)

    def _evaluate(self) -> None:
        v = [node.value for node in self.inputs]
        if self.op == "add":
            self.value, self.local_grads = v[0] + v[1], (1, 1)
        elif self.op == "mul":
            self.value, self.local_grads = v[0] * v[1], (v[1], v[0])  # each input gets the other's value
        elif self.op == "pow":
            n = self.exponent
            if n is None:
                raise ValueError(f"pow node {self.name!r} has no exponent")
            if v[0] == 0 and n < 1:
                raise ZeroDivisionError(f"0 to the power {n} is not defined here")
            value, local = v[0] ** n, n * v[0] ** (n - 1)
            if isinstance(value, complex) or isinstance(local, complex):
                raise ValueError(f"a negative number ({v[0]}) to a fractional power ({n}) is not a real number")
            if isinstance(value, float) and not math.isfinite(value):
                raise OverflowError(f"{v[0]} ** {n} is too large")
            self.value, self.local_grads = value, (local,)
        elif self.op == "sub":
            self.value, self.local_grads = v[0] - v[1], (1, -1)
        elif self.op == "neg":
            self.value, self.local_grads = -v[0], (-1,)
        elif self.op == "div":
            if v[1] == 0:
                raise ZeroDivisionError("division by zero")
            self.value, self.local_grads = v[0] / v[1], (1 / v[1], -v[0] / v[1] ** 2)
        elif self.op == "exp":
            y = math.exp(v[0])                                   # OverflowError past about e^709
            self.value, self.local_grads = y, (y,)                 # exp is its own derivative
        elif self.op == "log":
            if v[0] <= 0:
                raise ValueError(f"log needs a positive input, got {v[0]}")
            self.value, self.local_grads = math.log(v[0]), (1 / v[0],)
        elif self.op == "sigmoid":
            y = _sigmoid(v[0])
            self.value, self.local_grads = y, (y * (1 - y),)      # sigma' = y (1 - y)
        elif self.op == "tanh":
            y = math.tanh(v[0])
            self.value, self.local_grads = y, (1 - y * y,)         # tanh' = 1 - tanh²
        elif self.op == "relu":
            self.value, self.local_grads = (v[0] if v[0] > 0 else 0 * v[0]), ((1 if v[0] > 0 else 0),)

    # Operators build new nodes in the same graph, so `(a + b) * (b + 1)` reads like the notes.
    def __add__(self, other): return self._graph().add(self, other)
    def __radd__(self, other): return self._graph().add(other, self)
    def __mul__(self, other): return self._graph().mul(self, other)
    def __rmul__(self, other): return self._graph().mul(other, self)
    def __pow__(self, n): return self._graph().pow(self, n)
    def __sub__(self, other): return self._graph().sub(self, other)
    def __rsub__(self, other): return self._graph().sub(other, self)
    def __truediv__(self, other): return self._graph().div(self, other)
    def __rtruediv__(self, other): return self._graph().div(other, self)
    def __neg__(self): return self._graph().neg(self)

    def _graph(self) -> Graph:
        if self.graph is None:
            raise ValueError(f"node {self.name!r} belongs to no graph; create nodes through a Graph")
        return self.graph


class Graph:
    """Named nodes in topological (creation) order; the last node created is the output."""

    def __init__(self):
        self.nodes: dict[str, Node] = {}

    def _new(self, name: str | None, op: str, inputs=(), exponent=None, value=0.0) -> Node:
        if name in self.nodes:
            raise ValueError(f"a node named {name!r} already exists; node names must be unique")
        inputs = tuple(self._node(x) for x in inputs)  # numbers become constants, created first
        if name is None:                                # automatic names: add_3, mul_4, const_5 ...
            k = len(self.nodes) + 1
            while f"{op}_{k}" in self.nodes:
                k += 1
            name = f"{op}_{k}"
        node = Node(name, op, inputs, exponent, value, graph=self)
        try:
            node._evaluate()
        except (ArithmeticError, ValueError):   # e.g. log(x) built while x is 0: forward() will say why
            node.value, node.local_grads = math.nan, (math.nan,) * len(inputs)
        self.nodes[name] = node
        return node

    def _node(self, x) -> Node:
        if isinstance(x, Node):
            if x.graph is not self:
                raise ValueError(f"node {x.name!r} belongs to another graph")
            return x
        return self.const(x)

    def input(self, name: str, value) -> Node:
        """A leaf whose value the learner sets (``forward(name=value)``)."""
        return self._new(name, "input", value=value)

    def const(self, value, name: str | None = None) -> Node:
        """A fixed leaf, e.g. the 1 in ``b + 1``; plain numbers passed to ops become constants."""
        return self._new(name, "const", value=value)

    def add(self, a, b, name: str | None = None) -> Node:
        return self._new(name, "add", (a, b))

    def mul(self, a, b, name: str | None = None) -> Node:
        return self._new(name, "mul", (a, b))

    def pow(self, a, n, name: str | None = None) -> Node:
        """``a ** n`` for a constant exponent ``n``; local gradient ``n * a ** (n - 1)``."""
        return self._new(name, "pow", (a,), exponent=n)

    def sub(self, a, b, name: str | None = None) -> Node:
        return self._new(name, "sub", (a, b))

    def div(self, a, b, name: str | None = None) -> Node:
        """``a / b``; local gradients ``1 / b`` and ``-a / b ** 2``."""
        return self._new(name, "div", (a, b))

    def neg(self, a, name: str | None = None) -> Node:
        return self._new(name, "neg", (a,))

    def exp(self, a, name: str | None = None) -> Node:
        return self._new(name, "exp", (a,))

    def log(self, a, name: str | None = None) -> Node:
        """The natural logarithm; local gradient ``1 / a``."""
        return self._new(name, "log", (a,))

    def sigmoid(self, a, name: str | None = None) -> Node:
        return self._new(name, "sigmoid", (a,))

    def tanh(self, a, name: str | None = None) -> Node:
        """The hyperbolic tangent; local gradient ``1 - tanh(a) ** 2``."""
        return self._new(name, "tanh", (a,))

    def relu(self, a, name: str | None = None) -> Node:
        """``max(a, 0)``; local gradient 1 where ``a > 0``, else 0."""
        return self._new(name, "relu", (a,))

    @property
    def output(self) -> Node:
        if not self.nodes:
            raise ValueError("the graph is empty")
        return next(reversed(self.nodes.values()))

    def forward(self, **inputs):
        """Set input values by name, recompute every node in topological order; returns the output value."""
        for name, value in inputs.items():
            node = self.nodes.get(name)
            if node is None or node.op != "input":
                known = [n.name for n in self.nodes.values() if n.op == "input"]
                raise ValueError(f"{name!r} is not an input of this graph; inputs: {known}")
            node.value = value
        for node in self.nodes.values():
            node._evaluate()
        return self.output.value

    def backward(self, output: str | None = None) -> dict[str, float]:
        """Gradients d output / d node for every node (0 for nodes the output does not depend on)."""
        out = self.nodes[output] if output is not None else self.output
        for node in self.nodes.values():
            node.grad = 0
        out.grad = 1
        for node in reversed(self.nodes.values()):
            for parent, local in zip(node.inputs, node.local_grads, strict=True):
                parent.grad = parent.grad + node.grad * local
        return {name: node.grad for name, node in self.nodes.items()}

    def values(self) -> dict[str, float]:
        return {name: node.value for name, node in self.nodes.items()}

    def edges(self) -> list[tuple[str, str, float]]:
        """``(input name, node name, local gradient)`` for every edge, in topological order."""
        return [(parent.name, node.name, local)
                for node in self.nodes.values() for parent, local in zip(node.inputs, node.local_grads, strict=True)]


def apple_graph(apple=100, apple_num=2, tax=1.1) -> Graph:
    """The notes' first example: one apple costs 100 won, 2 apples, 10% tax -> 220."""
    g = Graph()
    apples = g.mul(g.input("apple", apple), g.input("apple_num", apple_num), name="apple_price")
    g.mul(apples, g.input("tax", tax), name="total")
    return g


def apple_orange_graph(apple=100, apple_num=2, orange=150, orange_num=3, tax=1.1) -> Graph:
    """2 apples at 100 won and 3 oranges (귤) at 150 won, 10% tax -> 715."""
    g = Graph()
    apples = g.mul(g.input("apple", apple), g.input("apple_num", apple_num), name="apple_price")
    oranges = g.mul(g.input("orange", orange), g.input("orange_num", orange_num), name="orange_price")
    g.mul(g.add(apples, oranges, name="subtotal"), g.input("tax", tax), name="total")
    return g


def square_of_sum_graph(x=1.0, y=2.0) -> Graph:
    """``z = t ** 2`` with ``t = x + y``, so ``dz/dx = dz/dy = 2 (x + y)``."""
    g = Graph()
    t = g.add(g.input("x", x), g.input("y", y), name="t")
    g.pow(t, 2, name="z")
    return g


def e_graph(a=2, b=1) -> Graph:
    """``e = (a + b)(b + 1)`` with ``c = a + b``, ``d = b + 1``; at a=2, b=1: e = 6, de/da = 2, de/db = 5."""
    g = Graph()
    a, b = g.input("a", a), g.input("b", b)
    g.mul(g.add(a, b, name="c"), g.add(b, g.const(1, name="1"), name="d"), name="e")
    return g
