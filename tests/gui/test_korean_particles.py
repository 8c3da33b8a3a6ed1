"""What a Korean learner reads where a value is filled into a sentence: the particle after it is the one the
value takes ("AND를", "0.1로"), not both forms written out ("AND을(를)", "0.1(으)로")."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QLabel


@pytest.fixture
def korean(qapp):
    from annstudio.gui.i18n import install_translators

    install_translators(qapp, "ko")
    yield
    install_translators(qapp, "en")


def test_the_perceptron_lab_says_which_gate_with_the_right_particle(qtbot, korean, isolated_gui):
    from annstudio.gui.learn.perceptron_lab import PerceptronLab

    lab = PerceptronLab(None)
    qtbot.addWidget(lab)
    summary = lab.findChild(QLabel, "perceptronGateSummary").text()
    assert "AND를 구현합니다" in summary and "(를)" not in summary


def test_an_error_from_below_the_gui_gets_its_particle(korean):
    from annstudio.gui.i18n import render_error
    from annstudio.learn.expression import ExpressionError, build

    with pytest.raises(ExpressionError) as caught:
        build("x + 1e308")
    text = render_error(caught.value)
    assert "'1e308'이 " in text and "이(가)" not in text, text
