"""Gradient descent on two-parameter surfaces (learn/descent.py): exact steps, learning-rate verdicts and
the optimizer race run with the backend's own optimizer classes."""
from __future__ import annotations

import numpy as np
import pytest

from annstudio.backends.numpy.optimizers import SGD, Adam, RMSprop
from annstudio.learn.descent import (
    RACE,
    Descent,
    NeuronSurface,
    QuadraticSurface,
    first_step,
    line_data,
    race,
)
from annstudio.learn.descent_model import ModelSurface, weight_entries
from annstudio.project import Project
from annstudio.resources import resource_path


@pytest.mark.parametrize("lr", [0.05, 0.1, 0.3, 0.45])
def test_sgd_on_a_bowl_shrinks_the_distance_by_one_minus_2a_lr_each_step(lr):
    surface = QuadraticSurface(a=1.0, b=2.0, centre=(0.5, -1.0))
    walk = Descent(surface, (2.5, 1.0), "SGD", lr)
    walk.run(10)
    k = np.arange(11)
    expected_w = 0.5 + 2.0 * (1 - 2 * 1.0 * lr) ** k
    expected_b = -1.0 + 2.0 * (1 - 2 * 2.0 * lr) ** k
    np.testing.assert_allclose(walk.path()[:, 0], expected_w, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(walk.path()[:, 1], expected_b, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(walk.losses, [surface.loss(p) for p in walk.points])


def test_one_step_by_hand():
    # L = w^2 + b^2 from (-2.5, 2): gradient (-5, 4); with lr 0.1 the step lands on (-2.0, 1.6)
    grad, after = first_step(QuadraticSurface(), (-2.5, 2.0), 0.1)
    assert grad.tolist() == [-5.0, 4.0]
    assert after == pytest.approx([-2.0, 1.6], abs=1e-15)


@pytest.mark.parametrize(("lr", "kind", "step"), [
    (0.001, "crawling", 100),      # factor 0.998 per step: far from the bottom after 100 steps
    (0.1, "converged", 31),        # 0.8^k * |g0| <= 1e-3 |g0| first at k = 31
    (0.45, "converged", 3),        # 0.1^3 = 1e-3
    (1.0, "oscillating", 100),     # factor -1: jumps between the two sides forever
    (1.1, "diverged", 13),         # factor -1.2: loss 1.44^k times the start's passes 100 at k = 13
])
def test_learning_rate_regimes_are_reported(lr, kind, step):
    walk = Descent(QuadraticSurface(), None, "SGD", lr)
    walk.run(100)
    verdict = walk.verdict()
    assert (verdict.kind, verdict.step) == (kind, step)
    text = str(verdict.message)
    if kind == "diverged":
        assert text.startswith(f"diverged at step {step}")
        assert walk.steps == step          # the run stopped there
    elif kind == "converged":
        assert text.startswith(f"converged in {step} steps")
    else:
        assert text.startswith(kind)


def test_the_neuron_surface_regimes_and_gradient():
    surface = NeuronSurface()
    x, y = line_data()
    assert surface.x.tolist() == x.tolist() and surface.targets.tolist() == y.tolist()
    p = np.array([0.7, -0.4])
    # gradient of mean((w x + b - y)^2)
    r = p[0] * x + p[1] - y
    np.testing.assert_allclose(surface.grad(p), [2 * np.mean(r * x), 2 * np.mean(r)], rtol=1e-12)
    kinds = {}
    for lr in (0.01, 0.5, 1.5):
        walk = Descent(surface, None, "SGD", lr)
        walk.run(100)
        kinds[lr] = walk.verdict().kind
    assert kinds == {0.01: "crawling", 0.5: "converged", 1.5: "diverged"}
    walks = {lr: Descent(surface, None, "SGD", lr) for lr in (0.9, 1.05)}   # the screenshots' runs
    for walk in walks.values():
        walk.run(50)
    assert (walks[0.9].verdict().kind, walks[0.9].verdict().step) == ("converged", 31)
    assert (walks[1.05].verdict().kind, walks[1.05].verdict().step) == ("diverged", 27)
    # the minimum is the least-squares line
    walk = Descent(surface, None, "SGD", 0.5)
    walk.run(300)
    np.testing.assert_allclose(walk.points[-1], np.polyfit(x, y, 1), atol=1e-5)


def test_sigmoid_neuron_gradient_matches_central_differences():
    surface = NeuronSurface(activation="sigmoid")
    for p in ([0.5, 0.2], [-2.0, 3.0], [4.0, -1.0]):
        p = np.array(p)
        eps = 1e-6
        numeric = [(surface.loss(p + e) - surface.loss(p - e)) / (2 * eps) for e in np.eye(2) * eps]
        np.testing.assert_allclose(surface.grad(p), numeric, rtol=1e-6, atol=1e-10)


def _direct(optimizer, surface, start, steps):
    """The optimizer run by hand on two separately named parameters, as a model's weights would be."""
    w, b = np.array([start[0]]), np.array([start[1]])
    path = [(w[0], b[0])]
    for _ in range(steps):
        g = surface.grad(np.array([w[0], b[0]]))
        optimizer.update({"w": w, "b": b}, {"w": np.array([g[0]]), "b": np.array([g[1]])})
        path.append((w[0], b[0]))
    return np.array(path)


@pytest.mark.parametrize("surface", [QuadraticSurface(a=0.5, b=3.0), NeuronSurface()], ids=["bowl", "neuron"])
def test_the_race_uses_the_backends_optimizers(surface):
    lr, steps = 0.05, 40
    result = race(surface, lr, steps)
    assert tuple(result) == RACE
    direct = {
        "SGD": SGD(learning_rate=lr),
        "Momentum": SGD(learning_rate=lr, momentum=0.9),
        "Nesterov": SGD(learning_rate=lr, momentum=0.9, nesterov=True),
        "RMSprop": RMSprop(learning_rate=lr),
        "Adam": Adam(learning_rate=lr),
    }
    for kind, walk in result.items():
        assert type(walk.optimizer) is type(direct[kind]) and walk.optimizer.iterations == steps
        np.testing.assert_array_equal(walk.path(), _direct(direct[kind], surface, surface.start, steps))
    starts = {tuple(walk.points[0]) for walk in result.values()}
    assert starts == {surface.start}
    ends = {tuple(np.round(walk.points[-1], 12)) for walk in result.values()}
    assert len(ends) == 5      # five different paths


def test_model_surface_holds_the_other_weights_and_uses_the_backends_gradient():
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    y = np.array([[0], [1], [1], [0]], dtype=np.float64)
    weights = ModelSurface.trainable(project.model)
    entries = weight_entries(weights)
    assert set(entries) == {"dense/kernel", "dense/bias", "dense_1/kernel", "dense_1/bias"}
    assert entries["dense/kernel"][:3] == [(0, 0), (0, 1), (0, 2)]
    first, second = ("dense/kernel", (0, 1)), ("dense_1/kernel", (3, 0))
    surface = ModelSurface(project.model, x, y, project.training.loss, weights, first, second, span=2.0)
    assert surface.start == (weights["dense/kernel"][0, 1], weights["dense_1/kernel"][3, 0])
    p = np.array([0.3, -0.7])
    eps = 1e-6
    numeric = [(surface.loss(p + e) - surface.loss(p - e)) / (2 * eps) for e in np.eye(2) * eps]
    np.testing.assert_allclose(surface.grad(p), numeric, rtol=1e-6)
    # every other weight is where it was
    held = surface.model.get_weights()
    held["dense/kernel"][0, 1], held["dense_1/kernel"][3, 0] = weights["dense/kernel"][0, 1], weights["dense_1/kernel"][3, 0]
    for name, value in weights.items():
        np.testing.assert_array_equal(held[name], value)
    xs, ys, grid = surface.grid(100)   # capped
    assert grid.shape == (41, 41) and xs[0] == pytest.approx(surface.start[0] - 2.0)
    walk = Descent(surface, None, "SGD", 0.5)
    walk.run(30)
    assert walk.losses[-1] < walk.losses[0]
    with pytest.raises(ValueError, match="no trainable weight"):
        ModelSurface(project.model, x, y, project.training.loss, weights, ("dense/kernel", (5, 0)), second)


def test_the_one_step_question():
    from annstudio.learn.descent import step_question
    from annstudio.learn.quiz import grade

    question = step_question(QuadraticSurface(), (-2.5, 2.0), 0.1)
    assert question.answers == (-2.0,)
    assert str(question.prompt) == ("Plain gradient descent with η = 0.1, starting at w = -2.5: after one step, "
                                    "what is w?")
    assert str(question.working) == "The slope there is ∂L/∂w = -5, so w − η·∂L/∂w = -2.5 − 0.1 × -5 = -2."
    assert grade(question, "-2").correct and not grade(question, "-3").correct


def test_the_long_bowl_race_told_in_the_docs():
    bowl = QuadraticSurface(a=0.5, b=4.0)
    slow = {kind: walk.verdict() for kind, walk in race(bowl, 0.05, 100).items()}
    assert (slow["SGD"].kind, slow["SGD"].step) == ("converged", 99)
    assert (slow["Nesterov"].kind, slow["Nesterov"].step) == ("converged", 36)
    fast = {kind: walk.verdict() for kind, walk in race(bowl, 0.2, 100).items()}
    assert (fast["SGD"].kind, fast["SGD"].step) == ("converged", 23)
    assert (fast["Nesterov"].kind, fast["Nesterov"].step) == ("diverged", 6)


def test_a_verdict_waits_for_a_few_steps_and_tells_settling_and_overshooting_apart():
    """One step that cut the loss by 30 % was "crawling: 1 steps ..."; SGD sitting at the bottom after 50 steps
    was "crawling" (try a larger rate); momentum circling the minimum (the loss up on 41 of 100 steps) was
    "crawling" too, because its last 20 moves no longer reversed."""
    from annstudio.learn.descent import race

    one = Descent(NeuronSurface(), None, "SGD", 0.1)
    one.step()
    assert one.verdict().kind == "" and str(one.verdict().message).startswith("one step so far: the loss went from 13.9")
    fifty = Descent(NeuronSurface(), None, "SGD", 0.1)
    fifty.run(50)
    assert fifty.verdict().kind == "settling" and str(fifty.verdict().message).startswith("nearly there: 50 steps")
    kinds = {kind: walk.verdict().kind for kind, walk in race(NeuronSurface(), 0.05, 100).items()}
    assert kinds["Momentum"] == "oscillating" and kinds["Nesterov"] == "converged"
    momentum = race(NeuronSurface(), 0.05, 100)["Momentum"].verdict()
    assert "the loss went up on 41 of the 100 steps" in str(momentum.message)
