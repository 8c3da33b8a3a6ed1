"""The app's shared colours, in one place so every view means the same thing by a colour.

- Class colours follow the TensorFlow Playground: class 0 orange, class 1 blue, then Tableau's palette
  without its grey, because grey (``NEUTRAL``) is reserved for "undecided" in the decision regions.
- Weight signs use the first two: a positive weight is blue, a negative one orange (diagram, results).
- ``PROBLEM`` is the one colour of error and validation text; ``WARNING`` of hints that something
  will run but cannot work (e.g. a step activation under gradient descent).
"""
from __future__ import annotations

CLASS_COLORS = ("#f59322", "#0877bd", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7b4173",
                "#bcbd22", "#17becf")
NEUTRAL = "#b0b0b0"
POSITIVE = CLASS_COLORS[1]  # "#0877bd"
NEGATIVE = CLASS_COLORS[0]  # "#f59322"
PROBLEM = "#c62828"
PROBLEM_STYLE = f"color: {PROBLEM};"
#: a banner over a panel that cannot be edited while training runs
LOCK_BANNER_STYLE = "QLabel { background: #fff3cd; color: #5c4400; padding: 4px 8px; }"
WARNING = "#9a5b00"  # dark amber: "this will run, but not as you expect" (readable on white)
WARNING_STYLE = f"color: {WARNING};"
HINT = "#555555"  # explanatory text under a field (where a file goes, what a setting does)
HINT_STYLE = f"color: {HINT};"
