"""Random input for the expression parser: printable junk is refused only with its own error, and random
whitelisted expressions have backprop gradients equal to their central-difference estimates."""
import math
import string

import pytest
from hypothesis import assume, given, settings, strategies as st

from annstudio.learn.expression import ExpressionError, build, parse


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=string.printable + "×÷−·^가", max_size=250))
def test_random_text_raises_only_the_parsers_error(text):
    try:
        parse(text)
    except ExpressionError:
        return


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="xy()+-*/^.,e1234567890 [] _'\"", max_size=60))
def test_random_near_expressions_build_or_are_refused(text):
    try:
        w = build(text, {"x": 0.7, "y": -1.3})
    except ExpressionError:
        return
    w.run_all()   # an uncomputable value is a message on the walk, never an exception
    assert w.error is None or str(w.error)


leaves = st.sampled_from(["x", "y", "z", "0.5", "2", "3"])


def combine(children):
    unary = st.builds(lambda a, f: f.format(a), children,
                      st.sampled_from(["sigmoid({})", "exp(sigmoid({}))", "log(1 + ({})^2)", "relu({})",
                                       "({})^2", "({})**3", "-({})", "exp(-({})^2)"]))
    binary = st.builds(lambda a, b, op: f"({a}) {op} ({b})", children, children,
                       st.sampled_from(["+", "-", "*", "×", "−"]))
    division = st.builds(lambda a, b: f"({a}) / (1 + ({b})^2)", children, children)
    return unary | binary | division


expressions = st.recursive(leaves, combine, max_leaves=8)
values = st.floats(min_value=-2, max_value=2, allow_nan=False)


@settings(max_examples=150, deadline=None)
@given(expressions, values, values, values)
def test_backprop_matches_the_numerical_gradient(text, x, y, z):
    try:
        w = build(text, {"x": x, "y": y, "z": z})
    except ExpressionError as exc:
        assume("too" not in str(exc) and "deeply" not in str(exc))   # size limits: not this test's business
        raise
    assume(w.error is None)
    # ReLU has a kink at 0 where the two estimates legitimately differ
    assume(all(abs(n.inputs[0].value) > 1e-3 for n in w.graph.nodes.values() if n.op == "relu"))
    w.run_all()
    numeric = w.numerical_gradients()
    scale = 1 + abs(float(w.value(w.output)))
    for name in w.inputs:
        assert math.isclose(w.grad(name), numeric[name], rel_tol=1e-5, abs_tol=1e-6 * scale), (text, name)


def test_numerical_gradient_is_central_difference():
    w = build("x^3", {"x": 2.0})
    assert w.numerical_gradients()["x"] == pytest.approx(12, rel=1e-8)
