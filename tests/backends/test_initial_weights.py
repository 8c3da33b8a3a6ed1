"""The seeded initial-weight draw both backends share (``annstudio.backends.initial_weights``)."""
import numpy as np
import pytest

from annstudio.backends.initial_weights import initial_weights, resolve_dtype, resolve_seed
from annstudio.backends.numpy import build_model
from annstudio.spec import LayerSpec, ModelSpec


def specs():
    yield ModelSpec.stack([3], [("Dense", {"units": 8, "activation": "tanh"}),
                                ("Dense", {"units": 2, "activation": "softmax", "use_bias": False})])
    yield ModelSpec.stack([4, 3], [("Flatten", {}), ("Dense", {"units": 6, "kernel_initializer": "he_normal",
                                                               "bias_initializer": "random_uniform"}),
                                   ("BatchNormalization", {"center": False}), ("Dropout", {"rate": 0.3}),
                                   ("Dense", {"units": 3, "kernel_initializer": "glorot_normal"})])
    yield ModelSpec([
        LayerSpec("Input", "input", {"shape": [5]}),
        LayerSpec("Dense", "hidden", {"units": 4, "kernel_initializer": {"class_name": "RandomNormal",
                                                                       "config": {"mean": 0.5, "stddev": 2.0}}}),
        LayerSpec("BatchNormalization", "bn", {}),
        LayerSpec("Concatenate", "concat", {}, ["input", "bn"]),
        LayerSpec("Dense", "output", {"units": 1, "kernel_initializer": "he_uniform"}),
    ])


@pytest.mark.parametrize("spec", list(specs()))
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_the_shared_draw_is_what_the_numpy_backend_starts_from(spec, dtype):
    ours = initial_weights(spec, 7, dtype)
    theirs = build_model(spec, seed=7, dtype=dtype).get_weights()
    assert list(ours) == list(theirs)
    for key in ours:
        assert ours[key].dtype == theirs[key].dtype
        np.testing.assert_array_equal(ours[key], theirs[key], err_msg=key)
    other = initial_weights(spec, 8, dtype)
    assert any(not np.array_equal(other[k], ours[k]) for k in ours if k.endswith("kernel"))


def test_seed_and_dtype_are_checked():
    assert resolve_seed(3) == 3 and isinstance(resolve_seed(None), int)
    for bad in (-1, 1.5, True, "0"):
        with pytest.raises(ValueError, match="seed"):
            resolve_seed(bad)
    assert resolve_dtype("float64") == np.float64
    for bad in ("float16", "int32", "nonsense"):
        with pytest.raises(ValueError, match="dtype must be one of float32, float64"):
            resolve_dtype(bad)
