"""The NumPy backend's initializers: the shared seeded draw of ``annstudio.backends.initial_weights``."""
from ..initial_weights import TRUNCATED_NORMAL_STDDEV, compute_fans, initial_value, truncated_normal, weight_rng

__all__ = ["TRUNCATED_NORMAL_STDDEV", "compute_fans", "initial_value", "truncated_normal", "weight_rng"]
