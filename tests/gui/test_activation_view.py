"""ActivationView: f and f' of every activation, the model's ones highlighted, live per-layer statistics."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from annstudio import Project
from annstudio.backends.numpy import build_model
from annstudio.backends.numpy.activations import ACTIVATIONS
from annstudio.data import Dataset
from annstudio.engine.probes import ActivationStatsProbe
from annstudio.gui.document import ProjectDocument
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.activation_view import CARD_HEIGHT, PROBLEM_COLOR, Z_GRID, ActivationView
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec


def document_with(*activations):
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": a}) for a in activations])
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.model = spec
    return ProjectDocument(project)


@pytest.fixture
def make_view(qtbot):
    def make(document):
        view = ActivationView(document)
        qtbot.addWidget(view)
        view.resize(760, 640)
        return view
    return make


def test_curves_are_the_activation_functions_and_derivatives(make_view):
    view = make_view(document_with("tanh", "sigmoid"))
    assert view.objectName() == "activationPlot"
    assert set(view.f_curves) == set(ACTIVATIONS) == set(view.df_curves)
    assert Z_GRID[0] == -6 and Z_GRID[-1] == 6 and 0.0 in Z_GRID
    for name, (f, df) in ACTIVATIONS.items():
        x, y = view.f_curves[name].getOriginalDataset()
        dx, dy = view.df_curves[name].getOriginalDataset()
        np.testing.assert_array_equal(x, Z_GRID)
        np.testing.assert_array_equal(dx, Z_GRID)
        if name == "softmax":  # of the pair (z, 0): the first component
            pairs = np.stack([Z_GRID, np.zeros_like(Z_GRID)], axis=-1)
            np.testing.assert_array_equal(y, f(pairs)[:, 0])
            np.testing.assert_array_equal(dy, df(pairs)[:, 0])
            np.testing.assert_allclose(y, ACTIVATIONS["sigmoid"][0](Z_GRID), atol=1e-12)
        else:
            np.testing.assert_array_equal(y, f(Z_GRID))
            np.testing.assert_array_equal(dy, df(Z_GRID))
    for name in ("step", "sign"):  # their derivative is 0: drawn as a flat line at 0
        assert not np.any(view.df_curves[name].getOriginalDataset()[1])
    assert view.f_curves["step"].getOriginalDataset()[1][Z_GRID == 0] == 1.0  # step(0) = 1


def test_the_models_activations_are_highlighted_and_follow_edits(make_view):
    document = document_with("tanh", "sigmoid")
    view = make_view(document)
    assert view.highlighted == {"tanh", "sigmoid"}
    assert view.shown == {"tanh", "sigmoid", "relu"}  # the model's plus the notes' three
    def width(name):
        return view.f_curves[name].opts["pen"].widthF()

    assert width("tanh") > width("relu") and width("sigmoid") > width("relu")

    def entry(name):
        return next(view.function_list.item(i) for i in range(view.function_list.count())
                    if view.function_list.item(i).data(Qt.ItemDataRole.UserRole) == name)

    assert entry("tanh").font().bold() and not entry("relu").font().bold()
    assert "in this model" in entry("tanh").text() and entry("relu").text() == "relu"
    assert "dense" in entry("tanh").toolTip()

    document.set_section("model", ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "elu"}),
                                                         ("Activation", {"activation": "softplus"})]))
    assert view.highlighted == {"elu", "softplus"}
    assert {"elu", "softplus"} <= view.shown  # newly used ones are ticked
    assert width("elu") > width("tanh") and not entry("tanh").font().bold()

    view.show_function("relu", False)
    assert "relu" not in view.shown and not view.df_curves["relu"].isVisible()
    entry("step").setCheckState(Qt.CheckState.Checked)  # the list drives the curves
    assert "step" in view.shown and view.df_curves["step"].isVisible()
    with pytest.raises(ValueError, match="unknown activation"):
        view.show_function("swish")


def hand_made():
    """relu(3) -> tanh(2) -> sigmoid(1): for inputs in [0, 1)^2 relu unit 1 is dead (unit 0, z = x0 - 0.5, is 0
    for half of the samples only), tanh unit 0 is saturated, unit 1 (z = 10 relu(x0 - 0.5) - 5) only where
    |z| > 2.993, and the sigmoid is saturated."""
    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "relu"}),
                                 ("Dense", {"units": 2, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})])
    model = build_model(spec, seed=0)
    model.set_weights({
        "dense/kernel": np.array([[1.0, -1.0, 0.0], [0.0, -1.0, 1.0]]), "dense/bias": np.array([-0.5, -1.0, 0.5]),
        "dense_1/kernel": np.array([[0.0, 10.0], [0.0, 0.0], [10.0, 0.0]]), "dense_1/bias": np.array([0.0, -5.0]),
        "dense_2/kernel": np.zeros((2, 1)), "dense_2/bias": np.array([10.0]),
    })
    x = np.random.default_rng(5).uniform(0, 1, (600, 2)).astype(np.float32)
    y = (x[:, 0] > x[:, 1]).astype(np.int64)
    return spec, model, Dataset("square", x, y, x[:10].copy(), y[:10].copy(), task="binary")


@pytest.mark.parametrize("loss", ["binary_crossentropy", "mean_squared_error"])
def test_a_saturated_sigmoid_output_is_no_problem_with_cross_entropy(make_view, loss):
    """A well-trained XOR network's sigmoid output is saturated (confident predictions): with binary
    cross-entropy the gradient of its z is p - y, so the card must not call it a problem in red, as it did.
    With squared error the sigmoid's slope does multiply the gradient, and the warning stands."""
    spec, model, dataset = hand_made()
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.model = spec
    project.training.loss = {"name": loss}
    view = make_view(ProjectDocument(project))
    view.update_from_result(view.probe(model, dataset))
    title = view.card("dense_2").plot.titleLabel.text
    if loss == "binary_crossentropy":
        assert view.card_title("dense_2") == "dense_2 · sigmoid · saturated 100% (harmless at the output)"
        assert PROBLEM_COLOR not in title
    else:
        assert view.card_title("dense_2") == "dense_2 · sigmoid · saturated 100%"
        assert PROBLEM_COLOR in title
    # a hidden layer's saturation is a problem whatever the loss
    assert PROBLEM_COLOR in view.card("dense_1").plot.titleLabel.text
    assert "the exception" in view.explanation.text()


def test_probe_statistics_of_a_hand_made_model_are_drawn(qtbot, make_view):
    spec, model, dataset = hand_made()
    document = document_with("relu")
    view = make_view(document)
    assert view.layer_names == [] and view.placeholder.isVisibleTo(view)
    result = view.probe(model, dataset)
    view.update_from_result(result)
    assert view.layer_names == ["dense", "dense_1", "dense_2"] and not view.placeholder.isVisibleTo(view)

    x = view.probe.x
    tanh_share = (256 + np.count_nonzero(np.abs(10.0 * np.maximum(x[:, 0].astype(np.float64) - 0.5, 0.0) - 5.0) > 2.9932)) / 512
    assert view.card_title("dense") == "dense · relu · dead 1 of 3 units"
    assert view.card_title("dense_1") == f"dense_1 · tanh · saturated {tanh_share:.0%}"
    assert view.card_title("dense_2") == "dense_2 · sigmoid · saturated 100%"
    stats = result["activations"]
    for name, units in (("dense", 3), ("dense_1", 2), ("dense_2", 1)):
        edges, counts = view.card(name).curve.getOriginalDataset()
        np.testing.assert_array_equal(edges, stats[name]["edges"])
        np.testing.assert_array_equal(counts, stats[name]["hist"])
        assert counts.sum() == 256 * units  # sample_size x units
    assert len(view.card("dense_1").lines) == 2 and len(view.card("dense").lines) == 1  # ±limit; z = 0

    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.columns == 3)  # 760 px: the three layers side by side
    assert view.layers_widget.height() == CARD_HEIGHT
    view.resize(380, 640)  # a narrow dock: fewer columns, the same plot items moved, taller, scrolled
    qtbot.waitUntil(lambda: view.columns < 3)
    c = view.columns
    assert view.layers_widget.height() == -(-3 // c) * CARD_HEIGHT
    assert [view.layers_widget.ci.getItem(i // c, i % c) for i in range(3)] == [view.card(n).plot for n in view.layer_names]

    cards = dict(view._cards)
    view.update_from_result({})  # a rate-limited call: nothing new, nothing changes
    view.update_from_result(view.probe.compute(model))
    assert view._cards == cards  # same layers: same plots, only new data
    view.clear_stats()
    assert view.layer_names == [] and view.last_result is None


def test_live_statistics_from_a_training_run(qtbot, make_view):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.dataset["params"]["repeat"] = 20  # 80 samples: fewer than sample_size, all are used
    project.training.epochs = 30
    document = ProjectDocument(project)
    view = make_view(document)
    runner = TrainingRunner()
    view.attach(runner)
    probe_events = []
    runner.sigEvents.connect(lambda events: probe_events.extend(e for e in events if e["event"] == "probe"))
    try:
        with qtbot.waitSignal(runner.sigFinished, timeout=30000):
            runner.start(document.snapshot())
        assert any("activations" in e["results"] for e in probe_events)
        layers = [layer for layer in project.model.layers if layer.kind == "Dense"]
        assert view.layer_names == [layer.name for layer in layers]
        # after the run ended, the view shows the final weights' statistics exactly
        final = view.probe.compute(runner.last_model)["activations"]
        for layer in layers:
            entry = view.last_result["activations"][layer.name]
            assert entry["hist"].sum() == 80 * layer.config["units"]
            np.testing.assert_array_equal(entry["hist"], final[layer.name]["hist"])
            assert entry["saturated"] == final[layer.name]["saturated"]
        runner.reset()
        assert view.layer_names == []
    finally:
        assert runner.shutdown(5000)


def test_a_custom_probe_can_be_given(make_view, qtbot):
    probe = ActivationStatsProbe(sample_size=16, bins=8, max_rate=None)
    view = ActivationView(document_with("tanh"), probe=probe)
    qtbot.addWidget(view)
    assert view.probe is probe


def test_a_hidden_view_draws_the_latest_statistics_when_shown(qtbot, make_view):
    spec, model, dataset = hand_made()
    view = make_view(document_with("relu"))
    result = view.probe(model, dataset)
    view._on_live_payload([{"event": "probe", "step": 1, "results": result}])  # hidden (another tab): not drawn
    assert view.layer_names == []
    view.show()
    qtbot.waitExposed(view)
    assert view.layer_names == ["dense", "dense_1", "dense_2"]
    for name in view.layer_names:
        np.testing.assert_array_equal(view.card(name).curve.getOriginalDataset()[1], result["activations"][name]["hist"])


def test_softmax_is_a_band_under_sigmoid_not_a_curve_hiding_it(make_view):
    """Softmax of (z, 0) equals sigmoid(z): drawn as the same line it would hide sigmoid, so it is a wide
    translucent band below the other curves."""
    view = make_view(document_with("sigmoid", "softmax"))
    assert {"sigmoid", "softmax"} <= view.shown
    np.testing.assert_allclose(view.f_curves["softmax"].getData()[1], view.f_curves["sigmoid"].getData()[1], atol=1e-6)
    soft, sig = view.f_curves["softmax"], view.f_curves["sigmoid"]
    assert soft.zValue() < sig.zValue()
    assert soft.opts["pen"].widthF() > 2 * sig.opts["pen"].widthF()
    assert soft.opts["pen"].color().alpha() < 255 and sig.opts["pen"].color().alpha() == 255
