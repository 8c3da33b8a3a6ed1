"""The model the user edits: plain data, validation, shapes, parameter counts, JSON and Keras configs."""
from .errors import SpecError
from .layers import ACTIVATIONS, INITIALIZERS, KERAS_ACTIVATIONS, LAYER_DEFAULTS, LAYER_KINDS, LayerSpec
from .model import LayerInfo, ModelSpec

__all__ = [
    "ACTIVATIONS", "INITIALIZERS", "KERAS_ACTIVATIONS", "LAYER_DEFAULTS", "LAYER_KINDS",
    "LayerInfo", "LayerSpec", "ModelSpec", "SpecError",
]
