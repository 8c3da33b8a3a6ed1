"""The house rules: only gui/ imports Qt, only backends/tensorflow imports TensorFlow (and lazily); the
import-linter contracts of pyproject.toml (layers, backends apart, no cycles) are kept."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "annstudio"
QT = {"PySide6", "PyQt5", "PyQt6", "pyqtgraph", "qtpy", "shiboken6"}
TF = {"tensorflow", "keras", "tf_keras"}


def imported_roots(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], node
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0], node


def test_qt_only_in_gui_and_tensorflow_only_in_its_backend():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        for root, node in imported_roots(path):
            if root in QT and not rel.startswith("gui/"):
                offenders.append(f"{rel}:{node.lineno} imports {root}")
            if root in TF and not rel.startswith("backends/tensorflow/"):
                offenders.append(f"{rel}:{node.lineno} imports {root}")
    assert not offenders, offenders


def test_core_import_pulls_in_neither_qt_nor_tensorflow():
    code = (
        "import sys, annstudio, annstudio.cli, annstudio.engine.session, annstudio.data, "
        "annstudio.backends.numpy, annstudio.backends.numpy.perceptron, annstudio.spec.keras_config\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'PySide6', 'pyqtgraph', 'tensorflow', 'keras'})\n"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_import_linter_contracts_are_kept():
    """pyproject.toml's [tool.importlinter] contracts: the layers, the backends apart, no cycles."""
    pytest.importorskip("importlinter")
    code = ("import sys\nfrom importlinter.cli import lint_imports\n"
            "sys.exit(lint_imports(no_cache=True, no_logo=True))")
    out = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout

