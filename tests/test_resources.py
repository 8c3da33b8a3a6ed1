"""Resources are found the same way from a checkout, an installed wheel and a PyInstaller bundle."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from annstudio import resources

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fresh_cache():
    resources.resource_root.cache_clear()
    yield
    resources.resource_root.cache_clear()


def test_source_checkout_finds_resources():
    assert resources.resource_root() == ROOT / "resources"
    assert resources.resource_path("examples", "xor_mlp.annproj").is_file()


def test_pyinstaller_bundle_wins(tmp_path, monkeypatch):
    (tmp_path / "resources" / "examples").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_root() == tmp_path / "resources"


def test_missing_resources_name_the_places_searched(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "pkg")
    with pytest.raises(FileNotFoundError, match="resources folder was not found"):
        resources.resource_root()


def test_wheel_ships_resources_inside_the_package(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("annstudio-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "annstudio/_resources/examples/xor_mlp.annproj" in names
    assert "annstudio/resources.py" in names


def test_every_package_of_the_source_is_in_the_wheel_list():
    """setuptools installs only the listed packages: a sub-package left out (engine.probes, the labs) would
    be missing from a wheel and from `pip install .` while every test of a checkout passes."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "annstudio").rglob("__init__.py")}
    assert found - listed == set()
