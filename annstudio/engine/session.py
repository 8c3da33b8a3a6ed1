"""From a project to a running trainer: load the data, check it against the model, build the backend model.

This is the one place that turns user choices (a ``Project``, a backend name) into a ``Trainer``; the CLI,
the GUI worker and ``annstudio.train`` all go through it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..data import Dataset, load_dataset, one_hot
from ..data.scaling import record as scaling_record
from ..messages import Message, MessageError, message_of
from ..project import Project
from ..spec import ModelSpec, SpecError
from ..spec.keras_storable import keras_storage_problems, name_problem
from ..spec.training import check_loss_fits, check_metrics_fit, reported_metrics, target_form
from .callbacks import Callback, History, ModelCheckpoint, callbacks_from_config
from .control import TrainingControl
from .trainer import Trainer

BACKENDS = ("numpy", "tensorflow")


class BackendUnavailable(RuntimeError):
    """The chosen backend cannot run here; the message says how to fix that."""


def backend_status(name: str) -> tuple[bool, str]:
    """(usable, reason) for a backend name, without importing heavy packages."""
    if name == "numpy":
        return True, ""
    if name == "tensorflow":
        from ..backends.tensorflow import is_available

        return is_available()
    return False, f"unknown backend {name!r}; expected one of {', '.join(BACKENDS)}"


def build_model(spec: ModelSpec, backend: str = "numpy", seed: int | None = 0, dtype: str = "float32",
                device: str | list[str] | None = None) -> Any:
    """A backend ``TrainableModel`` for ``spec`` (not compiled). TensorFlow is imported only here, lazily."""
    ok, reason = backend_status(backend)
    if not ok:
        raise BackendUnavailable(reason)
    if backend == "numpy":
        from ..backends.numpy import build_model as build_numpy

        return build_numpy(spec, seed=seed, dtype=dtype)
    named = [(False, spec.name), *((True, layer.name) for layer in spec.layers)]
    for is_layer, name in named:   # before TensorFlow loads: Keras' own error is a traceback about "root scopes"
        problem = name_problem(name, layer=is_layer)
        if problem is not None:
            raise SpecError(Message("the TensorFlow backend cannot train this model: {problem}; rename it (the "
                                    "NumPy backend takes any name)", problem=problem))
    try:
        from ..backends.tensorflow import load

        build_tf = load("model").build_model
    except ImportError as exc:  # installed but broken (missing DLLs, mismatched packages...)
        raise BackendUnavailable(Message(
            "TensorFlow could not be loaded ({problem}); reinstall it with: pip install --force-reinstall "
            "'annstudio[tensorflow]'",
            problem=message_of(exc))) from None
    return build_tf(spec, seed=seed, dtype=dtype, device=device)


def prepare_targets(y: np.ndarray, loss: dict[str, Any], dataset: Dataset, dtype: str = "float32") -> np.ndarray:
    """Targets in the form the loss expects (``spec.training.target_form``; see ``annstudio.backends.base``)."""
    form = target_form(loss["name"], dataset.task)
    if form == "labels":
        return y.astype(np.int64).reshape(-1)
    if form == "one_hot":
        return one_hot(y.astype(np.int64).reshape(-1), dataset.n_classes).astype(dtype)
    if form == "column":
        return y.reshape(-1, 1).astype(dtype)
    return y.reshape(len(y), -1).astype(dtype)


def check_compatible(spec: ModelSpec, dataset: Dataset, loss: dict[str, Any]) -> None:
    """Raise ``SpecError`` / ``ValueError`` when the model, the data and the loss do not fit together
    (the rules are ``spec.training.check_loss_fits``')."""
    spec.validate()
    if tuple(spec.input_shape) != tuple(dataset.input_shape):
        raise SpecError(
            Message(
                "the data {name!r} has inputs of shape {input_shape} but the Input layer has shape {input_shape2}",
                name=dataset.name, input_shape=tuple(dataset.input_shape), input_shape2=tuple(spec.input_shape)),
            layer=spec.layers[0].name,
        )
    check_loss_fits(spec, loss["name"], dataset.task, dataset.n_classes, dataset.n_outputs, dataset.name)


def check_batch_memory(spec: ModelSpec, batch: int) -> None:
    """``SpecError`` when one batch's layer outputs would not fit the budget (``limits.MAX_BATCH_VALUES``):
    a wide layer at a large batch size asks for gigabytes before the first step."""
    from ..limits import MAX_BATCH_VALUES

    per_sample = spec.values_per_sample()
    rows = int(batch)
    if rows * per_sample > MAX_BATCH_VALUES:
        raise SpecError(Message(
            "a batch of {rows:,} samples holds {per_sample:,} values per sample in the layers' outputs: "
            "{total:,} values at once, more than the {limit:,} allowed; choose a smaller batch size or narrower "
            "layers", rows=rows, per_sample=per_sample, total=rows * per_sample, limit=MAX_BATCH_VALUES))


def load_project_dataset(project: Project, base_dir: str | Path | None = None) -> Dataset:
    """The project's dataset; relative file and folder parameters are taken relative to ``base_dir``
    (the project file's folder), so a project and its CSV can travel together."""
    from ..data import DATASETS

    name, params = project.dataset["name"], dict(project.dataset["params"])
    info = DATASETS.get(name)
    if info is not None and base_dir is not None:
        for key, param in info.params.items():
            value = params.get(key)
            if param.type == "path" and isinstance(value, str) and value and not Path(value).expanduser().is_absolute():
                params[key] = str(Path(base_dir) / value)
    return load_dataset(name, **params)


@dataclass
class Run:
    """Everything a front end needs for one training run."""

    trainer: Trainer
    model: Any
    dataset: Dataset
    project: Project

    def events(self):
        return self.trainer.run()


def create_run(
    project: Project,
    backend: str = "numpy",
    *,
    dataset: Dataset | None = None,
    control: TrainingControl | None = None,
    callbacks: Iterable[Callback] = (),
    epochs: int | None = None,
    seed: int | None = None,
    base_dir: str | Path | None = None,
    device: str | list[str] | None = None,
    resume_from: str | Path | None = None,
    output_dir: str | Path | None = None,
    chosen_dirs: Sequence[str | Path] = (),
) -> Run:
    """Load data, check it against the model, build and compile the model, and make the trainer.

    ``resume_from`` names an ``.h5`` of the same model: a checkpoint written by annstudio restores its
    weights, optimizer state, RNG states, epoch and history, so the run continues exactly where it
    stopped; a file Keras wrote gives its weights (training goes on with a fresh optimizer).

    The project's callbacks write only inside ``base_dir`` (the project's folder), ``output_dir`` (the
    user's choice; relative names then start there) or ``chosen_dirs`` (folders the user picked in a
    dialog), see ``callbacks.callbacks_from_config``;
    a project with a ``ModelCheckpoint`` must be one Keras can store (``spec.keras_storable``). Both are
    checked here, before any data is loaded, so a refused run costs nothing.
    """
    cfg = project.training
    seed = cfg.seed if seed is None else int(seed)
    project_callbacks = callbacks_from_config(cfg.callbacks, Path(base_dir) if base_dir else None,
                                              output_dir, chosen_dirs)
    if any(isinstance(c, ModelCheckpoint) for c in project_callbacks):
        problems = keras_storage_problems(project.model, cfg.dtype)
        if problems:
            raise MessageError(Message("ModelCheckpoint cannot save this model: {problem}",
                                       problem=next(iter(problems.values()))))
    if dataset is None:
        dataset = load_project_dataset(project, base_dir)
    check_compatible(project.model, dataset, cfg.loss)
    check_batch_memory(project.model, min(cfg.batch_size, len(dataset.x_train)))
    model = build_model(project.model, backend, seed=seed, dtype=cfg.dtype, device=device)
    model.compile(cfg.loss, cfg.optimizer)
    x = dataset.x_train.astype(cfg.dtype, copy=False)
    y = prepare_targets(dataset.y_train, cfg.loss, dataset, cfg.dtype)
    validation = None
    if dataset.x_val is not None and dataset.y_val is not None:
        validation = (dataset.x_val.astype(cfg.dtype, copy=False), prepare_targets(dataset.y_val, cfg.loss, dataset, cfg.dtype))
    all_callbacks = [*project_callbacks, *callbacks]
    metrics = reported_metrics(cfg.metrics, dataset.task)
    check_metrics_fit(metrics, cfg.loss["name"], dataset.task, int(project.model.output_shape[-1] or 1))
    training_config = {"loss": cfg.loss, "optimizer": cfg.optimizer, "metrics": metrics, "project": project.to_dict(),
                       "scaling": scaling_record(dataset)}
    trainer = Trainer(
        model, x, y,
        loss=cfg.loss, metrics=metrics, batch_size=cfg.batch_size, training_config=training_config,
        epochs=cfg.epochs if epochs is None else int(epochs), shuffle=cfg.shuffle, seed=seed,
        validation_data=validation, validation_split=0.0 if validation is not None else cfg.validation_split,
        callbacks=all_callbacks, control=control,
    )
    if resume_from is not None:
        _resume(trainer, project, Path(resume_from))
    return Run(trainer, model, dataset, project)


def _wiring(spec: ModelSpec) -> list[tuple]:
    """Layers with their settings and inputs by position: equal for specs that describe the same
    network, whatever the layers are called (Keras names its Input ``input_layer``, annstudio ``input``)."""
    position = {layer.name: i for i, layer in enumerate(spec.layers)}
    return [(layer.kind, layer.config, tuple(position[n] for n in spec.input_names(i)))
            for i, layer in enumerate(spec.layers)]


def _resume(trainer: Trainer, project: Project, path: Path) -> None:
    from ..io.model_file import load_model_file

    contents = load_model_file(path)
    if _wiring(contents.spec) != _wiring(project.model):
        raise MessageError(Message("{path}: the file holds a different model than the project's", path=path))
    renamed = {a.name: b.name for a, b in zip(contents.spec.layers, project.model.layers, strict=True)}
    weights = {}
    for key, value in contents.weights.items():
        layer, weight = key.rsplit("/", 1)
        weights[f"{renamed[layer]}/{weight}"] = value
    trainer.model.set_weights(weights)
    state = (contents.state or {}).get("trainer")
    if state:
        trainer.set_state(state)
    # else: a plain Keras file; training continues from its weights with a fresh optimizer at epoch 1


class TrainingFailed(RuntimeError):
    """A run ended with ``stopped`` (diverged) or ``error``; ``event`` holds the terminal event."""

    def __init__(self, event: dict[str, Any]):
        self.event = event
        super().__init__(event["message"])


def train(project: Project, backend: str = "numpy", callbacks: Iterable[Callback] = (), **kwargs: Any) -> History:
    """Train ``project`` to the end and return its ``History`` (the Python API behind ``annstudio train``)."""
    run = create_run(project, backend, callbacks=callbacks, **kwargs)
    for event in run.events():
        if event["event"] == "error" or (event["event"] == "stopped" and event["reason"] == "diverged"):
            raise TrainingFailed(event)
    return run.trainer.history  # history.model is the trained model


def evaluate(run: Run, split: str = "test") -> dict[str, float]:
    """Loss and metrics of the run's model on the dataset's ``test`` (or ``val``) split, or on the samples it
    trains on (``train``: without the part ``validation_split`` holds out, as the training loss is measured),
    in inference mode."""
    from .metrics import MetricTracker

    ds, cfg = run.dataset, run.project.training
    x: np.ndarray | None
    y: np.ndarray | None
    if split == "train":   # the trainer's own arrays: prepared targets, the validation part left out
        x, y = run.trainer.x, run.trainer.y
    else:
        x, y = (ds.x_test, ds.y_test) if split == "test" else (ds.x_val, ds.y_val)
        if x is not None and y is not None:
            y = prepare_targets(y, cfg.loss, ds, cfg.dtype)
    if x is None or y is None or len(x) == 0:
        return {}
    loss, pred = run.model.evaluate(x.astype(cfg.dtype, copy=False), y)
    tracker = MetricTracker(run.trainer.metric_names, run.trainer._val_metrics.kind, run.trainer._val_metrics.threshold)
    tracker.update(float(loss), y, pred)
    return tracker.result()
