"""``Project``: dataset choice + model spec + training config, stored as versioned JSON (``.annproj``).

A project file comes from strangers: it is parsed with ``json`` only, every field is checked, and a
bad file raises ``ProjectError`` naming the file and the field. Saving is atomic (temp file + rename).
"""
from __future__ import annotations

import copy
import json
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .challenge import Challenge, ChallengeError
from .data.files import FileRefused, read_bytes
from .data.registry import DATASETS
from .limits import MAX_PROJECT_BYTES
from .messages import Message, Term, joined, message_of, os_reason
from .spec import ModelSpec, SpecError, jsontext
from .spec.errors import ConfigError
from .spec.ranges import TRAINING_RANGES
from .spec.training import normalize_callbacks, normalize_loss, normalize_metrics, normalize_optimizer

#: 2: the optional ``challenge`` object (annstudio.challenge); a version-1 file has none
FORMAT_VERSION = 2


class ProjectError(ValueError):
    """A project file or config problem, with the file and field named in the message (a ``Message``)."""


#: Python's JSON error texts, as words the GUI translates (others are shown as they are)
JSON_PROBLEMS: dict[str, Term] = {term: term for term in (
    Term("Expecting value"), Term("Expecting property name enclosed in double quotes"),
    Term("Expecting ',' delimiter"), Term("Expecting ':' delimiter"), Term("Extra data"),
    Term("Unterminated string starting at"), Term("Invalid control character at"), Term("Invalid \\escape"),
    Term("Illegal trailing comma before end of object"), Term("Illegal trailing comma before end of array"),
)}


def read_error(exc: OSError | UnicodeDecodeError) -> Message:
    """Why a text file cannot be read, as a translatable message (not Python's English ``str(exc)``)."""
    if isinstance(exc, UnicodeDecodeError):
        return Message("the file is not UTF-8 text (byte 0x{byte:02x} at position {position})",
                       byte=exc.object[exc.start], position=exc.start)
    return Message("{reason}", reason=os_reason(exc))



@dataclass
class TrainingConfig:
    """How to train: loss, optimizer, batches, epochs, validation, callbacks and the seed."""

    loss: dict[str, Any] = field(default_factory=lambda: {"name": "binary_crossentropy", "from_logits": False})
    optimizer: dict[str, Any] = field(default_factory=lambda: normalize_optimizer("SGD"))
    metrics: list[str] = field(default_factory=lambda: ["accuracy"])
    batch_size: int = 32
    epochs: int = 10
    validation_split: float = 0.0
    shuffle: bool = True
    callbacks: list[dict[str, Any]] = field(default_factory=list)
    seed: int = 0
    dtype: str = "float32"

    def __post_init__(self) -> None:
        try:
            self.loss = normalize_loss(self.loss)
            self.optimizer = normalize_optimizer(self.optimizer)
            self.callbacks = normalize_callbacks(self.callbacks)
            self.metrics = normalize_metrics(self.metrics)
        except ConfigError as exc:
            raise ProjectError(message_of(exc)) from None
        for key, valid in TRAINING_RANGES.items():   # the ranges the GUI's fields accept
            problem = valid.problem(key, getattr(self, key))
            if problem:
                raise ProjectError(problem)
        if self.dtype not in ("float32", "float64"):
            raise ProjectError(Message("dtype must be float32 or float64, got {value!r}", value=self.dtype))
        if not isinstance(self.shuffle, bool):   # "false" (text) would read as true
            raise ProjectError(Message("{key} must be true or false, got {value!r}", key="shuffle",
                                       value=self.shuffle))

    @property
    def learning_rate(self) -> float:
        return float(self.optimizer["config"]["learning_rate"])

    def to_dict(self) -> dict[str, Any]:
        return copy.deepcopy(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingConfig:
        if not isinstance(data, dict):
            raise ProjectError(Message("'training' must be an object"))
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise ProjectError(Message("training: unknown setting(s) {unknown}", unknown=joined(sorted(unknown))))
        return cls(**copy.deepcopy(data))


@dataclass
class Project:
    """Everything needed to reproduce a run: dataset choice, model spec, training config."""

    model: ModelSpec
    dataset: dict[str, Any] = field(default_factory=lambda: {"name": "xor", "params": {}})
    training: TrainingConfig = field(default_factory=TrainingConfig)
    name: str = "untitled"
    description: str = ""
    challenge: Challenge | None = None

    def __post_init__(self) -> None:
        ds = self.dataset
        if not isinstance(ds, dict) or not isinstance(ds.get("name"), str):
            raise ProjectError(Message("dataset must be {{'name': ..., 'params': {{...}}}}"))
        params = ds.get("params") or {}
        if not isinstance(params, dict):
            raise ProjectError(Message("dataset {dataset!r}: params must be an object", dataset=ds["name"]))
        self.dataset = {"name": ds["name"], "params": dict(params)}
        if self.challenge is not None:  # a fixed data seed holds whatever the file's dataset says
            self.dataset = self.challenge.fix_dataset(self.dataset, dataset_has_seed(self.dataset["name"]))

    def copy(self) -> Project:
        return Project.from_dict(self.to_dict())

    @property
    def untitled(self) -> bool:
        """Named as a new project is ("untitled", stored in English) or not at all: the window and the files
        made from it use another name (the window's word for it, or the project file's name)."""
        return not self.name or self.name == "untitled"

    def to_dict(self) -> dict[str, Any]:
        data = {
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "description": self.description,
            "dataset": copy.deepcopy(self.dataset),
            "model": self.model.to_dict(),
            "training": self.training.to_dict(),
        }
        if self.challenge is not None:
            data["challenge"] = self.challenge.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Project:
        if not isinstance(data, dict):
            raise ProjectError(Message("a project must be a JSON object"))
        data = migrate(data)
        for key in ("model", "dataset"):
            if key not in data:
                raise ProjectError(Message("the project has no {section!r} section", section=key))
        try:
            model = ModelSpec.from_dict(data["model"])
        except SpecError as exc:
            raise ProjectError(Message("model: {problem}", problem=message_of(exc))) from None
        challenge = None
        if data.get("challenge") is not None:
            try:
                challenge = Challenge.from_dict(data["challenge"])
            except ChallengeError as exc:
                raise ProjectError(message_of(exc)) from None
        return cls(
            model=model,
            dataset=data["dataset"],
            training=TrainingConfig.from_dict(data.get("training") or {}),
            name=str(data.get("name") or "untitled"),
            description=str(data.get("description") or ""),
            challenge=challenge,
        )

    # ----------------------------------------------------------------- files
    def save(self, path: str | os.PathLike) -> None:
        """Write the project atomically: a crash mid-write never leaves a half-written file."""
        write_text_atomic(Path(path), json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, path: str | os.PathLike, *, name_by_file: bool = True) -> Project:
        """The project in ``path``; one saved untitled is named by the file (``name_by_file``; not for a copy
        the app keeps under a name of its own, as crash recovery does)."""
        path = Path(path)
        clean_stale_temps(path)
        try:
            text = read_bytes(path, MAX_PROJECT_BYTES).decode("utf-8-sig")   # Notepad's BOM is no problem
        except FileRefused as exc:
            if exc.missing:
                raise ProjectError(Message("{path}: no such project file", path=path)) from None
            raise ProjectError(exc.message) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ProjectError(Message("{path}: cannot read the project file ({problem})", path=path,
                                       problem=read_error(exc))) from None

        try:
            data = jsontext.loads(text)
        except json.JSONDecodeError as exc:
            raise ProjectError(Message(
                "{path}: not a valid project file (JSON error at line {line}, column {column}: {problem})",
                path=path, line=exc.lineno, column=exc.colno, problem=JSON_PROBLEMS.get(exc.msg, exc.msg))) from None
        except jsontext.JSONTextError as exc:
            raise ProjectError(Message("{path}: not a valid project file ({problem})", path=path,
                                       problem=message_of(exc))) from None
        try:
            project = cls.from_dict(data)
        except (ProjectError, ValueError, TypeError) as exc:
            raise ProjectError(Message("{path}: {problem}", path=path, problem=message_of(exc))) from None
        if project.untitled and name_by_file:   # saved from a new project: it is called by its file's name
            project.name = path.stem           # (exported scripts, notebooks and the CLI said "untitled")
        return project


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older project file up to ``FORMAT_VERSION``; refuse newer ones."""
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectError(Message("'format_version' must be an integer, got {value!r}", value=version))
    if version > FORMAT_VERSION:
        raise ProjectError(Message(
            "the file has format_version {version}, newer than this annstudio understands ({supported}); "
            "update annstudio", version=version, supported=FORMAT_VERSION))
    if version < 1:
        raise ProjectError(Message("unsupported format_version {version}", version=version))
    if version == 1:  # version 1 had no challenge; nothing else changed
        data = {**data, "format_version": 2}
    return data


def dataset_has_seed(name: str) -> bool:
    """Whether the registry's dataset ``name`` takes a ``seed`` parameter."""
    info = DATASETS.get(name)
    return info is not None and "seed" in info.params


#: a temp file of a writer that is still alive is left alone until it is this old (seconds)
STALE_TEMP_AGE = 3600.0


def writable_name_problem(path: str | os.PathLike) -> str | None:
    """Why ``path`` cannot be a file to write, for a check before any work (a command line's output
    option): it names a folder, or its folder does not exist (``None``: neither)."""
    path = Path(path)
    if path.is_dir():
        return "this is a folder; give the file's name"
    folder = path.parent if str(path.parent) else Path(".")
    if folder.is_dir():
        return None
    return f"{folder} is a file, not a folder" if folder.exists() else f"the folder {folder} does not exist"


def atomic_temp(path: str | os.PathLike) -> tuple[int, str]:
    """``(fd, name)`` of a new temp file beside ``path`` for an atomic save: ``.NAME.PID.XXXXXXXX.tmp``.

    The writer's process id is part of the name, so the next save or open of ``path`` can tell a temp
    file left by a killed writer (``clean_stale_temps``) from one being written right now.
    """
    path = Path(path)
    clean_stale_temps(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=directory)
    # mkstemp makes the file private (0600); the saved file gets the mode a plain save would give it: the
    # replaced file's own mode, or the usual one under the user's umask (a project shared in a folder
    # stays readable by whoever could read the one it replaced)
    if hasattr(os, "fchmod"):
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode) if path.exists() else _NEW_FILE_MODE
            os.fchmod(fd, mode)
        except OSError:
            pass
    return fd, name


def _new_file_mode() -> int:
    mask = os.umask(0o022)   # read once, at import (single-threaded): umask can only be read by setting it
    os.umask(mask)
    return 0o666 & ~mask


_NEW_FILE_MODE = _new_file_mode()


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # it exists (another user's), or we cannot tell: keep the file until it is old
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A process killed but not yet reaped by its parent (Linux ``State: Z``): gone, though ``kill(pid, 0)``
    still finds it (a restart within a second of ``kill -9`` offered nothing to recover)."""
    try:
        with open(f"/proc/{int(pid)}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("State:"):
                    return line.split()[1:2] == ["Z"]
    except OSError:
        pass   # no /proc (macOS, Windows), or it just went: kill() said it was there
    return False


def clean_stale_temps(path: str | os.PathLike, max_age: float = STALE_TEMP_AGE) -> list[Path]:
    """Remove our own temp files of ``path`` that no writer will finish: ``.NAME.PID.XXXXXXXX.tmp`` whose
    process is gone, and any ``.NAME.[PID.]XXXXXXXX.tmp`` older than ``max_age`` seconds (the same
    folder only, our naming pattern only). Returns what was removed; errors are ignored (best effort)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    prefix = f".{path.name}."
    removed: list[Path] = []
    try:
        names = [n for n in os.listdir(directory) if n.startswith(prefix) and n.endswith(".tmp")]
    except (OSError, ValueError):
        return removed
    now = time.time()
    for name in names:
        middle = name[len(prefix):-len(".tmp")].split(".")
        if len(middle) == 2 and middle[0].isdigit() and _TEMP_TAIL.fullmatch(middle[1]):
            pid: int | None = int(middle[0])
        elif len(middle) == 1 and _TEMP_TAIL.fullmatch(middle[0]):
            pid = None  # written before the pid was part of the name
        else:
            continue
        candidate = directory / name
        try:
            info = candidate.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        old = now - info.st_mtime > max_age
        if pid is not None and pid != os.getpid() and not _process_alive(pid):
            old = True
        if old:
            try:
                candidate.unlink()
                removed.append(candidate)
            except OSError:
                pass
    return removed


_TEMP_TAIL = re.compile(r"[A-Za-z0-9_]{6,12}")  # tempfile.mkstemp's random part


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temp file beside ``path``, fsync, then rename over it (``atomic_temp``)."""
    path = Path(path)
    fd, tmp = atomic_temp(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
