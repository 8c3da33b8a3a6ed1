"""Checking a file-name template such as ModelCheckpoint's ``"ckpt_{epoch:03d}_{val_loss:.4f}.h5"``.

The template is filled in with ``str.format`` every epoch, so a template from a stranger's project could
ask for a field width of a billion characters (``{epoch:>1000000000}``: gigabytes of memory and a
gigabyte-long error line), for attributes or items (``{epoch.__class__}``) or for positional fields.
``template_problem`` accepts only named fields (``epoch`` and the names of logged values: plain
identifiers), the conversions ``!r``/``!s``/``!a`` and a standard format spec whose width and precision
stay within ``annstudio.limits``.
"""
from __future__ import annotations

import re
import string

from ..limits import MAX_FORMAT_PRECISION, MAX_FORMAT_WIDTH
from ..messages import Message

__all__ = ["template_problem"]

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# [[fill]align][sign][z][#][0][width][grouping][.precision][type]  (Python's format-spec mini-language)
_SPEC = re.compile(r"(?:.?[<>=^])?[+\- ]?z?#?0?(?P<width>\d*)[,_]?(?:\.(?P<precision>\d+))?[bcdeEfFgGnosxX%]?\Z",
                   re.DOTALL)


def template_problem(template: str) -> Message | None:
    """Why ``template`` cannot be a file-name template, or ``None`` when it can."""
    if not isinstance(template, str):
        return Message("must be text, got {value!r:.80}", value=template)
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        return Message("{problem} (double a brace to write it literally)", problem=str(exc))
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if not _NAME.match(name):
            return Message("field {{{field:.80}}}: only names such as {{epoch}} or {{val_loss}} may be filled in",
                           field=name)
        if conversion not in (None, "r", "s", "a"):
            return Message("field {{{field}}}: unknown conversion !{conversion:.20}", field=name,
                           conversion=conversion)
        match = _SPEC.match(spec or "")
        if match is None:
            return Message("field {{{field}}}: {spec!r:.80} is not a format such as 03d or .4f", field=name,
                           spec=spec)
        width, precision = match["width"] or "0", match["precision"] or "0"
        if len(width) > 6 or len(precision) > 6 or int(width) > MAX_FORMAT_WIDTH \
                or int(precision) > MAX_FORMAT_PRECISION:
            return Message("field {{{field}}}: width {width:.12} and precision {precision:.12} may be at most "
                           "{max_width} and {max_precision}", field=name, width=width, precision=precision,
                           max_width=MAX_FORMAT_WIDTH, max_precision=MAX_FORMAT_PRECISION)
    return None
