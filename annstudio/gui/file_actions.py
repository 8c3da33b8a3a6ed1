"""File menu behaviour for the main window: New, Open, Recent, Examples, Save, Save As, Import/Export .h5.

Unsaved changes are never dropped silently: every action that replaces the project asks first
(Save / Discard / Cancel). Examples open as untitled copies, so Save never overwrites a bundled file.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..data.files import FileRefused, regular_file
from ..limits import MAX_H5_FILE_BYTES
from ..messages import os_reason
from ..particles import with_particles
from . import settings
from .document import default_project
from .editor import commands
from .editor.weight_commands import CustomWeightsCommand
from .example_texts import example_text
from .i18n import render, render_error
from .run.state import RunState

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from .document import ProjectDocument
    from .editor.dataset_panel import DatasetPanel
    from .run.worker import TrainingRunner

    class _WindowParts(QMainWindow):
        """What ``MainWindow`` gives the mixin (for the type checker; at run time the base is ``object``)."""

        document: ProjectDocument
        runner: TrainingRunner
        dataset_panel: DatasetPanel

        _importing: bool

        def display_name(self) -> str: ...
        def update_recent_menu(self) -> None: ...
        def _schedule_prepare(self, *_args) -> None: ...
        def _stop_run_for_close(self, timeout_ms: int) -> None: ...
        def ask_stop_and_close(self, text: str | None = None) -> bool: ...
else:
    _WindowParts = object


_HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"


def is_model_file(path: Path) -> bool:
    """True for a Keras ``.h5``/``.keras`` file (by its name or its HDF5 signature), not a project."""
    if path.suffix.lower() in (".h5", ".hdf5", ".keras"):
        return True
    try:
        regular_file(path, MAX_H5_FILE_BYTES)   # never open a FIFO (it would block) or a device
        with open(path, "rb") as fh:
            return fh.read(8) == _HDF5_SIGNATURE
    except (OSError, FileRefused):
        return False


def example_info(path: Path) -> tuple[str, str]:
    """``(name, description)`` of an example file (read with ``json`` only), in the UI language."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        name, description = data.get("name"), data.get("description")
    except (OSError, ValueError, AttributeError):
        name = description = None
    return (example_text(name) if isinstance(name, str) else "",
            example_text(description) if isinstance(description, str) else "")


def example_title(path: Path) -> str:
    """The example's own name, translated (the file name when it has none)."""
    name = example_info(path)[0]
    return name or path.stem


class FileActionsMixin(_WindowParts):
    """Mixed into ``MainWindow`` (which provides ``document``, ``runner``, ``statusBar()``...)."""

    _example_dir: Path | None = None

    # ------------------------------------------------------------------ helpers
    def base_dir(self) -> Path | None:
        """Folder that relative dataset paths are resolved against (the project's, or an example's)."""
        if self.document.path is not None:
            return self.document.path.parent
        return self._example_dir

    def _start_dir(self) -> str:
        recent = settings.recent_files()
        if self.document.path is not None:
            return str(self.document.path.parent)
        return str(recent[0].parent) if recent else str(Path.home())

    def may_stop_run(self) -> bool:
        """Before New, Open or an example replaces the project: a running or paused run is stopped only if the
        learner says so, and as the Stop button stops it (its end reaches the Runs panel, which records it)."""
        if not self.runner.is_active:
            return True
        # the question goes away by itself when the run ends while it is shown (nothing left to stop)
        if not self.ask_stop_and_close(self.tr("Stop the training and open another project?")):
            return False
        self._stop_run_for_close(3000)
        return True

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded, or clean)."""
        if not self.document.is_dirty:
            return True
        answer = QMessageBox.warning(
            self, self.tr("Unsaved changes"),
            self.tr("The project “{0}” has unsaved changes. Save them first?").format(self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _replace(self, project, path: Path | None, example_dir: Path | None = None) -> None:
        self.runner.reset()  # also forgets imported or kept weights of the model before training
        self._example_dir = example_dir
        self.document.replace(project, path)

    def _project_filter(self) -> str:
        return self.tr("annstudio projects (*.annproj);;All files (*)")

    def _h5_filter(self) -> str:
        return self.tr("Keras models (*.h5 *.hdf5 *.keras);;Keras HDF5 models (*.h5 *.hdf5);;"
                       "Keras 3 models (*.keras);;All files (*)")

    def _data_scaling(self, spec: Any) -> dict[str, Any] | None:
        """How the loaded data's raw values became the model's (``data.scaling.record``), for the model file,
        when the model takes this data (a model that does not fit it yet records nothing)."""
        from ..data.scaling import record

        dataset = self.dataset_panel.dataset
        if dataset is None or tuple(dataset.input_shape) != tuple(spec.input_shape):
            return None
        scaling = record(dataset)
        if scaling and "targets" in scaling and tuple(spec.output_shape) != (dataset.n_outputs,):
            scaling.pop("targets")
        return scaling or None

    def _error(self, title: str, message: str) -> None:
        QMessageBox.critical(self, title, message)

    # ------------------------------------------------------------------ New / Open / Examples
    def new_project(self) -> bool:
        if not self.may_stop_run() or not self.maybe_save():
            return False
        self._replace(default_project(), None)
        self.statusBar().showMessage(self.tr("New project"), 3000)
        return True

    def open_dialog(self) -> bool:
        # the file first: a Keras model picked here is imported into this project (nothing is replaced, so
        # nothing to save first); a project asks about the run and unsaved changes before it replaces this one
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self._start_dir(), self._project_filter())
        if not path:
            return False
        return self.open_path(Path(path), ask=True)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a project file (asking about unsaved changes first when ``ask``)."""
        from ..project import Project, ProjectError

        if is_model_file(Path(path)):
            return self.offer_import(Path(path))
        if ask and (not self.may_stop_run() or not self.maybe_save()):
            return False
        try:
            project = Project.load(path)
        except ProjectError as exc:
            self._error(self.tr("Cannot open the project"), render_error(exc))
            return False
        self._replace(project, Path(path))
        self._remember(Path(path))
        self.statusBar().showMessage(with_particles(self.tr("Opened {0}").format(Path(path).name)), 3000)
        return True

    def open_example(self, path: Path) -> bool:
        from ..project import Project, ProjectError

        if not self.may_stop_run() or not self.maybe_save():
            return False
        try:
            project = Project.load(path)
        except ProjectError as exc:
            self._error(self.tr("Cannot open the example"), render_error(exc))
            return False
        self._replace(project, None, example_dir=Path(path).parent)
        title = example_text(project.name) or path.stem   # as the Learn menu names it
        opened = self.tr("Opened the example “{0}” (save it to keep your changes)").format(title)
        self.statusBar().showMessage(with_particles(opened), 5000)
        return True

    # ------------------------------------------------------------------ Save
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggestion = self.document.path or Path(self._start_dir()) / f"{self.document.file_stem}.annproj"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), str(suggestion), self._project_filter())
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".annproj")
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        old_base = self.base_dir()
        project = self.document.project
        if old_base is not None and Path(path).parent.resolve() != Path(old_base).resolve():
            _absolutize_paths(project, Path(old_base))
        _relativize_paths(project, Path(path).parent)
        try:
            self.document.save(path)
        except OSError as exc:
            self._error(self.tr("Cannot save the project"), self.tr("{0}: {1}").format(path, render(os_reason(exc))))

            return False
        self._example_dir = None
        self._remember(Path(path))
        self.statusBar().showMessage(with_particles(self.tr("Saved {0}").format(Path(path).name)), 3000)
        return True

    def _remember(self, path: Path) -> None:
        settings.add_recent_file(path)
        self.update_recent_menu()

    # ------------------------------------------------------------------ Keras .h5
    def import_h5(self) -> bool:
        """Replace the project's model (and the loss/optimizer the file was compiled with) in one undoable step."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a Keras model (.h5 or .keras)"), self._start_dir(),
                                              self._h5_filter())
        if not path:
            return False
        return self.import_h5_path(Path(path))

    def offer_import(self, path: Path) -> bool:
        """File › Open on a Keras model file: offer to import its model instead of failing to read JSON. A file
        that only has the name of one (a text file called fake.h5) is refused at once, saying why."""
        from ..io.model_file import H5Error, has_model_signature, load_model_file

        if not has_model_signature(path):   # its first bytes only: a real model is read once, on import
            try:
                load_model_file(path)   # not a model: the reader says why
            except H5Error as exc:
                self._error(self.tr("Cannot open the file"), render_error(exc))
                return False
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Open a Keras model file"),
                          with_particles(self.tr("“{0}” is a Keras model file, not an annstudio project. Import its model into "
                                  "the current project?").format(path.name)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("openModelFileQuestion")
        import_button = box.addButton(self.tr("Import the model"), QMessageBox.ButtonRole.AcceptRole)
        import_button.setObjectName("importModelButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(import_button)
        box.exec()
        if box.clickedButton() is not import_button:
            return False
        return self.import_h5_path(path)

    def import_h5_path(self, path: Path | str) -> bool:
        """Import the model of the ``.h5`` or ``.keras`` file at ``path`` (see ``import_h5``)."""
        from ..io.model_file import H5Error, load_model_file

        try:
            contents = load_model_file(path)
        except H5Error as exc:
            self._error(self.tr("Cannot import the model"), render_error(exc))
            return False
        # As Keras' load_model: the file's weights become the current model at once (views, Results,
        # Export), and Play continues training from them.
        if self.runner.is_active or self.runner.state != RunState.IDLE:
            self.runner.reset()
        training = self.document.section("training")
        if contents.loss is not None:
            training.loss = contents.loss
        if contents.optimizer is not None:
            training.optimizer = contents.optimizer
        if contents.metrics:
            training.metrics = [m for m in contents.metrics if m in ("accuracy", "mae", "mse")] or training.metrics
        training.dtype = contents.dtype   # a float64 model stays float64 (its weights were rounded to float32)
        before = self.runner.custom_state()
        self.runner.set_custom_weights(contents.spec, contents.weights, origin={"kind": "file", "name": Path(path).name})
        text = self.tr("Import {0}").format(Path(path).name)
        stack = self.document.undo_stack
        self._importing = True
        stack.beginMacro(text)
        try:
            commands.push(self.document, "model", contents.spec, text)
            commands.push(self.document, "training", training, text)
            stack.push(CustomWeightsCommand(self.runner, before, self.runner.custom_state()))
        finally:
            stack.endMacro()
            self._importing = False
        self._schedule_prepare()
        notes = "; ".join(render(note) for note in contents.notes)
        self.statusBar().showMessage(self.tr("Imported the model and its weights from {0}").format(Path(path).name)
                                     + (f" ({notes})" if notes else ""), 6000)
        return True

    def _exported_text(self, trained: bool, custom: bool, file_name: str) -> str:
        """What Export wrote to ``file_name``: a model loaded from a run or a file is said to be so (it was
        "no batch trained yet" while the weights were the run's)."""
        if trained:
            return self.tr("Exported the trained model to {0}").format(file_name)
        origin = (self.runner.custom_origin if custom else None) or {}
        kind, name = origin.get("kind"), str(origin.get("name", ""))
        if kind == "run":
            return self.tr("Exported the model with the weights of the run “{1}” to {0}").format(file_name, name)
        if kind == "file":
            return self.tr("Exported the model with the weights imported from {1} to {0}").format(file_name, name)
        if kind is not None:
            return self.tr("Exported the model with its kept or edited weights to {0}").format(file_name)
        return self.tr("Exported the model (no batch trained yet) to {0}").format(file_name)

    def export_h5(self) -> bool:
        """Save the trained model, or freshly initialised weights when nothing is trained yet."""
        from ..data import input_features
        from ..engine.callbacks import save_run_h5
        from ..engine.session import build_model
        from ..io.model_file import H5Error, save_model_file
        from ..spec.keras_storable import keras_storage_problems

        model = self.runner.last_model
        # the model's own spec (the stack may hold an edit not built yet)
        spec = getattr(model, "spec", None) or self.document.spec
        # imported or typed-in weights of the model the stack shows, not built (yet): the model does not take
        # this data, or the build after the import is still on its way. They are what the file gets (it got
        # freshly initialised weights, or the model before the import)
        custom = self.runner.custom_weights_for(self.document.spec) if self.runner.state == RunState.IDLE else None
        if custom is not None and (model is None or getattr(model, "spec", None) != self.document.spec):
            model, spec = None, self.document.spec
        trained = model is not None and self.runner.state != RunState.IDLE
        if trained:
            caption = self.tr("Export the trained model (.h5 or .keras)")
        elif self.runner.has_custom_weights:
            caption = self.tr("Export the model (.h5 or .keras) with its imported or edited weights")
        else:
            caption = self.tr("Export the model (.h5 or .keras) — not trained yet: the file gets freshly initialised weights")
        unstorable = keras_storage_problems(spec, self.document.project.training.dtype)
        if unstorable:  # say why before the learner picks a file
            self._error(self.tr("Cannot export the model"),
                        self.tr("Keras' file formats cannot hold this model: {0}").format(
                            render(next(iter(unstorable.values())))))
            return False
        suggestion = Path(self._start_dir()) / f"{self.document.file_stem}.h5"
        path, chosen = QFileDialog.getSaveFileName(self, caption, str(suggestion), self._h5_filter())
        if not path:
            return False
        if Path(path).suffix.lower() not in (".h5", ".hdf5", ".keras"):
            # a bare name ("wdmodel") or another ending: Keras' own ending, so that Keras (and Open) know the
            # file; ".keras" only under the "Keras 3 models" filter
            path += ".keras" if "*.keras)" in chosen and "*.h5" not in chosen else ".h5"
        cfg = self.document.project.training
        run = self.runner.idle_run() if trained else None
        try:
            if run is not None and run.model is model:
                # as `annstudio train --out` writes it: the loss and optimizer the model was trained with (not
                # the form's, which may have changed since), the optimizer's state (Keras continues with its
                # moments and step count) and the run's state (`annstudio train --resume` continues the run)
                save_run_h5(path, run.trainer)
            else:
                if model is None:
                    model = build_model(spec, "numpy", seed=cfg.seed, dtype=cfg.dtype)
                    if custom is not None:
                        model.set_weights(custom)
                metrics = [m for m in cfg.metrics if m in ("accuracy", "mae", "mse")]
                features = input_features(self.document.project.dataset)
                if features and tuple(spec.input_shape) != (len(features),):
                    features = None  # the model does not take this data's features (yet): nothing to record
                scaling = self._data_scaling(spec)
                save_model_file(path, spec, model.get_weights(), loss=cfg.loss, optimizer=cfg.optimizer,
                                metrics=metrics, dtype=cfg.dtype, features=features, scaling=scaling)
        except (H5Error, ValueError) as exc:
            self._error(self.tr("Cannot export the model"), render_error(exc))
            return False
        custom_weights = custom is not None or self.runner.has_custom_weights
        self.statusBar().showMessage(with_particles(self._exported_text(trained, custom_weights, Path(path).name)), 6000)
        return True


def _absolutize_paths(project, base: Path) -> None:
    """Relative dataset file paths stay valid when the project is saved to another folder."""
    from ..data.registry import DATASETS

    info = DATASETS.get(project.dataset["name"])
    if info is None:
        return
    params = project.dataset["params"]
    for key, param in info.params.items():
        value = params.get(key)
        if param.type == "path" and isinstance(value, str) and value and not Path(value).expanduser().is_absolute():
            params[key] = str((base / value).resolve())


def _relativize_paths(project, base: Path) -> None:
    """A data file in the project's folder (or below it) is stored relative to it: the folder can be copied
    to another computer, a class's shared drive, and the project still finds its CSV beside it."""
    from ..data.registry import DATASETS

    info = DATASETS.get(project.dataset["name"])
    if info is None:
        return
    params = project.dataset["params"]
    folder = base.resolve()
    for key, param in info.params.items():
        value = params.get(key)
        if param.type == "path" and isinstance(value, str) and value and Path(value).expanduser().is_absolute():
            try:
                params[key] = Path(value).expanduser().resolve().relative_to(folder).as_posix()
            except ValueError:
                pass   # elsewhere (another folder, a system data set): kept as it is
