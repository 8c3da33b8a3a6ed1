"""IDX / npz reading, folder lookup, the absent-files message, and the real Fashion-MNIST."""
import gzip
from pathlib import Path

import numpy as np
import pytest

from annstudio.data import DataError, idx, load_dataset
from annstudio.data.idx import download as real_download  # bound before fixtures stub it out
from annstudio.data.images import FASHION_CLASSES

from .conftest import IDX_NAMES, small_image_set, write_idx_set


# ----------------------------------------------------------------------------- IDX reader
@pytest.mark.parametrize("gz", [True, False])
def test_read_idx_round_trip(tmp_path, gz):
    images = np.arange(3 * 28 * 28, dtype=np.uint32).reshape(3, 28, 28).astype(np.uint8)
    labels = np.array([7, 0, 9], np.uint8)
    suffix = ".gz" if gz else ""
    idx.write_idx(tmp_path / f"img{suffix}", images)
    idx.write_idx(tmp_path / f"lab{suffix}", labels)
    raw = (tmp_path / f"img{suffix}").read_bytes()
    assert raw[:2] == (b"\x1f\x8b" if gz else b"\x00\x00")
    assert np.array_equal(idx.read_idx(tmp_path / f"img{suffix}", idx.IDX_MAGIC_IMAGES), images)
    assert np.array_equal(idx.read_idx(tmp_path / f"lab{suffix}", idx.IDX_MAGIC_LABELS), labels)


def test_read_idx_header_layout(tmp_path):
    path = tmp_path / "labels"
    path.write_bytes(bytes.fromhex("00000801 00000003") + bytes([1, 2, 3]))
    assert idx.read_idx(path, idx.IDX_MAGIC_LABELS).tolist() == [1, 2, 3]


def test_bad_magic_is_reported(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte"
    idx.write_idx(path, np.zeros(5, np.uint8))  # a labels file where images are expected
    with pytest.raises(DataError, match=r"train-images-idx3-ubyte: bad magic number 0x00000801, expected 0x00000803"):
        idx.read_idx(path, idx.IDX_MAGIC_IMAGES)
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(DataError, match="bad magic number 0x504B0304"):
        idx.read_idx(path)


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_file_is_reported(tmp_path, gz):
    data = bytes.fromhex("00000803 0000000A 0000001C 0000001C") + bytes(10 * 28 * 28 - 100)
    path = tmp_path / ("t10k-images-idx3-ubyte" + (".gz" if gz else ""))
    path.write_bytes(gzip.compress(data) if gz else data)
    with pytest.raises(DataError, match=r"t10k-images-idx3-ubyte.*truncated.*10 x 28 x 28 = 7,840 bytes.*only 7,740"):
        idx.read_idx(path, idx.IDX_MAGIC_IMAGES)


def test_truncated_gzip_stream_is_reported(tmp_path):
    path = tmp_path / "train-labels-idx1-ubyte.gz"
    full = gzip.compress(bytes.fromhex("00000801 000003E8") + bytes(1000))
    path.write_bytes(full[: len(full) // 2])
    with pytest.raises(DataError, match=r"train-labels-idx1-ubyte.gz: the gzip file is truncated"):
        idx.read_idx(path)


def test_extra_bytes_and_tiny_files_are_reported(tmp_path):
    path = tmp_path / "x"
    path.write_bytes(bytes.fromhex("00000801 00000002") + bytes(5))
    with pytest.raises(DataError, match="3 bytes more than the header"):
        idx.read_idx(path)
    path.write_bytes(b"\x00\x00")
    with pytest.raises(DataError, match="too short"):
        idx.read_idx(path)


# ----------------------------------------------------------------------------- loading from a folder
@pytest.mark.parametrize("gz", [True, False])
def test_load_from_user_folder_idx(tmp_path, no_default_folders, gz):
    arrays = small_image_set()
    folder = write_idx_set(tmp_path / "my-fashion", arrays, gz=gz)
    ds = load_dataset("fashion_mnist", folder=str(folder), validation=10)
    x_train, y_train, x_test, y_test = arrays
    assert ds.x_val.shape == (10, 28, 28) and ds.x_train.shape == (30, 28, 28) and ds.x_test.shape == (12, 28, 28)
    assert ds.x_train.dtype == np.float32 and 0.0 <= ds.x_train.min() and ds.x_train.max() <= 1.0
    assert np.allclose(ds.x_val, x_train[:10] / 255.0)  # the FIRST images are the validation set
    assert np.allclose(ds.x_train, x_train[10:] / 255.0)
    assert ds.y_val.tolist() == y_train[:10].tolist() and ds.y_test.dtype == np.int64
    assert ds.class_names == FASHION_CLASSES and ds.n_classes == 10
    assert str(folder) in ds.description


def test_load_options_flatten_scale_limits(tmp_path, no_default_folders):
    arrays = small_image_set()
    folder = write_idx_set(tmp_path / "d", arrays)
    ds = load_dataset("mnist", folder=folder, validation=0, scale=False, flatten=True, limit_train=20, limit_test=5)
    assert ds.x_val is None and ds.input_shape == (784,) and ds.x_train.shape == (20, 784)
    assert ds.x_test.shape == (5, 784) and ds.x_train.max() > 1.0
    assert np.array_equal(ds.x_train, arrays[0][:20].reshape(20, -1).astype(np.float32))
    assert ds.class_names == [str(d) for d in range(10)]
    with pytest.raises(DataError, match=r"'validation' = 40 leaves no training images; accepted: 0 to 39"):
        load_dataset("mnist", folder=folder, validation=40)


def test_load_from_keras_style_npz(tmp_path, no_default_folders):
    x_train, y_train, x_test, y_test = small_image_set()
    np.savez(tmp_path / "mnist.npz", x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test)
    ds = load_dataset("mnist", folder=tmp_path, validation=5)
    assert ds.x_train.shape == (35, 28, 28) and np.allclose(ds.x_val, x_train[:5] / 255.0)
    assert "mnist.npz" in ds.description


def test_mnist_npz_in_keras_cache_is_found(no_default_folders):
    x_train, y_train, x_test, y_test = small_image_set()
    datasets = no_default_folders["keras"] / "datasets"
    datasets.mkdir()
    np.savez_compressed(datasets / "mnist.npz", x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test)
    assert load_dataset("mnist", validation=0).n_train == 40


def test_debian_folder_is_searched_for_fashion(no_default_folders):
    write_idx_set(no_default_folders["debian"], small_image_set())
    assert load_dataset("fashion_mnist", validation=0).n_test == 12


def test_npz_problems(tmp_path, no_default_folders):
    x_train, y_train, x_test, y_test = small_image_set()
    np.savez(tmp_path / "mnist.npz", x_train=x_train, y_train=y_train)
    with pytest.raises(DataError, match=r"mnist.npz: missing array\(s\) x_test, y_test"):
        load_dataset("mnist", folder=tmp_path)
    np.savez(tmp_path / "mnist.npz", x_train=x_train, y_train=np.array([object()] * 40, dtype=object),
             x_test=x_test, y_test=y_test)
    with pytest.raises(DataError, match="without pickle"):
        load_dataset("mnist", folder=tmp_path)
    (tmp_path / "mnist.npz").write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(DataError, match="not a readable .npz"):
        load_dataset("mnist", folder=tmp_path)
    np.savez(tmp_path / "mnist.npz", x_train=x_train, y_train=y_train + 10, x_test=x_test, y_test=y_test)
    with pytest.raises(DataError, match="labels must be integers 0..9"):
        load_dataset("mnist", folder=tmp_path)


def test_corrupt_file_in_folder_names_the_file(tmp_path, no_default_folders):
    folder = write_idx_set(tmp_path / "d", small_image_set())
    path = folder / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(gzip.decompress(path.read_bytes())[:-50]))
    with pytest.raises(DataError, match=r"dataset 'fashion_mnist': .*train-images-idx3-ubyte.gz: the file is truncated"):
        load_dataset("fashion_mnist", folder=folder)


def test_label_count_mismatch(tmp_path, no_default_folders):
    x_train, y_train, x_test, y_test = small_image_set()
    folder = write_idx_set(tmp_path / "d", (x_train, y_train[:-1], x_test, y_test))
    with pytest.raises(DataError, match="40 training images but labels of shape"):
        load_dataset("fashion_mnist", folder=folder)


def test_absent_message_names_folders_and_files(tmp_path, no_default_folders):
    user = tmp_path / "where-i-put-it"
    user.mkdir()
    idx.write_idx(user / "train-images-idx3-ubyte.gz", np.zeros((2, 28, 28), np.uint8))  # incomplete set
    with pytest.raises(DataError) as info:
        load_dataset("fashion_mnist", folder=str(user), download=True)
    message = str(info.value)
    for name in IDX_NAMES:
        assert name in message
    assert "fashion-mnist.npz" in message
    for folder in (user, no_default_folders["debian"], no_default_folders["keras"] / "datasets" / "fashion-mnist"):
        assert str(folder) in message
    assert "has only train-images-idx3-ubyte.gz" in message
    assert "\n" not in message  # one line, as the CLI prints errors
    assert "apt install dataset-fashion-mnist" in message
    assert "Downloading failed: URLError" in message

    with pytest.raises(DataError) as info:
        load_dataset("mnist")  # download defaults to False: say how to get it
    message = str(info.value)
    assert "mnist.npz" in message and str(no_default_folders["keras"] / "datasets") in message
    assert "download=true" in message
    # the window's words too (it read "name the folder with the parameter 'folder'" in the Data panel)
    assert "in the Data panel: Folder" in message and "in the Data panel: Download if missing" in message


def test_missing_user_folder(tmp_path):
    with pytest.raises(DataError, match=r"parameter 'folder' = .*nope.* is not an existing folder"):
        load_dataset("fashion_mnist", folder=str(tmp_path / "nope"))


def test_download_goes_to_keras_cache_layout(no_default_folders, monkeypatch):
    folder, files = idx.download_target("fashion_mnist")
    assert folder == no_default_folders["keras"] / "datasets" / "fashion-mnist"
    assert files == [n + ".gz" for n in IDX_NAMES]
    assert idx.download_target("mnist") == (no_default_folders["keras"] / "datasets", ["mnist.npz"])


def test_successful_download_is_used(tmp_path, no_default_folders, monkeypatch):
    arrays = small_image_set()

    def fake_download(name, timeout=60.0):
        folder, _ = idx.download_target(name)
        write_idx_set(folder, arrays)
        return idx.find_in_folder(name, folder)[0]

    monkeypatch.setattr(idx, "download", fake_download)
    ds = load_dataset("fashion_mnist", download=True, validation=4)
    assert ds.n_train == 36 and "just downloaded" in ds.description
    monkeypatch.setattr(idx, "download", None)  # now found in the Keras cache without downloading
    assert load_dataset("fashion_mnist", validation=4).n_train == 36


# ----------------------------------------------------------------------------- the real data
DEBIAN = Path("/usr/share/datasets/fashion-mnist")


@pytest.mark.skipif(not (DEBIAN / "train-images-idx3-ubyte.gz").is_file(),
                    reason="dataset-fashion-mnist is not installed (apt-get install dataset-fashion-mnist)")
def test_real_fashion_mnist_from_debian():
    ds = load_dataset("fashion_mnist")
    assert ds.x_train.shape == (55000, 28, 28) and ds.x_val.shape == (5000, 28, 28)
    assert ds.x_test.shape == (10000, 28, 28)
    assert ds.n_train + ds.n_val == 60000
    assert ds.x_train.dtype == np.float32 and ds.x_train.min() == 0.0 and ds.x_train.max() == 1.0
    for y in (ds.y_train, ds.y_val, ds.y_test):
        assert y.dtype == np.int64 and set(np.unique(y)) == set(range(10))
    assert np.bincount(np.concatenate([ds.y_train, ds.y_val])).tolist() == [6000] * 10
    assert np.bincount(ds.y_test).tolist() == [1000] * 10
    raw = idx.read_idx(DEBIAN / "train-labels-idx1-ubyte.gz", idx.IDX_MAGIC_LABELS)
    assert ds.y_val.tolist() == raw[:5000].tolist()  # the first 5,000 training images
    assert raw[:10].tolist() == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5]  # the well-known first labels
    assert ds.class_names[9] == "Ankle boot"


def test_real_download_code_with_a_file_url(tmp_path, no_default_folders, monkeypatch):
    """idx.download (urllib) against a local 'server' folder: files land in Keras' cache layout."""
    server = write_idx_set(tmp_path / "server", small_image_set())
    arrays = dict(zip(("x_train", "y_train", "x_test", "y_test"), small_image_set(), strict=True))
    np.savez(server / "mnist.npz", **arrays)
    monkeypatch.setattr(idx, "download", real_download)
    monkeypatch.setattr(idx, "KERAS_ORIGIN", server.as_uri() + "/")
    ds = load_dataset("fashion_mnist", download=True, validation=0)
    assert ds.n_train == 40
    cache = no_default_folders["keras"] / "datasets" / "fashion-mnist"
    assert sorted(p.name for p in cache.iterdir()) == sorted(n + ".gz" for n in IDX_NAMES)
    # mnist.npz is checked against the sha256 Keras knows; our small file does not match
    with pytest.raises(DataError, match=r"Downloading failed: .*mnist.npz: the downloaded file has sha256"):
        load_dataset("mnist", download=True)
    assert not (no_default_folders["keras"] / "datasets" / "mnist.npz").exists()
    assert not list((no_default_folders["keras"] / "datasets").glob("*.part"))
    monkeypatch.setattr(idx, "KERAS_ORIGIN", (tmp_path / "nowhere").as_uri() + "/")
    with pytest.raises(DataError, match=r"Downloading failed: .*nowhere/mnist.npz: URLError"):
        load_dataset("mnist", download=True)
