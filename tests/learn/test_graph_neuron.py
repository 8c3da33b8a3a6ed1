"""A single neuron as a graph (learn/neuron_graph.py): x·w + b -> activation -> (a − t)², and the update."""
import math

import pytest

from annstudio.learn.graphs import Step
from annstudio.learn.neuron_graph import neuron_walk, update


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def test_sigmoid_neuron_forward_backward_and_update():
    w = neuron_walk("sigmoid", {"x": 1.0, "w": 0.5, "b": 0.0, "t": 1.0})
    assert [s.node for s in w.steps if s.phase == "forward"] == ["xw", "z", "a", "error", "L"]
    w.run_all()
    a = sigmoid(0.5)
    assert w.value("L") == pytest.approx((a - 1) ** 2)
    dl_dz = 2 * (a - 1) * a * (1 - a)
    assert w.grad("w") == pytest.approx(dl_dz * 1.0) and w.grad("b") == pytest.approx(dl_dz)
    step = update(w, 0.5)
    assert step.w == pytest.approx(0.5 - 0.5 * dl_dz) and step.b == pytest.approx(-0.5 * dl_dz)
    assert f"w ← w − η ∂L/∂w = 0.5 − 0.5 × {dl_dz:.6g} = {0.5 - 0.5 * dl_dz:.6g}" in step.text
    assert round(dl_dz, 6) == -0.177447
    loss_before = w.value("L")
    w.set_inputs(w=step.w, b=step.b)
    assert w.value("L") < loss_before                    # one step downhill


def test_sigmoid_rule_names_y_times_one_minus_y():
    w = neuron_walk("sigmoid")
    while w.forward_step() or w.backward_step():
        if w.current == Step("backward", "a"):
            break
    y = sigmoid(0.5)
    assert f"× {y:.6g} × (1 − {y:.6g})" in w.rule()


@pytest.mark.parametrize(("z", "grad_w"), [(2.0, 2 * (2.0 - 1.0) * 1.5), (-1.0, 0.0)])
def test_relu_neuron_passes_or_blocks(z, grad_w):
    w = neuron_walk("relu", {"x": 1.5, "w": z / 1.5, "b": 0.0, "t": 1.0})
    w.run_all()
    assert w.grad("w") == pytest.approx(grad_w)


def test_identity_neuron_is_the_delta_rule():
    w = neuron_walk("identity", {"x": 2.0, "w": 1.0, "b": 0.5, "t": 1.0})
    w.run_all()
    assert w.value("L") == pytest.approx(2.25)             # (2 + 0.5 − 1)²
    assert w.grad("w") == pytest.approx(2 * 1.5 * 2.0) and w.grad("b") == pytest.approx(3.0)
    assert update(w, 0.1).w == pytest.approx(1.0 - 0.6)


def test_a_negative_base_of_a_power_is_written_in_brackets():
    """"Power: -0.377541 ^ 2 = 0.142537" reads as a negative number (the power first); it is (−0.377541)^2."""
    w = neuron_walk("sigmoid", {"x": 1.0, "w": 0.5, "b": 0.0, "t": 1.0})
    texts = []
    while w.forward_step() or w.backward_step():
        texts.append(str(w.rule()))
    power = [t for t in texts if t.startswith("Power")]
    assert power and all("(-0.377541)" in t for t in power), power
