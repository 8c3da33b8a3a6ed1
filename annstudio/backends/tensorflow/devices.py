"""Devices for the TensorFlow backend: what exists here, which one(s) a model runs on, and how.

Device names are TensorFlow's logical device names without the ``/device:`` prefix: ``"CPU:0"``,
``"GPU:0"``, ``"GPU:1"``. ``resolve_device`` turns what a user asked for into a ``DevicePlan``:

- ``None`` (or ``"auto"``): ``GPU:0`` when a GPU exists, else ``CPU:0``;
- one name (``"GPU:1"``; case, a ``/device:`` or ``/`` prefix and a missing ``:0`` are forgiven);
- several names (a list, or a comma-separated string ``"GPU:0,GPU:1"``): the model is built, compiled
  and trained under ``tf.distribute.MirroredStrategy`` over those devices (data parallelism: each
  replica gets a contiguous part of every batch; gradients are summed across replicas).

A name that does not exist raises ``ValueError`` listing the devices that do.

The listing reads ``tf.config.list_physical_devices()`` and the logical-device configuration, neither of
which initialises the TensorFlow runtime, so ``split_cpu(n)`` (n logical CPUs, e.g. to try
MirroredStrategy without GPUs) still works after ``list_devices()`` as long as no model was built yet.
A GPU with virtual devices configured (``tf.config.set_logical_device_configuration``) counts as that
many logical GPUs, numbered as TensorFlow numbers them.
"""
from __future__ import annotations

import os
import platform
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import tensorflow as tf

from . import _quiet  # noqa: F401  (before TensorFlow)

KINDS = ("CPU", "GPU")
_STRATEGIES: dict[tuple[str, ...], Any] = {}  # see DevicePlan.make_strategy
_NAME = re.compile(r"^(?:/?device:|/)?(cpu|gpu)(?::(\d+))?$", re.IGNORECASE)


@dataclass(frozen=True)
class DeviceInfo:
    """One logical device: ``name`` ("CPU:0", "GPU:1"), ``kind`` ("CPU" or "GPU"), a human ``description``."""

    name: str
    kind: str
    description: str

    @property
    def tf_name(self) -> str:
        """The name TensorFlow's ``tf.device`` and ``MirroredStrategy`` take: ``/device:GPU:0``."""
        return f"/device:{self.name}"

    def __str__(self) -> str:
        return f"{self.name} ({self.description})"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def _device_index(physical: Any) -> int:
    try:
        return int(str(physical.name).rsplit(":", 1)[1])
    except (IndexError, ValueError):
        return 0


def _logical_count(physical: Any) -> int:
    """How many logical devices TensorFlow makes of one physical device (1 unless configured)."""
    try:
        config = tf.config.get_logical_device_configuration(physical)
    except (ValueError, RuntimeError):  # a device TensorFlow does not know (e.g. faked in tests)
        return 1
    return len(config) if config else 1


def _gpu_details(physical: Any) -> str:
    try:
        details = tf.config.experimental.get_device_details(physical) or {}
    except (ValueError, RuntimeError):
        details = {}
    name = details.get("device_name") or "GPU"
    capability = details.get("compute_capability")
    if capability:
        name += f", compute capability {'.'.join(str(c) for c in capability)}"
    return name


def list_devices() -> list[DeviceInfo]:
    """Every logical CPU and GPU TensorFlow offers here, CPUs first, in TensorFlow's numbering."""
    physical = tf.config.list_physical_devices()
    out: list[DeviceInfo] = []
    for kind in KINDS:
        devices = sorted((d for d in physical if d.device_type == kind), key=_device_index)
        number = 0
        for dev in devices:
            count = _logical_count(dev)
            if kind == "CPU":
                what = f"{_cpu_model()}, {os.cpu_count() or 1} threads"
            else:
                what = _gpu_details(dev)
            for part in range(count):
                if count > 1:
                    description = f"logical {kind} {part + 1} of {count} on {what}"
                else:
                    description = what
                out.append(DeviceInfo(f"{kind}:{number}", kind, description))
                number += 1
    return out


def parse_device_name(name: Any) -> str:
    """``"gpu"``, ``"/device:GPU:1"``, ``"cpu:0"`` ... -> ``"GPU:0"``, ``"GPU:1"``, ``"CPU:0"``."""
    if isinstance(name, DeviceInfo):
        return name.name
    match = _NAME.match(name.strip()) if isinstance(name, str) else None
    if match is None:
        raise ValueError(
            f"device {name!r} is not a device name; expected e.g. 'CPU:0' or 'GPU:1' "
            "(or a list of them, to train on several devices)"
        )
    return f"{match.group(1).upper()}:{int(match.group(2) or 0)}"


@dataclass(frozen=True)
class DevicePlan:
    """Where a model lives and trains: one device, or several under ``MirroredStrategy``."""

    devices: tuple[str, ...]

    @property
    def distributed(self) -> bool:
        return len(self.devices) > 1

    @property
    def strategy_name(self) -> str:
        """``"MirroredStrategy"`` for several devices, ``"single device"`` otherwise."""
        return "MirroredStrategy" if self.distributed else "single device"

    @property
    def tf_names(self) -> tuple[str, ...]:
        return tuple(f"/device:{d}" for d in self.devices)

    @property
    def has_gpu(self) -> bool:
        return any(d.startswith("GPU:") for d in self.devices)

    def make_strategy(self) -> Any:
        """The ``tf.distribute.MirroredStrategy`` over the devices, or ``None`` for a single device.

        One strategy per set of devices and process, shared by every model trained on that set: each new
        ``MirroredStrategy`` numbers its collective ops from the same start, so a second instance's
        all-reduce collides with the first's and TensorFlow aborts all collectives in the process
        ("Shape mismatch in the collective instance 100", tensorflow/tensorflow#62790).
        """
        if not self.distributed:
            return None
        strategy = _STRATEGIES.get(self.devices)
        if strategy is None:
            strategy = _STRATEGIES[self.devices] = tf.distribute.MirroredStrategy(devices=list(self.tf_names))
        return strategy

    def scope(self, strategy: Any = None) -> Any:
        """The context to create variables in: the strategy's scope, or ``tf.device`` of the one device."""
        if strategy is not None:
            return strategy.scope()
        if self.distributed:
            raise ValueError("a plan over several devices needs its strategy (make_strategy())")
        return tf.device(self.tf_names[0])

    def describe(self) -> str:
        if self.distributed:
            return f"MirroredStrategy over {', '.join(self.devices)}"
        return self.devices[0]


def resolve_device(device: Any = None, available: Iterable[DeviceInfo] | None = None) -> DevicePlan:
    """Check ``device`` (see the module docstring) against the devices that exist (``list_devices()``
    unless ``available`` is given) and return the plan. ``ValueError`` names what does not exist."""
    devices = list(list_devices() if available is None else available)
    names = [d.name for d in devices]
    if device is None or (isinstance(device, str) and device.strip().lower() in ("", "auto", "default")):
        gpus = [n for n in names if n.startswith("GPU:")]
        if gpus:
            return DevicePlan((gpus[0],))
        if "CPU:0" in names or not names:
            return DevicePlan(("CPU:0",))
        return DevicePlan((names[0],))
    if isinstance(device, str) and "," in device:
        requested = [parse_device_name(part) for part in device.split(",") if part.strip()]
    elif isinstance(device, (str, DeviceInfo)):
        requested = [parse_device_name(device)]
    elif isinstance(device, (list, tuple)):
        requested = [parse_device_name(d) for d in device]
    else:
        raise ValueError(f"device must be None, a device name like 'GPU:0' or a list of names, got {device!r}")
    if not requested:
        raise ValueError(f"no device given in {device!r}; the devices here are {', '.join(names)}")
    seen: set[str] = set()
    for name in requested:
        if name in seen:
            raise ValueError(f"device {name} is listed twice in {device!r}")
        seen.add(name)
        if name not in names:
            raise ValueError(f"device {name} does not exist here; the devices are {', '.join(names) or 'none'}")
    return DevicePlan(tuple(requested))


def allow_gpu_memory_growth() -> None:
    """Let TensorFlow take GPU memory as it needs it instead of all of it at start (its default), so the
    desktop app, its plots and other programs keep theirs. Only possible before the GPUs are initialised;
    later (or for devices TensorFlow does not know) it quietly changes nothing."""
    for gpu in tf.config.list_physical_devices("GPU"):
        try:
            tf.config.experimental.set_memory_growth(gpu, True)
        except (RuntimeError, ValueError):
            pass


def split_cpu(n: int) -> list[str]:
    """Make TensorFlow present the host CPU as ``n`` logical devices (``CPU:0`` ... ``CPU:n-1``).

    Must run before TensorFlow initialises its runtime (before the first tensor, model or strategy is
    made in this process); a ``RuntimeError`` says so otherwise. Returns the logical device names.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"split_cpu needs a number of devices >= 1, got {n!r}")
    cpus = tf.config.list_physical_devices("CPU")
    if not cpus:
        raise RuntimeError("TensorFlow reports no CPU device")
    current = tf.config.get_logical_device_configuration(cpus[0])
    if (current is None and n == 1) or (current is not None and len(current) == n):
        return [f"CPU:{i}" for i in range(n)]
    try:
        tf.config.set_logical_device_configuration(cpus[0], [tf.config.LogicalDeviceConfiguration() for _ in range(n)])
    except RuntimeError as exc:
        raise RuntimeError(
            f"split_cpu({n}) came too late: TensorFlow has already initialised its devices in this process. "
            "Call it first thing (before building any model), or in a fresh process."
        ) from exc
    return [f"CPU:{i}" for i in range(n)]

