"""The error raised for an invalid model description."""
from __future__ import annotations

from ..messages import Message


class SpecError(ValueError):
    """A model spec problem; ``layer`` names the layer at fault (``None`` for the whole model).

    ``message`` is usually a ``Message`` (translated by the GUI); the exception's text names the layer.
    """

    def __init__(self, message: str, layer: str | None = None):
        self.message = message
        self.layer = layer
        super().__init__(Message("layer {layer!r}: {problem}", layer=layer, problem=message) if layer else message)


class ConfigError(ValueError):
    """A training-configuration problem (loss, optimizer, metrics, callbacks), the setting named in the message."""
