"""Imported before TensorFlow: its runtime C++ INFO/WARNING log lines (rendezvous, Grappler and
allocator notices) are noise in a desktop app and its CLI. A user who sets the variable keeps their choice.
The few lines absl prints while TensorFlow's libraries load (e.g. "oneDNN custom operations are on")
ignore this setting in TensorFlow 2.21; ``TF_ENABLE_ONEDNN_OPTS=0`` or redirecting stderr hides those."""
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
