"""Run history: every training run kept beside its project, in an open format (see docs/runs.md).

A project ``spiral.annproj`` keeps its runs in the folder ``spiral.runs/`` beside it, one folder per run::

    spiral.runs/20261206-053512-01/
        settings.json   {"format": "annstudio-run", "version": 1, "project": {...}, "backend": "numpy",
                         "device": null, "seed": 0, "continues": null, "annstudio_version": "..."}
        history.csv     epoch, then the history's keys sorted (keras.callbacks.CSVLogger's columns)
        summary.json    {"name": "Run 1", "generated_name": {"run": 1}, "created": "...", "duration_s": 1.9,
                         "epochs": 300, "outcome": "finished", "final": {...}, "test": {...},
                         "weights": "weights.h5"}
        weights.h5      optional: the trained model as Keras' .h5 (io.h5_write)

A run folder is written under a hidden temporary name and renamed into place when complete, so a crash
never leaves half a run; the readers skip hidden folders. The files come from strangers (a shared project
folder): they are read within size budgets, parsed with ``json`` only, and a bad run is skipped by
:func:`list_runs` and refused with a ``RunError`` by :func:`load_run`.

The functions need no GUI: the desktop app, the command line and a sweep save their runs the same way.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .._version import __version__
from ..data.files import FileRefused, read_bytes
from ..limits import MAX_CSV_BYTES, MAX_PROJECT_BYTES
from ..messages import Message, MessageError, message_of
from ..project import Project, ProjectError, write_text_atomic
from ..spec import jsontext

FORMAT = "annstudio-run"
VERSION = 1
SETTINGS, HISTORY, SUMMARY, WEIGHTS = "settings.json", "history.csv", "summary.json", "weights.h5"
#: weights are kept by default for models with at most this many parameters (4 MB as float32)
KEEP_WEIGHTS_MAX_PARAMS = 1_000_000


class RunError(MessageError):
    """A run folder that cannot be read or changed; the message names the folder and the problem."""


@dataclass
class RunRecord:
    """One stored run: its folder, ``settings`` (settings.json), ``history`` and ``summary``."""

    folder: Path
    settings: dict[str, Any]
    history: dict[str, list[float]]
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def name(self) -> str:
        return str(self.summary.get("name") or self.id)

    @property
    def generated_name(self) -> dict[str, Any] | None:
        """How the app named the run, in no language (``{"run": 3}``: "Run 3"; ``{"settings": {path: value}}``:
        a sweep's run by its settings), or ``None`` for a name the learner typed, or one stored before
        (its ``name`` is shown as stored). The window words it in its own language."""
        given = self.summary.get("generated_name")
        if not isinstance(given, dict) or len(given) != 1:
            return None
        number = given.get("run")
        if type(number) is int and number > 0:
            return {"run": number}
        settings = given.get("settings")
        if isinstance(settings, dict) and settings and all(
                isinstance(k, str) and type(v) in (str, int, float, bool) for k, v in settings.items()):
            return {"settings": dict(settings)}
        return None

    @property
    def backend(self) -> str:
        return str(self.settings.get("backend") or "numpy")

    @property
    def seed(self) -> int:
        return int(self.settings.get("seed", 0))

    @property
    def project(self) -> Project:
        """The project the run trained (model, data, training settings), as it was then."""
        return Project.from_dict(self.settings["project"])

    @property
    def weights_path(self) -> Path | None:
        """The kept weights (``.h5``), or ``None`` when they were not kept."""
        name = self.summary.get("weights")
        path = self.folder / WEIGHTS
        return path if name == WEIGHTS and path.is_file() and not path.is_symlink() else None


def runs_folder(project_path: str | os.PathLike) -> Path:
    """Where the runs of the project file ``project_path`` live: ``<stem>.runs`` beside it."""
    path = Path(project_path)
    return path.parent / f"{path.stem}.runs"


def _new_id(folder: Path) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    n = 1
    while (folder / f"{stamp}-{n:02d}").exists():
        n += 1
    return f"{stamp}-{n:02d}"


def history_csv(history: Mapping[str, list[float]]) -> str:
    """The history as CSV text: ``epoch`` (from 0, as CSVLogger), then the keys sorted; floats written
    with ``repr`` so they read back bit for bit; missing values as ``NA``."""
    keys = sorted(history)
    rows = max((len(v) for v in history.values()), default=0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["epoch", *keys])
    for i in range(rows):
        values = [history[k][i] if i < len(history[k]) else None for k in keys]
        writer.writerow([i, *("NA" if v is None else repr(float(v)) for v in values)])
    return out.getvalue()


#: histories already parsed, by the file's identity (path, inode, size, modification time): a run's history
#: is written once, and the Runs panel lists its folder again after every saved run, so only new runs are
#: parsed (30 runs of 6,000 epochs took 0.5 s to list on the GUI thread, every time); at most
#: 4 million numbers are kept (``_HistoryCache.limit``), the least recently listed dropped first
class _HistoryCache:
    """Parsed histories by file identity, least recently listed dropped first beyond ``limit`` numbers
    (a running count: summing every entry at each insert was quadratic on a first listing)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._entries: OrderedDict[tuple[str, int, int, int], dict[str, np.ndarray]] = OrderedDict()
        self._numbers = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, int, int, int]) -> dict[str, np.ndarray] | None:
        with self._lock:
            columns = self._entries.get(key)
            if columns is not None:
                self._entries.move_to_end(key)
            return columns

    def put(self, key: tuple[str, int, int, int], columns: dict[str, np.ndarray]) -> None:
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = columns
            self._numbers += _size(columns)
            while self._numbers > self.limit and len(self._entries) > 1:
                _old, dropped = self._entries.popitem(last=False)
                self._numbers -= _size(dropped)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._numbers = 0


_HISTORY_CACHE = _HistoryCache(4_000_000)


def _read_history(path: Path) -> dict[str, list[float]]:
    try:
        st = os.stat(path)   # the file read (a link's target), so that a new target is read again
        key: tuple[str, int, int, int] | None = (os.fspath(path), st.st_ino, st.st_size, st.st_mtime_ns)
    except OSError:
        key = None   # _parse_history says why
    columns = _HISTORY_CACHE.get(key) if key is not None else None
    if columns is None:
        columns = {k: np.asarray(v, dtype=np.float64) for k, v in _parse_history(path).items()}
        if key is not None:
            _HISTORY_CACHE.put(key, columns)
    return {k: v.tolist() for k, v in columns.items()}


def _size(columns: dict[str, np.ndarray]) -> int:
    return sum(v.size for v in columns.values())


def _parse_history(path: Path) -> dict[str, list[float]]:
    text = read_bytes(path, MAX_CSV_BYTES).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or not rows[0] or rows[0][0] != "epoch":
        raise ValueError("the history has no 'epoch' column")
    keys = rows[0][1:]
    history: dict[str, list[float]] = {k: [] for k in keys}
    for row in rows[1:]:
        if len(row) != len(keys) + 1:
            raise ValueError("a history row has the wrong number of columns")
        for key, value in zip(keys, row[1:], strict=True):
            history[key].append(math.nan if value == "NA" else float(value))
    return history


def _json_text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=True) + "\n"


def _read_json(path: Path) -> dict[str, Any]:
    data = jsontext.loads(read_bytes(path, MAX_PROJECT_BYTES).decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path.name} is not a JSON object")
    return data


def _plain(values: Mapping[str, Any] | None) -> dict[str, float]:
    return {str(k): float(v) for k, v in (values or {}).items()}


NAME_COUNTER = ".last_run_number"


def next_run_number(folder: str | os.PathLike, *templates: str) -> int:
    """The number of the next "Run N": one more than the highest number given in ``folder``, so a name is never
    given twice (after Run 2 of three is deleted, the next is Run 4, not Run 3). The numbers given are the
    runs' ``generated_name``, the names in the form of "Run {0}" or of one of ``templates`` (runs named before
    names were kept in no language: "실행 {0}"), and the last number given (deleting the newest run does not
    free it)."""
    import re

    records = list_runs(folder) if Path(folder).is_dir() else []
    numbers = [int(named["run"]) for r in records if (named := r.generated_name) and "run" in named]
    for template in {"Run {0}", *templates}:
        pattern = re.compile(re.escape(template).replace(re.escape("{0}"), r"(\d+)") + r"\Z")
        numbers += [int(m.group(1)) for r in records if (m := pattern.match(r.name))]
    counter = Path(folder) / NAME_COUNTER   # the last number given: deleting the newest run does not free it
    try:
        given = int(counter.read_text(encoding="ascii").strip()[:12])
    except (OSError, ValueError):
        given = 0
    number = max([len(records), given, *numbers]) + 1
    try:
        if Path(folder).is_dir():
            counter.write_text(str(number), encoding="ascii")
    except OSError:
        pass   # a read-only folder: the run itself will say so when it is saved
    return number


def next_run_name(folder: str | os.PathLike, template: str = "Run {0}") -> str:
    """``template`` with the next number (:func:`next_run_number`)."""
    return template.format(next_run_number(folder, template))


def save_run(folder: str | os.PathLike, project: Project, backend: str, history: Mapping[str, list[float]],
             metrics: Mapping[str, Any] | None, duration: float, weights: Mapping[str, Any] | None = None,
             name: str | None = None, *, seed: int | None = None, device: str | None = None,
             outcome: str = "finished", continues: str | None = None,
             scaling: Mapping[str, Any] | None = None, start: Mapping[str, Any] | None = None,
             generated_name: Mapping[str, Any] | None = None) -> RunRecord:
    """Store one run in ``folder`` (a project's ``runs_folder``; made when missing) and return it.

    ``project``: the project the run trained (its settings as used); ``history``: ``History.history``;
    ``metrics``: the test (or other held-out) metrics, ``{}`` when there are none; ``duration``: seconds
    of training; ``weights``: ``{"layer/weight": array}`` to keep as ``weights.h5`` (skipped, with the
    reason in the summary, when Keras' format cannot hold the model); ``name``: default "Run N" (with
    ``generated_name`` ``{"run": N}``); ``generated_name``: how the app named the run, kept in no language
    (``RunRecord.generated_name``) so that a window in another language words it its own way;
    ``seed``: default the project's; ``continues``: the id of the run this one continued training;
    ``scaling``: how the data's raw values became the model's (``data.scaling.record``), kept in
    ``weights.h5`` so ``annstudio predict`` takes raw values with it; ``start``: where the weights the run
    started from came from when they were not the seeded draw (``{"kind": "run", "id": ..., "name": ...}``,
    ``"file"`` with its ``name``, ``"kept"`` after an edit, ``"edited"`` typed in, ``"restored"``): such a run
    is not reproduced by its settings alone.
    The folder appears complete or not at all.
    """
    from ..io.h5_write import save_h5

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    run_id = _new_id(folder)
    hidden = folder / f".{run_id}.{os.getpid()}.tmp"
    history = {k: [float(v) for v in values] for k, values in history.items()}
    if name is None:
        number = next_run_number(folder)
        name, generated_name = f"Run {number}", {"run": number}
    settings = {
        "format": FORMAT, "version": VERSION, "project": project.to_dict(), "backend": backend,
        "device": device, "seed": project.training.seed if seed is None else int(seed),
        "continues": continues, "annstudio_version": __version__,
    }
    if start:
        settings["start"] = {str(k): (v if isinstance(v, (int, float)) else str(v)) for k, v in start.items()}
    final = {k: v[-1] for k, v in history.items() if v}
    summary: dict[str, Any] = {
        "name": str(name), **({"generated_name": dict(generated_name)} if generated_name else {}),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "duration_s": round(float(duration), 3),
        "epochs": max((len(v) for v in history.values()), default=0), "outcome": outcome,
        "final": final, "test": _plain(metrics), "weights": None,
    }
    try:
        hidden.mkdir()
        (hidden / SETTINGS).write_text(_json_text(settings), encoding="utf-8")
        (hidden / HISTORY).write_text(history_csv(history), encoding="utf-8")
        if weights is not None:
            try:
                cfg = project.training
                save_h5(hidden / WEIGHTS, project.model, weights, loss=cfg.loss, optimizer=cfg.optimizer,
                        metrics=cfg.metrics, dtype=cfg.dtype, scaling=scaling)
                summary["weights"] = WEIGHTS
            except Exception as exc:  # noqa: BLE001 - a run without its weights is still worth keeping
                summary["weights_skipped"] = str(message_of(exc))
        (hidden / SUMMARY).write_text(_json_text(summary), encoding="utf-8")
        for child in hidden.iterdir():
            with open(child, "rb") as fh:
                os.fsync(fh.fileno())
        os.rename(hidden, folder / run_id)
    except BaseException:
        shutil.rmtree(hidden, ignore_errors=True)
        raise
    return RunRecord(folder / run_id, settings, history, summary)


def _run_dir(folder: Path, run_id: str) -> Path:
    """``folder/run_id``, refusing names that leave ``folder`` and anything but a real folder."""
    if not run_id or run_id in (".", "..") or "/" in run_id or "\\" in run_id or run_id.startswith("."):
        raise RunError(Message("{name!r} is not a run", name=run_id))
    path = Path(folder) / run_id
    if path.is_symlink() or not path.is_dir():
        raise RunError(Message("{path}: no such run", path=path))
    return path


def load_run(folder: str | os.PathLike, run_id: str) -> RunRecord:
    """The run ``run_id`` of ``folder``; ``RunError`` when it is missing or its files are not valid."""
    path = _run_dir(Path(folder), run_id)
    try:
        settings = _read_json(path / SETTINGS)
        if settings.get("format") != FORMAT:
            raise ValueError("settings.json is not an annstudio run")
        if not isinstance(settings.get("version"), int) or settings["version"] > VERSION:
            raise ValueError("the run was written by a newer annstudio")
        Project.from_dict(settings.get("project"))  # type: ignore[arg-type]
        summary = _read_json(path / SUMMARY)
        history = _read_history(path / HISTORY)
    except FileRefused as exc:
        raise RunError(Message("{path}: {problem}", path=path, problem=exc.message)) from None
    except (OSError, UnicodeDecodeError, ValueError, TypeError, ProjectError) as exc:
        raise RunError(Message("{path}: not a valid run ({problem})", path=path, problem=message_of(exc))) from None
    return RunRecord(path, settings, history, summary)


def list_runs(folder: str | os.PathLike | None) -> list[RunRecord]:
    """Every valid run in ``folder``, oldest first (invalid and half-written ones are skipped)."""
    if folder is None:
        return []
    folder = Path(folder)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    runs = []
    for name in names:
        if name.startswith("."):
            continue
        try:
            runs.append(load_run(folder, name))
        except RunError:
            continue
    return runs


def rename_run(folder: str | os.PathLike, run_id: str, name: str) -> RunRecord:
    """Give the run a new name, kept as typed (``summary.json`` is rewritten atomically)."""
    record = load_run(folder, run_id)
    name = str(name).strip()
    if not name:
        raise RunError(Message("a run's name cannot be empty"))
    record.summary["name"] = name
    record.summary.pop("generated_name", None)   # the learner's own words, shown as typed in every language
    write_text_atomic(record.folder / SUMMARY, _json_text(record.summary))
    return record


def delete_run(folder: str | os.PathLike, run_id: str) -> None:
    """Remove the run's folder and everything in it."""
    shutil.rmtree(_run_dir(Path(folder), run_id))


def transfer_runs(source: str | os.PathLike, target: str | os.PathLike, *, move: bool) -> list[str]:
    """Move (an untitled project saved) or copy (Save As) every run of ``source`` into ``target``;
    returns the ids in ``target``. A run whose id is taken there gets a new one."""
    source, target = Path(source), Path(target)
    done: list[str] = []
    if source.resolve() == target.resolve() if source.exists() and target.exists() else False:
        return [r.id for r in list_runs(target)]
    for record in list_runs(source):
        target.mkdir(parents=True, exist_ok=True)
        run_id = record.id if not (target / record.id).exists() else _new_id(target)
        hidden = target / f".{run_id}.{os.getpid()}.tmp"
        shutil.copytree(record.folder, hidden, symlinks=False)
        os.rename(hidden, target / run_id)
        if move:
            shutil.rmtree(record.folder, ignore_errors=True)
        done.append(run_id)
    return done
