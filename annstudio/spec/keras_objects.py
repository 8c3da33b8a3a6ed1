"""The allow-list of Keras objects a config may name, checked in every field, at any depth.

A Keras config names objects as ``{"module", "class_name", "config", "registered_name"}`` dicts, not only
in a layer's ``class_name``: its dtype policy, initializers, regularizers, constraints, and in the training
config the loss, the optimizer and the metrics. Keras itself would import ``module`` and look up
``registered_name`` when loading; annstudio never does, but a file that names ``os``/``subprocess`` or a
custom class anywhere is not a Keras file annstudio can reproduce, so it is refused, naming the field
(``dtype: module 'os' is not allowed``), instead of being opened with that part silently dropped.

Accepted: ``module`` absent/``None``, ``"keras"`` or ``"keras.<...>"``; ``registered_name`` absent/``None`` or
the class's own name (``"keras.layers>Dense"``/``"Keras>Dense"`` too); ``class_name`` one of Keras' own
classes listed here (plus the layer and model classes the caller passes); a ``"function"`` object names one
of Keras' loss/metric/activation functions. Whether a known object is *supported* (e.g. an initializer
annstudio has) is for the field's own check.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..messages import Message
from .errors import SpecError

KERAS_INITIALIZERS = frozenset({
    "Constant", "GlorotNormal", "GlorotUniform", "HeNormal", "HeUniform", "Identity", "IdentityInitializer",
    "LecunNormal", "LecunUniform", "Ones", "Orthogonal", "OrthogonalInitializer", "RandomNormal", "RandomUniform",
    "STFT", "STFTInitializer", "TruncatedNormal", "VarianceScaling", "Zeros",
})
KERAS_REGULARIZERS = frozenset({"L1", "L1L2", "L2", "OrthogonalRegularizer"})
KERAS_CONSTRAINTS = frozenset({"MaxNorm", "MinMaxNorm", "NonNeg", "UnitNorm"})
KERAS_DTYPE_POLICIES = frozenset({"DTypePolicy", "FloatDTypePolicy"})
#: dtype policy names a layer may carry (its variables' and computations' dtypes; annstudio computes in the
#: run's dtype either way)
DTYPE_POLICY_NAMES = frozenset({"float32", "float64", "float16", "bfloat16", "mixed_float16", "mixed_bfloat16"})
KERAS_OPTIMIZERS = frozenset({
    "Adadelta", "Adafactor", "Adagrad", "Adam", "AdamW", "Adamax", "Ftrl", "Lamb", "Lion", "LossScaleOptimizer",
    "Muon", "Nadam", "RMSprop", "SGD", "ScheduleFreeAdamW",
    "ExponentialDecay", "PiecewiseConstantDecay", "PolynomialDecay", "InverseTimeDecay", "CosineDecay",
    "CosineDecayRestarts",   # learning-rate schedules inside an optimizer config
})
KERAS_LOSS_CLASSES = frozenset({
    "BinaryCrossentropy", "BinaryFocalCrossentropy", "CTC", "CategoricalCrossentropy", "CategoricalFocalCrossentropy",
    "CategoricalGeneralizedCrossEntropy", "CategoricalHinge", "Circle", "CosineSimilarity", "Dice", "Hinge", "Huber",
    "KLDivergence", "LogCosh", "MeanAbsoluteError", "MeanAbsolutePercentageError", "MeanSquaredError",
    "MeanSquaredLogarithmicError", "Poisson", "SparseCategoricalCrossentropy", "SquaredHinge", "Tversky",
})
KERAS_METRIC_CLASSES = frozenset({
    "AUC", "Accuracy", "BinaryAccuracy", "BinaryCrossentropy", "BinaryIoU", "CategoricalAccuracy",
    "CategoricalCrossentropy", "CategoricalHinge", "ConcordanceCorrelation", "CosineSimilarity", "F1Score",
    "FBetaScore", "FalseNegatives", "FalsePositives", "Hinge", "IoU", "KLDivergence", "LogCoshError", "Mean",
    "MeanAbsoluteError", "MeanAbsolutePercentageError", "MeanIoU", "MeanMetricWrapper", "MeanSquaredError",
    "MeanSquaredLogarithmicError", "OneHotIoU", "OneHotMeanIoU", "PearsonCorrelation", "Poisson", "Precision",
    "PrecisionAtRecall", "R2Score", "Recall", "RecallAtPrecision", "RootMeanSquaredError",
    "SensitivityAtSpecificity", "SparseCategoricalAccuracy", "SparseCategoricalCrossentropy",
    "SparseTopKCategoricalAccuracy", "SpecificityAtSensitivity", "SquaredHinge", "Sum", "TopKCategoricalAccuracy",
    "TrueNegatives", "TruePositives",
})
#: loss and metric function names (and the short names Keras 2 and ``compile`` accept)
KERAS_FUNCTIONS = frozenset({
    "binary_accuracy", "binary_crossentropy", "binary_focal_crossentropy", "categorical_accuracy",
    "categorical_crossentropy", "categorical_focal_crossentropy", "categorical_generalized_cross_entropy",
    "categorical_hinge", "circle", "concordance_correlation", "cosine_similarity", "ctc", "dice", "hinge", "huber",
    "kl_divergence", "log_cosh", "mean_absolute_error", "mean_absolute_percentage_error", "mean_squared_error",
    "mean_squared_logarithmic_error", "pearson_correlation", "poisson", "sparse_categorical_accuracy",
    "sparse_categorical_crossentropy", "sparse_top_k_categorical_accuracy", "squared_hinge",
    "top_k_categorical_accuracy", "tversky",
    "accuracy", "acc", "crossentropy", "ce", "mse", "MSE", "mae", "MAE", "mape", "MAPE", "msle", "MSLE", "kld", "KLD",
    "kullback_leibler_divergence", "logcosh", "huber_loss", "bce", "cosine", "cosine_proximity", "loss",
})
def _snake_case(name: str) -> str:
    """Keras' ``to_snake_case``: "AUC" -> "auc", "F1Score" -> "f1_score" (the names ``compile`` takes)."""
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()


#: the metric names ``compile(metrics=[...])`` takes as text besides the functions: each metric class by its
#: name and in snake case ("AUC", "auc", "Precision", "precision", "f1_score"); names only, resolved by Keras
KERAS_METRIC_NAMES = KERAS_METRIC_CLASSES | frozenset(_snake_case(c) for c in KERAS_METRIC_CLASSES)
#: Keras' other own names for objects inside configs (a functional model's tensors, seed generators)
KERAS_INTERNAL = frozenset({"__keras_tensor__", "SeedGenerator", "function"})

KERAS_CLASSES = (KERAS_INITIALIZERS | KERAS_REGULARIZERS | KERAS_CONSTRAINTS | KERAS_DTYPE_POLICIES
                 | KERAS_OPTIMIZERS | KERAS_LOSS_CLASSES | KERAS_METRIC_CLASSES | KERAS_INTERNAL)
_OBJECT_KEYS = ("module", "class_name", "registered_name")


def is_keras_module(module: Any) -> bool:
    return module is None or (isinstance(module, str) and (module == "keras" or module.startswith("keras.")))


def object_problem(value: dict[str, Any], classes: Iterable[str] = ()) -> Message | None:
    """Why a ``{"module", "class_name", ...}`` dict is not one of Keras' own objects, or ``None``."""
    module, cls, registered = value.get("module"), value.get("class_name"), value.get("registered_name")
    if not is_keras_module(module):
        return Message("module {module!r} is not allowed (only Keras' own objects)", module=module)
    if not isinstance(cls, str) or (cls not in KERAS_CLASSES and cls not in classes):
        return Message("class {cls!r} is not a Keras object annstudio knows", cls=cls)
    own: tuple[str | None, ...] = (None, cls, f"keras.layers>{cls}", f"Keras>{cls}")
    if cls == "function":
        config = value.get("config")
        if not isinstance(config, str) or config not in KERAS_FUNCTIONS:
            return Message("function {name!r} is not one of Keras' loss or metric functions", name=config)
        own = (None, config)
    if registered not in own:
        return Message("registered_name {name!r} is not Keras' own (a custom object)", name=registered)
    return None


def check_keras_objects(value: Any, field: str, classes: Iterable[str] = (), layer: str | None = None) -> None:
    """Walk ``value`` (a config field named ``field``): every dict that names an object must be one of Keras'
    own (``object_problem``); else ``SpecError("FIELD.PATH: problem")`` naming ``layer``."""
    classes = frozenset(classes)
    stack: list[tuple[Any, str]] = [(value, field)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            if any(key in item for key in _OBJECT_KEYS):
                problem = object_problem(item, classes)
                if problem is not None:
                    raise SpecError(Message("{field}: {problem}", field=path, problem=problem), layer=layer)
            stack.extend((v, f"{path}.{k}") for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((v, f"{path}[{i}]") for i, v in reversed(list(enumerate(item))))


def check_dtype(value: Any, field: str, layer: str | None = None) -> None:
    """A layer's or model's ``dtype``: ``None``, a policy name, or a ``DTypePolicy`` config naming one."""
    name = value
    if isinstance(value, dict):
        check_keras_objects(value, field, layer=layer)
        config = value.get("config")
        if value.get("class_name") not in KERAS_DTYPE_POLICIES or not isinstance(config, dict) or set(config) - {"name"}:
            raise SpecError(Message("{field}: {value!r} is not a dtype policy", field=field, value=value), layer=layer)
        name = config.get("name")
    if name is not None and name not in DTYPE_POLICY_NAMES:
        raise SpecError(Message("{field}: dtype {name!r} is not supported; expected one of {names}", field=field,
                                name=name, names=", ".join(sorted(DTYPE_POLICY_NAMES))), layer=layer)


def check_seed(value: Any, field: str, layer: str | None = None) -> None:
    """A layer's ``seed``: ``None`` or an integer."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise SpecError(Message("{field}: seed must be an integer or null, got {value!r}", field=field, value=value),
                        layer=layer)
