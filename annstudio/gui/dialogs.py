"""Small dialogs: About, Keyboard shortcuts (generated from the real actions), Preferences."""
from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .._version import __version__
from . import settings
from .i18n import current_language


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About annstudio"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>annstudio {__version__}</h2>")
        layout.addWidget(title)
        text = QLabel(self.tr(
            "A visual trainer for artificial neural networks.<br><br>"
            "Build a layer stack, choose a dataset and a backend — a from-scratch NumPy implementation "
            "or TensorFlow/Keras — and watch the network learn: loss curves, decision regions and "
            "activations, live. Models are saved as Keras-compatible .h5 files.<br><br>"
            "Made for learners of the Korean deep-learning course; the interface speaks Korean and English."))
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


_ACCELERATOR = re.compile(r"\s*\(&\w\)|&(?=\w)")


def _plain(text: str) -> str:
    """A menu text without its accelerator: "&Save" -> "Save", "저장(&S)" -> "저장"."""
    return _ACCELERATOR.sub("", text).replace("&&", "&")


def _menu_actions(menu: QMenu, path: str) -> Iterable[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()  # typed QObject; a QMenu in Qt Widgets
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub, f"{path} › {_plain(action.text())}")
        else:
            yield path, action


_F13, _F35, _SUPER_L = Qt.Key.Key_F13.value, Qt.Key.Key_F35.value, Qt.Key.Key_Super_L.value


def _dedicated(combination: QKeyCombination) -> bool:
    """A key most keyboards lack: F13–F35 and the named keys after them (Open, Save, Copy, Undo, Help...).

    Decided on the key code, not on its name, which Qt translates ("열기", "저장")."""
    key = combination.key().value
    return _F13 <= key <= _F35 or key >= _SUPER_L


def _keys_text(action: QAction) -> str:
    """The action's shortcuts as Qt writes them for this platform (``NativeText``: "Ctrl+S"), without the
    dedicated keys of some keyboards ("Open", "Save", "F14")."""
    keys = [k for k in action.shortcuts() if not k.isEmpty()]
    # QKeySequence[i] is its i-th key combination (PySide6's stubs lack __getitem__)
    keep = [k for k in keys if not any(_dedicated(k[i]) for i in range(k.count()))]  # type: ignore[index]


    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keep or keys)



#: an action property: the command's fixed name when its text changes (Undo: "Undo Fit the model to the data")
COMMAND_NAME = "commandName"


def shortcut_rows(menus: Iterable[QMenu], extra: Iterable[QAction] = (), extra_place: str = "") -> list[tuple[str, str, str]]:
    """``(menu, command, keys)`` for every action with a shortcut, in menu order (no duplicates); ``extra``
    actions, in no menu, are listed under ``extra_place`` (where they are: the training controls)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for menu in menus:
        for path, action in _menu_actions(menu, _plain(menu.title())):
            keys = action.shortcuts()
            if not keys or id(action) in seen:
                continue
            seen.add(id(action))
            text = _plain(action.property(COMMAND_NAME) or action.text()).rstrip(".…")
            rows.append((path, text, _keys_text(action)))
    for action in extra:
        keys = action.shortcuts()
        if keys and id(action) not in seen:
            seen.add(id(action))
            rows.append((extra_place, _plain(action.text()), _keys_text(action)))
    return rows


class ShortcutsDialog(QDialog):
    """A table of the window's real shortcuts (read from its actions, so it is never out of date)."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)


class PreferencesDialog(QDialog):
    """Language (System / English / 한국어); applied at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("System default"), "")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        form.addRow(self.tr("Language:"), self.language)
        layout.addLayout(form)
        self.note = QLabel(self.tr("A new language is used from the next start of annstudio."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData() or ""

    def accept(self) -> None:
        settings.set_language(self.chosen_language())
        super().accept()

    def needs_restart(self) -> bool:
        """True when the chosen language differs from the one the UI is in now."""
        from .i18n import resolve_language

        return resolve_language(self.chosen_language()) != current_language()


__all__ = ["AboutDialog", "PreferencesDialog", "ShortcutsDialog", "shortcut_rows"]
