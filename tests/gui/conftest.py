import gc

import pytest


@pytest.fixture(scope="package", autouse=True)
def garbage_collection_on_the_gui_thread():
    """Like the app (see annstudio/gui/app.py): no automatic cyclic GC while Qt objects are alive.

    Otherwise a collection triggered in a training worker thread can free a widget left over from an
    earlier test there, and Qt deadlocks waiting for the GIL the GUI thread holds.
    """
    enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test():
    yield
    gc.collect()  # on the main (GUI) thread
