"""TrainingRunner / TrainingWorker: training in a thread, coalesced events, controls, errors, shutdown."""
import ctypes
import sys
import threading
import time

import numpy as np
import PySide6
import pytest
from PySide6.QtCore import QObject, Signal

from annstudio import Project
from annstudio.engine.session import create_run
from annstudio.gui.run.worker import TrainingRunner
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)


def xor_project(**training):
    """The XOR example; ``repeat`` makes the 4-row table longer, other keys set training fields."""
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    repeat = training.pop("repeat", None)
    if repeat:
        project.dataset["params"]["repeat"] = repeat
    for key, value in training.items():
        setattr(project.training, key, value)
    return project


def long_project():
    """Thousands of one-sample batches: minutes of training unless stopped."""
    return xor_project(repeat=1000, batch_size=1, epochs=1000)


@pytest.fixture
def runner(qtbot):
    runner = TrainingRunner()
    yield runner
    assert runner.shutdown(5000)


def record(signal):
    seen = []
    signal.connect(seen.append)
    return seen


def batch_steps(payloads):
    return [s for payload in payloads for e in payload if e["event"] == "batch_end" for s in e["steps"]]


def events_of(payloads, kind):
    return [e for payload in payloads for e in payload if e["event"] == kind]


def wait_state(qtbot, runner, state, timeout=10000):
    return qtbot.waitSignal(runner.sigStateChanged, timeout=timeout, check_params_cb=lambda s: s == state)


def wait_first_batch(qtbot, payloads):
    qtbot.waitUntil(lambda: bool(batch_steps(payloads)), timeout=10000)


def test_xor_trains_to_completion(qtbot, runner):
    states = record(runner.sigStateChanged)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000) as blocker:
        runner.start(xor_project())
    terminal = blocker.args[0]
    assert terminal["event"] == "finished" and terminal["reason"] == "completed"
    assert states == ["running", "finished"]
    assert runner.state == "finished" and not runner.is_active
    assert len(runner.history["loss"]) == 300
    assert runner.history["accuracy"][-1] == 1.0
    predictions = runner.last_model.predict(XOR_X).reshape(-1)
    assert list((predictions > 0.5).astype(int)) == [0, 1, 1, 0]


def test_stop_takes_effect_within_a_second_and_the_thread_ends(qtbot, runner):
    payloads = record(runner.sigEvents)
    runner.start(long_project())
    wait_first_batch(qtbot, payloads)
    thread = runner.worker_thread
    with qtbot.waitSignal(runner.sigFinished, timeout=5000) as blocker:
        started = time.monotonic()
        runner.stop()
    elapsed = time.monotonic() - started
    assert elapsed < 1.0
    assert blocker.args[0]["event"] == "stopped" and blocker.args[0]["reason"] == "user"
    assert runner.state == "stopped"
    assert thread.isFinished() and not thread.isRunning()
    assert runner.last_model is not None  # a stopped run keeps its model


def test_pause_then_step_runs_exactly_one_batch(qtbot, runner):
    payloads = record(runner.sigEvents)
    messages = record(runner.sigMessage)
    runner.start(long_project())
    wait_first_batch(qtbot, payloads)
    with wait_state(qtbot, runner, "paused"):
        runner.pause()
    assert runner.last_model is not None  # readable while paused
    last = max(batch_steps(payloads))
    paused = events_of(payloads, "paused")[-1]
    assert paused["step"] == last
    assert messages[-1].startswith(f"Paused before epoch {paused['epoch'] + 1}, batch {paused['batch'] + 1}")
    payloads.clear()
    for expected in (last + 1, last + 2):
        with wait_state(qtbot, runner, "paused"):
            runner.step()
        assert batch_steps(payloads) == [expected]
        assert events_of(payloads, "paused")[-1]["step"] == expected
        payloads.clear()
    with qtbot.waitSignal(runner.sigFinished, timeout=5000):
        runner.stop()  # from paused
    assert runner.state == "stopped"


def test_start_paused_then_step_runs_one_batch_from_idle(qtbot, runner):
    payloads = record(runner.sigEvents)
    with wait_state(qtbot, runner, "paused"):
        runner.start(long_project(), paused=True)
        runner.step()
    assert batch_steps(payloads) == [1]
    assert events_of(payloads, "train_begin")[0]["initial_epoch"] == 0


def test_resume_after_pause_keeps_training(qtbot, runner):
    payloads = record(runner.sigEvents)
    runner.start(xor_project(repeat=50, epochs=40))
    with wait_state(qtbot, runner, "paused"):
        runner.pause()
    paused_at = max(batch_steps(payloads), default=0)  # the pause may even come before the first batch
    with qtbot.waitSignal(runner.sigFinished, timeout=20000) as blocker:
        runner.resume()
    assert blocker.args[0]["event"] == "finished"
    steps = batch_steps(payloads)
    assert steps == list(range(1, steps[-1] + 1)) and steps[-1] > paused_at  # no batch lost or repeated
    assert len(runner.history["loss"]) == 40


def test_events_are_coalesced_and_no_epoch_is_lost(qtbot, runner):
    payloads = record(runner.sigEvents)
    project = xor_project(repeat=250, batch_size=4, epochs=20)  # 250 batches per epoch, 5000 in all
    started = time.monotonic()
    with qtbot.waitSignal(runner.sigFinished, timeout=30000):
        runner.start(project)
    elapsed = time.monotonic() - started
    batches = 250 * 20
    assert len(payloads) < batches / 20
    assert len(payloads) <= 30 * elapsed + 3  # at most ~30 per second, plus the final flush
    assert [e["epoch"] for e in events_of(payloads, "epoch_end")] == list(range(20))
    # every batch's loss arrives, thinned into the per-payload lists, in order
    assert batch_steps(payloads) == list(range(1, batches + 1))
    losses = [v for p in payloads for e in p if e["event"] == "batch_end" for v in e["losses"]]
    assert len(losses) == batches and all(np.isfinite(losses))
    # at most one (the latest) batch_end per payload, in its place among the epoch_end events
    assert all(sum(e["event"] == "batch_end" for e in p) <= 1 for p in payloads)
    for payload in payloads:
        for i, event in enumerate(payload):
            if event["event"] == "batch_end":
                assert event["step"] == event["steps"][-1] and event["loss"] == event["losses"][-1]
                assert all(e["epoch"] < event["epoch"] for e in payload[:i] if e["event"] == "epoch_end")
                assert all(e["epoch"] >= event["epoch"] for e in payload[i + 1:] if e["event"] == "epoch_end")
    assert payloads[-1][-1]["event"] == "finished"


def test_a_fast_run_keeps_every_epoch(qtbot, runner):
    payloads = record(runner.sigEvents)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project())  # 300 one-batch epochs in a few tens of milliseconds
    ends = events_of(payloads, "epoch_end")
    assert [e["epoch"] for e in ends] == list(range(300))
    assert [e["logs"]["loss"] for e in ends] == runner.history["loss"]
    assert len(payloads) < 30


def test_play_after_finished_continues_and_reset_starts_fresh(qtbot, runner):
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project(epochs=20))
    first = runner.history["loss"]
    payloads = record(runner.sigEvents)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project(epochs=20))
    begin = events_of(payloads, "train_begin")[0]
    assert (begin["initial_epoch"], begin["epochs"]) == (20, 40)
    assert runner.history["loss"][:20] == first and len(runner.history["loss"]) == 40
    assert runner.history["loss"][20] < first[0]  # trained weights carried over

    with qtbot.waitSignal(runner.sigStateChanged, check_params_cb=lambda s: s == "idle"):
        runner.reset()
    assert runner.last_model is None and runner.history == {}
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project(epochs=20))
    assert runner.history["loss"] == first  # same seed, fresh initial weights: the same run again


def test_changed_model_starts_from_new_weights(qtbot, runner):
    messages = record(runner.sigMessage)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project(epochs=5))
    project = xor_project(epochs=5)
    project.model = ModelSpec.stack([2], [("Dense", {"units": 3, "activation": "tanh"}),
                                          ("Dense", {"units": 1, "activation": "sigmoid"})])
    payloads = record(runner.sigEvents)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(project)
    assert events_of(payloads, "train_begin")[0]["initial_epoch"] == 0
    assert any("new weights" in m for m in messages)


@pytest.mark.parametrize("breakage, reason", [
    ("missing_csv", "no such file"),
    ("wrong_input_shape", "Input layer has shape (3,)"),
])
def test_build_errors_become_a_message_and_the_error_state(qtbot, runner, breakage, reason):
    project = xor_project()
    if breakage == "missing_csv":
        project.dataset = {"name": "csv", "params": {"path": "/nonexistent/data.csv"}}
    else:
        project.model = ModelSpec.stack([3], [("Dense", {"units": 1, "activation": "sigmoid"})])
    messages = record(runner.sigMessage)
    with qtbot.waitSignal(runner.sigFinished, timeout=10000) as blocker:
        runner.start(project)
    terminal = blocker.args[0]
    assert terminal["event"] == "error" and terminal["stage"] == "build"
    assert runner.state == "error" and not runner.is_active
    assert runner.last_model is None
    assert len(messages) == 1 and reason in messages[0] and messages[0].startswith("Cannot start training")


def test_a_training_error_becomes_a_message(qtbot, runner):
    # EarlyStopping watches val_loss, but there is no validation data: the trainer reports an error
    project = xor_project(callbacks=[{"class_name": "EarlyStopping", "config": {"monitor": "val_loss"}}])
    project = Project.from_dict(project.to_dict())  # normalise the callback config
    messages = record(runner.sigMessage)
    with qtbot.waitSignal(runner.sigFinished, timeout=10000) as blocker:
        runner.start(project)
    assert blocker.args[0]["event"] == "error"
    assert runner.state == "error"
    assert "val_loss" in messages[-1] and "validation" in messages[-1]


def test_diverging_run_is_stopped_with_a_message(qtbot, runner):
    data = xor_project(epochs=50).to_dict()
    data["model"] = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "relu"}),
                                          ("Dense", {"units": 1, "activation": "linear"})]).to_dict()
    data["training"].update(loss={"name": "mean_squared_error"},
                            optimizer={"class_name": "SGD", "config": {"learning_rate": 10.0}})
    project = Project.from_dict(data)
    messages = record(runner.sigMessage)
    with qtbot.waitSignal(runner.sigFinished, timeout=10000) as blocker:
        runner.start(project)
    assert (blocker.args[0]["event"], blocker.args[0]["reason"]) == ("stopped", "diverged")
    assert runner.state == "stopped"
    assert messages[-1].startswith("Training diverged") and "learning rate" in messages[-1]


@pytest.mark.parametrize("paused", [False, True])
def test_shutdown_during_training_is_prompt_and_clean(qtbot, qtlog, paused):
    runner = TrainingRunner()
    payloads = record(runner.sigEvents)
    if paused:
        with wait_state(qtbot, runner, "paused"):
            runner.start(long_project(), paused=True)
    else:
        runner.start(long_project())
        wait_first_batch(qtbot, payloads)
    thread = runner.worker_thread
    started = time.monotonic()
    assert runner.shutdown(3000)
    assert time.monotonic() - started < 1.0
    assert thread.isFinished() and not runner.is_active
    # late signals of the ended run are ignored, and dropping everything warns about nothing
    qtbot.wait(50)
    del runner, thread
    qtbot.wait(50)
    problems = [r.message for r in qtlog.records if "QThread" in r.message or "QObject" in r.message]
    assert problems == []


def test_probes_run_in_the_worker_and_send_copies(qtbot, runner):
    main_thread = threading.get_ident()
    shared = []
    calls = []

    def probe(model, dataset):
        calls.append(threading.get_ident())
        shared.append(len(shared))
        return {"kernel": model.get_weights(), "shared": shared, "samples": len(dataset.x_train)}

    runner.add_probe(probe)
    payloads = record(runner.sigEvents)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project(repeat=100, epochs=30))
    probes = events_of(payloads, "probe")
    assert probes and len(probes) == len(calls) <= len(payloads)
    assert all(ident != main_thread for ident in calls)
    first = probes[0]["results"]
    assert first["samples"] == 400 and first["shared"] == [0]  # a copy: later appends did not reach it
    assert set(first["kernel"]) == set(runner.last_model.get_weights())
    assert probes[-1]["step"] == events_of(payloads, "finished")[0]["step"]


def test_a_failing_probe_is_dropped_and_training_goes_on(qtbot, runner):
    def broken(model, dataset):
        raise ZeroDivisionError("probe bug")

    runner.add_probe(broken)
    messages = record(runner.sigMessage)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000) as blocker:
        runner.start(xor_project(epochs=10))
    assert blocker.args[0]["event"] == "finished"
    assert sum("probe bug" in m for m in messages) == 1


def test_start_while_active_is_refused(qtbot, runner):
    runner.start(long_project())
    with pytest.raises(RuntimeError):
        runner.start(long_project())


def test_runner_trains_the_same_as_the_engine(qtbot, runner):
    project = xor_project(epochs=25)
    expected = [e for e in create_run(project).events() if e["event"] == "epoch_end"]
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(project)
    assert runner.history["loss"] == [e["logs"]["loss"] for e in expected]


def test_pyside_keeps_reference_counts(qtbot):
    """The worker and the runner emit ~60 signals a second, and the widgets call Qt methods, for as long
    as training runs: neither may drain Python's reference counts.

    PySide6 6.12.0 on CPython < 3.12 returns borrowed ``True`` from ``Signal.emit()`` and borrowed
    ``None`` from every void method (``setText``, ``processEvents`` ...), losing one reference per call:
    after some thousands of calls the process aborts with "Fatal Python error: bool_dealloc" or
    "none_dealloc" — within a minute of training. PySide6 6.11 is fine, and so is CPython >= 3.12
    (immortal singletons).
    """
    class Emitter(QObject):
        sigPayload = Signal(object)

    emitter = Emitter()
    calls = 200
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(calls):
        emitter.sigPayload.emit([{"event": "batch_end"}])
        emitter.setObjectName("emitter")  # a void method
    after = sys.getrefcount(True), sys.getrefcount(None)
    lost = {name: b - a for name, a, b in zip(("True", "None"), after, before, strict=False)}
    for name, value in (("True", True), ("None", None)):  # give back what a broken PySide took
        for _ in range(max(0, lost[name])):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
    assert max(lost.values()) < calls // 10, (
        f"references lost in {calls} emit() and {calls} setObjectName() calls: {lost}. PySide6 "
        f"{PySide6.__version__} on Python {sys.version.split()[0]} corrupts reference counts and the app aborts "
        "in long sessions; use PySide6-Essentials < 6.12 (or Python >= 3.12)"
    )


def test_a_small_model_trains_with_one_blas_thread_and_a_large_one_with_all(qtbot, runner):
    """A small network's training products run on one BLAS thread anyway, and a second thread would only spin
    after the probes' larger products, taking the core the window draws on: while XOR's 2-8-1 trains, OpenBLAS
    runs one thread, and as many as before once the run ends; 2-400-400-1 at batch 4 (products of 640,000
    multiply-adds, which OpenBLAS shares) keeps them all."""
    from annstudio.backends.numpy.blas import _openblas_function

    get = _openblas_function("scipy_openblas_get_num_threads64_")
    if get is None:
        pytest.skip("NumPy's BLAS here is not the OpenBLAS of NumPy's wheels")
    get.restype = ctypes.c_int
    before = get()
    if before < 2:
        pytest.skip("one BLAS thread already")
    wide = long_project()
    wide.model = ModelSpec.stack([2], [("Dense", {"units": 400, "activation": "tanh"}),
                                       ("Dense", {"units": 400, "activation": "tanh"}),
                                       ("Dense", {"units": 1, "activation": "sigmoid"})])
    wide.training.batch_size = 4
    for project, during in ((long_project(), 1), (wide, before)):
        payloads = record(runner.sigEvents)
        runner.start(project)
        wait_first_batch(qtbot, payloads)
        assert get() == during
        with qtbot.waitSignal(runner.sigFinished, timeout=10000):
            runner.stop()
        assert get() == before


def test_a_stop_in_the_middle_of_an_epoch_counts_the_batches_it_trained(qtbot, runner):
    """Step six times, then Stop: "Stopped after 0 epochs." although six batches were in the weights."""
    messages = record(runner.sigMessage)
    with wait_state(qtbot, runner, "paused"):
        runner.start(long_project(), paused=True)
    for _ in range(6):
        runner.step()
        qtbot.wait(30)
    with qtbot.waitSignal(runner.sigFinished, timeout=10000) as blocker:
        runner.stop()
    assert blocker.args[0]["batches_into_epoch"] == blocker.args[0]["step"] >= 1
    assert messages[-1].startswith("Stopped after 0 epochs and ")
    assert f"{blocker.args[0]['step']} batches of epoch 1" in messages[-1]


def test_one_epoch_and_one_batch_are_said_in_the_singular(qtbot, runner):
    """A one-epoch run said "Training finished: 1 epochs"; one Step then Stop said "1 batches"."""
    messages = record(runner.sigMessage)
    with qtbot.waitSignal(runner.sigFinished, timeout=20000):
        runner.start(xor_project(epochs=1))
    assert messages[-1].startswith("Training finished: 1 epoch, loss ")
    with wait_state(qtbot, runner, "paused"):
        runner.start(long_project(), paused=True)
    batches = []
    runner.sigEvents.connect(lambda events: batches.extend(e for e in events if e["event"] == "batch_end"))
    runner.step()
    qtbot.waitUntil(lambda: len(batches) == 1, timeout=10000)
    with qtbot.waitSignal(runner.sigFinished, timeout=10000) as blocker:
        runner.stop()
    assert blocker.args[0]["batches_into_epoch"] == 1
    assert messages[-1].startswith("Stopped after 0 epochs and 1 batch of epoch 1 (trained into the weights")
