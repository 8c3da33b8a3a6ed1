"""Without TensorFlow: the session says how to install it; importing the backend package needs no TensorFlow."""
import importlib.util
import subprocess
import sys

import pytest

from annstudio.backends import tensorflow as tf_backend
from annstudio.engine import session
from annstudio.spec import ModelSpec

SPEC = ModelSpec.stack([2], [("Dense", {"units": 1, "activation": "sigmoid"})])


@pytest.fixture
def no_tensorflow(monkeypatch):
    real = importlib.util.find_spec

    def find_spec(name, *args, **kwargs):
        if name == "tensorflow" or name.startswith("tensorflow."):
            return None
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_backend_status_and_build_model_give_the_install_hint(no_tensorflow):
    assert tf_backend.INSTALL_HINT == "pip install 'annstudio[tensorflow]'"
    ok, reason = session.backend_status("tensorflow")
    assert not ok and tf_backend.INSTALL_HINT in reason and "TensorFlow is not installed" in reason
    with pytest.raises(session.BackendUnavailable, match=r"pip install 'annstudio\[tensorflow\]'"):
        session.build_model(SPEC, backend="tensorflow")
    assert tf_backend.is_available() == (False, f"TensorFlow is not installed; install it with: {tf_backend.INSTALL_HINT}")
    assert session.backend_status("numpy") == (True, "")


def test_available_when_installed():
    pytest.importorskip("tensorflow")
    assert tf_backend.is_available() == (True, "")
    assert session.backend_status("tensorflow") == (True, "")


def test_importing_the_backend_package_imports_no_tensorflow():
    code = ("import sys, annstudio.backends.tensorflow as b; b.is_available(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('tensorflow', 'keras')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
