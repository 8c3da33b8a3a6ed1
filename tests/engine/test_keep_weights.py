"""Which trained weights survive an edit of the model (``engine.keep_weights``, issue 10 item 1)."""
import numpy as np

from annstudio.backends.initial_weights import initial_weights
from annstudio.engine.keep_weights import carry_weights
from annstudio.spec import ModelSpec


def mlp(hidden=4, activation="sigmoid", names=("dense", "dense_1")):
    spec = ModelSpec.stack([2], [("Dense", {"units": hidden, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": activation})])
    for layer, name in zip(spec.layers[1:], names, strict=True):
        layer.name = name
    return spec


def test_a_new_activation_keeps_every_layer():
    old = mlp()
    weights = initial_weights(old, seed=3)
    carried = carry_weights(old, weights, mlp(activation="tanh"))
    assert carried.kept == ["dense", "dense_1"] and carried.reinitialised == []
    assert all(np.array_equal(carried.weights[k], weights[k]) for k in weights)


def test_changed_shapes_and_new_layers_are_reinitialised():
    old = mlp()
    weights = initial_weights(old, seed=3)
    carried = carry_weights(old, weights, mlp(hidden=8))  # both layers change shape
    assert carried.kept == [] and carried.reinitialised == ["dense", "dense_1"] and carried.weights == {}
    grown = ModelSpec.stack([2], [("Dense", {"units": 4}), ("Dense", {"units": 4}), ("Dense", {"units": 1})])
    carried = carry_weights(old, weights, grown)
    # dense_1 is now 4 -> 4 (was 4 -> 1), dense_2 is new
    assert carried.kept == ["dense"] and carried.reinitialised == ["dense_1", "dense_2"]
    assert list(carried.weights) == ["dense/kernel", "dense/bias"]


def test_renamed_layers_fall_back_to_their_position():
    old = mlp()
    weights = initial_weights(old, seed=3)
    carried = carry_weights(old, weights, mlp(names=("hidden", "out")))
    assert carried.kept == ["hidden", "out"]
    assert np.array_equal(carried.weights["out/kernel"], weights["dense_1/kernel"])
