"""Gradient sizes per layer (the gradient view's probe) and the finite-difference gradient check."""
import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.data import load_dataset
from annstudio.engine.gradient_check import MAX_CHECKED_PARAMETERS, check_model, check_problem
from annstudio.engine.probes.gradients import GradientSizeProbe, gradient_sizes
from annstudio.engine.session import create_run, prepare_targets
from annstudio.project import Project
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec


def deep_stack(activation, layers=6):
    return ModelSpec.stack([2], [("Dense", {"units": 16, "activation": activation})] * layers
                           + [("Dense", {"units": 1, "activation": "sigmoid"})], name=f"deep_{activation}")


def first_to_last(activation):
    dataset = load_dataset("toy_circle", seed=0)
    model = build_model(deep_stack(activation), seed=0, dtype="float64")
    model.compile("binary_crossentropy", {"class_name": "SGD", "config": {"learning_rate": 0.1}})
    probe = GradientSizeProbe(max_rate=None, budget=None)
    x = dataset.x_train.astype("float64")
    y = prepare_targets(dataset.y_train, {"name": "binary_crossentropy"}, dataset, "float64")
    ratios = []
    for _epoch in range(3):
        for start in range(0, len(x), 32):
            model.train_step(x[start:start + 32], y[start:start + 32])
        result = probe(model, dataset)["gradients"]
        assert result["layers"] == [layer.name for layer in model.spec.layers[1:]]
        ratios.append(result["sizes"][0] / result["sizes"][-1])
    return ratios


def test_sigmoid_stack_vanishes_relu_stack_does_not():
    sigmoid = first_to_last("sigmoid")
    relu = first_to_last("relu")
    assert max(sigmoid) < 0.2, sigmoid
    assert min(relu) > 0.05, relu
    assert min(relu) > 100 * max(sigmoid)


def test_gradient_sizes_are_mean_abs_of_the_backends_gradients():
    model = build_model(deep_stack("tanh", 2), seed=1, dtype="float64")
    model.compile("mse", "SGD")
    x = np.random.default_rng(0).normal(size=(5, 2))
    y = np.ones((5, 1))
    sizes = gradient_sizes(model, x, y)
    _, grads = model.loss_and_grads(x, y)
    assert sizes == {k.split("/")[0]: pytest.approx(np.abs(g).mean()) for k, g in grads.items() if "kernel" in k}


def test_probe_waits_for_its_rate_limit():
    t = [0.0]
    probe = GradientSizeProbe(max_rate=1.0, budget=None, clock=lambda: t[0])
    model = build_model(deep_stack("relu", 1), seed=1)
    model.compile("binary_crossentropy", "SGD")
    dataset = load_dataset("xor")
    assert probe(model, dataset)
    assert probe(model, dataset) == {}
    t[0] = 1.0
    assert probe(model, dataset)


def test_xor_example_passes_the_check_in_float64():
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    run = create_run(project, "numpy")
    for _ in range(5):
        run.model.train_step(run.trainer.x, run.trainer.y)
    rows = check_model(run.model, run.trainer.x, run.trainer.y, samples=4)
    assert len(rows) == 2 * 8 + 8 + 8 + 1
    assert {r.layer for r in rows} == {"dense", "dense_1"}
    assert max(r.relative_error for r in rows) < 1e-6
    assert run.model.dtype == np.float32  # the check ran on a float64 copy; the model is unchanged


def test_check_refuses_big_models_and_dropout():
    big = build_model(ModelSpec.stack([100], [("Dense", {"units": 30})]), seed=0)
    big.compile("mse", "SGD")
    assert f"3,030 trainable weights, more than {MAX_CHECKED_PARAMETERS:,}." in check_problem(big)
    with pytest.raises(ValueError, match="more than"):
        check_model(big, np.zeros((2, 100)), np.zeros((2, 30)))
    drop = build_model(ModelSpec.stack([2], [("Dense", {"units": 3}), ("Dropout", {"rate": 0.5}),
                                             ("Dense", {"units": 1})]), seed=0)
    drop.compile("mse", "SGD")
    assert "Dropout" in check_problem(drop)


def test_probe_skips_data_that_does_not_fit_the_model():
    model = build_model(ModelSpec.stack([3], [("Dense", {"units": 1, "activation": "sigmoid"})]), seed=0)
    model.compile("binary_crossentropy", "SGD")
    assert GradientSizeProbe(max_rate=None, budget=None)(model, load_dataset("xor")) == {}
