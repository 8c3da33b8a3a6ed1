"""Backpropagation lab core (CURRICULUM.md §3): the notes' graphs through learn/graphs.py, step by step."""
import math

import pytest

from annstudio.learn.graphs import EXAMPLES, Edge, Step, Walk, example, fmt
from annstudio.learn.quiz import grade


def walk(key, **values):
    w = Walk.of(example(key))
    if values:
        assert w.set_inputs(**values) is None
    return w


def test_the_lab_offers_the_notes_four_graphs_apples_first():
    assert [ex.key for ex in EXAMPLES] == ["apples", "fruit", "square", "e"]


def test_apples_forward_one_node_at_a_time():
    w = walk("apples")
    to_total = Edge("apple_price", "total", 0)
    out = Edge("total", "")
    # inputs are given: their values are on their edges from the start, nothing else is
    assert w.shown_value(Edge("apple", "apple_price", 0)) == 100
    assert w.shown_value(Edge("tax", "total", 1)) == pytest.approx(1.1)
    assert w.shown_value(to_total) is None and w.shown_value(out) is None
    assert w.forward_step() == Step("forward", "apple_price")
    assert w.shown_value(to_total) == 200 and w.shown_value(out) is None
    assert "100 × 2 = 200" in w.rule()
    assert w.forward_step() == Step("forward", "total")
    assert w.shown_value(out) == pytest.approx(220, rel=1e-12) and fmt(w.shown_value(out)) == "220"
    assert w.forward_step() is None                      # forward is done
    assert all(w.shown_grad(e) is None for e in w.edges)


def test_apples_backward_gradients_under_each_edge():
    w = walk("apples")
    assert w.backward_step() is None                     # backward waits for the forward pass
    w.forward_step(), w.forward_step()
    assert w.backward_step() == Step("seed", "total")
    assert w.shown_grad(Edge("total", "")) == 1
    assert w.backward_step() == Step("backward", "total")
    assert w.shown_grad(Edge("tax", "total", 1)) == pytest.approx(200)
    assert w.shown_grad(Edge("apple_price", "total", 0)) == pytest.approx(1.1)
    assert w.shown_grad(Edge("apple", "apple_price", 0)) is None
    assert "other input" in w.rule() and "1 × 200 = 200" in w.rule()
    assert w.backward_step() == Step("backward", "apple_price")
    assert w.shown_grad(Edge("apple", "apple_price", 0)) == pytest.approx(2.2)
    assert w.shown_grad(Edge("apple_num", "apple_price", 1)) == pytest.approx(110)
    assert w.done and w.backward_step() is None
    assert {n: w.grad(n) for n in w.inputs} == pytest.approx({"apple": 2.2, "apple_num": 110, "tax": 200})


def test_step_order_is_forward_topological_then_seed_then_reverse():
    w = walk("fruit")
    assert [(s.phase, s.node) for s in w.steps] == [
        ("forward", "apple_price"), ("forward", "orange_price"), ("forward", "subtotal"), ("forward", "total"),
        ("seed", "total"),
        ("backward", "total"), ("backward", "subtotal"), ("backward", "orange_price"), ("backward", "apple_price")]


def test_two_items():
    w = walk("fruit")
    w.run_all()
    assert w.value("apple_price") == 200 and w.value("orange_price") == 450 and w.value("subtotal") == 650
    assert w.value("total") == pytest.approx(715)
    expected = {"apple": 2.2, "apple_num": 110, "orange": 3.3, "orange_num": 165, "tax": 650}
    assert {n: w.grad(n) for n in w.inputs} == pytest.approx(expected)
    # the add node passes 1.1 unchanged to both of its inputs
    assert w.shown_grad(Edge("apple_price", "subtotal", 0)) == pytest.approx(1.1)
    assert w.shown_grad(Edge("orange_price", "subtotal", 1)) == pytest.approx(1.1)
    w.reset()
    for _ in range(7):
        w.forward_step() or w.backward_step()
    assert w.current == Step("backward", "subtotal")
    assert w.rule() == "Add passes the gradient on unchanged: each input gets 1.1."


@pytest.mark.parametrize(("x", "y"), [(1.0, 2.0), (3.0, -0.5), (0.25, 0.25)])
def test_square_of_sum(x, y):
    w = walk("square", x=x, y=y)
    w.run_all()
    assert w.value("t") == pytest.approx(x + y)
    assert w.value("z") == pytest.approx((x + y) ** 2)
    assert w.grad("x") == pytest.approx(2 * (x + y)) and w.grad("y") == pytest.approx(2 * (x + y))
    w.reset()
    w.forward_step(), w.forward_step(), w.backward_step(), w.backward_step()
    assert w.current == Step("backward", "z")
    assert f"× 2 × {fmt(x + y)}^1 = {fmt(2 * (x + y))}" in w.rule()


def test_e_graph():
    w = walk("e")
    w.run_all()
    assert (w.value("c"), w.value("d"), w.value("e")) == (3, 2, 6)
    assert w.grad("a") == 2 and w.grad("b") == 5
    # b feeds two nodes: 2 along b -> c, 3 along b -> d, and the sum is its gradient
    assert w.shown_grad(Edge("b", "c", 1)) == 2 and w.shown_grad(Edge("b", "d", 0)) == 3
    assert w.shown_input_grad("b") == 5
    assert "2 + 3 = 5" in w.question("b").working


def test_every_input_is_editable_and_everything_recomputes():
    w = walk("apples")
    w.run_all()
    assert w.set_inputs(apple=150) is None
    assert w.done                                           # the position stays
    assert w.value("total") == pytest.approx(330)
    assert w.grad("tax") == pytest.approx(300) and w.grad("apple_num") == pytest.approx(165)
    w.set_inputs(apple_num=4, tax=1.2)
    assert w.value("total") == pytest.approx(720) and w.grad("apple") == pytest.approx(4.8)


def test_an_uncomputable_value_is_a_message_and_stops_the_steps():
    from annstudio.learn.expression import build
    w = build("x / y", {"x": 1.0, "y": 0.0})
    assert "division by zero" in w.error and not w.can_forward()
    assert w.rule() == w.error
    assert w.set_inputs(y=2.0) is None and w.can_forward()


@pytest.mark.parametrize(("key", "typed", "right"), [("apples", "200", True), ("apples", "220", False),
                                                      ("fruit", "650", True), ("e", "5", True), ("e", "3", False)])
def test_the_quiz_asks_for_the_gradient_with_the_current_numbers(key, typed, right):
    w = walk(key)
    q = w.questions()[0]
    assert "Type it before the backward pass" in q.prompt
    assert grade(q, typed).correct is right


def test_numerical_estimates_agree_and_leave_the_inputs_alone():
    w = walk("fruit")
    numeric = w.numerical_gradients()
    assert numeric == pytest.approx({n: w.grad(n) for n in w.inputs}, rel=1e-5)
    assert w.values() == {"apple": 100, "apple_num": 2, "orange": 150, "orange_num": 3, "tax": 1.1}
    assert w.value("total") == pytest.approx(715)


def test_local_rules_name_what_each_node_does():
    from annstudio.learn.expression import build
    w = build("sigmoid(x) * relu(y) + exp(x) / y - log(y) ** 2 + -x", {"x": 0.5, "y": 2.0})
    w.run_all()
    rules = []
    w.reset()
    while w.forward_step() or w.backward_step():
        rules.append(str(w.rule()))
    text = "\n".join(rules)
    for phrase in ("Sigmoid sends g·y(1 − y)", "ReLU passes the gradient where its input is positive",
                   "Exp is its own derivative", "Log sends g ÷ a", "Divide (y = a ÷ b)", "Power (y = a^n)",
                   "Subtract passes the gradient", "Negate sends", "Add passes the gradient on unchanged",
                   "Multiply sends each input the gradient times the other input"):
        assert phrase in text, phrase
    assert not math.isnan(w.grad("x"))


def test_the_quiz_working_multiplies_the_local_gradients_along_the_path():
    w = walk("apples")
    assert [q.working for q in w.questions()] == [
        "Multiply the local gradients along the path from total back to tax: 1 × 200 = 200.",
        "Multiply the local gradients along the path from total back to apple price: 1 × 1.1 × 2 = 2.2.",
        "Multiply the local gradients along the path from total back to apples: 1 × 1.1 × 100 = 110."]


def test_a_value_past_float_range_is_a_message_not_inf():
    w = walk("apples")
    assert "too large" in w.set_inputs(apple=1e308, tax=10.0)
    assert w.set_inputs(apple=100, tax=1.1) is None and w.value("total") == pytest.approx(220)
