"""Training metrics by the names a learner reads: ``loss``, ``accuracy``, ``val_loss``… in the UI's language.

The engine and the saved files keep Keras' keys (``val_accuracy``); every place in the window that shows one
as text (the status readout, the Runs panel, the sweep results) goes through :func:`metric_name`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def metric_name(key: str) -> str:
    """``"val_accuracy"`` -> "val accuracy" / "검증 정확도"; an unknown key comes back as it is."""
    if key.startswith("val_"):
        return QCoreApplication.translate("MetricNames", "val {0}").format(metric_name(key[4:]))
    names = {"loss": QCoreApplication.translate("MetricNames", "loss"),
             "accuracy": QCoreApplication.translate("MetricNames", "accuracy"),
             "mae": QCoreApplication.translate("MetricNames", "MAE"),
             "mse": QCoreApplication.translate("MetricNames", "MSE")}
    return names.get(key, key)
