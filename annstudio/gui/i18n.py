"""Translations: annstudio's own messages (``resources/translations/annstudio_<lang>.qm``) and Qt's.

The UI speaks Korean or English. The language is the user's preference (Preferences, stored in
QSettings) or, when that is "System", the system locale: Korean for a ``ko`` locale, else English.
English is the source language, so for English only Qt's own catalogue is loaded.
"""
from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..messages import CONTEXT, Message, Term, message_of
from ..particles import with_particles
from ..resources import resource_path

LANGUAGES = ("en", "ko")

# The translators installed in each application, kept alive as long as it is (and removed on a switch).
_INSTALLED: weakref.WeakKeyDictionary[QCoreApplication, list[QTranslator]] = weakref.WeakKeyDictionary()


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` for module-level code (lupdate reads the literal context)."""
    return QCoreApplication.translate(context, text)


def render(text: object) -> str:
    """A message from the layers below the GUI, in the UI language.

    A ``Message`` is looked up by its English template (context ``"Messages"``) and filled with its
    arguments; arguments that are messages or terms are rendered the same way, others are shown as they
    are. A ``Term`` is translated; any other text is returned unchanged (it has no translation).
    """
    if isinstance(text, Message):
        template = QCoreApplication.translate(CONTEXT, text.template)
        args = {key: render(value) if isinstance(value, (Message, Term)) else value
                for key, value in text.args.items()}
        try:
            return with_particles(template.format(**args))
        except (KeyError, IndexError, ValueError, AttributeError):
            return str(text)  # a translation with a broken placeholder: English rather than nothing
    if isinstance(text, Term):
        return QCoreApplication.translate(CONTEXT, str(text))
    return "" if text is None else str(text)


def render_error(exc: BaseException) -> str:
    """The message an exception carries, in the UI language (``render`` of ``message_of``)."""
    return render(message_of(exc))


def system_language() -> str:

    """"ko" for a Korean system locale, else "en"."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Korean or locale.name().lower().startswith("ko"):
        return "ko"
    for name in locale.uiLanguages():
        if name.lower().startswith("ko"):
            return "ko"
    return "en"


def resolve_language(preference: str | None) -> str:
    """The language to use: the preference when it is "en"/"ko", otherwise the system's."""
    return preference if preference in LANGUAGES else system_language()


def translations_dir() -> Path:
    return resource_path("translations")


def catalogue(language: str) -> Path:
    """Path of annstudio's compiled catalogue for ``language`` (it may not exist for "en")."""
    return translations_dir() / f"annstudio_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load and install the translators for ``language`` ("en"/"ko"), replacing earlier ones.

    Returns the installed translators (references are kept for the app too, so they are not collected).
    """
    for old in _INSTALLED.get(app, []):
        QCoreApplication.removeTranslator(old)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        QCoreApplication.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = QTranslator(app)
    path = catalogue(language)
    if path.is_file() and own.load(str(path)):
        QCoreApplication.installTranslator(own)
        installed.append(own)
    _INSTALLED[app] = installed
    app.setProperty("annstudio_language", language)
    QLocale.setDefault(locale if language == "ko" else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return installed


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("annstudio_language") if app is not None else None
    return value if value in LANGUAGES else "en"
