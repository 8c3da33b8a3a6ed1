"""Issue 11 item 1: the files a shared project's callbacks write stay inside the project's folder (or the
output folder the user chose with ``--output-dir``); anything else is refused before training, naming the
field, with exit 2 and one line."""
import json
import os
import subprocess
import sys

import pytest

from annstudio.resources import resource_path

XOR = resource_path("examples", "xor_mlp.annproj")


def cli(*args, cwd=None, home=None):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), **({"HOME": str(home)} if home else {})}
    return subprocess.run([sys.executable, "-m", "annstudio", *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd, env=env)


def project_with(folder, callbacks, epochs=2):
    data = json.loads(XOR.read_text())
    data["training"]["epochs"] = epochs
    data["training"]["callbacks"] = callbacks
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "shared.annproj"
    path.write_text(json.dumps(data))
    return path


def everything_in(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


HOSTILE = [
    ("CSVLogger", {"filename": "{outside}/victim.csv"}, "CSVLogger filename"),
    ("CSVLogger", {"filename": "../victim.csv"}, "CSVLogger filename"),
    ("ModelCheckpoint", {"filepath": "{outside}/victim.h5"}, "ModelCheckpoint filepath"),
    ("ModelCheckpoint", {"filepath": "sub/../../victim.h5"}, "ModelCheckpoint filepath"),
    ("TensorBoard", {"log_dir": "{outside}/logs"}, "TensorBoard log_dir"),
    ("TensorBoard", {"log_dir": "../logs"}, "TensorBoard log_dir"),
    ("TensorBoard", {"log_dir": "~/logs_%Y"}, "TensorBoard log_dir"),  # run_log_dir expands "~"
    ("CSVLogger", {"filename": "link/victim.csv"}, "CSVLogger filename"),  # a symlink pointing out
]


@pytest.mark.parametrize("name, config, field", HOSTILE)
def test_a_project_cannot_write_outside_its_folder(tmp_path, name, config, field):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.csv").write_text("precious\n")
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "link").symlink_to(outside)
    config = {k: v.format(outside=outside) for k, v in config.items()}
    project = project_with(folder, [{"class_name": name, "config": config}])
    (tmp_path / "home").mkdir()
    before = everything_in(tmp_path)
    result = cli("train", str(project), "--quiet", home=tmp_path / "home")
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: error: "), result.stderr
    assert field in lines[0] and "outside the project's folder" in lines[0]
    assert "Epoch" not in result.stdout  # refused before training
    assert everything_in(tmp_path) == before
    assert (outside / "victim.csv").read_text() == "precious\n"


def test_paths_inside_the_project_folder_still_work(tmp_path):
    folder = tmp_path / "mine"
    project = project_with(folder, [
        {"class_name": "CSVLogger", "config": {"filename": "runs/history.csv"}},
        {"class_name": "ModelCheckpoint", "config": {"filepath": str(folder / "ck_{epoch:02d}.h5")}},
        {"class_name": "TensorBoard", "config": {"log_dir": "logs/run"}},
    ])
    result = cli("train", str(project), "--quiet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (folder / "runs" / "history.csv").exists()
    assert (folder / "ck_02.h5").exists()
    assert (folder / "logs" / "run" / "train").is_dir()
    assert f"callbacks wrote 4 files and folders, the last {folder / 'logs' / 'run'}" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_output_dir_is_where_relative_paths_go(tmp_path):
    folder = tmp_path / "shared"
    out = tmp_path / "results"
    project = project_with(folder, [
        {"class_name": "CSVLogger", "config": {"filename": "history.csv"}},
        {"class_name": "ModelCheckpoint", "config": {"filepath": "ck.h5"}},
    ])
    result = cli("train", str(project), "--quiet", "--output-dir", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["ck.h5", "history.csv"]
    assert f"written: {out / 'history.csv'}\nwritten: {out / 'ck.h5'}\n" in result.stdout   # where to find them
    assert everything_in(folder) == ["shared.annproj"]
    escape = project_with(folder, [{"class_name": "CSVLogger", "config": {"filename": "../elsewhere.csv"}}])
    result = cli("train", str(escape), "--quiet", "--output-dir", str(out))
    assert result.returncode == 2 and "CSVLogger filename" in result.stderr
    assert not (tmp_path / "elsewhere.csv").exists()


def test_a_checkpoint_name_filled_in_cannot_leave_the_folder(tmp_path):
    """'{epoch:/>3}' fills in as '//1': an absolute path made while training; refused, nothing written."""
    folder = tmp_path / "shared"
    project = project_with(folder, [{"class_name": "ModelCheckpoint",
                                     "config": {"filepath": "..{epoch:/>2}" + str(tmp_path / "x.h5")}}])
    result = cli("train", str(project), "--quiet")
    assert result.returncode == 2
    assert "ModelCheckpoint filepath" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared"]


BLOCKED = [
    ("ModelCheckpoint", {"filepath": "history.csv/model.h5"}, "history.csv is a file, not a folder"),
    ("CSVLogger", {"filename": "history.csv/log.csv"}, "history.csv is a file, not a folder"),
    ("TensorBoard", {"log_dir": "history.csv"}, "is a file, not a folder"),
    ("ModelCheckpoint", {"filepath": "models"}, "is a folder; name a file in it"),
    ("CSVLogger", {"filename": "models"}, "is a folder; name a file in it"),
]


@pytest.mark.parametrize("name, config, said", BLOCKED)
def test_a_file_where_a_folder_is_needed_is_refused_before_anything_is_written(tmp_path, name, config, said):
    """A checkpoint path through an existing file (history.csv/model.h5) passed every check, then failed after
    the first epoch with "FileExistsError: [Errno 17] File exists", when the CSV log beside it had already
    been overwritten; the same for a TensorBoard folder that is a file, or a file name that is a folder."""
    folder = tmp_path / "mine"
    beside = ({"class_name": "TensorBoard", "config": {"log_dir": "logs"}} if name == "CSVLogger" else
              {"class_name": "CSVLogger", "config": {"filename": "log/epochs.csv"}})
    project = project_with(folder, [beside, {"class_name": name, "config": config}])
    (folder / "history.csv").write_text("precious\n")
    (folder / "models").mkdir()
    before = everything_in(tmp_path)
    result = cli("train", str(project), "--quiet")
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annstudio: error: "), result.stderr
    assert said in lines[0] and "Error" not in lines[0], lines[0]
    assert everything_in(tmp_path) == before and (folder / "history.csv").read_text() == "precious\n"
