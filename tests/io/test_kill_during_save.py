"""Issue 11 item 6: ``kill -9`` during a save. A writer process saves a project, an .h5 model and a training
checkpoint in a loop and is killed with SIGKILL at random moments. Each target is always a complete file,
the old one or a new one; the temp files the killed writers leave are removed by the next save of that
target (they never accumulate), and after it none are left."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from annstudio.io.h5_read import load_h5
from annstudio.project import Project

WRITER = r"""
import json, sys
from pathlib import Path

import numpy as np

from annstudio.engine.callbacks import save_run_h5
from annstudio.engine.session import create_run
from annstudio.io.h5_write import save_h5
from annstudio.project import Project
from annstudio.resources import resource_path

folder = Path(sys.argv[1])
project = Project.load(resource_path("examples", "xor_mlp.annproj"))
project.training.epochs = 1
run = create_run(project)
big = Project.load(resource_path("examples", "xor_mlp.annproj"))
spec = big.model.copy()
spec.layers[1].config["units"] = 1500
spec.layers.insert(2, spec.layers[1].copy())
spec.layers[2].name = "dense_wide"
weights = {}
from annstudio.spec.keras_model import layer_weight_shapes
for layer, items in layer_weight_shapes(spec).items():
    for w, shape, _ in items:
        weights[f"{layer}/{w}"] = np.zeros(shape, dtype="float32")
i = int(sys.argv[2])
while True:
    i += 1
    big.description = f"version {i} " + "x" * 3_000_000
    big.save(folder / "p.annproj")
    for key in weights:
        weights[key].fill(i)
    save_h5(folder / "m.h5", spec, weights)
    run.model.set_weights({k: np.full_like(v, i) for k, v in run.model.get_weights().items()})
    save_run_h5(folder / "ck.h5", run.trainer)
    # the test's own progress marker, written atomically so a kill never leaves it empty
    (folder / "done.part").write_text(str(i))
    (folder / "done.part").replace(folder / "done")
"""

TARGETS = ("p.annproj", "m.h5", "ck.h5")


def rounds_done(folder: Path) -> int:
    """The last round the writer finished (0 before the first)."""
    done = folder / "done"
    return int(done.read_text()) if done.exists() else 0


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def versions(folder: Path) -> dict[str, int]:
    """The version each target holds; loading each one fails if a file is incomplete."""
    project = Project.load(folder / "p.annproj")
    model = load_h5(folder / "m.h5")
    checkpoint = load_h5(folder / "ck.h5")
    found = {"p.annproj": int(project.description.split()[1]),
             "m.h5": int(model.weights["dense/kernel"].flat[0]),
             "ck.h5": int(checkpoint.weights["dense/kernel"].flat[0])}
    assert np.all(checkpoint.weights["dense_1/bias"] == found["ck.h5"])
    return found


def test_kill_9_during_saves_leaves_complete_files_and_no_temp_files(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    rng = random.Random(11)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    folder = tmp_path / "out"
    folder.mkdir()
    last = 0
    left_behind = 0
    for _kill in range(10):
        start = rounds_done(folder)
        proc = subprocess.Popen([sys.executable, str(script), str(folder), str(last)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            # wait until this writer has finished one full round (so every target exists), then a bit more
            while rounds_done(folder) <= start:
                assert proc.poll() is None, proc.stderr.read().decode()[-3000:]
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.6))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
        found = versions(folder)  # each target loads: the old or the new complete file
        last = max(found.values()) + 1
        assert all(v >= start for v in found.values()), found
        left = temps(folder)
        left_behind += len(left)
        assert len(left) <= len(TARGETS), left  # the next writer's first saves cleaned the earlier ones
    assert left_behind > 0, "no kill landed during a save; the test proved nothing"
    # one more save of each target, by this (another) process: no temp file is left
    project = Project.load(folder / "p.annproj")
    project.save(folder / "p.annproj")
    from annstudio.io.h5_write import save_h5

    for name in ("m.h5", "ck.h5"):
        contents = load_h5(folder / name)
        save_h5(folder / name, contents.spec, contents.weights)
    assert temps(folder) == []
    versions(folder)


def test_only_our_own_stale_temp_files_are_removed(tmp_path):
    from annstudio.project import clean_stale_temps

    target = tmp_path / "m.h5"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead_pid = int(dead.stdout)
    names = {
        f".m.h5.{dead_pid}.abc123xy.tmp": False,       # its writer is gone: removed
        f".m.h5.{os.getpid()}.abc123xy.tmp": True,     # a writer that is alive (this one): kept
        ".m.h5.abc123xy.tmp": True,                    # old naming, recent: kept
        ".m.h5.old12345.tmp": False,                   # old naming, an hour old: removed
        f".other.h5.{dead_pid}.abc123xy.tmp": True,    # another target's
        f".m.h5.{dead_pid}.abc123xy.tmp.keep": True,   # not our pattern
        "m.h5.tmp": True,
    }
    for name in names:
        (tmp_path / name).write_text("x")
    hour_ago = time.time() - 3700
    os.utime(tmp_path / ".m.h5.old12345.tmp", (hour_ago, hour_ago))
    (tmp_path / "link").mkdir()
    os.symlink(tmp_path / "link", tmp_path / f".m.h5.{dead_pid}.zzzzzz99.tmp")  # not a regular file: kept
    removed = clean_stale_temps(target)
    assert sorted(p.name for p in removed) == sorted(n for n, keep in names.items() if not keep)
    assert all((tmp_path / n).exists() == keep for n, keep in names.items())
    assert (tmp_path / f".m.h5.{dead_pid}.zzzzzz99.tmp").is_symlink()
