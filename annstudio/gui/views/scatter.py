"""``PointsItem`` lives in ``gui/scatter.py`` (the editor's dataset plot uses it too); re-exported here for
the views that import it from ``views.scatter``."""
from __future__ import annotations

from ..scatter import PointsItem

__all__ = ["PointsItem"]
