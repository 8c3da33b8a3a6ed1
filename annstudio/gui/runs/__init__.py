"""The Runs panel: every training run kept beside the project, listed, overlaid, restored."""
