import gzip

import numpy as np
import pytest

from annstudio.data import idx

IDX_NAMES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")


def small_image_set(n_train=40, n_test=12, seed=0):
    """Tiny MNIST-like arrays: uint8 (n, 28, 28) images and labels cycling through 0..9."""
    rng = np.random.default_rng(seed)
    x_train = rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8)
    x_test = rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8)
    y_train = (np.arange(n_train) % 10).astype(np.uint8)
    y_test = (np.arange(n_test) % 10).astype(np.uint8)
    return x_train, y_train, x_test, y_test


def write_idx_set(folder, arrays, gz=True):
    folder.mkdir(parents=True, exist_ok=True)
    for base, array in zip(IDX_NAMES, arrays, strict=True):
        idx.write_idx(folder / (base + (".gz" if gz else "")), array)
    return folder


@pytest.fixture
def no_default_folders(monkeypatch, tmp_path):
    """Point the standard search folders at empty temporary folders and make downloading fail."""
    empty = tmp_path / "empty_defaults"
    debian, keras = empty / "debian-fashion-mnist", empty / "keras-home"
    debian.mkdir(parents=True)
    keras.mkdir(parents=True)
    monkeypatch.setattr(idx, "DEBIAN_FASHION_MNIST", debian)
    monkeypatch.setenv("KERAS_HOME", str(keras))

    def offline(name, timeout=60.0):
        raise idx.DataError("URLError: <urlopen error [Errno -3] Temporary failure in name resolution>")

    monkeypatch.setattr(idx, "download", offline)
    return {"debian": debian, "keras": keras}


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)
