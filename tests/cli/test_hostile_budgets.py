"""Memory bombs and special files given to the command line (issue 11, items 2 and 4).

Each hostile input is written by the test, then the CLI runs on it in a child process. Refused means:
exit 2, exactly one stderr line ``annstudio: error: ...`` naming the numbers (declared vs allowed),
and a peak resident memory of the child under 1 GB. The peak is measured by a small wrapper process
whose only child is the CLI (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``, KB on Linux); the
wrapper also caps the child's address space, so a run of the unfixed code fails with MemoryError
instead of taking the machine's memory, and a timeout turns a hang (a FIFO) into a failure.
"""
import gzip
import json
import os
import subprocess
import sys
import zlib

import h5py
import numpy as np
import pytest

from annstudio.io.h5_write import save_h5
from annstudio.resources import resource_path
from annstudio.spec import ModelSpec

XOR = resource_path("examples", "xor_mlp.annproj")
PEAK_LIMIT_KB = 1_000_000            # 1 GB
ADDRESS_SPACE_CAP = 4 * 2 ** 30       # keeps an unfixed run from exhausting a shared machine
TIMEOUT = 120

_WRAPPER = r"""
import resource, subprocess, sys
cap = int(sys.argv[1])
def limit():
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
try:
    done = subprocess.run(sys.argv[3:], preexec_fn=limit, capture_output=True, timeout=float(sys.argv[2]))
    code, err = done.returncode, done.stderr
except subprocess.TimeoutExpired as exc:
    code, err = "timeout", exc.stderr or b""
sys.stderr.buffer.write(err)
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def run_cli(*args, cwd=None):
    """(exit status or "timeout", stderr lines, peak RSS of the CLI process in KB)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(ADDRESS_SPACE_CAP), str(TIMEOUT),
         sys.executable, "-m", "annstudio", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=TIMEOUT + 60)
    code, peak = done.stdout.split()[-2:]
    return (code if code == "timeout" else int(code)), done.stderr.splitlines(), int(peak)


def assert_refused(result, *fragments):
    code, lines, peak = result
    assert code == 2, (code, lines[-3:])
    assert len(lines) == 1 and lines[0].startswith("annstudio: error: "), lines[:3]
    assert len(lines[0]) < 1000, lines[0][:200]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    assert peak < PEAK_LIMIT_KB, f"peak RSS {peak} KB"
    return lines[0]


def project(tmp_path, change, name="p.annproj"):
    data = json.loads(XOR.read_text())
    change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


# --------------------------------------------------------------------------- models too large
@pytest.mark.parametrize("units, params", [(10 ** 9, "3,000,000,000"), (10 ** 8, "300,000,000")])
def test_dense_units_beyond_the_parameter_budget_are_refused_naming_the_layer(tmp_path, units, params):
    def change(p):
        p["model"]["layers"][1]["config"]["units"] = units
    line = assert_refused(run_cli("train", project(tmp_path, change), "--epochs", "1"),
                          "'dense'", params, "20,000,000")
    assert "Traceback" not in line


def test_a_wide_layer_at_a_large_batch_is_refused_before_it_allocates(tmp_path):
    """Within every other budget (100,000 units: 300 k parameters; batch 20,000), one batch's layer outputs
    would be 1.8 G values: "MemoryError: Unable to allocate 6.71 GiB" after the data was made."""
    spiral = json.loads(resource_path("examples", "spiral.annproj").read_text())
    spiral["dataset"]["params"].update(n_samples=20000, test_ratio=0.1)
    spiral["training"].update(batch_size=20000, validation_split=0.0)
    spiral["model"]["layers"][1]["config"]["units"] = 100000
    path = tmp_path / "wide.annproj"
    path.write_text(json.dumps(spiral))
    assert_refused(run_cli("train", path, "--epochs", "1"), "wide.annproj: a batch of 18,000 samples holds "
                   "100,019 values per sample", "more than the 134,217,728 allowed; choose a smaller batch size")


def test_checkpoint_name_with_a_huge_field_width_is_refused(tmp_path):
    def change(p):
        p["training"]["epochs"] = 1
        p["training"]["callbacks"] = [{"class_name": "ModelCheckpoint",
                                       "config": {"filepath": "ck_{epoch:>1000000000}.h5"}}]
    assert_refused(run_cli("train", project(tmp_path, change)), "filepath", "1000000000", "64")
    assert not list(tmp_path.glob("ck_*"))


# --------------------------------------------------------------------------- .h5 bombs
def small_model(tmp_path, units):
    """An .h5 of Input(1) -> Dense(units) saved by annstudio, with a 1-unit kernel to be replaced."""
    spec = ModelSpec.stack([1], [("Dense", {"units": 1})], name="bomb")
    path = tmp_path / "bomb.h5"
    save_h5(path, spec, {"dense/kernel": np.ones((1, 1)), "dense/bias": np.zeros(1)}, loss="mse", optimizer="sgd")
    with h5py.File(path, "r+") as f:
        config = json.loads(f.attrs["model_config"])
        config["config"]["layers"][-1]["config"]["units"] = units
        f.attrs["model_config"] = json.dumps(config)
        group = f["model_weights/dense/bomb/dense"]
        for name in ("kernel", "bias"):
            del group[name]
        group.create_dataset("bias", shape=(units,), dtype="float64", chunks=(min(units, 2 ** 16),))
    return path, "model_weights/dense/bomb/dense"


def test_h5_kernel_of_2_28_float64_never_written_is_refused(tmp_path):
    path, where = small_model(tmp_path, 2 ** 28)
    with h5py.File(path, "r+") as f:
        f.create_dataset(f"{where}/kernel", shape=(1, 2 ** 28), dtype="float64", chunks=(1, 2 ** 16))
    assert path.stat().st_size < 100_000
    assert_refused(run_cli("inspect", path), "536,870,912", "20,000,000")


def test_h5_kernel_within_the_parameter_budget_but_never_written_is_refused(tmp_path):
    units = 4_000_000                   # 4 M parameters (32 MB float64) are allowed, 0 bytes stored are not
    path, where = small_model(tmp_path, units)
    with h5py.File(path, "r+") as f:
        f.create_dataset(f"{where}/kernel", shape=(1, units), dtype="float64", chunks=(1, 2 ** 16))
    assert_refused(run_cli("inspect", path), "32,000,000 bytes", "stores only 0 bytes")


def test_h5_gzip_dataset_that_inflates_a_hundredfold_is_refused(tmp_path):
    units = 8_000_000                   # 16 M parameters; a 64 MB kernel of zeros in about 0.1 MB
    path, where = small_model(tmp_path, units)
    with h5py.File(path, "r+") as f:
        kernel = f.create_dataset(f"{where}/kernel", shape=(1, units), dtype="float64", chunks=(1, 2 ** 20),
                                  compression="gzip", compression_opts=9)
        zeros = np.zeros((1, 2 ** 20))
        for start in range(0, units, 2 ** 20):
            stop = min(units, start + 2 ** 20)
            kernel[:, start:stop] = zeros[:, : stop - start]
    assert path.stat().st_size < 2_000_000
    assert_refused(run_cli("inspect", path), "64,000,000 bytes", "compressed more than 100 times")


# --------------------------------------------------------------------------- arrays and data files
@pytest.fixture
def model_h5(tmp_path):
    spec = ModelSpec.stack([3], [("Dense", {"units": 2})], name="m")
    path = tmp_path / "m.h5"
    save_h5(path, spec, {"dense/kernel": np.ones((3, 2)), "dense/bias": np.zeros(2)})
    return path


def npy_with_header(path, shape, dtype="<f8", payload=b""):
    header = repr({"descr": dtype, "fortran_order": False, "shape": shape}).encode("latin1")
    header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
    path.write_bytes(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + payload)
    return path


def test_npy_header_declaring_10_12_rows_is_refused(tmp_path, model_h5):
    x = npy_with_header(tmp_path / "x.npy", (10 ** 12, 3), payload=bytes(24))
    assert_refused(run_cli("predict", model_h5, "--input", x, "--output", tmp_path / "y.npy"),
                   "(1000000000000, 3)", "24,000,000,000,000 bytes", "268,435,456")
    assert not (tmp_path / "y.npy").exists()


def test_npy_header_larger_than_its_data_is_refused(tmp_path, model_h5):
    x = npy_with_header(tmp_path / "x.npy", (1000, 3), payload=bytes(24))
    assert_refused(run_cli("predict", model_h5, "--input", x, "--output", tmp_path / "y.npy"),
                   "24,000 bytes", "holds 24 bytes")


def idx_gzip_bomb(path, dims, inflated):
    """A gzipped IDX file whose header says ``dims`` but whose stream inflates to ``inflated`` bytes."""
    header = bytes([0, 0, 8, len(dims)]) + b"".join(d.to_bytes(4, "big") for d in dims)
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    with open(path, "wb") as fh:
        fh.write(comp.compress(header))
        block = bytes(1 << 20)
        for _ in range(inflated >> 20):
            fh.write(comp.compress(block))
        fh.write(comp.flush())


@pytest.mark.parametrize("dims, fragment", [
    ((60000, 28, 28), "more than the header"),               # the header is modest, the stream is 1 GiB
    ((1_000_000, 1000, 1000), "1,000,000,000,000 bytes"),    # the header itself declares a terabyte
])
def test_gzip_bomb_idx_file_is_refused(tmp_path, dims, fragment):
    folder = tmp_path / "fashion"
    folder.mkdir()
    idx_gzip_bomb(folder / "train-images-idx3-ubyte.gz", dims, 2 ** 30)
    for name, shape in (("train-labels-idx1-ubyte.gz", (10,)), ("t10k-images-idx3-ubyte.gz", (10, 28, 28)),
                        ("t10k-labels-idx1-ubyte.gz", (10,))):
        with gzip.open(folder / name, "wb") as fh:
            fh.write(bytes([0, 0, 8, len(shape)]) + b"".join(d.to_bytes(4, "big") for d in shape)
                     + bytes(int(np.prod(shape))))
    assert (folder / "train-images-idx3-ubyte.gz").stat().st_size < 2_000_000

    def change(p):
        p["dataset"] = {"name": "fashion_mnist", "params": {"folder": str(folder)}}
        p["model"]["layers"][0]["config"]["shape"] = [28, 28]
        p["model"]["layers"].insert(1, {"kind": "Flatten", "name": "flatten", "config": {}})
        p["model"]["layers"][-1]["config"].update(units=10, activation="softmax")
        p["training"]["loss"] = {"name": "sparse_categorical_crossentropy", "from_logits": False}
    assert_refused(run_cli("train", project(tmp_path, change), "--epochs", "1"), "train-images", fragment)


# --------------------------------------------------------------------------- special files
def special(tmp_path, kind, name):
    path = tmp_path / name
    if kind == "dev-zero":
        os.symlink("/dev/zero", path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    return path


SPECIAL = [("dev-zero", "a device"), ("fifo", "a named pipe (FIFO)"), ("folder", "a folder")]


@pytest.mark.parametrize("kind, what", SPECIAL)
@pytest.mark.parametrize("suffix", [".csv", ".npy"])
def test_predict_input_must_be_a_regular_file(tmp_path, model_h5, kind, what, suffix):
    x = special(tmp_path, kind, "x" + suffix)
    line = assert_refused(run_cli("predict", model_h5, "--input", x, "--output", tmp_path / "y.npy"),
                          what, "only regular files")
    assert line.count(str(x)) == 1, line   # the file is named once


@pytest.mark.parametrize("kind, what", SPECIAL)
def test_csv_dataset_must_be_a_regular_file(tmp_path, kind, what):
    data = special(tmp_path, kind, "data.csv")

    def change(p):
        p["dataset"] = {"name": "csv", "params": {"path": str(data)}}
    assert_refused(run_cli("train", project(tmp_path, change), "--epochs", "1"), what, "only regular files")


@pytest.mark.parametrize("kind, what", SPECIAL)
def test_model_and_project_files_must_be_regular_files(tmp_path, kind, what):
    assert_refused(run_cli("inspect", special(tmp_path, kind, "m.h5")), what)
    assert_refused(run_cli("train", special(tmp_path, kind, "p.annproj")), what)


def test_csv_dataset_over_its_budget_is_refused_before_reading(tmp_path):
    data = tmp_path / "big.csv"
    with open(data, "wb") as fh:            # a sparse file: 9 MiB declared, nothing on disk
        fh.truncate(9 * 2 ** 20)

    def change(p):
        p["dataset"] = {"name": "csv", "params": {"path": str(data)}}
    assert_refused(run_cli("train", project(tmp_path, change), "--epochs", "1"),
                   "9,437,184 bytes", "8,388,608 bytes")


def test_predict_input_csv_over_its_budget_is_refused_before_reading(tmp_path, model_h5):
    x = tmp_path / "x.csv"
    with open(x, "wb") as fh:
        fh.truncate(9 * 2 ** 20)
    assert_refused(run_cli("predict", model_h5, "--input", x, "--output", tmp_path / "y.npy"),
                   "9,437,184 bytes", "8,388,608 bytes")
