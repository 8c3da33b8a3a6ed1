"""One test per fault class of issue 11 that the fuzzers found, in process: each class stays fixed.

The general properties (test_in_process.py, test_cli.py) draw these inputs too (``strategies.KNOWN_FAULTS``);
these tests name the class so a regression says which one came back.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from . import strategies as S
from .test_in_process import MAX_MESSAGE


def _project(tmp_path, edit) -> object:
    from annstudio.project import Project

    data = S.example_data("iris")
    edit(data)
    path = tmp_path / "p.annproj"
    path.write_text(json.dumps(data, allow_nan=True) if not isinstance(data, str) else data, encoding="utf-8")
    return Project.load(path)


def _refused(call, types, max_length: int = MAX_MESSAGE) -> str:
    with pytest.raises(types) as info:
        call()
    assert len(str(info.value)) <= max_length, len(str(info.value))
    return str(info.value)


def test_long_bad_value_is_quoted_short(tmp_path):
    from annstudio.project import ProjectError

    def edit(data):
        data["training"]["loss"] = "x" * 100_000
    _refused(lambda: _project(tmp_path, edit), ProjectError)


def test_int_past_float_range_is_refused(tmp_path):
    from annstudio.project import ProjectError

    def edit(data):
        data["training"]["validation_split"] = 10**400
    _refused(lambda: _project(tmp_path, edit), ProjectError)


def test_deeply_nested_project_is_refused(tmp_path):
    from annstudio.project import Project, ProjectError

    path = tmp_path / "deep.annproj"
    path.write_text('{"format_version": 1, "name": ' + "[" * 1100 + "]" * 1100 + "}", encoding="utf-8")
    _refused(lambda: Project.load(path), ProjectError)


@pytest.mark.parametrize("reverse, ring", [(True, False), (False, True)])
def test_long_layer_chain_is_refused_or_loaded(tmp_path, reverse, ring):
    from annstudio.project import ProjectError

    def edit(data):
        data["model"]["layers"] = S.layer_chain(1200, reverse=reverse, ring=ring)
    try:
        project = _project(tmp_path, edit)
    except ProjectError as exc:
        assert len(str(exc)) <= MAX_MESSAGE
        return
    project.model.problems()


def test_layer_ring_message_is_short(tmp_path):
    from annstudio.project import ProjectError
    from annstudio.spec import SpecError

    def edit(data):
        data["model"]["layers"] = S.layer_chain(200, reverse=False, ring=True)
    try:
        project = _project(tmp_path, edit)
    except ProjectError as exc:
        assert len(str(exc)) <= MAX_MESSAGE
        return
    problems = project.model.problems()
    assert problems and all(len(text) <= MAX_MESSAGE for text in problems.values())
    with pytest.raises(SpecError) as info:
        project.model.validate()
    assert len(str(info.value)) <= MAX_MESSAGE


def test_npy_dimension_past_c_long_is_refused(tmp_path):
    from annstudio.io.arrays import read_array

    header = b"{'descr': '<f8', 'fortran_order': False, 'shape': (18446744073709551616,), }"
    header += b" " * (117 - len(header)) + b"\n"
    path = tmp_path / "x.npy"
    path.write_bytes(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header)
    _refused(lambda: read_array(path), ValueError)


def test_npz_named_npy_is_refused(tmp_path):
    from annstudio.io.arrays import read_array

    path = tmp_path / "x.npy"
    with open(path, "wb") as fh:
        np.savez(fh, x=np.zeros((2, 2)))
    _refused(lambda: read_array(path), ValueError)


def test_empty_npy_is_refused(tmp_path):
    from annstudio.io.arrays import read_array

    path = tmp_path / "x.npy"
    path.write_bytes(b"")
    _refused(lambda: read_array(path), ValueError)


def test_zip_signature_npy_is_refused(tmp_path):
    from annstudio.io.arrays import read_array

    path = tmp_path / "x.npy"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    _refused(lambda: read_array(path), ValueError)


@pytest.mark.parametrize("header", ["{", "{'descr': "])
def test_garbled_npy_header_is_refused(tmp_path, header):
    from annstudio.io.arrays import read_array

    raw = header.encode() + b"\n"
    path = tmp_path / "x.npy"
    path.write_bytes(b"\x93NUMPY\x01\x00" + len(raw).to_bytes(2, "little") + raw)
    _refused(lambda: read_array(path), ValueError)


def test_huge_csv_field_in_predict_input_is_refused(tmp_path):
    from annstudio.io.arrays import read_array

    path = tmp_path / "big.csv"
    path.write_text("a,b\n1,2\n3," + "4" * 200_000 + "\n", encoding="utf-8")
    _refused(lambda: read_array(path), ValueError)


def test_huge_csv_field_in_a_dataset_is_refused(tmp_path):
    from annstudio.data import DataError
    from annstudio.data.csv_import import load_csv

    path = tmp_path / "big.csv"
    path.write_text("a,b\n1,2\n3," + "4" * 200_000 + "\n", encoding="utf-8")
    _refused(lambda: load_csv(str(path)), DataError)


def test_h5_initializer_config_of_wrong_type_is_refused(tmp_path):
    from annstudio.io.h5_read import H5Error, load_h5

    config = S.dense_model_config([1], 2)
    config["config"]["layers"][1]["config"]["kernel_initializer"] = {"class_name": "GlorotUniform", "config": [1]}
    plan = {"model_config": "json", "config": config, "training_config": None, "layer_names": "ok",
            "weight_names_attr": "ok", "extra_attrs": {}, "weights": [
                {"layer": "dense_0", "name": "kernel", "shape": (2, 1), "dtype": "<f4", "write": "data", "link": "hard"},
                {"layer": "dense_0", "name": "bias", "shape": (1,), "dtype": "<f4", "write": "data", "link": "hard"}]}
    path = S.write_h5_plan(plan, tmp_path / "m.h5")
    _refused(lambda: load_h5(path), H5Error)


def test_predict_csv_bad_cell_is_quoted_short(tmp_path):
    from annstudio.io.arrays import read_array

    path = tmp_path / "x.csv"
    path.write_text("1,2\n3,x" + "9" * 100_000 + "\n", encoding="utf-8")
    _refused(lambda: read_array(path), ValueError)
