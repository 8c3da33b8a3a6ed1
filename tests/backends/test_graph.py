"""Computational graph (CURRICULUM.md §3): the notes' shopping examples, z = (x + y)^2 and e = (a + b)(b + 1)."""
from fractions import Fraction

import pytest

from annstudio.backends.numpy.graph import (
    Graph,
    apple_graph,
    apple_orange_graph,
    e_graph,
    square_of_sum_graph,
)

TAX = Fraction(11, 10)  # exact 1.1: with floats 200 * 1.1 is 220.00000000000003


def test_apple_exact():
    g = apple_graph(tax=TAX)
    assert g.forward() == 220
    grads = g.backward()
    assert grads["apple"] == Fraction(22, 10)
    assert grads["apple_num"] == 110
    assert grads["tax"] == 200
    assert grads["apple_price"] == TAX and grads["total"] == 1


def test_apple_with_floats():
    g = apple_graph()  # 100 won, 2 apples, tax 1.1
    assert g.output.name == "total"
    assert g.forward() == pytest.approx(220, rel=1e-15)
    grads = g.backward()
    assert grads["apple"] == pytest.approx(2.2, rel=1e-15)
    assert grads["apple_num"] == pytest.approx(110, rel=1e-15)
    assert grads["tax"] == pytest.approx(200, rel=1e-15)


def test_apples_and_oranges_exact():
    g = apple_orange_graph(tax=TAX)
    values = g.values()
    assert (values["apple_price"], values["orange_price"], values["subtotal"], values["total"]) == (200, 450, 650, 715)
    grads = g.backward()
    assert grads["apple"] == Fraction(22, 10)
    assert grads["apple_num"] == 110
    assert grads["orange"] == Fraction(33, 10)
    assert grads["orange_num"] == 165
    assert grads["tax"] == 650


def test_apples_and_oranges_with_floats():
    g = apple_orange_graph()
    assert g.forward() == pytest.approx(715, rel=1e-15)
    expected = {"apple": 2.2, "apple_num": 110, "orange": 3.3, "orange_num": 165, "tax": 650}
    grads = g.backward()
    for name, value in expected.items():
        assert grads[name] == pytest.approx(value, rel=1e-15), name


def test_add_passes_through_and_mul_swaps_inputs():
    g = apple_orange_graph(tax=TAX)
    local = {(src, dst): grad for src, dst, grad in g.edges()}
    assert local[("apple_price", "subtotal")] == local[("orange_price", "subtotal")] == 1
    assert local[("apple", "apple_price")] == 2 and local[("apple_num", "apple_price")] == 100
    assert local[("subtotal", "total")] == TAX and local[("tax", "total")] == 650
    assert len(local) == 8


@pytest.mark.parametrize("x, y", [(1.0, 2.0), (-3.0, 0.5), (0.0, 0.0)])
def test_square_of_sum(x, y):
    g = square_of_sum_graph(x, y)
    assert g.forward() == (x + y) ** 2
    grads = g.backward()
    assert grads["t"] == 2 * (x + y)          # dz/dt = 2t
    assert grads["x"] == grads["y"] == 2 * (x + y)


def test_square_as_t_times_t_accumulates_both_branches():
    g = Graph()
    t = g.input("x", 1.0) + g.input("y", 2.0)
    t * t
    assert g.forward() == 9.0
    assert g.backward()["x"] == 6.0  # 3 from each branch of the multiply


def test_e_equals_a_plus_b_times_b_plus_one():
    g = e_graph(a=2, b=1)
    values = g.values()
    assert (values["c"], values["d"], values["e"]) == (3, 2, 6)
    grads = g.backward()
    assert grads["c"] == 2 and grads["d"] == 3   # de/dc = d, de/dd = c
    assert grads["a"] == 2
    assert grads["b"] == 5                        # b feeds c and d: 2 + 3


def test_operators_build_the_same_graph():
    g = Graph()
    a, b = g.input("a", 2), g.input("b", 1)
    (a + b) * (b + 1)
    assert g.forward() == 6
    grads = g.backward()
    assert (grads["a"], grads["b"]) == (2, 5)
    assert [n.op for n in g.nodes.values()] == ["input", "input", "add", "const", "add", "mul"]


def test_forward_recomputes_with_new_inputs_and_backward_resets():
    g = apple_graph(tax=TAX)
    g.backward()
    assert g.forward(apple=150, apple_num=3) == 495
    grads = g.backward()
    assert grads["apple"] == Fraction(33, 10)   # 3 * 1.1, not added to the old 2.2
    assert grads["tax"] == 450


def test_topological_order_and_edges_for_drawing():
    g = e_graph()
    order = list(g.nodes)
    for src, dst, _ in g.edges():
        assert order.index(src) < order.index(dst)
    assert g.output.name == "e"
    assert [n.name for n in g.nodes["e"].inputs] == ["c", "d"]


def test_backward_from_an_inner_node():
    g = e_graph()
    grads = g.backward("c")
    assert (grads["a"], grads["b"], grads["e"], grads["d"]) == (1, 1, 0, 0)


def test_errors_name_the_problem():
    g = apple_graph()
    with pytest.raises(ValueError, match="'price' is not an input.*'apple'"):
        g.forward(price=1)
    with pytest.raises(ValueError, match="'total' is not an input"):
        g.forward(total=1)
    with pytest.raises(ValueError, match="already exists"):
        g.input("tax", 1.0)
    other = Graph()
    with pytest.raises(ValueError, match="another graph"):
        other.add(g.nodes["apple"], 1)
    with pytest.raises(ValueError, match="empty"):
        _ = Graph().output
