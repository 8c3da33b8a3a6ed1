"""Translations: the Korean catalogue is complete, uses the glossary's terms, and the compiled .qm works."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annstudio.gui.i18n import catalogue, install_translators, resolve_language, translations_dir

ROOT = Path(__file__).resolve().parents[2]
KO_TS = translations_dir() / "annstudio_ko.ts"
PLACEHOLDER = re.compile(r"\{[^}]*\}|%[vmn]")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.findall("numerusform")] if translation is not None else []
            text = forms[0] if forms else (translation.text if translation is not None else None)
            yield name, message.findtext("source") or "", translation, text


def test_korean_catalogue_is_complete():
    assert KO_TS.is_file() and catalogue("ko").is_file()
    count = 0
    for context, source, translation, text in messages(KO_TS):
        count += 1
        assert context, f"message without a context: {source!r}"
        assert translation is not None and translation.get("type") is None, f"unfinished: [{context}] {source!r}"
        assert text and text.strip(), f"empty translation: [{context}] {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source, text)
        if "&" in source.replace("&amp;", "") and context == "Menus":
            assert "&" in text, f"menu accelerator lost: {source!r} -> {text!r}"
    assert count > 300


def test_english_catalogue_is_complete():
    en = translations_dir() / "annstudio_en.ts"
    assert en.is_file() and catalogue("en").is_file()
    assert all(t is not None and t.get("type") is None for _, _, t, _ in messages(en))


def test_korean_uses_the_glossary_terms():
    ko = {(c, s): t for c, s, _, t in messages(KO_TS)}
    expected = {
        ("QuickControls", "Learning rate"): "학습률",
        ("Menus", "&File"): "파일",
        ("TrainingPanel", "Epochs"): "에포크",
        ("QuickControls", "Batch"): "배치",
        ("TrainingPanel", "Loss function"): "손실 함수",
        ("QuickControls", "Optimizer"): "옵티마이저",
        ("LayerInspector", "Activation"): "활성화 함수",
        ("CallbackGroups", "Early stopping"): "조기 종료",
        ("CallbackGroups", "Save checkpoints (ModelCheckpoint)"): "체크포인트",
        ("MetricNames", "val {0}"): "검증",
        ("DatasetPanel", "XOR gate truth table (4 points). Not linearly separable: it needs a hidden layer."): "은닉층",
        ("TrainingPanel", "Mean squared error (MSE)"): "평균 제곱 오차",
    }
    for key, term in expected.items():
        assert key in ko, key
        assert term in ko[key], (key, ko[key])


def test_catalogue_covers_every_string_in_the_code(tmp_path):
    """Strings added to annstudio/gui since the last tools/update_translations.py run would show here."""
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations as tool
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "annstudio_ko.ts"
    shutil.copy(KO_TS, fresh)
    original_out = tool.OUT
    tool.OUT = tmp_path
    try:
        tool.lupdate("ko")
    finally:
        tool.OUT = original_out
    missing = tool.unfinished(fresh)
    assert not missing, f"untranslated strings (run python tools/update_translations.py): {missing[:10]}"


def test_loading_the_qm_translates_key_strings(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        installed = install_translators(qapp, "ko")
        assert any(t.language().startswith("ko") for t in installed)
        tr = QCoreApplication.translate
        assert tr("Menus", "&File") == "파일(&F)"
        assert tr("MainWindow", "Data") == "데이터"
        assert tr("QuickControls", "Learning rate") == "학습률"
        assert tr("StatusReadout", "Epoch {0}").format(3) == "에포크 3"
        assert tr("Commands", "Add {0}").format("Dense") == "Dense 추가"
        assert tr("LayerInspector", "max(0, z): the usual choice for hidden layers").startswith("max(0, z)")
        assert tr("LayerInspector", "max(0, z): the usual choice for hidden layers") != \
            "max(0, z): the usual choice for hidden layers"
    finally:
        install_translators(qapp, "en")
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_language_choice():
    assert resolve_language("ko") == "ko"
    assert resolve_language("en") == "en"
    assert resolve_language("") in ("en", "ko")


def test_update_tool_check_passes():
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "--check" in result.stdout


def test_class_names_are_shown_in_the_users_language(qapp, qtbot):
    """The toy sets' "class 0", wine's "class_2" and Fashion-MNIST's labels read in Korean; labels the app
    does not know (iris species, a CSV file's own) stay as they are; the data keeps the original labels."""
    from PySide6.QtCore import Qt

    from annstudio.backends.numpy import build_model
    from annstudio.data.images import FASHION_CLASSES
    from annstudio.engine.probes import ResultsProbe
    from annstudio.gui.class_names import display_class_names
    from annstudio.gui.views.results_panel import ResultsPanel
    from annstudio.spec import ModelSpec

    labels = ["class 0", "class_2", "T-shirt/top", "Ankle boot", "malignant", "setosa", "cat"]
    assert display_class_names(labels) == labels[:1] + ["class 2"] + labels[2:]
    try:
        install_translators(qapp, "ko")
        assert display_class_names(labels) == ["클래스 0", "클래스 2", "티셔츠/탑", "앵클부츠", "악성", "setosa", "cat"]
        assert len(set(display_class_names(FASHION_CLASSES))) == 10
        from tests.gui.test_results_panel import fashion_like

        data = fashion_like()
        spec = ModelSpec.stack([28, 28], [("Flatten", {}), ("Dense", {"units": 10, "activation": "softmax"})])
        panel = ResultsPanel()
        qtbot.addWidget(panel)
        panel.update_from_result(ResultsProbe(max_rate=None).compute(build_model(spec, seed=0), data))
        header = [panel.confusion_view.model().headerData(k, Qt.Orientation.Horizontal) for k in range(10)]
        assert header == display_class_names(FASHION_CLASSES) and header[0] == "티셔츠/탑"
        assert panel.gallery_view.model().index(9, 0).data().split("\n")[0] == "앵클부츠"
        assert data.class_names == FASHION_CLASSES  # the data is untouched
    finally:
        install_translators(qapp, "en")


def test_metric_names_read_in_korean_everywhere_they_are_shown(qapp):
    """The sweep table's columns, the Runs panel's summaries and the status readout name Keras' keys
    (``val_loss``, ``accuracy``) and the sweep's settings in the user's language, not as the raw keys."""
    from annstudio.gui.metric_names import metric_name
    from annstudio.gui.runs.panel import final_text, test_text
    from annstudio.gui.sweep.dialog import metric_label, run_label, setting_label

    summary = {"final": {"loss": 0.25, "accuracy": 0.9, "val_loss": 0.5, "val_accuracy": 0.8},
               "test": {"loss": 0.3, "accuracy": 0.875}}
    assert [metric_label(qapp, k) for k in ("final_val_loss", "test_accuracy")] == ["final val loss",
                                                                                     "test accuracy"]
    try:
        install_translators(qapp, "ko")
        assert [metric_name(k) for k in ("loss", "val_accuracy", "mse", "auc")] == ["손실", "검증 정확도", "MSE",
                                                                                   "auc"]
        assert [metric_label(qapp, k) for k in ("final_val_loss", "test_accuracy")] == ["최종 검증 손실",
                                                                                         "테스트 정확도"]
        assert [setting_label(p) for p in ("training.learning_rate", "model.dense_1.units", "model.drop.rate",
                                           "training.other")] == ["학습률", "dense_1: 유닛 수", "drop: 드롭아웃 비율",
                                                                  "training.other"]
        assert run_label({"training.learning_rate": 0.1, "model.dense.units": 4}) == "학습률=0.1, dense: 유닛 수=4"
        # a refused sweep value, under its field: the setting's Korean name, not "training.learning_rate"
        from annstudio.engine import sweep
        from annstudio.gui.sweep.dialog import field_problem
        from annstudio.project import Project
        from annstudio.resources import resource_path

        project = Project.load(resource_path("examples", "xor_mlp.annproj"))
        for path, text, said in (
                ("training.learning_rate", "0.1, -1", "학습률 값은 0보다 크고 10 이하인 수여야 합니다. 받은 값: -1.0"),
                ("training.batch_size", "0", "배치 크기 값은 1 이상 1000000 이하의 정수여야 합니다. 받은 값: 0"),
                ("model.dense.units", "4, -2", "유닛 수: 양의 정수여야 합니다 (입력값: -2)"),
                ("training.learning_rate", "abc", "스윕 설정 학습률: 'abc'는 숫자가 아닙니다")):
            with pytest.raises(sweep.SweepError) as refused:
                sweep.parse_setting(project, path, text)
            assert field_problem(refused.value.message, path) == said
        assert final_text(summary) == "손실 0.25 · 정확도 90.0 % · 검증 손실 0.5"
        assert test_text(summary) == "정확도 87.5 %"
    finally:
        install_translators(qapp, "en")
