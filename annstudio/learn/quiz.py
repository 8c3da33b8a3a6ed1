"""Predict, then reveal: a lab asks the learner for a number before it shows it, and grades the answer.

A ``Question`` holds its prompt and the working shown afterwards (``Message``s, so the GUI translates
them), the right answer (one number or several) and a tolerance. ``grade(question, text)`` reads what the
learner typed — numbers separated by commas or spaces, ``2.2``, ``-0.7``, ``1/2``, ``1e-3`` — and returns a
``Grade`` saying whether it is right, with a message that names what was expected when it cannot be read.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..messages import Message
from ..typed_numbers import one_number, plain

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$")


@dataclass(frozen=True)
class Question:
    """``answer``: the right value(s); right means within ``abs_tol`` or ``rel_tol`` of each one."""

    prompt: str
    answer: float | tuple[float, ...]
    working: str = ""
    rel_tol: float = 1e-2
    abs_tol: float = 1e-3

    @property
    def answers(self) -> tuple[float, ...]:
        return self.answer if isinstance(self.answer, tuple) else (float(self.answer),)


@dataclass(frozen=True)
class Grade:
    correct: bool
    values: tuple[float, ...] | None   # what the learner typed, read as numbers (None: unreadable)
    message: str                        # a Message: "Right", "Not quite", or what could not be read


def parse_numbers(text: str) -> tuple[float, ...]:
    """Numbers typed as ``2.2``, ``1/2`` or ``1e-3``, separated by commas, semicolons or spaces.
    ``ValueError`` (carrying a ``Message``) names the part that is not a number."""
    parts = [p for p in re.split(r"[,;\s\[\]()]+", plain(text).strip()) if p]
    if not parts:
        raise ValueError(Message("type a number first"))
    out = []
    for part in parts:
        if "/" in part:
            top, _, bottom = part.partition("/")
            if _NUMBER.match(top) and _NUMBER.match(bottom) and float(bottom) != 0.0:
                out.append(float(top) / float(bottom))
                continue
        elif _NUMBER.match(part):
            value = float(part)
            if math.isfinite(value):
                out.append(value)
                continue
            raise ValueError(Message("{part!r} is too large to be a number here", part=part[:40]))   # 1e400
        raise ValueError(Message("{part!r} is not a number", part=part[:40]))
    return tuple(out)


def close(value: float, answer: float, rel_tol: float = 1e-2, abs_tol: float = 1e-3) -> bool:
    return math.isclose(value, answer, rel_tol=rel_tol, abs_tol=abs_tol)


def grade(question: Question, text: str) -> Grade:
    """Grade what the learner typed against ``question``."""
    answers = question.answers
    if len(answers) == 1:   # one number asked for: "1,100" is eleven hundred and "0,5" a half, as the fields read them
        typed = plain(text).strip().replace(" ", "")
        single = one_number(typed)
        if single != typed:
            text = single
    try:
        values = parse_numbers(text)
    except ValueError as exc:
        return Grade(False, None, exc.args[0])
    if len(values) != len(answers):
        expected = (Message("expected one number, you typed {typed}", typed=len(values)) if len(answers) == 1 else
                    Message("expected {count} numbers, you typed {typed}", count=len(answers), typed=len(values)))
        return Grade(False, values, expected)
    right = all(close(v, a, question.rel_tol, question.abs_tol) for v, a in zip(values, answers, strict=True))
    return Grade(right, values, Message("Right!") if right else Message("Not quite — look at the working."))


def format_answer(values: Sequence[float]) -> str:
    """The answer as shown after the reveal: up to 8 significant digits, commas between."""
    return ", ".join(f"{v:.8g}" for v in values)
