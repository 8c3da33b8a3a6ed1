"""The from-scratch NumPy backend: layers, activations, losses, optimizers and initializers with Keras'
semantics, and ``NumpyModel``, which runs a ``ModelSpec`` (``build_model(spec, seed, dtype)``).
"""
from .activations import ACTIVATIONS, get_activation
from .losses import LOSSES, loss_from_config
from .model import NumpyModel, build_model
from .optimizers import OPTIMIZERS, optimizer_from_config

__all__ = [
    "ACTIVATIONS", "LOSSES", "OPTIMIZERS", "NumpyModel", "build_model", "get_activation", "loss_from_config",
    "optimizer_from_config",
]
