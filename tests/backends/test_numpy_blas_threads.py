"""``blas.blas_threads``: NumPy's OpenBLAS runs the given number of threads inside the block and as many as
before after it, also when the block fails; a model whose training products OpenBLAS keeps on one thread
anyway (``trains_on_one_thread``) trains bit for bit the same with one BLAS thread or all of them."""
import ctypes
import itertools

import numpy as np
import pytest

from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.blas import _openblas_function, blas_threads, trains_on_one_thread
from annstudio.spec import ModelSpec


def thread_count():
    get = _openblas_function("scipy_openblas_get_num_threads64_")
    if get is None:
        pytest.skip("NumPy's BLAS here is not the OpenBLAS of NumPy's wheels")
    get.restype = ctypes.c_int
    return get


def test_the_thread_count_is_set_inside_and_restored_after():
    get = thread_count()
    before = get()
    with blas_threads(1):
        assert get() == 1
    assert get() == before
    with pytest.raises(RuntimeError), blas_threads(1):
        raise RuntimeError("a failing block")
    assert get() == before
    outer, inner = blas_threads(1), blas_threads(1)   # overlapping blocks (two threads), ending out of order
    outer.__enter__()
    inner.__enter__()
    outer.__exit__(None, None, None)
    assert get() == 1
    inner.__exit__(None, None, None)
    assert get() == before


def train(spec, batch, threads):
    rng = np.random.default_rng(1)
    x = rng.random((batch * 20, spec.layers[0].config["shape"][0]), dtype=np.float32)
    y = rng.integers(0, 10, len(x))
    model = build_model(spec, seed=0)
    model.compile("sparse_categorical_crossentropy", {"class_name": "SGD", "config": {"learning_rate": 0.05}})
    with blas_threads(threads):
        for first in range(0, len(x), batch):
            model.train_step(x[first:first + batch], y[first:first + batch])
    return model.get_weights()


@pytest.mark.parametrize("sizes, batch", [((2, 16, 16, 10), 10), ((64, 32, 10), 32), ((784, 10), 32)])
def test_a_model_on_one_thread_anyway_trains_the_same_with_one_or_all(sizes, batch):
    before = thread_count()()
    layers = [("Dense", {"units": n, "activation": "tanh"}) for n in sizes[1:-1]]
    spec = ModelSpec.stack([sizes[0]], [*layers, ("Dense", {"units": sizes[-1], "activation": "softmax"})])
    assert trains_on_one_thread(list(itertools.pairwise(sizes)), batch)
    one, all_ = train(spec, batch, 1), train(spec, batch, before)
    for key in one:
        np.testing.assert_array_equal(one[key], all_[key])


def test_larger_products_are_not_counted_as_one_thread():
    assert not trains_on_one_thread([(784, 300), (300, 100), (100, 10)], 32)   # the notes' recipe
    assert not trains_on_one_thread([(400, 400)], 4)
