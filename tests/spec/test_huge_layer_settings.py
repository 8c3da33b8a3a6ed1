"""A layer setting given as an integer past float range is refused with a message, never an
OverflowError (found by tests/fuzz/test_in_process.py)."""
import json

from annstudio.project import Project
from annstudio.resources import resource_path


def test_units_of_400_digits_are_a_problem_not_a_crash():
    data = json.loads(resource_path("examples", "xor_mlp.annproj").read_text(encoding="utf-8"))
    data["model"]["layers"][1]["config"]["units"] = 10**400
    problems = Project.from_dict(data).model.problems()
    assert str(problems["dense"]) == "units must be a positive integer, got an integer of about 401 digits"
