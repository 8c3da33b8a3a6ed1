"""``kernel_halves``: a large Dense kernel's products split by rows between two cores while training with plain
SGD. The products give the numbers NumPy gives, the SGD step exactly the numbers of the one-call step, the
recipe's network trains to the same weights with and without the split and with one BLAS thread or two, and
products too small for the split (OpenBLAS's batched small-matrix path crashed) are never split."""
import ctypes

import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.blas import _openblas_function, blas_threads, subtract_xt_g
from annstudio.backends.numpy.kernel_halves import MAX_ROWS, MIN_HALF_PRODUCT, KernelHalves
from annstudio.backends.numpy.layers import Dense
from annstudio.spec import ModelSpec


def openblas_core():
    """The CPU kernels NumPy's OpenBLAS chose here (``"SkylakeX"``, ``"Haswell"``, ...), or ``""``."""
    function = _openblas_function("scipy_openblas_get_corename64_")
    if function is None:
        return ""
    function.restype = ctypes.c_char_p
    return function().decode()


#: the kernels on which the split was measured to give OpenBLAS's own numbers bit for bit (docs/speed.md): the
#: AVX-512 ones. Elsewhere (the Haswell kernels of an AMD EPYC machine) a half's rows fall on other edges of
#: the micro-kernels and a few weights differ in the last bits (measured: up to 3 units in the last place)
BIT_FOR_BIT = openblas_core() in ("SkylakeX", "Cooperlake", "SapphireRapids")


def assert_same_weights(actual, desired):
    """Equal bit for bit where the kernels sum alike (``BIT_FOR_BIT``), else to rounding: a wrong half or
    offset moves weights by about 1e-2, rounding by 1e-8."""
    if BIT_FOR_BIT:
        np.testing.assert_array_equal(actual, desired)
    else:
        np.testing.assert_allclose(actual, desired, rtol=0, atol=1e-6)


def halves_for(kernel):
    halves = KernelHalves.for_kernel(kernel)
    if halves is None:
        pytest.skip("NumPy's BLAS here has no batched gemm (not the OpenBLAS of NumPy's wheels)")
    return halves


def arrays(n, n_in, units, dtype):
    rng = np.random.default_rng(3)
    return (rng.standard_normal((n, n_in)).astype(dtype), rng.standard_normal((n_in, units)).astype(dtype) * 0.05,
            rng.standard_normal((n, units)).astype(dtype) * 0.01)


@pytest.mark.parametrize("n, n_in, units", [(32, 784, 300), (96, 301, 200), (256, 300, 100)])
def test_the_split_products_give_numpys_numbers(n, n_in, units):
    dtype = np.float32
    x, w, g = arrays(n, n_in, units, dtype)
    halves = halves_for(w)
    assert halves.applies(x)
    tol = 1e-5
    out = np.empty((n, units), dtype)
    halves.forward(x, w, out, np.empty((2, n, units), dtype))
    np.testing.assert_allclose(out, x.astype(np.float64) @ w, rtol=tol, atol=tol)
    dx = np.empty((n, n_in), dtype)
    halves.input_grad(g, w, dx)
    np.testing.assert_allclose(dx, g.astype(np.float64) @ w.T, rtol=tol, atol=tol)
    one_call = w.copy()
    subtract_xt_g(one_call, x, g, np.empty_like(w))
    halves.step(w, x, g)
    assert_same_weights(w, one_call)   # each weight: the same sum over the batch, subtracted once


def test_products_too_small_or_unsuited_are_not_split():
    x, w, _ = arrays(32, 300, 100, np.float32)   # 150 x 100 x 32: a half below MIN_HALF_PRODUCT
    halves = halves_for(w)
    assert 32 * 100 * 150 < MIN_HALF_PRODUCT
    assert not halves.applies(x)
    x, w, _ = arrays(32, 784, 300, np.float32)
    halves = halves_for(w)
    assert halves.applies(x)
    assert not halves.applies(x[:, ::1].T.copy().T)              # not C-ordered
    assert not halves.applies(x.astype(np.float64))             # another dtype than the kernel's
    assert KernelHalves.for_kernel(w.astype(np.float64)) is None  # float64 keeps the one-call step
    assert not halves.applies(np.zeros((MAX_ROWS + 1, 784), np.float32))
    assert not halves.applies(np.zeros((0, 784), np.float32))


def recipe_network(optimizer="SGD", l2=None):
    dense = {"units": 300, "activation": "relu"}
    if l2:
        dense["kernel_regularizer"] = {"class_name": "L2", "config": {"l2": l2}}
    spec = ModelSpec.stack([784], [("Dense", dense), ("Dense", {"units": 100, "activation": "relu"}),
                                   ("Dense", {"units": 10, "activation": "softmax"})])
    model = build_model(spec, seed=0)
    model.compile("sparse_categorical_crossentropy", {"class_name": optimizer, "config": {"learning_rate": 0.01}})
    return model


def sums_in_the_same_halves(threads):
    x, w, _ = arrays(32, 784, 300, np.float32)
    split = np.empty((32, 300), np.float32)
    halves_for(w).forward(x, w, split, np.empty((2, 32, 300), np.float32))
    with blas_threads(threads):
        return np.array_equal(split, x @ w)


def first_dense(model):
    return next(layer for layer in model.layers if isinstance(layer, Dense))


def train(model, threads, batch=32, steps=40):
    rng = np.random.default_rng(7)
    x = rng.random((batch * steps, 784), dtype=np.float32)
    y = rng.integers(0, 10, len(x))
    with blas_threads(threads):
        for first in range(0, len(x), batch):
            model.train_step(x[first:first + batch], y[first:first + batch])
    return model.get_weights()


def test_the_recipe_network_splits_its_first_kernel_only_for_plain_sgd():
    model = recipe_network()
    if first_dense(model).halves is None:
        pytest.skip("NumPy's BLAS here has no batched gemm")
    assert first_dense(model).halves.splits_forward               # 784 inputs
    assert first_dense(recipe_network("Adam")).halves is None     # the update runs after the backward pass
    assert first_dense(recipe_network(l2=1e-4)).halves is None    # a penalty's gradient joins the update


@pytest.mark.parametrize("batch", [32, 256])
def test_the_recipe_network_trains_to_the_same_weights_split_or_not_and_on_one_thread_or_two(batch):
    get = _openblas_function("scipy_openblas_get_num_threads64_")
    split = recipe_network()
    if get is None or first_dense(split).halves is None:
        pytest.skip("NumPy's BLAS here is not the OpenBLAS of NumPy's wheels")
    get.restype = ctypes.c_int
    threads = max(2, get())
    whole = recipe_network()
    for layer in whole.layers:
        if isinstance(layer, Dense):
            layer.halves = None
    with_split = train(split, threads, batch, steps=12)
    one_thread = train(recipe_network(), 1, batch, steps=12)
    for key, value in with_split.items():
        assert_same_weights(value, one_thread[key])
    if batch == 32 and sums_in_the_same_halves(threads):
        # OpenBLAS's own two-thread product sums the 784 inputs in two blocks of 392 (its GEMM_Q on AVX-512
        # is 448), as the split does: the weights are those annstudio trained before the split
        without = train(whole, threads, batch, steps=12)
        for key, value in with_split.items():
            np.testing.assert_array_equal(value, without[key])


def test_the_split_trains_the_same_while_another_thread_runs_products():
    # the window predicts (decision regions, the test set) on its own thread while the worker trains
    import threading

    if first_dense(recipe_network()).halves is None:
        pytest.skip("NumPy's BLAS here has no batched gemm")
    alone = train(recipe_network(), 2, steps=60)
    stop = threading.Event()
    mismatches = []

    def predict_meanwhile():
        rng = np.random.default_rng(1)
        a, b = rng.random((2000, 784), dtype=np.float32), rng.random((784, 300), dtype=np.float32)
        expected = a @ b
        while not stop.is_set():
            if not np.array_equal(a @ b, expected):
                mismatches.append(1)

    other = threading.Thread(target=predict_meanwhile)
    other.start()
    try:
        beside = train(recipe_network(), 2, steps=60)
    finally:
        stop.set()
        other.join()
    assert not mismatches
    for key, value in alone.items():
        np.testing.assert_array_equal(value, beside[key])
