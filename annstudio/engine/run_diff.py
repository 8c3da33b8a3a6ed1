"""What differed between two runs' settings, as a short list a learner reads ("learning rate 0.01 → 0.1").

``changes(before, after)`` compares two ``settings.json`` dicts (``engine.runs``) and returns
``Change(key, before, after)`` items: ``key`` is a stable name the GUI translates (``"learning_rate"``,
``"batch_size"``, ``"optimizer"``, ``"layers"``, ``"layer"`` with the layer's name in ``detail`` ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: the training settings compared one by one, in the order they are listed
TRAINING_KEYS = ("batch_size", "epochs", "validation_split", "shuffle", "seed", "dtype")


@dataclass(frozen=True)
class Change:
    key: str
    before: Any
    after: Any
    detail: str = ""  # e.g. the layer and its setting: "dense_1.units"


def _optimizer(settings: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    opt = settings.get("project", {}).get("training", {}).get("optimizer") or {}
    return str(opt.get("class_name", "")), dict(opt.get("config") or {})


def _training(settings: dict[str, Any]) -> dict[str, Any]:
    return dict(settings.get("project", {}).get("training") or {})


def _layers(settings: dict[str, Any]) -> list[dict[str, Any]]:
    model = settings.get("project", {}).get("model") or {}
    return [layer for layer in model.get("layers", []) if isinstance(layer, dict)]


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """The settings that differ from ``before`` to ``after`` (most telling first)."""
    out: list[Change] = []
    (opt_a, cfg_a), (opt_b, cfg_b) = _optimizer(before), _optimizer(after)
    if cfg_a.get("learning_rate") != cfg_b.get("learning_rate"):
        out.append(Change("learning_rate", cfg_a.get("learning_rate"), cfg_b.get("learning_rate")))
    if opt_a != opt_b:
        out.append(Change("optimizer", opt_a, opt_b))
    else:
        for key in sorted(set(cfg_a) | set(cfg_b)):
            if key not in ("learning_rate", "name") and cfg_a.get(key) != cfg_b.get(key):
                out.append(Change("optimizer_setting", cfg_a.get(key), cfg_b.get(key), key))
    if before.get("backend") != after.get("backend"):
        out.append(Change("backend", before.get("backend"), after.get("backend")))
    ta, tb = _training(before), _training(after)
    if (ta.get("loss") or {}).get("name") != (tb.get("loss") or {}).get("name"):
        out.append(Change("loss", (ta.get("loss") or {}).get("name"), (tb.get("loss") or {}).get("name")))
    for key in TRAINING_KEYS:
        if ta.get(key) != tb.get(key):
            out.append(Change(key, ta.get(key), tb.get(key)))
    out.extend(_callback_changes(_callbacks(ta), _callbacks(tb)))
    da = before.get("project", {}).get("dataset") or {}
    db = after.get("project", {}).get("dataset") or {}
    if da.get("name") != db.get("name"):
        out.append(Change("dataset", da.get("name"), db.get("name")))
    else:
        pa, pb = da.get("params") or {}, db.get("params") or {}
        for key in sorted(set(pa) | set(pb)):
            if pa.get(key) != pb.get(key):
                out.append(Change("dataset_param", pa.get(key), pb.get(key), key))
    out.extend(_model_changes(_layers(before), _layers(after)))
    return out


def _callbacks(training: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(c.get("class_name")): dict(c.get("config") or {})
            for c in training.get("callbacks") or [] if isinstance(c, dict)}


def _callback_changes(ca: dict[str, dict[str, Any]], cb: dict[str, dict[str, Any]]) -> list[Change]:
    """A callback switched on or off (``"callback"``: False/True), or one of its settings changed
    (``"callback_setting"``, detail ``"EarlyStopping.patience"``): it said only "callbacks 4 → 4"."""
    out = []
    for name in sorted(set(ca) | set(cb)):
        if name not in ca or name not in cb:
            out.append(Change("callback", name in ca, name in cb, name))
            continue
        for key in sorted(set(ca[name]) | set(cb[name])):
            if ca[name].get(key) != cb[name].get(key):
                out.append(Change("callback_setting", ca[name].get(key), cb[name].get(key), f"{name}.{key}"))
    return out


def _model_changes(la: list[dict[str, Any]], lb: list[dict[str, Any]]) -> list[Change]:
    if len(la) != len(lb):
        return [Change("layers", len(la), len(lb))]
    out = []
    for a, b in zip(la, lb, strict=True):
        name = str(b.get("name", ""))
        if a.get("kind") != b.get("kind"):
            out.append(Change("layer", a.get("kind"), b.get("kind"), name))
            continue
        ca, cb = a.get("config") or {}, b.get("config") or {}
        for key in sorted(set(ca) | set(cb)):
            if ca.get(key) != cb.get(key):
                out.append(Change("layer", ca.get(key), cb.get(key), f"{name}.{key}"))
    return out
