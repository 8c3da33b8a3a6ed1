"""The one compiled part of annstudio: ``annstudio/backends/numpy/dense_chain.c`` (see ``dense_chain.py``).

Everything else is in ``pyproject.toml``. The library has no Python in it (ctypes loads it), and it is optional:
without a C compiler the install still succeeds and the NumPy backend runs its pure-NumPy step.
"""
import sys

from setuptools import Extension, setup

# no fast-math, no a*b+c contracted into one rounding: the C step must round exactly as NumPy does; no debug
# information, which would hold the build folder's path (packaging/build.py refuses a bundle holding it)
FLAGS = [] if sys.platform == "win32" else ["-O3", "-ffp-contract=off", "-fno-fast-math", "-g0"]

setup(ext_modules=[Extension("annstudio.backends.numpy._dense_chain", ["annstudio/backends/numpy/dense_chain.c"],
                             extra_compile_args=FLAGS, optional=True)])
