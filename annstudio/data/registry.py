"""``DATASETS``: every data set annstudio offers, with its parameter schema; ``load_dataset`` loads one.

The GUI builds its controls from ``DatasetInfo.params`` (``Param.type``, ``default``, ``min``/``max``,
``choices``, ``help``); the CLI and project files validate with ``validate_params``.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from types import MappingProxyType
from typing import Any

from ..messages import Message, joined
from . import bundled, csv_import, features, gates, images, texts, toy2d
from .dataset import DataError, Dataset
from .schema import Param, validate_params as _validate

#: groups for menus, in display order
CATEGORIES = dict(texts.CATEGORY_TITLES)


@dataclass(frozen=True)
class DatasetInfo:
    """What a data set is and how to load it.

    ``task`` is the task with default parameters ("binary", "multiclass", "regression"), or "auto"
    for the CSV import; parameters can change it (iris ``target="setosa"`` -> "binary"), so the
    loaded ``Dataset.task`` is what counts.
    ``needs_files``: the set is read from files that may be missing (Fashion-MNIST, MNIST, CSV).
    """

    name: str
    title: str
    description: str
    task: str
    category: str
    loader: Callable[..., Dataset]
    params: Mapping[str, Param] = field(default_factory=dict)
    needs_files: bool = False

    def defaults(self) -> dict[str, Any]:
        return {key: p.default for key, p in self.params.items()}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description (loader left out)."""
        return {"name": self.name, "title": self.title, "description": self.description, "task": self.task,
                "category": self.category, "needs_files": self.needs_files,
                "params": {key: p.to_dict() for key, p in self.params.items()}}


def _build() -> dict[str, DatasetInfo]:
    out: dict[str, DatasetInfo] = {}
    for gate in gates.TRUTH_TABLES:
        out[gate] = DatasetInfo(gate, texts.TITLES[gate], texts.DESCRIPTIONS[gate], "binary", "gates",
                                partial(gates.load_gate, gate), gates.PARAMS)
    for name in toy2d.GENERATORS:
        task = "regression" if name in toy2d.REGRESSION else "binary"
        out[name] = DatasetInfo(name, texts.TITLES[name], texts.DESCRIPTIONS[name], task, "toy",
                                partial(toy2d.load_toy, name), toy2d.params_for(name))
    for name in bundled.TASKS:
        out[name] = DatasetInfo(name, texts.TITLES[name], texts.DESCRIPTIONS[name], bundled.TASKS[name], "bundled",
                                partial(bundled.load_bundled, name), bundled.params_for(name))
    for name in ("fashion_mnist", "mnist"):
        out[name] = DatasetInfo(name, texts.TITLES[name], texts.DESCRIPTIONS[name], "multiclass", "images",
                                partial(images.load_images, name), images.PARAMS, needs_files=True)
    out["csv"] = DatasetInfo("csv", texts.TITLES["csv"], texts.DESCRIPTIONS["csv"], "auto", "file",
                             csv_import.load_csv, csv_import.PARAMS, needs_files=True)
    return {name: DatasetInfo(info.name, info.title, info.description, info.task, info.category, info.loader,
                              MappingProxyType(dict(info.params)), info.needs_files) for name, info in out.items()}


DATASETS: dict[str, DatasetInfo] = _build()


def dataset_info(name: str) -> DatasetInfo:
    """The registry entry; ``DataError`` listing the known names for an unknown one."""
    try:
        return DATASETS[name]
    except (KeyError, TypeError):
        raise DataError(Message("unknown dataset {name!r}; accepted: {choices}", name=name, choices=joined(DATASETS)),
                        param="name") from None



def validate_params(name: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Every parameter of ``name``: given ones checked and converted (text like "0.2" is accepted), the rest
    at their defaults. Raises ``DataError`` naming the dataset, parameter, value and what is accepted."""
    return _validate(name, dataset_info(name).params, dict(params or {}))


def load_dataset(name: str, **params: Any) -> Dataset:
    """Load a data set by registry name, e.g. ``load_dataset("spiral", noise=0.2, seed=1)``.

    The returned ``Dataset`` has passed ``check_arrays`` on every part and carries the validated
    parameters in ``Dataset.params``.
    """
    info = dataset_info(name)
    values = _validate(name, info.params, params)
    loader_args = dict(values)
    chosen = loader_args.pop("features") if _has_feature_choice(info) else None
    dataset = info.loader(**loader_args)
    if chosen is not None:
        dataset = features.apply(dataset, chosen)
    dataset.params = dict(values)
    return dataset


def _has_feature_choice(info: DatasetInfo) -> bool:
    """The set offers Playground input features (a ``features`` parameter of type "features")."""
    param = info.params.get("features")
    return param is not None and param.type == "features"


def input_features(dataset: Mapping[str, Any] | None) -> tuple[str, ...] | None:
    """The computed input features a project's dataset choice (``{"name": ..., "params": {...}}``) gives its
    model, or ``None`` for plain inputs (no feature choice, the default ``x1, x2``, or an invalid choice,
    which loading the data reports)."""
    if not isinstance(dataset, Mapping):
        return None
    info = DATASETS.get(dataset.get("name"))  # type: ignore[arg-type]
    params = dataset.get("params") or {}
    if info is None or not _has_feature_choice(info) or "features" not in params:
        return None
    try:
        names = features.check(params["features"] if not isinstance(params["features"], str)
                               else [p.strip() for p in params["features"].split(",") if p.strip()])
    except DataError:
        return None
    return None if names == features.DEFAULT else names
