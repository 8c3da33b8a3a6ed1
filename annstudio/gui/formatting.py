"""How numbers are written for people in the GUI (weights in the diagram and in undo texts)."""
from __future__ import annotations


def format_value(value: float) -> str:
    """A weight for people: 3 significant digits, a real minus sign (−0.42)."""
    text = f"{float(value):.3g}" if abs(value) >= 1e-3 or value == 0 else f"{float(value):.2e}"
    return text.replace("-", "\u2212")


def format_seconds(seconds: float) -> str:
    """A run's duration for people, without the unit: one decimal ("12.3"), two under a tenth of a second
    ("0.04"), "<0.01" below that: a run of a few XOR epochs did take time, it is not "0.0" seconds."""
    seconds = max(0.0, float(seconds))
    if seconds < 0.01:
        return "<0.01"
    return f"{seconds:.2f}" if seconds < 0.1 else f"{seconds:.1f}"
