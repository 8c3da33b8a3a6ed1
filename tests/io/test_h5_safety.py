"""Files from strangers: every unsafe or broken construct is refused with a message naming the file and
the problem, and nothing in the file runs or is read from elsewhere."""
import json
import re

import h5py
import numpy as np
import pytest

from annstudio.io.h5_read import H5Error, load_h5
from annstudio.io.h5_write import save_h5

from .helpers import plain_stack, trained_like

KERNEL = "model_weights/dense/plain/dense/kernel"      # dense: Dense(8) after a 3-feature input


@pytest.fixture
def good(tmp_path):
    spec = plain_stack()
    path = tmp_path / "good.h5"
    save_h5(path, spec, trained_like(spec).get_weights(), loss="mse", optimizer="adam")
    assert load_h5(path).spec == spec
    return path


def refused(path, *fragments):
    with pytest.raises(H5Error) as info:
        load_h5(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert re.search(fragment, message), f"{fragment!r} not in {message!r}"
    return message


def edit_config(path, change):
    with h5py.File(path, "r+") as f:
        cfg = json.loads(f.attrs["model_config"])
        change(cfg)
        f.attrs["model_config"] = json.dumps(cfg)


# --------------------------------------------------------------------------- code in the config
def test_keras_lambda_file_is_refused_and_its_code_never_runs(keras, tmp_path):
    marker = tmp_path / "pwned"
    # A lambda expression: Keras marshals its bytecode into the file (CVE-2024-3660).
    touch = eval(f"lambda x: (__import__('pathlib').Path({str(marker)!r}).touch(), x)[1]")
    model = keras.Sequential([keras.Input((3,)), keras.layers.Lambda(touch), keras.layers.Dense(2)])
    path = tmp_path / "lambda.h5"
    model.save(path)
    marker.unlink()                     # building the model ran it once
    with h5py.File(path, "r") as f:
        assert "__lambda__" in f.attrs["model_config"]
    refused(path, "Lambda")
    assert not marker.exists()
    # The file really carries code: Keras without safe mode runs it.
    keras.models.load_model(path, safe_mode=False)
    assert marker.exists()


@pytest.mark.parametrize("change, fragments", [
    (lambda c: c["config"]["layers"][1].update(class_name="MyDense"), ["'MyDense' is not supported", "'dense'"]),
    (lambda c: c["config"]["layers"][1].update(module="evil.layers"), ["'evil.layers'", "not from Keras"]),
    (lambda c: c["config"]["layers"][1].update(registered_name="custom>Dense"), ["'custom>Dense'", "not from Keras"]),
    (lambda c: c.update(class_name="MyModel"), ["model class 'MyModel' is not supported"]),
    (lambda c: c.update(module="evil.models"), ["'evil.models'", "not from Keras"]),
    (lambda c: c["config"]["layers"][1]["config"].update(activation={"class_name": "__lambda__", "config": {}}),
     ["activation"]),
])
def test_unknown_classes_and_custom_modules_are_refused(good, change, fragments):
    edit_config(good, change)
    refused(good, *fragments)


def test_config_is_parsed_as_json_only(good):
    with h5py.File(good, "r+") as f:
        f.attrs["model_config"] = "{'class_name': __import__('os').system('true')}"
    refused(good, "model_config.*not valid JSON")


def test_missing_model_config(good):
    with h5py.File(good, "r+") as f:
        del f.attrs["model_config"]
    refused(good, "no model_config")


# --------------------------------------------------------------------------- links and datasets
def test_external_link_is_refused(good, tmp_path):
    other = tmp_path / "other.h5"
    with h5py.File(other, "w") as f:
        f["kernel"] = np.zeros((3, 8), "float32")
    with h5py.File(good, "r+") as f:
        del f[KERNEL]
        f[KERNEL] = h5py.ExternalLink(str(other), "/kernel")
    refused(good, f"/{KERNEL} is an external link", "other.h5")


def test_soft_links_are_refused(good):
    with h5py.File(good, "r+") as f:
        f["spare"] = f[KERNEL][()]
        del f[KERNEL]
        f[KERNEL] = h5py.SoftLink("/spare")
    refused(good, f"/{KERNEL} is a soft link", "/spare")


def test_soft_link_to_a_layer_group_is_refused(good):
    with h5py.File(good, "r+") as f:
        f.move("model_weights/dense", "elsewhere")
        f["model_weights/dense"] = h5py.SoftLink("/elsewhere")
    refused(good, "/model_weights/dense is a soft link")


def test_external_dataset_is_refused_before_reading(good, tmp_path):
    raw = tmp_path / "raw.bin"          # never created: reading it would fail differently
    with h5py.File(good, "r+") as f:
        del f[KERNEL]
        f.create_dataset(KERNEL, shape=(3, 8), dtype="float32", external=[(str(raw), 0, 3 * 8 * 4)])
    refused(good, "external file", "raw.bin")


def test_virtual_dataset_is_refused(good, tmp_path):
    source = tmp_path / "source.h5"
    with h5py.File(source, "w") as f:
        f["data"] = np.ones((3, 8), "float32")
    layout = h5py.VirtualLayout(shape=(3, 8), dtype="float32")
    layout[:] = h5py.VirtualSource(str(source), "data", shape=(3, 8))
    with h5py.File(good, "r+") as f:
        del f[KERNEL]
        f.create_virtual_dataset(KERNEL, layout)
    refused(good, "virtual dataset")


@pytest.mark.parametrize("data", [
    np.array([["a"] * 8] * 3, dtype=h5py.string_dtype()),
    np.array([[b"abc"] * 8] * 3),
    np.zeros((3, 8), dtype=[("re", "f4"), ("im", "f4")]),
    np.zeros((3, 8), dtype="int32"),
])
def test_non_float_weights_are_refused(good, data):
    with h5py.File(good, "r+") as f:
        del f[KERNEL]
        f[KERNEL] = data
    refused(good, "weight 'dense/kernel'", "dtype", "expected floating-point")


def test_oversized_declared_shape_is_refused_before_reading(good):
    with h5py.File(good, "r+") as f:
        del f[KERNEL]
        # 2**40 elements declared, nothing stored: the file stays small.
        f.create_dataset(KERNEL, shape=(2 ** 20, 2 ** 20), dtype="float32", chunks=(1, 1024))
    assert good.stat().st_size < 100_000
    refused(good, r"dense/kernel.*\(1048576, 1048576\)", "limit of 20,000,000 elements")


def test_total_size_cap(good):
    with pytest.raises(H5Error, match="limit of 100 bytes"):
        load_h5(good, max_bytes=100)
    with pytest.raises(H5Error, match="limit of 10 elements per array"):
        load_h5(good, max_elements=10)


def test_wrong_weight_shape_names_layer_and_weight(good):
    with h5py.File(good, "r+") as f:
        kernel = f[KERNEL][()]
        del f[KERNEL]
        f[KERNEL] = kernel.T
    refused(good, re.escape("wrong shape for 'dense/kernel': expected (3, 8), found (8, 3)"))


def test_missing_and_extra_weights(good):
    with h5py.File(good, "r+") as f:
        g = f["model_weights/dense"]
        g.attrs["weight_names"] = g.attrs["weight_names"][:1]
    refused(good, "layer 'dense' needs 2 weight", "has 1")


def test_weight_count_of_layers_must_match(good):
    with h5py.File(good, "r+") as f:
        f["model_weights"].attrs["layer_names"] = np.array([b"dense", b"dense_1"])
    refused(good, "weights for 2 layer", "3 layer")


def test_builtin_compression_is_read(good):
    with h5py.File(good, "r+") as f:
        kernel = f[KERNEL][()]
        del f[KERNEL]
        f.create_dataset(KERNEL, data=kernel, compression="gzip", shuffle=True)
    assert np.array_equal(load_h5(good).weights["dense/kernel"], kernel)


def test_filters_that_need_a_plugin_library_are_refused(good):
    with h5py.File(good, "r+") as f:
        kernel = f[KERNEL][()]
        del f[KERNEL]
        # 32004 (LZ4) is not built into HDF5: reading would make HDF5 look for a plugin to load.
        f.create_dataset(KERNEL, data=kernel, chunks=kernel.shape, compression=32004, allow_unknown_filter=True)
    refused(good, "filter 32004", "not built in")


# --------------------------------------------------------------------------- not a (whole) file
def test_not_hdf5(tmp_path):
    path = tmp_path / "model.h5"
    path.write_bytes(b"PK\x03\x04 this is a zip, not HDF5" * 10)
    refused(path, "not an HDF5 file")


def test_truncated_file(good, tmp_path):
    data = good.read_bytes()
    path = tmp_path / "truncated.h5"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "truncated")


def test_missing_file(tmp_path):
    refused(tmp_path / "absent.h5", "no such file")


def test_damaged_state_tree(good, tmp_path):
    spec = plain_stack()
    path = tmp_path / "s.h5"
    save_h5(path, spec, trained_like(spec).get_weights(), state={"epoch": 3, "slots": np.ones(4)})
    with h5py.File(path, "r+") as f:
        f["annstudio_state"].attrs["tree"] = json.dumps({"dict": [["epoch", {"eval": "os.system('x')"}]]})
    refused(path, "resume state", "malformed")


def test_state_array_behind_an_external_link(tmp_path):
    spec = plain_stack()
    path = tmp_path / "s.h5"
    save_h5(path, spec, trained_like(spec).get_weights(), state={"slots": np.ones(4)})
    other = tmp_path / "other.h5"
    with h5py.File(other, "w") as f:
        f["a"] = np.ones(4)
    with h5py.File(path, "r+") as f:
        del f["annstudio_state/a0"]
        f["annstudio_state/a0"] = h5py.ExternalLink(str(other), "/a")
    refused(path, "/annstudio_state/a0 is an external link")


def test_unsupported_training_config_is_dropped_with_a_note(good):
    with h5py.File(good, "r+") as f:
        tc = json.loads(f.attrs["training_config"])
        tc["optimizer_config"] = {"class_name": "Nadam", "config": {}}
        f.attrs["training_config"] = json.dumps(tc)
    contents = load_h5(good)
    assert contents.optimizer is None and contents.loss == {"name": "mean_squared_error"}
    assert any("Nadam" in note for note in contents.notes)
