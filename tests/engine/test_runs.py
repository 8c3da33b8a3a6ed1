"""engine.runs: a run kept beside its project reproduces itself, and can be listed, renamed, deleted."""
import json
import math

import numpy as np
import pytest

from annstudio.engine import runs
from annstudio.engine.run_diff import changes
from annstudio.engine.session import create_run, evaluate, train
from annstudio.io.h5_read import load_h5
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec


def spiral_project(lr=0.03, epochs=15, seed=3):
    spec = ModelSpec.stack([2], [("Dense", {"units": 6, "activation": "tanh"}),
                                 ("Dense", {"units": 1, "activation": "sigmoid"})], name="m")
    training = TrainingConfig(loss={"name": "binary_crossentropy"},
                              optimizer={"class_name": "Adam", "config": {"learning_rate": lr}},
                              batch_size=16, epochs=epochs, seed=seed, validation_split=0.2)
    return Project(spec, {"name": "spiral", "params": {"n_samples": 120, "noise": 0.1}}, training, name="s")


def trained(project):
    run = create_run(project, "numpy")
    for _event in run.events():
        pass
    return run


def test_stored_settings_reproduce_the_run_bit_for_bit(tmp_path):
    run = trained(spiral_project())
    folder = runs.runs_folder(tmp_path / "spiral.annproj")
    record = runs.save_run(folder, run.project, "numpy", run.trainer.history.history, evaluate(run), 1.5,
                           weights=run.model.get_weights())
    assert folder == tmp_path / "spiral.runs" and record.folder.parent == folder
    again = runs.load_run(folder, record.id)
    assert again.history == run.trainer.history.history  # the CSV round trip is exact
    history = train(again.project, again.backend, seed=again.seed).history
    assert history == again.history
    assert set(history) == {"loss", "accuracy", "val_loss", "val_accuracy"}


def test_layout_is_open_and_readable_by_other_tools(tmp_path):
    run = trained(spiral_project(epochs=3))
    record = runs.save_run(tmp_path, run.project, "numpy", run.trainer.history.history, {"accuracy": 0.5}, 2.0,
                           weights=run.model.get_weights(), name="first try")
    files = sorted(p.name for p in record.folder.iterdir())
    assert files == ["history.csv", "settings.json", "summary.json", "weights.h5"]
    settings = json.loads((record.folder / "settings.json").read_text())
    assert settings["backend"] == "numpy" and settings["seed"] == 3
    assert settings["project"]["training"]["optimizer"]["config"]["learning_rate"] == 0.03
    summary = json.loads((record.folder / "summary.json").read_text())
    assert summary["name"] == "first try" and summary["epochs"] == 3 and summary["test"] == {"accuracy": 0.5}
    assert summary["final"]["loss"] == run.trainer.history.history["loss"][-1]
    header = (record.folder / "history.csv").read_text().splitlines()[0]
    assert header == "epoch,accuracy,loss,val_accuracy,val_loss"
    contents = load_h5(record.folder / "weights.h5")
    for key, value in run.model.get_weights().items():
        np.testing.assert_array_equal(contents.weights[key], value)
    assert record.weights_path == record.folder / "weights.h5"


def test_list_rename_delete(tmp_path):
    history = {"loss": [0.5, 0.25]}
    a = runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0)
    b = runs.save_run(tmp_path, spiral_project(lr=0.1), "numpy", history, {}, 1.0)
    assert [r.name for r in runs.list_runs(tmp_path)] == ["Run 1", "Run 2"]
    assert a.weights_path is None and a.id != b.id
    runs.rename_run(tmp_path, a.id, "  slow  ")
    assert json.loads((a.folder / "summary.json").read_text())["name"] == "slow"
    with pytest.raises(runs.RunError):
        runs.rename_run(tmp_path, a.id, " ")
    runs.delete_run(tmp_path, b.id)
    assert not b.folder.exists()
    assert [r.name for r in runs.list_runs(tmp_path)] == ["slow"]
    for bad in ("..", "../x", ".hidden", ""):
        with pytest.raises(runs.RunError):
            runs.delete_run(tmp_path, bad)


def test_a_deleted_runs_name_is_not_given_again(tmp_path):
    """Three runs, Run 2 deleted: the next was named "Run 3" a second time (two rows, two legend entries)."""
    history = {"loss": [0.5]}
    made = [runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0) for _ in range(3)]
    runs.delete_run(tmp_path, made[1].id)
    fourth = runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0)
    assert fourth.name == "Run 4"
    runs.delete_run(tmp_path, fourth.id)   # the newest deleted: its number is not free again either
    assert runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0).name == "Run 5"
    assert runs.next_run_name(tmp_path, "실행 {0}") == "실행 6"   # the window's own words: after the last given
    assert runs.next_run_name(tmp_path / "none") == "Run 1"


def test_a_generated_name_is_kept_in_no_language_and_a_typed_one_as_typed(tmp_path):
    """The app's names were stored in the words of the window that trained the run ("실행 26"), and every
    window listed them so: now the record keeps how the app named it, for each window to word."""
    history = {"loss": [0.5]}
    first = runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0)
    summary = json.loads((first.folder / "summary.json").read_text(encoding="utf-8"))
    assert summary["name"] == "Run 1" and summary["generated_name"] == {"run": 1}
    swept = runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0, name="learning_rate=0.1",
                          generated_name={"settings": {"training.learning_rate": 0.1, "training.optimizer": "Adam"}})
    typed = runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0, name="실행 7")   # stored before
    listed = {r.id: r for r in runs.list_runs(tmp_path)}
    assert listed[first.id].generated_name == {"run": 1}
    assert listed[swept.id].generated_name == {"settings": {"training.learning_rate": 0.1, "training.optimizer": "Adam"}}
    assert listed[typed.id].generated_name is None and listed[typed.id].name == "실행 7"
    assert runs.next_run_number(tmp_path, "실행 {0}") == 8   # a name of an older window counts too
    runs.rename_run(tmp_path, first.id, "baseline")           # the learner's words: as typed, in every window
    renamed = runs.load_run(tmp_path, first.id)
    assert renamed.name == "baseline" and renamed.generated_name is None
    for bad in ({"run": 0}, {"run": True}, {"run": "3"}, {"settings": {"a": [1]}}, {"settings": {}}, [1], "Run 1",
                {"run": 2, "settings": {"a": 1}}):
        summary = json.loads((swept.folder / "summary.json").read_text(encoding="utf-8"))
        summary["generated_name"] = bad
        (swept.folder / "summary.json").write_text(json.dumps(summary), encoding="utf-8")
        assert runs.load_run(tmp_path, swept.id).generated_name is None, bad   # shown as stored


def test_bad_and_half_written_runs_are_skipped(tmp_path):
    good = runs.save_run(tmp_path, spiral_project(), "numpy", {"loss": [1.0]}, {}, 1.0)
    (tmp_path / ".20260101-000000-01.123.tmp").mkdir()  # a save that never finished
    broken = tmp_path / "20260101-000000-02"
    broken.mkdir()
    (broken / "settings.json").write_text("{not json")
    (tmp_path / "notes.txt").write_text("hello")
    assert [r.id for r in runs.list_runs(tmp_path)] == [good.id]
    with pytest.raises(runs.RunError, match="not a valid run"):
        runs.load_run(tmp_path, broken.name)
    assert runs.list_runs(tmp_path / "missing") == [] and runs.list_runs(None) == []


def test_listing_again_reads_only_the_new_runs_histories(tmp_path, monkeypatch):
    """The Runs panel lists the folder after every saved run, on the GUI thread: the histories already read
    are not parsed again, and one changed on disk (or swapped for a link) is read again (and refused)."""
    history = {"loss": [0.5, 0.25, math.nan], "val_loss": [0.6, 0.3, 0.2]}
    saved = [runs.save_run(tmp_path, spiral_project(lr=0.01 * (i + 1)), "numpy", history, {}, 1.0) for i in range(3)]
    parsed = []
    parse = runs._parse_history
    monkeypatch.setattr(runs, "_parse_history", lambda path: parsed.append(path.parent.name) or parse(path))
    runs._HISTORY_CACHE.clear()
    first = runs.list_runs(tmp_path)
    assert sorted(parsed) == sorted(r.id for r in saved)
    parsed.clear()
    again = runs.list_runs(tmp_path)
    assert parsed == []
    np.testing.assert_equal([r.history for r in again], [r.history for r in first])   # NaN equal to NaN
    assert again[0].history["loss"][:2] == [0.5, 0.25] and math.isnan(again[0].history["loss"][2])
    again[0].history["loss"].append(9.0)              # a caller's changes do not reach the next listing
    assert len(runs.list_runs(tmp_path)[0].history["loss"]) == 3
    newest = runs.save_run(tmp_path, spiral_project(), "numpy", history, {}, 1.0)
    parsed.clear()
    assert [r.id for r in runs.list_runs(tmp_path)][-1] == newest.id and parsed == [newest.id]

    path = saved[1].folder / "history.csv"
    path.write_text("epoch,loss\n0,0.125\n")         # edited by hand: read again
    assert runs.load_run(tmp_path, saved[1].id).history == {"loss": [0.125]}
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.csv"
    elsewhere.write_text("epoch,loss\n0,0.0625\n0,0.03125\n")
    path.unlink()
    path.symlink_to(elsewhere)                        # a link to another file: that file's numbers
    assert runs.load_run(tmp_path, saved[1].id).history == {"loss": [0.0625, 0.03125]}
    (saved[2].folder / "history.csv").unlink()        # gone: the run is not valid any more
    assert [r.id for r in runs.list_runs(tmp_path)] == [saved[0].id, saved[1].id, newest.id]


def test_nan_and_unstorable_weights(tmp_path):
    record = runs.save_run(tmp_path, spiral_project(), "numpy", {"loss": [1.0, math.nan]}, {}, 1.0,
                           weights={"nope/kernel": np.zeros(1)})
    again = runs.load_run(tmp_path, record.id)
    assert math.isnan(again.history["loss"][1])
    assert again.weights_path is None and "weights_skipped" in again.summary


def test_transfer_moves_or_copies(tmp_path):
    src, dst = tmp_path / "tmp", tmp_path / "p.runs"
    a = runs.save_run(src, spiral_project(), "numpy", {"loss": [1.0]}, {}, 1.0)
    runs.transfer_runs(src, dst, move=False)
    assert a.folder.exists() and [r.id for r in runs.list_runs(dst)] == [a.id]
    runs.transfer_runs(src, dst, move=True)  # the id is taken: a new one
    assert not a.folder.exists() and len(runs.list_runs(dst)) == 2


def test_changes_say_what_differed():
    def settings(project, backend="numpy"):
        return {"project": project.to_dict(), "backend": backend}

    base = spiral_project(lr=0.01)
    found = changes(settings(base), settings(spiral_project(lr=0.1)))
    assert [(c.key, c.before, c.after) for c in found] == [("learning_rate", 0.01, 0.1)]
    wider = spiral_project(lr=0.01)
    wider.model.layers[1].config["units"] = 9
    wider.training.batch_size = 8
    found = changes(settings(base), settings(wider, "tensorflow"))
    assert [(c.key, c.detail, c.before, c.after) for c in found] == [
        ("backend", "", "numpy", "tensorflow"), ("batch_size", "", 16, 8), ("layer", "dense.units", 6, 9)]
    assert changes(settings(base), settings(base)) == []


def test_cli_train_record_keeps_the_run_beside_the_project(tmp_path, capsys):
    from annstudio.cli import main

    path = tmp_path / "s.annproj"
    spiral_project(epochs=50).save(path)
    assert main(["train", str(path), "--epochs", "4", "--seed", "7", "--record", "--quiet"]) == 0
    assert "run recorded in" in capsys.readouterr().out
    (record,) = runs.list_runs(tmp_path / "s.runs")
    assert record.project.training.epochs == 4 and record.seed == 7 and record.weights_path is not None
    assert train(record.project, record.backend, seed=record.seed).history == record.history


def test_cli_record_into_an_unwritable_place_is_one_line(tmp_path, capsys):
    from annstudio.cli import main

    path = tmp_path / "s.annproj"
    spiral_project(epochs=1).save(path)
    (tmp_path / "s.runs").write_text("a file where the folder would go")
    assert main(["train", str(path), "--record", "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("annstudio: error: --record: cannot write")


def test_changes_name_the_callback_and_its_setting():
    """Patience 10 -> 3 was listed as "callbacks 4 -> 4": the learner could not see what had changed."""
    def settings(project):
        return {"project": project.to_dict(), "backend": "numpy"}

    def with_callbacks(*callbacks):
        project = spiral_project(lr=0.01)
        project.training.callbacks = [{"class_name": name, "config": config} for name, config in callbacks]
        return project

    es = {"monitor": "val_loss", "patience": 10, "restore_best_weights": True}
    log = {"filename": "log.csv", "append": False}
    base = with_callbacks(("EarlyStopping", es), ("CSVLogger", log))
    found = changes(settings(base), settings(with_callbacks(("EarlyStopping", {**es, "patience": 3}),
                                                              ("CSVLogger", log))))
    assert [(c.key, c.detail, c.before, c.after) for c in found] == [
        ("callback_setting", "EarlyStopping.patience", 10, 3)]
    found = changes(settings(base), settings(with_callbacks(("CSVLogger", log), ("EarlyStopping", es))))
    assert found == []   # the same callbacks in another order
    found = changes(settings(base), settings(with_callbacks(("EarlyStopping", es))))
    assert [(c.key, c.detail, c.before, c.after) for c in found] == [("callback", "CSVLogger", True, False)]
