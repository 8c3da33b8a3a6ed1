"""The fuzz harness watches every folder a project file's relative paths can reach up to ``../../../``."""
import shutil

from .harness import make_workspace, snapshot


def test_the_watched_workspace_covers_three_levels_above_the_project():
    root, project = make_workspace()
    try:
        watched = snapshot(project.parents[2], project)
        for ups in (1, 2, 3):
            assert str((project / ("../" * ups) / "bystander.txt").resolve()) in watched, ups
        escape = (project / "../../escape").resolve()     # what a hostile "../../escape" name would create
        escape.write_text("x")
        after = snapshot(project.parents[2], project)
        assert str(escape) in after and str(escape) not in watched
        assert not any(str(p).startswith(str(project)) for p in watched)   # the project's own files are its business
    finally:
        shutil.rmtree(root, ignore_errors=True)
