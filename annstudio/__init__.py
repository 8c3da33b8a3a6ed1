"""annstudio: a desktop visual trainer for artificial neural networks.

Python API: ``annstudio.Project`` (load/save ``.annproj``), ``annstudio.train(project, backend=...)``,
``annstudio.load_model(path, backend=...)``.
Importing ``annstudio`` imports neither Qt nor TensorFlow.
"""
from ._version import __version__
from .project import Project, TrainingConfig
from .spec import LayerSpec, ModelSpec


def train(project, backend="numpy", callbacks=(), **kwargs):
    """Train a ``Project`` and return its ``History`` (``history.history["loss"]``, ...; ``history.model``)."""
    from .engine.session import train as _train

    return _train(project, backend=backend, callbacks=callbacks, **kwargs)


def load_model(path, backend="numpy", device=None):
    """Open a Keras ``.h5`` (Keras' or annstudio's) safely: ``predict``, ``save``, ``summary()``, ``spec``."""
    from .models import load_model as _load_model

    return _load_model(path, backend=backend, device=device)


__all__ = ["LayerSpec", "ModelSpec", "Project", "TrainingConfig", "load_model", "train", "__version__"]
