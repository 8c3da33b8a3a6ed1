"""Imported before TensorFlow: its runtime C++ INFO/WARNING log lines (rendezvous, Grappler and
allocator notices) are noise in a desktop app and its CLI. A user who sets the variable keeps their choice.
The few lines absl prints while TensorFlow's libraries load (e.g. "oneDNN custom operations are on")
ignore this setting in TensorFlow 2.21; ``import_quietly()`` imports TensorFlow and Keras with the
process's stderr (file descriptor 2) sent to the null device, so the CLI's one error line stays alone."""
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def import_quietly() -> None:
    """Import TensorFlow and Keras without their load-time log lines (an import error still raises)."""
    if "tensorflow" in sys.modules:
        return
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            try:
                import keras  # noqa: F401
                import tensorflow  # noqa: F401
            finally:
                sys.stderr.flush()
                os.dup2(saved, 2)
    finally:
        os.close(saved)
