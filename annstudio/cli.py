"""Command line: ``annstudio`` (the desktop app), ``annstudio train``, ...

Exit status: 0 on success, 2 with one clear line for bad input (a bad file, option or model), 1 for an
internal error (a bug worth reporting).

Every error type of ours (``ProjectError``, ``DataError``, ``SpecError``, ``H5Error``, ``MessageError``...)
that reaches the top is bad input: one line, exit 2, whichever command raised it. Running out of memory or
stack on an input is bad input too (the input is too large or too deeply nested to process). Anything else
is a bug: one line naming the exception, exit 1; the traceback is printed only with ``--debug`` (or
``ANNSTUDIO_DEBUG=1``), so a learner never faces a page of Python. Nothing is written to a log file: the
command writes only where it was told to.

TensorFlow's own start-up and log lines are silenced before it is imported (``quiet_tensorflow``), so bad
input with ``--backend tensorflow`` still prints exactly one line.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from .project import Project

BAD_INPUT = 2


class BadInput(Exception):
    """An error the user can fix; printed as one line, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annstudio",
        description="annstudio: a visual trainer for artificial neural networks (NumPy and TensorFlow backends).",
    )
    parser.add_argument("--version", action="version", version=f"annstudio {__version__}")
    parser.add_argument("--debug", action="store_true",
                        help="on an internal error, print Python's traceback (for a bug report)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    train = sub.add_parser("train", help="train a project (.annproj) headless and print the final metrics",
                           description="Train a project (.annproj) without the GUI and print the final metrics.")
    train.add_argument("project", type=Path, help="the project file (.annproj)")
    train.add_argument("--backend", default="numpy", choices=["numpy", "tensorflow"], help="training backend (default: numpy)")
    train.add_argument("--epochs", type=int, help="override the project's number of epochs")
    train.add_argument("--seed", type=int, help="override the project's random seed")
    train.add_argument("--device", help="TensorFlow device, e.g. CPU:0 or GPU:0; several comma-separated run mirrored")
    train.add_argument("--history", type=Path, metavar="FILE.csv",
                       help="write the per-epoch history as CSV (Keras CSVLogger columns)")
    train.add_argument("--out", type=Path, metavar="MODEL.h5|MODEL.keras",
                       help="save the trained model as a Keras-loadable .h5, or as Keras 3's .keras for a name "
                            "ending in .keras")
    train.add_argument("--output-dir", type=Path, metavar="DIR",
                       help="where the project's callbacks write (checkpoints, CSV logs, TensorBoard runs); "
                            "default: the project's folder. A project file never writes outside these folders")
    train.add_argument("--resume", type=Path, metavar="CHECKPOINT.h5|.keras",
                       help="continue exactly from a checkpoint written by ModelCheckpoint or --out")
    loudness = train.add_mutually_exclusive_group()
    loudness.add_argument("--verbose", type=int, choices=(0, 1, 2), default=None,
                       help="as Keras' fit: 0 silent, 1 a progress bar per epoch (on a terminal; one line per epoch "
                            "in a file or pipe), 2 one line per epoch (default: 1 on a terminal, 2 otherwise)")
    loudness.add_argument("--quiet", dest="verbose", action="store_const", const=0, help="the same as --verbose 0")
    train.add_argument("--record", action="store_true",
                       help="keep the run beside the project (PROJECT.runs/), as the desktop app's Runs panel does")

    predict = sub.add_parser("predict", help="predict with a .h5 or .keras model",
                             description="Predict with a .h5 or .keras model (Keras' or annstudio's).")
    predict.add_argument("model", type=Path, help="the model file (.h5 or .keras)")
    predict.add_argument("--input", type=Path, required=True, metavar="X.npy|X.csv",
                         help="inputs, one sample per row, as the data file has them (a model annstudio trained "
                              "scales them as its training data was scaled)")
    predict.add_argument("--output", type=Path, required=True, metavar="Y.npy|Y.csv", help="where to write the outputs")
    given_as = predict.add_mutually_exclusive_group()   # raw points need their features; prepared ones have them
    given_as.add_argument("--raw", action="store_true",
                         help="the input holds raw (x1, x2) points: compute the model's input features from them "
                              "(done by default when the input has 2 columns and the model more features)")
    given_as.add_argument("--prepared", action="store_true",
                         help="the input is scaled already (the arrays annstudio trained on, an exported script's "
                              "x_test): the model file's recorded scaling is not applied, to inputs or outputs")
    predict.add_argument("--backend", default="numpy", choices=["numpy", "tensorflow"])
    predict.add_argument("--device", help="TensorFlow device, e.g. CPU:0 or GPU:0")

    inspect = sub.add_parser("inspect",
                             help="show a .h5 or .keras model's layers, shapes, parameters and training config")
    inspect.add_argument("model", type=Path, help="the model file (.h5 or .keras)")

    gui = sub.add_parser("gui", help="open the desktop app (the default when no command is given)",
                         description="Open the desktop app, optionally with a project.")
    gui.add_argument("project", type=Path, nargs="?", help="a project file (.annproj) to open")

    export = sub.add_parser("export-code", help="write a project as a Keras script, a NumPy script or a notebook",
                            description="Write the project as a runnable program: a Keras 3 script (keras), a "
                                        "from-scratch NumPy script (numpy) or a Jupyter notebook (notebook).")
    export.add_argument("project", type=Path, help="the project file (.annproj)")
    export.add_argument("-o", "--output", type=Path, required=True,
                        help="the file to write: .py for keras and numpy, .ipynb for notebook")
    export.add_argument("--style", choices=["keras", "numpy", "notebook"],
                        help="default: notebook for an .ipynb file, keras otherwise")

    sweep = sub.add_parser("sweep", help="train every combination of settings' values and print a results table",
                           description="Train every combination of the given settings' values, each run in its "
                                       "own process, keep the runs beside the project (PROJECT.runs/) and print "
                                       "one row per run. Settings: training.learning_rate, training.batch_size, "
                                       "training.epochs, training.optimizer, training.seed, model.LAYER.units, "
                                       "model.LAYER.activation, model.LAYER.rate (Dropout).")
    sweep.add_argument("project", type=Path, help="the project file (.annproj)")
    sweep.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=V1,V2,...",
                       help="a setting and its values, e.g. training.learning_rate=0.001,0.01,0.1 (repeatable)")
    sweep.add_argument("--jobs", type=int, help="runs at the same time, each in its own process "
                                                "(default: the number of cores)")
    sweep.add_argument("--out", type=Path, metavar="RESULTS.csv", help="write the results table as CSV")
    sweep.add_argument("--epochs", type=int, help="override the project's number of epochs (unless swept)")
    sweep.add_argument("--backend", default="numpy", choices=["numpy", "tensorflow"], help="training backend")
    sweep.add_argument("--no-weights", action="store_true", help="do not keep the runs' weights")

    examples = sub.add_parser("examples", help="list the bundled example projects")
    examples.add_argument("--paths", action="store_true", help="print full paths")
    return parser


def quiet_tensorflow() -> None:
    """Keep TensorFlow's C++ and absl log lines off stderr: the level is set before TensorFlow is
    imported (a value the user set in the environment wins), and the import itself, whose absl lines
    ignore that level, runs with stderr sent to the null device. Without TensorFlow this does nothing
    (the session then reports the backend as unavailable)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from .backends.tensorflow import is_available

    if is_available()[0]:
        from .backends.tensorflow._quiet import import_quietly

        try:
            import_quietly()
        except Exception:  # noqa: BLE001 - a broken install is reported by the session, in one line
            pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        from .gui.app import main as gui_main

        return gui_main(project_path=getattr(args, "project", None))
    if getattr(args, "backend", None) == "tensorflow":
        quiet_tensorflow()
    try:
        if getattr(args, "device", None) and getattr(args, "backend", None) == "numpy":
            raise BadInput(f"--device {args.device}: devices are TensorFlow's; add --backend tensorflow (the NumPy "
                           "backend runs on the CPU)")
        if args.command == "train":
            return _train(args)
        if args.command == "examples":
            return _examples(args)
        if args.command == "predict":
            return _predict(args)
        if args.command == "inspect":
            return _inspect(args)
        if args.command == "export-code":
            return _export_code(args)
        if args.command == "sweep":
            from .cli_sweep import sweep_command

            return sweep_command(args, BadInput)
    except BadInput as exc:
        return _error_line(str(exc))
    except _bad_input_types() as exc:
        from .messages import message_of

        return _error_line(message_of(exc))
    except MemoryError:
        return _error_line("not enough memory to process this input")
    except RecursionError:
        return _error_line("the input is nested too deeply to process")
    except KeyboardInterrupt:
        print("annstudio: interrupted", file=sys.stderr)
        return 130
    parser.error(f"unknown command {args.command!r}")
    return BAD_INPUT


def _error_line(text: str) -> int:
    """Print ``annstudio: error: TEXT`` as one line on stderr; the exit status for bad input."""
    line = " ".join(str(text).split()) or "bad input"
    print(f"annstudio: error: {line}", file=sys.stderr)
    return BAD_INPUT


def _bad_input_types() -> tuple[type[BaseException], ...]:
    from .data import DataError
    from .engine.session import BackendUnavailable
    from .io.h5_read import H5Error
    from .messages import MessageError
    from .project import ProjectError
    from .spec import SpecError
    from .spec.errors import ConfigError

    return (ProjectError, DataError, SpecError, ConfigError, BackendUnavailable, H5Error, MessageError)


def _examples(args: argparse.Namespace) -> int:
    from .project import Project
    from .resources import example_projects

    for path in example_projects():
        if args.paths:
            print(path)
        else:
            project = Project.load(path)
            print(f"{path.name:32s} {project.description}")
    return 0


def _train(args: argparse.Namespace) -> int:
    from .engine.callbacks import CSVLogger
    from .engine.console_progress import ConsoleProgress, auto_verbosity
    from .engine.session import create_run, evaluate
    from .project import Project
    from .spec import SpecError
    from .spec.ranges import TRAINING_RANGES, Range

    # the project file's own limits (0 epochs: evaluate only, or nothing more after --resume)
    for flag, value, valid in (("--epochs", args.epochs, Range(0, TRAINING_RANGES["epochs"].high, integer=True)),
                               ("--seed", args.seed, TRAINING_RANGES["seed"])):
        if value is not None and not valid.contains(value):
            raise BadInput(f"{flag} must be {valid.rule()}, got {value}")
    if args.output_dir is not None and args.output_dir.exists() and not args.output_dir.is_dir():
        raise BadInput(f"--output-dir {args.output_dir}: not a folder")
    try:
        project = Project.load(args.project)
        if args.out:
            _check_out(args.out, project)
        if args.history:
            _check_history(args.history)
            if args.out and _same_place(args.history, args.out):
                raise BadInput(f"--history {args.history}: is also --out; the model would replace the history: "
                               "choose two file names")
        _check_device(args.device, args.backend)
        if args.output_dir is not None:
            args.output_dir.mkdir(parents=True, exist_ok=True)
        # a resumed run adds its epochs to the history the first part wrote (it replaced epochs 1-5 with 6-8)
        resuming = bool(args.resume) and bool(args.history) and args.history.is_file()
        callbacks = [CSVLogger(args.history, append=resuming)] if args.history else []
        run = create_run(project, args.backend, callbacks=callbacks, epochs=args.epochs, seed=args.seed,
                         base_dir=args.project.parent, device=_device(args.device), resume_from=args.resume,
                         output_dir=args.output_dir)
    except SpecError as exc:   # the project's model: named with its file, as the project's other problems
        raise BadInput(f"{args.project}: {exc}") from None
    except _bad_input_types() as exc:
        raise BadInput(str(exc)) from None
    except ValueError as exc:
        raise BadInput(f"{args.project}: {exc}") from None
    except OSError as exc:
        raise BadInput(f"--output-dir {args.output_dir}: {exc.strerror or exc}") from None

    trainer = run.trainer
    ds = run.dataset
    print(f"{project.name}: {ds.name} ({len(trainer.x)} training samples), backend {args.backend}, "
          f"{project.model.count_params()[0]:,} trainable parameters", flush=True)
    if args.resume and args.seed is not None:   # it was ignored without a word
        print("note: --seed is not used with --resume: the run goes on with the checkpoint's own state "
              "(weights, optimizer, data order)", flush=True)
    if args.resume:
        done = trainer.next_epoch
        if args.history and args.history.is_file():   # epochs after the checkpoint are trained again now
            from .io.csv_history import keep_epochs_up_to

            keep_epochs_up_to(args.history, done)
        if done >= trainer.epochs:
            print(f"resumed from {args.resume} after epoch {done}: nothing to train, {trainer.epochs} epochs in all "
                  f"were asked for (epochs count from the start, as in Keras' fit(initial_epoch={done}, "
                  f"epochs={trainer.epochs})); give --epochs above {done} to train more", flush=True)
        else:
            print(f"resumed from {args.resume} after epoch {done}; training to epoch {trainer.epochs}", flush=True)
    verbose = auto_verbosity() if args.verbose is None else args.verbose
    progress = ConsoleProgress(verbose, trainer.epochs, trainer.steps_per_epoch)
    terminal = None
    started = time.monotonic()
    try:
        for event in run.events():
            progress.update(event)
            if event["event"] in ("finished", "stopped", "error"):
                terminal = event
    finally:
        progress.close()
    assert terminal is not None
    if terminal["event"] == "error":
        raise BadInput(f"training failed: {terminal['message']}")
    if terminal["event"] == "stopped":
        raise BadInput(terminal["message"])
    if terminal["reason"] != "completed":
        print(terminal["message"])
    history = terminal["history"]
    final = {k: v[-1] for k, v in history.items() if v}
    if final:
        print("final: " + _fmt_logs(final))
    restored = terminal.get("restored")
    if restored:   # what test and --out hold: that epoch's weights, not the last one's
        print(f"restored the weights of epoch {restored['epoch']} (the best {restored['monitor']}: "
              f"{restored['value']:.4f}; EarlyStopping's restore_best_weights)")
    test = evaluate(run, "test")
    if test:
        print("test:  " + _fmt_logs(test))
    logged = [str(p) for p in callbacks[0].outputs()] if args.history else []   # none when no epoch ran
    outputs = [path for path in terminal.get("outputs") or [] if path not in logged]   # said below, once
    if len(outputs) > 3:
        print(f"callbacks wrote {len(outputs)} files and folders, the last {outputs[-1]}")
    for path in outputs if len(outputs) <= 3 else ():
        print(f"written: {path}")
    if logged:
        print(f"history written to {args.history}")
    if args.record:
        _record(args, run, history, test, time.monotonic() - started)
    if args.out:
        return _save_out(args.out, run)
    return 0


def _record(args: argparse.Namespace, run, history: dict, test: dict, duration: float) -> None:
    """``--record``: the run with the settings it actually used (``--epochs``/``--seed`` applied)."""
    from .engine import runs

    project = run.project.copy()
    if args.epochs is not None:
        project.training.epochs = args.epochs
    if args.seed is not None:
        project.training.seed = args.seed
    weights = run.model.get_weights()
    if sum(int(w.size) for w in weights.values()) > runs.KEEP_WEIGHTS_MAX_PARAMS:
        weights = None
    folder = runs.runs_folder(args.project)
    try:
        record = runs.save_run(folder, project, args.backend, history, test, duration, weights, device=args.device,
                               scaling=run.trainer.training_config.get("scaling"))
    except OSError as exc:
        raise BadInput(f"--record: cannot write {folder}: {exc.strerror or exc}") from None
    print(f"run recorded in {record.folder}")


def _check_writable_name(path: Path, flag: str = "") -> None:
    from .project import writable_name_problem

    problem = writable_name_problem(path)
    if problem:
        raise BadInput(f"{flag}{path}: {problem}")


def _check_history(history: Path) -> None:
    """Refuse ``--history`` before training when the file could not be written there (a folder, a folder that
    does not exist, a read-only one) or holds something else that it would replace (the project, its data, a
    model)."""
    from .io.csv_history import overwrite_problem

    _check_writable_name(history, "--history ")
    problem = overwrite_problem(history)
    if problem is not None:
        raise BadInput(f"--history {problem}")
    existed = history.exists()
    try:   # opened to add, so nothing in it is lost; a read-only folder or disk is said now, not after training
        with open(history, "a"):
            pass
    except OSError as exc:
        raise BadInput(f"--history {history}: cannot be written here ({exc.strerror or exc})") from None
    if not existed:
        history.unlink(missing_ok=True)   # the run writes it with its first epoch


#: the endings ``--out`` takes: Keras opens a model file by its ending (``load_model`` refuses others)
OUT_SUFFIXES = (".h5", ".hdf5", ".keras")


def _check_out(out: Path, project) -> None:
    """Refuse ``--out`` before training when the model could not be written there: an ending Keras does not
    open, a folder that does not exist, a folder in its place, or a model Keras cannot hold
    (``spec.keras_storable``)."""
    from .spec.keras_storable import keras_storage_problems

    _check_writable_name(out, "--out ")
    if out.suffix.lower() not in OUT_SUFFIXES:
        raise BadInput(f"--out {out}: the name must end in .h5 or .keras (Keras opens a model file by its "
                       f"ending), e.g. {out.with_suffix('.h5').name if out.suffix else out.name + '.h5'}")
    folder = out.parent if str(out.parent) else Path(".")
    if not os.access(folder, os.W_OK):   # said now: after the training the model would have to go elsewhere
        raise BadInput(f"--out {out}: cannot be written here (the folder {folder} is read-only)")
    problems = keras_storage_problems(project.model, project.training.dtype)
    if problems:
        kind = ".keras" if out.suffix.lower() == ".keras" else ".h5"
        raise BadInput(f"--out {out}: cannot save this model as {kind}: {next(iter(problems.values()))}")


def _save_out(out: Path, run) -> int:
    """Write the trained model to ``out``; when that fails, keep it elsewhere (see ``_keep_model``) so the run's
    result is not lost, say where, and exit 1."""
    from .engine.callbacks import save_run_h5

    try:
        save_run_h5(out, run.trainer)
    except Exception as exc:  # noqa: BLE001 - whatever the writer says, the trained weights are kept
        problem = f"{exc.strerror or exc}" if isinstance(exc, OSError) else str(exc)
        kept = _keep_model(out, run)
        where = ("the trained weights could not be kept either" if kept is None else
                 f"the trained weights are kept in {kept}" if kept.suffix == ".npz" else
                 f"the trained model is kept in {kept}")
        print(f"annstudio: error: cannot write {out}: {problem}; {where}", file=sys.stderr)
        return 1
    print(f"model written to {out}")
    return 0


def _keep_model(out: Path, run) -> Path | None:
    """Where the trained model went when ``out`` could not be written, or ``None``.

    First as the same kind of Keras file under another name, beside ``out`` and then in the temp folder (a
    full disk or a read-only folder fails only at ``out``; a file that annstudio, Keras and the GUI all
    open). Only if the writer itself fails there too: the weights (``"layer/weight"`` arrays) and the project
    (``project.json``) as an ``.npz`` that ``numpy.load`` opens without pickle."""
    import json
    import os
    import tempfile

    import numpy as np

    from .engine.callbacks import save_run_h5
    from .io.arrays import write_npz

    temp = Path(tempfile.gettempdir())
    for target in (out.with_name(f"{out.stem}.kept{out.suffix}"), temp / f"{out.stem}.{os.getpid()}{out.suffix}"):
        try:
            save_run_h5(target, run.trainer)
        except Exception:  # noqa: BLE001 - the next place, then the .npz
            continue
        return target
    arrays = {k: np.asarray(v) for k, v in run.model.get_weights().items()}
    arrays["project.json"] = np.asarray(json.dumps(run.project.to_dict()))
    for target in (out.with_name(out.name + ".weights.npz"), temp / f"{out.name}.{os.getpid()}.weights.npz"):
        try:
            write_npz(target, arrays)
        except (OSError, ValueError):
            continue
        return target
    return None


def _check_device(text: str | None, backend: str) -> None:
    """Refuse a ``--device`` that names no device, as the flag's own problem (it was put on the project);
    with the TensorFlow backend, one that does not exist here too (listing the devices imports TensorFlow,
    which that run loads anyway)."""
    if not text:
        return
    device = _device(text)
    if device is None:
        raise BadInput(f"--device {text!r} names no device; give one like CPU:0 or GPU:0, or a list like GPU:0,GPU:1")
    try:
        from .backends.tensorflow.devices import parse_device_name, resolve_device
    except ImportError:
        return   # without TensorFlow, creating the run says so
    try:
        for name in device if isinstance(device, list) else [device]:
            parse_device_name(name)
        if backend == "tensorflow":
            resolve_device(device)   # one that does not exist here: said as the flag's problem, not the file's
    except ValueError as exc:
        raise BadInput(f"--device {text}: {exc}") from None


def _same_place(a: Path, b: Path) -> bool:
    return Path(os.path.abspath(a)) == Path(os.path.abspath(b))


def _check_not_replacing(output: Path, others: dict[str, Path]) -> None:
    """Refuse an output that is one of the command's own files (``predict --output`` over its ``--input``)."""
    for what, other in others.items():
        try:
            same = Path(other).exists() and Path(output).exists() and Path(output).samefile(other)
        except OSError:
            same = False
        if same:
            raise BadInput(f"{output}: is {what}; writing there would replace it: choose another file name")


def _device(text: str | None):
    if not text:
        return None
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return parts if len(parts) > 1 else parts[0] if parts else None


def _load_model(args: argparse.Namespace):
    from .models import load_model

    if Path(args.model).suffix.lower() == ".annproj":   # the learner's project, not a model: say what is wanted
        raise BadInput(f"{args.model}: an annstudio project, not a model file; give a .h5 or .keras model "
                       f"(`annstudio train {args.model} --out model.h5` writes one)")
    try:
        return load_model(args.model, backend=getattr(args, "backend", "numpy"), device=_device(getattr(args, "device", None)))
    except _bad_input_types() as exc:
        raise BadInput(str(exc)) from None


def _export_code(args: argparse.Namespace) -> int:
    from .export import SUFFIXES, write_export
    from .project import Project

    _check_writable_name(args.output)
    suffix = args.output.suffix.lower()
    if args.style is None:
        args.style = "notebook" if suffix == ".ipynb" else "keras"
    if suffix != SUFFIXES[args.style]:   # nor the project, its data or a model overwritten by a script
        what = "a Jupyter notebook" if args.style == "notebook" else "a Python script"
        raise BadInput(f"-o {args.output}: the {args.style} export is {what}; give a name ending in "
                       f"{SUFFIXES[args.style]}, e.g. {args.output.with_suffix(SUFFIXES[args.style]).name}")
    project = Project.load(args.project)
    _check_model_fits_data(project, Path(args.project).parent)
    try:
        write_export(project, args.output, args.style, base_dir=Path(args.project).parent)
    except OSError as exc:
        from .messages import os_reason

        raise BadInput(f"{args.output}: {os_reason(exc)}") from None
    print(f"{args.style} export of {args.project} written to {args.output}")
    return 0


def _check_model_fits_data(project: Project, base_dir: Path) -> None:
    """``BadInput`` when the project's model does not fit its data (what ``train`` refuses); nothing when the
    data is not here to judge (a download, a moved CSV: the exported program reads it where it runs)."""
    from .data.dataset import DataError
    from .engine.session import check_compatible, load_project_dataset

    try:
        dataset = load_project_dataset(project, base_dir)
    except (DataError, OSError):
        return
    try:
        check_compatible(project.model, dataset, project.training.loss)
    except ValueError as exc:
        raise BadInput(f"cannot export: {exc}; the exported program would stop there too") from None


def _inspect(args: argparse.Namespace) -> int:
    model = _load_model(args)
    print(model.summary())
    return 0


def _predict(args: argparse.Namespace) -> int:
    import numpy as np

    from .io.arrays import write_array

    _check_writable_name(args.output)
    _check_not_replacing(args.output, {"--input": args.input, "the model": args.model})
    if getattr(args, "device", None):
        _check_device(args.device, getattr(args, "backend", "numpy"))
    model = _load_model(args)
    try:
        x, columns_taken = model.read_inputs(args.input)
        expanded = model.expands(x, args.raw or None)
        y = model.predict(x, raw=args.raw or None, prepared=args.prepared)
    except (OSError, ValueError) as exc:
        text = str(exc)   # a refused file's message already starts with its path ("X.npy: ...", "X.npy is ...")
        raise BadInput(text if text.startswith(str(args.input)) else f"{args.input}: {text}") from None
    try:
        write_array(args.output, y)
    except OSError as exc:   # not the temporary file's name: the one the user gave
        raise BadInput(f"{args.output}: cannot be written here ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise BadInput(f"{args.output}: {exc}") from None
    if expanded:
        print(f"input features {', '.join(model.features)} computed from the raw (x1, x2) points")
    if columns_taken and model.columns is not None:
        how = "by header name" if columns_taken == "name" else "by position"
        print(f"columns {', '.join(model.columns.names)} taken {how}, as the model's data file had them")
    if not args.prepared and model.input_scaling is not None:
        print("inputs scaled as the training data was (recorded in the model file; --prepared for scaled inputs)")
    if not args.prepared and model.target_scaling is not None:
        print("outputs in the target's own units (the model was trained on it standardised)")
    print(f"{len(y)} prediction(s) of shape {tuple(np.shape(y)[1:])} written to {args.output}")
    return 0


def _fmt_logs(logs: dict[str, float]) -> str:
    from .engine.console_progress import format_logs

    return format_logs(logs)


def _debug_requested(argv: Sequence[str]) -> bool:
    return "--debug" in argv or os.environ.get("ANNSTUDIO_DEBUG", "") not in ("", "0")


def run() -> None:
    """Console entry point with the exit-status contract (1 for internal errors: one line; the traceback
    with ``--debug``)."""
    try:
        code = main()
    except SystemExit:
        raise
    except KeyboardInterrupt:   # a second Ctrl-C while the first was being handled (main says the first)
        print("annstudio: interrupted", file=sys.stderr)
        code = 130
    except BrokenPipeError:   # the reader went away (annstudio inspect m.h5 | head -3): stop quietly, as cat does
        try:   # what is left in stdout's buffer goes nowhere (flushing it at exit would raise again)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        code = 141   # 128 + SIGPIPE, the status a shell reports for a process a closed pipe ended
    except Exception as exc:  # noqa: BLE001 - any bug becomes exit status 1, per the CLI contract
        if _debug_requested(sys.argv[1:]):
            import traceback

            traceback.print_exc()
        from .messages import short

        what = f"{type(exc).__name__}: {short(' '.join(str(exc).split()), 200)}".rstrip(": ")
        print(f"annstudio: internal error: {what} (this is a bug; please report it, with the traceback that "
              "'annstudio --debug ...' prints)", file=sys.stderr)
        code = 1
    sys.exit(code)
