"""Before Qt starts: can the desktop app open a window here? (issue 10 item 14)

Without a display, or with one of the X11 libraries Qt's ``xcb`` platform plugin needs missing (typically
``libxcb-cursor0``), Qt aborts with "This application failed to start because no Qt platform plugin could
be initialized. Reinstalling the application may fix this problem." and exit status 134. :func:`problem`
finds both cases first, so ``annstudio gui`` prints one line saying what is missing and how to install
it, and exits with status 2 (bad environment, like bad input).

Only Linux with the ``xcb`` platform (``QT_QPA_PLATFORM`` unset or ``xcb``) is checked; other platforms
and plugins (``offscreen``, ``wayland``, Windows, macOS) are left to Qt. Nothing here imports Qt's
modules: the plugin is found on disk and its libraries are resolved by the system's loader (``ldd``, or
``dlopen`` when there is no ``ldd``). The test hook ``ANNSTUDIO_FAKE_MISSING_LIBS`` (comma-separated
library names) makes those libraries count as missing.
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

FAKE_MISSING = "ANNSTUDIO_FAKE_MISSING_LIBS"

#: library (soname) -> Debian/Ubuntu package, for the names the rule in :func:`debian_package` gets wrong
PACKAGES = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libX11.so.6": "libx11-6",
}


def problem(env: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """One line saying why no window can open here, or ``None`` when nothing is known to be wrong."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if qpa not in ("", "xcb"):
        return None  # offscreen, wayland, vnc ...: Qt's own business
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and (qpa == "xcb" or not wayland):
        return ("annstudio: error: no display (DISPLAY is not set): the desktop app needs a graphical session; "
                "without one, train headless with 'annstudio train PROJECT' or run the app under 'xvfb-run'")
    if not display:
        return None  # Wayland only: Qt uses its wayland plugin
    missing = missing_libraries(env=env)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return (f"annstudio: error: Qt's X11 platform plugin cannot load: missing {', '.join(missing)}; "
            f"on Debian/Ubuntu install it with: sudo apt-get install {packages}")


def xcb_plugin() -> Path | None:
    """The ``libqxcb.so`` that PySide6 will load, or ``None`` when it is not where PySide6 keeps it."""
    try:
        import PySide6  # the package only (its __init__ imports no Qt module)
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def missing_libraries(plugin: Path | None = None, env: Mapping[str, str] | None = None) -> list[str]:
    """The shared libraries the xcb plugin needs that the loader cannot find (sonames, in ldd's order)."""
    env = os.environ if env is None else env
    fake = [name.strip() for name in env.get(FAKE_MISSING, "").split(",") if name.strip()]
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return fake
    missing = _ldd_missing(plugin)
    if missing is None:
        missing = _dlopen_missing(plugin)
    return list(dict.fromkeys(missing + fake))


def _ldd_missing(plugin: Path) -> list[str] | None:
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_ldd(out)


def parse_ldd(output: str) -> list[str]:
    """The "NAME => not found" entries of ``ldd`` output."""
    return [m.group(1) for m in re.finditer(r"^\s*(\S+)\s*=>\s*not found", output, re.MULTILINE)]


def _dlopen_missing(plugin: Path) -> list[str]:
    """Without ldd: load the plugin; the loader's error names the first library it could not find."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        match = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", str(exc))
        return [match.group(1)] if match else []
    return []


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships ``soname``: ``libxcb-cursor.so.0`` -> ``libxcb-cursor0``,
    ``libxcb-render-util.so.0`` -> ``libxcb-render-util0``, ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0``."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    match = re.fullmatch(r"(lib[\w.+-]*?)\.so\.(\d+)(?:\.[\d.]+)?", soname)
    if match is None:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"
