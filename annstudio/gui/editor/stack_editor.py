"""``StackEditor``: the layer stack as cards, edited by drag & drop, keyboard and clipboard.

Every edit goes through ``StackModel`` / ``annstudio.gui.editor.commands`` as one undoable command; the view
redraws when the document announces the new spec. The selection is kept by layer name across edits,
undo and redo, so the inspector keeps showing the layer the learner was working on.

Keyboard (the view has focus): Delete removes the selected layers, Ctrl+Up / Ctrl+Down move them one
place. Ctrl+D (duplicate), Ctrl+C/X/V are the main window's Edit menu; it calls the methods here. The
Input layer cannot be cut, copied, duplicated, moved or deleted: those actions are disabled while only it
is selected, and ``edit_block_reason()`` says why (the actions' tooltip).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QMenu, QToolTip, QVBoxLayout, QWidget

from ...spec import edits
from ..document import ProjectDocument
from ..i18n import render
from . import commands
from .card_delegate import PROBLEM_COLOR, LayerCardDelegate
from .layer_clipboard import clipboard_has_layers, clipboard_layers, copy_layers
from .stack_model import IsInputRole, StackModel


class StackView(QListView):
    """The card list. While it has focus it claims Delete and Ctrl+Up/Down, even when a menu action
    elsewhere uses the same keys, and turns them into ``sigDeleteRequested`` / ``sigMoveRequested(step)``."""

    sigDeleteRequested = Signal()
    sigMoveRequested = Signal(int)  # -1 up, +1 down

    def _command_for(self, event: QKeyEvent) -> tuple[str, int] | None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.NoModifier:
            return "delete", 0
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == Qt.KeyboardModifier.ControlModifier:
            return "move", -1 if key == Qt.Key.Key_Up else 1
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._command_for(event) is not None:
            event.accept()  # deliver the key to keyPressEvent instead of a shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._command_for(event)
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if command[0] == "delete":
            self.sigDeleteRequested.emit()
        else:
            self.sigMoveRequested.emit(command[1])

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 1:
            return
        # Only the Input so far: say how to add layers, under its card.
        top = self.visualRect(model.index(0, 0)).bottom() + 12 if model.rowCount() else 12
        painter = QPainter(self.viewport())
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        rect = QRect(12, top, self.viewport().width() - 24, self.viewport().height() - top - 8)
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         self.tr("Drag layers here from the palette,\nor select one there and press Enter."))
        painter.end()


class StackEditor(QWidget):
    """The layer stack (objectName ``stackEditor``): cards, totals line, selection, clipboard, keyboard."""

    sigSelectionChanged = Signal(list)   # names of the selected layers, in stack order
    sigCanPasteChanged = Signal(bool)    # the clipboard now holds (or no longer holds) layers

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stackEditor")
        self._document = document
        self._read_only = False
        self._read_only_reason = ""
        self._emitted: list[str] = []
        self._saved: tuple | None = None
        self._restoring = False
        # Connected before the model: a different project starts with nothing selected.
        document.sigReplaced.connect(self._forget_selection)

        self._model = StackModel(document, self)
        self._view = StackView(self)
        self._view.setObjectName("stackView")
        self._view.setAccessibleName(self.tr("Layer stack"))
        self._view.setAccessibleDescription(
            self.tr("Layers from input to output. Delete removes the selected layers; Ctrl+Up and Ctrl+Down move them."))
        self._view.setModel(self._model)
        self._view.setItemDelegate(LayerCardDelegate(self._view))
        self._view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self._view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._view.setDropIndicatorShown(True)
        self._view.setDragDropOverwriteMode(False)
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._view.setResizeMode(QListView.ResizeMode.Adjust)
        self._view.setMouseTracking(True)
        self._view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self._totals = QLabel(self)
        self._totals.setObjectName("stackTotals")
        self._totals.setWordWrap(True)
        self._totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._totals.setContentsMargins(6, 2, 6, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._view, 1)
        layout.addWidget(self._totals)

        self._model.modelAboutToBeReset.connect(self._remember_selection)
        self._model.modelReset.connect(self._after_reset)
        self._model.sigLayersInserted.connect(self.select_names)
        self._view.selectionModel().selectionChanged.connect(self._emit_selection)
        self._view.sigDeleteRequested.connect(self._delete_key)
        self._view.sigMoveRequested.connect(self._move_keys)
        self._view.customContextMenuRequested.connect(self._context_menu)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            # A bound method, not a lambda: Qt drops the connection when this widget is deleted,
            # while the application-wide clipboard lives on.
            clipboard.dataChanged.connect(self._on_clipboard_changed)
        self._update_totals()

    # ------------------------------------------------------------------ parts
    @property
    def document(self) -> ProjectDocument:
        return self._document

    @property
    def model(self) -> StackModel:
        return self._model

    @property
    def view(self) -> StackView:
        return self._view

    @property
    def totals_label(self) -> QLabel:
        return self._totals

    def attach_palette(self, palette) -> None:
        """Append a layer when the palette's kind is activated (double-click or Enter)."""
        palette.sigActivated.connect(self.append_kind)

    # ------------------------------------------------------------------ selection
    def selected_names(self) -> list[str]:
        """Names of the selected layers, in stack order."""
        model = self._view.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model is not None else []
        names = self._model.names()
        return [names[row] for row in rows if 0 <= row < len(names)]

    def select(self, name: str | None) -> None:
        """Select just the layer ``name`` (nothing when None or unknown) and scroll to it."""
        self.select_names([name] if name else [])

    def select_names(self, names: list[str]) -> None:
        rows = [row for row in (self._model.row_of(name) for name in names) if row >= 0]
        self._select_rows(rows)

    def _select_rows(self, rows: list[int], current: int | None = None) -> None:
        selection_model = self._view.selectionModel()
        selection = QItemSelection()
        for row in rows:
            index = self._model.index(row, 0)
            selection.select(index, index)
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        focus = current if current is not None else (rows[-1] if rows else None)
        if focus is not None and 0 <= focus < self._model.rowCount():
            index = self._model.index(focus, 0)
            selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self._view.scrollTo(index)
        self._emit_selection()

    def _emit_selection(self, *_args) -> None:
        if self._restoring:
            return
        names = self.selected_names()
        if names != self._emitted:
            self._emitted = names
            self.sigSelectionChanged.emit(list(names))

    def _forget_selection(self) -> None:
        self._saved = None
        self._view.selectionModel().clear()
        self._emit_selection()

    def _remember_selection(self) -> None:
        current = self._view.currentIndex()
        self._saved = (self.selected_names(), self._model.names(),
                       current.row() if current.isValid() else -1, self._view.verticalScrollBar().value())
        self._restoring = True

    def _after_reset(self) -> None:
        self._restoring = False
        saved, self._saved = self._saved, None
        self._update_totals()
        if saved is None:
            self._emit_selection()
            return
        selected, old_names, current_row, scroll = saved
        new_names = self._model.names()
        rows: list[int] = []
        for name in selected:
            row = self._model.row_of(name)
            if row < 0 and len(new_names) == len(old_names):
                # Renamed (by the inspector, or undo of a rename): same place, a name that is new here.
                old_row = old_names.index(name)
                if new_names[old_row] not in old_names:
                    row = old_row
            if row >= 0:
                rows.append(row)
        current = None
        if 0 <= current_row < len(old_names):
            current = self._model.row_of(old_names[current_row])
            if current < 0:
                current = rows[-1] if rows else min(current_row, len(new_names) - 1)
        self._view.verticalScrollBar().setValue(scroll)
        self._select_rows(sorted(rows), current if current is not None and current >= 0 else None)

    # ------------------------------------------------------------------ totals
    def _update_totals(self) -> None:
        totals = self._model.totals()
        if totals is not None:
            trainable, frozen = totals
            text = self.tr("Total params: {0} · Trainable: {1} · Non-trainable: {2}").format(
                f"{trainable + frozen:,}", f"{trainable:,}", f"{frozen:,}")
            self._totals.setText(text)
            self._totals.setToolTip("")
            self._totals.setStyleSheet("")
            return
        problem = self._model.first_problem()
        name, message = problem if problem is not None else (None, "")
        message = render(message)

        if name:
            text = self.tr("⚠ {0}: {1}").format(name, message)
        else:
            text = self.tr("⚠ {0}").format(message)
        self._totals.setText(text)
        self._totals.setToolTip(text)
        self._totals.setStyleSheet(f"color: {PROBLEM_COLOR.name()};")

    def totals_text(self) -> str:
        return self._totals.text()

    # ------------------------------------------------------------------ edits
    def _editable_selection(self) -> list[str]:
        """The selected layers that may be moved, deleted or copied (everything but the Input)."""
        return [name for name in self.selected_names()
                if not self._model.index(self._model.row_of(name), 0).data(IsInputRole)]

    def _delete_key(self) -> None:
        if not self.delete_selected():
            self._say_why_not()

    def _move_keys(self, step: int) -> None:
        if not self.move_selected(step) and not self._editable_selection():
            self._say_why_not()

    def _say_why_not(self) -> None:
        """The Delete or Ctrl+Up/Down keys did nothing: say why, at the selected card."""
        reason = self.edit_block_reason()
        names = self.selected_names()
        if reason and names:
            rect = self._view.visualRect(self.index_of(names[0]))
            QToolTip.showText(self._view.viewport().mapToGlobal(rect.center()), reason, self._view)

    def edit_block_reason(self) -> str:
        """Why Cut, Copy, Duplicate, Delete and Move have nothing to act on ("" when they have)."""
        if self._editable_selection():
            return ""
        if self.selected_names():   # only the Input is selected
            return self.tr("The Input layer cannot be cut, copied, duplicated, moved or deleted: "
                           "every model starts with it.")
        return self.tr("Select a layer in the stack first.")

    def append_kind(self, kind: str) -> str | None:
        """Append a new layer of ``kind`` at the end of the stack and select it; returns its name."""
        added = self._model.add_kind(kind, self._model.rowCount())
        return added[0] if added else None

    def delete_selected(self) -> bool:
        """Remove the selected layers (never the Input) as one command; the next layer becomes selected."""
        names = self._editable_selection()
        if not names:
            return False
        first = min(self._model.row_of(name) for name in names)
        commands.remove_layers(self._document, names)
        self._select_after_removal(first)
        return True

    def _select_after_removal(self, first_row: int) -> None:
        count = self._model.rowCount()
        if count:
            self._select_rows([min(first_row, count - 1)])

    def duplicate_selected(self) -> list[str]:
        """Insert copies of the selected layers after the last of them; the copies become selected."""
        names = self._editable_selection()
        if not names:
            return []
        before = set(self._model.names())
        commands.duplicate_layers(self._document, names)
        added = [name for name in self._model.names() if name not in before]
        if added:
            self.select_names(added)
        return added

    def move_selected(self, step: int) -> bool:
        """Move the selected layers one place up (``step=-1``) or down (``+1``) as one command."""
        names = self._editable_selection()
        return bool(names) and self._model.shift_names(names, step)

    def copy_selected(self) -> bool:
        """Copy the selected layers (not the Input) to the clipboard."""
        names = self._editable_selection()
        spec = self._model.spec
        return copy_layers([spec.layer(name).copy() for name in names]) if names else False

    def cut_selected(self) -> bool:
        """Copy the selected layers, then remove them (one command)."""
        names = self._editable_selection()
        if not names or not self.copy_selected():
            return False
        first = min(self._model.row_of(name) for name in names)
        commands.edit_spec(self._document, self.tr("Cut {0}").format(", ".join(names)),
                           lambda s: edits.remove_layers(s, names))
        self._select_after_removal(first)
        return True

    def _on_clipboard_changed(self) -> None:
        self.sigCanPasteChanged.emit(self.can_paste())

    def can_paste(self) -> bool:
        return clipboard_has_layers()

    def paste(self) -> list[str]:
        """Insert the clipboard's layers after the selection (at the end when nothing is selected);
        names are made unique. The pasted layers become selected; returns their names."""
        layers = clipboard_layers()
        if not layers:
            return []
        rows = [self._model.row_of(name) for name in self.selected_names()]
        row = max(rows) + 1 if rows else self._model.rowCount()
        return self._model.insert_copies(layers, row, self.tr("Paste {0}"))

    # ------------------------------------------------------------------ context menu
    def _context_menu(self, pos) -> None:
        editable = bool(self._editable_selection()) and not self.read_only
        reason = self._read_only_reason if self.read_only else self.edit_block_reason()
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        entries = [
            (self.tr("Cut"), QKeySequence.StandardKey.Cut, self.cut_selected, editable),
            (self.tr("Copy"), QKeySequence.StandardKey.Copy, self.copy_selected, bool(self._editable_selection())),
            (self.tr("Paste"), QKeySequence.StandardKey.Paste, self.paste, self.can_paste() and not self.read_only),
            None,
            (self.tr("Duplicate"), QKeySequence("Ctrl+D"), self.duplicate_selected, editable),
            (self.tr("Delete"), QKeySequence(Qt.Key.Key_Delete), self.delete_selected, editable),
            None,
            (self.tr("Move Up"), QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1), editable),
            (self.tr("Move Down"), QKeySequence("Ctrl+Down"), lambda: self.move_selected(1), editable),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, keys, slot, enabled = entry
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.setEnabled(enabled)
            if not enabled and slot is not self.paste:
                action.setToolTip(reason)
            action.triggered.connect(lambda _checked=False, f=slot: f())
        menu.exec(self._view.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ read-only while training runs
    def set_read_only(self, on: bool, reason: str = "") -> None:
        """Show the stack without letting it be edited (training runs): no drag and drop, edits in the
        context menu disabled, ``reason`` as the tooltip. The document refuses model edits anyway."""
        self._read_only = bool(on)
        self._read_only_reason = reason
        self._view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if on
                                   else QAbstractItemView.DragDropMode.DragDrop)
        self._view.setAcceptDrops(not on)
        self._view.setToolTip(reason if on else "")

    @property
    def read_only(self) -> bool:
        return self._read_only

    def index_of(self, name: str) -> QModelIndex:
        return self._model.index(self._model.row_of(name), 0)
