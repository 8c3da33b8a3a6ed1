"""Import a table from a CSV file (standard library ``csv``; no pandas).

* delimiter: comma, semicolon or tab — detected from the first lines when ``"auto"``;
* header: detected when ``"auto"`` (the first row is a header when it has text where the
  other rows have numbers, or is all text);
* encoding: UTF-8 (with or without BOM), else CP949 (Korean Excel's "CSV" export);
* a feature column holds numbers, or texts only (a category such as "male"/"female"): a text column
  becomes one 0/1 feature per distinct text, in sorted order, named ``column=text`` (one-hot; at most
  ``MAX_CATEGORIES`` texts and half the rows, so an id or a name column is refused rather than blown
  up). A missing value (empty, NA, NaN, ?), a text among numbers or a decimal comma (1,5) stops the
  import with the column and the line number; ``ignore`` leaves columns out (an id, a name);
* a column with no header and no value in any row (Korean Excel ends every line of a sheet with ",," when cells
  to the right were once used) is not data: never a feature, never the default target; it keeps its place, so
  the indices of the other columns stay those of the file;
* a number written with thousands separators ("184,508", Excel's number format) is refused with how to save
  the file without them;
* columns are numbered from 0 everywhere, in messages as in the 'target' and 'ignore' parameters;
* the target (default: the last column with data) is a class label or a number. ``task="auto"`` treats
  text, or whole numbers with few distinct values (at most 20, and at most half the rows), as
  classes; anything else as regression. Classes become indices ``0..K-1`` in sorted order and
  ``class_names`` keeps the original labels.
"""
from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path
from typing import NamedTuple

import numpy as np

from ..limits import MAX_CSV_BYTES
from ..messages import Message, Term, quoted, short
from .columns import Column, Columns, find_column
from .dataset import DataError, Dataset
from .files import FileRefused, read_bytes
from .schema import Param, seed_param, standardize_param, test_ratio_param
from .splits import Standardizer, split_indices

NAME = "csv"

DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}
MISSING = {"", "na", "n/a", "nan", "null", "none", "?"}
MAX_AUTO_CLASSES = 20
#: the most distinct texts a text feature column may hold (each becomes a feature)
MAX_CATEGORIES = 20

PARAMS = {
    "path": Param("path", None, help=Term("the CSV file to import")),
    "target": Param("column", None, optional=True,
                    help="target column: its header name or 0-based index (-1 = last); default the last column with data"),
    "task": Param("choice", "auto", choices=("auto", "classification", "regression"),
                  help="what the target is; 'auto' decides from the values"),
    "delimiter": Param("choice", "auto", choices=("auto", "comma", "semicolon", "tab"),
                       aliases=((",", "comma"), (";", "semicolon"), ("\t", "tab"), ("\\t", "tab")),
                       help="field separator; 'auto' detects comma, semicolon or tab"),
    "header": Param("choice", "auto", choices=("auto", "yes", "no"), help="is the first row column names?"),
    "test_ratio": test_ratio_param(0.2),
    "seed": seed_param(),
    "standardize": standardize_param(True),
    "standardize_target": Param("bool", False, help="regression only: standardise the target too "
                                                    "(Dataset.y_standardizer maps predictions back)"),
    "ignore": Param("columns", None, optional=True,
                    help="columns to leave out (an id, a name): header names or 0-based indices, "
                         "separated by commas"),
}


#: a number written with thousands separators: 1,234 or -12,345,678.5
THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")


class Table(NamedTuple):
    """A CSV file's text fields (``read_table``)."""

    names: list[str]
    rows: list[list[str]]
    lines: list[int]            # each row's line number in the file
    has_header: bool
    delimiter: str
    #: columns with no header (any column, in a file without a header row) and no value in any row: not data
    empty: frozenset[int] = frozenset()
    #: columns whose header cell is empty: named ``column N`` (a file without a header: every column)
    unnamed: frozenset[int] = frozenset()


#: the largest magnitude a value keeps in float32, the dtype datasets are trained in
FLOAT32_MAX = float(np.finfo(np.float32).max)


def _err(message: str, param: str | None = None) -> DataError:
    return DataError(message, dataset=NAME, param=param)


def decoded_text(raw: bytes) -> str | None:
    """``raw`` as text: UTF-8 (a BOM or not), else CP949, as a Korean Excel saves plain "CSV"; ``None`` when
    it is neither."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None

def _read_text(path: Path) -> str:
    try:
        raw = read_bytes(path, MAX_CSV_BYTES)
    except FileRefused as exc:
        if exc.missing:
            raise _err(Message("parameter 'path' = {path!r}: no such file", path=str(path)), "path") from None
        raise _err(exc.message, "path") from None
    text = decoded_text(raw)
    if text is not None:
        return text
    raise _err(Message("{path}: not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'", path=path),
               "path")


def detect_delimiter(lines: list[str]) -> str:
    """Tab, semicolon or comma: the first that occurs equally often (at least once) in every sample line.

    Semicolon wins over comma on a tie because semicolon files use the comma as decimal separator.
    """
    sample = [line for line in lines if line.strip()][:20]
    for delim in ("\t", ";", ","):
        counts = {line.count(delim) for line in sample}
        if len(counts) == 1 and counts.pop() >= 1:
            return delim
    best = max(("\t", ";", ","), key=lambda d: sample[0].count(d) if sample else 0)
    return best if sample and sample[0].count(best) else ","


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _looks_like_header(rows: list[list[str]]) -> bool:
    first = rows[0]
    text_cols = [i for i, f in enumerate(first) if not _is_number(f) and f.strip().lower() not in MISSING]
    if not text_cols:
        return False
    if len(text_cols) == len(first):
        return True
    rest = rows[1:]
    return any(rest and all(_is_number(r[i]) for r in rest if r[i].strip().lower() not in MISSING) for i in text_cols)


def _resolve_target(target, table: Table, param: str = "target") -> int:
    """The 0-based index of the column ``target`` names (a header name, any case, or an index; negative
    counts from the end); ``None``: the last column with data. ``param`` names the parameter in messages."""
    names, has_header = table.names, table.has_header
    m = len(names)
    if target is None:
        return max((i for i in range(m) if i not in table.empty), default=m - 1)
    if isinstance(target, str):
        found = find_column(target, names) if has_header else None
        if found is not None:
            return found
        try:
            target = int(target.strip())
        except ValueError:
            if has_header:
                raise _err(Message("parameter {param!r} = {target!r} is not a column; accepted: a column name "
                                   "({names}) or an index 0..{last} or -{count}..-1", param=param, target=target,
                                   names=quoted(names), last=m - 1, count=m), param) from None
            raise _err(Message("parameter {param!r} = {target!r} is not a column; accepted: (the file has no "
                               "header row, so) an index 0..{last} or -{count}..-1", param=param, target=target,
                               last=m - 1, count=m), param) from None
    if not -m <= target < m:
        raise _err(Message("parameter {param!r} = {target} is out of range; accepted: an index 0..{last} or "
                           "-{count}..-1 (the file has {count} columns)", param=param, target=target, last=m - 1,
                           count=m), param)
    return target % m


def feature_columns(table: Table, target: int, ignore=None) -> list[int]:
    """The columns that become features: every one but the target, the empty ones and those ``ignore`` names."""
    ignored = {_resolve_target(column, table, "ignore") for column in ignore or ()}
    if target in ignored:
        raise _err(Message("parameter 'ignore' names the target {label}; the target cannot be left out — "
                           "choose another target, or remove it from 'ignore'",
                           label=column_label(target, table)), "ignore")
    columns = [i for i in range(len(table.names)) if i != target and i not in ignored and i not in table.empty]
    if not columns:
        raise _err(Message("no feature column is left: 'ignore' leaves out every column but the target"), "ignore")
    return columns


def _ends_inside_quotes(text: str, delim: str) -> bool:
    """Whether the file ends inside a quoted field: a quote left open takes every line after it into one field
    (a field may span lines when its quotes are closed: a text with a line break)."""
    try:
        for _ in csv.reader(io.StringIO(text), delimiter=delim, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def read_table(path: str | Path, delimiter: str = "auto", header: str = "auto", min_columns: int = 2) -> Table:
    """The file's text fields, blank lines skipped (``Table``). A data set needs ``min_columns`` 2 (a feature
    and the target); inputs to predict from, 1."""
    path = Path(path).expanduser()
    text = _read_text(path)
    if "\r" in text and "\n" not in text:   # old Mac line ends (Excel's "CSV (Macintosh)"): lines all the same
        text = text.replace("\r", "\n")
    head = text[:1 << 16].splitlines()   # the first lines decide; splitting all of a big file costs memory
    if len(text) > 1 << 16:
        head = head[:-1]                   # a line cut in the middle
    delim = DELIMITERS.get(delimiter) or detect_delimiter(head)
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        start = last = 0
        spans_lines = False
        for fields in reader:
            start, last = last + 1, reader.line_num
            spans_lines = spans_lines or any("\n" in f or "\r" in f for f in fields)
            fields = [f.strip() for f in fields]
            if not any(fields):
                continue
            rows.append(fields)
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise _err(Message("{path}: {problem}", path=path, problem=csv_problem(exc, reader.line_num))) from None
    if spans_lines and _ends_inside_quotes(text, delim):   # the last field took the rest of the file
        raise _err(Message("{path}: line {line}: a quoted field goes on past the end of the line (to line {end}, the "
                           "end of the file); a closing quote (\") is probably missing", path=path, line=start, end=last))
    if not rows:
        raise _err(Message("{path}: the file is empty", path=path))
    width = len(rows[0])
    for fields, line in zip(rows, lines, strict=True):
        if len(fields) != width:
            raise _err(Message("{path}: line {line} has {count} fields but line {first} has {width} "
                               "(delimiter {delimiter})", path=path, line=line, count=len(fields), first=lines[0],
                               width=width, delimiter=_delim_name(delim)))
    if width < min_columns:
        raise _err(Message("{path}: found only one column (delimiter {delimiter}); a data set needs at least "
                           "one feature column and a target column — check the 'delimiter' parameter", path=path,
                           delimiter=_delim_name(delim)))
    has_header = header == "yes" or (header == "auto" and _looks_like_header(rows))
    # the generated names stay 1-based: saved projects and model files name such columns so
    if has_header:
        unnamed = frozenset(i for i, n in enumerate(rows[0]) if not n)
        names = _distinct([n or f"column {i + 1}" for i, n in enumerate(rows[0])])
        rows, lines = rows[1:], lines[1:]
    else:
        unnamed = frozenset(range(width))
        names = [f"column {i + 1}" for i in range(width)]
    empty = frozenset(i for i in unnamed if not any(fields[i] for fields in rows))
    return Table(names, rows, lines, has_header, delim, empty, unnamed)


def _distinct(names: list[str]) -> list[str]:
    """Header names made distinct: a second "점수" (a sheet's repeated heading) becomes "점수 (2)", so every
    column can be named (the model file records the columns by name and refuses a name twice)."""
    taken: set[str] = set()
    out = []
    for name in names:
        unique, k = name, 1
        while unique in taken:
            k += 1
            unique = f"{name} ({k})"
        taken.add(unique)
        out.append(unique)
    return out


def csv_problem(exc: csv.Error, line: int) -> Message:
    """Why ``csv`` could not read a file, in words a learner understands."""
    if "field larger than field limit" in str(exc):
        return Message("line {line} has a field of more than {limit:,} characters, which is not a value "
                       "a data file holds", line=line, limit=csv.field_size_limit())
    return Message("not valid CSV near line {line} ({problem})", line=line, problem=str(exc))


def _delim_name(delim: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab"}[delim]


def column_label(i: int, table: Table) -> str:
    """Column ``i`` for a message: numbered from 0, as the 'target' and 'ignore' parameters take it, with its
    header name when it has one."""
    if table.has_header and i not in table.unnamed:
        return Message("column {number} ({name!r})", number=i, name=table.names[i])
    return Message("column {number}", number=i)


def text_categories(rows, col: int) -> list[str] | None:
    """The sorted distinct texts of column ``col`` when it holds texts only (no number, no missing value, no
    number written with a decimal comma, which the import refuses with its own hint): a category column,
    one-hot encoded as a feature; None otherwise."""
    values = {fields[col] for fields in rows}
    if any(v.lower() in MISSING or _is_number(v) or _is_number(v.replace(",", ".", 1)) or THOUSANDS.fullmatch(v)
           for v in values):
        return None
    return sorted(values)


def _feature_block(rows, lines, col: int, name: str, label: str, delim: str) -> tuple[np.ndarray, list[str], Column]:
    """Column ``col`` as features: ``(values (n, k), names, column)`` — one numeric feature, or one 0/1
    feature per text of a text column (``name=text``); ``column`` records which (``data.columns``)."""
    categories = text_categories(rows, col)
    if categories is None:
        return _parse_numbers(rows, lines, col, label, delim).reshape(-1, 1), [name], Column(name)
    limit = min(MAX_CATEGORIES, max(2, len(rows) // 2))   # more: an id or a name, not a category
    if len(categories) > limit:
        raise _err(Message("{label} holds {count} different texts in {rows} rows (e.g. {examples}); a text column "
                           "becomes one feature per text, at most {limit} here — leave it out with 'ignore' (an id "
                           "or a name), or encode it as numbers", label=label, count=len(categories), rows=len(rows),
                           examples=quoted(short(c) for c in categories[:3]), limit=limit))
    index = {text: k for k, text in enumerate(categories)}
    codes = np.fromiter((index[fields[col]] for fields in rows), dtype=np.intp, count=len(rows))
    return np.eye(len(categories))[codes], [f"{name}={text}" for text in categories], Column(name, tuple(categories))


def _parse_numbers(rows, lines, col: int, label: str, delim: str) -> np.ndarray:
    values = np.empty(len(rows), dtype=np.float64)
    for r, (fields, line) in enumerate(zip(rows, lines, strict=True)):
        field = fields[col]
        if field.lower() in MISSING:
            raise _err(Message("missing value in {label} at line {line} (data row {row}); "
                               "fill it in or delete the row", label=label, line=line, row=r + 1))
        try:
            value = float(field)
        except ValueError:
            if _thousands(field, delim):
                raise _thousands_error(rows, lines, col, label, delim) from None
            hint = ""
            if delim != "," and _is_number(field.replace(",", ".", 1)):
                hint = Term(" (decimal commas are not supported; write 1.5, not 1,5)")
            raise _err(Message("{label} is not numeric: {field!r} at line {line} (data row {row}){hint}, among "
                               "numbers; a feature column holds numbers, or texts only (each text then becomes a "
                               "feature) — correct the value, or leave the column out with 'ignore'",
                               label=label, field=field, line=line, row=r + 1, hint=hint)) from None
        if not math.isfinite(value):
            raise _err(Message("{label} has {field!r} at line {line} (data row {row}); only finite numbers are "
                               "accepted", label=label, field=field, line=line, row=r + 1))
        if abs(value) > FLOAT32_MAX:
            raise _err(Message("{label} has {field!r} at line {line} (data row {row}), beyond the largest number "
                               "training computes with (float32: ±{max:.4g})", label=label, field=field,
                               line=line, row=r + 1, max=FLOAT32_MAX))
        values[r] = value
    return values


def _thousands(field: str, delim: str) -> bool:
    """Whether ``field`` is a number written with thousands separators ("184,508"). In a semicolon or tab file
    "1,234" is read as a decimal comma (that import's hint), "1,234,567" and "1,234.5" as separators."""
    return bool(THOUSANDS.fullmatch(field)) and (delim == "," or field.count(",") > 1 or "." in field)


def _thousands_column(values: list[str], delim: str) -> bool:
    """Whether ``values`` are numbers, some written with thousands separators."""
    return any(_thousands(v, delim) for v in values) and all(_is_number(v) or _thousands(v, delim) for v in values)


def _thousands_error(rows, lines, col: int, label: str, delim: str) -> DataError:
    found = [r for r, fields in enumerate(rows) if _thousands(fields[col], delim)]
    first = found[0]
    return _err(Message("{label} holds numbers written with thousands separators ({count} of {rows} values, the "
                        "first {field!r} at line {line}), which are not read as numbers — save the file without "
                        "them (in Excel: Format Cells › Number, untick “Use 1000 Separator (,)”, then save as CSV "
                        "again), or delete the commas", label=label, count=len(found), rows=len(rows),
                        field=rows[first][col], line=lines[first]))


def load_csv(path: str, target=None, task: str = "auto", delimiter: str = "auto", header: str = "auto",
             test_ratio: float = 0.2, seed: int = 0, standardize: bool = True,
             standardize_target: bool = False, ignore=None) -> Dataset:
    table = read_table(path, delimiter, header)
    names, rows, lines, has_header, delim = table[:5]
    if len(rows) < 2:
        raise _err(Message("{path}: needs at least 2 data rows, found {count}", path=path, count=len(rows)))
    t = _resolve_target(target, table)
    feature_cols = feature_columns(table, t, ignore)
    blocks = [_feature_block(rows, lines, i, names[i] if has_header else f"x{k + 1}",
                             column_label(i, table), delim) for k, i in enumerate(feature_cols)]
    x = np.column_stack([values for values, _, _ in blocks])
    feature_names = [name for _, block_names, _ in blocks for name in block_names]

    target_label = column_label(t, table)
    raw = [fields[t] for fields in rows]
    for r, (value, line) in enumerate(zip(raw, lines, strict=True)):
        if value.lower() in MISSING:
            raise _err(Message("missing value in the target {label} at line {line} (data row {row}); "
                               "fill it in or delete the row", label=target_label, line=line, row=r + 1))
    numeric = all(_is_number(v) for v in raw)
    if not numeric and task != "classification" and _thousands_column(raw, delim):
        raise _thousands_error(rows, lines, t, Message("the target {label}", label=target_label), delim)
    if numeric:
        for r, (value, line) in enumerate(zip(raw, lines, strict=True)):
            if not math.isfinite(float(value)):
                raise _err(Message("the target {label} at line {line} (data row {row}) is {value!r}, not a finite "
                                   "number", label=target_label, line=line, row=r + 1, value=value))
    if task == "auto":
        if not numeric:
            task = "classification"
        else:
            values = np.array([float(v) for v in raw])
            distinct = len(np.unique(values))
            few = distinct <= min(MAX_AUTO_CLASSES, max(2, len(raw) // 2))
            task = "classification" if np.all(values == np.round(values)) and few else "regression"

    class_names = None
    if task == "regression":
        y = _parse_numbers(rows, lines, t, Message("the target {label}", label=target_label), delim).reshape(-1, 1)
        kind = "regression"
    else:
        if numeric:  # classes in numeric order, named like the numbers ("1", "2.5")
            numbers = [float(v) for v in raw]
            classes = sorted(set(numbers))
            class_names = [str(int(v)) if v == int(v) else repr(v) for v in classes]
            number_index = {v: i for i, v in enumerate(classes)}
            codes = [number_index[v] for v in numbers]
        else:  # classes in alphabetical order, named by the texts
            class_names = sorted(set(raw))
            text_index = {v: i for i, v in enumerate(class_names)}
            codes = [text_index[v] for v in raw]
        if len(class_names) < 2:
            raise _err(Message("the target {label} has only one class ({name!r}) in all {count} rows; "
                               "a classifier needs at least 2 classes — pick another target or task='regression'",
                               label=target_label, name=class_names[0], count=len(raw)))
        y = np.array(codes, dtype=np.int64)
        kind = "binary" if len(class_names) == 2 else "multiclass"

    rng = np.random.default_rng(seed)
    train, test = split_indices(len(x), test_ratio, rng, labels=None if kind == "regression" else y)
    x_train, x_test, y_train, y_test = x[train], x[test], y[train], y[test]
    x_scaler = y_scaler = None
    if standardize:
        x_scaler = Standardizer.fit(x_train)
        x_train, x_test = x_scaler.transform(x_train), x_scaler.transform(x_test)
    if kind == "regression" and standardize_target:
        y_scaler = Standardizer.fit(y_train)
        y_train, y_test = y_scaler.transform(y_train), y_scaler.transform(y_test)

    try:
        return Dataset(
            name=NAME,
            x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test,
            task=kind, class_names=class_names, feature_names=feature_names,
            description=(f"{Path(path).name}: {len(rows)} rows, {len(feature_names)} feature(s), "
                         f"target {target_label} ({kind})."),
            x_standardizer=x_scaler, y_standardizer=y_scaler,
            columns=Columns(tuple(column for _, _, column in blocks)),
        )
    except DataError as exc:
        raise _err(Message("{path}: {problem}", path=path, problem=exc.message)) from None

