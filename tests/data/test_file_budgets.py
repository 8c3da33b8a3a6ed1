"""The budget checks themselves (issue 11, items 2 and 4): regular files only, declared sizes checked
against the bytes present and the budgets of ``annstudio.limits`` before anything is allocated."""
import gzip
import io
import os
import zipfile
import zlib

import numpy as np
import pytest

from annstudio import limits
from annstudio.data.dataset import DataError
from annstudio.data.files import FileRefused, read_bytes, read_npy, regular_file
from annstudio.data.idx import IDX_MAGIC_IMAGES, read_idx, read_npz, write_idx
from annstudio.spec import LayerSpec, ModelSpec, SpecError
from annstudio.spec.name_template import template_problem


# --------------------------------------------------------------------------- regular files
def test_a_regular_file_within_its_budget_is_read(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"1,2\n3,4\n")
    assert regular_file(path, 8) == 8
    assert read_bytes(path, 8) == b"1,2\n3,4\n"
    link = tmp_path / "link.csv"
    os.symlink(path, link)
    assert read_bytes(link, 100) == b"1,2\n3,4\n"


def test_a_file_over_its_budget_is_refused_with_both_numbers(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(FileRefused, match=r"a.csv is 1,001 bytes, more than the 1,000 bytes allowed"):
        read_bytes(path, 1000)


@pytest.mark.parametrize("make, kind", [
    (lambda p: os.symlink("/dev/zero", p), "a device"),
    (lambda p: os.symlink("/dev/null", p), "a device"),
    (os.mkfifo, "a named pipe"),
    (os.mkdir, "a folder"),
])
def test_special_files_are_refused_without_opening_them(tmp_path, make, kind):
    path = tmp_path / "data.csv"
    make(path)
    with pytest.raises(FileRefused, match=f"is {kind}.*only regular files are read"):
        read_bytes(path, 1 << 20)       # a FIFO would block in open(); a device would never end
    with pytest.raises(FileRefused, match=kind):
        read_npy(path, 1 << 20)


def test_a_missing_file_is_reported_as_missing(tmp_path):
    with pytest.raises(FileRefused) as info:
        regular_file(tmp_path / "nope.csv", 10)
    assert info.value.missing and "no such file" in str(info.value)


# --------------------------------------------------------------------------- .npy
def test_npy_files_round_trip(tmp_path):
    for array in (np.arange(12.0).reshape(3, 4), np.asfortranarray(np.arange(6, dtype=">i4").reshape(2, 3)),
                  np.float32(2.5) * np.ones(()), np.zeros((0, 3))):
        path = tmp_path / "a.npy"
        np.save(path, array)
        got = read_npy(path, 1 << 20)
        assert got.dtype == array.dtype and got.shape == array.shape and np.array_equal(got, array)
        got[...] = 0   # writable, like np.load's


def npy_bytes(shape, descr="<f8", payload=b""):
    header = repr({"descr": descr, "fortran_order": False, "shape": shape}).encode("latin1")
    header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + payload


@pytest.mark.parametrize("content, fragment", [
    (npy_bytes((10 ** 12,), payload=bytes(8)), r"declares shape \(1000000000000,\) of float64 = 8,000,000,000,000 "
                                               r"bytes, more than the 1,048,576 bytes allowed"),
    (npy_bytes((100, 3), payload=bytes(8)), r"= 2,400 bytes, but the file holds 8 bytes of data"),
    (npy_bytes((1,), payload=bytes(16)), r"= 8 bytes, but the file holds 16 bytes"),
    (npy_bytes((2,), descr="|O", payload=bytes(16)), "Python objects"),
    (b"", "the file is empty"),
    (b"PK\x03\x04 a zip", r"\.npz archive"),
    (b"hello world", "no .npy header"),
])
def test_npy_headers_are_checked_before_allocating(tmp_path, content, fragment):
    path = tmp_path / "x.npy"
    path.write_bytes(content)
    with pytest.raises(FileRefused, match=fragment):
        read_npy(path, 1 << 20)


# --------------------------------------------------------------------------- IDX and .npz
def gzip_stream(header: bytes, zeros: int) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    return comp.compress(header) + comp.compress(bytes(zeros)) + comp.flush()


def idx_header(*dims):
    return bytes([0, 0, 8, len(dims)]) + b"".join(d.to_bytes(4, "big") for d in dims)


def test_idx_gz_round_trip(tmp_path):
    images = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    write_idx(tmp_path / "i.gz", images)
    assert np.array_equal(read_idx(tmp_path / "i.gz", IDX_MAGIC_IMAGES), images)


def test_idx_stream_longer_than_its_header_is_not_inflated(tmp_path):
    path = tmp_path / "i.gz"
    path.write_bytes(gzip_stream(idx_header(10, 28, 28), 64 << 20))   # 64 MiB of zeros after 7,840 bytes
    with pytest.raises(DataError, match="more than the header"):
        read_idx(path, IDX_MAGIC_IMAGES)


def test_idx_header_over_the_budget_is_refused(tmp_path):
    path = tmp_path / "i.gz"
    path.write_bytes(gzip_stream(idx_header(100_000, 1000, 1000), 0))
    with pytest.raises(DataError, match=r"declares 100,000,000,000 bytes of data, more than the 67,108,864"):
        read_idx(path, IDX_MAGIC_IMAGES)


def test_idx_inflating_more_than_the_ratio_is_refused(tmp_path):
    path = tmp_path / "i.gz"
    path.write_bytes(gzip_stream(idx_header(1000, 100, 100), 10_000_000))   # 10 MB in ~10 KB
    with pytest.raises(DataError, match=r"would inflate to 10,000,000 bytes, more than 100 times"):
        read_idx(path, IDX_MAGIC_IMAGES)


def test_npz_members_are_checked_like_npy_files(tmp_path):
    path = tmp_path / "mnist.npz"
    arrays = {k: np.arange(6, dtype=np.uint8).reshape(2, 3) for k in ("x_train", "y_train", "x_test", "y_test")}
    np.savez_compressed(path, **arrays)
    assert all(np.array_equal(a, arrays["x_train"]) for a in read_npz(path))
    with zipfile.ZipFile(path, "w") as zf:
        for key in arrays:
            zf.writestr(key + ".npy", npy_bytes((10 ** 9, 10 ** 3), descr="|u1", payload=bytes(8)))
    with pytest.raises(DataError, match=r"x_train: the .npy header declares shape \(1000000000, 1000\)"):
        read_npz(path)
    buffer = io.BytesIO()
    np.save(buffer, np.zeros(16 << 20, dtype=np.uint8))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key in arrays:
            zf.writestr(key + ".npy", buffer.getvalue())
    with pytest.raises(DataError, match="more than 100 times"):
        read_npz(path)


def test_gzip_module_is_not_asked_to_read_to_the_end(tmp_path, monkeypatch):
    """The IDX reader asks the gzip stream for at most the declared size plus one byte."""
    path = tmp_path / "i.gz"
    path.write_bytes(gzip_stream(idx_header(4), 4))
    asked = []
    real = gzip.GzipFile.read

    def read(self, size=-1):
        asked.append(size)
        return real(self, size)
    monkeypatch.setattr(gzip.GzipFile, "read", read)
    read_idx(path)
    assert asked and all(0 <= n <= 5 for n in asked), asked


# --------------------------------------------------------------------------- model size
def stack(*layers, shape=(2,)):
    return ModelSpec.stack(list(shape), list(layers))


def test_a_layer_over_the_parameter_budget_is_named():
    spec = stack(("Dense", {"units": 10 ** 9}))
    with pytest.raises(SpecError, match=r"too many parameters: 3,000,000,000, more than the 20,000,000") as info:
        spec.validate()
    assert info.value.layer == spec.layers[1].name
    assert spec.layers[1].name in spec.problems()


def test_a_model_over_the_parameter_budget_names_its_largest_layer():
    spec = stack(("Dense", {"units": 3000}), ("Dense", {"units": 3000}), ("Dense", {"units": 3000}),
                 shape=(1000,))
    total = 1000 * 3000 + 3000 + 2 * (3000 * 3000 + 3000)
    assert total > limits.MAX_PARAMS
    with pytest.raises(SpecError, match=f"the model has {total:,} parameters, more than the 20,000,000") as info:
        spec.validate()
    assert info.value.layer == spec.layers[2].name


def test_a_layer_output_over_the_budget_is_refused():
    spec = ModelSpec([LayerSpec("Input", "input", {"shape": [4000, 3000]}),
                      LayerSpec("Flatten", "flat", {})])
    with pytest.raises(SpecError, match=r"12,000,000, more than the 10,000,000 a layer may output"):
        spec.validate()


def test_models_learners_build_are_far_below_the_budget():
    spec = stack(("Flatten", {}), ("Dense", {"units": 1024}), ("Dense", {"units": 1024}), ("Dense", {"units": 10}),
                 shape=(28, 28))
    assert sum(spec.count_params()) < limits.MAX_PARAMS / 10


# --------------------------------------------------------------------------- file-name templates
@pytest.mark.parametrize("template", [
    "checkpoint.h5", "ckpt_{epoch:02d}_{val_loss:.3f}.h5", "{epoch:0>64}", "{loss:,.32f}", "a{{b}}c", "{epoch!r}",
])
def test_ordinary_templates_pass(template):
    assert template_problem(template) is None


@pytest.mark.parametrize("template, fragment", [
    ("ck_{epoch:>1000000000}.h5", "width 1000000000"),
    ("{epoch:.100f}", "precision 100"),
    ("{epoch:" + "9" * 5000 + "}", "width 999999999999"),
    ("{epoch.__class__}", "only names"),
    ("{0}", "only names"),
    ("{}", "only names"),
    ("{epoch[0]}", "only names"),
    ("{epoch:{loss}}", "is not a format"),
    ("{epoch!z}", "unknown conversion"),
    ("ck_{epoch", "double a brace"),
])
def test_template_bombs_and_lookups_are_refused(template, fragment):
    problem = template_problem(template)
    assert problem is not None and fragment in problem and len(problem) < 300


def test_an_image_set_over_the_image_budget_is_refused(tmp_path):
    from annstudio.data.images import load_images

    n = limits.MAX_IMAGES + 1                       # 1x1-pixel images: tiny files, a huge label array
    write_idx(tmp_path / "train-images-idx3-ubyte.gz", np.zeros((n - 10, 1, 1), np.uint8))
    write_idx(tmp_path / "train-labels-idx1-ubyte.gz", np.zeros(n - 10, np.uint8))
    write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", np.zeros((10, 1, 1), np.uint8))
    write_idx(tmp_path / "t10k-labels-idx1-ubyte.gz", np.zeros(10, np.uint8))
    with pytest.raises(DataError, match=r"1,000,001 images, more than the 1,000,000 a set may have"):
        load_images("fashion_mnist", folder=str(tmp_path))


def test_an_h5_json_attribute_over_its_budget_is_refused_before_parsing(tmp_path):
    import h5py

    from annstudio.io.h5_read import H5Error, load_h5

    path = tmp_path / "big_config.h5"
    with h5py.File(path, "w") as f:
        f.attrs["model_config"] = "[" + "0," * (limits.MAX_PROJECT_BYTES // 2) + "0]"
    with pytest.raises(H5Error, match=r"'model_config' is 16,777,219 characters of JSON, more than the 16,777,216"):
        load_h5(path)
