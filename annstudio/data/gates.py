"""Logic-gate truth tables (CURRICULUM §1): inputs 00, 01, 10, 11 and the gate's output.

There are only four points, so the test set *is* the training set (a copy): the question a
learner asks of a gate is "did the network learn the table?", not "does it generalise?".
"""
from __future__ import annotations

import numpy as np

from . import texts
from .dataset import Dataset
from .schema import Param, features_param

GATE_INPUTS = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)

#: outputs for inputs 00, 01, 10, 11
TRUTH_TABLES: dict[str, tuple[int, int, int, int]] = {
    "and": (0, 0, 0, 1),
    "or": (0, 1, 1, 1),
    "nand": (1, 1, 1, 0),
    "nor": (1, 0, 0, 0),
    "xor": (0, 1, 1, 0),
}

PARAMS = {
    "repeat": Param("int", 1, min=1, max=1000,
                    help="how many times the 4-row table is repeated (more rows per epoch)"),
    "features": features_param(),
}


def truth_table(gate: str) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)``: the four input rows ``(4, 2)`` float32 and the gate's outputs ``(4,)`` int64."""
    return GATE_INPUTS.copy(), np.array(TRUTH_TABLES[gate], dtype=np.int64)


def load_gate(name: str, repeat: int = 1) -> Dataset:
    x, y = truth_table(name)
    x = np.tile(x, (repeat, 1))
    y = np.tile(y, repeat)
    return Dataset(
        name=name,
        x_train=x, y_train=y,
        x_test=x.copy(), y_test=y.copy(),
        task="binary",
        class_names=["0", "1"],
        feature_names=["x1", "x2"],
        description=texts.DESCRIPTIONS[name],
    )
