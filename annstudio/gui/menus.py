"""The main window's menus and their actions (standard shortcuts from ``QKeySequence``)."""
from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..resources import example_projects
from . import settings
from .file_actions import example_title


def _action(window, name: str, text: str, slot=None, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"action_{name}")
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)  # every platform binding, e.g. Delete and Backspace on macOS
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(lambda checked=False: slot())
    window.actions_by_name[name] = action
    return action


def build_menus(window) -> None:
    """Create File, Edit, View and Help on ``window`` (a ``MainWindow``)."""
    tr = window.tr
    bar = window.menuBar()
    a = window.actions_by_name

    # ------------------------------------------------------------------ File
    file_menu = bar.addMenu(tr("&File"))
    file_menu.setObjectName("menu_file")
    file_menu.addAction(_action(window, "new", tr("&New"), window.new_project, QKeySequence.StandardKey.New,
                                tr("Start a new project")))
    file_menu.addAction(_action(window, "open", tr("&Open…"), window.open_dialog, QKeySequence.StandardKey.Open,
                                tr("Open a project file (.annproj)")))
    window.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    window.recent_menu.setObjectName("menu_recent")
    window.examples_menu = file_menu.addMenu(tr("&Examples"))
    window.examples_menu.setObjectName("menu_examples")
    for path in example_projects():
        action = window.examples_menu.addAction(example_title(path))
        action.setData(str(path))
        action.triggered.connect(partial(lambda p, checked=False: window.open_example(p), path))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "save", tr("&Save"), window.save, QKeySequence.StandardKey.Save,
                                tr("Save the project")))
    file_menu.addAction(_action(window, "save_as", tr("Save &As…"), window.save_as, QKeySequence.StandardKey.SaveAs,
                                tr("Save the project under a new name")))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "import_h5", tr("&Import Keras .h5…"), window.import_h5, None,
                                tr("Replace the model with one from a Keras .h5 file")))
    file_menu.addAction(_action(window, "export_h5", tr("&Export .h5…"), window.export_h5, None,
                                tr("Save the model and its weights as a Keras-compatible .h5 file")))
    file_menu.addSeparator()
    quit_action = _action(window, "quit", tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    if quit_action.shortcuts() == []:
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    file_menu.addAction(quit_action)
    window.update_recent_menu()

    # ------------------------------------------------------------------ Edit
    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.setObjectName("menu_edit")
    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, tr("&Undo"))
    undo.setObjectName("action_undo")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, tr("&Redo"))
    redo.setObjectName("action_redo")
    redo.setShortcuts(QKeySequence.StandardKey.Redo)
    a["undo"], a["redo"] = undo, redo
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(_action(window, "cut", tr("Cu&t"), window.cut_layers, QKeySequence.StandardKey.Cut,
                                tr("Cut the selected layers")))
    edit_menu.addAction(_action(window, "copy", tr("&Copy"), window.copy_layers, QKeySequence.StandardKey.Copy,
                                tr("Copy the selected layers")))
    edit_menu.addAction(_action(window, "paste", tr("&Paste"), window.paste_layers, QKeySequence.StandardKey.Paste,
                                tr("Paste layers after the selection")))
    edit_menu.addAction(_action(window, "duplicate", tr("&Duplicate"), window.duplicate_layers,
                                QKeySequence("Ctrl+D"), tr("Duplicate the selected layers")))
    edit_menu.addAction(_action(window, "delete", tr("&Delete layer"), window.delete_layers,
                                QKeySequence.StandardKey.Delete, tr("Delete the selected layers")))
    edit_menu.addSeparator()
    prefs = _action(window, "preferences", tr("Pre&ferences…"), window.show_preferences,
                    QKeySequence.StandardKey.Preferences)
    if not prefs.shortcuts():
        prefs.setShortcut(QKeySequence("Ctrl+,"))
    edit_menu.addAction(prefs)

    # ------------------------------------------------------------------ View
    view_menu = bar.addMenu(tr("&View"))
    view_menu.setObjectName("menu_view")
    window.view_menu = view_menu
    for dock in window.docks.values():
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addAction(_action(window, "reset_layout", tr("Reset &layout"), window.reset_layout, None,
                                tr("Put every panel back in its place")))

    # ------------------------------------------------------------------ Help
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.setObjectName("menu_help")
    help_menu.addAction(_action(window, "shortcuts", tr("&Keyboard shortcuts"), window.show_shortcuts,
                                QKeySequence.StandardKey.HelpContents))
    help_menu.addAction(_action(window, "about", tr("&About annstudio"), window.show_about))
    window.menus = [file_menu, edit_menu, view_menu, help_menu]


def fill_recent_menu(window, menu: QMenu) -> None:
    menu.clear()
    files = settings.recent_files()
    for i, path in enumerate(files):
        action = menu.addAction(f"&{i + 1} {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setData(str(path))
        action.triggered.connect(partial(lambda p, checked=False: window.open_path(p), path))
    if files:
        menu.addSeparator()
    clear = menu.addAction(window.tr("Clear the list"))
    clear.setEnabled(bool(files))
    clear.triggered.connect(lambda checked=False: (settings.clear_recent_files(), fill_recent_menu(window, menu)))
    menu.setEnabled(True)
