"""Load packaging/'s scripts (a folder of scripts, not a package) and run the spec with PyInstaller faked."""
from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(name: str, folder: Path = PACKAGING):
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(folder))  # smoke.py imports measure.py, the spec imports variants.py
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module


class Recorder:
    """Stands in for one of PyInstaller's spec classes; keeps what the spec passed."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.datas = kwargs.get("datas", [])
        self.pure = self.scripts = self.binaries = []


def run_spec(monkeypatch, variant: str | None = None, sklearn: str | None = None, platform: str | None = None,
             folder: Path = PACKAGING) -> dict:
    """Execute annstudio.spec as PyInstaller would, with its classes recorded; returns the spec's globals."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [
        n for n in (package, f"{package}.cli", f"{package}.backends.tensorflow.model") if filter is None or filter(n)]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.delitem(sys.modules, "variants", raising=False)
    for key, value in (("ANNSTUDIO_BUNDLE_VARIANT", variant), ("ANNSTUDIO_BUNDLE_SKLEARN", sklearn)):
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)
    if platform is not None:
        monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec inserts its folder
    spec_globals = {"SPECPATH": str(folder), "__name__": "__main__", "Analysis": Recorder, "PYZ": Recorder,
                    "EXE": Recorder, "COLLECT": Recorder}
    exec(compile((folder / "annstudio.spec").read_text(encoding="utf-8"), "annstudio.spec", "exec"), spec_globals)
    return spec_globals


@pytest.fixture
def spec(monkeypatch):
    return lambda **kw: run_spec(monkeypatch, **kw)
