"""Running training: the worker thread, its runner, the run controls and the backend picker."""
