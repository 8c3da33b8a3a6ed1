import multiprocessing

from .cli import run

if __name__ == "__main__":
    multiprocessing.freeze_support()   # a bundled app's sweep workers start here (no-op otherwise)
    run()
