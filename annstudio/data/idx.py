"""Reading MNIST-style image sets: IDX files (gzipped or not), Keras ``.npz`` archives, and where to find them.

IDX (http://yann.lecun.com/exdb/mnist/): a big-endian header — magic number ``0x00000803`` for
images (3 dimensions: count, rows, columns) or ``0x00000801`` for labels (1 dimension: count),
then one ``uint32`` per dimension — followed by exactly ``prod(dims)`` unsigned bytes.

Search order for a set (first complete one wins):
1. the ``folder`` the user names;
2. Fashion-MNIST only: Debian's ``/usr/share/datasets/fashion-mnist/`` (package ``dataset-fashion-mnist``,
   the four ``*.gz`` IDX files);
3. Keras' cache: ``$KERAS_HOME`` or ``~/.keras``, then ``datasets/fashion-mnist/`` (IDX ``.gz``, what
   ``keras.datasets.fashion_mnist`` downloads) or ``datasets/mnist.npz`` (what ``keras.datasets.mnist``
   downloads).

``.npz`` files are read with ``allow_pickle=False``; nothing here unpickles.
"""
from __future__ import annotations

import gzip
import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..limits import COMPRESSED_MIN_BYTES, MAX_COMPRESSION_RATIO, MAX_IMAGE_SET_BYTES
from ..messages import Message, Term, message_of, os_reason
from .dataset import DataError
from .files import FileRefused, read_npy_stream, regular_file

IDX_MAGIC_IMAGES = 0x00000803
IDX_MAGIC_LABELS = 0x00000801

#: the four IDX files of a set, in the names the original sites and Keras use
IDX_FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
NPZ_FILES = {"mnist": ("mnist.npz",), "fashion_mnist": ("fashion-mnist.npz", "fashion_mnist.npz")}
NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")
DEBIAN_FASHION_MNIST = Path("/usr/share/datasets/fashion-mnist")
TITLES = {"mnist": "MNIST", "fashion_mnist": "Fashion-MNIST"}


# ----------------------------------------------------------------------------- IDX
def _read_bytes(path: Path) -> bytes:
    """The file's bytes, gunzipped when it is a gzip file (by content, not only by name).

    Only a regular file within ``MAX_IMAGE_SET_BYTES`` is opened; a gzip stream is inflated only as far as
    its IDX header says (plus one byte, to notice extra data), after checking that size against the budget
    and against the compressed size (``MAX_COMPRESSION_RATIO``), so a gzip bomb is refused, never inflated.
    """
    try:
        regular_file(path, MAX_IMAGE_SET_BYTES)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            size = _fstat_regular(fh, path)
            head = fh.read(2)
            fh.seek(0)
            if head != b"\x1f\x8b":
                return fh.read(size + 1)
            with gzip.GzipFile(fileobj=fh) as gz:
                header = gz.read(4)
                if len(header) == 4 and header[:3] == b"\x00\x00\x08" and header[3] > 0:
                    header += gz.read(4 * header[3])
                    declared = _declared_bytes(header)
                    if declared is not None:
                        _check_inflation(path, declared, size)
                        return header + gz.read(declared + 1)
                return header   # not an IDX header: read_idx says what is wrong with it
    except FileRefused as exc:
        raise DataError(exc.message) from None
    except EOFError:
        raise DataError(Message(
            "{path}: the gzip file is truncated (it ends before the end-of-stream marker); download it again",
            path=path)) from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise DataError(Message(
            "{path}: the gzip file is corrupt ({problem}); download it again",
            path=path, problem=message_of(exc))) from None
    except OSError as exc:
        raise DataError(Message("{path}: cannot be read ({reason})", path=path, reason=os_reason(exc))) from None


def _fstat_regular(fh, path: Path) -> int:
    """The opened file's size, checked again on the descriptor (the path may have changed since)."""
    st = os.fstat(fh.fileno())
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_IMAGE_SET_BYTES:
        regular_file(path, MAX_IMAGE_SET_BYTES)   # raises with the reason
        raise FileRefused(Message("{path} changed while it was read; try again", path=path))
    return int(st.st_size)


def _declared_bytes(header: bytes) -> int | None:
    """Header plus data bytes an IDX header declares (``None`` when the header is incomplete)."""
    ndim = header[3]
    if len(header) < 4 + 4 * ndim:
        return None
    count = 1
    for i in range(ndim):
        count *= int.from_bytes(header[4 + 4 * i: 8 + 4 * i], "big")
    return count


def _check_inflation(path: Path, declared: int, compressed: int) -> None:
    if declared > MAX_IMAGE_SET_BYTES:
        raise DataError(Message(
            "{path}: the header declares {declared:,} bytes of data, more than the {max_bytes:,} bytes allowed",
            path=path, declared=declared, max_bytes=MAX_IMAGE_SET_BYTES))
    if declared > COMPRESSED_MIN_BYTES and declared > compressed * MAX_COMPRESSION_RATIO:
        raise DataError(Message(
            "{path}: {compressed:,} compressed bytes would inflate to {declared:,} bytes, more than "
            "{ratio} times their size; refused (a compression bomb?)",
            path=path, compressed=compressed, declared=declared, ratio=MAX_COMPRESSION_RATIO))


def read_idx(path: str | os.PathLike, expected_magic: int | None = None) -> np.ndarray:
    """The ``uint8`` array stored in an IDX file (``.gz`` or not).

    ``expected_magic``: ``IDX_MAGIC_IMAGES`` or ``IDX_MAGIC_LABELS``; another magic number raises
    ``DataError``, as do a header/size mismatch (truncated or padded file) and a non-ubyte type.
    """
    path = Path(path)
    data = _read_bytes(path)
    if len(data) < 4:
        raise DataError(Message(
            "{path}: only {count} bytes — too short for an IDX header (truncated or empty file)",
            path=path, count=len(data)))
    magic = int.from_bytes(data[:4], "big")
    what = {IDX_MAGIC_IMAGES: "IDX images", IDX_MAGIC_LABELS: "IDX labels"}
    if expected_magic is not None and magic != expected_magic:
        raise DataError(Message(
            "{path}: bad magic number 0x{magic:08X}, expected 0x{expected_magic:08X} ({value}) — not an IDX file of "
            "the right kind",
            path=path, magic=magic, expected_magic=expected_magic, value=what.get(expected_magic, 'IDX')))
    if data[0] != 0 or data[1] != 0 or data[2] != 0x08:
        raise DataError(Message(
            "{path}: bad magic number 0x{magic:08X}; an IDX file of unsigned bytes starts with 0x000008 followed by "
            "the number of dimensions",
            path=path, magic=magic))
    ndim = data[3]
    header = 4 + 4 * ndim
    if ndim == 0 or len(data) < header:
        raise DataError(Message(
            "{path}: the IDX header is truncated ({count} bytes, header needs {header})",
            path=path, count=len(data), header=header))
    dims = tuple(int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    expected = int(np.prod(dims, dtype=np.int64))
    actual = len(data) - header
    shape = " x ".join(str(d) for d in dims)
    if actual < expected:
        raise DataError(Message(
            "{path}: the file is truncated — the header says {shape} = {expected:,} bytes of data but only "
            "{actual:,} follow; download it again",
            path=path, shape=shape, expected=expected, actual=actual))
    if actual > expected:
        raise DataError(Message(
            "{path}: {value:,} bytes more than the header ({shape}) describes — corrupt or not an IDX file",
            path=path, value=actual - expected, shape=shape))
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims)


def write_idx(path: str | os.PathLike, array: np.ndarray) -> None:
    """Write a ``uint8`` array as IDX (gzipped when ``path`` ends in ``.gz``); used by tests and exports."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "wb") as fh:
        fh.write(header + array.tobytes())


# ----------------------------------------------------------------------------- npz
def read_npz(path: str | os.PathLike) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``x_train, y_train, x_test, y_test`` from a Keras-style ``.npz`` (no pickle)."""
    path = Path(path)
    try:
        regular_file(path, MAX_IMAGE_SET_BYTES)
        with zipfile.ZipFile(path) as archive:
            members = {info.filename[:-4]: info for info in archive.infolist() if info.filename.endswith(".npy")}
            missing = [k for k in NPZ_KEYS if k not in members]
            if missing:
                raise DataError(Message(
                    "{path}: missing array(s) {names}; a Keras-style archive holds {names2} (found: {names3})",
                    path=path, names=", ".join(missing), names2=", ".join(NPZ_KEYS),
                    names3=", ".join(members) or Term("nothing")))
            arrays = []
            for key in NPZ_KEYS:
                info = members[key]
                where = Path(f"{path}:{key}")
                _check_inflation(where, info.file_size, info.compress_size)
                with archive.open(info) as fh:
                    arrays.append(read_npy_stream(fh, where, info.file_size, MAX_IMAGE_SET_BYTES))
            x_train, y_train, x_test, y_test = arrays
            return x_train, y_train, x_test, y_test
    except FileRefused as exc:
        raise DataError(exc.message) from None
    except DataError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError, NotImplementedError) as exc:
        raise DataError(Message(
            "{path}: not a readable .npz archive — truncated or corrupt ({problem})",
            path=path, problem=message_of(exc))) from None


# ----------------------------------------------------------------------------- lookup
def keras_home() -> Path:
    """Keras' cache root: ``$KERAS_HOME`` or ``~/.keras`` (as ``keras.utils.get_file`` uses it)."""
    return Path(os.environ.get("KERAS_HOME") or Path.home() / ".keras").expanduser()


def default_folders(name: str) -> list[Path]:
    """Folders searched after the user's ``folder``, in order."""
    datasets = keras_home() / "datasets"
    if name == "fashion_mnist":
        return [DEBIAN_FASHION_MNIST, datasets / "fashion-mnist"]
    return [datasets, datasets / "mnist"]


def idx_candidates(base: str) -> list[str]:
    """File names accepted for one IDX file: ``train-images-idx3-ubyte[.gz]`` and the
    ``train-images.idx3-ubyte[.gz]`` spelling some mirrors use."""
    dotted = base.replace("-idx", ".idx")
    return [base + ".gz", base, dotted + ".gz", dotted]


@dataclass(frozen=True)
class Source:
    """Where a set was found: ``kind`` "idx" (``files`` maps IDX_FILES keys to paths) or "npz" (``path``)."""

    kind: str
    folder: Path
    files: tuple[tuple[str, Path], ...] = ()
    path: Path | None = None

    def describe(self) -> str:
        if self.kind == "npz":
            return str(self.path)
        return f"{self.folder} (IDX files)"


def find_in_folder(name: str, folder: Path) -> tuple[Source | None, list[str]]:
    """The set in ``folder`` if complete, and the names of the IDX files that *are* there (for hints)."""
    found: dict[str, Path] = {}
    if folder.is_dir():
        for key, base in IDX_FILES.items():
            for candidate in idx_candidates(base):
                if (folder / candidate).is_file():
                    found[key] = folder / candidate
                    break
        if len(found) == len(IDX_FILES):
            return Source("idx", folder, tuple(found.items())), []
        for npz in NPZ_FILES[name]:
            if (folder / npz).is_file():
                return Source("npz", folder, path=folder / npz), []
    return None, [p.name for p in found.values()]


def search_folders(name: str, folder: str | os.PathLike | None) -> list[Path]:
    folders = [Path(folder).expanduser()] if folder else []
    for default in default_folders(name):
        if default not in folders:
            folders.append(default)
    return folders


def find_source(name: str, folder: str | os.PathLike | None = None) -> tuple[Source | None, list[Path], dict[Path, list[str]]]:
    """``(source or None, folders searched, {folder: IDX files found in an incomplete folder})``."""
    searched = search_folders(name, folder)
    partial: dict[Path, list[str]] = {}
    for candidate in searched:
        source, present = find_in_folder(name, candidate)
        if source is not None:
            return source, searched, partial
        if present:
            partial[candidate] = present
    return None, searched, partial


def absent_message(name: str, searched: list[Path], partial: dict[Path, list[str]], download_error: str | None) -> str:
    """One line (the CLI prints errors on one line; a GUI dialog wraps it): which files, which folders, how to get them."""
    title = TITLES[name]
    idx_names = ", ".join(base + "[.gz]" for base in IDX_FILES.values())
    npz = " or ".join(NPZ_FILES[name])
    parts = [Message(
        "{title} was not found. Put its four IDX files ({idx_names}) or a Keras-style {npz} (arrays {arrays}) into "
        "one of these folders: {folders} — or choose their folder (in the Data panel: Folder; in a project "
        "file or on the command line: folder).",
        title=title, idx_names=idx_names, npz=npz, arrays=", ".join(NPZ_KEYS),
        folders=", ".join(str(f) for f in searched))]
    for folder, present in partial.items():
        parts.append(Message("{folder} has only {files}; the other files are missing.", folder=folder,
                             files=", ".join(present)))
    if name == "fashion_mnist":
        parts.append(Message("On Debian/Ubuntu: sudo apt install dataset-fashion-mnist (installs them in {folder}).",
                             folder=DEBIAN_FASHION_MNIST))
    module = "fashion_mnist" if name == "fashion_mnist" else "mnist"
    target, _ = download_target(name)
    if download_error:
        parts.append(Message("Downloading failed: {problem}", problem=download_error))
    else:
        parts.append(Message("When online, let it download (in the Data panel: Download if missing; in a project "
                             "file or on the command line: download=true): annstudio then fetches the files "
                             "keras.datasets.{module}.load_data() uses into {target} (kept for next time).",
                             module=module, target=target))
    message = parts[0]
    for part in parts[1:]:
        message = Message("{before} {after}", before=message, after=part)
    return message



KERAS_ORIGIN = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/"
#: sha256 of the files Keras checks (``keras.datasets.mnist``); the Fashion-MNIST files are checked by parsing
KNOWN_SHA256 = {"mnist.npz": "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"}


def download_target(name: str) -> tuple[Path, list[str]]:
    """Where a download goes and which files: Keras' own cache layout, so Keras and annstudio share the files."""
    datasets = keras_home() / "datasets"
    if name == "fashion_mnist":
        return datasets / "fashion-mnist", [base + ".gz" for base in IDX_FILES.values()]
    return datasets, ["mnist.npz"]


def download(name: str, timeout: float = 60.0) -> Source:
    """Fetch the set from Keras' download site into Keras' cache folder and return where it is.

    Uses only the standard library (``urllib``), from the same URLs ``keras.datasets.<name>.load_data()``
    uses, so it works without TensorFlow and leaves the files where Keras would look for them.
    It blocks for the whole download (about 30 MB for Fashion-MNIST, 11 MB for MNIST): call it from a
    worker thread in a GUI. Raises ``DataError`` with the reason (offline, proxy, disk full, bad file).
    """
    import hashlib
    import tempfile
    import urllib.request

    folder, files = download_target(name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(Message(
            "cannot create the download folder {folder} ({reason})",
            folder=folder, reason=os_reason(exc))) from None
    for fname in files:
        final = folder / fname
        if final.is_file():
            continue
        url = KERAS_ORIGIN + fname
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=fname + ".", suffix=".part", dir=folder)
        except OSError as exc:
            raise DataError(Message(
                "cannot write into {folder} ({reason})",
                folder=folder, reason=os_reason(exc))) from None
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as response:
                digest = hashlib.sha256()
                while chunk := response.read(1 << 20):
                    out.write(chunk)
                    digest.update(chunk)
            expected = KNOWN_SHA256.get(fname)
            if expected and digest.hexdigest() != expected:
                raise DataError(Message(
                    "{url}: the downloaded file has sha256 {value}, expected {expected}",
                    url=url, value=digest.hexdigest(), expected=expected))
            os.replace(tmp, final)
        except DataError:
            raise
        except Exception as exc:  # noqa: BLE001 - URLError, timeout, HTTPError, disk full ...: one message
            raise DataError(Message(
                "{url}: {type}: {problem}",
                url=url, type=type(exc).__name__, problem=message_of(exc))) from None
        finally:
            if tmp.exists():
                tmp.unlink()
    source, _ = find_in_folder(name, folder)
    if source is None:  # pragma: no cover - all files were just written
        raise DataError(Message(
            "the download finished but {folder} does not hold the complete set",
            folder=folder))
    return source


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return str(path), st.st_size, st.st_mtime_ns


@lru_cache(maxsize=2)
def _read_cached(kind: str, stamps: tuple[tuple[str, int, int], ...]):
    if kind == "npz":
        return read_npz(Path(stamps[0][0]))
    paths = [Path(s[0]) for s in stamps]
    magic = (IDX_MAGIC_IMAGES, IDX_MAGIC_LABELS, IDX_MAGIC_IMAGES, IDX_MAGIC_LABELS)
    return tuple(read_idx(p, m) for p, m in zip(paths, magic, strict=True))


def read_source(source: Source) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``x_train, y_train, x_test, y_test`` (``uint8``, read-only, cached while the files are unchanged)."""
    stamps: tuple[tuple[str, int, int], ...]
    if source.kind == "npz":
        assert source.path is not None, "an npz Source names its file"
        stamps = (_stamp(source.path),)
    else:
        files = dict(source.files)
        stamps = tuple(_stamp(files[k]) for k in ("train_images", "train_labels", "test_images", "test_labels"))
    arrays = _read_cached(source.kind, stamps)
    for a in arrays:
        a.flags.writeable = False
    return arrays
