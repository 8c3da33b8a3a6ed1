"""devices.py: listing, resolution, the strategy choice and descriptions, with GPUs faked by monkeypatching
``tf.config.list_physical_devices`` (and the device details), so the GPU path is exercised without a GPU."""
import subprocess
import sys
import textwrap

import numpy as np
import pytest

tf = pytest.importorskip("tensorflow")

from annstudio.backends.numpy import build_model as build_numpy  # noqa: E402
from annstudio.backends.tensorflow import devices  # noqa: E402
from annstudio.backends.tensorflow.devices import (  # noqa: E402
    DeviceInfo,
    DevicePlan,
    list_devices,
    parse_device_name,
    resolve_device,
)
from annstudio.backends.tensorflow.model import build_model  # noqa: E402
from annstudio.spec import ModelSpec  # noqa: E402

REAL_LIST = tf.config.list_physical_devices


def fake_gpus(monkeypatch, n: int, names=("NVIDIA GeForce RTX 4090", "NVIDIA A100-SXM4-80GB")):
    gpus = [tf.config.PhysicalDevice(f"/physical_device:GPU:{i}", "GPU") for i in range(n)]

    def listing(device_type=None):
        found = [d for d in REAL_LIST() if d.device_type == "CPU"] + gpus
        return [d for d in found if device_type is None or d.device_type == device_type]

    def details(device):
        if device.device_type != "GPU":
            return {}
        index = int(device.name.rsplit(":", 1)[1])
        return {"device_name": names[index % len(names)], "compute_capability": (8, 9 - index)}

    monkeypatch.setattr(tf.config, "list_physical_devices", listing)
    monkeypatch.setattr(tf.config.experimental, "get_device_details", details)
    monkeypatch.setattr(devices, "_STRATEGIES", {})


class RecordingStrategy:
    """Stands in for tf.distribute.MirroredStrategy (which would look for the real GPUs)."""

    made = []

    def __init__(self, devices=None):
        self.devices = devices
        RecordingStrategy.made.append(self)


def test_this_machine_lists_its_cpu_and_defaults_to_it():
    found = list_devices()
    assert found[0].name == "CPU:0" and found[0].kind == "CPU" and found[0].description
    assert all(d.kind in ("CPU", "GPU") for d in found)
    if not any(d.kind == "GPU" for d in found):
        assert resolve_device(None) == DevicePlan(("CPU:0",))
    assert resolve_device("cpu") == resolve_device("/device:CPU:0") == DevicePlan(("CPU:0",))
    assert DeviceInfo("GPU:1", "GPU", "x").tf_name == "/device:GPU:1"


def test_gpu_zero_is_the_default_when_present(monkeypatch):
    fake_gpus(monkeypatch, 1)
    found = list_devices()
    assert [d.name for d in found] == ["CPU:0", "GPU:0"]
    assert found[1].kind == "GPU"
    assert found[1].description == "NVIDIA GeForce RTX 4090, compute capability 8.9"
    plan = resolve_device(None)
    assert plan.devices == ("GPU:0",) and not plan.distributed and plan.strategy_name == "single device"
    assert plan.make_strategy() is None
    assert resolve_device("CPU:0").devices == ("CPU:0",)   # the CPU can still be chosen


def test_several_gpus_mean_mirrored_strategy(monkeypatch):
    fake_gpus(monkeypatch, 2)
    monkeypatch.setattr(tf.distribute, "MirroredStrategy", RecordingStrategy)
    RecordingStrategy.made.clear()
    for request in (["GPU:0", "GPU:1"], "gpu:0, gpu:1", ("/device:GPU:0", "/GPU:1")):
        plan = resolve_device(request)
        assert plan.devices == ("GPU:0", "GPU:1") and plan.distributed
        assert plan.strategy_name == "MirroredStrategy" and plan.describe() == "MirroredStrategy over GPU:0, GPU:1"
    strategy = plan.make_strategy()
    assert isinstance(strategy, RecordingStrategy) and strategy.devices == ["/device:GPU:0", "/device:GPU:1"]
    assert plan.make_strategy() is strategy   # one strategy per device set (TF collectives collide otherwise)
    assert len(RecordingStrategy.made) == 1
    with pytest.raises(ValueError, match="needs its strategy"):
        plan.scope()


def test_an_absent_device_lists_the_ones_that_exist(monkeypatch):
    fake_gpus(monkeypatch, 2)
    with pytest.raises(ValueError, match=r"device GPU:2 does not exist here; the devices are CPU:0, GPU:0, GPU:1"):
        resolve_device("GPU:2")
    with pytest.raises(ValueError, match="GPU:3 does not exist"):
        resolve_device(["GPU:0", "GPU:3"])
    monkeypatch.setattr(tf.config, "list_physical_devices", lambda device_type=None: [
        d for d in REAL_LIST() if d.device_type == "CPU" and device_type in (None, "CPU")])
    with pytest.raises(ValueError, match=r"device GPU:0 does not exist here; the devices are CPU:0$"):
        resolve_device("GPU:0")


def test_bad_device_requests_say_what_is_accepted():
    with pytest.raises(ValueError, match=r"'TPU:0' is not a device name; expected e.g. 'CPU:0' or 'GPU:1'"):
        resolve_device("TPU:0")
    with pytest.raises(ValueError, match="listed twice"):
        resolve_device(["CPU:0", "cpu:0"])
    with pytest.raises(ValueError, match="device must be None, a device name"):
        resolve_device(3)
    with pytest.raises(ValueError, match="no device given"):
        resolve_device([])
    assert parse_device_name(" GPU ") == "GPU:0" and parse_device_name("/gpu:2") == "GPU:2"


def test_logical_gpus_are_numbered_across_physical_ones():
    first = DeviceInfo("GPU:0", "GPU", "a")
    plan = resolve_device(["GPU:1", "GPU:0"], available=[DeviceInfo("CPU:0", "CPU", "c"), first,
                                                          DeviceInfo("GPU:1", "GPU", "b")])
    assert plan.devices == ("GPU:1", "GPU:0") and plan.tf_names == ("/device:GPU:1", "/device:GPU:0")


def test_a_model_for_the_default_gpu_runs_unchanged(monkeypatch):
    """With a (faked) GPU the model is placed on GPU:0 and, like keras.Model.fit there, XLA-compiled.
    TensorFlow's soft placement runs it on the CPU here; the results must not change."""
    fake_gpus(monkeypatch, 1)
    spec = ModelSpec.stack([4], [("Dense", {"units": 16, "activation": "relu"}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    model = build_model(spec, seed=1)
    assert model.plan.devices == ("GPU:0",) and model.jit_compile
    twin = build_numpy(spec, seed=1)
    for m in (model, twin):
        m.compile("sparse_categorical_crossentropy", "Adam")
    g = np.random.default_rng(0)
    x, y = g.normal(size=(40, 4)).astype(np.float32), g.integers(0, 3, 40)
    for size in (32, 8, 32):
        assert model.train_step(x[:size], y[:size])[0] == pytest.approx(twin.train_step(x[:size], y[:size])[0], rel=1e-5)
    assert model._train_fn.experimental_get_tracing_count() == 1
    np.testing.assert_allclose(model.predict(x), twin.predict(x), atol=1e-5)
    assert not build_model(spec, seed=1, device="CPU:0").jit_compile   # Keras: no XLA on CPUs


def test_several_devices_disable_xla(monkeypatch):
    fake_gpus(monkeypatch, 2)
    from annstudio.backends.tensorflow.model import _auto_jit_compile

    assert _auto_jit_compile(resolve_device("GPU:1"))
    assert not _auto_jit_compile(resolve_device(["GPU:0", "GPU:1"]))
    assert not _auto_jit_compile(resolve_device("CPU:0"))


def test_split_cpu_before_and_after_tensorflow_starts():
    code = textwrap.dedent("""
        import os
        os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
        from annstudio.backends.tensorflow.devices import list_devices, split_cpu
        print(split_cpu(3), [d.name for d in list_devices()], list_devices()[1].description.startswith("logical CPU 2 of 3"))
        import tensorflow as tf
        tf.constant(1.0)          # the runtime starts
        print(split_cpu(3))       # the same split again is fine
        try:
            split_cpu(2)
        except RuntimeError as exc:
            print("RuntimeError:", exc)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "['CPU:0', 'CPU:1', 'CPU:2'] ['CPU:0', 'CPU:1', 'CPU:2'] True"
    assert lines[1] == "['CPU:0', 'CPU:1', 'CPU:2']"
    assert lines[2].startswith("RuntimeError: split_cpu(2) came too late")
    with pytest.raises(ValueError, match=">= 1"):
        devices.split_cpu(0)


def test_gpus_take_memory_as_needed(monkeypatch):
    fake_gpus(monkeypatch, 2)
    calls = []

    def set_memory_growth(device, enable):
        calls.append((device.name, enable))
        if device.name.endswith("1"):
            raise RuntimeError("Physical devices cannot be modified after being initialized")

    monkeypatch.setattr(tf.config.experimental, "set_memory_growth", set_memory_growth)
    devices.allow_gpu_memory_growth()   # a device that refuses is left as it is
    assert calls == [("/physical_device:GPU:0", True), ("/physical_device:GPU:1", True)]
