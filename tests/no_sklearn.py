"""``without_sklearn(monkeypatch)``: make ``import sklearn`` (and SciPy) fail as in the lean desktop bundle."""
from __future__ import annotations

import sys

BLOCKED = ("sklearn", "scipy")


def without_sklearn(monkeypatch) -> None:
    names = {name for name in sys.modules if name.split(".")[0] in BLOCKED}
    names |= {"sklearn", "sklearn.datasets", "sklearn.linear_model", "scipy"}
    for name in names:
        monkeypatch.setitem(sys.modules, name, None)  # `import name` raises ImportError
