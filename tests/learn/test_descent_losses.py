"""Losses as functions of one prediction (learn/losses_lab.py) and the numerical derivative's eps
(learn/numeric.py)."""
from __future__ import annotations

import math

import numpy as np
import pytest

from annstudio.learn.losses_lab import (
    CLASSIFICATION,
    REGRESSION,
    accuracy_curve,
    classification_curves,
    loss_at,
    numeric_check,
    outlier_fits,
    regression_curves,
)
from annstudio.learn.numeric import EPS_VALUES, best_row, central_difference, eps_table


def test_regression_losses_by_hand():
    # target 2, prediction 3.5 (error 1.5), Huber delta 1
    assert loss_at("mse", 3.5, 2.0) == pytest.approx((2.25, 3.0))
    assert loss_at("mae", 3.5, 2.0) == pytest.approx((1.5, 1.0))
    assert loss_at("huber", 3.5, 2.0, delta=1.0) == pytest.approx((1.0 * 1.5 - 0.5, 1.0))
    assert loss_at("huber", 2.5, 2.0, delta=1.0) == pytest.approx((0.125, 0.5))
    assert loss_at("mae", 1.0, 2.0) == pytest.approx((1.0, -1.0))


def test_cross_entropies_by_hand():
    assert loss_at("binary_crossentropy", 0.8, 1.0) == pytest.approx((-math.log(0.8), -1 / 0.8))
    assert loss_at("binary_crossentropy", 0.8, 0.0) == pytest.approx((-math.log(0.2), 1 / 0.2))
    # three classes, the target's probability 0.5 (the others 0.25 each): -log 0.5, d/dp = -1/p
    assert loss_at("categorical_crossentropy", 0.5, 1.0) == pytest.approx((math.log(2), -2.0))


@pytest.mark.parametrize("name", REGRESSION + CLASSIFICATION)
@pytest.mark.parametrize("prediction", [0.13, 0.42, 0.77])
def test_derivatives_match_central_differences(name, prediction):
    target = 1.0 if name in CLASSIFICATION else -0.6
    analytic, numeric = numeric_check(name, prediction, target, delta=0.7)
    assert analytic == pytest.approx(numeric, rel=1e-6)


def test_curves_have_their_shapes():
    curves = regression_curves(target=1.0, delta=0.5)
    mse, mae, huber = curves["mse"], curves["mae"], curves["huber"]
    centre = int(np.argmin(np.abs(mse.predictions - 1.0)))
    assert mse.values[centre] == pytest.approx(0) and mae.values[centre] == pytest.approx(0)
    assert np.all(np.abs(mae.derivatives) <= 1.0 + 1e-12)
    assert np.all(np.abs(huber.derivatives) <= 0.5 + 1e-12)              # clipped at delta
    np.testing.assert_allclose(mse.derivatives, 2 * (mse.predictions - 1.0), atol=1e-12)
    cls = classification_curves(target=1)
    bce = cls["binary_crossentropy"]
    assert np.all(np.diff(bce.values) < 0) and np.all(bce.derivatives < 0)   # target 1: lower as p rises


def test_accuracy_is_a_step_with_zero_derivative_almost_everywhere():
    curve = accuracy_curve(target=1)
    assert set(curve.values.tolist()) == {0.0, 1.0}
    nonzero = np.flatnonzero(curve.derivatives)
    assert len(nonzero) <= 1 and np.all(np.abs(curve.predictions[nonzero] - 0.5) < 1e-5)
    assert np.count_nonzero(curve.derivatives == 0) >= len(curve.derivatives) - 1


def test_the_outlier_pulls_mse_more_than_mae_and_huber():
    fits = outlier_fits(delta=1.0)
    assert fits.pull("mse") > 2.0
    assert fits.pull("mae") < 0.5 and fits.pull("huber") < 0.5
    assert fits.pull("mse") > 5 * max(fits.pull("mae"), fits.pull("huber"))
    # the MSE line is the least-squares line
    np.testing.assert_allclose(fits.fits["mse"], np.polyfit(fits.x, fits.y, 1), atol=1e-3)


def test_eps_table_shows_truncation_and_round_off():
    rows = {row.eps: row for row in eps_table("sigmoid", 1.0)}
    assert set(rows) == set(EPS_VALUES) and max(EPS_VALUES) == 0.1 and min(EPS_VALUES) == 1e-50
    analytic = rows[0.1].analytic
    assert analytic == pytest.approx(0.19661193324148185, rel=1e-15)
    for eps in (1e-4, 1e-5, 1e-6):                 # the good range: the notes' 1e-6 among them
        assert rows[eps].error < 1e-9
    assert rows[0.1].error > 1e-4                  # too large: the chord, not the tangent
    assert rows[1e-13].error > 1e-3                # round-off
    assert rows[1e-50].numeric == 0.0 and rows[1e-20].numeric == 0.0
    assert best_row(list(rows.values())).eps in (1e-4, 1e-5, 1e-6)


def test_float32_rounds_off_much_sooner():
    rows = {row.eps: row for row in eps_table("x^2", 3.0, dtype="float32")}
    assert rows[1e-2].error < 1e-4
    assert rows[1e-8].numeric == 0.0 and rows[1e-50].numeric == 0.0
    assert central_difference(lambda x: x * x, 3.0, 1e-50, "float32") == 0.0   # 0, not nan
