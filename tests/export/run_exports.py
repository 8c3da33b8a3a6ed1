"""Run exported programs and annstudio's own runs of the same projects in ONE process (one TensorFlow
start for all of them), and print the test metrics of each as one JSON line.

    python run_exports.py BACKEND PROJECT.annproj EXPORTED.py [PROJECT.annproj EXPORTED.py ...]

BACKEND is the annstudio backend to compare with (numpy or tensorflow). Each exported program runs with
``runpy`` in a fresh namespace with its working directory set to the script's folder; it prints
``test metrics: {...}`` itself and leaves ``test_metrics`` in its namespace, which is what is reported.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import runpy
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    backend, pairs = argv[0], argv[1:]
    from annstudio.engine.session import create_run, evaluate
    from annstudio.project import Project

    results = {}
    for project_path, script in zip(pairs[::2], pairs[1::2], strict=True):
        project = Project.load(project_path)
        run = create_run(project, backend, base_dir=Path(project_path).parent)
        for _ in run.events():
            pass
        ours = evaluate(run, "test")
        os.chdir(Path(script).parent)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            namespace = runpy.run_path(script, run_name="__main__")
        exported = {k: float(v) for k, v in namespace["test_metrics"].items()}
        results[Path(project_path).stem] = {"annstudio": ours, "exported": exported,
                                            "printed": "test metrics:" in out.getvalue()}
    print("RESULTS " + json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1:])
