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


def test_evaluating_on_the_training_data_leaves_out_the_validation_part():
    """The window's line under a resting model ("Epoch 0 · loss 0.056 · accuracy 97.5 %" for a loaded run) was
    measured on the training and validation samples together, beside the run's own training loss (0.0198)."""
    import numpy as np

    from annstudio.engine.session import create_run, evaluate
    from annstudio.project import Project
    from annstudio.resources import resource_path

    project = Project.load(resource_path("examples", "iris.annproj"))
    project.training.validation_split = 0.25
    run = create_run(Project.from_dict(project.to_dict()), "numpy")
    assert len(run.trainer.x) == 90 and len(run.dataset.x_train) == 120
    logs = evaluate(run, "train")
    loss, pred = run.model.evaluate(run.trainer.x, run.trainer.y)
    assert logs["loss"] == pytest.approx(float(loss))
    assert logs["accuracy"] == pytest.approx(float(np.mean(pred.argmax(axis=1) == run.trainer.y)))
