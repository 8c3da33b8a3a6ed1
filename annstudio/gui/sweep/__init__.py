"""The sweep window: every combination of one or two settings, run in the background (``engine.sweep``)."""
