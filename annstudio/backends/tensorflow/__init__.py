"""The TensorFlow backend: a ``ModelSpec`` as a ``keras.Model`` trained by a compiled ``tf.function``.

This package is the only place in annstudio that imports TensorFlow or Keras, and importing the package
itself does not: ``model`` and ``devices`` import TensorFlow when they are imported, which the session
does only once the user picks this backend. ``is_available()`` answers without importing anything.

- ``model.build_model(spec, seed=None, dtype="float32", device=None) -> TFModel`` (``TrainableModel``)
- ``devices.list_devices()``, ``devices.resolve_device(device)``, ``devices.split_cpu(n)``
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from typing import Any

# TensorFlow's log level must be set before TensorFlow is imported: ruff sorts ``from . import _quiet`` after
# ``import tensorflow`` in ``model``/``devices``, so the package (always imported first) sets it.
from . import _quiet  # noqa: F401

INSTALL_HINT = "pip install 'annstudio[tensorflow]'"
#: the reason in a desktop bundle built without TensorFlow (the lean one): nothing to pip-install there
NOT_IN_BUILD = "this build of annstudio has no TensorFlow; the full desktop bundle has it"


#: held while ``model`` or ``devices`` (and with it TensorFlow) is imported: the window scans the devices in a
#: pool thread while a run on this backend may start in the training thread, and two threads importing
#: TensorFlow's circular modules at once can deadlock in Python's per-module import locks (``_DeadlockError``
#: "deadlock detected by _ModuleLock('tensorflow.python...')", the backend then disabled for the session)
IMPORT_LOCK = threading.Lock()


def load(module: str) -> Any:
    """This package's ``model`` or ``devices`` module, imported by one thread at a time (``IMPORT_LOCK``)."""
    with IMPORT_LOCK:
        return importlib.import_module(f"{__name__}.{module}")


def is_available() -> tuple[bool, str]:
    """(usable, reason): whether TensorFlow and Keras can be imported, found without importing them."""
    for module, what in (("tensorflow", "TensorFlow"), ("keras", "Keras")):
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):  # a broken or half-installed package
            found = False
        if not found:
            if getattr(sys, "frozen", False):  # a PyInstaller bundle: only its own modules can be imported
                return False, NOT_IN_BUILD
            return False, f"{what} is not installed; install it with: {INSTALL_HINT}"
    return True, ""


__all__ = ["IMPORT_LOCK", "INSTALL_HINT", "NOT_IN_BUILD", "is_available", "load"]
