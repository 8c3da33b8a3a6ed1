"""Perceptron chapter (CURRICULUM.md §1): hand-set gates, XOR, the learning rule, and the iris example."""

import numpy as np
import pytest

from annstudio.backends.numpy.perceptron import (
    GATE_WEIGHTS,
    Perceptron,
    PerceptronReport,
    ThresholdUnit,
    gate,
    xor_two_layer,
)

INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])  # the notes' order: 00, 01, 10, 11
TRUTH = {
    "AND": [0, 0, 0, 1],
    "NAND": [1, 1, 1, 0],
    "OR": [0, 1, 1, 1],
    "NOR": [1, 0, 0, 0],
    "XOR": [0, 1, 1, 0],
}


# --- threshold units and hand-set gates ---------------------------------------------------------

def test_gate_weights_are_the_notes_values():
    assert GATE_WEIGHTS["AND"] == (0.5, 0.5, -0.7)
    assert GATE_WEIGHTS["NAND"] == (-0.5, -0.5, 0.7)
    assert GATE_WEIGHTS["OR"] == (0.5, 0.5, -0.4)


@pytest.mark.parametrize("name", ["AND", "NAND", "OR", "NOR"])
def test_hand_set_gates_truth_tables(name):
    unit = gate(name)
    assert unit.predict(INPUTS).tolist() == TRUTH[name]
    # no input lies on the line, so the Heaviside variant (z >= 0) gives the same table
    w1, w2, b = GATE_WEIGHTS[name]
    assert ThresholdUnit((w1, w2), b).predict(INPUTS).tolist() == TRUTH[name]


def test_gate_name_is_case_insensitive_and_unknown_gate_is_explained():
    assert gate("and").predict(INPUTS).tolist() == TRUTH["AND"]
    with pytest.raises(ValueError, match="xor_two_layer"):
        gate("XOR")


def test_xor_from_two_layers():
    assert xor_two_layer(INPUTS).tolist() == TRUTH["XOR"]


@pytest.mark.parametrize("w1, w2, theta", [(0.5, 0.5, 0.7), (0.5, 0.5, 0.8), (1.0, 1.0, 1.0)])
def test_threshold_forms_realise_and(w1, w2, theta):
    unit = ThresholdUnit.from_threshold((w1, w2), theta)
    assert unit.bias == -theta and unit.theta == theta
    assert unit.predict(INPUTS).tolist() == TRUTH["AND"]


def test_threshold_tie_needs_the_strict_comparison():
    # (1, 1, 1): the input (1, 0) gives w·x == theta; the notes' "> theta" keeps it at 0, Heaviside fires.
    assert ThresholdUnit.from_threshold((1.0, 1.0), 1.0, strict=False).predict(INPUTS).tolist() == [0, 1, 1, 1]


def test_step_variants_and_sign_at_zero():
    X = np.array([[-1.0], [0.0], [1.0]])
    assert ThresholdUnit([1.0]).predict(X).tolist() == [0, 1, 1]                      # Heaviside
    assert ThresholdUnit([1.0], strict=True).predict(X).tolist() == [0, 0, 1]         # notes' code
    assert ThresholdUnit([1.0], activation="sign").predict(X).tolist() == [-1, 1, 1]
    assert ThresholdUnit([1.0], activation="sign", strict=True).predict(X).tolist() == [-1, -1, 1]


def test_net_input_shape_and_value():
    unit = ThresholdUnit([0.5, 0.5], -0.7)
    np.testing.assert_allclose(unit.net_input(INPUTS), [-0.7, -0.2, -0.2, 0.3])


def test_no_single_unit_realises_xor_on_a_grid():
    grid = np.round(np.linspace(-2, 2, 41), 10)  # steps of 0.1, including the notes' weights
    w1, w2, b = (a.ravel() for a in np.meshgrid(grid, grid, grid, indexing="ij"))
    z = np.outer(INPUTS[:, 0], w1) + np.outer(INPUTS[:, 1], w2) + b  # (4 inputs, 41**3 units)
    for fires in (z >= 0, z > 0):
        tables = {tuple(col) for col in fires.T.astype(int).tolist()}
        # the search is able to find gates: every single-layer gate is realised somewhere on the grid
        for name in ("AND", "NAND", "OR", "NOR"):
            assert tuple(TRUTH[name]) in tables
        assert tuple(TRUTH["XOR"]) not in tables
        assert tuple(1 - np.array(TRUTH["XOR"])) not in tables  # nor XNOR


@pytest.mark.parametrize("kwargs, message", [
    (dict(weights=[[1.0, 2.0]]), "1-D"),
    (dict(weights=[]), "1-D"),
    (dict(weights=[1.0, np.nan]), "finite"),
    (dict(weights=[1.0], activation="relu"), "activation"),
])
def test_threshold_unit_rejects_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ThresholdUnit(**kwargs)


def test_threshold_unit_rejects_bad_inputs():
    unit = gate("AND")
    with pytest.raises(ValueError, match="reshape"):
        unit.predict([1, 1])
    with pytest.raises(ValueError, match="3 feature columns"):
        unit.predict([[1, 1, 1]])
    with pytest.raises(ValueError, match="NaN"):
        unit.predict([[1, np.nan]])


# --- the learning rule --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["AND", "OR", "NAND", "NOR"])
def test_learning_rule_learns_linearly_separable_gates(name):
    model = Perceptron()
    report = model.fit(INPUTS, TRUTH[name])
    assert isinstance(report, PerceptronReport)
    assert report.converged is True
    assert report.errors_per_epoch[-1] == 0 and all(e > 0 for e in report.errors_per_epoch[:-1])
    assert report.epochs == len(report.errors_per_epoch) < model.max_epochs
    assert report.message == f"converged after {report.epochs} epochs: the last epoch made no mistakes"
    assert model.predict(INPUTS).tolist() == TRUTH[name]
    assert len(model.history) == report.epochs + 1
    np.testing.assert_array_equal(model.history[0][0], [0.0, 0.0])
    np.testing.assert_array_equal(model.history[-1][0], report.weights)
    assert model.history[-1][1] == report.bias == model.bias


def test_learning_rule_applies_w_plus_eta_error_x():
    # AND in the notes' order, zero start, eta = 0.5. Epoch 1: (0,0) fires (z = 0 >= 0) but y = 0, so
    # w += 0.5 * (0 - 1) * (0, 0), b += -0.5; (0,1) and (1,0) are then right; (1,1) z = -0.5 misses,
    # so w += 0.5 * (1, 1), b += 0.5.
    model = Perceptron(learning_rate=0.5, max_epochs=1)
    report = model.fit(INPUTS, TRUTH["AND"])
    assert report.errors_per_epoch == [2]
    np.testing.assert_array_equal(model.history[1][0], [0.5, 0.5])
    assert model.history[1][1] == 0.0
    assert report.converged is False and "did not converge in 1 epochs" in report.message


def test_without_intercept_the_bias_stays_zero():
    model = Perceptron(fit_intercept=False)
    report = model.fit(INPUTS, TRUTH["AND"])
    assert report.bias == 0.0
    assert report.converged is False  # AND needs a bias: the origin (0, 0) always sits on the line


def test_sign_labels():
    y = 2 * np.array(TRUTH["OR"]) - 1
    model = Perceptron(activation="sign")
    report = model.fit(INPUTS, y)
    assert report.converged
    assert model.predict(INPUTS).tolist() == y.tolist()


def test_xor_does_not_converge_and_says_why():
    report = Perceptron().fit(INPUTS, TRUTH["XOR"])
    assert report.converged is False
    assert report.errors_per_epoch[-1] > 0
    assert "not linearly separable" in report.message and "cycles" in report.message


def test_xor_with_shuffling_runs_all_epochs():
    model = Perceptron(max_epochs=100, shuffle=True, seed=0)
    report = model.fit(INPUTS, TRUTH["XOR"])
    assert report.converged is False
    assert report.epochs == 100 and len(model.history) == 101
    assert all(e > 0 for e in report.errors_per_epoch)
    assert report.message.startswith("did not converge in 100 epochs")
    # without the cycle check the rule cannot prove it, so the message only says "may"
    assert "may not be linearly separable" in report.message


def test_shuffling_is_reproducible_with_a_seed():
    a = Perceptron(shuffle=True, seed=3).fit(INPUTS, TRUTH["OR"])
    b = Perceptron(shuffle=True, seed=3).fit(INPUTS, TRUTH["OR"])
    assert a.errors_per_epoch == b.errors_per_epoch and a.bias == b.bias
    np.testing.assert_array_equal(a.weights, b.weights)


@pytest.mark.parametrize("X, y, message", [
    (np.zeros(4), [0, 0, 0, 1], "shape"),
    (INPUTS, [0, 0, 1], r"shape \(4,\)"),
    (INPUTS, [[0], [0], [0], [1]], r"shape \(4,\)"),
    (np.where(INPUTS == 1, np.nan, 0), [0, 0, 0, 1], "NaN"),
    (INPUTS, [0, 0, 0, 2], r"labels \{0, 1\}.*\[2\]"),
    (INPUTS, [-1, -1, -1, 1], r"\[-1\]"),
    (np.zeros((0, 2)), [], "no samples"),
])
def test_fit_rejects_bad_data(X, y, message):
    with pytest.raises(ValueError, match=message):
        Perceptron().fit(X, y)


@pytest.mark.parametrize("kwargs", [dict(learning_rate=0), dict(learning_rate=float("nan")),
                                    dict(max_epochs=0), dict(max_epochs=2.5), dict(activation="tanh")])
def test_perceptron_rejects_bad_hyperparameters(kwargs):
    with pytest.raises(ValueError):
        Perceptron(**kwargs)


def test_predict_before_fit():
    with pytest.raises(RuntimeError, match="fit"):
        Perceptron().predict(INPUTS)


# --- iris, against scikit-learn (seed 002) ------------------------------------------------------

def test_iris_setosa_agrees_with_scikit_learn():
    from sklearn.datasets import load_iris
    from sklearn.linear_model import Perceptron as SkPerceptron

    iris = load_iris()
    X = iris.data[:, (2, 3)]  # petal length, petal width
    y = (iris.target == 0).astype(int)
    sk = SkPerceptron(max_iter=1000, tol=1e-3, random_state=42).fit(X, y)
    assert sk.predict([[2, 0.5]]).tolist() == [1]

    ours = Perceptron(learning_rate=1.0, max_epochs=100)
    report = ours.fit(X, y)
    assert report.converged, report.message
    assert ours.predict([[2, 0.5]]).tolist() == [1]
    np.testing.assert_array_equal(ours.predict(X), sk.predict(X))
    np.testing.assert_array_equal(ours.predict(X), y)

    # the two lines differ, so compare only where scikit-learn's is at least 0.5 cm away
    length, width = np.meshgrid(np.linspace(0.5, 7.5, 29), np.linspace(0.0, 2.8, 15))
    grid = np.column_stack([length.ravel(), width.ravel()])
    distance = np.abs(sk.decision_function(grid)) / np.linalg.norm(sk.coef_)
    far = grid[distance > 0.5]
    assert len(far) > 300
    assert set(sk.predict(far).tolist()) == {0, 1}
    np.testing.assert_array_equal(ours.predict(far), sk.predict(far))
