"""A learner's own expression (learn/expression.py): a whitelist over Python's ast, nothing evaluated as code."""
import ast
import builtins

import pytest

from annstudio.learn import expression
from annstudio.learn.expression import ExpressionError, build, parse


@pytest.fixture(autouse=True)
def no_eval(monkeypatch):
    """The parser never runs the learner's text: eval, exec, or compile to code (not just to a syntax tree,
    which is what ast.parse does) fail the test."""
    real_compile = builtins.compile

    def refuse(*args, **kwargs):
        raise AssertionError("the expression parser must not evaluate code")

    def only_ast(source, filename, mode, flags=0, *args, **kwargs):
        if not flags & ast.PyCF_ONLY_AST:
            refuse()
        return real_compile(source, filename, mode, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "eval", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    monkeypatch.setattr(builtins, "compile", only_ast)


def refused(text):
    with pytest.raises(ExpressionError) as info:
        build(text)
    return str(info.value.args[0])


@pytest.mark.parametrize(("text", "variables"), [
    ("x^2 + 3×y − z÷2", ["x", "y", "z"]),
    ("x**2 + 3*y - z/2", ["x", "y", "z"]),
    ("(a + b)(b + 1)".replace(")(", ") * ("), ["a", "b"]),
    ("sigmoid(w·x + b)", ["w", "x", "b"]),
    ("relu(-x) + exp(log(y))", ["x", "y"]),
    ("가격 * 개수", ["가격", "개수"]),
])
def test_accepted_spellings(text, variables):
    assert parse(text)[1] == variables


def test_both_spellings_build_the_same_graph():
    a = build("x^2 + 3×y − z÷2", {"x": 2, "y": 1, "z": 4})
    b = build("x**2 + 3*y - z/2", {"x": 2, "y": 1, "z": 4})
    assert a.value(a.output) == b.value(b.output) == 5
    a.run_all()
    assert {n: a.grad(n) for n in a.inputs} == {"x": 4, "y": 3, "z": -0.5}


def test_the_notes_e_graph_typed():
    w = build("(a + b) * (b + 1)", {"a": 2, "b": 1})
    assert w.value(w.output) == 6
    assert (w.grad("a"), w.grad("b")) == (2, 5)


@pytest.mark.parametrize(("text", "words"), [
    ("x.__class__", ["Attribute access", "'x.__class__'", "column 1"]),
    ("x + y.real", ["Attribute access", "'y.real'", "column 5"]),
    ("open('f')", ["Unknown function", "only exp, log, sigmoid, tanh, relu"]),
    ("__import__('os')", ["Unknown function", "__import__('os')"]),
    ("os.system('ls')", ["Attribute access", "'os.system'"]),
    ("x[0]", ["Indexing"]),
    ("lambda: 1", ["lambda"]),
    ("[x for x in y]", ["comprehension"]),
    ("sum(x for x in y)", ["Unknown function"]),
    ("exp(x for x in y)", ["comprehension"]),
    ("'abc'", ["Text in quotes"]),
    ("x + f'{x}'", ["Text in quotes"]),
    ("2**10**10", ["exponent", "between −100 and 100"]),
    ("x ^ 1000", ["exponent", "'x ^ 1000'"]),
    ("x ** y", ["exponent"]),
    ("x < y", ["comparison"]),
    ("x if y else z", ["if–else"]),
    ("x, y", ["comma"]),
    ("x % 2", ["operator"]),
    ("~x", ["operator"]),
    ("exp", ["is a function"]),
    ("_x + 1", ["may not start with _"]),
    ("exp(x, y)", ["exactly one argument"]),
    ("1e999 * x", ["too large"]),
    ("1j * x", ["not a real number"]),
    ("True + x", ["not a real number"]),
    ("x +* y", ["cannot be read at column 4"]),
    ("(x + y", ["cannot be read"]),
    ("", ["Type an expression"]),
    ("x" * 201, ["too long", "201 characters"]),
    ("-" * 60 + "x", ["nested too deeply"]),
    ("exp(" * 30 + "x" + ")" * 30, ["nested too deeply"]),
    ("+".join(f"v{i}" for i in range(11)), ["Too many variables"]),
    ("+".join(["x*y"] * 25), ["too big"]),
])
def test_refused_with_a_message_naming_the_problem(text, words):
    message = refused(text)
    for word in words:
        assert word in message, (text, message)


def test_a_refusal_carries_a_translatable_message():
    from annstudio.messages import Message
    with pytest.raises(ExpressionError) as info:
        parse("x.__class__")
    assert isinstance(info.value.args[0], Message)
    assert info.value.args[0].template.startswith("Attribute access")


def test_position_of_a_syntax_error_counts_the_learners_characters():
    # "^" became "**" before parsing; the column is still the learner's
    assert "column 7" in refused("x^2 + * y")


def test_the_parser_uses_only_the_whitelist_of_node_types():
    assert expression.FUNCTIONS == ("exp", "log", "sigmoid", "tanh", "relu")
    assert expression.MAX_EXPONENT == 100
