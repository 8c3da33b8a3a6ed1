"""The forward pass as matrices (CURRICULUM §2) through the lab's computation (annstudio.learn.forward)."""
from __future__ import annotations

import numpy as np
import pytest

from annstudio.learn.forward import (
    ACTIVATION_CHOICES,
    BATCH_X,
    FIRST_LAYER,
    FIRST_X,
    SOFTMAX_A,
    activate,
    activation_working,
    cell_working,
    forward,
    layer,
    notes_network,
    number_text,
    product_shapes,
    softmax_both,
    sum_working,
)


def notes_steps():
    x, layers = notes_network()
    return forward(x, layers), layers


def test_the_notes_three_layer_network_to_8_digits():
    steps, _ = notes_steps()
    a1, a2, a3 = (s.a for s in steps)
    z1, z2, y = (s.z for s in steps)
    np.testing.assert_allclose(a1, [0.3, 0.7, 1.1], atol=5e-9)
    np.testing.assert_allclose(z1, [0.57444252, 0.66818777, 0.75026011], atol=5e-9)
    np.testing.assert_allclose(a2, [0.51615984, 1.21402696], atol=5e-9)
    np.testing.assert_allclose(z2, [0.62624937, 0.7710107], atol=5e-9)
    np.testing.assert_allclose(y, [0.31682708, 0.69627909], atol=5e-9)
    np.testing.assert_array_equal(a3, y)  # identity output
    assert [number_text(v) for v in y] == ["0.31682708", "0.69627909"]


def test_shapes_are_written_as_in_the_notes():
    steps, layers = notes_steps()
    assert [product_shapes(s.x.shape, lay.w.shape) for s, lay in zip(steps, layers, strict=True)] == [
        "(2,)·(2, 3) → (3,)", "(3,)·(3, 2) → (2,)", "(2,)·(2, 2) → (2,)"]
    assert product_shapes((4, 2), (2, 3)) == "(4, 2)·(2, 3) → (4, 3)"
    assert product_shapes((2,), (3, 2)) == "(2,)·(3, 2) → ?"


def test_the_sum_of_products_of_a_cell_is_written_out():
    steps, layers = notes_steps()
    assert cell_working(steps, layers, 0, 0, 0) == "1.0×0.1 + 0.5×0.2 + 0.1 = 0.3"
    assert cell_working(steps, layers, 0, 0, 2) == "1.0×0.5 + 0.5×0.6 + 0.3 = 1.1"
    assert cell_working(steps, layers, 1, 0, 1) == (
        "0.57444252×0.4 + 0.66818777×0.5 + 0.75026011×0.6 + 0.2 = 1.214027")
    assert activation_working("sigmoid", steps, 0, 0, 0) == "sigmoid(0.3) = 0.57444252"
    assert sum_working([1, -2], [0.5, -1], -0.25) == "1.0×0.5 + (-2.0)×(-1.0) + (-0.25) = 2.25"
    long = sum_working(np.ones(784), np.full(784, 0.5), 1.0, max_terms=3)
    assert long == "1.0×0.5 + 1.0×0.5 + 1.0×0.5 + … + 1.0×0.5 + 1.0 = 393.0"


def test_the_first_example_and_its_working():
    steps = forward(FIRST_X, [FIRST_LAYER])
    np.testing.assert_array_equal(steps[0].z, [9, 12, 15])
    assert product_shapes(steps[0].x.shape, FIRST_LAYER.w.shape) == "(2,)·(2, 3) → (3,)"
    assert [cell_working(steps, [FIRST_LAYER], 0, 0, j) for j in range(3)] == [
        "1.0×1.0 + 2.0×4.0 = 9.0", "1.0×2.0 + 2.0×5.0 = 12.0", "1.0×3.0 + 2.0×6.0 = 15.0"]


def test_a_batch_is_one_row_per_sample():
    x, layers = notes_network()
    batch = np.array(BATCH_X)
    steps = forward(batch, layers)
    assert [s.a.shape for s in steps] == [(3, 3), (3, 2), (3, 2)]
    assert product_shapes(batch.shape, layers[0].w.shape) == "(3, 2)·(2, 3) → (3, 3)"
    single = forward(x, layers)
    np.testing.assert_allclose(steps[-1].z[0], single[-1].z)   # row 0 is the notes' X
    for row in range(3):
        np.testing.assert_allclose(steps[-1].z[row], forward(batch[row], layers)[-1].z)
    assert cell_working(steps, layers, 0, 2, 0) == "(-1.0)×0.1 + 2.0×0.2 + 0.1 = 0.4"


def test_each_activation_of_the_lab():
    a = np.array([-1.0, 0.0, 2.0])
    expected = {
        "sigmoid": 1 / (1 + np.exp(-a)),
        "tanh": np.tanh(a),
        "relu": [0.0, 0.0, 2.0],
        "step": [0.0, 1.0, 1.0],
        "identity": a,
        "softmax": np.exp(a) / np.exp(a).sum(),
    }
    assert set(expected) == set(ACTIVATION_CHOICES)
    for name, values in expected.items():
        np.testing.assert_allclose(activate(name, a), values, rtol=1e-12)
    rows = activate("softmax", np.array([[1.0, 2.0], [0.0, 0.0]]))
    np.testing.assert_allclose(rows.sum(axis=1), [1.0, 1.0])   # each row of a batch on its own
    x, layers = notes_network()
    relu = forward(x, [layers[0].with_activation("relu")])
    np.testing.assert_allclose(relu[0].z, [0.3, 0.7, 1.1])


def test_shapes_that_do_not_chain_are_refused_with_the_product():
    with pytest.raises(ValueError, match=r"\(2,\)·\(3, 2\) → \?"):
        forward([1.0, 2.0], [layer([[1, 2], [3, 4], [5, 6]])])


def test_softmax_naive_overflows_where_the_stable_one_does_not(recwarn):
    result = softmax_both(SOFTMAX_A)
    assert np.isinf(result.naive_exp).all() and np.isnan(result.naive).all()
    assert any("overflow" in p for p in result.problems) and any("nan" in p for p in result.problems)
    np.testing.assert_array_equal(result.shifted, [0.0, -10.0, -20.0])
    np.testing.assert_allclose(result.stable, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=5e-9)
    assert result.stable.sum() == pytest.approx(1.0)
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]   # caught, not printed
    small = softmax_both([1.0, 2.0, 3.0])
    assert small.problems == () and np.allclose(small.naive, small.stable)


def test_softmax_of_very_negative_values_is_said_to_underflow_to_0_over_0():
    """a = (−1000, −1000, −1000): every exp is 0, the sum is 0: the page said "inf / inf" was the cause."""
    result = softmax_both([-1000.0, -1000.0, -1000.0])
    assert result.naive_sum == 0 and np.isnan(result.naive).all()
    assert len(result.problems) == 1 and "0 / 0" in result.problems[0] and "inf / inf" not in result.problems[0]
    np.testing.assert_allclose(result.stable, [1 / 3] * 3)


def test_what_a_cell_takes():
    from annstudio.learn.forward import read_cell

    assert read_cell(" 0.5 ") == 0.5 and read_cell("-1e-3") == -0.001 and read_cell("1/4") == 0.25
    for text, reason in (("abc", "'abc' is not a number"), ("1 2", "one number"), ("2e6", "too large"),
                         ("", "type a number")):
        with pytest.raises(ValueError, match=reason):
            read_cell(text)


def test_a_cell_reads_commas_as_the_fields_and_quizzes_do():
    """"0,5" in a matrix cell was refused as two numbers while the quiz on the same page took it as 0.5."""
    from annstudio.learn.forward import read_cell

    assert read_cell("0,5") == 0.5 and read_cell("1,000") == 1000.0 and read_cell("-0,25") == -0.25
    with pytest.raises(ValueError, match="one number"):
        read_cell("1, 2")
