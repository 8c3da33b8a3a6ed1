"""The layer-kind registry: one entry per kind, and everything else derives from it."""
import math

import pytest

from annstudio.spec import LAYER_DEFAULTS, LAYER_KINDS, LayerSpec, ModelSpec, SpecError
from annstudio.spec.keras_config import (
    KERAS_CLASS,
    SPEC_KIND,
    layer_from_keras,
    layer_to_keras,
)
from annstudio.spec.keras_model import (
    layer_weight_shapes,
    model_from_keras_config,
    model_to_keras_config,
)
from annstudio.spec.layer_kinds import KINDS, NAME_PREFIX, PARAM_TYPES, layer_kind


def test_every_kind_has_one_entry_and_the_public_tables_derive_from_it():
    assert LAYER_KINDS == tuple(KINDS) == tuple(LAYER_DEFAULTS) == tuple(NAME_PREFIX) == tuple(KERAS_CLASS)
    assert set(SPEC_KIND.values()) == set(KINDS)
    for name, kind in KINDS.items():
        assert kind.name == name and kind.prefix and kind.description and kind.keras_class
        assert LAYER_DEFAULTS[name] == {p.key: p.default for p in kind.params}
        assert all(p.type in PARAM_TYPES for p in kind.params)
        for p in kind.params:   # the defaults are valid (editors offer exactly the valid range)
            assert p.problem(p.default) is None, (name, p.key)


@pytest.mark.parametrize("kind", [k for k in LAYER_KINDS if k != "Input"])
def test_every_kind_maps_to_keras_and_back(kind):
    layer = LayerSpec(kind, NAME_PREFIX[kind], {})
    item = layer_to_keras(layer)
    assert item["class_name"] == KINDS[kind].keras_class
    assert layer_from_keras(item) == layer


def test_rescaling_defaults_divide_pixels_by_255():
    spec = ModelSpec.stack([28, 28], [("Rescaling", {}), ("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"})])
    assert spec.layers[1].name == "rescaling" and spec.layers[1].config == {"scale": 1 / 255, "offset": 0.0}
    infos = spec.validate()
    assert infos[1].output_shape == (28, 28) and infos[1].params == 0
    assert layer_weight_shapes(spec)["rescaling"] == []
    assert spec.count_params() == (784 * 10 + 10, 0)
    assert spec.layers[1].describe() == "scale 0.00392157, offset 0"
    assert "rescaling (Rescaling)" in spec.summary()


@pytest.mark.parametrize("config, fragment", [
    ({"scale": "1/255"}, "scale must be a finite number, got '1/255'"),
    ({"offset": math.inf}, "offset must be a finite number, got inf"),
    ({"scale": True}, "scale must be a finite number, got True"),
    ({"scale": [0.5, 0.5]}, "scale must be a finite number"),   # Keras' per-channel scales are not supported
])
def test_rescaling_settings_are_validated(config, fragment):
    spec = ModelSpec.stack([3], [("Rescaling", config), ("Dense", {"units": 1})])
    with pytest.raises(SpecError, match=fragment.replace("[", r"\[")) as info:
        spec.validate()
    assert info.value.layer == "rescaling"


def test_rescaling_keras_config_both_ways():
    spec = ModelSpec.stack([4], [("Rescaling", {"scale": 0.5, "offset": -1.0}), ("Dense", {"units": 2})])
    cfg = model_to_keras_config(spec)
    entry = cfg["config"]["layers"][1]
    assert entry["class_name"] == "Rescaling"
    assert {k: entry["config"][k] for k in ("name", "scale", "offset")} == {"name": "rescaling", "scale": 0.5, "offset": -1.0}
    assert model_from_keras_config(cfg).to_dict() == spec.to_dict()
    with pytest.raises(SpecError, match="unknown setting 'units' in the Rescaling layer config"):
        layer_from_keras({"class_name": "Rescaling", "config": {"name": "r", "scale": 1.0, "units": 3}})


def test_unknown_kinds_are_named():
    with pytest.raises(ValueError, match="unknown layer kind 'Conv2D'; expected one of Input, Dense"):
        layer_kind("Conv2D")
    with pytest.raises(ValueError, match="layer 'c': unknown layer kind 'Conv2D'"):
        LayerSpec("Conv2D", "c")
