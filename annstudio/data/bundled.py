"""Data sets scikit-learn ships (no download): iris, digits, wine, breast_cancer, diabetes.

Splits are seeded and stratified for classification. ``standardize`` fits mean/std on the
training part only and applies them to every part (the fitted ``Standardizer`` is kept on the
``Dataset`` so plots and user-entered points can be mapped). scikit-learn is imported lazily.
"""
from __future__ import annotations

import numpy as np

from ..messages import Message, message_of
from . import texts
from .dataset import DataError, Dataset
from .schema import Param, seed_param, standardize_param, test_ratio_param
from .splits import Standardizer, split_indices

NAMES = ("iris", "digits", "wine", "breast_cancer", "diabetes")

TASKS = {"iris": "multiclass", "digits": "multiclass", "wine": "multiclass",
         "breast_cancer": "binary", "diabetes": "regression"}


def params_for(name: str) -> dict[str, Param]:
    params = {"test_ratio": test_ratio_param(0.2), "seed": seed_param()}
    if name == "digits":
        # Image-like: scale pixels 0..16 to 0..1 (as Fashion-MNIST's /255) rather than standardise.
        params["scale"] = Param("bool", True, help="divide pixel values 0-16 by 16 (to 0..1)")
        params["standardize"] = standardize_param(False)
        params["flatten"] = Param("bool", True, help="inputs of shape (64,) instead of 8x8 images")
    else:
        params["standardize"] = standardize_param(True)
    if name == "iris":
        params["features"] = Param("choice", "all", choices=("all", "petal", "sepal"),
                                   help="'petal' = petal length and width (cm) only, as in the notes")
        params["target"] = Param("choice", "species", choices=("species", "setosa"),
                                 help="'species' = 3 classes; 'setosa' = binary, 1 if Iris setosa")
    if name == "diabetes":
        params["standardize_target"] = Param(
            "bool", True, help="standardise the target too (training statistics); predictions are then in "
                               "standard units — Dataset.y_standardizer maps them back")
    return params


def _sklearn_bunch(name: str):
    try:
        from sklearn import datasets as skd
    except ImportError as exc:  # pragma: no cover - scikit-learn is a dependency
        raise DataError(Message(
            "scikit-learn is needed for this data set ({problem})",
            problem=message_of(exc)), dataset=name) from None
    loader = {"iris": skd.load_iris, "digits": skd.load_digits, "wine": skd.load_wine,
              "breast_cancer": skd.load_breast_cancer}.get(name)
    if loader is not None:
        return loader()
    return skd.load_diabetes(scaled=False)


def load_bundled(name: str, test_ratio: float = 0.2, seed: int = 0, standardize: bool = True,
                 features: str = "all", target: str = "species", scale: bool = True, flatten: bool = True,
                 standardize_target: bool = False) -> Dataset:
    bunch = _sklearn_bunch(name)
    x = np.asarray(bunch.data, dtype=np.float64)
    feature_names = [str(f) for f in bunch.feature_names]
    task = TASKS[name]
    class_names = None
    if task == "regression":
        y = np.asarray(bunch.target, dtype=np.float64).reshape(-1, 1)
    else:
        y = np.asarray(bunch.target, dtype=np.int64)
        class_names = [str(c) for c in bunch.target_names]

    if name == "iris":
        if features != "all":
            keep = [i for i, f in enumerate(feature_names) if f.startswith(features)]
            x = x[:, keep]
            feature_names = [feature_names[i] for i in keep]
        if target == "setosa":
            y = (y == 0).astype(np.int64)
            class_names = ["not setosa", "setosa"]
            task = "binary"
    if name == "digits":
        if scale:
            x = x / 16.0
        if not flatten:
            x = x.reshape(-1, 8, 8)

    rng = np.random.default_rng(seed)
    train, test = split_indices(len(x), test_ratio, rng, labels=None if task == "regression" else y)
    x_train, x_test, y_train, y_test = x[train], x[test], y[train], y[test]

    x_scaler = y_scaler = None
    if standardize:
        x_scaler = Standardizer.fit(x_train)
        x_train, x_test = x_scaler.transform(x_train), x_scaler.transform(x_test)
    if name == "diabetes" and standardize_target:
        y_scaler = Standardizer.fit(y_train)
        y_train, y_test = y_scaler.transform(y_train), y_scaler.transform(y_test)

    return Dataset(
        name=name,
        x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test,
        task=task, class_names=class_names,
        feature_names=feature_names if x.ndim == 2 else None,  # 8 x 8 digit images have no feature columns
        description=texts.DESCRIPTIONS[name],
        x_standardizer=x_scaler, y_standardizer=y_scaler,
    )
