"""The perceptron lab's numbers (CURRICULUM §1) through the lab's own code: gates, threshold forms, the
learning rule and XOR, two layers, iris against scikit-learn, the date example, the x1·x2 feature."""
import numpy as np
import pytest

from annstudio.backends.numpy.perceptron import Perceptron
from annstudio.learn.perceptron_examples import (
    DATE_THRESHOLD,
    DATE_WEIGHTS,
    FEATURE_XOR,
    IRIS_PROBE,
    TWO_LAYER,
    date_decision,
    date_table,
    feature_output,
    feature_rule,
    iris_predict,
    iris_run,
    iris_setosa,
    sklearn_iris,
    two_layer_table,
    xor_model,
    xor_project,
)
from annstudio.learn.perceptron_lab import (
    INPUTS,
    PRESETS,
    TARGETS,
    Unit,
    num,
    output_question,
    preset,
    separable,
    truth_table,
    z_question,
)
from annstudio.learn.perceptron_rule import CONVERGED, GAVE_UP, RuleStepper, update_question
from annstudio.learn.quiz import grade

TABLES = {"AND": [0, 0, 0, 1], "NAND": [1, 1, 1, 0], "OR": [0, 1, 1, 1], "XOR": [0, 1, 1, 0]}


# ------------------------------------------------------------------ units, presets, tables
@pytest.mark.parametrize("key, weights", [("AND", (0.5, 0.5, -0.7)), ("NAND", (-0.5, -0.5, 0.7)),
                                          ("OR", (0.5, 0.5, -0.4))])
def test_gate_presets_are_the_notes_weights_and_realise_their_tables(key, weights):
    p = preset(key)
    assert (p.unit.w1, p.unit.w2, p.unit.b) == weights
    for activation in ("step", "step_strict"):   # no input lies on the line: both steps agree
        rows = truth_table(Unit(*weights, activation), key)
        assert [r.output for r in rows] == TABLES[key]
        assert [r.target for r in rows] == TABLES[key]
        assert all(r.correct for r in rows)


def test_truth_table_rows_carry_inputs_z_output_target_and_correct():
    rows = truth_table(preset("AND").unit, "AND")
    assert [(r.x1, r.x2) for r in rows] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    np.testing.assert_allclose([r.z for r in rows], [-0.7, -0.2, -0.2, 0.3])
    assert TARGETS["XOR"] == (0, 1, 1, 0)


@pytest.mark.parametrize("key, w1, w2, theta", [("AND θ 0.7", 0.5, 0.5, 0.7), ("AND θ 0.8", 0.5, 0.5, 0.8),
                                                ("AND θ 1", 1.0, 1.0, 1.0)])
def test_threshold_forms_realise_and_with_b_minus_theta(key, w1, w2, theta):
    p = preset(key)
    assert p.threshold_form and p.gate == "AND"
    assert (p.unit.w1, p.unit.w2, p.unit.theta, p.unit.b) == (w1, w2, theta, -theta)
    assert [r.output for r in truth_table(p.unit, "AND")] == TABLES["AND"]


def test_threshold_one_needs_the_notes_strict_comparison():
    # (1, 1, θ 1): (0, 1) and (1, 0) give z = 0 exactly; "> θ" keeps them at 0, Heaviside (z ≥ 0) fires
    unit = Unit.from_threshold(1, 1, 1, activation="step")
    assert [r.output for r in truth_table(unit, "AND")] == [0, 1, 1, 1]


def test_sign_activation_uses_minus_one_and_plus_one():
    rows = truth_table(Unit(0.5, 0.5, -0.7, "sign"), "AND")
    assert [r.output for r in rows] == [-1, -1, -1, 1] and [r.target for r in rows] == [-1, -1, -1, 1]
    assert all(r.correct for r in rows)


def test_no_unit_realises_xor():
    assert not separable(TARGETS["XOR"]) and all(separable(TARGETS[g]) for g in ("AND", "NAND", "OR"))
    assert min(sum(not r.correct for r in truth_table(p.unit, "XOR")) for p in PRESETS) >= 1
    grid = np.linspace(-1, 1, 21)
    for w1 in grid:
        for w2 in grid:
            for b in grid:
                assert [r.output for r in truth_table(Unit(w1, w2, b), "XOR")] != TABLES["XOR"]


def test_line_passes_through_the_zero_of_z():
    unit = preset("AND").unit
    x1, x2 = unit.line()
    np.testing.assert_allclose(unit.w1 * x1 + unit.w2 * x2 + unit.b, 0, atol=1e-12)
    steep = Unit(1.0, 0.0, -0.5)
    x1, x2 = steep.line()
    np.testing.assert_allclose(x1, [0.5, 0.5])
    assert Unit(0, 0, 1).line()[0].size == 0


def test_quiz_questions_grade_the_notes_values():
    q = output_question(preset("AND").unit, "AND", 1, 0)
    assert q.answer == 0 and grade(q, "0").correct and not grade(q, "1").correct
    assert "-0.2" in q.working
    q = z_question(preset("AND").unit, 1, 1)
    assert grade(q, "0.3").correct
    assert num(0.1 + 0.2) == "0.3" and num(-0.0) == "0"


# ------------------------------------------------------------------ the learning rule
@pytest.mark.parametrize("gate", ["AND", "NAND", "OR"])
@pytest.mark.parametrize("eta", [1.0, 0.5, 0.1])
def test_stepper_makes_the_backends_updates_and_converges_on_separable_gates(gate, eta):
    stepper = RuleStepper(INPUTS, TARGETS[gate], eta=eta, max_epochs=100, separable=True)
    stepper.run()
    reference = Perceptron(learning_rate=eta, max_epochs=100)
    report = reference.fit(INPUTS, TARGETS[gate])
    assert stepper.status == CONVERGED and report.converged
    assert stepper.errors_per_epoch == report.errors_per_epoch
    for ours, (w, b) in zip(stepper.history, reference.history, strict=True):
        np.testing.assert_allclose(ours, (*w, b))
    assert [r.output for r in truth_table(Unit(*stepper.params), gate)] == TABLES[gate]
    assert "Converged: epoch" in stepper.report()


def test_each_update_is_w_plus_eta_error_x_written_out():
    stepper = RuleStepper(INPUTS, TARGETS["AND"], eta=0.5)
    first = stepper.next_sample()   # (0, 0): z = 0 fires, y = 0: b ← 0 + 0.5·(−1) = −0.5
    assert (first.z, first.output, first.target, first.error) == (0, 1, 0, -1)
    assert first.after == (0.0, 0.0, -0.5)
    text = "\n".join(first.lines())
    assert "b = 0 + 0.5·(-1) = -0.5" in text and "w1 = 0 + 0.5·(-1)·0 = 0" in text
    second = stepper.next_sample()
    assert not second.changed and second.after == second.before and "nothing changes" in second.lines()[1]
    epoch = stepper.next_epoch()    # the rest of epoch 1: (1, 0) right, (1, 1) wrong
    assert [u.index for u in epoch] == [2, 3] and epoch[-1].after == (0.5, 0.5, 0.0)
    assert stepper.errors_per_epoch == [2] and stepper.epoch == 2 and stepper.position == 0


def test_update_question_asks_for_the_next_w1():
    stepper = RuleStepper(INPUTS, TARGETS["AND"], eta=0.5, start=(0.0, 0.0, -0.5))
    stepper.next_sample()
    stepper.next_sample()
    stepper.next_sample()
    q = update_question(stepper)   # (1, 1): z = -0.5 < 0, y = 1: w1 = 0 + 0.5·1·1
    assert q.answer == 0.5 and grade(q, "0.5").correct and "w1 = 0 + 0.5·(1)·1 = 0.5" in q.working
    assert stepper.params == (0.0, 0.0, -0.5)   # asking changes nothing


def test_xor_never_converges_and_the_report_says_why():
    stepper = RuleStepper(INPUTS, TARGETS["XOR"], max_epochs=20, separable=False)
    stepper.run()
    assert stepper.status == GAVE_UP and len(stepper.errors_per_epoch) == 20
    assert all(e > 0 for e in stepper.errors_per_epoch)
    assert len({p for p in stepper.history}) > 1                # the line keeps moving
    assert stepper.repeated_epoch() is not None
    report = stepper.report()
    assert "not linearly separable" in report and "NAND" in report and "x1·x2" in report
    assert stepper.next_sample() is None and stepper.next_epoch() == []


def test_stepper_checks_its_arguments():
    with pytest.raises(ValueError):
        RuleStepper(INPUTS, TARGETS["AND"], eta=0)
    with pytest.raises(ValueError):
        RuleStepper(INPUTS, TARGETS["AND"], start=(0, 0))


def test_sign_rule_uses_minus_one_targets():
    stepper = RuleStepper(INPUTS, [-1, 1, 1, 1], activation="sign", max_epochs=50)
    stepper.run()
    assert stepper.status == CONVERGED
    assert [r.output for r in truth_table(Unit(*stepper.params, "sign"), "OR")] == [-1, 1, 1, 1]


# ------------------------------------------------------------------ two layers
def test_two_layer_xor_each_unit_and_the_network():
    assert (TWO_LAYER["NAND"].w1, TWO_LAYER["NAND"].w2, TWO_LAYER["NAND"].b) == (-0.5, -0.5, 0.7)
    rows = two_layer_table()
    assert [r.s1 for r in rows] == TABLES["NAND"] and [r.s2 for r in rows] == TABLES["OR"]
    assert [r.y for r in rows] == TABLES["XOR"] == [r.target for r in rows]


def test_xor_model_predicts_xor_in_the_numpy_backend():
    from annstudio.backends.numpy import build_model

    spec, weights = xor_model()
    assert [layer.config.get("activation") for layer in spec.layers[1:]] == ["step", "step"]
    model = build_model(spec, seed=0)
    model.set_weights(weights)
    assert model.predict(INPUTS).ravel().tolist() == TABLES["XOR"]
    project, _ = xor_project()
    assert project.dataset["name"] == "xor" and project.model.to_dict() == spec.to_dict()


# ------------------------------------------------------------------ iris
def test_iris_rule_agrees_with_scikit_learn_on_every_flower():
    X, y = iris_setosa()
    assert X.shape == (150, 2) and y.sum() == 50
    stepper = iris_run()
    assert stepper.status == CONVERGED
    ours = iris_predict(stepper.params, X)
    coef, intercept, theirs = sklearn_iris()
    np.testing.assert_array_equal(ours, theirs)
    np.testing.assert_array_equal(ours, y)
    assert iris_predict(stepper.params, [IRIS_PROBE]).tolist() == [1]
    assert (np.asarray([IRIS_PROBE]) @ coef + intercept >= 0).tolist() == [True]


# ------------------------------------------------------------------ the date
def test_date_unit_the_weights_say_what_matters():
    assert DATE_WEIGHTS == {"weather": (6, 2, 2), "nearby": (2, 2, 6)} and DATE_THRESHOLD == 5
    weather, nearby = DATE_WEIGHTS["weather"], DATE_WEIGHTS["nearby"]
    assert date_decision((1, 0, 0), weather) == (6, True)      # good weather alone: go
    assert date_decision((1, 0, 0), nearby) == (2, False)      # for the other person: no
    assert date_decision((0, 1, 1), weather) == (4, False)
    assert date_decision((0, 1, 1), nearby) == (8, True)
    assert [go for _, _, go in date_table(weather)] == [c[0] == 1 for c, _, _ in date_table(weather)]


# ------------------------------------------------------------------ features
def test_x1_x2_feature_lets_one_unit_separate_xor():
    assert feature_output(FEATURE_XOR).tolist() == TABLES["XOR"]
    stepper = feature_rule()
    stepper.run()
    assert stepper.status == CONVERGED
    assert feature_output(stepper.params).tolist() == TABLES["XOR"]
    plain = feature_rule(("x1", "x2"))
    plain.run()
    assert plain.status == GAVE_UP


def test_date_question_asks_for_the_weighted_sum():
    from annstudio.learn.perceptron_examples import date_question

    q = date_question((1, 1, 0), DATE_WEIGHTS["nearby"])
    assert q.answer == 4 and grade(q, "4").correct and not grade(q, "8").correct
    assert "2·1 + 2·1 + 6·0 = 4 ≤ θ = 5" in q.working and "stay home" in q.working
    assert "yes, go out" in date_question((0, 0, 1), DATE_WEIGHTS["nearby"]).working
