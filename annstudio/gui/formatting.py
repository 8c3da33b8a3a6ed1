"""How numbers are written for people in the GUI (weights in the diagram and in undo texts)."""
from __future__ import annotations


def format_value(value: float) -> str:
    """A weight for people: 3 significant digits, a real minus sign (−0.42)."""
    text = f"{float(value):.3g}" if abs(value) >= 1e-3 or value == 0 else f"{float(value):.2e}"
    return text.replace("-", "\u2212")
