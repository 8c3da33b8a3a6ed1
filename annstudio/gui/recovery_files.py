"""The recovery folder: what autosave writes and what the next start offers to restore.

One *entry* per running instance, three files named by the writer's process id and a random token,
``<pid>-<token>.annproj`` (the project), ``<pid>-<token>.h5`` (the latest trained weights, optional) and
``<pid>-<token>.json`` (when, what, where from; written last, so it only names files already complete).
Each file is written atomically (temp file + rename: ``project.write_text_atomic``, ``io.h5_write``).

An entry is offered by the next start when its writer is gone (``project._process_alive``, as
``clean_stale_temps`` checks): a live instance's files are never offered by another. The folder is
``$ANNSTUDIO_RECOVERY_DIR``, else ``QStandardPaths.AppDataLocation/recovery``.

The files are the user's own, but they are read as carefully as any project: the JSON with a size budget,
the project with ``Project.load``, the weights with ``io.h5_read`` (its allow-list), and the entry may
only name files beside it that follow the naming pattern.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data.files import FileRefused, read_bytes
from ..project import Project, _process_alive, clean_stale_temps, write_text_atomic

ENV_DIR = "ANNSTUDIO_RECOVERY_DIR"
ENTRY_FORMAT = 1
MAX_ENTRY_BYTES = 1 << 20  # the .json of an entry: a few hundred bytes, a model spec at most
_STEM = re.compile(r"(\d{1,10})-([0-9a-f]{8,32})")


def recovery_dir() -> Path:
    """Where this user's recovery files live (not created here)."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".annstudio") / "recovery"


def new_stem() -> str:
    """``<pid>-<token>``: this instance's entry name (the token tells a restarted process with a reused pid
    from the one that wrote the files)."""
    return f"{os.getpid()}-{secrets.token_hex(6)}"


@dataclass(frozen=True)
class Entry:
    """One recoverable entry (read with :func:`read_entry`)."""

    folder: Path
    stem: str
    pid: int
    saved_at: float             # seconds since the epoch
    name: str                   # what the window's title called the project
    original_path: Path | None  # the project's own file (Save writes there), None when untitled
    example_dir: Path | None    # an untitled example's folder (its relative data paths start there)
    has_weights: bool
    epochs: int                 # epochs trained when the weights were saved (0: none, or imported)
    weights_spec: dict | None   # the model spec the weights belong to
    runs_folder: Path | None = None   # an untitled project's runs (a temporary folder the crash left)

    @property
    def project_file(self) -> Path:
        return self.folder / f"{self.stem}.annproj"

    @property
    def weights_file(self) -> Path:
        return self.folder / f"{self.stem}.h5"

    @property
    def meta_file(self) -> Path:
        return self.folder / f"{self.stem}.json"

    def files(self) -> list[Path]:
        return [self.meta_file, self.project_file, self.weights_file]


# ----------------------------------------------------------------------------------------------- writing
def write_entry(folder: Path, stem: str, project: Mapping[str, Any], meta: Mapping[str, Any],
                weights: tuple[Any, Mapping[str, Any], str] | None, write_weights: bool) -> float:
    """Write one entry (in a worker thread: plain data in, no Qt). ``project``: ``Project.to_dict()``;
    ``meta``: name, original_path, example_dir, epochs; ``weights``: ``(spec, {"layer/w": array}, dtype)`` or
    None; ``write_weights``: the weights changed since the last write (else the .h5 on disk is kept).
    Returns the seconds it took."""
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    h5 = folder / f"{stem}.h5"
    has_weights = False
    if weights is not None:
        spec, arrays, dtype = weights
        if write_weights or not h5.is_file():
            has_weights = _write_weights(h5, spec, arrays, dtype)
        else:
            has_weights = True
    write_text_atomic(folder / f"{stem}.annproj", json.dumps(project, indent=1, ensure_ascii=False) + "\n")
    record = {"format": ENTRY_FORMAT, "pid": os.getpid(), "saved_at": time.time(), **meta,
              "weights": has_weights, "weights_spec": weights[0].to_dict() if has_weights and weights else None}
    write_text_atomic(folder / f"{stem}.json", json.dumps(record, ensure_ascii=False) + "\n")
    if not has_weights:
        _unlink(h5)
    return time.perf_counter() - started


def _write_weights(path: Path, spec: Any, arrays: Mapping[str, Any], dtype: str) -> bool:
    from ..io.h5_write import H5Error, save_h5

    try:
        save_h5(path, spec, arrays, dtype=dtype)
    except (H5Error, ValueError):  # a model Keras' .h5 cannot hold (a name it refuses): the project only
        _unlink(path)
        return False
    return True


def discard_runs(entry: Entry) -> None:
    """Delete the runs folder an untitled project's entry names (Discard: they go with the work)."""
    if entry.runs_folder is not None and runs_folder_or_none(str(entry.runs_folder)) is not None:
        shutil.rmtree(entry.runs_folder, ignore_errors=True)


def remove_entry(folder: Path, stem: str) -> None:
    """Delete an entry's files (and temp files a killed writer left beside them)."""
    for suffix in (".json", ".annproj", ".h5"):
        path = folder / f"{stem}{suffix}"
        _unlink(path)
        clean_stale_temps(path)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # gone already, or (best effort): an entry that cannot be removed is offered again, never lost


# ----------------------------------------------------------------------------------------------- reading
def recoverable(folder: Path | None = None, own_stem: str | None = None) -> list[Entry]:
    """Entries whose writer is gone, newest first. ``own_stem``: this instance's entry (never offered).
    An entry with this process's pid but another token was left by an earlier process that had the same
    pid: it is offered."""
    folder = recovery_dir() if folder is None else folder
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    found = []
    for name in names:
        if not name.endswith(".json"):
            continue
        stem = name[:-len(".json")]
        match = _STEM.fullmatch(stem)
        if match is None or stem == own_stem:
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and _process_alive(pid):
            continue  # another instance is running: its work is its own
        entry = read_entry(folder, stem)
        if entry is not None:
            found.append(entry)
    found.sort(key=lambda e: e.saved_at, reverse=True)
    return found


def read_entry(folder: Path, stem: str) -> Entry | None:
    """The entry ``stem`` in ``folder``, or None when its record is missing or not ours (unreadable,
    wrong fields, no project file)."""
    match = _STEM.fullmatch(stem)
    if match is None:
        return None
    try:
        data = json.loads(read_bytes(folder / f"{stem}.json", MAX_ENTRY_BYTES).decode("utf-8"))
    except (OSError, FileRefused, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != ENTRY_FORMAT:
        return None
    saved_at, name = data.get("saved_at"), data.get("name")
    if not isinstance(saved_at, (int, float)) or isinstance(saved_at, bool) or not isinstance(name, str):
        return None
    epochs = data.get("epochs", 0)
    spec = data.get("weights_spec")
    entry = Entry(folder=folder, stem=stem, pid=int(match.group(1)), saved_at=float(saved_at), name=name[:500],
                  original_path=_path_or_none(data.get("original_path")),
                  example_dir=_path_or_none(data.get("example_dir")),
                  has_weights=data.get("weights") is True and isinstance(spec, dict),
                  epochs=epochs if isinstance(epochs, int) and not isinstance(epochs, bool) and epochs >= 0 else 0,
                  weights_spec=spec if isinstance(spec, dict) else None,
                  runs_folder=runs_folder_or_none(data.get("runs_folder")))
    return entry if entry.project_file.is_file() else None


def _path_or_none(value: Any) -> Path | None:
    return Path(value) if isinstance(value, str) and value and "\0" not in value else None


#: how the runs panel names an untitled project's temporary runs folder (``tempfile.mkdtemp(prefix=...)``)
RUNS_FOLDER_PREFIX = "annstudio-runs-"


def runs_folder_or_none(value: Any) -> Path | None:
    """``value`` when it names an untitled project's runs folder as the runs panel makes them: a real folder
    (not a link) named ``annstudio-runs-…`` directly in the temporary folder; otherwise None. An entry names
    no other folder: Restore lists it, Discard deletes it."""
    path = _path_or_none(value)
    if path is None or not path.name.startswith(RUNS_FOLDER_PREFIX):
        return None
    try:
        if path.parent.resolve() != Path(tempfile.gettempdir()).resolve() or path.is_symlink() or not path.is_dir():
            return None
    except OSError:
        return None
    return path


def load_project(entry: Entry) -> Project:
    """The entry's project (raises ``ProjectError`` as ``Project.load`` does). An untitled one stays untitled:
    the recovery file's name (``<pid>-<token>``) was taken for its name, offered by Save and written into
    the saved project and exported programs."""
    return Project.load(entry.project_file, name_by_file=False)


def load_weights(entry: Entry) -> tuple[Any, dict] | None:
    """``(spec, weights)`` saved with the entry, or None (no weights, or the file cannot be read)."""
    if not entry.has_weights or entry.weights_spec is None:
        return None
    from ..io.h5_read import H5Error, load_h5
    from ..spec import ModelSpec, SpecError

    try:
        spec = ModelSpec.from_dict(entry.weights_spec)
        contents = load_h5(entry.weights_file)
    except (H5Error, SpecError, ValueError, TypeError, KeyError):
        return None
    return spec, contents.weights
