"""A single neuron as a computational graph: z = x·w + b, a = activation(z), L = (a − t)², and one
gradient-descent update w ← w − η ∂L/∂w, b ← b − η ∂L/∂b written out with the numbers (no Qt).

The graph is the NumPy backend's ``Graph`` (``backends/numpy/graph.py``), walked step by step like the notes'
examples (``learn/graphs.py``); the update uses the gradients the backward pass found.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..backends.numpy.graph import Graph
from ..messages import Message, Term
from .graphs import Walk, fmt

ACTIVATIONS = ("sigmoid", "relu", "identity")
DEFAULTS = {"x": 1.0, "w": 0.5, "b": 0.0, "t": 1.0}
DEFAULT_RATE = 0.5
LABELS = {"x": "x", "w": "w", "b": "b", "t": Term("target t"), "L": "L"}


def neuron_graph(x: float = 1.0, w: float = 0.5, b: float = 0.0, t: float = 1.0,
                 activation: str = "sigmoid") -> Graph:
    """x·w + b -> activation -> squared error against the target t; the output node is ``L``."""
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; one of {ACTIVATIONS}")
    g = Graph()
    xn, wn = g.input("x", x), g.input("w", w)
    z = g.add(g.mul(xn, wn, name="xw"), g.input("b", b), name="z")
    a = z if activation == "identity" else getattr(g, activation)(z, name="a")
    g.pow(g.sub(a, g.input("t", t), name="error"), 2, name="L")
    return g


def neuron_walk(activation: str = "sigmoid", values: dict[str, float] | None = None) -> Walk:
    values = {**DEFAULTS, **(values or {})}
    return Walk(neuron_graph(activation=activation, **values), LABELS, ask=("w", "b"))


@dataclass(frozen=True)
class Update:
    w: float          # the new weight
    b: float          # the new bias
    text: str         # a Message: both updates written out with the numbers


def update(walk: Walk, rate: float) -> Update:
    """One gradient-descent step with learning rate ``rate`` from the walk's gradients."""
    w, b = float(walk.value("w")), float(walk.value("b"))
    gw, gb = float(walk.grad("w")), float(walk.grad("b"))
    new_w, new_b = w - rate * gw, b - rate * gb
    text = Message("w ← w − η ∂L/∂w = {w} − {eta} × {gw} = {nw}\nb ← b − η ∂L/∂b = {b} − {eta} × {gb} = {nb}",
                   w=fmt(w), eta=fmt(rate), gw=fmt(gw), nw=fmt(new_w), b=fmt(b), gb=fmt(gb), nb=fmt(new_b))
    return Update(new_w, new_b, text)
