"""engine.sweep: every combination of settings' values, checked like the GUI's fields, each run in its own
process and kept as a run of the project."""
import math
import os

import numpy as np
import pytest

from annstudio.engine import runs, sweep
from annstudio.engine.session import train
from annstudio.project import Project
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec


def xor(epochs=2):
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    project.training.epochs = epochs
    return project


def dropout_project():
    spec = ModelSpec.stack([2], [("Dense", {"units": 4, "activation": "relu"}), ("Dropout", {"rate": 0.5}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})], name="m")
    return Project(spec)


def test_setting_names_follow_the_model():
    names = sweep.setting_names(dropout_project())
    assert names[:5] == ["training.learning_rate", "training.batch_size", "training.epochs",
                         "training.optimizer", "training.seed"]
    assert "model.dense.units" in names and "model.dense.activation" in names
    assert "model.dropout.rate" in names and "model.dropout.units" not in names


def test_combinations_cover_every_pair_first_setting_slowest():
    project = xor()
    a = sweep.parse_setting(project, "training.learning_rate", "0.001, 0.01, 0.1")
    b = sweep.parse_assignment(project, "model.dense.units=2,4")
    assert a.values == (0.001, 0.01, 0.1) and b.values == (2, 4)
    combos = sweep.combinations([a, b])
    assert combos == [{"training.learning_rate": lr, "model.dense.units": u}
                      for lr in (0.001, 0.01, 0.1) for u in (2, 4)]


def test_values_are_parsed_into_the_project():
    project = dropout_project()
    combo = {"training.optimizer": "Adam", "training.learning_rate": 0.2, "training.batch_size": 8,
             "model.dense.activation": "tanh", "model.dropout.rate": 0.25, "training.seed": 7}
    done = sweep.apply(project, combo)
    assert done.training.optimizer["class_name"] == "Adam" and done.training.learning_rate == 0.2
    assert done.training.batch_size == 8 and done.training.seed == 7
    assert done.model.layer("dense").config["activation"] == "tanh"
    assert done.model.layer("dropout").config["rate"] == 0.25
    assert project.training.batch_size == 32   # the original is unchanged
    assert sweep.parse_setting(project, "training.optimizer", "rmsprop").values == ("RMSprop",)


@pytest.mark.parametrize(("path", "text", "expected"), [
    ("training.lr", "1", "unknown sweep setting 'training.lr'; expected one of training.learning_rate"),
    ("model.nope.units", "3", "unknown sweep setting 'model.nope.units'"),
    ("model.dropout.units", "3", "unknown sweep setting 'model.dropout.units'"),
    ("training.learning_rate", "0", "sweep setting training.learning_rate: learning_rate must be a number "
                                    "greater than 0 and at most 10, got 0.0"),
    ("training.learning_rate", "fast", "sweep setting training.learning_rate: 'fast' is not a number"),
    ("training.batch_size", "1.5", "sweep setting training.batch_size: '1.5' is not an integer"),
    ("training.learning_rate", "1e400", "sweep setting training.learning_rate: '1e400' is too large to be a number here"),
    ("training.batch_size", "1e400", "sweep setting training.batch_size: '1e400' is too large to be a number here"),
    ("model.dense.units", "1e999", "sweep setting model.dense.units: '1e999' is too large to be a number here"),
    ("training.epochs", "0", "sweep setting training.epochs: epochs must be an integer from 1 to 1000000, got 0"),
    ("model.dense.units", "0", "sweep setting model.dense.units: units must be a positive integer, got 0"),
    ("model.dense.activation", "swish", "sweep setting model.dense.activation: unknown activation 'swish'"),
    ("model.dropout.rate", "1", "sweep setting model.dropout.rate: rate must be a number in [0, 1), got 1.0"),
    ("training.optimizer", "lion", "sweep setting training.optimizer: unknown optimizer 'lion'; expected one of "
                                   "SGD, Adam, RMSprop, Adagrad"),
    ("training.seed", " , ", "sweep setting training.seed: no values given"),
])
def test_bad_names_and_values_are_refused_naming_the_setting(path, text, expected):
    with pytest.raises(sweep.SweepError) as caught:
        sweep.parse_setting(dropout_project(), path, text)
    assert str(caught.value).startswith(expected)


def test_a_setting_twice_and_too_many_runs_are_refused():
    project = xor()
    a = sweep.parse_setting(project, "training.seed", "1,2")
    with pytest.raises(sweep.SweepError, match="training.seed is given twice"):
        sweep.combinations([a, a])
    many = sweep.parse_setting(project, "training.seed", ",".join(str(i) for i in range(40)))
    units = sweep.parse_setting(project, "model.dense.units", ",".join(str(i) for i in range(1, 40)))
    with pytest.raises(sweep.SweepError, match="1560 runs is too many; at most 1000"):
        sweep.combinations([many, units])


def test_a_tiny_sweep_keeps_every_run_and_reproduces_a_single_run(tmp_path):
    project = xor(epochs=2)
    settings = [sweep.parse_setting(project, "training.learning_rate", "0.01, 0.1"),
                sweep.parse_setting(project, "model.dense.units", "2, 3")]
    folder = tmp_path / "xor.runs"
    job = sweep.Sweep(project, settings, runs_folder=folder, jobs=2)
    job.start()
    while not job.done:
        job.poll(wait=None)
    rows = sorted(job.rows, key=lambda r: r.index)
    assert [r.settings for r in rows] == sweep.combinations(settings)
    assert all(not r.error and r.run_id for r in rows)
    assert all(set(r.final) == {"loss", "accuracy"} and set(r.test) == {"loss", "accuracy"} for r in rows)
    kept = {r.id: r for r in runs.list_runs(folder)}
    assert set(kept) == {r.run_id for r in rows}
    for row in rows:
        record = kept[row.run_id]
        assert record.name == sweep.run_name(row.settings)
        assert record.generated_name == {"settings": row.settings}   # each window names it in its own words
        assert record.project.training.learning_rate == row.settings["training.learning_rate"]
        assert record.project.model.layer("dense").config["units"] == row.settings["model.dense.units"]
        assert record.history == row.history and record.summary["test"] == row.test
        assert record.weights_path is not None
    # the same settings trained once, in this process, give the same history bit for bit
    row = rows[3]
    single = train(sweep.apply(project, row.settings), "numpy").history
    for key, values in single.items():
        np.testing.assert_array_equal(np.asarray(values), np.asarray(row.history[key]))
    # the jobs ran in processes of their own
    # the jobs ran in two processes of their own (which runs went to which is the pool's choice)
    assert len(job.worker_pids) == 2 and os.getpid() not in job.worker_pids
    assert {r.pid for r in rows} <= job.worker_pids


def test_a_seed_sweep_gives_mean_and_spread(tmp_path):
    rows = [sweep.SweepRow(i, {"training.learning_rate": lr, "training.seed": s}, final={"loss": loss})
            for i, (lr, s, loss) in enumerate([(0.1, 0, 1.0), (0.1, 1, 3.0), (0.2, 0, 2.0), (0.2, 1, 2.0)])]
    header, lines = sweep.seed_summary(rows, ["training.learning_rate", "training.seed"])
    assert header == ["training.learning_rate", "seeds", "final_loss"]
    assert lines == [["0.1", "2", f"2 ± {math.sqrt(2):.2g}"], ["0.2", "2", "2 ± 0"]]


def test_the_csv_holds_full_precision(tmp_path):
    row = sweep.SweepRow(0, {"training.seed": 1}, final={"loss": 0.1234567891234}, duration=1.0, run_id="x")
    path = tmp_path / "r.csv"
    sweep.write_csv(path, [row], ["training.seed"])
    lines = path.read_text().splitlines()
    assert lines[0] == "training.seed,final_loss,duration_s,run"
    assert lines[1] == "1,0.1234567891234,1.00,x"


def test_a_live_sweep_reports_every_epoch_of_every_run(tmp_path):
    import queue

    project = xor(epochs=4)
    progress = queue.Queue()
    result = sweep.train_one(project.to_dict(), "numpy", None, False, progress, 5)
    reported = {}
    while not progress.empty():
        index, logs = progress.get_nowait()
        assert index == 5
        for key, value in logs.items():
            reported.setdefault(key, []).append(value)
    assert reported == result["history"] and len(reported["loss"]) == 4
    job = sweep.Sweep(project, [sweep.parse_setting(project, "training.learning_rate", "0.01, 0.1")],
                      runs_folder=tmp_path, jobs=2, live=True)
    job.start()
    while not job.done:
        job.poll(wait=None)
    assert sorted(job.epochs) == [0, 1] and all(job.epochs[r.index] == r.history for r in job.rows)


def test_worker_processes_run_at_a_lower_priority():
    """A sweep uses every core; its workers start niced, so the window (or the shell) still gets the CPU."""
    import subprocess
    import sys

    code = ("import os; from annstudio.engine import sweep; before = os.nice(0); sweep._set_progress(None); "
            "print(os.nice(0) - before)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**__import__("os").environ, "PYTHONPATH": __import__("os").pathsep.join(sys.path)})
    assert int(done.stdout) > 0


def test_a_whole_learning_rate_reads_as_typed():
    """'--set training.learning_rate=0.1,1' printed '1.0' for the second: the table, the CSV and the run
    names show a value as the learner typed it (a float that is a whole number without '.0')."""
    rows = [sweep.SweepRow(i, {"training.learning_rate": lr, "model.dense.units": 4}, final={"loss": 0.5})
            for i, lr in enumerate([0.1, 1.0, 1e-05])]
    _, lines = sweep.table(rows, ["training.learning_rate", "model.dense.units"])
    assert [line[:2] for line in lines] == [["0.1", "4"], ["1", "4"], ["1e-05", "4"]]
    assert sweep.run_name({"training.learning_rate": 1.0, "model.dense.activation": "tanh"}) == \
        "learning_rate=1, dense.activation=tanh"
    assert sweep.csv_text(rows[1:2], ["training.learning_rate"]).splitlines()[1].startswith("1,")


def test_a_pasted_minus_and_full_width_digits_are_read():
    project = dropout_project()
    assert sweep.parse_setting(project, "training.learning_rate", "０．１，1e−2").values == (0.1, 0.01)
    with pytest.raises(sweep.SweepError, match="got -0.5"):
        sweep.parse_setting(project, "training.learning_rate", "−0.5")
