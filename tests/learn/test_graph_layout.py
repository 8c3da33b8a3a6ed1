"""The left-to-right layout of a graph drawing (learn/graph_layout.py)."""
from annstudio.learn.expression import build
from annstudio.learn.graph_layout import layout
from annstudio.learn.graphs import Walk, example


def test_apples_read_like_the_notes_figure():
    assert layout(Walk.of(example("apples"))) == {
        "apple": (0, 0), "apple_num": (0, 1), "apple_price": (1, 0.5), "tax": (1, 2), "total": (2, 1.25),
        "": (3, 1.25)}


def test_inputs_on_the_left_output_on_the_right_and_no_two_nodes_on_top_of_each_other():
    w = build("x * y + sigmoid(x) - exp(y) / (x + 2)")
    where = layout(w)
    columns = {name: col for name, (col, _) in where.items()}
    for node in w.graph.nodes.values():
        for parent in node.inputs:
            assert columns[parent.name] < columns[node.name]
    assert columns[""] == max(columns.values())
    spots = [(col, row) for col, row in where.values()]
    for i, (c1, r1) in enumerate(spots):
        for c2, r2 in spots[i + 1:]:
            assert c1 != c2 or abs(r1 - r2) >= 1
