"""annstudio: a desktop visual trainer for artificial neural networks.

Python API: ``annstudio.Project`` (load/save ``.annproj``), ``annstudio.train(project, backend=...)``.
Importing ``annstudio`` imports neither Qt nor TensorFlow.
"""
__version__ = "0.1.0"

from .project import Project, TrainingConfig  # noqa: E402
from .spec import LayerSpec, ModelSpec  # noqa: E402


def train(project, backend="numpy", callbacks=(), **kwargs):
    """Train a ``Project`` and return its ``History`` (``history.history["loss"]``, ...; ``history.model``)."""
    from .engine.session import train as _train

    return _train(project, backend=backend, callbacks=callbacks, **kwargs)


__all__ = ["LayerSpec", "ModelSpec", "Project", "TrainingConfig", "train", "__version__"]
