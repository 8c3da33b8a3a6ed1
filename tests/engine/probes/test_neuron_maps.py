"""NeuronMapsProbe: every unit's output over the input plane, for two-input data."""
import numpy as np
import pytest

from annstudio.engine.probes import NeuronMapsProbe, two_input_grid

from ..conftest import blobs_dataset, regression_dataset
from .helpers import mlp


# ------------------------------------------------------------------------------------ NeuronMapsProbe
def test_neuron_maps_are_each_units_output_over_the_input_plane():
    data = blobs_dataset()
    model = mlp(2, 5, 3)
    probe = NeuronMapsProbe(resolution=7, max_rate=None)
    result = probe(model, data)["neuron_maps"]
    assert result["resolution"] == 7
    points, extent = two_input_grid(data.x_train, 7)
    assert result["extent"] == pytest.approx(extent)
    assert extent[0] < data.x_train[:, 0].min() and extent[3] > data.x_train[:, 1].max()
    outputs = model.layer_outputs(points)
    assert set(result["layers"]) == {"input", "dense", "dense_1"}
    assert result["layers"]["dense"].shape == (5, 7, 7) and result["layers"]["dense"].dtype == np.float32
    # unit u at grid row iy (lowest y first), column ix
    u, iy, ix = 3, 2, 5
    assert result["layers"]["dense"][u, iy, ix] == pytest.approx(outputs["dense"][iy * 7 + ix, u])
    # the input "units" are the two coordinates themselves
    assert result["layers"]["input"][0, 0, 6] > result["layers"]["input"][0, 0, 0]
    assert result["layers"]["input"][1, 6, 0] > result["layers"]["input"][1, 0, 0]
    # compute() without a dataset reuses the last one
    np.testing.assert_array_equal(probe.compute(model)["neuron_maps"]["layers"]["dense"], result["layers"]["dense"])


def test_neuron_maps_only_for_two_input_data():
    probe = NeuronMapsProbe(max_rate=None)
    assert probe(mlp(3, 4, 1, "linear"), regression_dataset()) == {}
