"""Smoke-test a built bundle from outside the checkout (CI runs it after building the lean bundle).

    python packaging/smoke.py dist/lean/annstudio

The Korean and English catalogues (annstudio's and Qt's) are in the bundle. In a fresh temporary folder, with
a fresh home folder: ``--version``; ``examples``; ``train`` on the XOR
example with ``--out``; ``predict`` with the saved model; ``inspect`` it; the window shown (needs a display,
e.g. under ``xvfb-run``), in English and in Korean. Prints one line per check and exits 1 on the first failure.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import clean_env, executable, time_to_window


class Failed(Exception):
    pass


def run(exe: Path, args: list[str], cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    proc = subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise Failed(f"annstudio {' '.join(args)}: exit status {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    return proc.stdout


def check(title: str, fn) -> None:
    start = time.perf_counter()
    result = fn()
    print(f"ok  {title} ({time.perf_counter() - start:.1f} s){': ' + result if result else ''}", flush=True)


def smoke(bundle: Path, window: bool = True) -> None:
    exe = executable(bundle.resolve())
    with tempfile.TemporaryDirectory(prefix="annstudio-smoke-") as scratch:
        cwd = Path(scratch)
        env = clean_env(cwd)
        found: dict[str, str] = {}

        def version() -> str:
            out = run(exe, ["--version"], cwd, env).strip()
            if not out.startswith("annstudio "):
                raise Failed(f"--version printed {out!r}")
            return out

        def examples() -> str:
            paths = run(exe, ["examples", "--paths"], cwd, env).split()
            if not any(p.endswith("xor_mlp.annproj") for p in paths) or not all(Path(p).is_file() for p in paths):
                raise Failed(f"examples --paths printed {paths!r}")
            found["xor"] = next(p for p in paths if p.endswith("xor_mlp.annproj"))
            return f"{len(paths)} examples"

        def train() -> str:
            out = run(exe, ["train", found["xor"], "--epochs", "20", "--out", "xor.h5",
                            "--verbose", "0"], cwd, env)
            if not (cwd / "xor.h5").is_file() or "final:" not in out:
                raise Failed(f"train wrote no model: {out!r}")
            return out.splitlines()[-2].strip() if len(out.splitlines()) >= 2 else ""

        def predict() -> str:
            (cwd / "x.csv").write_text("0,0\n0,1\n1,0\n1,1\n")
            run(exe, ["predict", "xor.h5", "--input", "x.csv", "--output", "y.csv"], cwd, env)
            rows = (cwd / "y.csv").read_text().split()
            if len(rows) != 4:
                raise Failed(f"predict wrote {rows!r}")
            return f"4 predictions: {', '.join(rows)}"

        def inspect() -> str:
            out = run(exe, ["inspect", "xor.h5"], cwd, env)
            if "Dense" not in out:
                raise Failed(f"inspect printed {out!r}")
            return f"{len(out.splitlines())} lines"

        def tensorflow_reason() -> str:
            proc = subprocess.run([str(exe), "train", found["xor"], "--backend", "tensorflow",
                                   "--epochs", "1"], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
            if proc.returncode == 0:
                return "TensorFlow is in this build"
            if proc.returncode != 2 or "no TensorFlow" not in proc.stderr:
                raise Failed(f"--backend tensorflow: exit {proc.returncode}: {proc.stderr.strip()!r}")
            return proc.stderr.strip()

        def catalogues() -> str:
            names = {p.name for p in bundle.rglob("*.qm")}
            missing = {"annstudio_ko.qm", "annstudio_en.qm", "qtbase_ko.qm"} - names
            if missing:
                raise Failed(f"the bundle has no {', '.join(sorted(missing))}")
            return f"{len(names)} catalogues: {', '.join(sorted(names))}"

        def native_step() -> str:
            here = Path(__file__).resolve().parent.parent / "annstudio" / "backends" / "numpy"
            built = [p.name for p in here.glob("_dense_chain*") if p.suffix in (".so", ".pyd", ".dylib")]
            shipped = [p for p in bundle.rglob("_dense_chain*") if p.parent.name == "numpy"]
            if built and not shipped:
                raise Failed(f"the checkout has {built[0]} (the NumPy backend's step in C) but the bundle has not")
            return f"{shipped[0].relative_to(bundle)}" if shipped else "not built in this checkout"

        check("Korean and English catalogues", catalogues)
        check("the NumPy backend's step in C", native_step)
        check("--version", version)
        check("examples", examples)
        check("train xor_mlp --out xor.h5", train)
        check("predict xor.h5", predict)
        check("inspect xor.h5", inspect)
        check("train --backend tensorflow", tensorflow_reason)
        if window:
            check("window shown", lambda: f"{time_to_window(exe):.2f} s")
            check("window shown in Korean", lambda: f"{time_to_window(exe, lang='ko_KR.UTF-8'):.2f} s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smoke.py", description=__doc__.split("\n")[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (holding the annstudio executable)")
    parser.add_argument("--no-window", action="store_true", help="skip the checks that need a display")
    args = parser.parse_args(argv)
    try:
        smoke(args.bundle, window=not args.no_window)
    except (Failed, RuntimeError, FileNotFoundError, subprocess.TimeoutExpired) as exc:
        print(f"smoke.py: FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke.py: the bundle works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
