"""packaging/annstudio.spec, run with PyInstaller's classes recorded (no build): what each variant leaves
out, what it ships, and that no path of this machine or platform is written in it."""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT, load_script

QT_USED = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "PySide6.QtOpenGL",
           "PySide6.QtOpenGLWidgets", "PySide6.QtTest")
QT_UNUSED = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore", "PySide6.QtQuick",
             "PySide6.QtQml", "PySide6.QtMultimedia", "PySide6.QtNetwork", "PySide6.QtPdf")


def excluded(names, module):
    return any(module == n or module.startswith(n + ".") for n in names)


def test_lean_leaves_out_tensorflow_scikit_learn_and_unused_qt(spec):
    g = spec()
    assert g["VARIANT"] == "lean" and g["SKLEARN"] is False
    excludes = g["a"].kwargs["excludes"]
    for module in ("tensorflow", "keras", "tensorboard", "sklearn", "scipy", *QT_UNUSED, "pyqtgraph.opengl"):
        assert excluded(excludes, module), module
    for module in ("numpy", "h5py", "pyqtgraph", "tqdm", "annstudio", *QT_USED):
        assert not excluded(excludes, module), module
    hidden = g["a"].kwargs["hiddenimports"]
    assert "annstudio.cli" in hidden and "annstudio.backends.tensorflow.model" in hidden


def test_full_has_tensorflow_and_scikit_learn(spec):
    g = spec(variant="full")
    excludes = g["a"].kwargs["excludes"]
    assert g["SKLEARN"] is True
    for module in ("tensorflow", "keras", "sklearn", "scipy", "absl", "google.protobuf", *QT_USED):
        assert not excluded(excludes, module), module
    assert excluded(excludes, "PySide6.QtWebEngineCore")
    assert "optree" in g["a"].kwargs["hiddenimports"]  # Keras imports it lazily


def test_lean_with_scikit_learn_for_the_comparison(spec):
    excludes = spec(sklearn="1")["a"].kwargs["excludes"]
    assert excluded(excludes, "tensorflow") and not excluded(excludes, "sklearn")


def test_an_unknown_variant_stops_the_build(spec):
    with pytest.raises(ValueError, match="unknown variant 'huge'"):
        spec(variant="huge")


def test_the_app_imports_no_module_the_spec_leaves_out():
    """The main window, its labs and pyqtgraph's exporters, imported here, use only Qt modules the bundle has."""
    import subprocess

    code = ("import sys, importlib\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from annstudio.gui.main_window import MainWindow\n"
            "from annstudio.gui.learn import LABS\n"
            "for lab in LABS: importlib.import_module('annstudio.gui.learn.' + lab.module)\n"
            "import pyqtgraph.exporters.SVGExporter, pyqtgraph.exporters.ImageExporter\n"
            "w = MainWindow()\n"
            "print('\\n'.join(sorted(sys.modules)))\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
           "HOME": str(Path.home())}
    import os

    env = {**os.environ, **env}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr[-3000:]
    variants = load_script("variants")
    excludes = variants.excludes("lean", sklearn=False)
    loaded = [m for m in out.stdout.split() if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6")]
    assert loaded and [m for m in loaded if excluded(excludes, m)] == []


def test_resources_with_translations_and_data_sets_are_shipped(spec):
    datas = spec(platform="win32")["a"].kwargs["datas"]
    assert datas == [(str(ROOT / "resources"), "resources")]
    source = Path(datas[0][0])
    for part in ("translations/annstudio_ko.qm", "translations/annstudio_en.qm", "examples/xor_mlp.annproj",
                 "icons/annstudio.svg", "datasets/iris.npz"):
        assert (source / part).is_file(), part


def test_qt_catalogues_are_kept_for_korean_and_english_only():
    variants = load_script("variants")
    keep = variants.keep_qt_translation
    assert keep("PySide6/Qt/translations/qtbase_ko.qm") and keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm") and not keep("PySide6\\Qt\\translations\\qt_fr.qm")
    assert keep("resources/translations/annstudio_ko.qm") and keep("PySide6/Qt/lib/libQt6Core.so.6")


@pytest.mark.parametrize("platform, icon", [("linux", "annstudio.png"), ("win32", "annstudio.ico"),
                                            ("darwin", "annstudio.icns")])
def test_each_platform_gets_its_icon(spec, platform, icon):
    g = spec(platform=platform)
    exe, datas = g["exe"], g["a"].kwargs["datas"]
    path = PACKAGING / "icons" / icon
    assert path.is_file()
    if platform == "linux":  # executables have no icon there: the PNG ships for a .desktop entry
        assert exe.kwargs["icon"] is None and (str(path), "resources/icons") in datas
    else:
        assert exe.kwargs["icon"] == str(path) and len(datas) == 1
    assert exe.kwargs["name"] == "annstudio" and exe.kwargs["upx"] is False


def test_the_spec_names_no_path_of_this_machine_or_platform(spec, tmp_path, monkeypatch):
    text = (PACKAGING / "annstudio.spec").read_text(encoding="utf-8")
    assert not re.search(r"""["'](/|[A-Za-z]:\\|~)""", text), "an absolute path in the spec"
    assert "\\\\" not in text and "os.sep" not in text
    # A checkout somewhere else: every path the spec passes follows it.
    copy = tmp_path / "elsewhere" / "checkout"
    shutil.copytree(PACKAGING, copy / "packaging", ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "resources").mkdir()
    g = spec(folder=copy / "packaging", platform="darwin")
    a = g["a"]
    assert a.kwargs["datas"] == [(str(copy / "resources"), "resources")]
    assert a.kwargs["pathex"] == [str(copy)] and a.args[0] == [str(copy / "packaging" / "entry.py")]
    assert g["exe"].kwargs["icon"].startswith(str(copy))
