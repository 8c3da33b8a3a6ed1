"""At start: offer to restore the work an instance that crashed or was killed left in the recovery folder.

The offer (a ``QMessageBox``, objectName ``recoveryOffer``) names the project and when it was saved;
Restore (``recoveryRestore``) opens it as it was (marked modified; with its own file, so Save writes
there; an untitled one stays untitled) and makes the saved weights the current model, as File › Import
.h5 does; Discard (``recoveryDiscard``) deletes the files; Later (``recoveryLater``) keeps them for the
next start. Several entries are offered one after another, newest first, until one is restored.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from ..particles import with_particles
from . import recovery_files
from .i18n import render_error, translate

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def saved_time(entry: recovery_files.Entry) -> str:
    """When the entry was saved, in the UI language's short date and time."""
    when = QDateTime.fromSecsSinceEpoch(int(entry.saved_at))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def offer_text(entry: recovery_files.Entry) -> tuple[str, str]:
    """(text, informative text) of the offer for ``entry``."""
    text = translate("Recovery", "annstudio did not close properly last time. "
                                 "Restore the unsaved work on “{0}”, saved {1}?").format(entry.name, saved_time(entry))
    if entry.has_weights and entry.epochs:
        weights = (translate("Recovery", "It includes the trained weights (after 1 epoch).") if entry.epochs == 1 else
                   translate("Recovery", "It includes the trained weights (after {0} epochs).").format(entry.epochs))
    elif entry.has_weights:
        weights = translate("Recovery", "It includes the model's weights.")
    else:
        weights = ""
    where = (translate("Recovery", "Save writes to {0}.").format(entry.original_path) if entry.original_path is not None
             else translate("Recovery", "The project has no file yet: Save asks where to keep it."))
    choices = translate("Recovery", "Restore opens it; Discard deletes it; Later keeps it for the next start.")
    return text, "\n".join(part for part in (weights, where, choices) if part)


def ask(entry: recovery_files.Entry, parent: QWidget | None) -> str:
    """Show the offer for ``entry``: ``RESTORE``, ``DISCARD`` or ``LATER``."""
    text, details = offer_text(entry)
    box = QMessageBox(QMessageBox.Icon.Question, translate("Recovery", "Restore unsaved work?"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("recoveryOffer")
    box.setInformativeText(details)
    restore = box.addButton(translate("Recovery", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("recoveryRestore")
    discard = box.addButton(translate("Recovery", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("recoveryDiscard")
    later = box.addButton(translate("Recovery", "&Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("recoveryLater")
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return RESTORE if clicked is restore else DISCARD if clicked is discard else LATER


def offer_recovery(window: Any, folder: Path | None = None) -> str | None:
    """Offer every entry left by an instance that is gone, newest first; returns the last answer (None
    when there was nothing to offer)."""
    autosaver = getattr(window, "autosaver", None)
    own = autosaver.stem if autosaver is not None else None
    if folder is None:
        folder = autosaver.folder if autosaver is not None else recovery_files.recovery_dir()
    answer = None
    for entry in recovery_files.recoverable(folder, own_stem=own):
        answer = ask(entry, window)
        if answer == DISCARD:
            recovery_files.discard_runs(entry)   # an untitled project's runs go with it
            recovery_files.remove_entry(entry.folder, entry.stem)
            continue
        if answer == LATER:
            continue  # this one next time; the older ones are offered now (Later hid them all)
        if answer == RESTORE and not restore(window, entry):
            continue  # it could not be read: offer the next one
        break
    return answer


def restore(window: Any, entry: recovery_files.Entry) -> bool:
    """Open ``entry`` in ``window``; its files are removed once the window holds the work (its own
    autosave writes it again). False (with an error box) when the project cannot be read."""
    from ..project import ProjectError

    if not window.maybe_save():
        return False
    try:
        project = recovery_files.load_project(entry)
    except ProjectError as exc:
        QMessageBox.critical(window, translate("Recovery", "Cannot restore the project"), render_error(exc))
        return False
    weights = recovery_files.load_weights(entry)
    example_dir = entry.example_dir if entry.original_path is None else None
    window._replace(project, entry.original_path, example_dir=example_dir)
    if entry.runs_folder is not None and entry.original_path is None:   # the untitled project's runs
        window.runs_panel.recorder.adopt_temp(entry.runs_folder)
        window.runs_panel.refresh()
    if weights is not None:
        window.runner.set_custom_weights(*weights, origin={"kind": "restored", "epochs": entry.epochs})
    window.document.undo_stack.resetClean()   # modified: the work is not in its file (if it has one)
    window._schedule_prepare()
    recovery_files.remove_entry(entry.folder, entry.stem)
    text = with_particles(translate("Recovery", "Restored “{0}” as it was saved {1}.").format(entry.name, saved_time(entry)))
    window.statusBar().showMessage(text, 10000)
    return True
