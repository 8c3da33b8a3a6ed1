"""The bundle's entry point: the same as ``python -m annstudio`` (the app, or a command such as ``train``)."""
import multiprocessing

from annstudio.cli import run

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless a library starts worker processes (Windows/macOS)
    run()
