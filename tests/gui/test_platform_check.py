"""Issue 10 item 14: ``annstudio gui`` without a display or without Qt's X11 libraries says what is missing
in one line and exits with 2, instead of Qt's "Reinstalling the application may fix this problem" abort."""
from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annstudio.gui import platform_check

ROOT = Path(__file__).resolve().parents[2]


def run_gui(**env_changes):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_changes)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-m", "annstudio", "gui"], capture_output=True, text=True, env=env,
                          timeout=120, cwd=str(ROOT))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is for Linux")
def test_no_display_is_one_line_and_exit_2():
    result = run_gui()
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: error: no display")
    assert "Reinstalling" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is for Linux")
def test_a_missing_x11_library_is_named_with_its_install_command():
    # a display that does not exist: without the check Qt would abort (134) trying to reach it
    result = run_gui(DISPLAY=":987", QT_QPA_PLATFORM="xcb", **{platform_check.FAKE_MISSING: "libxcb-cursor.so.0"})
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("annstudio: error: ") and "libxcb-cursor.so.0" in lines[0]
    assert lines[0].endswith("sudo apt-get install libxcb-cursor0")


def test_the_checker_agrees_with_the_loader_on_the_real_plugin():
    plugin = platform_check.xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin here")
    missing = platform_check.missing_libraries(plugin, env={})
    try:
        ctypes.CDLL(str(plugin))
        loads = True
    except OSError:
        loads = False
    assert (missing == []) == loads, missing
    assert (platform_check._dlopen_missing(plugin) == []) == loads


def test_ldd_output_and_package_names():
    out = ("\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x1)\n"
           "\tlibxcb-cursor.so.0 => not found\n"
           "\tlibxkbcommon-x11.so.0 => not found\n")
    assert platform_check.parse_ldd(out) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    names = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-render-util.so.0": "libxcb-render-util0",
             "libxcb-icccm.so.4": "libxcb-icccm4", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
             "libX11-xcb.so.1": "libx11-xcb1", "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1"}
    for soname, package in names.items():
        assert platform_check.debian_package(soname) == package


def test_only_linux_with_xcb_is_checked(monkeypatch):
    monkeypatch.setattr(platform_check, "missing_libraries", lambda **k: ["libxcb-cursor.so.0"])
    assert platform_check.problem({}, "win32") is None
    assert platform_check.problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert platform_check.problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert platform_check.problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux").startswith(
        "annstudio: error: no display")
    assert "libxcb-cursor0" in platform_check.problem({"DISPLAY": ":0"}, "linux")
    monkeypatch.setattr(platform_check, "missing_libraries", lambda **k: [])
    assert platform_check.problem({"DISPLAY": ":0"}, "linux") is None
