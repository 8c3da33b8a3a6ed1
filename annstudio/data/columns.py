"""Which columns of a data file a model reads, recorded so ``predict`` takes rows as the file has them.

A CSV data set turns each feature column into one feature (a number) or, for a column of texts, one 0/1
feature per text (``성별=남``, ``성별=여``: ``csv_import``). :class:`Columns` keeps those columns by name, with
the texts of each text column, and does the same to the rows of another file: the columns are taken by their
header names (any order; other columns, such as the target, are left out) or, in a file without a header, by
position, and a text becomes the 0/1 features it became in training. The scaling recorded beside it
(``scaling``) then applies to the result as it did to the training data.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..messages import Message, quoted, short
from .errors import DataError

#: the most texts one recorded text column may list (``csv_import.MAX_CATEGORIES`` is 20)
MAX_RECORDED_CATEGORIES = 1000


@dataclass(frozen=True)
class Column:
    """One column of the data file: its header name (``x1``, ``x2``... in a file without one) and, for a text
    column, its texts in the order of their features."""

    name: str
    categories: tuple[str, ...] | None = None

    @property
    def width(self) -> int:
        return len(self.categories) if self.categories else 1


@dataclass(frozen=True)
class Columns:
    columns: tuple[Column, ...]

    @property
    def width(self) -> int:
        """The number of features the columns make."""
        return sum(column.width for column in self.columns)

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    def to_list(self) -> list[dict[str, Any]]:
        return [{"name": c.name, **({"categories": list(c.categories)} if c.categories else {})} for c in self.columns]

    @classmethod
    def from_list(cls, data: Any, size: int) -> Columns:
        """Checked: a list of ``{"name": text}`` or ``{"name": text, "categories": [distinct texts]}`` that
        makes ``size`` features; ``DataError`` says what is wrong otherwise."""
        if not isinstance(data, list) or not data:
            raise DataError(Message("the columns must be a list of {{'name': ..., 'categories': [...]}}"))
        columns = []
        for item in data:
            if (not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]
                    or set(item) - {"name", "categories"}):
                raise DataError(Message("each column must be {{'name': text}} or {{'name': text, 'categories': "
                                        "[texts]}}; got {value!r}", value=short(item)))
            categories = item.get("categories")
            if categories is not None:
                if (not isinstance(categories, list) or not categories or len(categories) > MAX_RECORDED_CATEGORIES
                        or not all(isinstance(c, str) for c in categories) or len(set(categories)) != len(categories)):
                    raise DataError(Message("the categories of column {name!r} must be 1 to {limit} different texts",
                                            name=short(item["name"]), limit=MAX_RECORDED_CATEGORIES))
                categories = tuple(categories)
            columns.append(Column(item["name"], categories))
        result = cls(tuple(columns))
        if len(set(result.names)) != len(result.names):
            raise DataError(Message("the columns name one column twice: {names}", names=short(quoted(result.names))))
        if result.width != size:
            raise DataError(Message("the columns make {count} features but the model takes {size}",
                                    count=result.width, size=size))
        return result

    # ------------------------------------------------------------------ another file's rows
    def pick(self, names: list[str], has_header: bool) -> tuple[list[int], bool] | None:
        """The index in a table of each recorded column, and whether they were found by name: by header name
        (exact, else ignoring case and spaces around it) when the table's header names them all; by position
        when the table has exactly these many columns and its header names none of them (or it has none);
        ``None`` when neither fits (the rows may be the features already). ``DataError`` when a header names
        some columns but not all."""
        if has_header:
            found = [find_column(name, names) for name in self.names]
            if all(index is not None for index in found):
                return [index for index in found if index is not None], True
            if any(index is not None for index in found):
                missing = [name for name, index in zip(self.names, found, strict=True) if index is None]
                raise DataError(Message("no column named {missing}: the model reads the columns {names} of its "
                                        "data file (the file's header has {header})",
                                        missing=short(quoted(missing)), names=short(quoted(self.names)),
                                        header=short(quoted(names))))
        return (list(range(len(names))), False) if len(names) == len(self.columns) else None

    def as_data_row(self, fields: list[str]) -> np.ndarray | None:
        """The features of a row of fields taken by position when these columns encode it (a number in each
        numeric column, a known text in each text column), else ``None``: is a "header" a data row?"""
        if len(fields) != len(self.columns):
            return None
        try:
            return self.encode([fields], [0], list(range(len(fields))))
        except DataError:
            return None

    def encode(self, rows: list[list[str]], lines: list[int], indices: list[int]) -> np.ndarray:
        """The features of ``rows`` (text fields; ``lines`` their line numbers) from the table columns
        ``indices`` (``pick``): numbers as they are, a text as the 0/1 features it had in training."""
        out = np.zeros((len(rows), self.width), dtype=np.float64)
        start = 0
        for column, index in zip(self.columns, indices, strict=True):
            lookup = {text: k for k, text in enumerate(column.categories)} if column.categories else None
            for r, (fields, line) in enumerate(zip(rows, lines, strict=True)):
                field = fields[index]
                if lookup is None:
                    try:
                        out[r, start] = float(field)
                    except ValueError:
                        raise DataError(Message("line {line}, column {name!r}: {field!r} is not a number",
                                                line=line, name=short(column.name), field=short(field))) from None
                elif field in lookup:
                    out[r, start + lookup[field]] = 1.0
                else:
                    raise DataError(Message("line {line}, column {name!r}: {field!r} is not one of the texts the "
                                            "model was trained on ({texts})", line=line, name=short(column.name),
                                            field=short(field), texts=short(quoted(column.categories))))
            start += column.width
        return out


def find_column(name: str, names: list[str]) -> int | None:
    """The index of the column called ``name`` in a header (exact, else ignoring case and spaces around it)."""
    if name in names:
        return names.index(name)
    lowered = [n.strip().lower() for n in names]
    key = name.strip().lower()
    return lowered.index(key) if key in lowered else None
