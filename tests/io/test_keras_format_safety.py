"""Hostile ``.keras`` files: every unsafe or broken archive is refused by the reader with a message naming the
file and the problem, and by the CLI with exit 2 and one line; nothing is extracted, imported or run, and a
zip bomb stays far below 1 GB of memory."""
from __future__ import annotations

import io
import json
import re
import stat
import struct
import zipfile

import h5py
import numpy as np
import pytest

from annstudio.cli import main
from annstudio.io.keras_zip_read import KerasFileError, load_keras
from annstudio.io.keras_zip_write import save_keras
from tests.cli.test_hostile_budgets import run_cli as wrapped_cli
from tests.fuzz.harness import make_workspace, snapshot

from .helpers import plain_stack, trained_like

MiB = 1 << 20


@pytest.fixture
def good(tmp_path):
    spec = plain_stack()
    path = tmp_path / "good.keras"
    save_keras(path, spec, trained_like(spec).get_weights(), loss="mean_squared_error", optimizer="adam")
    assert load_keras(path).spec == spec
    return path


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_zip(path, items, compression=zipfile.ZIP_STORED, mode=stat.S_IFREG | 0o644):
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in items:
            info = zipfile.ZipInfo(name)
            info.compress_type = compression
            info.external_attr = mode << 16
            zf.writestr(info, data)
    return path


def rewrite(good, tmp_path, change, name="hostile.keras"):
    """``good`` with ``change(config_dict)`` applied to its config.json."""
    items = members(good)
    config = json.loads(items["config.json"])
    change(config)
    items["config.json"] = json.dumps(config).encode()
    return write_zip(tmp_path / name, items.items())


def refused(path, *fragments, cli=True):
    with pytest.raises(KerasFileError if path.suffix == ".keras" else ValueError) as info:
        load_keras(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert re.search(fragment, message), f"{fragment!r} not in {message!r}"
    return message


def cli_refuses(path, capsys, *fragments):
    """``annstudio inspect PATH``: exit 2 and one ``annstudio: error:`` line naming the problem."""
    capsys.readouterr()
    assert main(["inspect", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("annstudio: error:"), err
    for fragment in fragments:
        assert re.search(fragment, err[0]), f"{fragment!r} not in {err[0]!r}"
    return err[0]


# --------------------------------------------------------------------------- archive structure
@pytest.mark.parametrize("name, fragment", [
    ("../x", "points outside the archive"),
    ("../../home/evil/.bashrc", "points outside the archive"),
    ("/etc/cron.d/evil", "points outside the archive"),
    ("C:/evil.txt", "points outside the archive"),
    ("assets/x.txt", "unexpected archive member 'assets/x.txt'"),
])
def test_member_names_outside_or_unexpected_are_refused(good, tmp_path, capsys, name, fragment):
    path = write_zip(tmp_path / "slip.keras", [*members(good).items(), (name, b"owned")])
    refused(path, re.escape(fragment))
    cli_refuses(path, capsys, re.escape(fragment))
    assert not (tmp_path.parent / "x").exists()


def test_zip_slip_writes_nothing_anywhere(good):
    """In a child process (the fuzz harness): a zip slip is one refusal line and nothing changes beside the
    project folder, nor inside it."""
    parent, project = make_workspace()
    path = write_zip(project / "slip.keras", [*members(good).items(), ("../escaped.txt", b"owned")])
    before = snapshot(parent, project)
    code, lines, _peak = wrapped_cli("inspect", path, cwd=project)
    assert code == 2 and len(lines) == 1 and "path traversal" in lines[0], (code, lines[:3])
    assert snapshot(parent, project) == before
    assert not (parent / "escaped.txt").exists()
    assert sorted(p.name for p in project.iterdir()) == ["slip.keras"]


def test_folder_member_link_member_and_duplicates_are_refused(good, tmp_path, capsys):
    items = members(good)
    folder = write_zip(tmp_path / "folder.keras", [*items.items(), ("config.json/", b"")])
    refused(folder, "is a folder")
    link = write_zip(tmp_path / "link.keras", [("metadata.json", b"/etc/passwd")] +
                     [(k, v) for k, v in items.items() if k != "metadata.json"], mode=stat.S_IFLNK | 0o777)
    refused(link, "not a regular file")
    twice = tmp_path / "twice.keras"
    with pytest.warns(UserWarning):   # zipfile itself warns about the duplicate name
        write_zip(twice, [*items.items(), ("config.json", items["config.json"])])
    refused(twice, "holds 'config.json' twice")
    cli_refuses(folder, capsys, "is a folder")


@pytest.mark.parametrize("missing", ["config.json", "model.weights.h5"])
def test_missing_members_are_refused(good, tmp_path, capsys, missing):
    path = write_zip(tmp_path / "missing.keras", [(k, v) for k, v in members(good).items() if k != missing])
    refused(path, f"no '{re.escape(missing)}'")
    cli_refuses(path, capsys, f"no '{re.escape(missing)}'")


def test_truncated_and_non_zip_files_are_refused(good, tmp_path, capsys):
    data = good.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        path = tmp_path / f"cut{cut}.keras"
        path.write_bytes(data[:cut])
        refused(path, "truncated|damaged")
        cli_refuses(path, capsys, "truncated|damaged")
    text = tmp_path / "text.keras"
    text.write_text("not a zip at all")
    refused(text, "a .keras model is a zip archive")


def test_a_directory_instead_of_a_file(tmp_path, capsys):
    folder = tmp_path / "model.keras"
    folder.mkdir()
    refused(folder, "is a folder; only regular files are read")
    cli_refuses(folder, capsys, "is a folder")


def test_a_directory_of_millions_of_entries_is_refused_before_zipfile_reads_it(good, tmp_path):
    data = bytearray(good.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, at + 8, 60000, 60000)   # entries on this disk / in total
    path = tmp_path / "many.keras"
    path.write_bytes(bytes(data))
    refused(path, "lists 60,000 members")


# --------------------------------------------------------------------------- bombs and budgets
def deflated_zeros(path, members_before, name, size):
    """A zip whose member ``name`` is ``size`` zero bytes, deflated (about 1000:1), written in chunks."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for k, v in members_before:
            zf.writestr(k, v)
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=False) as fh:
            chunk = bytes(MiB)
            for _ in range(size // MiB):
                fh.write(chunk)
    return path


def test_weights_bomb_beyond_what_the_model_implies_is_refused(good, tmp_path, capsys):
    items = [(k, v) for k, v in members(good).items() if k != "model.weights.h5"]
    path = deflated_zeros(tmp_path / "bomb.keras", items, "model.weights.h5", 600 * MiB)
    assert path.stat().st_size < 2 * MiB
    refused(path, r"'model.weights.h5' declares 629,145,600 bytes, more than the [\d,]+ bytes allowed")
    cli_refuses(path, capsys, "declares 629,145,600 bytes")


def test_config_bomb_is_refused_by_its_ratio(good, tmp_path):
    items = [(k, v) for k, v in members(good).items() if k != "config.json"]
    path = deflated_zeros(tmp_path / "cbomb.keras", items, "config.json", 15 * MiB)
    refused(path, "inflates [\\d,]+ bytes to 15,728,640 bytes, more than 100 times")


def test_a_member_that_inflates_beyond_its_declared_size_is_refused(good, tmp_path):
    """The central directory says 100 bytes; the deflated stream holds 50 MB of zeros."""
    items = [(k, v) for k, v in members(good).items() if k != "model.weights.h5"]
    path = deflated_zeros(tmp_path / "liar.keras", items, "model.weights.h5", 50 * MiB)
    data = bytearray(path.read_bytes())
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<L", data, cd + 24, 100)           # uncompressed size in the central directory
    local = struct.unpack_from("<L", data, cd + 42)[0]
    struct.pack_into("<L", data, local + 22, 100)        # and in the local header
    path.write_bytes(bytes(data))
    refused(path, "damaged|inflates to more than")


def test_bomb_peak_memory_stays_under_1_gb(good, tmp_path):
    """The CLI in a child process on a 600 MB weights bomb and on a 300 MB bomb within a big model's budget:
    refused, peak RSS < 1 GB. The peak comes from tests/cli/test_hostile_budgets.py's wrapper (a fresh
    process whose only child is the CLI), so the test process's own memory does not count."""
    items = [(k, v) for k, v in members(good).items() if k != "model.weights.h5"]
    path = deflated_zeros(tmp_path / "bomb.keras", items, "model.weights.h5", 600 * MiB)
    code, lines, peak = wrapped_cli("inspect", path)
    assert code == 2 and len(lines) == 1 and "declares 629,145,600 bytes" in lines[0], (code, lines[:3])
    assert peak < 1024 * 1024, peak
    assert peak < 400 * 1024, peak   # annstudio's own start-up is most of it, far from the 600 MB declared
    # A model config that implies 16 M parameters (512 MB of budget): a 300 MB bomb passes the size budget
    # and is refused by its compression ratio.
    config = json.loads(dict(items)["config.json"])
    for k in (1, 2):
        config["config"]["layers"][k]["config"]["units"] = 4000
    items = [(k, json.dumps(config).encode() if k == "config.json" else v) for k, v in items]
    path = deflated_zeros(tmp_path / "big.keras", items, "model.weights.h5", 300 * MiB)
    code, lines, peak = wrapped_cli("inspect", path)
    assert code == 2 and len(lines) == 1 and "more than 100 times (a zip bomb?)" in lines[0], (code, lines[:3])
    assert peak < 400 * 1024, peak


def test_weights_with_an_extra_dataset_or_a_wrong_shape_are_refused(good, tmp_path):
    items = members(good)
    buffer = io.BytesIO(items["model.weights.h5"])
    with h5py.File(buffer, "r+") as f:
        f["layers/dense/vars/2"] = np.zeros(3, "float32")
    path = write_zip(tmp_path / "extra.keras", [*[(k, v) for k, v in items.items() if k != "model.weights.h5"],
                                                ("model.weights.h5", buffer.getvalue())])
    refused(path, "layers/dense/vars holds '0', '1', '2' but layer 'dense' has 2 weight")
    buffer = io.BytesIO(items["model.weights.h5"])
    with h5py.File(buffer, "r+") as f:
        del f["layers/dense_1/vars/0"]
        f["layers/dense_1/vars/0"] = np.zeros((5, 5), "float32")
    path = write_zip(tmp_path / "shape.keras", [*[(k, v) for k, v in items.items() if k != "model.weights.h5"],
                                                ("model.weights.h5", buffer.getvalue())])
    refused(path, r"wrong shape for 'dense_1/kernel': expected \(8, 4\), found \(5, 5\)")


def test_a_soft_link_inside_the_weights_is_refused(good, tmp_path):
    items = members(good)
    buffer = io.BytesIO(items["model.weights.h5"])
    with h5py.File(buffer, "r+") as f:
        del f["layers/dense/vars/0"]
        f["layers/dense/vars/0"] = h5py.SoftLink("/layers/dense_1/vars/0")
    path = write_zip(tmp_path / "soft.keras", [*[(k, v) for k, v in items.items() if k != "model.weights.h5"],
                                               ("model.weights.h5", buffer.getvalue())])
    refused(path, "soft link")


# --------------------------------------------------------------------------- the allow-list
LAMBDA = {"module": "keras.layers", "class_name": "Lambda", "registered_name": None, "config": {
    "name": "lambda", "trainable": True, "dtype": "float32",
    "function": {"class_name": "__lambda__", "config": {"code": "4wEAAAAAAAAAAAAAAAEAAAADAAAAQwAAAHMEAAAAfABTAKkBTqkA",
                                                        "defaults": None, "closure": None}},
    "arguments": {}}}


def test_lambda_layer_is_refused(good, tmp_path, capsys):
    path = rewrite(good, tmp_path, lambda c: c["config"]["layers"].insert(1, LAMBDA))
    refused(path, "Lambda")
    cli_refuses(path, capsys, "Lambda")


@pytest.mark.parametrize("where, change, fragment", [
    ("layer class", lambda c: c["config"]["layers"][1].update(module="os", class_name="system"), "system"),
    ("initializer", lambda c: c["config"]["layers"][1]["config"].update(
        kernel_initializer={"module": "subprocess", "class_name": "Popen", "config": {}, "registered_name": None}),
     "kernel_initializer"),
    ("dtype policy", lambda c: c["config"]["layers"][2]["config"]["dtype"].update(module="os"),
     "dtype: module 'os' is not allowed"),
    ("build_config", lambda c: c["config"]["layers"][1].update(
        build_config={"input_shape": {"module": "os", "class_name": "system", "config": "rm -rf /"}}),
     "module 'os' is not allowed"),
    ("model class", lambda c: c.update(module="evil.models"), "evil.models"),
    ("compile loss", lambda c: c["compile_config"].update(
        loss={"module": "os", "class_name": "system", "config": {}, "registered_name": None}),
     "compile_config.loss: module 'os' is not allowed"),
    ("compile optimizer", lambda c: c["compile_config"]["optimizer"].update(registered_name="Custom>Adam"),
     "compile_config.optimizer: registered_name 'Custom>Adam'"),
    ("top-level field", lambda c: c.update(evil={"module": "os"}), "unknown field\\(s\\) evil"),
])
def test_foreign_modules_anywhere_are_refused_naming_the_field(good, tmp_path, capsys, where, change, fragment):
    path = rewrite(good, tmp_path, change)
    refused(path, fragment)
    cli_refuses(path, capsys, fragment)
