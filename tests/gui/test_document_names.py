"""The file name a project offers for what is made from it (Save, exports)."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from annstudio.gui.document import ProjectDocument, default_project


def test_a_file_name_made_from_a_project_name_has_single_underscores():
    """Save of the MNIST recipe offered "MNIST_digits__ANN.annproj" (a space and a bracket, two underscores)."""
    document = ProjectDocument()
    project = default_project()
    project.name = "MNIST digits (ANN)"
    document.replace(project, None)
    assert document.file_stem == "MNIST_digits_ANN"
