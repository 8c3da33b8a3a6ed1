"""In-process properties: loading a hostile file either succeeds or raises our own error type with a short
message (a ``str`` of at most ``MAX_MESSAGE`` characters) — never another exception.

Sizes stay small here (``big=False``); memory bombs run in child processes (test_cli.py).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings

from . import strategies as S
from .conftest import examples

MAX_MESSAGE = 600  # the file's path (~60 characters here) plus a few hundred characters of message


def refused_or_loaded(call, error_types, *, check_length: bool = True):
    """Run ``call``; an exception must be one of ``error_types`` with a short non-empty ``str`` message."""
    try:
        return call()
    except error_types as exc:
        message = str(exc)
        assert isinstance(message, str) and message.strip(), repr(exc)
        assert "Traceback" not in message
        if check_length:
            assert len(message) <= MAX_MESSAGE, f"{len(message)} characters: {message[:300]}..."
        return None


@pytest.fixture
def folder(tmp_path_factory):
    made = []

    def make() -> Path:
        path = tmp_path_factory.mktemp("case")
        made.append(path)
        return path
    yield make
    for path in made:
        shutil.rmtree(path, ignore_errors=True)


# ----------------------------------------------------------------------------------------------- projects
def _load_project(path: Path):
    from annstudio.project import Project

    project = Project.load(path)
    project.model.problems()  # what the editor shows at once (validation must not raise either)
    return project


@settings(max_examples=examples(150))
@given(write=S.project_files())
def test_project_files_load_or_refuse(folder, write):
    from annstudio.project import ProjectError

    refused_or_loaded(lambda: _load_project(write(folder())), ProjectError)


@settings(max_examples=examples(40))
@given(edits=S.mutations(4000), index=S.st.integers(0, 20))
def test_mutated_examples_load_or_refuse(folder, edits, index):
    from annstudio.project import ProjectError

    paths = S.all_example_paths()
    original = paths[index % len(paths)].read_bytes()
    path = folder() / "mutated.annproj"
    path.write_bytes(S.mutate(original, edits))
    refused_or_loaded(lambda: _load_project(path), ProjectError)


# ----------------------------------------------------------------------------------------------------- CSV
@settings(max_examples=examples(80))
@given(write=S.csv_files())
def test_csv_datasets_load_or_refuse(folder, write):
    from annstudio.data import DataError
    from annstudio.data.csv_import import load_csv

    path = write(folder())
    refused_or_loaded(lambda: load_csv(str(path)), DataError)


@settings(max_examples=examples(80))
@given(write=S.csv_files())
def test_csv_inputs_for_predict_read_or_refuse(folder, write):
    from annstudio.io.arrays import read_array

    path = write(folder())
    refused_or_loaded(lambda: read_array(path), (ValueError, OSError))


# ---------------------------------------------------------------------------------------------------- .npy
@settings(max_examples=examples(80))
@given(write=S.npy_files(big=False))
def test_npy_inputs_read_or_refuse(folder, write):
    from annstudio.io.arrays import read_array

    path = write(folder())
    refused_or_loaded(lambda: read_array(path), (ValueError, OSError))


# ----------------------------------------------------------------------------------------------------- .h5
@settings(max_examples=examples(80))
@given(write=S.h5_files(big=False))
def test_h5_files_load_or_refuse(folder, write):
    from annstudio.io.h5_read import H5Error, load_h5

    path = write(folder())
    refused_or_loaded(lambda: load_h5(path), H5Error)


@settings(max_examples=examples(40))
@given(write=S.h5_files(big=False))
def test_h5_files_open_as_models_or_refuse(folder, write):
    from annstudio.cli import _bad_input_types
    from annstudio.models import load_model

    path = write(folder())
    refused_or_loaded(lambda: load_model(path), _bad_input_types())


# -------------------------------------------------------------------------------------------------- .keras
@pytest.fixture(scope="module")
def keras_original():
    return S.keras_bytes()


@settings(max_examples=examples(60))
@given(edits=S.mutations(6000))
def test_mutated_keras_files_load_or_refuse(folder, keras_original, edits):
    from annstudio.io.h5_read import H5Error
    from annstudio.io.keras_zip_read import load_keras

    path = folder() / "mutated.keras"
    path.write_bytes(S.mutate(keras_original, edits))
    refused_or_loaded(lambda: load_keras(path), H5Error)


@settings(max_examples=examples(40))
@given(data=S.st.data())
def test_keras_archives_with_odd_members_load_or_refuse(folder, keras_original, data):
    from annstudio.io.h5_read import H5Error
    from annstudio.io.keras_zip_read import load_keras

    path = data.draw(S.keras_member_files(keras_original))(folder())
    refused_or_loaded(lambda: load_keras(path), H5Error)
