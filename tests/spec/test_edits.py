"""Pure spec edits: new spec returned, original untouched, names unique, links kept consistent."""
import pytest

from annstudio.spec import LayerSpec, ModelSpec, edits


def base():
    return ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "sigmoid"})])


def wide_deep():
    spec = ModelSpec.stack([8], [("Dense", {"units": 30, "activation": "relu"}), ("Dense", {"units": 30, "activation": "relu"})])
    spec.layers.append(LayerSpec("Concatenate", "concat", {}, ["input", "dense_1"]))
    spec.layers.append(LayerSpec("Dense", "out", {"units": 1}))
    return spec


def names(spec):
    return [layer.name for layer in spec.layers]


def test_insert_names_and_clamps_after_input():
    spec = base()
    before = spec.to_dict()
    out = edits.insert_layer(spec, "Dropout", 0, {"rate": 0.2})
    assert spec.to_dict() == before
    assert names(out) == ["input", "dropout", "dense", "dense_1"]
    assert out.layer("dropout").config["rate"] == 0.2
    out = edits.insert_layer(out, "Dense", 99)
    assert names(out)[-1] == "dense_2"


def test_move_keeps_input_first():
    spec = base()
    out = edits.move_layer(spec, "dense_1", 1)
    assert names(out) == ["input", "dense_1", "dense"]
    assert names(edits.move_layer(spec, "dense", 0)) == ["input", "dense", "dense_1"]
    assert names(edits.move_layer(spec, "input", 2)) == names(spec)


def test_remove_drops_links_and_never_the_input():
    out = edits.remove_layers(wide_deep(), ["dense_1", "input"])
    assert names(out) == ["input", "dense", "concat", "out"]
    assert out.layer("concat").inputs == ["input"]


def test_duplicate_and_paste_make_unique_names_and_keep_internal_links():
    spec = wide_deep()
    out = edits.duplicate_layers(spec, ["dense", "dense_1"])
    assert names(out) == ["input", "dense", "dense_1", "dense_2", "dense_3", "concat", "out"]
    pasted = edits.insert_layers(spec, [spec.layer("dense_1"), spec.layer("concat")], 4)
    assert pasted.layer("concat_1").inputs == ["input", "dense_2"]


def test_set_config_and_rename_follow_references():
    spec = wide_deep()
    out = edits.set_layer_config(spec, "dense", "units", 5)
    assert out.layer("dense").config["units"] == 5 and spec.layer("dense").config["units"] == 30
    with pytest.raises(KeyError, match="no setting 'filters'"):
        edits.set_layer_config(spec, "dense", "filters", 3)
    renamed = edits.rename_layer(spec, "dense_1", "deep")
    assert renamed.layer("concat").inputs == ["input", "deep"]
    renamed.validate()
    with pytest.raises(ValueError, match="already used"):
        edits.rename_layer(spec, "dense", "out")
