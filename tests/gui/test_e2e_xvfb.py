"""End to end: the real app (``python -m annstudio gui``) on its own Xvfb screen, driven by a real mouse.

xdotool drags the palette's "Dense" item onto the layer stack; the app's test hook
(``ANNSTUDIO_TEST_GEOMETRY=1``) prints where the widgets are and the layer count after every change.
Skipped only when the ``Xvfb``/``xdotool`` programs are absent (CI installs them).
"""
from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                                reason="needs the Xvfb and xdotool programs")


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():
    number = _free_display()
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    display = f":{number}"
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield display
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


class App:
    """The app in a subprocess; its stdout lines are read on a thread into a queue."""

    def __init__(self, display: str, tmp_path: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", ANNSTUDIO_TEST_GEOMETRY="1",
                   XDG_CONFIG_HOME=str(tmp_path / "config"), LANG="C.UTF-8", PYTHONUNBUFFERED="1",
                   ANNSTUDIO_RECOVERY_DIR=str(tmp_path / "recovery"),  # no restore offer from other runs
                   TF_CPP_MIN_LOG_LEVEL="3")
        self.display = display
        self.proc = subprocess.Popen([sys.executable, "-m", "annstudio", "gui"], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.log.append(line)
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, prefix: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            if line.startswith(prefix):
                return line[len(prefix):].strip()
        raise AssertionError(f"the app never printed {prefix!r}; output:\n{''.join(self.log)[-3000:]}")

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display},
                                capture_output=True, text=True, timeout=20)
        assert result.returncode == 0, (args, result.stderr)
        return result.stdout.strip()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def test_drag_dense_from_the_palette_onto_the_stack(xvfb, tmp_path):
    app = App(xvfb, tmp_path)
    try:
        geometry = json.loads(app.wait_for("ANNSTUDIO_GEOMETRY", timeout=60))
        window = app.xdotool("search", "--sync", "--name", "annstudio").split()[0]
        app.xdotool("windowfocus", "--sync", window)
        layers = geometry["layers"]
        (x0, y0), (x1, y1) = geometry["dense"], geometry["stack"]
        app.xdotool("mousemove", "--sync", str(x0), str(y0))
        app.xdotool("mousedown", "1")
        steps = 12
        for i in range(1, steps + 1):
            x = x0 + (x1 - x0) * i // steps
            y = y0 + (y1 - y0) * i // steps
            app.xdotool("mousemove", "--sync", str(x), str(y))
            time.sleep(0.05)
        time.sleep(0.2)
        app.xdotool("mouseup", "1")
        count = int(app.wait_for("ANNSTUDIO_LAYERS", timeout=20))
        assert count == layers + 1
    finally:
        app.close()
