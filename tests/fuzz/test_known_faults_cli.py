"""Through the CLI, one test per fault class of issue 11 (paths: items 1, 5; budgets: items 2, 4;
allow-list: item 7). Each builds one hostile input of its class in a fresh
project folder and requires the CLI promise (harness.run_cli): ok or a one-line refusal, no traceback, no
hang, peak RSS under 1 GB, nothing written outside the project's folder.
"""
from __future__ import annotations

import json
import os
import shutil

import pytest

from . import strategies as S
from .harness import make_workspace, run_cli


def promise_holds(files: dict[str, object], args: list[str], timeout: float = 30.0) -> None:
    """``files``: name -> text, bytes, a dict (JSON with ``@PARENT@`` filled in), or a callable(folder)."""
    parent, project = make_workspace()
    try:
        for name, content in files.items():
            path = project / name
            if callable(content):
                content(path)
            elif isinstance(content, dict):
                text = json.dumps(content).replace("@PARENT@", str(parent))
                path.write_text(text, encoding="utf-8")
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(str(content), encoding="utf-8")
        outcome = run_cli([a.replace("@PARENT@", str(parent)) for a in args], project, timeout=timeout)
        assert outcome.kind in ("ok", "refused"), outcome.describe()
    finally:
        shutil.rmtree(parent, ignore_errors=True)


def _project(edit, example: str = "gates_and") -> dict:
    data = S.example_data(example)
    edit(data)
    return data


def _callback(class_name: str, **config) -> dict:
    return _project(lambda d: d["training"].__setitem__("callbacks", [{"class_name": class_name, "config": config}]))


TRAIN = ["train", "p.annproj", "--epochs", "1", "--quiet"]


# ------------------------------------------------------------------------------------- item 1: paths
@pytest.mark.parametrize("class_name, key, value", [
    ("CSVLogger", "filename", "../escape.csv"),
    ("ModelCheckpoint", "filepath", "@PARENT@/absolute.h5"),
    ("TensorBoard", "log_dir", "../tb"),
])
def test_callback_paths_stay_inside_the_project(class_name, key, value):
    promise_holds({"p.annproj": _callback(class_name, **{key: value})}, TRAIN)


# ------------------------------------------------------------------------------------ item 2: budgets
def _bomb_h5(side: int, gzip: bool):
    def write(path):
        plan = {"model_config": "json", "config": S.dense_model_config([side], side), "training_config": None,
                "layer_names": "ok", "weight_names_attr": "ok", "extra_attrs": {}, "weights": [
                    {"layer": "dense_0", "name": "kernel", "shape": (side, side), "dtype": "<f8",
                     "write": "unwritten-gzip" if gzip else "unwritten", "link": "hard"},
                    {"layer": "dense_0", "name": "bias", "shape": (side,), "dtype": "<f8", "write": "data",
                     "link": "hard"}]}
        S.write_h5_plan(plan, path)
    return write


@pytest.mark.parametrize("side, gzip", [(2**13, False), (2**14, True)])
def test_h5_with_unwritten_huge_kernel_is_refused(side, gzip):
    promise_holds({"m.h5": _bomb_h5(side, gzip)}, ["inspect", "m.h5"])


def test_huge_dense_layer_is_refused():
    hidden = _project(lambda d: d["model"]["layers"][1]["config"].__setitem__("units", 10**8), "xor_mlp")
    promise_holds({"p.annproj": hidden}, TRAIN)


def test_checkpoint_format_width_bomb_is_refused():
    promise_holds({"p.annproj": _callback("ModelCheckpoint", filepath="ck_{epoch:>100000000}.h5")}, TRAIN)


def test_npy_declaring_huge_shape_is_refused():
    header = b"{'descr': '<f8', 'fortran_order': False, 'shape': (1000000000000, 2), }"
    header += b" " * (117 - len(header)) + b"\n"
    promise_holds({"m.h5": _bomb_h5(4, False), "x.npy": b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little")
                   + header + b"\x00" * 64}, ["predict", "m.h5", "--input", "x.npy", "--output", "y.npy"])


# ------------------------------------------------------------------------------- item 4: special files
def _csv_project(path: str) -> dict:
    return _project(lambda d: d.__setitem__("dataset", {"name": "csv", "params": {"path": path}}))


def test_csv_dataset_linked_to_dev_zero_is_refused():
    promise_holds({"p.annproj": _csv_project("zero.csv"), "zero.csv": lambda p: os.symlink("/dev/zero", p)}, TRAIN)


def test_csv_dataset_fifo_is_refused():
    promise_holds({"p.annproj": _csv_project("fifo.csv"), "fifo.csv": lambda p: os.mkfifo(p)}, TRAIN, timeout=5)


# ---------------------------------------------------------------------------------- item 5: savability
@pytest.mark.parametrize("name", ["hidden/1", "top_level_model_weights", "a\x00b"])
def test_unsavable_layer_name_is_refused_before_training(name):
    promise_holds({"p.annproj": _project(lambda d: d["model"]["layers"][1].__setitem__("name", name))},
                  [*TRAIN, "--out", "out.h5"])


# --------------------------------------------------------------------------------- item 7: tracebacks
def test_infinite_csv_target_is_refused():
    rows = "x,y\n" + "".join(f"{i},{i % 2}\n" for i in range(20)) + "1,Infinity\n"
    promise_holds({"p.annproj": _csv_project("d.csv"), "d.csv": rows}, TRAIN)
