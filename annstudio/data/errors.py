"""``DataError``, the one exception of the data layer (below every data module, so none imports another for it)."""
from __future__ import annotations

from ..messages import Message


class DataError(ValueError):
    """A data problem. ``dataset`` and ``param`` name what is at fault when known.

    ``message`` is usually a ``Message`` (translated by the GUI); the exception's text names the data set.
    """

    def __init__(self, message: str, dataset: str | None = None, param: str | None = None):
        self.message = message
        self.dataset = dataset
        self.param = param
        super().__init__(Message("dataset {dataset!r}: {problem}", dataset=dataset, problem=message)
                         if dataset else message)
