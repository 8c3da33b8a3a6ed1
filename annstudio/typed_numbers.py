"""Numbers as learners type or paste them, made plain for ``float()``.

A minus sign copied from a PDF or a slide is often U+2212 (−) or a dash (‒, –); a Korean input method in
full-width mode types －０．５. Python's ``float`` reads none of these ("−0.5" is "not a number"), so every
place that reads a typed number passes the text through :func:`plain` first.
"""
from __future__ import annotations

import re
import unicodedata

#: dashes standing for a minus (NFKC maps the full-width and small hyphen-minus, but not these)
_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-"})


def plain(text: str) -> str:
    """``text`` with full-width forms made ASCII (NFKC) and minus-like dashes made ``-``."""
    return unicodedata.normalize("NFKC", text).translate(_MINUS)


#: a number written with thousands separators, as Korean and English write it: "1,000", "12,345.5" (not "0,001"
#: nor "1,5", which read as decimal commas where a comma is not a list's separator)
THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?([eE][+-]?\d+)?$")
#: one number written with a decimal comma ("0,5", "-2,25"), not digits grouped in threes ("1,100")
DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+$")


def one_number(text: str) -> str:
    """``text`` (no spaces) read as one number's: commas between groups of three digits dropped ("1,000" ->
    "1000"), a decimal comma made a point ("0,5" -> "0.5"); other text as it is. The number fields and the
    labs' quizzes read a number alike."""
    if THOUSANDS.match(text):
        return text.replace(",", "")
    if DECIMAL_COMMA.match(text):
        return text.replace(",", ".")
    return text
