"""ModelSpec <-> Keras model config, and annstudio's training config <-> Keras' training_config."""
import copy
import json

import pytest

from annstudio.spec import ModelSpec, SpecError
from annstudio.spec.keras_model import model_from_keras_config, model_to_keras_config, read_keras_config
from annstudio.spec.training import training_config_from_keras, training_config_to_keras

from .helpers import mixed_stack, plain_stack, wide_and_deep


def _to_list_form(cfg):
    """The older ``inbound_nodes`` form ``[[[layer, node, tensor, kwargs], ...]]`` of a Keras 3 config."""
    cfg = copy.deepcopy(cfg)

    def refs(arg):
        if isinstance(arg, list):
            return [r for a in arg for r in refs(a)]
        return [[*arg["config"]["keras_history"], {}]]

    for layer in cfg["config"]["layers"]:
        layer["inbound_nodes"] = [refs(node["args"]) for node in layer["inbound_nodes"]]
    cfg["config"]["input_layers"] = [cfg["config"]["input_layers"]]
    cfg["config"]["output_layers"] = [cfg["config"]["output_layers"]]
    return cfg


# --------------------------------------------------------------------------- pure round trips
@pytest.mark.parametrize("make", [plain_stack, wide_and_deep, mixed_stack])
def test_spec_round_trips_through_the_keras_config(make):
    spec = make()
    cfg = model_to_keras_config(spec)
    assert cfg["class_name"] == ("Sequential" if spec.is_plain_stack else "Functional")
    back = model_from_keras_config(json.loads(json.dumps(cfg)))
    assert back == spec


def test_wide_and_deep_is_functional_with_keras_tensor_nodes():
    cfg = model_to_keras_config(wide_and_deep())["config"]
    assert cfg["input_layers"] == ["input", 0, 0] and cfg["output_layers"] == ["output", 0, 0]
    concat = next(layer for layer in cfg["layers"] if layer["name"] == "concat")
    args = concat["inbound_nodes"][0]["args"][0]
    assert [a["class_name"] for a in args] == ["__keras_tensor__"] * 2
    assert [a["config"]["keras_history"] for a in args] == [["input", 0, 0], ["hidden2", 0, 0]]
    assert [a["config"]["shape"] for a in args] == [[None, 8], [None, 30]]


def test_older_list_form_of_inbound_nodes_is_read():
    cfg = model_to_keras_config(wide_and_deep())
    assert model_from_keras_config(_to_list_form(cfg)) == wide_and_deep()


def test_sequential_with_build_input_shape_and_no_input_layer():
    cfg = model_to_keras_config(plain_stack())
    cfg["config"]["layers"] = cfg["config"]["layers"][1:]
    spec = model_from_keras_config(cfg)
    assert spec.input_shape == (3,) and [layer.kind for layer in spec.layers] == ["Input", "Dense", "Dense", "Dense"]


def test_keras2_first_layer_batch_input_shape():
    cfg = model_to_keras_config(plain_stack())
    layers = cfg["config"]["layers"][1:]
    layers[0]["config"]["batch_input_shape"] = [None, 3]
    cfg["config"] = {"name": "old", "layers": layers}
    assert model_from_keras_config(cfg).input_shape == (3,)


def _tensor(name, width):
    return {"class_name": "__keras_tensor__",
            "config": {"shape": [None, width], "dtype": "float32", "keras_history": [name, 0, 0]}}


def test_nested_sequential_is_flattened_with_unique_names():
    outer = model_to_keras_config(wide_and_deep())
    inner = model_to_keras_config(ModelSpec.stack([38], [("Dense", {"units": 4}), ("Dense", {"units": 1})], name="tail"))
    inner["config"]["layers"][2]["config"]["name"] = "hidden1"        # clashes with an outer layer's name
    layers = outer["config"]["layers"]
    layers[4]["inbound_nodes"] = [{"args": [_tensor("tail", 1)], "kwargs": {}}]
    layers.insert(4, {"class_name": "Sequential", "config": inner["config"], "name": "tail",
                      "inbound_nodes": [{"args": [_tensor("concat", 38)], "kwargs": {"mask": None}}]})
    layout = read_keras_config(outer)
    assert [layer.name for layer in layout.spec.layers] == [
        "input", "hidden1", "hidden2", "concat", "dense", "tail_hidden1", "output"]
    assert dict(layout.groups)["tail"] == ("dense", "tail_hidden1")
    assert layout.spec.layer("dense").inputs == [] and layout.spec.output_shape == (1,)


def test_nested_functional_model_is_refused():
    outer = model_to_keras_config(wide_and_deep())
    inner = model_to_keras_config(wide_and_deep())
    layers = outer["config"]["layers"]
    layers.insert(1, {"class_name": "Functional", "config": inner["config"], "name": "inner",
                      "inbound_nodes": [{"args": [_tensor("input", 8)], "kwargs": {}}]})
    with pytest.raises(SpecError, match="nested Sequential models only"):
        model_from_keras_config(outer)


# --------------------------------------------------------------------------- refusals
def _with_layer_change(change):
    cfg = model_to_keras_config(plain_stack())
    change(cfg["config"]["layers"][1])
    return cfg


@pytest.mark.parametrize("change, fragment", [
    (lambda item: item.update(class_name="MyDense"), "'MyDense' is not supported"),
    (lambda item: item.update(module="evil.layers"), "not from Keras"),
    (lambda item: item.update(registered_name="custom>Dense"), "not from Keras"),
    (lambda item: item.update(class_name="Lambda", config={"name": "l", "function": {"class_name": "__lambda__"}}),
     "Lambda layer"),
    (lambda item: item["config"].update(activation={"class_name": "function", "config": "os.system"}), "activation"),
    (lambda item: item["config"].update(kernel_initializer={"module": "evil", "class_name": "GlorotUniform"}),
     "kernel_initializer"),
])
def test_unsafe_or_unknown_layers_are_refused(change, fragment):
    with pytest.raises(SpecError, match=fragment):
        model_from_keras_config(_with_layer_change(change))


def test_unknown_model_class_and_custom_model_module_are_refused():
    cfg = model_to_keras_config(plain_stack())
    with pytest.raises(SpecError, match="model class 'MyModel' is not supported"):
        model_from_keras_config({**cfg, "class_name": "MyModel"})
    with pytest.raises(SpecError, match="not from Keras"):
        model_from_keras_config({**cfg, "module": "evil.models"})


def test_two_input_layers_are_refused():
    cfg = model_to_keras_config(wide_and_deep())
    extra = copy.deepcopy(cfg["config"]["layers"][0])
    extra["name"] = extra["config"]["name"] = "second_input"
    cfg["config"]["layers"].insert(1, extra)
    cfg["config"]["input_layers"] = [["input", 0, 0], ["second_input", 0, 0]]
    with pytest.raises(SpecError, match="2 inputs.*exactly one input"):
        model_from_keras_config(cfg)
    cfg["config"]["input_layers"] = ["input", 0, 0]
    with pytest.raises(SpecError, match="2 Input layers"):
        model_from_keras_config(cfg)


def test_shared_layer_is_refused():
    cfg = model_to_keras_config(wide_and_deep())
    layer = cfg["config"]["layers"][1]
    layer["inbound_nodes"].append(copy.deepcopy(layer["inbound_nodes"][0]))
    with pytest.raises(SpecError, match="called 2 times"):
        model_from_keras_config(cfg)


def test_call_arguments_that_change_behaviour_are_refused():
    cfg = model_to_keras_config(wide_and_deep())
    cfg["config"]["layers"][1]["inbound_nodes"][0]["kwargs"] = {"training": True}
    with pytest.raises(SpecError, match="call arguments"):
        model_from_keras_config(cfg)


def test_keras_has_no_step_activation():
    spec = ModelSpec.stack([2], [("Dense", {"units": 1, "activation": "step"})])
    with pytest.raises(SpecError, match="no Keras equivalent"):
        model_to_keras_config(spec)


# --------------------------------------------------------------------------- training config
@pytest.mark.parametrize("loss", [
    "mse", {"name": "mean_absolute_error"}, {"name": "huber", "delta": 2.5},
    {"name": "binary_crossentropy", "from_logits": True}, {"name": "categorical_crossentropy"},
    {"name": "sparse_categorical_crossentropy", "from_logits": True},
])
@pytest.mark.parametrize("optimizer", [
    {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9, "nesterov": True}},
    {"class_name": "Adam", "config": {"learning_rate": 0.002, "beta_1": 0.8, "amsgrad": True}},
    {"class_name": "RMSprop", "config": {"rho": 0.8, "centered": True}},
    {"class_name": "Adagrad", "config": {"initial_accumulator_value": 0.2}},
])
def test_training_config_round_trip(loss, optimizer):
    from annstudio.spec.training import normalize_loss, normalize_optimizer

    tc = json.loads(json.dumps(training_config_to_keras(loss, optimizer, ["accuracy", "mse"])))
    assert tc["loss"] != "mse"          # Keras 3.15.1 cannot load the short names
    back = training_config_from_keras(tc)
    assert back == {"loss": normalize_loss(loss), "optimizer": normalize_optimizer(optimizer), "metrics": ["accuracy", "mse"]}


def test_keras_compiles_from_our_training_config(keras):
    from keras.src.legacy.saving import saving_utils

    for loss, check in [({"name": "huber", "delta": 2.5}, lambda fn: fn._fn_kwargs["delta"] == 2.5),
                        ({"name": "binary_crossentropy", "from_logits": True}, lambda fn: fn._fn_kwargs["from_logits"]),
                        ("mse", lambda fn: fn.__name__ == "mean_squared_error")]:
        tc = training_config_to_keras(loss, {"class_name": "RMSprop", "config": {"learning_rate": 0.25, "rho": 0.8}},
                                      ["accuracy", "mae", "mse"])
        args = saving_utils.compile_args_from_training_config(json.loads(json.dumps(tc)))
        assert check(args["loss"])
        config = args["optimizer"].get_config()
        assert type(args["optimizer"]).__name__ == "RMSprop" and config["learning_rate"] == 0.25 and config["rho"] == 0.8


@pytest.mark.parametrize("tc, fragment", [
    ({"loss": "poisson"}, "loss 'poisson' is not supported"),
    ({"loss": {"class_name": "BinaryCrossentropy", "config": {"label_smoothing": 0.1}}}, "label_smoothing"),
    ({"loss": {"class_name": "Huber", "module": "evil", "config": {}}}, "not from Keras"),
    ({"optimizer_config": {"class_name": "Nadam", "config": {}}}, "optimizer 'Nadam' is not supported"),
    ({"optimizer_config": {"class_name": "SGD", "config": {"clipnorm": 1.0}}}, "clipnorm"),
    ({"optimizer_config": {"class_name": "SGD", "config": {"learning_rate": {"class_name": "ExponentialDecay"}}}},
     "schedules"),
    ({"metrics": ["auc"]}, "metric 'auc' is not supported"),
])
def test_unsupported_training_settings_are_named(tc, fragment):
    with pytest.raises(SpecError, match=fragment):
        training_config_from_keras(tc)


def test_keras2_style_metrics_and_short_loss_names_are_read():
    tc = {"loss": "mse", "metrics": [[{"class_name": "MeanMetricWrapper", "config": {"name": "acc"}}]],
          "optimizer_config": {"class_name": "Adam", "config": {"learning_rate": 0.001, "decay": 0.0,
                                                                 "name": "Adam", "is_legacy_optimizer": False}}}
    back = training_config_from_keras(tc)
    assert back["loss"] == {"name": "mean_squared_error"} and back["metrics"] == ["accuracy"]
    assert back["optimizer"]["class_name"] == "Adam"


def test_functional_layers_out_of_order_are_sorted_and_cycles_refused():
    cfg = model_to_keras_config(wide_and_deep())
    layers = cfg["config"]["layers"]
    layers.reverse()                                    # output first, input last
    assert model_from_keras_config(cfg) == wide_and_deep()
    hidden1 = next(layer for layer in layers if layer["name"] == "hidden1")
    hidden1["inbound_nodes"][0]["args"][0]["config"]["keras_history"] = ["hidden2", 0, 0]
    with pytest.raises(SpecError, match="cycle"):
        model_from_keras_config(cfg)
