"""Where annstudio's resources (examples, translations, icons, small data) live.

One place resolves the folder, the same way for a source checkout, an installed wheel (where
``resources/`` ships as the package ``annstudio._resources``) and a PyInstaller bundle (where the
spec file copies it to ``<bundle>/resources``). Nothing else guesses paths.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def resource_root() -> Path:
    """The folder holding ``examples/``, ``translations/``, ``icons/`` and ``data/``."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")  # source checkout / editable install
    candidates.append(_PACKAGE_DIR / "_resources")  # installed wheel
    for path in candidates:
        if (path / "examples").is_dir():
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise FileNotFoundError(f"annstudio's resources folder was not found (looked in: {tried})")


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. ``resource_path("examples", "xor_mlp.annproj")``."""
    return resource_root().joinpath(*parts)


def example_projects() -> list[Path]:
    """The bundled example projects, sorted by file name."""
    return sorted(resource_path("examples").glob("*.annproj"))
