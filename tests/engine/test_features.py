"""Input features of 2-D data through the engine: one unit on x1*x2 separates XOR (the notes' limit and its
way out), and the decision grid of such data spans the raw plane with expanded points."""
import numpy as np
import pytest

from annstudio.data import load_dataset
from annstudio.data.features import expand
from annstudio.engine.probes.decision import DecisionGrid, DecisionRegionProbe, decision_unavailable
from annstudio.engine.session import create_run, evaluate, train
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec


def one_unit_project(dataset, features, n_inputs, epochs=60, lr=0.5, params=None):
    spec = ModelSpec.stack([n_inputs], [("Dense", {"units": 1, "activation": "sigmoid"})], name="one_unit")
    cfg = TrainingConfig(loss="binary_crossentropy", optimizer={"class_name": "Adam", "config": {"learning_rate": lr}},
                         batch_size=32, epochs=epochs, seed=0, metrics=["accuracy"])
    return Project(spec, {"name": dataset, "params": {**(params or {}), "features": list(features)}}, cfg,
                   name="one unit")


def test_one_unit_on_x1_times_x2_separates_toy_xor():
    run = create_run(one_unit_project("toy_xor", ["x1*x2"], 1))
    assert run.dataset.input_shape == (1,)
    for _ in run.events():
        pass
    assert evaluate(run, "test")["accuracy"] >= 0.95
    assert evaluate(run, "train")["accuracy"] >= 0.95


def test_one_unit_on_the_raw_plane_cannot():
    """The limit: without the product, one line through the plane gets about half of XOR wrong."""
    run = create_run(one_unit_project("toy_xor", ["x1", "x2"], 2))
    for _ in run.events():
        pass
    assert evaluate(run, "test")["accuracy"] < 0.75


def test_gate_xor_with_the_product_column_is_learned_by_one_unit():
    project = one_unit_project("xor", ["x1", "x2", "x1*x2"], 3, epochs=300, lr=0.1, params={"repeat": 8})
    history = train(project)
    model = history.model
    x = expand(np.array([[0, 0], [0, 1], [1, 0], [1, 1]], np.float32), ["x1", "x2", "x1*x2"])
    assert (model.predict(x)[:, 0] > 0.5).astype(int).tolist() == [0, 1, 1, 0]


def test_decision_grid_spans_the_raw_plane_and_expands_its_points():
    plain = load_dataset("toy_xor")
    featured = load_dataset("toy_xor", features=["x1*x2", "sin_x1"])
    assert decision_unavailable(featured) is None   # one or more feature columns, still a 2-D set
    a = DecisionGrid(resolution=5).arrays(plain)
    b = DecisionGrid(resolution=5).arrays(featured)
    assert b.extent == a.extent
    assert b.X.shape == (25, 2)
    np.testing.assert_allclose(b.X, expand(a.X, ["x1*x2", "sin_x1"]), rtol=1e-6)


def test_decision_probe_predicts_on_expanded_points():
    run = create_run(one_unit_project("toy_xor", ["x1*x2"], 1, epochs=1))
    probe = DecisionRegionProbe(DecisionGrid(resolution=6))
    z = probe(run.model, run.dataset, force=True)["decision"]["z"]
    points = DecisionGrid(resolution=6).arrays(load_dataset("toy_xor")).X
    expected = run.model.predict(points[:, :1] * points[:, 1:])
    np.testing.assert_allclose(z.reshape(-1), expected.reshape(-1), rtol=1e-5)


@pytest.mark.parametrize("features", [["x1", "x2"], ["x1^2", "x2^2", "x1*x2"]])
def test_the_model_must_take_as_many_inputs_as_features(features):
    project = one_unit_project("toy_circle", features, 2 if len(features) == 3 else 3, epochs=1)
    with pytest.raises(Exception, match=rf"inputs of shape \({len(features)},\)"):
        create_run(project)


def test_neuron_maps_of_featured_data_span_the_raw_plane():
    from annstudio.engine.probes.neuron_maps import NeuronMapsProbe, two_input_grid

    run = create_run(one_unit_project("toy_xor", ["x1", "x2", "x1*x2"], 3, epochs=1))
    probe = NeuronMapsProbe(resolution=5, max_rate=None)
    assert probe.applies(run.dataset)
    maps = probe(run.model, run.dataset, force=True)["neuron_maps"]
    points, extent = two_input_grid(run.dataset.points("train"), 5)
    assert maps["extent"] == extent
    inputs = maps["layers"]["input"]            # the Input's maps are the three features over the plane
    assert inputs.shape == (3, 5, 5)
    np.testing.assert_allclose(inputs[2].reshape(-1), points[:, 0] * points[:, 1], rtol=1e-5)
