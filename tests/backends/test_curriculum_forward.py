"""CURRICULUM.md §2: the MLP forward pass as matrices, stable softmax, numerical derivatives."""
import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.activations import ACTIVATIONS, sigmoid, softmax
from annstudio.backends.numpy.gradcheck import numerical_derivative
from annstudio.spec import ModelSpec

X = np.array([1.0, 0.5])
W1 = np.array([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]])
B1 = np.array([0.1, 0.2, 0.3])
W2 = np.array([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]])
B2 = np.array([0.1, 0.2])
W3 = np.array([[0.1, 0.3], [0.2, 0.4]])
B3 = np.array([0.1, 0.2])
A1 = [0.3, 0.7, 1.1]
Z1 = [0.57444252, 0.66818777, 0.75026011]
A2 = [0.51615984, 1.21402696]
Z2 = [0.62624937, 0.7710107]
Y = [0.31682708, 0.69627909]


def test_vector_times_matrix_through_a_dense_layer():
    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "use_bias": False})])
    model = build_model(spec, seed=0, dtype="float64")
    model.set_weights({"dense/kernel": np.array([[1, 2, 3], [4, 5, 6]])})
    np.testing.assert_array_equal(model.predict(np.array([[1, 2]])), [[9, 12, 15]])


def test_three_layer_forward_pass_step_by_step():
    # The notes' a = x W + b, z = h(a): a Dense (linear) then an Activation layer, so every stage is visible.
    spec = ModelSpec.stack([2], [
        ("Dense", {"units": 3}), ("Activation", {"activation": "sigmoid"}),
        ("Dense", {"units": 2}), ("Activation", {"activation": "sigmoid"}),
        ("Dense", {"units": 2, "activation": "linear"}),
    ])
    model = build_model(spec, seed=0, dtype="float64")
    model.set_weights({"dense/kernel": W1, "dense/bias": B1, "dense_1/kernel": W2, "dense_1/bias": B2,
                       "dense_2/kernel": W3, "dense_2/bias": B3})
    outs = model.layer_outputs(X[None])
    np.testing.assert_allclose(outs["dense"][0], A1, atol=1e-8)
    np.testing.assert_allclose(outs["activation"][0], Z1, atol=1e-8)
    np.testing.assert_allclose(outs["dense_1"][0], A2, atol=1e-8)
    np.testing.assert_allclose(outs["activation_1"][0], Z2, atol=1e-8)
    np.testing.assert_allclose(outs["dense_2"][0], Y, atol=1e-8)


def test_three_layer_forward_pass_with_fused_activations():
    spec = ModelSpec.stack([2], [
        ("Dense", {"units": 3, "activation": "sigmoid"}),
        ("Dense", {"units": 2, "activation": "sigmoid"}),
        ("Dense", {"units": 2, "activation": "linear"}),
    ])
    model = build_model(spec, seed=0, dtype="float64")
    model.set_weights({"dense/kernel": W1, "dense/bias": B1, "dense_1/kernel": W2, "dense_1/bias": B2,
                       "dense_2/kernel": W3, "dense_2/bias": B3})
    np.testing.assert_allclose(model.predict(X[None])[0], Y, atol=1e-8)
    outs = model.layer_outputs(X[None])
    np.testing.assert_allclose(outs["dense"][0], Z1, atol=1e-8)
    np.testing.assert_allclose(outs["dense_1"][0], Z2, atol=1e-8)
    # float32, the default, agrees to float32 precision
    model32 = build_model(spec, seed=0)
    model32.set_weights(model.get_weights())
    np.testing.assert_allclose(model32.predict(X[None])[0], Y, atol=1e-6)


def test_softmax_is_stable_for_large_inputs():
    big = softmax(np.array([1010.0, 1000.0, 990.0]))
    assert np.all(np.isfinite(big))
    assert big.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(big, softmax(np.array([20.0, 10.0, 0.0])), rtol=1e-12)
    naive = np.exp(np.array([20.0, 10.0, 0.0]))
    np.testing.assert_allclose(big, naive / naive.sum(), rtol=1e-12)
    # float32 too, and row-wise on a batch
    batch = softmax(np.array([[1010, 1000, 990], [0, 0, 0]], dtype=np.float32))
    assert batch.dtype == np.float32 and np.all(np.isfinite(batch))
    np.testing.assert_allclose(batch[1], [1 / 3] * 3, rtol=1e-6)


def test_sigmoid_is_stable_for_large_inputs():
    with np.errstate(over="raise", invalid="raise", divide="raise"):  # underflow to 0 is fine
        values = sigmoid(np.array([-1000.0, -50.0, 0.0, 50.0, 1000.0]))
        values32 = sigmoid(np.array([-1000.0, 0.0, 1000.0], dtype=np.float32))
    np.testing.assert_allclose(values, [0.0, np.exp(-50.0), 0.5, 1.0, 1.0], rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(values32, [0.0, 0.5, 1.0], atol=1e-37)
    # beyond where e^-z would overflow, sigmoid(z) is e^z exactly: 0 far out, not the capped 1 / (1 + e^708)
    # (the forward-pass lab showed sigmoid(-1e6) as 3.307553e-308 beside a text saying it underflows to 0)
    deep = np.array([-1e6, -800.0, -720.0, -700.0])
    assert sigmoid(deep).tolist() == [0.0, 0.0, np.exp(-720.0), 1 / (1 + np.exp(700.0))]
    # float32 (training) keeps the cap: a few percent of a playground step for values far below its last bit
    deep32 = sigmoid(np.array([-1e6, -80.0], dtype=np.float32))
    assert deep32.dtype == np.float32 and 0 <= deep32[0] < 1e-38 and deep32[1] == 1 / (1 + np.exp(np.float32(80.0)))


def test_activation_values_from_the_notes():
    z = np.array([-1.0, 0.0, 2.0])
    step, _ = ACTIVATIONS["step"]
    relu, relu_d = ACTIVATIONS["relu"]
    tanh, tanh_d = ACTIVATIONS["tanh"]
    np.testing.assert_array_equal(step(z), [0, 1, 1])          # Heaviside: 1 if z >= 0
    np.testing.assert_array_equal(relu(z), [0, 0, 2])
    np.testing.assert_array_equal(relu_d(z), [0, 0, 1])
    np.testing.assert_allclose(tanh_d(z), 1 - np.tanh(z) ** 2)
    np.testing.assert_allclose(sigmoid(z), 1 / (1 + np.exp(-z)))


def test_numerical_derivative_of_the_book_function():
    def f(x):
        return 0.01 * x ** 2 + 0.1 * x

    assert numerical_derivative(f, 5.0) == pytest.approx(0.2, abs=1e-9)
    assert numerical_derivative(f, 10.0) == pytest.approx(0.3, abs=1e-9)


def test_numerical_derivative_of_sigmoid_matches_the_analytic_one():
    f, df = ACTIVATIONS["sigmoid"]
    z = np.linspace(-6, 6, 25)
    s = 1 / (1 + np.exp(-z))
    np.testing.assert_allclose(numerical_derivative(f, z), s * (1 - s), atol=1e-9)
    np.testing.assert_allclose(df(z), s * (1 - s), atol=1e-15)
