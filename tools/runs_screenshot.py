#!/usr/bin/env python3
"""Take docs/shots/runs_overlay_<lang>.png: three learning rates on the spiral, overlaid in the loss plot.

    Xvfb :85 -screen 0 1600x1000x24 &
    DISPLAY=:85 QT_QPA_PLATFORM=xcb python tools/runs_screenshot.py en
    DISPLAY=:85 QT_QPA_PLATFORM=xcb python tools/runs_screenshot.py ko

The spiral example is copied to a temporary folder, trained with Adam at 0.001, 0.01 and 0.1 (150 epochs,
NumPy backend, the example's seed; Reset between runs, so each starts from the same initial weights), then
all three runs are selected in the Runs panel; the grab shows the panel and the loss plot.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from shot_window import ROOT, spiral_window


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    out = ROOT / "docs" / "shots" / f"runs_overlay_{language}.png"
    app, window, wait = spiral_window(language)
    from annstudio.gui.editor import commands
    window.runner.set_pace(None)
    window.loss_plot.batch_check.setChecked(False)
    for lr in (0.001, 0.01, 0.1):
        training = window.document.section("training")
        training.optimizer = {"class_name": "Adam", "config": {"learning_rate": lr}}
        training.epochs = 150
        commands.push(window.document, "training", training, "learning rate")
        window.training_panel.reset_action.trigger()
        wait(300)
        before = len(window.runs_panel.records)
        window.training_panel.play_action.trigger()
        for _ in range(1200):
            wait(100)
            if len(window.runs_panel.records) > before and not window.runner.is_active:
                break
    window.docks["runsPanel"].raise_()
    window.runs_panel.table.selectAll()
    wait(800)
    full = Path(tempfile.mkdtemp()) / "window.png"
    window.grab().save(str(full))
    window.document.undo_stack.setClean()
    window.close()
    subprocess.run(["convert", str(full), "-crop", "1250x420+355+540", "+repage", str(out)], check=True)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
