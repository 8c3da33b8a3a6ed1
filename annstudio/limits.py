"""Budgets: how big a model, a file and an array from a file may be. One place for every limit.

Files come from strangers, so every reader checks what a file *declares* (a shape, a header, a size)
against these budgets before it reads or allocates anything, and refuses with both numbers. The
budgets are chosen so that a learner's real models and data sets never reach them, while a hostile file
stays far below 1 GB of memory:

- ``MAX_PARAMS``: 20 million parameters per model. Training keeps four copies of every parameter
  (weights, gradients and Adam's two moments): 20 M x 8 bytes (float64) x 4 = 640 MB, which still fits
  in 1 GB. The largest model a learner builds here (a Fashion-MNIST MLP with a few hundred units) has
  well under 1 M parameters; even Keras' ResNet50 (25.6 M) is a model nobody trains in this app.
- ``MAX_LAYER_OUTPUT``: 10 million values per sample at the output of one layer (an 80 MB float64
  activation for a single sample; a batch multiplies it).
- ``MAX_BATCH_VALUES``: the values of one batch's layer outputs together (the input and every layer's
  output, times the rows of a batch: what the forward pass keeps for the backward pass): 128 M values,
  512 MiB in float32. Full-batch gradient descent on Fashion-MNIST (55,000 x 1,978 values) is 108 M; a
  layer of 100,000 units at a batch of 20,000 would be 2,000 M.
- ``MAX_H5_BYTES``: all arrays read from one ``.h5`` together (weights plus annstudio's resume state with
  the optimizer's slots: 4 x the float64 size of the largest allowed model); ``MAX_H5_FILE_BYTES``: the
  file itself (those arrays plus HDF5's own structures).
- ``MAX_KERAS_FILE_BYTES``: a ``.keras`` archive (its ``model.weights.h5`` member is held to
  ``MAX_H5_FILE_BYTES`` and to what the model config implies; ``config.json``/``metadata.json`` to
  ``MAX_PROJECT_BYTES``); ``MAX_KERAS_MEMBERS``: entries in its zip directory (Keras writes 3).
- ``MAX_ARRAY_BYTES``: a ``.npy`` given to ``predict --input`` (32 M float64 values).
- ``MAX_IMAGE_SET_BYTES``: one array of an image set, an IDX file or a ``.npz`` member (Fashion-MNIST's
  training images are 47 MB); ``MAX_IMAGES``: images in a set, training and test together (MNIST has
  70,000): the labels become int64 and the pixels float32, 4 times their size.
- ``MAX_CSV_BYTES``: a CSV file. The ``csv`` module holds every field as a Python string: about 55 times
  the file's size in the worst case (two-character fields; 16 MiB of them measured 935 MB), so 8 MiB
  keeps a hostile CSV near 500 MB. 8 MiB is about 150,000 rows of 10 numbers; a learner's tabular sets
  (Iris 4 KB, Titanic 60 KB, California housing 1.4 MB) are far smaller.
- ``MAX_PROJECT_BYTES``: a ``.annproj`` file, and a JSON attribute of an ``.h5`` (``model_config``,
  ``training_config``); real ones are a few KB.
- ``MAX_COMPRESSION_RATIO`` / ``COMPRESSED_MIN_BYTES``: a compressed array (an HDF5 dataset with
  deflate, a gzipped IDX file) larger than ``COMPRESSED_MIN_BYTES`` must be stored in at least
  1/``MAX_COMPRESSION_RATIO`` of its size: real weights and images compress 1-10 times; a zip bomb or
  an HDF5 dataset whose chunks were never written (reads back as zeros) does not pass.
- ``MAX_FORMAT_WIDTH`` / ``MAX_FORMAT_PRECISION``: the width and precision of a field in a file-name
  template such as ModelCheckpoint's ``"ckpt_{epoch:03d}_{val_loss:.4f}.h5"``.
"""
from __future__ import annotations

MiB = 1 << 20

MAX_PARAMS = 20_000_000
MAX_LAYER_OUTPUT = 10_000_000
MAX_BATCH_VALUES = 1 << 27
MAX_H5_BYTES = 4 * 8 * MAX_PARAMS            # 640 MB
MAX_H5_FILE_BYTES = MAX_H5_BYTES + 64 * MiB  # the arrays plus HDF5's own structures
MAX_KERAS_FILE_BYTES = MAX_H5_FILE_BYTES + 2 * 16 * MiB + 1 * MiB  # + config.json and metadata.json
MAX_KERAS_MEMBERS = 16
MAX_ARRAY_BYTES = 256 * MiB
MAX_IMAGE_SET_BYTES = 64 * MiB
MAX_IMAGES = 1_000_000
MAX_CSV_BYTES = 8 * MiB
MAX_PROJECT_BYTES = 16 * MiB
MAX_COMPRESSION_RATIO = 100
COMPRESSED_MIN_BYTES = 1 * MiB
MAX_FORMAT_WIDTH = 64
MAX_FORMAT_PRECISION = 32


def rows_within_budget(rows: int, values_per_row: int) -> int:
    """The rows of a batch, at most ``rows``, whose layer outputs (``values_per_row`` values each) fit
    ``MAX_BATCH_VALUES``; at least 1. Predictions and evaluations go through their data in batches of this size:
    the decision regions' 100 x 100 grid in one batch, through a layer of 100,000 units, took 4 GB."""
    return max(1, min(int(rows), MAX_BATCH_VALUES // max(1, int(values_per_row))))


__all__ = [
    "COMPRESSED_MIN_BYTES", "MAX_ARRAY_BYTES", "MAX_BATCH_VALUES", "MAX_COMPRESSION_RATIO", "MAX_CSV_BYTES",
    "MAX_FORMAT_PRECISION", "MAX_FORMAT_WIDTH", "MAX_H5_BYTES", "MAX_H5_FILE_BYTES", "MAX_IMAGES",
    "MAX_KERAS_FILE_BYTES", "MAX_KERAS_MEMBERS", "MAX_IMAGE_SET_BYTES", "MAX_LAYER_OUTPUT",
    "MAX_PARAMS", "MAX_PROJECT_BYTES", "MiB", "rows_within_budget",
]
