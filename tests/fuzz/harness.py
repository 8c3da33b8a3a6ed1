"""Running the ``annstudio`` CLI on one hostile input in a child process and classifying what happened.

The child gets an address-space limit (``CHILD_ADDRESS_SPACE``, so a memory bomb cannot exhaust the shared
machine), a 30 s timeout, and runs inside a temporary *project folder*; its peak RSS comes from ``wait4``
(the child's own ``ru_maxrss``, so earlier children do not count). Files created or changed beside the
project folder (in its parent, recursively) count as written outside.

Classes: ``ok`` (exit 0), ``refused`` (exit 2 with one ``annstudio: error:`` line of at most ``MAX_LINE``
characters), ``traceback`` (a Python traceback or exit 1), ``bad-refusal`` (exit 2 but not exactly one such line, or another exit
status), ``hang`` (> timeout), ``memory`` (peak RSS over 1 GB, MemoryError, or killed by the limit),
``wrote-outside``.
"""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHILD_ADDRESS_SPACE = 2 * 1024**3
RSS_LIMIT_KB = 1024 * 1024  # 1 GB, as ru_maxrss counts (KiB on Linux)
TIMEOUT = 30.0
MAX_LINE = 1000  # a refusal quotes bad values short (issue 11 item 8): a longer line is no clear refusal
CLASSES = ("ok", "refused", "traceback", "bad-refusal", "hang", "memory", "wrote-outside")


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_ADDRESS_SPACE, CHILD_ADDRESS_SPACE))
    os.setsid()


@dataclass
class Outcome:
    kind: str
    returncode: int | None
    stderr: str
    stdout: str
    peak_rss_kb: int
    outside: list[str] = field(default_factory=list)

    def describe(self) -> str:
        tail = self.stderr[-1500:]
        return (f"{self.kind}: exit {self.returncode}, peak RSS {self.peak_rss_kb // 1024} MB, "
                f"outside {self.outside[:5]}\n--- stderr (tail) ---\n{tail}")


def snapshot(folder: Path, skip: Path) -> dict[str, tuple[int, int]]:
    """Every path below ``folder`` except ``skip``'s tree, with size and mtime."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if here / d != skip]
        for name in [*filenames, *dirnames]:
            p = here / name
            try:
                st = p.lstat()
            except OSError:
                continue
            out[str(p)] = (st.st_size, st.st_mtime_ns)
    return out


def make_workspace() -> tuple[Path, Path]:
    """A fresh workspace ``root`` with the project folder three levels below it, ``root/outer/inner/project``,
    and a bystander file at every level; the child runs in ``project``. ``run_cli`` watches all of ``root``
    but the project, so a write up to ``../../../`` is seen (deeper ones too when they land in ``root``)."""
    root = Path(tempfile.mkdtemp(prefix="annstudio-fuzz-"))
    project = root / "outer" / "inner" / "project"
    project.mkdir(parents=True)
    for folder in project.parents[:3]:
        (folder / "bystander.txt").write_text("must stay untouched\n")
    return root, project


def run_cli(args: list[str], project: Path, timeout: float = TIMEOUT) -> Outcome:
    parent = project.parents[2]  # the workspace root (make_workspace)
    before = snapshot(parent, project)
    pythonpath = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "PYTHONPATH": pythonpath, "QT_QPA_PLATFORM": "offscreen", "TF_CPP_MIN_LOG_LEVEL": "3",
           "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "HOME": str(project)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "annstudio", *args], cwd=project, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, env=env, preexec_fn=_limit_child)
        deadline = time.monotonic() + timeout
        hung = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                hung = True
                os.killpg(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    after = snapshot(parent, project)
    outside = sorted(p for p in after if before.get(p) != after[p])
    rss = usage.ru_maxrss
    code = proc.returncode
    lines = stderr.splitlines()
    if hung:
        kind = "hang"
    elif rss > RSS_LIMIT_KB or "MemoryError" in stderr:
        kind = "memory"
    elif outside:
        kind = "wrote-outside"
    elif "Traceback" in stderr or code == 1:
        kind = "traceback"
    elif code == 0:
        kind = "ok"
    elif code == 2 and len(lines) == 1 and lines[0].startswith("annstudio: error:") and len(lines[0]) <= MAX_LINE:
        kind = "refused"
    else:
        kind = "bad-refusal"
    return Outcome(kind, code, stderr, stdout, rss, outside)
