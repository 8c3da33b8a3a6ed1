"""NetworkView: line widths and colours follow the weights, condensed layers, hover text, editing a weight
when paused (undoable, exactly), and live updates from a training run."""
import itertools
import types

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QInputDialog

from annstudio import Project
from annstudio.backends.numpy import build_model
from annstudio.engine.probes import WeightsProbe
from annstudio.gui.document import ProjectDocument
from annstudio.gui.run.worker import TrainingRunner
from annstudio.gui.views.network_layout import MAX_WIDTH, MIN_WIDTH, build_layout
from annstudio.gui.views.network_view import NEGATIVE, POSITIVE, NetworkView
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec


def stack(input_shape, *layers):
    return ModelSpec.stack(input_shape, list(layers))


def dense(units, activation="tanh"):
    return ("Dense", {"units": units, "activation": activation})


@pytest.fixture
def view(qtbot):
    v = NetworkView(ProjectDocument())
    qtbot.addWidget(v)
    v.resize(900, 620)
    v.show()
    qtbot.waitExposed(v)
    return v


def to_widget(view, point: QPointF):
    """A view-coordinate point as a position in the view's viewport (for real mouse events)."""
    return view.mapFromScene(view.view_box.mapViewToScene(point))


def hover(qtbot, view, point: QPointF) -> str:
    """Move the real mouse to ``point`` (view coordinates) and return the hover text shown. pyqtgraph drops
    mouse moves that come faster than its rate limit, so wait a little before moving."""
    qtbot.wait(40)
    view.hover_text = None
    qtbot.mouseMove(view.viewport(), to_widget(view, point))
    qtbot.waitUntil(lambda: view.hover_text is not None, timeout=3000)
    return view.hover_text


def along(view, layer, i, j, t=0.37):
    """A point on the line of w[i→j] into ``layer``, ``t`` of the way (0.37 avoids the crossings at
    simple fractions where several lines meet)."""
    edges = view.diagram.edges_into(layer)
    k = int(np.flatnonzero((edges.rows == i) & (edges.cols == j))[0])
    return QPointF(edges.x0[k] + t * (edges.x1[k] - edges.x0[k]), edges.y0[k] + t * (edges.y1[k] - edges.y0[k]))


def test_line_widths_and_colours_follow_the_weights(view):
    model = build_model(stack([2], dense(3), dense(1, "sigmoid")), seed=0)
    kernel = np.array([[0.1, -0.5, 1.0], [-2.0, 0.0, 0.25]], np.float32)
    model.set_weights({"dense/kernel": kernel, "dense_1/kernel": np.array([[0.3], [-0.3], [0.6]], np.float32)})
    view.update_from_result(WeightsProbe().compute(model))

    widths = view.line_widths("dense")
    assert widths.shape == kernel.shape
    magnitude = np.abs(kernel).ravel()
    # larger |w| -> wider (and equal |w| -> equal width)
    for a in range(magnitude.size):
        for b in range(magnitude.size):
            if magnitude[a] > magnitude[b]:
                assert widths.ravel()[a] > widths.ravel()[b], (a, b)
    assert widths[1, 0] == MAX_WIDTH          # the layer's largest |w|
    assert widths[1, 1] == MIN_WIDTH          # w = 0
    expected = np.clip(np.round((MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * np.abs(kernel) / 2.0) / 0.25) * 0.25,
                       MIN_WIDTH, MAX_WIDTH)
    np.testing.assert_array_equal(widths, expected)
    colours = view.line_colors("dense")
    np.testing.assert_array_equal(colours == NEGATIVE, kernel < 0)
    np.testing.assert_array_equal(colours == POSITIVE, kernel >= 0)
    assert POSITIVE.lower() == "#0877bd" and NEGATIVE.lower() == "#f59322"  # UI.md: blue +, orange -
    # the other layer is scaled to its own largest |w|: equal |w| -> equal width, different sign
    w2, c2 = view.line_widths(("dense", "dense_1")), view.line_colors("dense_1")
    assert w2[0, 0] == w2[1, 0] < w2[2, 0] == MAX_WIDTH
    assert list(c2[:, 0]) == [POSITIVE, NEGATIVE, POSITIVE]

    # a new result restyles the same items
    items = list(view._edge_items)
    kernel2 = -kernel
    model.set_weights({"dense/kernel": kernel2})
    view.update_from_result(WeightsProbe().compute(model))
    assert view._edge_items == items
    np.testing.assert_array_equal(view.line_colors("dense") == NEGATIVE, kernel2 < 0)


def test_a_300_unit_layer_is_drawn_condensed(view):
    spec = stack([28, 28], ("Flatten", {}), dense(300, "relu"), ("Dropout", {"rate": 0.2}), dense(10, "softmax"))
    model = build_model(spec, seed=0)
    kernel = model.get_weights()["dense/kernel"]
    kernel[:, 123] *= 50  # unit 123 is by far the most strongly wired: it must be among the shown ones
    model.set_weights({"dense/kernel": kernel})
    view.update_from_result(WeightsProbe().compute(model))

    column = view.diagram.column("dense")
    assert column.units == 300 and len(column.shown) <= 16 and 123 in view.shown_units("dense")
    assert view.diagram.column("input").units == 784 and len(view.diagram.column("input").shown) <= 16
    assert view.diagram.column("dropout") is column and "Dropout 0.2" in column.notes
    assert view.node_count() == len(view.diagram.column("input").shown) + len(column.shown) + 10
    assert len(column.shown) + 1 <= 17  # shown nodes plus the marker
    assert sorted(view.marker_texts()) == ["⋯ 284 more", "⋯ 768 more"]
    # lines only among shown units
    edges = view.diagram.edges_into("dense")
    assert len(edges) == 16 * 16 and set(edges.cols) <= set(column.shown)
    assert view.line_widths("dense").shape == (16, 16)
    assert view.line_widths("dense_1").shape == (16, 10)
    # widths are scaled to the whole kernel's largest |w|, and the marker explains itself on hover
    assert "16 of 300" in view.describe({"kind": "marker", "layer": "dense", "column": column})


def test_concatenate_is_drawn_as_joining():
    spec = ModelSpec.stack([3], [dense(4), dense(2)])
    spec.layers.append(type(spec.layers[0])("Concatenate", "concatenate", {}, ["input", "dense_1"]))
    spec.layers.append(type(spec.layers[0])("Dense", "dense_2", {"units": 1}))
    layout = build_layout(spec)
    concat = layout.column("concatenate")
    assert concat.units == 5 and concat.depth == 3
    joins = [e for e in layout.edges if e.name == "concatenate"]
    assert [e.key for e in joins] == [None, None] and sum(len(e) for e in joins) == 5
    assert len(layout.edges_into("dense_2")) == 5


def test_unusual_models_draw_without_errors(view):
    # BatchNormalization and an Activation layer as notes, a model without hidden layers; then specs
    # that do not validate (Dense on a 28x28 input, an unused layer), as a half-edited document has
    for spec in (stack([3], dense(5, "relu"), ("BatchNormalization", {}), ("Activation", {"activation": "tanh"}),
                       dense(2, "softmax")),
                 stack([2], dense(1, "sigmoid"))):
        model = build_model(spec, seed=0)
        view.update_from_result(WeightsProbe().compute(model))
        assert view.node_count() > 0
        first = spec.layers[1].name
        assert view.line_widths(first).shape[1] == len(view.shown_units(first))
    bn = build_layout(stack([3], dense(5, "relu"), ("BatchNormalization", {}), ("Activation", {"activation": "tanh"})))
    assert bn.column("dense").notes == ["relu", "BatchNorm", "Activation tanh"]
    assert bn.column("dense").activation == "tanh"
    broken = stack([2], dense(3))
    broken.layers.insert(1, type(broken.layers[0])("Dense", "orphan", {"units": 2}, ["input"]))
    for spec in (stack([28, 28], dense(4), ("Flatten", {}), dense(1, "sigmoid")), broken):
        view.update_from_result({"weights": {}, "weights_spec": spec.to_dict()})  # no exception
        assert view.diagram is not None and view.diagram.columns[0].name == "input"


def test_hover_names_the_weight_under_the_pointer(qtbot, view):
    model = build_model(stack([2], dense(4), dense(6), dense(1, "sigmoid")), seed=1)
    kernel = model.get_weights()["dense_1/kernel"]
    kernel[3, 5] = -0.42
    bias = model.get_weights()["dense_1/bias"]
    bias[2] = 0.125
    model.set_weights({"dense_1/kernel": kernel, "dense_1/bias": bias})
    view.update_from_result(WeightsProbe().compute(model))

    assert hover(qtbot, view, along(view, "dense_1", 3, 5)) == "dense_1 · w[3→5] = −0.42"
    assert hover(qtbot, view, view.node_position("dense_1", 2)) == "dense_1 · b[2] = 0.125"
    above = view.diagram.column("dense")
    assert hover(qtbot, view, QPointF(above.x, float(above.ys[0]) - 1.2)) == ""  # empty space
    # every line names itself
    for i, j in [(0, 0), (1, 4), (3, 2)]:
        assert view.hover_text_at(along(view, "dense_1", i, j)).startswith(f"dense_1 · w[{i}→{j}] = ")


def xor_project():
    return Project.load(resource_path("examples", "xor_mlp.annproj"))


@pytest.fixture
def runner(qtbot):
    r = TrainingRunner()
    yield r
    assert r.shutdown(5000)


def test_clicking_a_line_when_paused_edits_the_weight_and_undo_restores_it_exactly(qtbot, runner, monkeypatch):
    document = ProjectDocument(xor_project())
    view = NetworkView(document, runner)
    qtbot.addWidget(view)
    view.resize(900, 620)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(runner.sigStateChanged, timeout=10000, check_params_cb=lambda s: s == "paused"):
        runner.start(document.snapshot(), paused=True)
    model = runner.last_model
    before = model.get_weights()["dense/kernel"][1, 5]
    assert view.line_widths("dense").shape == (2, 8)  # drawn from the paused model

    asked = []

    def fake_get_double(parent, title, label, value, *args):
        asked.append((label, value))
        return 0.75, True

    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(fake_get_double))
    edited = []
    view.sigWeightsEdited.connect(edited.append)
    assert hover(qtbot, view, along(view, "dense", 1, 5)).startswith("dense · w[1→5] = ")   # pointed at first
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=to_widget(view, along(view, "dense", 1, 5)))
    qtbot.waitUntil(lambda: bool(asked))
    # the label under the pointer says the new value at once (it kept the old one until the mouse moved)
    assert view._hover_label.isVisible() and "= 0.75" in view._hover_label.textItem.toPlainText()
    assert "dense · w[1→5]" in asked[0][0] and asked[0][1] == pytest.approx(float(before))
    assert model.get_weights()["dense/kernel"][1, 5] == np.float32(0.75)
    assert edited == ["dense/kernel"]
    assert view.hover_text_at(along(view, "dense", 1, 5)) == "dense · w[1→5] = 0.75"
    assert document.undo_stack.count() == 1 and "dense · w[1→5]" in document.undo_stack.undoText()

    document.undo_stack.undo()
    restored = model.get_weights()["dense/kernel"][1, 5]
    assert restored.tobytes() == before.tobytes()  # the very same bits
    assert view.hover_text_at(along(view, "dense", 1, 5)) != "dense · w[1→5] = 0.75"
    document.undo_stack.redo()
    assert model.get_weights()["dense/kernel"][1, 5] == np.float32(0.75)

    # a node edits its bias
    bias_before = model.get_weights()["dense/bias"][3]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=to_widget(view, view.node_position("dense", 3)))
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert "dense · b[3]" in asked[1][0]
    assert model.get_weights()["dense/bias"][3] == np.float32(0.75)
    document.undo_stack.undo()
    assert model.get_weights()["dense/bias"][3].tobytes() == bias_before.tobytes()

    # training again: undo cannot reach the model then, and says so
    messages = []
    view.sigMessage.connect(messages.append)
    runner.resume()
    assert runner.state == "running"
    document.undo_stack.undo()
    assert messages and "not changed" in messages[-1]
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.stop()


def test_clicking_while_training_runs_asks_nothing(qtbot, view, monkeypatch):
    model = build_model(stack([2], dense(3), dense(1, "sigmoid")), seed=0)
    view.update_from_result(WeightsProbe().compute(model))
    view.runner = types.SimpleNamespace(state="running", last_model=None)
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a: pytest.fail("no dialog while training")))
    messages = []
    view.sigMessage.connect(messages.append)
    assert view.click_at(along(view, "dense", 0, 1)) is False
    assert messages == ["Pause training to change a weight."]
    with pytest.raises(RuntimeError):
        view.set_weight("dense/kernel", (0, 1), 1.0)


def test_the_diagram_follows_a_training_run(qtbot, runner):
    document = ProjectDocument(xor_project())
    view = NetworkView(document, runner)
    qtbot.addWidget(view)
    assert set(map(type, view.probes)) >= {WeightsProbe}
    idle_widths = view.line_widths("dense")
    assert np.all(idle_widths == MIN_WIDTH) and np.all(view.line_colors("dense") == "#9e9e9e")
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(document.snapshot())
    assert view.updates >= 1
    kernel = runner.last_model.get_weights()["dense/kernel"]
    np.testing.assert_array_equal(view.line_colors("dense") == NEGATIVE, kernel < 0)
    assert view.line_widths("dense")[np.unravel_index(np.argmax(np.abs(kernel)), kernel.shape)] == MAX_WIDTH
    # two-input data: every neuron has its thumbnail (one image per column)
    thumbs = view.thumbnail_rgba("dense")
    assert thumbs is not None and thumbs.shape[1] == 24 and thumbs.shape[2] == 4
    runner.reset()
    assert view.line_widths("dense").max() == MIN_WIDTH and view.thumbnail_rgba("dense") is None


@pytest.mark.parametrize("example, size", [("spiral.annproj", (620, 340)), ("fashion_mnist_mlp.annproj", (900, 700)),
                                           ("spiral.annproj", (300, 700))])
def test_column_titles_are_inside_the_view(qtbot, example, size):
    from annstudio.gui.document import ProjectDocument
    from annstudio.project import Project
    from annstudio.resources import resource_path

    view = NetworkView(ProjectDocument(Project.load(resource_path("examples", example))))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    box = view.view_box.sceneBoundingRect()
    chooser = QRectF(view.mapToScene(view.edge_mode_box.geometry()).boundingRect())
    for label in view._labels:
        rect = label.sceneBoundingRect()
        assert box.contains(rect), (label.textItem.toPlainText(), rect, box)
        assert not rect.intersects(chooser), (label.textItem.toPlainText(), rect, chooser)  # "Lines:" hides none


def test_a_hidden_diagram_draws_the_latest_weights_when_shown(qtbot):
    from annstudio.backends.numpy import build_model
    from annstudio.spec import ModelSpec

    spec = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "tanh"}), ("Dense", {"units": 1, "activation": "sigmoid"})])
    view = NetworkView()
    qtbot.addWidget(view)
    result = view.weights_probe(build_model(spec, seed=0), None, force=True)
    view._on_live_payload([{"event": "probe", "step": 1, "results": result}])  # hidden (another tab): not drawn
    assert view.updates == 0
    view.show()
    qtbot.waitExposed(view)
    assert view.updates == 1
    kernel = result["weights"]["dense/kernel"]
    assert view.line_widths(("input", "dense")).shape == kernel.shape


def test_the_wide_path_of_wide_and_deep_is_drawn_around_the_deep_layers(qtbot):
    """Issue 10 item 11: input -> Concatenate is an edge item of the diagram, and its lines pass no node
    and cross no column they skip (drawn straight they ran through the deep layers' nodes)."""
    from annstudio.gui.views.network_layout import NODE_RADIUS
    from annstudio.gui.views.network_view import EdgeItem

    view = NetworkView(ProjectDocument(Project.load(resource_path("examples", "wide_and_deep.annproj"))))
    qtbot.addWidget(view)
    view.resize(900, 620)
    view.show()
    qtbot.waitExposed(view)
    items = [item for item in view.view_box.addedItems if isinstance(item, EdgeItem)]
    pairs = {(item.edges.source_name, item.edges.name) for item in items}
    assert ("input", "concatenate") in pairs and ("dense_1", "concatenate") in pairs
    wide = next(item for item in items if (item.edges.source_name, item.edges.name) == ("input", "concatenate"))
    edges = wide.edges
    assert len(edges) > 0 and wide.isVisible()
    diagram = view.diagram
    src, dst = diagram.columns[edges.src], diagram.columns[edges.dst]
    skipped = [c for c in diagram.columns if src.x < c.x < dst.x]
    assert [c.name for c in skipped] == ["dense", "dense_1"]
    nodes = np.array([(c.x, float(y)) for c in diagram.columns for y in c.ys])
    for k in range(len(edges)):
        points = edges.polyline(k) if hasattr(edges, "polyline") else \
            np.array([[edges.x0[k], edges.y0[k]], [edges.x1[k], edges.y1[k]]])  # (straight, before the fix)
        # sample the drawn polyline finely
        t = np.linspace(0, 1, 20)[:, None]
        dense_points = np.vstack([a + t * (b - a) for a, b in zip(points[:-1], points[1:], strict=True)])
        ends = np.array([[src.x, src.ys[int(np.flatnonzero(src.shown == edges.rows[k])[0])]],
                         [dst.x, dst.ys[int(np.flatnonzero(dst.shown == edges.cols[k])[0])]]])
        others = nodes[~((np.abs(nodes[:, None, :] - ends[None]).sum(axis=2) < 1e-9).any(axis=1))]
        distance = np.hypot(dense_points[:, None, 0] - others[None, :, 0], dense_points[:, None, 1] - others[None, :, 1])
        assert distance.min() > NODE_RADIUS, f"line {k} runs through a node"
        for column in skipped:
            at = dense_points[np.argmin(np.abs(dense_points[:, 0] - column.x)), 1]
            assert not column.ys.min() - NODE_RADIUS <= at <= column.ys.max() + NODE_RADIUS, (k, column.name)
    # the lane is inside the fitted view, and hovering it names the join
    (x0, x1), (y0, y1) = view.view_box.viewRange()
    middle = view.line_position(("input", "concatenate"), int(edges.rows[0]), int(edges.cols[0]))
    assert x0 < middle.x() < x1 and y0 < middle.y() < y1
    assert "concatenate joins input" in view.describe(view.hit_at(middle))


@pytest.mark.parametrize("width", [540, 380])
def test_column_titles_never_overlap_their_neighbours(qtbot, width):
    """Long titles ("16 units · relu · BatchNorm · Dropout 0.2") in a narrow panel are shortened to the room
    between two columns, the whole text in their tooltip: the titles of neighbouring columns ran into each
    other."""
    spec = stack([10], dense(16, "relu"), ("BatchNormalization", {}), ("Dropout", {"rate": 0.2}), dense(8),
                 dense(12, "relu"), dense(1, "linear"))
    view = NetworkView(ProjectDocument(Project(spec, {"name": "xor", "params": {}})))
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    rects = sorted((label.sceneBoundingRect() for label in view._labels), key=lambda r: r.center().x())
    assert len(rects) == 5
    long = next(label for label in view._labels if "BatchNorm" in label.toolTip())
    assert "Dropout 0.2" in long.toolTip() and "…" in long.textItem.toPlainText()
    assert "Dropout 0.2" not in long.textItem.toPlainText()
    for left, right in itertools.pairwise(rects):
        assert left.right() <= right.left(), (left, right)
    box = view.view_box.sceneBoundingRect()
    assert all(box.contains(r) for r in rects)


def test_condensed_columns_markers_do_not_run_into_each_other_in_a_short_dock(qtbot, view):
    """The notes' recipe in a dock about 150 pixels tall (1366 x 768): "⋯ 768 more", "284 more" and "84 more"
    ran into one another; a narrow gap gets the short form, the tooltip the long one."""
    spec = stack([28, 28], ("Flatten", {}), dense(300, "relu"), dense(100, "relu"), dense(10, "softmax"))
    view.resize(520, 230)
    view.update_from_result(WeightsProbe().compute(build_model(spec, seed=0)))
    qtbot.wait(100)
    boxes = [item.sceneBoundingRect() for _, item in view._markers]
    assert len(boxes) == 3
    assert not any(a.intersects(b) for a, b in itertools.combinations(boxes, 2)), view.marker_texts()
    assert sorted(item.toolTip() for _, item in view._markers) == ["⋯ 284 more", "⋯ 768 more", "⋯ 84 more"]


@pytest.mark.parametrize("example, columns", [("xor_mlp.annproj", 3), ("wide_and_deep.annproj", 5)])
def test_a_short_wide_dock_spreads_the_columns_and_shows_readable_titles(qtbot, example, columns):
    """A 1024 x 700 screen gives the diagram a dock about 480 x 190 pixels: with the aspect ratio locked the
    trained XOR network was a blob 80 pixels wide, its titles cut to "in··· d··· d···" (Wide & Deep:
    "in··d··d··c··d··"). The columns now spread over the width: XOR's titles are whole, Wide & Deep's five
    names keep at least seven characters; nothing is outside the view or over the "Lines:" chooser."""
    document = ProjectDocument(Project.load(resource_path("examples", example)))
    view = NetworkView(document)
    qtbot.addWidget(view)
    view.resize(480, 190)
    view.show()
    qtbot.waitExposed(view)
    view.update_from_result(WeightsProbe().compute(build_model(document.spec, seed=0)), choose_units=True)
    qtbot.wait(50)
    assert len(view._labels) == columns
    for label in view._labels:
        name = label.textItem.toPlainText().split("\n")[0]
        if columns == 3:
            assert label.textItem.toPlainText() == label.toolTip(), label.toolTip()
        assert name == label.name or len(name.rstrip("…")) >= 7, (name, label.name)
    box = view.view_box.sceneBoundingRect()
    chooser = QRectF(view.mapToScene(view.edge_mode_box.geometry()).boundingRect())
    rects = sorted((label.sceneBoundingRect() for label in view._labels), key=lambda r: r.center().x())
    for left, right in itertools.pairwise(rects):
        assert left.right() <= right.left(), (left, right)
    for rect in rects:
        assert box.contains(rect) and not rect.intersects(chooser), (rect, box, chooser)
    xs = [view.view_box.mapViewToScene(QPointF(c.x, 0.0)).x() for c in view.diagram.columns]
    assert max(xs) - min(xs) > 0.5 * box.width(), (xs, box)
    # the lines still lead where they are named: hovering the middle of one names its weight
    edges = view.diagram.edges[0]
    middle = view.line_position((edges.source_name, edges.name), int(edges.rows[0]), int(edges.cols[0]))
    assert edges.name in view.describe(view.hit_at(middle))
