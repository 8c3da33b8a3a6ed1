"""Backend selection: a broken TensorFlow install is a clear, fixable message, not a traceback."""
import sys

import pytest

from annstudio.engine.session import BackendUnavailable, backend_status, build_model
from annstudio.spec import ModelSpec


def test_broken_tensorflow_install_is_reported(monkeypatch):
    monkeypatch.setitem(sys.modules, "annstudio.backends.tensorflow.model", None)  # import raises ImportError
    monkeypatch.setattr("annstudio.backends.tensorflow.is_available", lambda: (True, ""))
    spec = ModelSpec.stack([2], [("Dense", {"units": 1})])
    with pytest.raises(BackendUnavailable, match="could not be loaded"):
        build_model(spec, "tensorflow")


def test_unknown_backend():
    ok, reason = backend_status("torch")
    assert not ok and "expected one of numpy, tensorflow" in reason
    with pytest.raises(BackendUnavailable, match="unknown backend 'torch'"):
        build_model(ModelSpec.stack([2], [("Dense", {"units": 1})]), "torch")
