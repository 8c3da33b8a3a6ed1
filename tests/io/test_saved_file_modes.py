"""Atomic saves write a temp file and rename it; mkstemp makes that file private (0600). A saved project,
model or exported script must get the mode a plain save would: the replaced file's, or 0666 under the umask."""
import os
import stat
import sys

import numpy as np
import pytest

from annstudio.io.h5_write import save_h5
from annstudio.project import Project
from annstudio.resources import resource_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    mask = os.umask(0o022)
    os.umask(mask)
    expected = 0o666 & ~mask
    project = Project.load(resource_path("examples", "xor_mlp.annproj"))
    target = tmp_path / "p.annproj"
    project.save(target)
    assert mode(target) == expected
    os.chmod(target, 0o640)
    project.save(target)
    assert mode(target) == 0o640
    spec = project.model
    from annstudio.spec.keras_model import layer_weight_shapes

    weights = {f"{layer}/{w}": np.zeros(shape, "float32")
               for layer, items in layer_weight_shapes(spec).items() for w, shape, _ in items}
    save_h5(tmp_path / "m.h5", spec, weights)
    assert mode(tmp_path / "m.h5") == expected
