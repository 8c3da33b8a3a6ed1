"""Hypothesis profiles for the fuzz tests.

``fuzz-ci`` (the default): few examples, derandomized (the same inputs on every run, so CI is
reproducible), no deadline (a shared 2-core machine), no example database. The whole of tests/fuzz/
stays within about three minutes. ``ANNSTUDIO_FUZZ=long`` selects ``fuzz-long`` (random, 20x the
examples) for a longer local run; ``ANNSTUDIO_FUZZ_SEED`` fixes its seed for replay.
"""
from __future__ import annotations

import os
import tempfile

from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis' patch files and caches go to /tmp, never into the checkout.
set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), "annstudio-hypothesis"))

_COMMON = dict(deadline=None, database=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
settings.register_profile("fuzz-ci", derandomize=True, **_COMMON)
settings.register_profile("fuzz-long", derandomize=False, **_COMMON)

LONG = os.environ.get("ANNSTUDIO_FUZZ", "") == "long"
settings.load_profile("fuzz-long" if LONG else "fuzz-ci")


def examples(n: int) -> int:
    """``n`` examples in CI, 20 times as many in a long run."""
    return n * 20 if LONG else n
