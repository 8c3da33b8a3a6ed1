"""A learner's own expression, read safely and turned into a computational graph (no Qt).

The text is read with Python's ``ast`` parser and then checked against a whitelist; nothing is ever
evaluated as code (no ``eval``, no ``compile``). Accepted: numbers, variable names, ``+ - * /`` (also
``× ÷ −`` and ``·``), powers ``**`` or ``^`` with a constant exponent of at most ``MAX_EXPONENT`` in size,
unary minus/plus, and calls of ``FUNCTIONS`` with one argument. Everything else — attribute access
(``x.__class__``), any other call (``open(...)``, ``__import__('os')``), indexing, lambdas, comprehensions,
strings, comparisons — is refused with an ``ExpressionError`` whose message (a ``Message``) names the
problem and where it is. The text length, the number of syntax nodes and the nesting depth are bounded
too, so a hostile text costs nothing.

``build(text, values)`` returns a ``Walk`` over the graph (``learn/graphs.py``): one input per variable (in
order of first appearance), one node per operation; the output is called ``f``.
"""
from __future__ import annotations

import ast
import math

from ..backends.numpy.graph import Graph, Node
from ..messages import Message, Term
from .graphs import Walk

FUNCTIONS = ("exp", "log", "sigmoid", "tanh", "relu")
MAX_LENGTH = 200        # characters of text
MAX_NODES = 120         # syntax-tree nodes
MAX_DEPTH = 30          # nesting of the syntax tree
MAX_EXPONENT = 100      # |p| in x ** p
MAX_CONSTANT = 1e12     # |c| of a number written in the text
MAX_VARIABLES = 10
MAX_NAME = 30

_ALIASES = {"×": "*", "·": "*", "⋅": "*", "÷": "/", "−": "-", "–": "-", "\t": " ", "\n": " ", "\r": " ",
            "\x0b": " ", "\x0c": " "}
_BINOPS = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div", ast.Pow: "pow"}
_NOT_ALLOWED = {
    "Compare": Term("a comparison"), "BoolOp": Term("and/or"), "IfExp": Term("if–else"),
    "Tuple": Term("a comma (tuple)"), "List": Term("a list"), "Dict": Term("a dictionary"), "Set": Term("a set"),
    "NamedExpr": Term("an assignment (:=)"), "Starred": Term("a starred argument"), "Await": Term("await"),
    "Yield": Term("yield"), "YieldFrom": Term("yield"), "Slice": Term("a slice"),
}


class ExpressionError(ValueError):
    """An expression that is refused; ``args[0]`` is the ``Message`` saying why."""


def _normalize(text: str) -> tuple[str, list[int]]:
    """Python spelling of ``text`` (``^`` -> ``**``, ``×`` -> ``*``, ...) and, for each of its characters,
    the position of the character it came from in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        rep = "**" if ch == "^" else _ALIASES.get(ch, ch)
        out.append(rep)
        where.extend([i] * len(rep))
    where.append(len(text))
    return "".join(out), where


class _Checker:
    def __init__(self, text: str, python: str, where: list[int]) -> None:
        self.text, self.python, self.where = text, python, where
        self.names: list[str] = []

    def _char(self, byte_offset: int) -> int:
        return len(self.python.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        """Where ``node`` is in the learner's text (character positions)."""
        start = self._char(getattr(node, "col_offset", 0))
        end = self._char(getattr(node, "end_col_offset", None) or len(self.python.encode("utf-8")))
        return self.where[min(start, len(self.where) - 1)], self.where[min(end, len(self.where) - 1)]

    def refuse(self, template: str, node: ast.AST, **args: object) -> ExpressionError:
        """The error for ``node``: ``template`` (marked ``Term(...)`` so the catalogue collects it) filled with
        the offending text and its column."""
        start, end = self.span(node)
        return ExpressionError(Message(template, text=self.text[start:end], col=start + 1, **args))

    def check(self, node: ast.AST) -> None:
        if isinstance(node, ast.BinOp):
            op = _BINOPS.get(type(node.op))
            if op is None:
                raise self.refuse(Term("The operator in {text!r} at column {col} is not allowed: use + − × ÷ and "
                                  "powers."), node)
            self.check(node.left)
            if op == "pow":
                exponent = constant_exponent(node.right)
                if exponent is None or abs(exponent) > MAX_EXPONENT:
                    raise self.refuse(Term("The exponent in {text!r} at column {col} must be one number between "
                                      "−{limit} and {limit}."), node, limit=MAX_EXPONENT)
            else:
                self.check(node.right)
        elif isinstance(node, ast.UnaryOp):
            if not isinstance(node.op, (ast.USub, ast.UAdd)):
                raise self.refuse(Term("The operator in {text!r} at column {col} is not allowed: use + − × ÷ and "
                                  "powers."), node)
            self.check(node.operand)
        elif isinstance(node, ast.Constant):
            self.check_constant(node)
        elif isinstance(node, ast.Name):
            self.check_name(node)
        elif isinstance(node, ast.Call):
            self.check_call(node)
        elif isinstance(node, ast.Attribute):
            raise self.refuse(Term("Attribute access ({text!r} at column {col}) is not allowed: use plain names "
                              "like x."), node)
        elif isinstance(node, ast.Subscript):
            raise self.refuse(Term("Indexing with [ ] ({text!r} at column {col}) is not allowed."), node)
        elif isinstance(node, ast.Lambda):
            raise self.refuse(Term("A lambda ({text!r} at column {col}) is not allowed."), node)
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            raise self.refuse(Term("A comprehension ({text!r} at column {col}) is not allowed."), node)
        elif isinstance(node, ast.JoinedStr):
            raise self.refuse(Term("Text in quotes ({text!r} at column {col}) is not allowed: only numbers and "
                              "names."), node)
        else:
            what = _NOT_ALLOWED.get(type(node).__name__, Term("this construct"))
            raise self.refuse(Term("{what} ({text!r} at column {col}) is not allowed: use numbers, names, + − × ÷, "
                              "powers and exp, log, sigmoid, tanh, relu."), node, what=what)

    def check_constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, (str, bytes)):
            raise self.refuse(Term("Text in quotes ({text!r} at column {col}) is not allowed: only numbers and "
                              "names."), node)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.refuse(Term("{text!r} at column {col} is not a real number."), node)
        if (isinstance(value, int) and abs(value) > MAX_CONSTANT) or not math.isfinite(value) \
                or abs(value) > MAX_CONSTANT:
            raise self.refuse(Term("The number {text!r} at column {col} is too large (at most {limit} in size)."), node,
                              limit="1e12")

    def check_name(self, node: ast.Name) -> None:
        name = node.id
        if name in FUNCTIONS:
            raise self.refuse(Term("{text!r} at column {col} is a function: write {text}(…)."), node)
        if name.startswith("_"):
            raise self.refuse(Term("The name {text!r} at column {col} is not allowed: names may not start with _."),
                              node)
        if len(name) > MAX_NAME:
            raise self.refuse(Term("The name at column {col} is too long (at most {limit} characters)."), node,
                              limit=MAX_NAME)
        if name not in self.names:
            if len(self.names) >= MAX_VARIABLES:
                raise self.refuse(Term("Too many variables: at most {limit}."), node, limit=MAX_VARIABLES)
            self.names.append(name)

    def check_call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute):
            raise self.refuse(Term("Attribute access ({text!r} at column {col}) is not allowed: use plain names "
                              "like x."), func)
        if not isinstance(func, ast.Name) or func.id not in FUNCTIONS:
            raise self.refuse(Term("Unknown function in {text!r} at column {col}: only {allowed} can be called."), node,
                              allowed=", ".join(FUNCTIONS))
        if node.keywords or len(node.args) != 1 or isinstance(node.args[0], ast.Starred):
            raise self.refuse(Term("{name}() at column {col} takes exactly one argument."), node, name=func.id)
        self.check(node.args[0])


def constant_exponent(node: ast.AST) -> float | None:
    """The number ``node`` spells (``2``, ``-1``, ``+0.5``), or ``None`` when it is not a single number."""
    sign = 1
    while isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        sign = -sign if isinstance(node.op, ast.USub) else sign
        node = node.operand
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        if isinstance(node.value, int) and abs(node.value) > 10 ** 6:
            return math.inf
        value = sign * float(node.value)
        return value if math.isfinite(value) else math.inf
    return None


def _depth(node: ast.AST, limit: int) -> int:
    """Nesting depth of ``node`` (stops counting once past ``limit``)."""
    best, stack = 0, [(node, 1)]
    while stack:
        current, depth = stack.pop()
        best = max(best, depth)
        if best > limit:
            return best
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(current))
    return best


def parse(text: str) -> tuple[ast.expr, list[str]]:
    """The checked syntax tree of ``text`` and its variable names (in order of first appearance).
    ``ExpressionError`` says why a text is refused."""
    if not text.strip():
        raise ExpressionError(Message("Type an expression, e.g. (x + y) * z."))
    if len(text) > MAX_LENGTH:
        raise ExpressionError(Message("The expression is too long: {length} characters, at most {limit}.",
                                      length=len(text), limit=MAX_LENGTH))
    python, where = _normalize(text)
    try:
        tree = ast.parse(python.strip(), mode="eval")
    except SyntaxError as exc:
        offset = (exc.offset or 1) - 1 + (len(python) - len(python.lstrip()))
        col = where[max(0, min(offset, len(where) - 1))] + 1
        raise ExpressionError(Message("The expression cannot be read at column {col}: check the brackets and "
                                      "operators there.", col=col)) from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionError(Message("The expression cannot be read: use numbers, names, + − × ÷, powers and "
                                      "exp, log, sigmoid, tanh, relu.")) from None
    if _depth(tree, MAX_DEPTH) > MAX_DEPTH:
        raise ExpressionError(Message("The expression is nested too deeply (at most {limit} levels).",
                                      limit=MAX_DEPTH))
    count = sum(1 for _ in ast.walk(tree))
    if count > MAX_NODES:
        raise ExpressionError(Message("The expression is too big: {count} parts, at most {limit}.",
                                      count=count, limit=MAX_NODES))
    checker = _Checker(text, python.strip(), where[len(python) - len(python.lstrip()):])
    checker.check(tree.body)
    return tree.body, checker.names


def build(text: str, values: dict[str, float] | None = None) -> Walk:
    """The graph of ``text`` with its variables set from ``values`` (1 where not given), as a ``Walk``."""
    body, names = parse(text)
    values = values or {}
    g = Graph()
    inputs = {name: g.input(name, values.get(name, 1.0)) for name in names}

    def node(n: ast.expr) -> Node:
        if isinstance(n, ast.Name):
            return inputs[n.id]
        if isinstance(n, ast.Constant):
            return g.const(n.value)
        if isinstance(n, ast.UnaryOp):
            if isinstance(n.operand, ast.Constant) and isinstance(n.op, ast.USub):
                value = n.operand.value
                assert isinstance(value, (int, float))
                return g.const(-value)
            inner = node(n.operand)
            return g.neg(inner) if isinstance(n.op, ast.USub) else inner
        if isinstance(n, ast.Call):
            assert isinstance(n.func, ast.Name)
            return getattr(g, n.func.id)(node(n.args[0]))
        assert isinstance(n, ast.BinOp)
        op = _BINOPS[type(n.op)]
        left = node(n.left)
        if op == "pow":
            p = constant_exponent(n.right)
            assert p is not None
            return g.pow(left, int(p) if float(p).is_integer() else p)
        return getattr(g, op)(left, node(n.right))

    node(body)
    return Walk(g, labels={g.output.name: "f"} if g.output.op != "input" else {}, ask=tuple(names))
