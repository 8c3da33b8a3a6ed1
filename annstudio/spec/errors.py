"""The error raised for an invalid model description."""
from __future__ import annotations


class SpecError(ValueError):
    """A model spec problem; ``layer`` names the layer at fault (``None`` for the whole model)."""

    def __init__(self, message: str, layer: str | None = None):
        self.message = message
        self.layer = layer
        super().__init__(f"layer {layer!r}: {message}" if layer else message)


class ConfigError(ValueError):
    """A training-configuration problem (loss, optimizer, metrics, callbacks), the setting named in the message."""
