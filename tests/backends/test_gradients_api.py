"""The backends' small gradient API used by engine.explain and the gradient probes: ``loss_config`` and
``optimizer_config`` (what was compiled, defaults filled in, the current learning rate) and
``loss_and_grads`` agreeing between the backends."""
import os

import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.spec import ModelSpec
from annstudio.spec.training import normalize_optimizer

SPEC = ModelSpec.stack([3], [("Dense", {"units": 4, "activation": "tanh"}),
                             ("Dense", {"units": 2, "activation": "softmax"})], name="api")
OPTIMIZER = {"class_name": "RMSprop", "config": {"learning_rate": 0.01, "momentum": 0.5}}


def check_configs(model):
    assert model.loss_config is None and model.optimizer_config is None
    model.compile({"name": "categorical_crossentropy"}, OPTIMIZER)
    assert model.loss_config["name"] == "categorical_crossentropy"
    assert model.loss_config.get("from_logits", False) is False
    assert model.optimizer_config == normalize_optimizer(OPTIMIZER)
    model.learning_rate = 0.125
    assert model.optimizer_config["config"]["learning_rate"] == 0.125


def test_numpy_configs():
    check_configs(build_model(SPEC, seed=0, dtype="float64"))


def test_tensorflow_configs_and_gradients_match_numpy():
    pytest.importorskip("tensorflow")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from annstudio.backends.tensorflow.model import build_model as tf_model

    tfm = tf_model(SPEC, seed=0, dtype="float64")
    check_configs(tfm)
    npm = build_model(SPEC, seed=0, dtype="float64")
    npm.compile({"name": "categorical_crossentropy"}, OPTIMIZER)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(7, 3))
    y = np.eye(2)[rng.integers(0, 2, 7)]
    loss_np, grads_np = npm.loss_and_grads(x, y)
    loss_tf, grads_tf = tfm.loss_and_grads(x, y)
    assert loss_tf == pytest.approx(loss_np, abs=1e-9)
    assert list(grads_tf) == list(grads_np)
    for key in grads_np:
        np.testing.assert_allclose(grads_tf[key], grads_np[key], atol=1e-9)
