"""Shared models and helpers for the .h5 tests."""
import numpy as np

from annstudio.backends.numpy import build_model
from annstudio.spec import LayerSpec, ModelSpec


def plain_stack() -> ModelSpec:
    return ModelSpec.stack([3], [("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 4, "activation": "relu"}),
                                 ("Dense", {"units": 2, "activation": "softmax"})], name="plain")


def wide_and_deep() -> ModelSpec:
    """CURRICULUM §4: input -> Dense(30 relu) -> Dense(30 relu); concatenate(input, hidden2) -> Dense(1)."""
    return ModelSpec([
        LayerSpec("Input", "input", {"shape": [8]}),
        LayerSpec("Dense", "hidden1", {"units": 30, "activation": "relu"}),
        LayerSpec("Dense", "hidden2", {"units": 30, "activation": "relu"}),
        LayerSpec("Concatenate", "concat", {}, ["input", "hidden2"]),
        LayerSpec("Dense", "output", {"units": 1}),
    ], name="wide_deep")


def mixed_stack() -> ModelSpec:
    return ModelSpec.stack([4, 3], [("Flatten", {}),
                                    ("Dense", {"units": 6}),
                                    ("BatchNormalization", {"momentum": 0.9, "epsilon": 1e-3}),
                                    ("Activation", {"activation": "elu"}),
                                    ("Dropout", {"rate": 0.3}),
                                    ("Dense", {"units": 3, "activation": "sigmoid"})], name="mixed")


def trained_like(spec: ModelSpec, seed: int = 0, dtype: str = "float32"):
    """A NumPy model with non-trivial weights everywhere (biases and BatchNorm statistics included)."""
    model = build_model(spec, seed=seed, dtype=dtype)
    rng = np.random.default_rng(seed + 100)
    weights = {}
    for key, value in model.get_weights().items():
        if key.endswith("moving_variance"):
            weights[key] = rng.uniform(0.5, 2.0, value.shape)
        else:
            weights[key] = rng.normal(0, 0.5, value.shape)
    model.set_weights(weights)
    return model


def inputs_for(spec: ModelSpec, n: int = 16, seed: int = 1, dtype: str = "float32") -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, *spec.input_shape)).astype(dtype)
