"""ModelSpec: validation messages, shape inference, parameter counts, summary and JSON round trip."""
import json

import pytest

from annstudio.spec import LayerSpec, ModelSpec, SpecError
from annstudio.spec.training import check_output


def xor_spec():
    return ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 8, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})], name="xor")


def wide_and_deep(n_features=8):
    spec = ModelSpec.stack([n_features], [("Dense", {"units": 30, "activation": "relu"}),
                                          ("Dense", {"units": 30, "activation": "relu"})])
    spec.layers.append(LayerSpec("Concatenate", "concat", {}, ["input", "dense_1"]))
    spec.layers.append(LayerSpec("Dense", "output", {"units": 1}))
    return spec


def test_stack_shapes_and_params_match_keras_summary():
    spec = xor_spec()
    infos = spec.validate()
    assert [i.output_shape for i in infos] == [(2,), (8,), (8,), (1,)]
    assert [i.params for i in infos] == [0, 24, 72, 9]
    assert spec.count_params() == (105, 0)
    assert spec.is_plain_stack


def test_fashion_mnist_recipe_parameter_count():
    spec = ModelSpec.stack([28, 28], [("Flatten", {}), ("Dense", {"units": 300, "activation": "relu"}),
                                      ("Dense", {"units": 100, "activation": "relu"}),
                                      ("Dense", {"units": 10, "activation": "softmax"})])
    # The figure keras' model.summary() prints for this model in the notes.
    assert spec.count_params() == (266_610, 0)
    assert spec.output_shape == (10,)


def test_wide_and_deep_concatenate():
    spec = wide_and_deep()
    infos = {i.name: i for i in spec.validate()}
    assert infos["concat"].output_shape == (38,)
    assert infos["concat"].inputs == ("input", "dense_1")
    assert infos["output"].params == 39
    assert not spec.is_plain_stack


def test_batchnorm_counts_non_trainable():
    spec = ModelSpec.stack([4], [("Dense", {"units": 5}), ("BatchNormalization", {}), ("Dense", {"units": 1})])
    assert spec.count_params() == (25 + 10 + 6, 10)


@pytest.mark.parametrize("mutate, layer, fragment", [
    (lambda s: s.layers[1].config.update(units=0), "dense", "units must be a positive integer, got 0"),
    (lambda s: s.layers[2].config.update(activation="swish"), "dense_1", "unknown activation 'swish'"),
    (lambda s: s.layers[1].config.update(kernel_initializer="magic"), "dense", "unknown initializer 'magic'"),
    (lambda s: setattr(s.layers[2], "name", "dense"), "dense", "used twice"),
    (lambda s: setattr(s.layers[1], "inputs", ["dense_2"]), "dense", "cycle"),
    (lambda s: setattr(s.layers[2], "inputs", ["nowhere"]), "dense_1", "'nowhere', which does not exist"),
])
def test_validation_names_layer_and_problem(mutate, layer, fragment):
    spec = xor_spec()
    mutate(spec)
    with pytest.raises(SpecError) as info:
        spec.validate()
    assert info.value.layer == layer
    assert fragment in str(info.value)
    assert layer in spec.problems()


def test_concatenate_of_incompatible_shapes():
    spec = ModelSpec.stack([28, 28], [("Flatten", {}), ("Dense", {"units": 4})])
    spec.layers.append(LayerSpec("Concatenate", "concat", {}, ["input", "dense"]))
    spec.layers.append(LayerSpec("Dense", "out", {"units": 1}))
    with pytest.raises(SpecError, match="same rank") as info:
        spec.validate()
    assert info.value.layer == "concat"


def test_dense_on_images_asks_for_flatten():
    spec = ModelSpec.stack([28, 28], [("Dense", {"units": 4})])
    with pytest.raises(SpecError, match="add a Flatten layer"):
        spec.validate()


def test_unused_branch_is_reported():
    spec = xor_spec()
    spec.layers[3].inputs = ["dense"]  # dense_1 now feeds nothing
    assert "not used" in spec.problems()["dense_1"]


def test_output_must_fit_targets():
    spec = xor_spec()
    with pytest.raises(SpecError, match="3 classes, so the output layer needs 3 units") as info:
        check_output(spec, "sparse_categorical_crossentropy", n_classes=3)
    assert info.value.layer == "dense_2"
    check_output(spec, "binary_crossentropy", n_classes=2)
    with pytest.raises(SpecError, match="binary cross-entropy needs two classes"):
        check_output(spec, "binary_crossentropy", n_classes=3)


def test_json_round_trip_is_exact():
    for spec in (xor_spec(), wide_and_deep()):
        text = spec.to_json()
        again = ModelSpec.from_json(text)
        assert again.to_dict() == spec.to_dict()
        assert json.loads(again.to_json()) == json.loads(text)


def test_unknown_kind_and_setting_are_rejected():
    with pytest.raises(SpecError, match="unknown layer kind 'Conv2D'"):
        ModelSpec.from_dict({"layers": [{"kind": "Conv2D", "name": "c", "config": {}}]})
    with pytest.raises(SpecError, match="unknown setting"):
        ModelSpec.from_dict({"layers": [{"kind": "Dense", "name": "d", "config": {"filters": 3}}]})


def test_summary_lists_layers_and_totals():
    text = xor_spec().summary()
    assert 'Model: "xor"' in text
    assert "dense_1 (Dense)" in text and "(None, 8)" in text
    assert "Total params: 105" in text and "Trainable params: 105" in text


def test_unique_names_follow_keras():
    spec = xor_spec()
    assert spec.unique_name("Dense") == "dense_3"
    assert spec.unique_name("Dropout") == "dropout"
