#!/usr/bin/env python3
"""Take the screenshots of docs/views.md from the real app: a spiral run and a Fashion-MNIST run.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/view_screenshots.py [--out docs/views]

Each image is a grab of one view of the main window (default size, NumPy backend) after real training
with the examples' seeds, so the figures are reproducible. The tab views get a larger share of the
window (the stack shorter, the middle column wider), as a learner would drag the splitters to study them.
Needs the Fashion-MNIST files (``apt-get install dataset-fashion-mnist``); runs under any Qt platform,
Xvfb (``QT_QPA_PLATFORM=xcb``) is what the docs use.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "views")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from annstudio.gui.app import configure_runtime
    from annstudio.gui.i18n import install_translators

    configure_runtime(app)
    from annstudio.gui.editor import commands
    from annstudio.gui.main_window import MainWindow
    from annstudio.resources import resource_path

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def window_for(example: str, language: str = "en") -> MainWindow:
        install_translators(app, language)
        window = MainWindow()
        window.open_path(resource_path("examples", example), ask=False)
        window.show()
        wait(300)
        return window

    def set_training(window: MainWindow, **values) -> None:
        training = window.document.section("training")
        for key, value in values.items():
            setattr(training, key, value)
            commands.push(window.document, "training", training, key)

    def set_dataset(window: MainWindow, **params) -> None:
        dataset = window.document.section("dataset")
        dataset = {**dataset, "params": {**dataset["params"], **params}}
        window.document.set_section("dataset", dataset)

    def train(window: MainWindow) -> None:
        window.runner.reset()
        loop = QEventLoop()
        window.runner.sigFinished.connect(lambda _e: loop.quit())
        window.training_panel.play_action.trigger()
        loop.exec()
        wait(600)  # the last payloads and the final probes are drawn

    def enlarge_tabs(window: MainWindow) -> None:
        d = window.docks
        w, h = window.width(), window.height()
        window.resizeDocks([d["datasetPanel"], d["layerPalette"], d["stackEditor"], d["outputArea"]],
                           [int(w * 0.12), int(w * 0.08), int(w * 0.52), int(w * 0.28)], Qt.Orientation.Horizontal)
        window.resizeDocks([d["stackEditor"], d["layerInspector"]], [int(h * 0.18), int(h * 0.82)],
                           Qt.Orientation.Vertical)
        wait(300)

    def shot(widget, name: str) -> None:
        path = args.out / name
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def show_tab(window: MainWindow, key: str):
        window.docks[key].raise_()
        wait(400)
        return window.docks[key]

    # -- the spiral: epoch 57 (a 57-epoch run with the same seed is the 150-epoch run's first 57 epochs)
    window = window_for("spiral.annproj")
    set_training(window, epochs=57)
    train(window)
    shot(window.decision_plot, "spiral_decision_mid.png")
    set_training(window, epochs=150)
    train(window)
    shot(window.decision_plot, "spiral_decision.png")
    window.loss_plot.set_view("loss")
    wait(200)
    shot(window.loss_plot, "spiral_loss.png")
    window.loss_plot.set_view("accuracy")
    wait(200)
    shot(window.loss_plot, "spiral_accuracy.png")
    window.loss_plot.set_view("loss")
    enlarge_tabs(window)
    shot(show_tab(window, "networkView"), "spiral_network.png")
    shot(show_tab(window, "activationPlot"), "spiral_activations.png")
    window.document.undo_stack.setClean()
    window.close()

    window = window_for("spiral.annproj", "ko")
    set_training(window, epochs=150)
    train(window)
    enlarge_tabs(window)
    shot(show_tab(window, "networkView"), "spiral_network_ko.png")
    window.document.undo_stack.setClean()
    window.close()

    # -- Fashion-MNIST: the recipe's network on 10,000 training images for 3 epochs
    window = window_for("fashion_mnist_mlp.annproj")
    set_dataset(window, limit_train=10000)  # after the 5,000 validation images
    set_training(window, epochs=3)
    train(window)
    shot(window.loss_plot, "fashion_loss.png")
    enlarge_tabs(window)
    shot(show_tab(window, "networkView"), "fashion_network.png")
    shot(show_tab(window, "activationPlot"), "fashion_activations.png")
    results = window.results_panel
    dock = show_tab(window, "resultsPanel")
    results.normalize_box.setChecked(True)
    results.tabs.setCurrentIndex(0)
    wait(200)
    shot(dock, "fashion_results_confusion.png")
    results.misclassified_box.setChecked(True)
    results.tabs.setCurrentIndex(1)
    wait(300)
    shot(dock, "fashion_results_gallery.png")
    results.tabs.setCurrentIndex(2)
    wait(300)
    shot(dock, "fashion_first_layer_weights.png")

    # -- no hidden layers, weights from zeros, 5 epochs: each output unit's weights become a class template
    from annstudio.spec import ModelSpec

    window.document.set_section("model", ModelSpec.stack([28, 28], [
        ("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax", "kernel_initializer": "zeros"})]))
    set_training(window, epochs=5)
    train(window)
    results.tabs.setCurrentIndex(2)
    wait(300)
    shot(dock, "fashion_linear_weights.png")
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
