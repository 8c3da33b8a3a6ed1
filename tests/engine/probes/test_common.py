"""What the probes share: one Throttle, one class_probabilities, the backend protocol they are typed with."""
import numpy as np
import pytest

from annstudio.backends.base import TrainableModel
from annstudio.backends.numpy import build_model
from annstudio.engine.probes import Throttle, class_probabilities, output_probabilities
from annstudio.spec import ModelSpec


class FakeClock:
    def __init__(self):
        self.now = 10.0

    def __call__(self):
        return self.now


def test_throttle_lets_through_at_most_max_rate_with_a_tolerance():
    clock = FakeClock()
    throttle = Throttle(10.0, clock)
    assert throttle.due()
    clock.now += 0.05
    assert not throttle.due()
    clock.now += 0.041  # 0.091 s: past 90 % of 1/10 s
    assert throttle.due()
    assert throttle.due(force=True)  # force always, and it counts as a result
    assert not throttle.due()
    throttle.reset()
    assert throttle.due()


def test_throttle_budget_stretches_the_wait_and_none_means_always():
    clock = FakeClock()
    throttle = Throttle(1.0, clock)
    assert throttle.due()
    throttle.spent(0.2, 0.05)  # 0.2 s of work at a 5 % budget: 4 s until the next
    clock.now += 3.9
    assert not throttle.due()
    clock.now += 0.2
    assert throttle.due()
    always = Throttle(None, clock)
    assert all(always.due() for _ in range(5))
    for bad in (0, -1, True, "fast"):
        with pytest.raises(ValueError, match="max_rate"):
            Throttle(bad, clock)


def test_class_probabilities_one_rule_for_every_output():
    sig = build_model(ModelSpec.stack([2], [("Dense", {"units": 1, "activation": "sigmoid"})]), 0)
    out = np.array([[0.2], [0.9]], np.float32)
    np.testing.assert_array_equal(class_probabilities(out, sig), out)  # already probabilities
    linear = build_model(ModelSpec.stack([2], [("Dense", {"units": 3})]), 0)
    logits = np.array([[1.0, 2.0, 3.0]], np.float32)
    np.testing.assert_allclose(class_probabilities(logits, linear), np.clip(logits, 0, 1))  # not logits: clipped
    linear.compile({"name": "sparse_categorical_crossentropy", "from_logits": True}, {"class_name": "SGD", "config": {}})
    assert linear.from_logits
    np.testing.assert_allclose(class_probabilities(logits, linear)[0], np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum(),
                               rtol=1e-6)
    assert class_probabilities(logits, linear).dtype == np.float32
    np.testing.assert_array_equal(output_probabilities(logits, linear, "regression"), logits)


def test_the_numpy_backend_has_what_the_probes_need_from_the_protocol():
    model = build_model(ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "relu"})]), 0)
    for name in ("layer_outputs", "from_logits", "get_weights", "predict"):
        assert hasattr(TrainableModel, name) and hasattr(model, name)
    assert model.from_logits is False
    assert set(model.layer_outputs(np.zeros((4, 2), np.float32))) == {"input", "dense"}
