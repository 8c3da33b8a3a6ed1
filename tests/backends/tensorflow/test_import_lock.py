"""TensorFlow is imported by one thread at a time: the window's device scan (a pool thread) and a run started
on the TensorFlow backend in the first seconds (the training thread) imported it together, and Python's
per-module import locks met a deadlock in TensorFlow's circular imports (``_DeadlockError``; the backend then
stayed disabled for the session). Both go through ``backends.tensorflow.load``, which holds ``IMPORT_LOCK``."""
import threading

import pytest

from annstudio.backends import tensorflow as tf_backend


@pytest.fixture
def imports(monkeypatch):
    """The modules ``load`` imports, each with whether the lock was held then (nothing is really imported;
    tests/gui/test_backend_picker.py checks the device scan the same way)."""
    seen = []

    class Fake:
        def build_model(self, *args, **kwargs):
            return "model"

        def list_devices(self):
            return []

    def fake_import(name, package=None):
        seen.append((name, tf_backend.IMPORT_LOCK.locked()))
        return Fake()

    monkeypatch.setattr(tf_backend.importlib, "import_module", fake_import)
    monkeypatch.setattr(tf_backend, "is_available", lambda: (True, ""))
    return seen


def test_the_session_imports_the_backend_under_the_lock(imports):
    from annstudio.engine.session import build_model
    from annstudio.spec import ModelSpec

    spec = ModelSpec.stack([2], [("Dense", {"units": 1})])
    assert build_model(spec, "tensorflow") == "model"
    assert imports == [("annstudio.backends.tensorflow.model", True)]


def test_a_second_thread_waits_for_the_first_import():
    order = []
    tf_backend.IMPORT_LOCK.acquire()
    try:
        waiting = threading.Thread(target=lambda: order.append(tf_backend.load("_quiet").__name__))
        waiting.start()
        waiting.join(0.2)
        assert waiting.is_alive() and order == []   # blocked while another thread imports
    finally:
        tf_backend.IMPORT_LOCK.release()
    waiting.join(10)
    assert order == ["annstudio.backends.tensorflow._quiet"]
