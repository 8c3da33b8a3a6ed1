"""The main window's menus and their actions (standard shortcuts from ``QKeySequence``)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..resources import example_projects
from . import settings
from .dialogs import COMMAND_NAME
from .export_code import export_code
from .file_actions import example_info, example_title
from .i18n import translate


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
    bar = window.menuBar()
    a = window.actions_by_name

    # ------------------------------------------------------------------ File
    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.setObjectName("menu_file")
    file_menu.addAction(_action(window, "new", translate("Menus", "&New"), window.new_project, QKeySequence.StandardKey.New,
                                translate("Menus", "Start a new project")))
    file_menu.addAction(_action(window, "open", translate("Menus", "&Open…"), window.open_dialog, QKeySequence.StandardKey.Open,
                                translate("Menus", "Open a project file (.annproj)")))
    window.recent_menu = file_menu.addMenu(translate("Menus", "Open &Recent"))
    window.recent_menu.setObjectName("menu_recent")
    window.examples_menu = file_menu.addMenu(translate("Menus", "&Examples"))
    window.examples_menu.setObjectName("menu_examples")
    for path in example_projects():
        action = window.examples_menu.addAction(literal_menu_text(example_title(path)))
        action.setObjectName(f"example_{path.stem}")
        action.setToolTip(example_info(path)[1])
        action.setStatusTip(example_info(path)[1])
        action.setData(str(path))
        action.triggered.connect(partial(lambda p, checked=False: window.open_example(p), path))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "save", translate("Menus", "&Save"), window.save, QKeySequence.StandardKey.Save,
                                translate("Menus", "Save the project")))
    file_menu.addAction(_action(window, "save_as", translate("Menus", "Save &As…"), window.save_as,
                                QKeySequence.StandardKey.SaveAs,
                                translate("Menus", "Save the project under a new name")))
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "import_h5", translate("Menus", "&Import Keras model (.h5, .keras)…"),
                                window.import_h5, None,
                                translate("Menus", "Replace the model with one from a Keras .h5 or .keras file")))
    file_menu.addAction(_action(window, "export_h5", translate("Menus", "&Export Keras model (.h5, .keras)…"),
                                window.export_h5, None,
                                translate("Menus", "Save the model and its weights as a Keras file (.h5 or .keras)")))
    export_menu = file_menu.addMenu(translate("Menus", "Export &code"))
    export_menu.setObjectName("menu_export_code")
    export_menu.addAction(_action(window, "export_python", translate("Menus", "&Python script…"),
                                  partial(export_code, window, False), None,
                                  translate("Menus", "Write the project as a runnable Keras or NumPy script")))
    export_menu.addAction(_action(window, "export_notebook", translate("Menus", "&Jupyter notebook…"),
                                  partial(export_code, window, True), None,
                                  translate("Menus", "Write the project as a Jupyter notebook of Keras code")))
    file_menu.addSeparator()
    quit_action = _action(window, "quit", translate("Menus", "&Quit"), window.close, QKeySequence.StandardKey.Quit)
    if quit_action.shortcuts() == []:
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    file_menu.addAction(quit_action)
    window.update_recent_menu()

    # ------------------------------------------------------------------ Edit
    edit_menu = bar.addMenu(translate("Menus", "&Edit"))
    edit_menu.setObjectName("menu_edit")
    edit_menu.setToolTipsVisible(True)   # a disabled layer action says why
    stack = window.document.undo_stack
    undo = stack.createUndoAction(window, translate("Menus", "&Undo"))
    undo.setObjectName("action_undo")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, translate("Menus", "&Redo"))
    redo.setObjectName("action_redo")
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)   # Ctrl+Shift+Z here; Ctrl+Y as on Windows too
    redo.setShortcuts(keys + [QKeySequence("Ctrl+Y")] if QKeySequence("Ctrl+Y") not in keys else keys)
    a["undo"], a["redo"] = undo, redo
    for action, name in ((undo, translate("Menus", "&Undo")), (redo, translate("Menus", "&Redo"))):
        action.setProperty(COMMAND_NAME, name)   # the shortcuts list says "Undo", not "Undo <the last edit>"
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(_action(window, "cut", translate("Menus", "Cu&t"), window.cut_layers, QKeySequence.StandardKey.Cut,
                                translate("Menus", "Cut the selected layers")))
    edit_menu.addAction(_action(window, "copy", translate("Menus", "&Copy"), window.copy_layers, QKeySequence.StandardKey.Copy,
                                translate("Menus", "Copy the selected layers")))
    edit_menu.addAction(_action(window, "paste", translate("Menus", "&Paste"), window.paste_layers,
                                QKeySequence.StandardKey.Paste, translate("Menus", "Paste layers after the selection")))
    edit_menu.addAction(_action(window, "duplicate", translate("Menus", "&Duplicate"), window.duplicate_layers,
                                QKeySequence("Ctrl+D"), translate("Menus", "Duplicate the selected layers")))
    # The Delete key only: the platform's StandardKey.Delete adds Ctrl+D on X11, which is Duplicate here.
    edit_menu.addAction(_action(window, "delete", translate("Menus", "&Delete layer"), window.delete_layers,
                                QKeySequence(Qt.Key.Key_Delete), translate("Menus", "Delete the selected layers")))
    edit_menu.addSeparator()
    edit_menu.addAction(_action(window, "edit_challenge", translate("Menus", "C&hallenge…"), window.edit_challenge, None,
                                translate("Menus", "For teachers: set the goal and the locked or hidden controls")))
    prefs = _action(window, "preferences", translate("Menus", "Pre&ferences…"), window.show_preferences,
                    QKeySequence.StandardKey.Preferences)
    if not prefs.shortcuts():
        prefs.setShortcut(QKeySequence("Ctrl+,"))
    edit_menu.addAction(prefs)

    # ------------------------------------------------------------------ View
    view_menu = bar.addMenu(translate("Menus", "&View"))
    view_menu.setObjectName("menu_view")
    window.view_menu = view_menu
    for dock in window.docks.values():
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addAction(_action(window, "reset_layout", translate("Menus", "Reset &layout"), window.reset_layout, None,
                                translate("Menus", "Put every panel back in its place")))

    # ------------------------------------------------------------------ Learn
    build_learn_menu(window, bar.addMenu(translate("Menus", "&Learn")))

    # ------------------------------------------------------------------ Help
    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.setObjectName("menu_help")
    help_menu.addAction(_action(window, "shortcuts", translate("Menus", "&Keyboard shortcuts"), window.show_shortcuts,
                                QKeySequence.StandardKey.HelpContents))
    help_menu.addAction(_action(window, "about", translate("Menus", "&About annstudio"), window.show_about))
    window.menus = [file_menu, edit_menu, view_menu, window.learn_menu, help_menu]


def literal_menu_text(text: str) -> str:
    """A name shown in a menu as it is: Qt reads "&" as the mark of a shortcut letter ("Wide & Deep" showed as
    "Wide _Deep", the space underlined), so each one is doubled."""
    return text.replace("&", "&&")


#: the notes' recipes, opened from the Learn menu as example projects (file stems in resources/examples)
RECIPES = ("gates_and", "xor_mlp", "iris", "fashion_mnist_mlp", "mnist_ann", "housing_regression", "housing_callbacks",
           "wide_and_deep")


def build_learn_menu(window, menu: QMenu) -> None:
    """The notes' chapters, each opening its lab, then the notes' recipes as example projects."""
    from .learn import LABS, open_lab

    menu.setObjectName("menu_learn")
    menu.setToolTipsVisible(True)
    window.learn_menu = menu
    chapters = {
        1: translate("Learn", "1. Neurons, perceptrons and logic gates"),
        2: translate("Learn", "2. The forward pass as matrices"),
        3: translate("Learn", "3. How a network learns"),
    }
    shown = None
    for lab in LABS:
        if lab.chapter != shown:
            menu.addSection(chapters[lab.chapter])
            shown = lab.chapter
        menu.addAction(_action(window, lab.action, lab.title() + "…", partial(open_lab, window, lab.key)))
    from .views.explain_actions import add_explain_actions

    add_explain_actions(window, menu)  # chapter 3 in the main window: explain a step, gradients
    from .sweep.dialog import open_sweep

    menu.addSection(translate("Learn", "Experiments"))
    menu.addAction(_action(window, "sweep", translate("Learn", "&Sweep settings…"), partial(open_sweep, window),
                           tip=translate("Learn", "Train every combination of one or two settings' values and "
                                                  "compare the runs")))
    menu.addAction(_action(window, "lr_race", translate("Learn", "Learning-rate r&ace"),
                           partial(open_sweep, window, True),
                           tip=translate("Learn", "Train four learning rates side by side and overlay their "
                                                  "loss curves")))
    menu.addSection(translate("Learn", "Recipes from the notes"))
    recipes = menu.addMenu(translate("Learn", "Open a &recipe"))
    recipes.setObjectName("menu_recipes")
    recipes.setToolTipsVisible(True)
    by_stem = {path.stem: path for path in example_projects()}
    for stem in RECIPES:
        path = by_stem.get(stem)
        if path is None:
            continue
        title, info = example_info(path)   # one read of the file per recipe
        action = recipes.addAction(literal_menu_text(title or stem))
        action.setObjectName(f"recipe_{stem}")
        action.setToolTip(info)
        action.setStatusTip(info)
        action.triggered.connect(partial(lambda p, checked=False: window.open_example(p), path))


def fill_recent_menu(window, menu: QMenu) -> None:
    menu.clear()
    files = settings.recent_files()
    for i, path in enumerate(files):
        action = menu.addAction(f"&{i + 1} {literal_menu_text(path.name)}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setData(str(path))
        action.triggered.connect(partial(lambda p, checked=False: window.open_path(p), path))
    if files:
        menu.addSeparator()
    clear = menu.addAction(translate("Menus", "Clear the list"))
    clear.setEnabled(bool(files))

    def clear_recent(checked: bool = False) -> None:
        settings.clear_recent_files()
        fill_recent_menu(window, menu)

    clear.triggered.connect(clear_recent)
    menu.setEnabled(True)
