"""File › Export Keras model of a model trained on a CSV with text columns, in the window: the file records the
data file's columns, so ``annstudio predict`` takes that file's rows (texts and all) and gives what the window's
model gives the loaded data."""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annstudio.cli import main

from ..cli.test_predict_columns import study_project
from .conftest import show_main_window


def test_exported_model_predicts_from_the_csvs_own_rows(qtbot, isolated_gui, monkeypatch, tmp_path, capsys):
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a, **k: errors.append(text)))
    window = show_main_window(qtbot)
    assert window.open_path(study_project(tmp_path), ask=False)
    with qtbot.waitSignal(window.runner.sigFinished, timeout=60000):
        window.training_panel.play_action.trigger()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "from_window.h5"), "")))
    window.actions_by_name["export_h5"].trigger()
    assert errors == []
    data = window.dataset_panel.dataset
    expected = window.runner.last_model.predict(data.x_test)
    raw = data.x_standardizer.inverse_transform(data.x_test)
    sex = np.where(raw[:, 1] > 0.5, "남", "여")
    group = np.array(["A", "B", "C"])[raw[:, 3:6].argmax(axis=1)]
    rows = [f"{g},{s},{float(h)!r}" for s, g, h in zip(sex, group, raw[:, 0], strict=True)]
    (tmp_path / "rows.csv").write_text("\n".join(["반,성별,공부시간", *rows]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["predict", str(tmp_path / "from_window.h5"), "--input", str(tmp_path / "rows.csv"),
                 "--output", str(tmp_path / "y.npy")]) == 0
    assert "columns 공부시간, 성별, 반 taken by header name" in capsys.readouterr().out
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), expected, rtol=1e-4, atol=1e-6)
