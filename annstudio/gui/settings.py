"""User preferences and window layout, stored with ``QSettings`` (versioned, with a migration step).

Everything goes through :func:`settings`, which always opens the same INI store
(``~/.config/annstudio/annstudio.ini`` on Linux), so tests can redirect it with
``QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tmp_dir)``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "annstudio"
APPLICATION = "annstudio"

#: bump when a key changes meaning; :func:`migrate` brings older stores up to date
SETTINGS_VERSION = 2
#: bump when the dock set changes, so an old ``saveState`` blob is not restored into a new layout
LAYOUT_VERSION = 1
MAX_RECENT = 8

# Not the group "general": in Qt's INI format that name is the file's [General] section, which another process
# reads back only as "General/...", so a "general/..." key was lost on restart (settings version 1).
LANGUAGE = "app/language"  # "" (system), "en", "ko"
RECENT_FILES = "app/recentFiles"
GEOMETRY = "window/geometry"
STATE = "window/state"
VERSION = "app/settingsVersion"
#: where settings version 1 kept them, as a new process reads them back
_LEGACY = {"General/language": LANGUAGE, "General/recentFiles": RECENT_FILES}
PACE = "training/pace"  # a key of gui/run/pace.py's PACES


def settings() -> QSettings:
    """The application's settings store (INI format, user scope)."""
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    migrate(store)
    return store


def migrate(store: QSettings) -> None:
    """Bring a store written by an older annstudio up to :data:`SETTINGS_VERSION`."""
    version = _int(store.value(VERSION, 0))
    if version >= SETTINGS_VERSION:
        return
    # Version 0 is "nothing written yet"; version 1 wrote "general/..." keys, read back as "General/...".
    for old, new in _LEGACY.items():
        if store.contains(old) and not store.contains(new):
            store.setValue(new, store.value(old))
    for old in (*_LEGACY, "General/settingsVersion"):
        store.remove(old)
    store.setValue(VERSION, SETTINGS_VERSION)


def language() -> str:
    """The preferred UI language: "" (follow the system), "en" or "ko"."""
    value = str(settings().value(LANGUAGE, "") or "")
    return value if value in ("", "en", "ko") else ""


def set_language(code: str) -> None:
    if code not in ("", "en", "ko"):
        raise ValueError(f"unknown language {code!r}; accepted: '' (system), 'en', 'ko'")
    settings().setValue(LANGUAGE, code)


def pace(default: str = "watchable") -> str:
    """The pace at which training is shown (a key of ``gui.run.pace.PACES``; checked there)."""
    return str(settings().value(PACE, default) or default)


def set_pace(key: str) -> None:
    settings().setValue(PACE, key)


def recent_files() -> list[Path]:
    """Recently opened or saved projects, newest first (files that vanished are left out)."""
    value = settings().value(RECENT_FILES, [])
    if isinstance(value, str):  # a one-item list can come back from QSettings as a plain string
        items: list[object] = [value] if value else []
    else:
        items = list(value) if isinstance(value, (list, tuple)) else []
    out: list[Path] = []
    for item in items:
        path = Path(str(item))
        if path.is_file() and path not in out:
            out.append(path)
    return out[:MAX_RECENT]


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files() if p.resolve() != path]
    files = files[:MAX_RECENT]
    settings().setValue(RECENT_FILES, [str(p) for p in files])
    return files


def clear_recent_files() -> None:
    settings().setValue(RECENT_FILES, [])


def save_window(window) -> None:
    """Remember the window's geometry and dock layout."""
    store = settings()
    store.setValue(GEOMETRY, window.saveGeometry())
    store.setValue(STATE, window.saveState(LAYOUT_VERSION))


def restore_window(window) -> bool:
    """Restore geometry and dock layout; False when nothing (usable) was stored."""
    store = settings()
    geometry = store.value(GEOMETRY)
    state = store.value(STATE)
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = bool(window.restoreGeometry(geometry))
    if isinstance(state, QByteArray) and not state.isEmpty():
        # restoreState refuses (returns False) a blob saved with another LAYOUT_VERSION.
        restored = bool(window.restoreState(state, LAYOUT_VERSION)) and restored
    return restored


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
