"""WeightsProbe: copies of the weights and the spec, at most max_rate a second."""
import numpy as np
import pytest

from annstudio.engine.probes import WeightsProbe

from .helpers import FakeClock, mlp


# ------------------------------------------------------------------------------------ WeightsProbe
def test_weights_probe_sends_copies_and_the_spec_at_most_max_rate():
    clock = FakeClock()
    model = mlp(2, 3, 1, "sigmoid")
    probe = WeightsProbe(max_rate=10, clock=clock)
    first = probe(model, None)
    assert set(first) == {"weights", "weights_spec"}
    assert first["weights_spec"] == model.spec.to_dict()
    for key, value in model.get_weights().items():
        np.testing.assert_array_equal(first["weights"][key], value)
    first["weights"]["dense/kernel"][0, 0] = 99.0  # a copy: the model is untouched
    assert model.get_weights()["dense/kernel"][0, 0] != 99.0
    clock.now += 0.05
    assert probe(model, None) == {}
    assert "weights" in probe(model, None, force=True)
    clock.now += 0.1
    assert "weights" in probe(model, None)
    with pytest.raises(ValueError, match="max_rate"):
        WeightsProbe(max_rate=0)
