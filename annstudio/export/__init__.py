"""Export a project as a program a learner can read and run: a Keras 3 script, a from-scratch NumPy
script or a Jupyter notebook of the Keras code (``export_text``, ``write_export``; docs/export.md).

The exported program loads the same data (same split, scaling and input features), builds the same
model and trains it with the same recipe, so its result matches annstudio's within run-to-run noise.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..messages import Message, MessageError, message_of
from ..project import Project, write_text_atomic
from .data_code import data_code
from .keras_code import check_keras_exportable, keras_imports, keras_sections
from .notebook import notebook_json
from .numpy_code import check_numpy_exportable, numpy_imports, numpy_sections
from .sections import Section, ordered_imports

STYLES = ("keras", "numpy", "notebook")
#: the file name ending each style writes
SUFFIXES = {"keras": ".py", "numpy": ".py", "notebook": ".ipynb"}


def docstring_text(text: str) -> str:
    """``text`` as it may stand inside a triple-quoted docstring and read back as itself: a project's name and
    description come from its file, and a stranger's could otherwise end the docstring (``\"\"\"``) and go on
    as code the learner runs, or break the script (a backslash, a NUL)."""
    out = []
    for ch in text:
        if ch == "\\" or ch == '"':
            out.append("\\" + ch)
        elif ch == "\n" or ch.isprintable():
            out.append(ch)
        else:   # control characters, line separators other than \n, lone surrogates
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


def _header(project: Project, style: str) -> str:
    what = {"keras": "Keras 3", "numpy": "from-scratch NumPy (forward, backward and update written out)"}[style]
    lines = [f'"""{docstring_text(project.name)}: the annstudio project as a {what} program.', ""]
    if project.description:
        lines += [docstring_text(project.description), ""]
    lines += ["Exported by annstudio: same data, same model, same training recipe. Run it with python.", '"""']
    return "\n".join(lines) + "\n"


def _script(project: Project, style: str, imports: list[str], helpers: list[str], sections: list[Section]) -> str:
    out = [_header(project, style), "\n".join(ordered_imports(imports)), ""]
    seen: list[str] = []
    for helper in helpers:
        if helper not in seen:
            seen.append(helper)
            out.append("\n" + helper.strip() + "\n")
    for section in sections:
        out.append(f"\n# ---- {section.title} " + "-" * max(3, 100 - len(section.title)))
        if section.text:
            out.append(f"# {section.text}")
        out.append(section.code.rstrip() + "\n")
    return "\n".join(out)


def export_text(project: Project, style: str = "keras", base_dir: str | os.PathLike | None = None) -> str:
    """The exported program (a ``.py`` text, or the ``.ipynb`` JSON for ``notebook``). Raises ``MessageError``
    for a style or model the export cannot write, or data it cannot read (a CSV file that is missing)."""
    if style not in STYLES:
        raise MessageError(Message("unknown export style {style!r}; expected one of {choices}", style=style,
                                   choices=", ".join(STYLES)))
    if style == "numpy":
        check_numpy_exportable(project)
    else:
        check_keras_exportable(project.model)
    base = Path(base_dir) if base_dir is not None else None
    try:
        data = data_code(project, base, use_keras=style != "numpy")
    except MessageError:
        raise
    except (ValueError, OSError) as exc:
        raise MessageError(Message("cannot export the data: {problem}", problem=message_of(exc))) from None
    if style == "numpy":
        return _script(project, style, numpy_imports(data), data.helpers, numpy_sections(project, data))
    sections = keras_sections(project, data, notebook=style == "notebook")
    if style == "keras":
        return _script(project, style, keras_imports(data, project), data.helpers, sections)
    return notebook_json(project, ordered_imports(keras_imports(data, project)), data.helpers, sections)


def write_export(project: Project, path: str | os.PathLike, style: str = "keras",
                 base_dir: str | os.PathLike | None = None) -> None:
    """Write ``export_text`` to ``path`` atomically (temp file + rename)."""
    text = export_text(project, style, base_dir)
    write_text_atomic(Path(path), text)


__all__ = ["STYLES", "SUFFIXES", "export_text", "write_export"]
