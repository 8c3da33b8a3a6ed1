"""``DataError``, the one exception of the data layer (below every data module, so none imports another for it)."""
from __future__ import annotations


class DataError(ValueError):
    """A data problem. ``dataset`` and ``param`` name what is at fault when known."""

    def __init__(self, message: str, dataset: str | None = None, param: str | None = None):
        self.message = message
        self.dataset = dataset
        self.param = param
        super().__init__(f"dataset {dataset!r}: {message}" if dataset else message)
