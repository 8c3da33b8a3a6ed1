"""Parameter schemas: what each dataset accepts, for the GUI (controls), the CLI and project files.

A ``Param`` says its ``type`` — one of ``PARAM_TYPES`` —, default, range or choices and a one-line
help text. ``Param.coerce`` turns a value (also the text a user typed on the command line:
``"500"``, ``"0.2"``, ``"true"``) into the right Python type or raises ``DataError`` naming the
dataset, the parameter, the bad value and what is accepted.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..messages import Message, Term, joined
from .dataset import DataError
from .features import DEFAULT as DEFAULT_FEATURES, FEATURES, check as check_features

#: ``int``/``float``: number with ``min``/``max``; ``bool``; ``choice``: one of ``choices``;
#: ``str``; ``path``: a file or folder path (str); ``column``: a CSV column name or 0-based index
#: (negative counts from the end); ``columns``: a list of those (text: separated by commas);
#: ``features``: a list of input features of a 2-D set (``data.features``).
PARAM_TYPES = ("int", "float", "bool", "choice", "str", "path", "column", "columns", "features")

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


@dataclass(frozen=True)
class Param:
    """One dataset parameter. ``optional``: ``None`` is accepted (and is the "not set" value)."""

    type: str
    default: Any = None
    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None
    optional: bool = False
    help: str = ""
    #: other spellings accepted for a choice, e.g. ``{";": "semicolon"}``
    aliases: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.type not in PARAM_TYPES:
            raise ValueError(f"unknown parameter type {self.type!r}; accepted: {', '.join(PARAM_TYPES)}")
        if self.type == "choice" and not self.choices:
            raise ValueError("a 'choice' parameter needs choices")

    @property
    def required(self) -> bool:
        """A parameter without a default that must be given (the CSV ``path``)."""
        return self.default is None and not self.optional

    def accepted(self) -> str:
        """What is accepted, in words (a ``Message``), for error messages and tooltips."""
        text: str
        if self.type == "choice":
            text = Message("one of {choices}", choices=", ".join(repr(c) for c in self.choices or ()))
        elif self.type in ("int", "float"):
            word = Term("an integer") if self.type == "int" else Term("a number")
            if self.min is not None and self.max is not None:
                text = Message("{word} from {low} to {high}", word=word, low=_num(self.min), high=_num(self.max))
            elif self.min is not None:
                text = Message("{word} >= {low}", word=word, low=_num(self.min))
            elif self.max is not None:
                text = Message("{word} <= {high}", word=word, high=_num(self.max))
            else:
                text = word
        elif self.type == "bool":
            text = Term("true or false")
        elif self.type == "path":
            text = Term("a path (text)")
        elif self.type == "column":
            text = Term("a column name or a 0-based column index (negative counts from the end)")
        elif self.type == "columns":
            text = Term("column names or 0-based column indices, separated by commas")
        elif self.type == "features":
            text = Message("a list of input features from {names}", names=joined(FEATURES))
        else:
            text = Term("text")
        return Message("{accepted} (or none)", accepted=text) if self.optional else text

    def coerce(self, value: Any, dataset: str | None = None, name: str = "?") -> Any:
        """The value converted to this parameter's type; ``DataError`` when it is not accepted."""

        def bad(why: str = "") -> DataError:
            return DataError(Message("parameter {name!r} = {value!r} is not accepted{why}; accepted: {accepted}",
                                     name=name, value=value, why=why, accepted=self.accepted()),
                             dataset=dataset, param=name)

        if isinstance(value, str) and value in dict(self.aliases):
            value = dict(self.aliases)[value]
        if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "null")
                             and self.type != "str"):
            if self.optional:
                return None
            if self.required:
                raise DataError(Message("parameter {name!r} is required ({what})", name=name,
                                        what=self.help or self.accepted()), dataset=dataset, param=name)
            raise bad(Term(" (a value is required)"))
        t = self.type
        if t == "features":
            return _coerce_features(value, dataset, name)
        if t == "bool":
            if isinstance(value, (bool,)) or type(value).__name__ == "bool_":
                return bool(value)
            if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
                return value.strip().lower() in _TRUE
            if isinstance(value, int) and value in (0, 1):
                return bool(value)
            raise bad()
        if t in ("int", "float"):
            if isinstance(value, bool):
                raise bad()
            try:
                number = float(value.strip()) if isinstance(value, str) else float(value)
            except (TypeError, ValueError, OverflowError):
                raise bad() from None
            if not math.isfinite(number):
                raise bad()
            if t == "int":
                if number != int(number):
                    raise bad(Term(" (not a whole number)"))
                number = int(number)
            if (self.min is not None and number < self.min) or (self.max is not None and number > self.max):
                raise bad(Term(" (out of range)"))
            return number
        if t == "choice":
            text = str(value).strip()
            text = dict(self.aliases).get(text, text)
            choices = self.choices or ()  # never empty for a "choice" (__post_init__)
            if text in choices:
                return text
            lowered = {c.lower(): c for c in choices}
            if text.lower() in lowered:
                return lowered[text.lower()]
            raise bad()
        if t == "columns":
            parts = value.split(",") if isinstance(value, str) else value
            if not isinstance(parts, (list, tuple)):
                raise bad()
            columns = [_column(part) for part in parts if not (isinstance(part, str) and not part.strip())]
            if any(column is None for column in columns):
                raise bad()
            return columns or None
        if t == "column":
            if isinstance(value, bool):
                raise bad()
            if isinstance(value, int):
                return value
            if isinstance(value, float) and math.isfinite(value) and value == int(value):
                return int(value)
            if isinstance(value, str):
                return value
            raise bad()
        # str / path
        if not isinstance(value, str):
            if hasattr(value, "__fspath__"):
                return str(value.__fspath__())
            raise bad()
        return value

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description (for ``annstudio --list-datasets`` and the GUI)."""
        out: dict[str, Any] = {"type": self.type, "default": self.default}
        for key in ("min", "max"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.choices:
            out["choices"] = list(self.choices)
        if self.optional:
            out["optional"] = True
        if self.required:
            out["required"] = True
        if self.help:
            out["help"] = self.help
        return out


def _column(value: Any) -> int | str | None:
    """One entry of a ``columns`` value: an index, or text (a name, or an index typed as text: the loader
    tries it as a header name first, as it does ``target``); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value == int(value) else None
    return value.strip() if isinstance(value, str) else None


def _coerce_features(value: Any, dataset: str | None, name: str) -> list[str]:
    """A features choice as a list of names; text "x1, x2, x1*x2" (the command line) is split at commas."""
    names = [part.strip() for part in value.split(",") if part.strip()] if isinstance(value, str) else value
    try:
        return list(check_features(names))
    except DataError as exc:
        raise DataError(Message("parameter {name!r} = {value!r} is not accepted: {problem}", name=name, value=value,
                                problem=exc.message), dataset=dataset, param=name) from None


def features_param() -> Param:
    """The input features of a 2-D set (toy sets and gates): which functions of (x1, x2) the model gets."""
    return Param("features", list(DEFAULT_FEATURES),
                 help="input features computed from (x1, x2), e.g. x1, x2, x1*x2 (the TensorFlow Playground's)")


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def validate_params(dataset: str, schema: Mapping[str, Param], params: Mapping[str, Any]) -> dict[str, Any]:
    """All parameters of ``schema``: the given ones coerced and checked, the rest at their defaults."""
    unknown = [key for key in params if key not in schema]
    if unknown:
        accepted = joined(schema) if schema else Term("no parameters")
        raise DataError(Message("unknown parameter {name!r} = {value!r}; accepted: {accepted}", name=unknown[0],
                                value=params[unknown[0]], accepted=accepted), dataset=dataset, param=unknown[0])
    out: dict[str, Any] = {}
    for key, param in schema.items():
        if key in params:
            out[key] = param.coerce(params[key], dataset, key)
        elif param.required:
            raise DataError(Message("parameter {name!r} is required ({what})", name=key,
                                    what=param.help or param.accepted()), dataset=dataset, param=key)

        else:
            out[key] = param.default
    return out


# --------------------------------------------------------------------- shared parameter definitions
def seed_param() -> Param:
    return Param("int", 0, min=0, max=2**32 - 1, help="random seed: the same seed gives the same data and split")


def test_ratio_param(default: float) -> Param:
    return Param("float", default, min=0.1, max=0.9, help="fraction of the samples held out as the test set")


def standardize_param(default: bool = True) -> Param:
    return Param("bool", default, help="standardise features (mean 0, std 1) with statistics of the training part only")
