"""Issue 13: the gradient view follows training (one point per epoch, one line per layer, log scale) and
tells the vanishing-gradient story; the network diagram can draw its lines by |∂E/∂w|."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from annstudio.backends.numpy import build_model
from annstudio.data import load_dataset
from annstudio.engine.probes import WeightsProbe
from annstudio.engine.probes.gradients import GradientSizeProbe
from annstudio.gui.document import ProjectDocument
from annstudio.gui.editor import commands
from annstudio.gui.views.network_layout import MAX_WIDTH
from annstudio.gui.views.network_view import GRADIENT, NEGATIVE, POSITIVE, NetworkView
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec

from .conftest import show_main_window


def deep(activation):
    return ModelSpec.stack([2], [("Dense", {"units": 8, "activation": activation})] * 5
                           + [("Dense", {"units": 1, "activation": "sigmoid"})], name="deep")


def train_in_window(qtbot, activation, epochs):
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    document = window.document
    commands.push(document, "model", deep(activation), "deep stack")
    training = document.section("training")
    training.epochs = epochs
    training.optimizer = {"class_name": "SGD", "config": {"learning_rate": 0.1}}
    commands.push(document, "training", training, "settings")
    window.findChild(QAction, "action_gradient_view").trigger()
    view = window.findChild(QWidget, "gradientView")
    assert view.isVisible()
    qtbot.waitUntil(lambda: len(view.lines) == 6 and len(view.series("dense")[0]) >= 1, timeout=20000)
    assert list(view.series("dense")[0]) == [0.0]  # the seeded model: epoch 0
    # alone on the axis, that point is shown at the left of epochs 0 to 1, not in a range of negative epochs
    # under an "(x0.001)" (as it was)
    qtbot.wait(300)
    low, high = view.plot.getPlotItem().getViewBox().viewRange()[0]
    assert -0.05 < low <= 0 and 1 <= high < 1.1, (low, high)
    assert view.plot.getPlotItem().getAxis("bottom").autoSIPrefixScale == 1.0
    window.runner.set_pace(3.0)  # one payload per epoch, slower than the probe's 4 a second
    seen = []  # points drawn, as each payload arrives: the plot grows while training runs
    window.runner.sigEvents.connect(lambda _events: seen.append(len(view.lines["dense"].getData()[0])))
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    assert seen == sorted(seen) and len(set(seen)) >= 4, seen
    return window, view


@pytest.mark.parametrize("activation", ["sigmoid", "relu"])
def test_gradient_view_follows_training(qtbot, isolated_gui, activation):
    window, view = train_in_window(qtbot, activation, epochs=6)
    names = [f"dense_{k}" if k else "dense" for k in range(6)]
    assert list(view.lines) == names
    x, y = view.series("dense")
    # epoch 0 (the seeded model), then about one point an epoch (the run shows 3 epochs a second, the
    # probe looks up to 4 times a second), the last at the end of the run
    assert x[0] == 0 and x[-1] == 6 and np.all(np.diff(x) > 0) and len(x) >= 6
    # once epochs end, the axis follows the points again
    qtbot.waitUntil(lambda: view.plot.getPlotItem().getViewBox().viewRange()[0][1] >= 6, timeout=5000)
    for name in names:
        lx, ly = view.lines[name].getData()
        np.testing.assert_array_equal(lx, x)
        np.testing.assert_allclose(ly, np.log10(view.series(name)[1]))  # log scale
    assert view.plot.getPlotItem().ctrl.logYCheck.isChecked()
    # the last point is the trained model's gradient on the probe's sample
    run = window.runner.idle_run()
    expected = view.probe.compute(run.model, run.dataset)["gradients"]["sizes"]
    np.testing.assert_allclose([view.series(n)[1][-1] for n in names], expected, rtol=1e-5)
    ratio = expected[0] / expected[-1]
    text = view.findChild(QLabel, "gradientRatio").text()
    assert text == f"Epoch 6: the first layer's gradient is {ratio:.3g}× of the last layer's."
    if activation == "sigmoid":
        assert ratio < 0.2
    else:
        assert ratio > 0.05
    assert "Vanishing gradients" in view.findChild(QLabel, "gradientNote").text()
    # a reset forgets the run's points
    window.runner.reset()
    qtbot.waitUntil(lambda: len(view.series("dense")[0]) <= 1, timeout=10000)


def test_gradient_view_opened_after_training_shows_the_trained_model(qtbot, isolated_gui):
    """The learner trains first, then opens Learn > Gradient sizes: the view measures the trained model at
    the epoch the run ended, instead of asking them to train a model they just trained."""
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "xor_mlp.annproj"), ask=False)
    training = window.document.section("training")
    training.epochs = 7
    commands.push(window.document, "training", training, "settings")
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    window.findChild(QAction, "action_gradient_view").trigger()
    view = window.findChild(QWidget, "gradientView")
    qtbot.waitUntil(lambda: len(view.lines) == 2 and len(view.series("dense")[0]) >= 1, timeout=20000)
    assert list(view.series("dense")[0]) == [7.0]
    run = window.runner.idle_run()
    expected = view.probe.compute(run.model, run.dataset)["gradients"]["sizes"]
    text = view.findChild(QLabel, "gradientRatio").text()
    assert text == f"Epoch 7: the first layer's gradient is {expected[0] / expected[-1]:.3g}× of the last layer's."


def test_network_lines_by_gradient_size(qtbot):
    view = NetworkView(ProjectDocument())
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    model = build_model(ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "tanh"}),
                                              ("Dense", {"units": 1, "activation": "sigmoid"})]), seed=0)
    model.compile("binary_crossentropy", "SGD")
    view.update_from_result(WeightsProbe().compute(model))
    kernel = model.get_weights()["dense/kernel"]
    weight_colours = view.line_colors("dense")
    np.testing.assert_array_equal(weight_colours == NEGATIVE, kernel < 0)
    weight_widths = view.line_widths("dense").copy()

    box = view.findChild(QComboBox, "networkEdgeMode")
    assert box.currentIndex() == 0 and not view.gradient_probe.active
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert view.edge_mode == "gradients" and view.gradient_probe.active
    # until a gradient arrives the lines are grey, and the caption explains the new legend
    assert set(view.line_colors("dense").ravel()) == {"#9e9e9e"}
    probe = GradientSizeProbe(max_rate=None, budget=None, key="edge_gradients", kernels=True)
    view.update_from_result(probe.compute(model, load_dataset("xor")))
    kernels = probe.compute(model, load_dataset("xor"))["edge_gradients"]["kernels"]
    grads = np.abs(kernels["dense/kernel"])
    assert set(view.line_colors("dense").ravel()) == {GRADIENT}
    widths = view.line_widths("dense")
    big = np.unravel_index(np.argmax(grads), grads.shape)
    small = np.unravel_index(np.argmin(grads), grads.shape)
    assert widths[big] > widths[small]
    assert not np.array_equal(widths, weight_widths)
    # one scale for the whole model: the largest |∂E/∂w| anywhere is the widest line
    top = max(np.abs(kernels["dense/kernel"]).max(), np.abs(kernels["dense_1/kernel"]).max())
    layer = "dense" if np.abs(kernels["dense/kernel"]).max() == top else "dense_1"
    other = "dense_1" if layer == "dense" else "dense"
    assert view.line_widths(layer).max() == MAX_WIDTH
    if np.abs(kernels[f"{other}/kernel"]).max() < 0.5 * top:
        assert view.line_widths(other).max() < MAX_WIDTH
    assert "∂E/∂w" in view._caption_text

    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert view.edge_mode == "weights" and not view.gradient_probe.active
    np.testing.assert_array_equal(view.line_colors("dense"), weight_colours)
    np.testing.assert_array_equal(view.line_widths("dense"), weight_widths)
    assert POSITIVE in view._caption_text


def test_at_the_fastest_pace_the_view_still_measures_epoch_after_epoch(qtbot):
    """Spiral at "Fastest": two points (epoch 0 and the last) joined by a straight line, where the gradient
    really fell within a few epochs and then stayed flat. Epoch ends are measured too (within 10 % of the
    training time)."""
    window = show_main_window(qtbot)
    assert window.open_path(resource_path("examples", "spiral.annproj"), ask=False)
    training = window.document.section("training")
    training.epochs = 40
    commands.push(window.document, "training", training, "settings")
    window.findChild(QAction, "action_gradient_view").trigger()
    view = window.findChild(QWidget, "gradientView")
    window.runner.set_pace(None)   # Fastest
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    qtbot.waitUntil(lambda: len(view.series("dense")[0]) > 0)
    epochs = list(view.series("dense")[0])
    whole = [e for e in epochs if float(e).is_integer() and 0 < e <= 40]
    assert len(whole) >= 10 and min(whole) <= 2, epochs   # every epoch end or every few, not a few looks a second
    assert epochs == sorted(epochs)
