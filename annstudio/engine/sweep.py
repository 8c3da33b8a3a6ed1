"""Sweeps: train every combination of a few settings' values, each run in its own process (see docs/sweeps.md).

A sweep is a list of ``Setting(path, values)``; a setting is named by a dotted path:

- ``training.learning_rate``, ``training.batch_size``, ``training.epochs``, ``training.optimizer``,
  ``training.seed`` (the training seed: initial weights and shuffling);
- ``model.<layer>.units`` (Dense), ``model.<layer>.activation``, ``model.<layer>.rate`` (Dropout).

Values are checked with the ranges the GUI's fields use (``spec.ranges``, the layer kinds' ``Param``), so a
bad name or value is refused before anything runs, with a ``SweepError`` naming the setting and what it
accepts. ``run_sweep`` trains every combination in a pool of processes (the ``spawn`` start method: no
state is shared with the caller) and saves each run with ``runs.save_run`` in the project's runs folder,
in the calling process (one writer, so run ids never collide). Each ``SweepRow`` holds the settings, the
final and test metrics, the duration and the run's id. ``seed_summary`` turns a sweep over seeds into
mean ± standard deviation per combination of the other settings.

No Qt here: the CLI's ``annstudio sweep`` and the GUI's sweep panel both use this module.
"""
from __future__ import annotations

import csv
import io
import itertools
import math
import multiprocessing
import os
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..messages import Message, MessageError, joined, message_of
from ..project import Project
from ..spec.layer_kinds import KINDS
from ..spec.ranges import LEARNING_RATE, TRAINING_RANGES, Range
from ..spec.training import CALLBACK_FILE_SETTINGS, OPTIMIZERS, optimizer_class_name
from ..typed_numbers import plain

TRAINING_SETTINGS = ("learning_rate", "batch_size", "epochs", "optimizer", "seed")
LAYER_SETTINGS = ("units", "activation", "rate")
#: the math libraries' thread counts, set to 1 in the workers when several run at once
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
#: the most runs one sweep may ask for
MAX_RUNS = 1000


class SweepError(MessageError):
    """A sweep that cannot run as asked; the message names the setting and what it accepts."""


@dataclass(frozen=True)
class Setting:
    """One swept setting: its dotted ``path`` and the ``values`` (already checked) to try."""

    path: str
    values: tuple[Any, ...]


@dataclass
class SweepRow:
    """One run of a sweep: ``settings`` (path -> value), final and test metrics, duration, run id."""

    index: int
    settings: dict[str, Any]
    final: dict[str, float] = field(default_factory=dict)
    test: dict[str, float] = field(default_factory=dict)
    duration: float = 0.0
    run_id: str | None = None
    outcome: str = "finished"
    error: str = ""
    pid: int = 0
    history: dict[str, list[float]] = field(default_factory=dict)

    def metric(self, key: str) -> float:
        """``"test_accuracy"``, ``"final_loss"``, ...: the value, NaN when the run has none."""
        where, _, name = key.partition("_")
        source = self.test if where == "test" else self.final
        return float(source.get(name, math.nan))


# ------------------------------------------------------------------------------- names and values
def setting_names(project: Project) -> list[str]:
    """Every setting of ``project`` a sweep can vary, as dotted paths."""
    names = [f"training.{key}" for key in TRAINING_SETTINGS]
    for layer in project.model.layers:
        keys = {p.key for p in KINDS[layer.kind].params} if layer.kind in KINDS else set()
        names += [f"model.{layer.name}.{key}" for key in LAYER_SETTINGS if key in keys]
    return names


def _param(project: Project, path: str):
    """The ``layer_kinds.Param`` behind ``model.<layer>.<key>`` (``SweepError`` when there is none)."""
    _, rest = path.split(".", 1)
    layer_name, _, key = rest.rpartition(".")
    layers = {layer.name: layer for layer in project.model.layers}
    if layer_name not in layers or key not in LAYER_SETTINGS:
        raise _unknown(project, path)
    params = {p.key: p for p in KINDS[layers[layer_name].kind].params}
    if key not in params:
        raise _unknown(project, path)
    return params[key]


def _unknown(project: Project, path: str) -> SweepError:
    return SweepError(Message("unknown sweep setting {name!r}; expected one of {choices}", name=path,
                              choices=joined(setting_names(project))))


def _number(path: str, text: str, integer: bool) -> int | float:
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is not None and math.isinf(value) and "inf" not in text.lower():   # 1e400: too large for a float
        raise SweepError(Message("sweep setting {name}: {value!r} is too large to be a number here", name=path,
                                 value=text))
    if value is None or (integer and not value.is_integer()):
        if integer:
            raise SweepError(Message("sweep setting {name}: {value!r} is not an integer", name=path, value=text))
        raise SweepError(Message("sweep setting {name}: {value!r} is not a number", name=path, value=text))
    return int(value) if integer else value


def _check_range(path: str, valid: Range, value: Any) -> None:
    problem = valid.problem(path.rsplit(".", 1)[1], value)
    if problem:
        raise SweepError(Message("sweep setting {name}: {problem}", name=path, problem=problem))


def parse_value(project: Project, path: str, text: str) -> Any:
    """One value of ``path`` from its text, checked (``SweepError`` names the setting and the rule)."""
    text = plain(text).strip()
    if path not in setting_names(project):
        raise _unknown(project, path)
    key = path.rsplit(".", 1)[1]
    if path.startswith("training."):
        if key == "optimizer":
            try:
                return optimizer_class_name(text)
            except ValueError:
                raise SweepError(Message("sweep setting {name}: unknown optimizer {value!r}; expected one of "
                                         "{choices}", name=path, value=text, choices=joined(OPTIMIZERS))) from None
        valid = LEARNING_RATE if key == "learning_rate" else TRAINING_RANGES[key]
        number = _number(path, text, valid.integer)
        _check_range(path, valid, number)
        return number
    param = _param(project, path)
    if param.type == "activation":
        value: Any = text
    else:
        value = _number(path, text, param.type == "int")
    problem = param.problem(value)
    if problem:
        raise SweepError(Message("sweep setting {name}: {problem}", name=path, problem=problem))
    return value


def parse_setting(project: Project, path: str, text: str) -> Setting:
    """``path`` with the comma-separated ``text`` of values ("0.001, 0.01, 0.1"), every value checked."""
    path = path.strip()
    if path not in setting_names(project):
        raise _unknown(project, path)
    parts = [p for p in (s.strip() for s in plain(text).split(",")) if p]   # a full-width comma too
    if not parts:
        raise SweepError(Message("sweep setting {name}: no values given", name=path))
    values = tuple(parse_value(project, path, p) for p in parts)
    return Setting(path, tuple(dict.fromkeys(values)))   # a value given twice runs once


def parse_assignment(project: Project, text: str) -> Setting:
    """``"training.learning_rate=0.001,0.01"`` (the CLI's ``--set``)."""
    path, sep, values = text.partition("=")
    if not sep:
        raise SweepError(Message("sweep setting {name!r}: expected NAME=VALUE,VALUE,...", name=text))
    return parse_setting(project, path, values)


def combinations(settings: Sequence[Setting]) -> list[dict[str, Any]]:
    """Every combination of the settings' values (the first setting varies slowest)."""
    paths = [s.path for s in settings]
    if len(set(paths)) != len(paths):
        twice = next(p for p in paths if paths.count(p) > 1)
        raise SweepError(Message("sweep setting {name} is given twice", name=twice))
    combos = [dict(zip(paths, values, strict=True)) for values in itertools.product(*(s.values for s in settings))]
    if len(combos) > MAX_RUNS:
        raise SweepError(Message("a sweep of {count} runs is too many; at most {limit}", count=len(combos),
                                 limit=MAX_RUNS))
    return combos


def apply(project: Project, combo: dict[str, Any]) -> Project:
    """A copy of ``project`` with the combination's values set (the optimizer first, so a swept learning
    rate applies to the swept optimizer; a new optimizer keeps the project's learning rate)."""
    data = project.to_dict()
    training = data["training"]
    for path in sorted(combo, key=lambda p: p != "training.optimizer"):
        value = combo[path]
        section, rest = path.split(".", 1)
        if section == "training":
            if rest == "optimizer":
                lr = training["optimizer"]["config"]["learning_rate"]
                training["optimizer"] = {"class_name": value, "config": {"learning_rate": lr}}
            elif rest == "learning_rate":
                training["optimizer"]["config"]["learning_rate"] = value
            else:
                training[rest] = value
        else:
            layer_name, _, key = rest.rpartition(".")
            for layer in data["model"]["layers"]:
                if layer["name"] == layer_name:
                    layer["config"][key] = value
    return Project.from_dict(data)


def value_text(value: Any) -> str:
    """A setting's value as the learner typed it: ``1`` for a learning rate of 1.0, ``0.01``, ``tanh``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def run_name(combo: dict[str, Any], label: Callable[[str], str] | None = None) -> str:
    """A run's name in the Runs panel: ``"learning_rate=0.01, dense.units=4"``; ``label`` names each setting
    path instead (the window: "learning rate", "학습률")."""
    name = label or (lambda path: path.split(".", 1)[1])
    return ", ".join(f"{name(path)}={value_text(value)}" for path, value in combo.items())


# ------------------------------------------------------------------------------- running
def train_one(project_dict: dict[str, Any], backend: str, base_dir: str | None, keep_weights: bool,
              progress: Any = None, index: int = 0) -> dict[str, Any]:
    """Train one project to the end (in a worker process) and return what ``save_run`` needs (plain data);
    ``progress``: a queue that gets ``(index, logs)`` after every epoch (a live sweep)."""
    from .session import create_run, evaluate

    project = Project.from_dict(project_dict)
    progress = _PROGRESS if progress is None else progress
    started = time.monotonic()
    result: dict[str, Any] = {"pid": os.getpid(), "history": {}, "test": {}, "weights": None,
                              "outcome": "finished", "error": ""}
    try:
        run = create_run(project, backend, base_dir=base_dir)
        terminal: dict[str, Any] = {}
        for event in run.events():
            if event["event"] in ("finished", "stopped", "error"):
                terminal = event
            elif event["event"] == "epoch_end" and progress is not None:
                progress.put((index, {k: float(v) for k, v in event["logs"].items()}))
        if terminal.get("event") == "error":
            result["error"] = str(terminal.get("message", "error"))
            return result
        result["history"] = {k: [float(v) for v in vs] for k, vs in run.trainer.history.history.items()}
        if terminal.get("event") == "stopped":
            result["outcome"] = "diverged" if terminal.get("reason") == "diverged" else "stopped"
        elif terminal.get("reason") == "early_stopping":
            result["outcome"] = "early_stopping"
        result["test"] = evaluate(run, "test")
        result["scaling"] = run.trainer.training_config.get("scaling")
        if keep_weights:
            weights = run.model.get_weights()
            if sum(int(w.size) for w in weights.values()) <= _keep_max():
                result["weights"] = weights
    except Exception as exc:  # noqa: BLE001 - one failed run is a row with its reason, not a failed sweep
        result["error"] = str(message_of(exc))
    result["duration"] = time.monotonic() - started
    return result


_PROGRESS: Any = None
"""In a worker process of a live sweep: the queue for its epochs (set by the pool's initializer)."""


#: how much lower the sweep's worker processes run than the program that started them: the runs use every
#: core, and the window that shows them (or whatever else the learner does) must still get the CPU at once
WORKER_NICENESS = 10


def _set_progress(queue: Any) -> None:
    global _PROGRESS
    _PROGRESS = queue
    if hasattr(os, "nice"):
        try:
            os.nice(WORKER_NICENESS)
        except OSError:
            pass
    if queue is not None:   # a cancelled sweep reads no more: never wait at exit to flush epochs nobody reads
        queue.cancel_join_thread()


def _keep_max() -> int:
    from .runs import KEEP_WEIGHTS_MAX_PARAMS

    return KEEP_WEIGHTS_MAX_PARAMS


def default_jobs() -> int:
    """The number of cores (the default ``--jobs``)."""
    return max(1, os.cpu_count() or 1)


class Sweep:
    """A sweep under way: ``start()`` submits every run to a pool of ``jobs`` processes; ``poll()`` saves
    the runs that finished and returns their rows (the GUI calls it from a timer; ``run_sweep`` waits)."""

    def __init__(self, project: Project, settings: Sequence[Setting], *, backend: str = "numpy",
                 runs_folder: str | os.PathLike | None = None, base_dir: str | os.PathLike | None = None,
                 jobs: int | None = None, keep_weights: bool = True, live: bool = False,
                 name_run: Callable[[dict[str, Any]], str] = run_name) -> None:
        self.project, self.settings = project, list(settings)
        #: the name a saved run gets from its combination; its settings are kept with it too
        #: (``RunRecord.generated_name``), and a window names them in its own language whenever it shows the run
        self.name_run = name_run
        self.combos = combinations(self.settings)
        self.tasks = [apply(project, combo) for combo in self.combos]   # every value checked before a run
        #: the project's callbacks that write files (CSVLogger, ModelCheckpoint, TensorBoard), left out of
        #: the sweep's runs: those run at the same time and would all write the same files, one run's rows or
        #: model over another's; each run's history and model are kept in the runs folder instead
        self.left_out = sorted({c["class_name"] for c in project.training.callbacks
                                if c["class_name"] in CALLBACK_FILE_SETTINGS})
        for task in self.tasks:
            task.training.callbacks = [c for c in task.training.callbacks
                                       if c["class_name"] not in CALLBACK_FILE_SETTINGS]
        for combo, task in zip(self.combos, self.tasks, strict=True):   # and every model (a size past the budget)
            problems = task.model.problems()
            if problems:
                layer, problem = next(iter(problems.items()))
                raise SweepError(Message("sweep run {run}: layer {layer!r}: {problem}", run=run_name(combo),
                                         layer=layer, problem=problem))
        self.backend, self.keep_weights = backend, keep_weights
        self.runs_folder = Path(runs_folder) if runs_folder is not None else None
        self.base_dir = str(base_dir) if base_dir is not None else None
        self.jobs = max(1, int(jobs or default_jobs()))
        self.rows: list[SweepRow] = []
        self._futures: dict[Future, int] = {}
        self._pool: ProcessPoolExecutor | None = None
        self.worker_pids: set[int] = set()
        #: ``live``: the epochs of the runs still training, by combination index (filled by ``poll``)
        self.live = live
        self.epochs: dict[int, dict[str, list[float]]] = {}
        self._queue: Any = None
        self._results: dict[int, dict[str, Any]] = {}   # finished runs' results until save_rows saves them
        self.cancelled = False

    @property
    def total(self) -> int:
        return len(self.combos)

    @property
    def done(self) -> bool:
        return len(self.rows) == self.total or (self.cancelled and not self._futures)

    def start(self) -> None:
        context = multiprocessing.get_context("spawn")
        workers = min(self.jobs, self.total) or 1
        if self.live:   # handed to each worker as it starts (a plain queue cannot travel with a task)
            self._queue = context.Queue()
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_set_progress,
                                         initargs=(self._queue,))
        # the processes start during submit(): with several of them, one math thread each (no oversubscription)
        saved = {k: os.environ.get(k) for k in THREAD_VARIABLES}
        if workers > 1:
            for key in THREAD_VARIABLES:
                os.environ.setdefault(key, "1")
        try:
            for i, project in enumerate(self.tasks):
                future = self._pool.submit(train_one, project.to_dict(), self.backend, self.base_dir,
                                           self.keep_weights, None, i)
                self._futures[future] = i
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        #: the pool's processes (the runs' ``pid`` are among them)
        self.worker_pids = set(getattr(self._pool, "_processes", None) or {})

    def poll(self, wait: float | None = 0.0, *, save: bool = True) -> list[SweepRow]:
        """The rows of the runs finished since the last call, each saved in the runs folder first; with
        ``save=False`` the caller saves them (``save_rows``, e.g. in a thread of its own) and the pool's
        processes are not waited for when the last run ends (a GUI's event loop does not stall)."""
        from concurrent.futures import FIRST_COMPLETED, wait as wait_futures

        self._drain()
        if not self._futures:
            return []
        finished, _ = wait_futures(list(self._futures), timeout=wait, return_when=FIRST_COMPLETED)
        self._drain()   # the last epochs of the runs that just finished
        rows = []
        for future in finished:
            index = self._futures.pop(future)
            if future.cancelled():
                continue
            rows.append(self._row(index, future))
            if self.live:
                self.epochs[index] = rows[-1].history
        self.rows.extend(rows)
        if save:
            self.save_rows(rows)
        if self.done:
            self.close(wait=save)
        return rows

    def save_rows(self, rows: Sequence[SweepRow]) -> None:
        """Save each finished run of ``rows`` in the runs folder and set its ``run_id`` (once per row)."""
        if self.runs_folder is None:
            return
        from . import runs

        for row in rows:
            result = self._results.pop(row.index, None)
            if result is None or row.error:
                continue
            record = runs.save_run(self.runs_folder, self.tasks[row.index], self.backend, row.history, row.test,
                                   row.duration, result["weights"], name=self.name_run(row.settings),
                                   generated_name={"settings": dict(row.settings)},   # a window words it
                                   outcome=row.outcome, scaling=result.get("scaling"))
            row.run_id = record.id

    def _drain(self) -> None:
        """Move the epochs the workers reported into ``epochs``."""
        import queue

        while self._queue is not None:
            try:
                index, logs = self._queue.get_nowait()
            except (queue.Empty, OSError, EOFError, ValueError):
                return
            if any(row.index == index for row in self.rows):
                continue   # late news of a finished run: its row holds the whole history
            history = self.epochs.setdefault(index, {})
            for key, value in logs.items():
                history.setdefault(key, []).append(value)

    def _row(self, index: int, future: Future) -> SweepRow:
        combo = self.combos[index]
        row = SweepRow(index, dict(combo))
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker that died (killed, out of memory)
            row.error, row.outcome = str(message_of(exc)) or type(exc).__name__, "error"
            return row
        row.pid, row.duration = result["pid"], float(result.get("duration", 0.0))
        row.history, row.test = result["history"], dict(result["test"])
        row.final = {k: v[-1] for k, v in row.history.items() if v}
        row.outcome, row.error = result["outcome"], result["error"]
        if row.outcome == "diverged":
            row.test = {}   # measured on weights the run never trained to: no result to compare
        if row.error:
            row.outcome = "error"
        else:
            self._results[index] = result   # saved by save_rows
        return row

    def cancel(self) -> None:
        """Drop the runs not started yet and stop the running ones (their processes end; nothing of them is
        kept). Left to finish, they went on taking the cores from whatever the learner did next (the window's
        own training ran several times slower), and the program waited for them when it ended."""
        self.cancelled = True
        if self._pool is not None:
            for future in self._futures:
                future.cancel()
            self._futures.clear()
            processes = list((getattr(self._pool, "_processes", None) or {}).values())
            self._pool.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join(timeout=5)
            self._pool = None
        self._queue = None   # the epochs a worker still training reports are not read

    def close(self, wait: bool = True) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait)
            self._pool = None
        self._queue = None


def run_sweep(project: Project, settings: Sequence[Setting], *, on_row: Callable[[SweepRow], None] | None = None,
              **kwargs: Any) -> list[SweepRow]:
    """Run the whole sweep and return its rows in combination order (``on_row`` sees each as it ends)."""
    sweep = Sweep(project, settings, **kwargs)
    sweep.start()
    try:
        while not sweep.done:
            for row in sweep.poll(wait=None):
                if on_row is not None:
                    on_row(row)
    finally:
        if not sweep.done:
            sweep.cancel()
    return sorted(sweep.rows, key=lambda r: r.index)


# ------------------------------------------------------------------------------- results
def metric_keys(rows: Iterable[SweepRow]) -> list[str]:
    """The metric columns of the rows: ``final_<key>`` then ``test_<key>``, sorted."""
    rows = list(rows)
    final = sorted({k for r in rows for k in r.final})
    test = sorted({k for r in rows for k in r.test})
    return [f"final_{k}" for k in final] + [f"test_{k}" for k in test]


def table(rows: Sequence[SweepRow], paths: Sequence[str], full: bool = False) -> tuple[list[str], list[list[str]]]:
    """The results as text: a header and one line of cells per row (settings, metrics, seconds, run);
    ``full``: numbers in full precision (they read back bit for bit), else 6 significant digits."""
    metrics = metric_keys(rows)
    header = [*paths, *metrics, "duration_s", "run"]
    lines = []
    for row in rows:
        cells = [value_text(row.settings[p]) for p in paths]
        cells += [_fmt(row.metric(m), full) for m in metrics]
        run = row.run_id or (f"error: {row.error}" if row.error else "")
        cells += [f"{row.duration:.2f}", f"{run} (diverged)" if row.outcome == "diverged" else run]
        lines.append(cells)
    return header, lines


def _fmt(value: float, full: bool = False) -> str:
    if math.isnan(value):
        return ""
    return repr(value) if full else f"{value:.6g}"


def csv_text(rows: Sequence[SweepRow], paths: Sequence[str]) -> str:
    header, lines = table(rows, paths, full=True)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(lines)
    return out.getvalue()


def results_overwrite_problem(path: str | os.PathLike) -> Message | None:
    """Why sweep results may not be written to ``path``: a file is there that is not a results table (its
    first line does not end with the ``run`` column) and would be lost: a project, its data, a model."""
    target = Path(path)
    try:
        if not target.is_file() or target.stat().st_size == 0:
            return None
        with open(target, "rb") as fh:
            head = fh.read(4096).split(b"\n", 1)[0].strip()
    except OSError:
        return None   # not readable here: writing will say why
    if head.lstrip(b"\xef\xbb\xbf").endswith(b",run") and b"duration_s" in head:
        return None
    return Message("{path} holds something other than sweep results; writing them there would replace it: "
                   "choose another file name", path=str(target))


def write_csv(path: str | os.PathLike, rows: Sequence[SweepRow], paths: Sequence[str]) -> None:
    """The results table as CSV, written atomically (a crash never leaves half a file)."""
    from ..project import write_text_atomic

    write_text_atomic(Path(path), csv_text(rows, paths))


SEED = "training.seed"


def seed_summary(rows: Sequence[SweepRow], paths: Sequence[str]) -> tuple[list[str], list[list[str]]]:
    """For a sweep over ``training.seed``: per combination of the other settings, each metric's mean ± the
    sample standard deviation over the seeds (how much of a difference is noise)."""
    others = [p for p in paths if p != SEED]
    metrics = metric_keys(rows)
    groups: dict[tuple, list[SweepRow]] = {}
    for row in rows:
        if not row.error and row.outcome != "diverged":
            groups.setdefault(tuple(row.settings[p] for p in others), []).append(row)
    header = [*others, "seeds", *metrics]
    lines = []
    for key, members in groups.items():
        cells = [value_text(v) for v in key] + [str(len(members))]
        for m in metrics:
            values = [r.metric(m) for r in members if not math.isnan(r.metric(m))]
            if not values:
                cells.append("")
                continue
            spread = statistics.stdev(values) if len(values) > 1 else 0.0
            cells.append(f"{statistics.fmean(values):.4g} ± {spread:.2g}")
        lines.append(cells)
    return header, lines


def format_table(header: Sequence[str], lines: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell, for a terminal."""
    widths = [max(len(str(c)) for c in column) for column in zip(header, *lines, strict=True)]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
                     for line in [header, *lines])
