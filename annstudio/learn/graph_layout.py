"""Where each node of a computational graph goes in a left-to-right drawing (no Qt)."""
from __future__ import annotations

from .graphs import Walk


def layout(walk: Walk) -> dict[str, tuple[float, float]]:
    """``{node: (column, row)}`` for drawing left to right: an operation's column is one more than its
    deepest input's, an input sits just left of its first consumer, and the output's box (key ``""``) one
    column right of the output. Rows follow the inputs in the order met from the output back (each
    operation halfway between its inputs, then pushed down until nodes of one column are a row apart), so
    the drawing reads like the notes' figures."""
    nodes = walk.graph.nodes
    column: dict[str, float] = {}
    for node in nodes.values():
        column[node.name] = 1 + max((column[p.name] for p in node.inputs), default=-1)
    for node in nodes.values():
        if not node.inputs:
            consumers = [column[n.name] for n in nodes.values() if node in n.inputs]
            column[node.name] = min(consumers) - 1 if consumers else 0
    row: dict[str, float] = {}
    next_row = [0.0]

    def place(name: str) -> float:
        if name not in row:
            node = nodes[name]
            if node.inputs:
                row[name] = sum(place(p.name) for p in node.inputs) / len(node.inputs)
            else:
                row[name], next_row[0] = next_row[0], next_row[0] + 1
        return row[name]

    for name in reversed(list(nodes)):   # the output first; anything it does not use goes below
        place(name)
    for col in set(column.values()):      # nodes of one column at least one row apart
        names = sorted((n for n in nodes if column[n] == col), key=lambda n: row[n])
        for above, below in zip(names, names[1:], strict=False):
            row[below] = max(row[below], row[above] + 1)
    column[""] = column[walk.output] + 1
    row[""] = row[walk.output]
    return {name: (column[name], row[name]) for name in column}
