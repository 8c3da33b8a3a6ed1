"""The Keras program as a Jupyter notebook (nbformat 4 JSON, written directly: the format is plain JSON and
``nbformat`` need not be installed to write it; the tests validate it with ``nbformat``)."""
from __future__ import annotations

import json
import sys
from typing import Any

from ..project import Project
from .sections import Section


def _lines(text: str) -> list[str]:
    parts = text.rstrip("\n").split("\n")
    return [line + "\n" for line in parts[:-1]] + [parts[-1]]


def _markdown(text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": _lines(text)}


def _code(text: str) -> dict[str, Any]:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": _lines(text)}


def notebook_json(project: Project, imports: list[str], helpers: list[str], sections: list[Section]) -> str:
    intro = f"# {project.name}\n\n"
    if project.description:
        intro += project.description + "\n\n"
    intro += ("annstudio에서 만든 프로젝트를 Keras 코드로 옮긴 노트북입니다. 같은 데이터, 같은 모델, 같은 훈련 방법을 씁니다.\n\n"
              "The annstudio project as Keras code: the same data, model and training recipe. "
              "Run the cells from top to bottom.")
    cells = [_markdown(intro),
             _markdown("## 준비 / Setup\n\n라이브러리를 불러옵니다. / Import the libraries."),
             _code("\n".join(imports))]
    unique = list(dict.fromkeys(h.strip() for h in helpers))
    if unique:
        cells.append(_markdown("도우미 함수: annstudio와 똑같이 데이터를 나누고 스케일을 맞춥니다.\n\n"
                               "Helper functions: split and scale the data exactly as annstudio does."))
        cells.append(_code("\n\n\n".join(unique)))
    for section in sections:
        cells.append(_markdown(f"## {section.title_ko} / {section.title}\n\n{section.text_ko}\n\n{section.text}"))
        cells.append(_code(section.code))
    notebook = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": f"{sys.version_info.major}.{sys.version_info.minor}"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    for i, cell in enumerate(cells):   # nbformat 4.5 cells carry ids
        cell["id"] = f"cell-{i}"
    return json.dumps(notebook, ensure_ascii=False, indent=1) + "\n"
