"""``loads``: ``json.loads`` for text from strangers' files, with a nesting limit checked first.

Python's ``json`` parser recurses once per ``[``/``{``: about 1,000 nested brackets raise
``RecursionError`` (a traceback, not a message), and anything a little shallower still reaches the
recursive code that walks the result (``copy.deepcopy``, the config checks). No real project or Keras
config nests deeper than a few dozen levels (a Functional layer's ``inbound_nodes`` is about 10), so
text that nests deeper than ``MAX_DEPTH`` is refused before it is parsed. Numbers Python cannot hold
(an integer of more than 4,300 digits) are refused the same way: ``JSONTextError`` carries a ``Message``.
"""
from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from ..messages import Message, MessageError

#: deepest nesting of ``[``/``{`` accepted
MAX_DEPTH = 100

_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


class JSONTextError(MessageError):
    """JSON text that is too deeply nested or holds a number Python cannot read (not a syntax error:
    those raise ``json.JSONDecodeError`` as usual)."""


def nesting_depth(text: str) -> int:
    """How deeply ``[``/``{`` nest in JSON text (brackets inside strings do not count)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    if not brackets:
        return 0
    return max(accumulate(1 if c in "[{" else -1 for c in brackets))


def loads(text: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads(text)``; ``JSONTextError`` when it nests deeper than ``max_depth`` or holds a number
    too large to read, ``json.JSONDecodeError`` for a syntax error."""
    if isinstance(text, (bytes, bytearray)):
        text = text.decode("utf-8")
    depth = nesting_depth(text)
    if depth > max_depth:
        raise JSONTextError(Message(
            "the JSON text nests {depth} levels deep; at most {max_depth} are accepted",
            depth=depth, max_depth=max_depth))
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:   # a deep nesting the count above missed (defensive)
        raise JSONTextError(Message(
            "the JSON text nests too deeply; at most {max_depth} levels are accepted",
            max_depth=max_depth)) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise JSONTextError(Message("the JSON text holds a number that cannot be read ({problem})",
                                    problem=str(exc))) from None
