"""Layers on the system clipboard (copy, cut, paste) and in drag-and-drop payloads.

The payload is the JSON of ``LayerSpec.to_dict()`` for each layer, under our own MIME type
``application/x-annstudio-layers``, with the same JSON as plain text so layers can be pasted into a
text editor, mailed to a classmate and pasted back. Clipboard text comes from anywhere: it is parsed
with ``json`` only, its size is bounded, and every layer goes through ``LayerSpec.from_dict`` (kind and
setting names checked); anything else is "nothing to paste", never an exception.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard, QGuiApplication

from ...spec import LayerSpec

MIME_LAYERS = "application/x-annstudio-layers"

MAX_TEXT_CHARS = 1_000_000  # a pasted stack is a few KB; refuse to parse megabytes of random text
MAX_LAYERS = 1000


def layers_to_json(layers: list[LayerSpec]) -> str:
    return json.dumps([layer.to_dict() for layer in layers], indent=2)


def layers_from_json(text: str) -> list[LayerSpec] | None:
    """Layers from JSON text: a list of layer objects, one layer object, or a whole model (``{"layers": [...]}``).

    Returns ``None`` when the text is not such JSON (the paste action is then disabled).
    """
    if not isinstance(text, str) or len(text) > MAX_TEXT_CHARS:
        return None
    try:
        data: Any = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict) and isinstance(data.get("layers"), list):
        data = data["layers"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data or len(data) > MAX_LAYERS:
        return None
    try:
        layers = [LayerSpec.from_dict(item) for item in data]
    except (ValueError, TypeError):
        return None
    layers = [layer for layer in layers if layer.kind != "Input" and layer.name]
    return layers or None


def layers_to_mime(layers: list[LayerSpec], mime: QMimeData | None = None) -> QMimeData:
    """Put ``layers`` on ``mime`` (a new ``QMimeData`` by default) as our type and as plain text."""
    mime = mime if mime is not None else QMimeData()
    text = layers_to_json(layers)
    mime.setData(MIME_LAYERS, text.encode("utf-8"))
    mime.setText(text)
    return mime


def layers_from_mime(mime: QMimeData | None) -> list[LayerSpec] | None:
    """Layers carried by ``mime`` (our type first, then plain-text JSON), or ``None``."""
    if mime is None:
        return None
    if mime.hasFormat(MIME_LAYERS):
        raw = bytes(mime.data(MIME_LAYERS))
        if len(raw) <= MAX_TEXT_CHARS:
            try:
                return layers_from_json(raw.decode("utf-8"))
            except UnicodeDecodeError:
                return None
        return None
    if mime.hasText():
        return layers_from_json(mime.text())
    return None


def _clipboard(clipboard: QClipboard | None) -> QClipboard | None:
    return clipboard if clipboard is not None else QGuiApplication.clipboard()


def copy_layers(layers: list[LayerSpec], clipboard: QClipboard | None = None) -> bool:
    """Copy ``layers`` to the clipboard; returns False when there is nothing to copy."""
    layers = [layer for layer in layers if layer.kind != "Input"]
    board = _clipboard(clipboard)
    if not layers or board is None:
        return False
    board.setMimeData(layers_to_mime(layers))
    return True


def clipboard_layers(clipboard: QClipboard | None = None) -> list[LayerSpec] | None:
    """The layers on the clipboard, or ``None`` when it holds none."""
    board = _clipboard(clipboard)
    return layers_from_mime(board.mimeData()) if board is not None else None


def clipboard_has_layers(clipboard: QClipboard | None = None) -> bool:
    return clipboard_layers(clipboard) is not None
