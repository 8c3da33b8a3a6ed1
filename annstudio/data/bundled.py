"""Data sets scikit-learn ships (no download): iris, digits, wine, breast_cancer, diabetes.

annstudio ships them too, as resources/datasets/<name>.npz (tools/make_bundled_datasets.py), and reads those
first: the desktop bundle then works without scikit-learn and SciPy. Without the files scikit-learn's
loaders are used.

Splits are seeded and stratified for classification. ``standardize`` fits mean/std on the
training part only and applies them to every part (the fitted ``Standardizer`` is kept on the
``Dataset`` so plots and user-entered points can be mapped). scikit-learn is imported lazily, if at all.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..messages import Message, message_of
from ..resources import resource_path
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


def sklearn_arrays(name: str) -> dict[str, np.ndarray]:
    """The data set as scikit-learn's loader returns it: ``data``, ``target``, ``feature_names`` and, for
    classification, ``target_names`` (diabetes unscaled). Imports scikit-learn."""
    try:
        from sklearn import datasets as skd
    except ImportError as exc:
        raise DataError(Message(
            "scikit-learn is needed for this data set ({problem})",
            problem=message_of(exc)), dataset=name) from None
    loader = {"iris": skd.load_iris, "digits": skd.load_digits, "wine": skd.load_wine,
              "breast_cancer": skd.load_breast_cancer}.get(name)
    bunch = loader() if loader is not None else skd.load_diabetes(scaled=False)
    arrays = {"data": np.asarray(bunch.data), "target": np.asarray(bunch.target),
              "feature_names": np.asarray([str(f) for f in bunch.feature_names])}
    if TASKS[name] != "regression":
        arrays["target_names"] = np.asarray([str(c) for c in bunch.target_names])
    return arrays


def shipped_file(name: str) -> Path | None:
    """``resources/datasets/<name>.npz`` when annstudio ships it (written by tools/make_bundled_datasets.py)."""
    try:
        path = resource_path("datasets", f"{name}.npz")
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def raw_arrays(name: str) -> dict[str, np.ndarray]:
    """The data set's arrays (see ``sklearn_arrays``): from the shipped file when there is one (no
    scikit-learn needed, e.g. in the desktop bundle), else from scikit-learn."""
    path = shipped_file(name)
    if path is None:
        return sklearn_arrays(name)
    with np.load(path, allow_pickle=False) as stored:
        return {key: stored[key] for key in stored.files}


def load_bundled(name: str, test_ratio: float = 0.2, seed: int = 0, standardize: bool = True,
                 features: str = "all", target: str = "species", scale: bool = True, flatten: bool = True,
                 standardize_target: bool = False) -> Dataset:
    arrays = raw_arrays(name)
    x = np.asarray(arrays["data"], dtype=np.float64)
    feature_names = [str(f) for f in arrays["feature_names"]]
    task = TASKS[name]
    class_names = None
    if task == "regression":
        y = np.asarray(arrays["target"], dtype=np.float64).reshape(-1, 1)
    else:
        y = np.asarray(arrays["target"], dtype=np.int64)
        class_names = [str(c) for c in arrays["target_names"]]

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
        x_divisor=16.0 if name == "digits" and scale else None,
    )
