"""Data sets for annstudio: plain arrays and pure functions (no Qt, no TensorFlow at import time).

``load_dataset(name, **params)`` returns a checked ``Dataset``; ``DATASETS`` lists every name with
its description, task and parameter schema. See ``dataset.py`` for the array conventions.
"""
from .dataset import CLASSIFICATION_TASKS, TASKS, DataError, Dataset, check_arrays
from .registry import CATEGORIES, DATASETS, DatasetInfo, dataset_info, input_features, load_dataset, validate_params
from .schema import PARAM_TYPES, Param
from .splits import Standardizer, one_hot, standardize, train_test_split, train_val_split

__all__ = [
    "CATEGORIES", "CLASSIFICATION_TASKS", "DATASETS", "PARAM_TYPES", "TASKS",
    "DataError", "Dataset", "DatasetInfo", "Param", "Standardizer",
    "check_arrays", "dataset_info", "input_features", "load_dataset", "one_hot", "standardize",
    "train_test_split", "train_val_split", "validate_params",
]
