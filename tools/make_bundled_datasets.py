"""Write scikit-learn's small data sets to resources/datasets/<name>.npz (run once; the files are committed).

    python tools/make_bundled_datasets.py

annstudio.data.bundled reads these files first, so the desktop bundle does not need scikit-learn and SciPy
(about 160 MB) for iris, digits, wine, breast cancer and diabetes. Each file holds ``data``, ``target``,
``feature_names`` and, for classification, ``target_names``: the arrays exactly as scikit-learn's loaders
return them (diabetes unscaled). tests/data/test_bundled_files.py checks they still equal scikit-learn's.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annstudio.data.bundled import NAMES, sklearn_arrays  # noqa: E402


def main() -> int:
    out = ROOT / "resources" / "datasets"
    out.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        arrays = sklearn_arrays(name)
        path = out / f"{name}.npz"
        np.savez_compressed(path, **arrays)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
