"""spec.training: the one place for loss, optimizer, metric and callback settings and the task rules."""
import pytest

from annstudio.spec import ModelSpec, SpecError, training as t
from annstudio.spec.errors import ConfigError


def test_loss_names_aliases_and_keras_class_configs_normalise_alike():
    assert t.normalize_loss("mse") == t.normalize_loss("MeanSquaredError") == {"name": "mean_squared_error"}
    assert t.normalize_loss("bce") == {"name": "binary_crossentropy", "from_logits": False}
    assert t.normalize_loss({"name": "huber_loss", "delta": 2}) == {"name": "huber", "delta": 2.0}
    keras_form = {"class_name": "SparseCategoricalCrossentropy",
                  "config": {"from_logits": True, "reduction": "sum_over_batch_size", "ignore_class": None}}
    assert t.normalize_loss(keras_form) == {"name": "sparse_categorical_crossentropy", "from_logits": True}
    for bad, fragment in [("hinge", "unknown loss 'hinge'"), ({"name": "mse", "weight": 2}, "unknown setting"),
                          ({"name": "huber", "delta": 0}, "delta must be a positive number"),
                          ({"class_name": "Huber", "module": "evil", "config": {}}, "not from Keras"),
                          ({"class_name": "BinaryCrossentropy", "config": {"label_smoothing": 0.1}}, "label_smoothing")]:
        with pytest.raises(ConfigError, match=fragment):
            t.normalize_loss(bad)


def test_settings_a_loss_does_not_have_are_dropped_for_the_form_and_refused_when_strict():
    # The training form switches losses and keeps the from_logits flag it had.
    assert t.normalize_loss({"name": "mse", "from_logits": True}) == {"name": "mean_squared_error"}
    assert t.normalize_loss({"name": "bce", "delta": 3.0}) == {"name": "binary_crossentropy", "from_logits": False}
    with pytest.raises(ConfigError, match="from_logits"):
        t.normalize_loss({"name": "mse", "from_logits": True}, strict=True)
    with pytest.raises(ConfigError, match="delta"):
        t.normalize_loss({"name": "mse", "delta": 1.0}, strict=True)


def test_optimizers_get_keras_defaults_and_a_full_keras_config_is_read():
    assert t.normalize_optimizer("adam") == {"class_name": "Adam", "config": t.OPTIMIZER_DEFAULTS["Adam"]}
    keras_config = t.optimizer_to_keras({"class_name": "RMSprop", "config": {"rho": 0.8}})
    assert keras_config["config"]["name"] == "rmsprop" and keras_config["config"]["clipnorm"] is None
    assert t.normalize_optimizer(keras_config) == {"class_name": "RMSprop", "config": {
        **t.OPTIMIZER_DEFAULTS["RMSprop"], "rho": 0.8}}
    for bad, fragment in [({"class_name": "Nadam"}, "unknown optimizer 'Nadam'"),
                          ({"class_name": "SGD", "config": {"clipnorm": 1.0}}, "clipnorm"),
                          ({"class_name": "Adam", "config": {"beta1": 0.9}}, r"beta1.*learning_rate, beta_1"),
                          ({"class_name": "SGD", "config": {"learning_rate": 0}}, "greater than 0"),
                          ({"class_name": "SGD", "config": {"learning_rate": {"class_name": "ExponentialDecay"}}},
                           "schedules")]:
        with pytest.raises(ConfigError, match=fragment):
            t.normalize_optimizer(bad)


def test_metrics_and_callbacks():
    assert t.normalize_metrics(["accuracy", "mae"]) == ["accuracy", "mae"]
    with pytest.raises(ConfigError, match="metrics"):
        t.normalize_metrics(["auc"])
    (cb,) = t.normalize_callbacks([{"class_name": "TensorBoard", "config": {"histogram_freq": 2}}])
    assert cb["config"] == {"log_dir": t.TENSORBOARD_LOG_DIR, "histogram_freq": 2}
    assert set(t.CALLBACK_FILE_SETTINGS) <= set(t.CALLBACK_DEFAULTS)
    with pytest.raises(ConfigError, match="unknown callback"):
        t.normalize_callbacks([{"class_name": "LambdaCallback"}])


def stack(units, activation):
    return ModelSpec.stack([2], [("Dense", {"units": 4}), ("Dense", {"units": units, "activation": activation})])


def test_task_rules_used_by_validation_and_by_fitting_the_model_to_the_data():
    for task in t.TASKS:   # what "fit the model to the data" sets passes the validation's check
        n_classes = {"binary": 2, "multiclass": 5, "regression": None}[task]
        units, activation = t.output_for_task(task, n_classes, 3)
        loss = t.default_loss(task)
        assert loss["name"] == t.losses_for_task(task)[0]
        t.check_loss_fits(stack(units, activation), loss["name"], task, n_classes, 3)
    with pytest.raises(ValueError, match="regression dataset"):
        t.check_loss_fits(stack(1, "linear"), "binary_crossentropy", "regression", None, 1)
    with pytest.raises(SpecError, match="5 classes"):
        t.check_loss_fits(stack(3, "softmax"), "sparse_categorical_crossentropy", "multiclass", 5, 1)
    with pytest.raises(ValueError, match="only makes sense for two"):
        t.check_loss_fits(stack(1, "linear"), "mean_squared_error", "multiclass", 3, 1)
    assert [t.target_form(loss, task) for loss, task in [
        ("sparse_categorical_crossentropy", "multiclass"), ("categorical_crossentropy", "multiclass"),
        ("binary_crossentropy", "binary"), ("mean_squared_error", "regression")]] == [
        "labels", "one_hot", "column", "columns"]
    assert t.reported_metrics(["accuracy", "mae"], "regression") == ["mae"]
    assert t.metrics_for_task(["accuracy"], "regression") == ["mae"]
    assert t.metrics_for_task(["mse"], "binary") == ["accuracy", "mse"]


def test_fitting_to_several_classes_keeps_only_accuracy():
    """After a regression fit (metrics ["mae"]), fitting to iris kept MAE beside accuracy: the run failed."""
    from annstudio.spec import training as t

    assert t.metrics_for_task(["mae"], "multiclass") == ["accuracy"]
    assert t.metrics_for_task(["accuracy", "mse"], "multiclass") == ["accuracy"]
    assert t.metrics_for_task(["mse"], "binary") == ["accuracy", "mse"]   # one output: MSE of a probability


def test_a_callback_listed_twice_is_refused():
    """Two CSVLoggers on one file wrote the last row twice, and the window showed one of them."""
    import pytest

    from annstudio.spec.errors import ConfigError
    from annstudio.spec.training import normalize_callbacks

    with pytest.raises(ConfigError, match="callback CSVLogger is listed twice; keep one"):
        normalize_callbacks([{"class_name": "CSVLogger", "config": {}},
                             {"class_name": "CSVLogger", "config": {"append": True}}])
