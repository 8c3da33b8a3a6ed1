"""A tiny computational graph (계산 그래프) for the backpropagation chapter, with forward and backward passes.

Each node computes one local operation and, during ``forward``, its local gradients (d node / d input):
an add node has local gradient 1 for every input, so backward passes the incoming gradient through; a
multiply node's local gradients are the *other* input's value ("swap the inputs"). ``backward`` walks the
nodes in reverse topological order and applies the chain rule, summing where a node feeds several others.

Nodes are created through a ``Graph`` and can only use nodes that already exist, so creation order is a
topological order. A GUI draws ``graph.nodes`` and ``graph.edges()`` (each edge carries its local
gradient), lets the learner change the inputs and calls ``forward(**inputs)`` and ``backward()`` again.
Values may be any numbers: ``float``, or ``fractions.Fraction`` for exact arithmetic.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(eq=False)
class Node:
    """One box of the graph. ``op`` is "input", "const", "add", "mul" or "pow"."""

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
            self.value, self.local_grads = v[0] ** n, (n * v[0] ** (n - 1),)

    # Operators build new nodes in the same graph, so `(a + b) * (b + 1)` reads like the notes.
    def __add__(self, other): return self._graph().add(self, other)
    def __radd__(self, other): return self._graph().add(other, self)
    def __mul__(self, other): return self._graph().mul(self, other)
    def __rmul__(self, other): return self._graph().mul(other, self)
    def __pow__(self, n): return self._graph().pow(self, n)

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
        node._evaluate()
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
