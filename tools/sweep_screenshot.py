#!/usr/bin/env python3
"""Take docs/shots/sweep_heatmap_<lang>.png and docs/shots/lr_race_<lang>.png.

    Xvfb :87 -screen 0 1600x1000x24 &
    DISPLAY=:87 QT_QPA_PLATFORM=xcb python tools/sweep_screenshot.py heatmap en
    DISPLAY=:87 QT_QPA_PLATFORM=xcb python tools/sweep_screenshot.py race ko

heatmap: the spiral example (copied to a temporary folder), learning rate 0.003, 0.03, 0.3 × units of the
first hidden layer 2, 4, 8 (150 epochs, NumPy, 2 at a time); the grab is the sweep window with the table
and the heat map of the test accuracy. race: Learn › Learning-rate race on the spiral; the grab is the
loss plot with the four runs' loss curves overlaid.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from shot_window import ROOT, spiral_window


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "heatmap"
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out = ROOT / "docs" / "shots" / (f"sweep_heatmap_{language}.png" if mode == "heatmap" else f"lr_race_{language}.png")
    app, window, wait = spiral_window(language)
    from annstudio.gui.sweep.dialog import open_sweep
    window.loss_plot.batch_check.setChecked(False)
    dialog = open_sweep(window, race=mode == "race")
    if mode == "heatmap":
        dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("training.learning_rate"))
        dialog.edits[0].setText("0.003, 0.03, 0.3")
        dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("model.dense.units"))
        dialog.edits[1].setText("2, 4, 8")
        dialog.start()
    dialog.resize(1150, 520)
    dialog.move(200, 120)
    for _ in range(3000):
        wait(100)
        if dialog.job is None:
            break
    if mode == "heatmap":
        dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("test_accuracy"))
    wait(800)
    full = Path(tempfile.mkdtemp()) / "grab.png"
    (dialog if mode == "heatmap" else window.loss_plot).grab().save(str(full))
    window.document.undo_stack.setClean()
    dialog.close()
    window.close()
    subprocess.run(["convert", str(full), str(out)], check=True)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
