"""The per-epoch history as CSV, in ``keras.callbacks.CSVLogger``'s columns: ``epoch``, then the log keys sorted.

``HistoryCSVWriter`` is a plain writer: the engine's ``CSVLogger`` callback opens it when training begins,
hands it each epoch's logs and closes it at the end. The file itself is created (or emptied) with the first
row, so a run that fails before its first epoch ends leaves an existing history as it was; and a file that
holds something else (a project, a data set, a model) is never written over (``overwrite_problem``).
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import IO, Any

from ..messages import Message


def overwrite_problem(filename: str | os.PathLike, separator: str = ",") -> Message | None:
    """Why a history may not be written to ``filename`` (``None``: it may): a folder is there, or a file that
    is not a history (its first line does not start with ``epoch`` and the separator) and would be lost."""
    path = Path(filename)
    if path.is_dir():
        return Message("{path} is a folder; a history is written to a file", path=str(path))
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return None   # not readable here: writing will say why
    if head.lstrip(b"\xef\xbb\xbf").startswith(("epoch" + separator).encode("utf-8")):
        return None
    return Message("{path} holds something other than a training history (its first line does not start with "
                   "{start!r}); writing the history would replace it: choose another file name",
                   path=str(path), start="epoch" + separator)


def keep_epochs_up_to(filename: str | os.PathLike, last: int, separator: str = ",") -> None:
    """Drop the rows after epoch ``last`` from a history file (atomically): a run resumed after epoch ``last``
    writes those epochs again (the same resume run twice listed epochs 6-8 twice)."""
    from ..project import write_text_atomic

    path = Path(filename)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return   # unreadable here: the logger says why when it writes
    if not lines:
        return
    kept = [lines[0]]
    for line in lines[1:]:
        epoch = line.split(separator, 1)[0].strip()
        if epoch.isdigit() and int(epoch) > last:
            continue
        kept.append(line)
    if len(kept) != len(lines):
        write_text_atomic(path, "\n".join(kept) + "\n")


class HistoryCSVWriter:
    """Rows of ``epoch`` and the log values, flushed after each row.

    With ``append`` and a non-empty file the columns are taken from its header and rows are added below;
    otherwise the file is (re)written and the columns are the first row's keys, sorted. Keys missing from a
    later row are written as ``NA``; keys that were not there in the first row are left out (as Keras).
    """

    def __init__(self, filename: str | os.PathLike, separator: str = ",", append: bool = False) -> None:
        self.filename = Path(filename)
        self.separator = separator
        self.append = append
        self.keys: list[str] | None = None
        self._file: IO[str] | None = None
        self._writer: csv.DictWriter | None = None
        self._pending = False

    def open(self) -> None:
        """Start a history (read the columns of an existing one when appending); the file is opened for
        writing with the first row (``write``)."""
        self.close()
        self.keys = None
        if self.append and self.filename.exists() and self.filename.stat().st_size > 0:
            with open(self.filename, newline="", encoding="utf-8") as fh:
                header = fh.readline().strip()
            self.keys = header.split(self.separator)[1:] if header else None
        self._pending = True

    def _open_file(self) -> None:
        """Create the folder and open the file."""
        self.filename.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.filename, "a" if self.append else "w", newline="", encoding="utf-8")
        self._writer = None

    def write(self, epoch: int, logs: dict[str, Any]) -> None:
        """One row: ``epoch`` then the values of the columns."""
        if self._file is None and self._pending:
            self._pending = False
            self._open_file()
        if self._file is None:
            raise ValueError(f"{self.filename}: the history file is not open")
        if self.keys is None:
            self.keys = sorted(logs)
        if self._writer is None:
            self._writer = csv.DictWriter(self._file, fieldnames=["epoch", *self.keys], delimiter=self.separator,
                                          extrasaction="ignore")
            if self._file.tell() == 0:
                self._writer.writeheader()
        self._writer.writerow({"epoch": epoch, **{k: logs.get(k, "NA") for k in self.keys}})
        self._file.flush()

    def close(self) -> None:
        self._pending = False
        if self._file is not None:
            self._file.close()
            self._file = None
        self._writer = None
