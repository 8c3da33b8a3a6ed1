"""``Section``: one step of an exported program (a title and a sentence in English and Korean, and code)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    title: str
    title_ko: str
    text: str
    text_ko: str
    code: str


def ordered_imports(lines: list[str]) -> list[str]:
    """Unique import lines: ``import x`` lines first, then ``from x import y``, each group sorted."""
    unique = sorted(set(lines))
    return [line for line in unique if line.startswith("import ")] + \
        [line for line in unique if line.startswith("from ")]
