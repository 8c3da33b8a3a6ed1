"""Qt's own texts that its Korean catalogue (``qtbase_ko.qm`` of the PySide6 wheel) leaves in English.

Qt 6 renamed a few of its file-dialog labels (``"Look in:"`` became ``"&Look in:"``, the file list's
"Folder" moved to another context) and the Korean catalogue it ships still holds only the old texts, so
the file dialog showed "Look in:", "Files of type:" and "Folder" in the Korean UI. Marked here in Qt's
own contexts, they get Korean in ``annstudio_ko.ts``; our translator is installed after Qt's
(``gui/i18n.py``), so Qt's widgets find them there.
``tests/gui/test_catalogue.py`` opens a Qt file dialog in Korean and fails on any English label.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate reads it); returns it unchanged."""
    return text


TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save &as:"),
    # the file list's "Type" column (Qt 6 moved these from QFileDialog to QAbstractFileIconProvider)
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def file_type_folder() -> str:
    """Qt's "Folder" in the file list's Type column; it carries a disambiguation, so it is marked with
    ``translate`` (lupdate reads the third argument) rather than ``QT_TRANSLATE_NOOP``."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")
