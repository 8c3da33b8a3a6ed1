"""LayerSpec <-> Keras layer config: 1:1 both ways, checked against real Keras; unsafe configs refused."""
import pytest

from annstudio.spec import LayerSpec, SpecError
from annstudio.spec.keras_config import layer_from_keras, layer_to_keras

LAYERS = [
    LayerSpec("Input", "input", {"shape": [28, 28]}),
    LayerSpec("Dense", "dense", {"units": 30, "activation": "relu", "kernel_initializer": "he_normal",
                                 "kernel_regularizer": {"l1": 0.0, "l2": 0.01}}),
    LayerSpec("Dense", "logits", {"units": 10, "use_bias": False,
                                  "kernel_initializer": {"class_name": "RandomNormal", "config": {"stddev": 1.0}}}),
    LayerSpec("Activation", "act", {"activation": "softmax"}),
    LayerSpec("Dropout", "drop", {"rate": 0.25}),
    LayerSpec("Flatten", "flat", {}),
    LayerSpec("Concatenate", "cat", {"axis": -1}, ["a", "b"]),
    LayerSpec("BatchNormalization", "bn", {"momentum": 0.9, "epsilon": 1e-5}),
]


@pytest.mark.parametrize("layer", LAYERS, ids=lambda layer: layer.kind)
def test_round_trip_through_keras_config(layer):
    back = layer_from_keras(layer_to_keras(layer))
    assert back.kind == layer.kind and back.name == layer.name
    assert back.config == layer.config


@pytest.mark.parametrize("layer", LAYERS, ids=lambda layer: layer.kind)
def test_real_keras_accepts_our_config_and_gives_it_back(layer):
    keras = pytest.importorskip("keras")
    cfg = layer_to_keras(layer)
    if layer.kind == "Input":
        built = keras.layers.InputLayer.from_config(cfg["config"])
    else:
        built = keras.layers.deserialize(cfg)
    assert type(built).__name__ == cfg["class_name"]
    back = layer_from_keras({"class_name": type(built).__name__, "config": built.get_config()})
    assert back.config == layer.config


def test_step_activation_has_no_keras_equivalent():
    with pytest.raises(SpecError, match="'step' has no Keras equivalent"):
        layer_to_keras(LayerSpec("Dense", "d", {"activation": "step"}))


@pytest.mark.parametrize("item, fragment", [
    ({"class_name": "Lambda", "config": {"name": "l", "function": "..."}}, "Lambda layer"),
    ({"class_name": "MyLayer", "config": {"name": "m"}}, "'MyLayer' is not supported"),
    ({"class_name": "Dense", "module": "evil.module", "config": {"name": "d", "units": 2}}, "not from Keras"),
    ({"class_name": "Dense", "config": {"name": "d", "units": 2, "activation": {"class_name": "function", "config": "x"}}},
     "activation"),
    ({"class_name": "Dense", "config": {"name": "d", "units": 2, "kernel_constraint": {"class_name": "MaxNorm"}}},
     "kernel_constraint"),
    ({"class_name": "Dense", "config": {"name": "d", "units": 2, "kernel_initializer": {"class_name": "Orthogonal"}}},
     "unknown initializer 'Orthogonal'"),
])
def test_unsafe_or_unknown_configs_are_refused(item, fragment):
    with pytest.raises(SpecError, match=fragment):
        layer_from_keras(item)
