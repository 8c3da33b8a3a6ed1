"""Build annstudio's one-folder desktop bundle with PyInstaller.

    python packaging/build.py [--variant lean|full] [--dist DIR] [--sklearn | --no-sklearn]

lean (the default) has the NumPy backend only; full adds TensorFlow (CPU) and scikit-learn. The bundle is
``DIR/annstudio/`` (default ``dist/<variant>/annstudio``) with the executable ``annstudio`` (``annstudio.exe``
on Windows) inside. After the build the bundle is searched for the checkout's path and the home folder:
a hit fails the build (exit 1), because a path of the build machine must not ship. The build Python's
prefix in the extension modules' RPATH is blanked first (same length); the interpreter's own library keeps
its compiled-in prefix (see ``scrub``), the one exception to the home-folder check. Needs
``pip install -e ".[bundle]"`` (PyInstaller); ``--dry-run`` prints the command without building.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "annstudio.spec"
VARIANTS = ("lean", "full")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description="Build annstudio's desktop bundle (PyInstaller).")
    parser.add_argument("--variant", choices=VARIANTS, default="lean",
                        help="lean: NumPy backend only (default); full: with TensorFlow (CPU) and scikit-learn")
    parser.add_argument("--dist", type=Path, metavar="DIR",
                        help="where the bundle folder 'annstudio' goes (default: dist/<variant> in the checkout)")
    parser.add_argument("--work", type=Path, metavar="DIR",
                        help="PyInstaller's scratch folder (default: a temporary folder, removed afterwards)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--sklearn", dest="sklearn", action="store_true", default=None,
                       help="include scikit-learn and SciPy (the default for full)")
    group.add_argument("--no-sklearn", dest="sklearn", action="store_false",
                       help="leave scikit-learn and SciPy out (the default for lean)")
    parser.add_argument("--dry-run", action="store_true", help="print the PyInstaller command and stop")
    args = parser.parse_args(argv)
    if args.sklearn is None:
        args.sklearn = args.variant == "full"
    args.dist = (args.dist if args.dist is not None else ROOT / "dist" / args.variant).resolve()
    return args


def pyinstaller_command(args: argparse.Namespace, work: Path) -> list[str]:
    return [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(args.dist), "--workpath", str(work), str(SPEC)]


def build_env(args: argparse.Namespace) -> dict[str, str]:
    env = dict(os.environ)
    env["ANNSTUDIO_BUNDLE_VARIANT"] = args.variant
    env["ANNSTUDIO_BUNDLE_SKLEARN"] = "1" if args.sklearn else "0"
    env["PYTHONHASHSEED"] = "0"  # a reproducible module order in the archive
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    return env


def machine_paths() -> list[str]:
    """Paths of the build machine that must not appear in the bundle: the checkout and the home folder."""
    paths = {str(ROOT)}
    home = Path.home()
    if len(home.parts) > 1:  # a home of "/" would match everything
        # A path inside it: system libraries name the home folder of root ("/root") by itself.
        paths.add(str(home / "x")[:-1])
    return sorted(paths)


def _pattern(path: str) -> re.Pattern[bytes]:
    """``path`` as a whole path (or its start): not the tail of a longer one ("/opt/rh/devtoolset-10/root/usr"
    does not contain the home "/root"), and followed by a separator or the end of the string."""
    end = b"" if path.endswith(("/", "\\")) else rb"(?=[/\\\x00\"':;\s]|$)"
    return re.compile(rb"(?<![\w./\\-])" + re.escape(os.fsencode(path)) + end)


def files_containing(folder: Path, needles: Iterable[str]) -> dict[str, list[str]]:
    """``{relative file: [needles found]}`` for the files under ``folder`` holding any needle as a path
    (searched as bytes, so binaries are searched too)."""
    patterns = [(n, _pattern(n)) for n in needles]
    hits: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        found = [n for n, p in patterns if p.search(data)]
        if found:
            hits[path.relative_to(folder).as_posix()] = found
    return hits


def interpreter_prefixes() -> list[str]:
    """Where the build's Python is installed: its shared library and extension modules carry the prefix
    (compiled in, and as the RPATH of a Python built from source, e.g. by pyenv under the home folder)."""
    return sorted({p for p in (sys.base_prefix, sys.base_exec_prefix) if len(Path(p).parts) > 1},
                  key=len, reverse=True)


#: The interpreter's own library (libpython3.X.so, python3X.dll, macOS' Python framework).
_INTERPRETER = re.compile(r"^(lib)?python3[\d.]*\.(so|dll|dylib)([\d.]*)$|^Python$", re.IGNORECASE)


def is_interpreter(path: str) -> bool:
    return bool(_INTERPRETER.match(path.replace("\\", "/").rsplit("/", 1)[-1]))


def scrub(folder: Path, prefixes: Iterable[str]) -> list[str]:
    """Overwrite each prefix inside the bundle's extension modules and libraries with a same-length path
    that exists nowhere ("/" then underscores): offsets stay valid, and what it removes is an RPATH into
    the build machine's Python, which a bundle must not use anyway. The interpreter's own library is left
    alone: its compiled-in prefix feeds the start-up path logic, and blanking it broke Keras' import in the
    full bundle. Returns the files changed."""
    changed = []
    patterns = [(_pattern(p), b"/" + b"_" * (len(os.fsencode(p)) - 1)) for p in prefixes]
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or is_interpreter(path.name):
            continue
        data = original = path.read_bytes()
        for pattern, blank in patterns:
            data = pattern.sub(blank, data)
        if data != original:
            mode = path.stat().st_mode
            path.write_bytes(data)
            path.chmod(mode)
            changed.append(path.relative_to(folder).as_posix())
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="annstudio-build-") as scratch:
        work = args.work.resolve() if args.work is not None else Path(scratch)
        command = pyinstaller_command(args, work)
        if args.dry_run:
            print(" ".join(command))
            print(f"ANNSTUDIO_BUNDLE_VARIANT={args.variant} ANNSTUDIO_BUNDLE_SKLEARN={int(args.sklearn)}")
            return 0
        start = time.perf_counter()
        # From a neutral folder: nothing of the current directory leaks into the analysis.
        status = subprocess.call(command, env=build_env(args), cwd=work)
        if status != 0:
            return status
    bundle = args.dist / "annstudio"
    scrubbed = scrub(bundle, interpreter_prefixes())
    if scrubbed:
        print(f"build.py: blanked the build Python's prefix in {len(scrubbed)} files")
    hits = files_containing(bundle, machine_paths())
    # The interpreter's library may name its install prefix (under the home folder for pyenv's Python);
    # the checkout's path must not be in it either.
    hits = {name: [n for n in found if n == str(ROOT) or not is_interpreter(name)] for name, found in hits.items()}
    hits = {name: found for name, found in hits.items() if found}
    if hits:
        for name, found in hits.items():
            print(f"build.py: {name} contains {', '.join(found)}", file=sys.stderr)
        print("build.py: error: the bundle holds paths of the build machine", file=sys.stderr)
        return 1
    print(f"built {bundle} ({args.variant}, scikit-learn {'in' if args.sklearn else 'out'}) "
          f"in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
