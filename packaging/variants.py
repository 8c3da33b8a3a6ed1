"""What each bundle variant leaves out: read by ``annstudio.spec`` (at build time) and by the tests.

One place lists the excludes so the spec stays the same on Linux, Windows and macOS; nothing here
depends on the platform or on where the checkout lives.
"""
from __future__ import annotations

VARIANTS = ("lean", "full")

#: Qt modules annstudio never imports (it uses QtCore, QtGui, QtWidgets; pyqtgraph adds QtOpenGL,
#: QtOpenGLWidgets, QtSvg and QtTest). Excluding the Python modules keeps PyInstaller's Qt hooks from
#: collecting their shared libraries, plugins and translations.
QT_EXCLUDES = tuple(f"PySide6.{name}" for name in (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
))

#: Optional parts of pyqtgraph and of other libraries that annstudio does not use.
OPTIONAL_EXCLUDES = (
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.console",
    "pyqtgraph.flowchart", "pyqtgraph.canvas", "pyqtgraph.functions_numba",
    "OpenGL", "cupy", "numba", "colorcet", "matplotlib", "PIL", "pandas", "IPython", "jupyter_client",
    "ipykernel", "notebook", "nbformat", "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2",
    "pytest", "hypothesis", "setuptools", "pip",
)

#: TensorFlow, Keras and what only they pull in.
TENSORFLOW = ("tensorflow", "tensorflow_core", "keras", "tensorboard", "tensorboard_data_server",
              "tf_keras", "jax", "jaxlib", "torch", "ml_dtypes", "optree", "absl", "google.protobuf",
              "grpc", "flatbuffers", "opt_einsum", "gast", "astunparse", "termcolor", "wrapt", "namex",
              "rich", "markdown", "werkzeug")

#: scikit-learn and SciPy (about 160 MB installed): the lean bundle reads the small data sets from
#: resources/datasets/*.npz instead, and the perceptron lab's comparison says it needs scikit-learn.
SCIKIT_LEARN = ("sklearn", "scipy", "joblib", "threadpoolctl")


def excludes(variant: str, sklearn: bool) -> list[str]:
    """The module names PyInstaller leaves out of ``variant`` ("lean" or "full")."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    names = [*QT_EXCLUDES, *OPTIONAL_EXCLUDES]
    if variant == "lean":
        names += TENSORFLOW
    if not sklearn:
        names += SCIKIT_LEARN
    return names


def keep_qt_translation(dest: str) -> bool:
    """Qt's own catalogues are kept for the two UI languages only (Korean and English)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if not path.startswith("PySide6/") or "/translations/" not in path or not name.endswith(".qm"):
        return True
    stem = name[:-3]
    return stem.endswith(("_ko", "_en"))
