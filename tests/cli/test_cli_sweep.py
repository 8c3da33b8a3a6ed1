"""``annstudio sweep``: one row per run in the CSV, the runs kept beside the project, bad settings -> exit 2."""
import csv
import shutil
import subprocess
import sys

from annstudio.engine import runs
from annstudio.resources import resource_path

XOR = resource_path("examples", "xor_mlp.annproj")


def cli(*args):
    return subprocess.run([sys.executable, "-m", "annstudio", *map(str, args)], capture_output=True, text=True,
                          timeout=600)


def test_sweep_writes_one_row_per_run_and_keeps_the_runs(tmp_path):
    project = tmp_path / "xor.annproj"
    shutil.copy(XOR, project)
    out = tmp_path / "results.csv"
    result = cli("sweep", project, "--set", "training.learning_rate=0.01,0.1", "--set", "training.seed=0,1",
                 "--epochs", "2", "--jobs", "2", "--out", out)
    assert result.returncode == 0, result.stderr
    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["training.learning_rate"], r["training.seed"]) for r in rows] == [
        ("0.01", "0"), ("0.01", "1"), ("0.1", "0"), ("0.1", "1")]
    assert all(r["final_loss"] and r["test_accuracy"] for r in rows)
    kept = {r.id: r for r in runs.list_runs(tmp_path / "xor.runs")}
    assert set(kept) == {r["run"] for r in rows}
    assert all(len(r.history["loss"]) == 2 for r in kept.values())
    assert "mean ± standard deviation over the seeds:" in result.stdout
    assert "training.learning_rate  training.seed" in result.stdout
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*"))


def test_bad_setting_names_and_values_exit_2_with_one_line(tmp_path):
    project = tmp_path / "xor.annproj"
    shutil.copy(XOR, project)
    for args, expected in [
        (["--set", "training.speed=1"], "annstudio: error: unknown sweep setting 'training.speed'; expected one of"),
        (["--set", "model.dense.units=4,-1"], "annstudio: error: sweep setting model.dense.units: units must be a "
                                              "positive integer, got -1"),
        (["--set", "training.learning_rate"], "annstudio: error: sweep setting 'training.learning_rate': "
                                              "expected NAME=VALUE,VALUE,..."),
        ([], "annstudio: error: give at least one --set"),
        (["--set", "training.seed=1", "--jobs", "0"], "annstudio: error: --jobs must be >= 1, got 0"),
        # a model past the size budget: refused before any run trains, not as a failed run after the others
        (["--set", "model.dense.units=4,100000000"], "annstudio: error: sweep run dense.units=100000000: layer "
                                                     "'dense': too many parameters: 300,000,000, more than"),
    ]:
        result = cli("sweep", project, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith(expected) and result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "xor.runs").exists()


def test_a_sweep_whose_every_run_failed_exits_2(tmp_path):
    """It printed "2 of 2 run(s) failed" and exited 0: a script could not tell it from a sweep that trained;
    then 1, which the README keeps for internal errors: bad input is 2, as ``train`` says it."""
    import json

    data = json.loads(XOR.read_text(encoding="utf-8"))
    data["dataset"] = {"name": "csv", "params": {"path": "moved_away.csv"}}
    project = tmp_path / "g.annproj"
    project.write_text(json.dumps(data), encoding="utf-8")
    result = cli("sweep", project, "--set", "training.learning_rate=0.1,0.2", "--epochs", "2", "--jobs", "1")
    assert result.returncode == 2, result.stderr
    assert result.stderr == "annstudio: 2 of 2 run(s) failed\n"
    assert result.stdout.count("moved_away.csv': no such file") == 4   # progress and table


def test_a_projects_file_callbacks_are_left_out_of_the_runs_and_said(tmp_path):
    """Every run wrote the project's CSVLogger and ModelCheckpoint files at once: the files held whichever
    run finished last, unnamed. The runs leave them out and the sweep says so; EarlyStopping still runs."""
    import json

    data = json.loads(XOR.read_text())
    data["training"]["callbacks"] = [{"class_name": "CSVLogger", "config": {"filename": "hist.csv"}},
                                     {"class_name": "ModelCheckpoint", "config": {"filepath": "ck.h5"}},
                                     {"class_name": "EarlyStopping", "config": {"monitor": "loss", "patience": 0,
                                                                                "min_delta": 10}}]
    project = tmp_path / "xor.annproj"
    project.write_text(json.dumps(data))
    result = cli("sweep", project, "--set", "training.learning_rate=0.01,0.1", "--epochs", "5", "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert ("note: the runs leave out the project's CSVLogger, ModelCheckpoint: they run at the same time and "
            "would write the same files; each run's history and model are kept in") in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xor.annproj", "xor.runs"]
    kept = runs.list_runs(tmp_path / "xor.runs")
    assert len(kept) == 2 and all(len(r.history["loss"]) == 2 for r in kept)   # stopped early: patience 0


def test_out_never_replaces_the_project_or_its_data(tmp_path):
    """``--out victim.annproj`` turned the project into a results table, exit 0."""
    project = tmp_path / "xor.annproj"
    shutil.copy(XOR, project)
    before = project.read_bytes()
    result = cli("sweep", project, "--set", "training.seed=1,2", "--epochs", "1", "--out", project)
    assert result.returncode == 2
    assert "holds something other than sweep results" in result.stderr
    assert project.read_bytes() == before and not (tmp_path / "xor.runs").exists()   # refused before training
    out = tmp_path / "results.csv"   # its own earlier results may be written again
    for _ in range(2):
        assert cli("sweep", project, "--set", "training.seed=1,2", "--epochs", "1", "--out", out).returncode == 0


def test_a_diverged_run_is_marked_and_left_out_of_the_means(tmp_path):
    """Every run diverged, yet the table showed test numbers (of weights never trained to) and the seed summary
    averaged them, exit 0."""
    import json

    data = json.loads(resource_path("examples", "diabetes_regression.annproj").read_text(encoding="utf-8"))
    data["training"]["optimizer"] = {"class_name": "SGD", "config": {"learning_rate": 10}}
    project = tmp_path / "d.annproj"
    project.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "r.csv"
    result = cli("sweep", project, "--set", "training.seed=1,2", "--epochs", "20", "--jobs", "1", "--out", out)
    assert result.returncode == 2, result.stderr
    assert "2 of 2 run(s) diverged" in result.stderr
    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert all(r["run"].endswith("(diverged)") for r in rows)
    assert all(r[k] in ("", "nan") for r in rows for k in r if k.startswith("test_"))
