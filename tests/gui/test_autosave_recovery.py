"""Never lose work, end to end: the real app (a subprocess, offscreen, private HOME and recovery folder)
edits or trains through a test script (``ANNSTUDIO_TEST_SCRIPT``, see ``annstudio/gui/action_script.py``),
is killed with SIGKILL, and the next start offers the work back; restoring gives the edited project, and
the weights of the last pause."""
from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annstudio.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


class App:
    """``python -m annstudio gui [ARGS]`` with a script; its stdout lines are read in a thread."""

    def __init__(self, tmp: Path, actions: list[dict], *args: str) -> None:
        script = tmp / f"script_{time.monotonic_ns()}.json"
        script.write_text(json.dumps(actions))
        home = tmp / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ANNSTUDIO_", "XDG_"))}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(tmp / "runtime"),
                   QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8",
                   ANNSTUDIO_RECOVERY_DIR=str(tmp / "recovery"), ANNSTUDIO_AUTOSAVE_INTERVAL="0.2",
                   ANNSTUDIO_TEST_SCRIPT=str(script))
        (tmp / "runtime").mkdir(mode=0o700, exist_ok=True)
        self.process = subprocess.Popen([sys.executable, "-m", "annstudio", "gui", *args], cwd=str(tmp), env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, prefix: str, timeout: float = 120.0) -> str:
        end = time.monotonic() + timeout
        while True:
            for line in self.seen:
                if line.startswith(prefix):
                    self.seen.remove(line)
                    return line
            remaining = end - time.monotonic()
            if remaining <= 0:
                self.kill()
                raise AssertionError(f"no {prefix!r} within {timeout} s; output:\n" + "\n".join(self.seen))
            try:
                line = self.lines.get(timeout=min(remaining, 1.0))
            except queue.Empty:
                continue
            assert not line.startswith("ANNSTUDIO_SCRIPT_ERROR"), line
            self.seen.append(line)

    def json(self, kind: str) -> dict:
        return json.loads(self.wait_for(f"ANNSTUDIO_{kind} ").split(" ", 1)[1])

    def step(self, index: int) -> None:
        self.wait_for(f"ANNSTUDIO_STEP {index} ")

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(30)


def entries(tmp: Path) -> list[str]:
    folder = tmp / "recovery"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


RESTORE = [{"do": "answer", "choice": "restore"}, {"do": "wait_model"}, {"do": "report"}, {"do": "wait_saved"},
           {"do": "quit_clean"}]


def test_killed_while_editing_an_untitled_example_restores_the_edits(tmp_path):
    app = App(tmp_path, [{"do": "example", "name": "xor_mlp"}, {"do": "rename", "name": "my edited xor"},
                         {"do": "training", "set": {"epochs": 77}}, {"do": "wait_saved"}])
    try:
        app.step(3)
    finally:
        app.kill()
    assert app.process.returncode == -signal.SIGKILL
    left = entries(tmp_path)
    assert [n.rsplit(".", 1)[1] for n in left] == ["annproj", "json"]   # no trained weights: no .h5
    assert left[0].startswith(f"{app.process.pid}-")

    again = App(tmp_path, RESTORE)
    try:
        offer = again.json("OFFER")
        report = again.json("REPORT")
        again.step(4)
        assert again.process.wait(60) == 0
    finally:
        again.kill()
    assert "my edited xor" in offer["text"] and "saved" in offer["text"]
    assert "no file yet" in offer["details"]
    assert report["name"] == "my edited xor" and report["epochs"] == 77
    assert report["path"] is None                      # untitled stays untitled
    assert report["dirty"] and report["modified"] and report["title"].startswith("my edited xor[*]")
    assert not report["custom_weights"]
    assert entries(tmp_path) == []   # the killed instance's entry went at the restore, ours at the clean quit


def test_killed_while_training_restores_the_project_and_the_weights_of_the_last_pause(tmp_path):
    project = tmp_path / "work" / "xor.annproj"
    project.parent.mkdir()
    shutil.copy(resource_path("examples", "xor_mlp.annproj"), project)
    app = App(tmp_path, [
        {"do": "training", "set": {"epochs": 100000}},
        {"do": "play"}, {"do": "wait_epochs", "n": 5}, {"do": "pause"}, {"do": "wait_state", "state": "paused"},
        {"do": "weights"}, {"do": "wait_saved"},
        {"do": "play"}, {"do": "wait_state", "state": "running"}, {"do": "wait_epochs", "more": 5},
    ], str(project))
    try:
        paused = app.json("WEIGHTS")
        app.step(9)
    finally:
        app.kill()
    assert paused["state"] == "paused" and paused["epochs"] >= 5
    assert sorted(n.rsplit(".", 1)[1] for n in entries(tmp_path)) == ["annproj", "h5", "json"]
    assert json.loads(project.read_text())["training"]["epochs"] != 100000   # the edit was never saved there

    again = App(tmp_path, RESTORE)
    try:
        offer = again.json("OFFER")
        report = again.json("REPORT")
        again.step(4)
        assert again.process.wait(60) == 0
    finally:
        again.kill()
    assert "xor.annproj" in offer["text"]
    assert f"after {paused['epochs']} epochs" in offer["details"] and str(project) in offer["details"]
    assert report["path"] == str(project) and report["epochs"] == 100000
    assert report["dirty"] and report["title"].startswith("xor.annproj[*]")
    assert report["custom_weights"] and report["digest"] == paused["digest"]
    assert entries(tmp_path) == []
