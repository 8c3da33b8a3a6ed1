"""File › Export code › Python script… / Jupyter notebook…: the project as a program (``annstudio.export``).

The save dialog offers the script's style as its file type (a Keras script or a from-scratch NumPy script);
the file is written atomically and the status bar says where. A model the chosen style cannot express is
reported in a message box naming the layer.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..export import write_export
from ..messages import os_reason
from ..particles import with_particles
from .example_texts import example_text
from .i18n import render, render_error, translate


def script_filters() -> dict[str, str]:
    """The save dialog's file types for a script, by style."""
    return {
        "keras": translate("ExportCode", "Keras script (*.py)"),
        "numpy": translate("ExportCode", "NumPy script, written from scratch (*.py)"),
    }


def notebook_filter() -> str:
    return translate("ExportCode", "Jupyter notebook (*.ipynb)")


def export_code(window: Any, notebook: bool = False) -> bool:
    """Ask where (and, for a script, which style), write the export, say where in the status bar. A model
    that does not fit its data is refused first, as Play refuses it: the program would stop at its first
    layer. Data that is loading or is not on this machine (MNIST the program downloads) cannot be judged:
    the export goes ahead, as the CLI's does."""
    problem = window.training_problem() if window.dataset_panel.dataset is not None else None
    if problem:
        hint = window.training_fix_hint()
        QMessageBox.critical(window, translate("ExportCode", "Cannot export the project"),
                             translate("ExportCode", "{0}\nThe exported program would stop there too.").format(problem)
                             + (f"\n{hint}" if hint else ""))
        return False
    project = window.document.project.copy()
    if project.untitled and window.document.path is not None:   # saved since it was new
        project.name = window.document.path.stem
    # a bundled example's name and description in the window's language, as the window shows them (the
    # Korean notebook's cells opened with the example's English text)
    project.name, project.description = example_text(project.name), example_text(project.description)
    folder = window.document.path.parent if window.document.path is not None else Path(window._start_dir())
    if notebook:
        caption = translate("ExportCode", "Export the project as a Jupyter notebook")
        suggestion, filters = folder / f"{window.document.file_stem}.ipynb", notebook_filter()
    else:
        caption = translate("ExportCode", "Export the project as a Python script")
        suggestion, filters = folder / f"{window.document.file_stem}.py", ";;".join(script_filters().values())
    path, chosen = QFileDialog.getSaveFileName(window, caption, str(suggestion), filters)
    if not path:
        return False
    target = Path(path)
    if notebook:
        style = "notebook"
        target = target if target.suffix else target.with_suffix(".ipynb")
    else:
        style = next((s for s, f in script_filters().items() if f == chosen), "keras")
        target = target if target.suffix else target.with_suffix(".py")
    base = window.document.path.parent if window.document.path is not None else None
    try:
        write_export(project, target, style, base_dir=base)
    except ValueError as exc:   # a model the style cannot express, data it cannot read (MessageError, DataError)
        QMessageBox.critical(window, translate("ExportCode", "Cannot export the project"), render_error(exc))
        return False
    except OSError as exc:
        QMessageBox.critical(window, translate("ExportCode", "Cannot export the project"),
                             translate("ExportCode", "{0}: {1}").format(target, render(os_reason(exc))))
        return False
    names = {"keras": translate("ExportCode", "Keras script"), "numpy": translate("ExportCode", "NumPy script"),
             "notebook": translate("ExportCode", "Jupyter notebook")}
    window.statusBar().showMessage(
        with_particles(translate("ExportCode", "{0} written to {1}").format(names[style], str(target))), 10000)
    return True
