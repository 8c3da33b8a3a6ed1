""""This model, this sample": the lab's layer-by-layer trace of a real backend model equals its predict()."""
from __future__ import annotations

import numpy as np
import pytest

from annstudio.engine.session import build_model, load_project_dataset
from annstudio.learn.forward import sum_working
from annstudio.learn.forward_model import condensed, trace_model
from annstudio.project import Project
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec
from annstudio.spec.layers import LayerSpec


def every_kind() -> ModelSpec:
    """A small graph with each layer kind the lab traces: a wide path (Concatenate) and a deep one."""
    spec = ModelSpec.stack([2, 3], [
        ("Rescaling", {"scale": 0.5, "offset": 0.25}),
        ("Flatten", {}),
        ("Dense", {"units": 12, "activation": "relu"}),
        ("Dropout", {"rate": 0.3}),
        ("BatchNormalization", {}),
        ("Dense", {"units": 4, "activation": "tanh"}),
        ("Activation", {"activation": "sigmoid"}),
    ])
    spec.layers.append(LayerSpec("Concatenate", "concatenate", {"axis": -1}, ["flatten", "activation"]))
    spec.layers.append(LayerSpec("Dense", "dense_2", {"units": 3, "activation": "softmax"}))
    return spec


def scrambled(model, seed: int = 1) -> None:
    """Weights as after training: none of them zeros/ones (moving statistics too)."""
    rng = np.random.default_rng(seed)
    weights = model.get_weights()
    model.set_weights({k: (np.abs(rng.normal(1.0, 0.3, v.shape)) if k.endswith("moving_variance")
                           else rng.normal(0.0, 0.7, v.shape)).astype(v.dtype) for k, v in weights.items()})


def check_trace_equals_predict(model, x: np.ndarray) -> list:
    traced = trace_model(model, x)
    expected = model.predict(x[None].astype(np.float32))[0]
    np.testing.assert_allclose(traced[-1].output, expected, rtol=1e-4, atol=1e-5)
    return traced


@pytest.mark.parametrize("backend", ["numpy", "tensorflow"])
def test_the_trace_of_every_layer_kind_equals_predict(backend):
    if backend == "tensorflow":
        pytest.importorskip("tensorflow")
    model = build_model(every_kind(), backend, seed=3)
    x = np.linspace(-1.0, 1.5, 6).reshape(2, 3)
    check_trace_equals_predict(model, x)          # as built (the seeded initial weights)
    scrambled(model)
    traced = check_trace_equals_predict(model, x)  # other weights: the trace reads the real ones
    assert [t.name for t in traced] == [layer.name for layer in model.spec.layers]
    by_name = {t.name: t for t in traced}
    dense = by_name["dense"]
    assert dense.shapes == "(6,)·(6, 12) → (12,)" and dense.activation == "relu"
    np.testing.assert_allclose(dense.output, np.maximum(dense.pre, 0.0))
    assert "dropout" in by_name["dropout"].note and np.array_equal(by_name["dropout"].output, dense.output)
    assert by_name["concatenate"].output.shape == (10,)
    assert by_name["dense_2"].output.sum() == pytest.approx(1.0)


def test_the_dense_working_uses_the_real_weights():
    model = build_model(every_kind(), "numpy", seed=0)
    scrambled(model, seed=7)
    x = np.arange(6, dtype=np.float64).reshape(2, 3) / 10
    traced = trace_model(model, x)
    dense = next(t for t in traced if t.name == "dense_1")
    w, b = (model.get_weights()[f"dense_1/{k}"].astype(np.float64) for k in ("kernel", "bias"))
    inputs = next(t for t in traced if t.name == "batch_normalization").output
    assert dense.working == sum_working(inputs, w[:, 0], b[0], dense.pre[0], max_terms=4)
    assert dense.pre[0] == pytest.approx(float(inputs @ w[:, 0] + b[0]))
    assert dense.working.endswith(f"= {dense.pre[0]:.8g}") and "…" in dense.working  # 12 products, condensed


def test_an_example_project_traced_on_a_sample_of_its_data():
    project = Project.load(resource_path("examples", "wide_and_deep.annproj"))
    dataset = load_project_dataset(project)
    model = build_model(project.model, "numpy", seed=0)
    for sample in (0, 5):
        traced = check_trace_equals_predict(model, dataset.x_train[sample])
    assert [t.kind for t in traced] == ["Input", "Dense", "Dense", "Concatenate", "Dense"]
    assert traced[3].output.shape == (40,)


def test_wide_vectors_are_condensed():
    assert condensed(np.array([0.5, 1.0, -2.0])) == "[0.5, 1.0, -2.0]"
    assert condensed(np.arange(10.0)) == "[" + ", ".join(f"{v:.1f}" for v in range(10)) + "]"
    assert condensed(np.arange(30.0)) == "[" + ", ".join(f"{v:.1f}" for v in range(8)) + ", …]"
