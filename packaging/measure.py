"""Size of a built bundle and its time to the window (median of several starts).

    python packaging/measure.py dist/lean/annstudio [--starts 5]

Each start runs the bundle's executable with ``ANNSTUDIO_STARTUP_TIME=exit`` (the app prints
``ANNSTUDIO_STARTUP ...`` once the main window is shown, then closes) in a fresh home folder, so saved
settings or recovery files do not change what is measured. The time is wall-clock from starting the process
to that line. Needs a display (e.g. ``xvfb-run -a python packaging/measure.py ...``).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

MARK = "ANNSTUDIO_STARTUP"


def executable(bundle: Path) -> Path:
    for name in ("annstudio", "annstudio.exe"):
        if (bundle / name).is_file():
            return bundle / name
    raise FileNotFoundError(f"no annstudio executable in {bundle}")


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (what ``du`` counts, less the block rounding)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def clean_env(home: Path, lang: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "ANNSTUDIO_", "PYTHON", "QT_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_RUNTIME_DIR=str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    if lang:
        env.update(LANG=lang, LC_ALL=lang)
    return env


def child_cpu_seconds() -> float:
    """User + system CPU time of the finished child processes so far (0 where unknown, e.g. Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_window(exe: Path, timeout: float = 60.0, lang: str | None = None) -> float:
    """Seconds from starting ``exe`` to its window being shown (one start, from a temporary folder).

    On a busy machine this wall-clock time grows with the load; ``child_cpu_seconds`` before and after
    gives the CPU time the start took, which does not."""
    with tempfile.TemporaryDirectory(prefix="annstudio-start-") as scratch:
        env = clean_env(Path(scratch), lang)
        env["ANNSTUDIO_STARTUP_TIME"] = "exit"
        start = time.perf_counter()
        proc = subprocess.Popen([str(exe), "gui"], cwd=scratch, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith(MARK):
                    elapsed = time.perf_counter() - start
                    proc.wait(timeout)
                    return elapsed
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"the window was not shown (exit status {proc.returncode}): {err.strip()[-2000:]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="measure.py", description=__doc__.split("\n")[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder (holding the annstudio executable)")
    parser.add_argument("--starts", type=int, default=5, help="how many starts to time (default 5)")
    args = parser.parse_args(argv)
    exe = executable(args.bundle)
    times, cpu = [], []
    for _ in range(args.starts):
        before = child_cpu_seconds()
        times.append(time_to_window(exe))
        cpu.append(child_cpu_seconds() - before)
    size = folder_size(args.bundle)
    du = subprocess.run(["du", "-sh", str(args.bundle)], capture_output=True, text=True).stdout.split()
    print(f"size: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB; du -sh: {du[0] if du else '?'})")
    print(f"time to window: median {statistics.median(times):.2f} s of {len(times)} starts "
          f"({', '.join(f'{t:.2f}' for t in times)})")
    if any(cpu):
        print(f"CPU time of a start (to the window and closing): median {statistics.median(cpu):.2f} s")
    if hasattr(os, "getloadavg"):
        print(f"load average during the measurement: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
