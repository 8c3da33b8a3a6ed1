"""A model trained on a CSV takes that CSV's rows in ``predict``: its file records the columns the inputs came
from, and the texts of a text column. Before, ``predict`` on rows as the data file has them ("3.0,남") stopped
at "row 1 holds '남', which is not a number", and the learner had to one-hot encode their file by hand."""
import json

import h5py
import numpy as np
import pytest

from annstudio.cli import BAD_INPUT, main
from annstudio.data import load_dataset
from annstudio.models import load_model
from annstudio.project import Project
from annstudio.resources import resource_path

ROWS = 160


def study_csv(path, seed=0):
    rng = np.random.default_rng(seed)
    lines = ["공부시간,성별,반,합격"]
    for _ in range(ROWS):
        hours, sex, group = rng.uniform(0, 10), rng.choice(["남", "여"]), rng.choice(["A", "B", "C"])
        passed = int(hours + (1.5 if sex == "여" else 0) + rng.normal(0, 0.7) > 6)
        lines.append(f"{hours:.2f},{sex},{group},{passed}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def study_project(tmp_path):
    """A project training a small network on ``study.csv`` (a number and two text columns)."""
    project = Project.load(resource_path("examples", "iris.annproj"))
    project.dataset = {"name": "csv", "params": {"path": str(study_csv(tmp_path / "study.csv")), "target": "합격",
                                                 "test_ratio": 0.25, "seed": 0}}
    layers = project.model.to_dict()
    layers["layers"][0]["config"]["shape"] = [6]   # 공부시간, 성별=남, 성별=여, 반=A, 반=B, 반=C
    layers["layers"][-1]["config"].update(units=1, activation="sigmoid")
    data = project.to_dict()
    data["model"] = layers
    data["training"]["loss"] = "binary_crossentropy"
    data["training"]["epochs"] = 60
    path = tmp_path / "study.annproj"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def trained(tmp_path, out_name):
    path = study_project(tmp_path)
    out = tmp_path / out_name
    assert main(["train", str(path), "--out", str(out), "--quiet"]) == 0
    return Project.load(path), out


def predict(tmp_path, model_path, text, capsys, name="in.csv"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    code = main(["predict", str(model_path), "--input", str(tmp_path / name), "--output", str(tmp_path / "y.npy")])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("out_name", ["study.h5", "study.keras"])
def test_rows_as_the_data_file_has_them_give_the_models_outputs(tmp_path, capsys, out_name):
    project, out = trained(tmp_path, out_name)
    data = load_dataset("csv", **project.dataset["params"])
    model = load_model(out)
    expected = model.model.predict(data.x_test)     # what the model gives the loaded (encoded, scaled) test rows
    # the same rows written as the data file has them: texts, the columns in another order, the target kept
    raw = data.x_standardizer.inverse_transform(data.x_test)
    sex = np.where(raw[:, 1] > 0.5, "남", "여")
    group = np.array(["A", "B", "C"])[raw[:, 3:6].argmax(axis=1)]
    lines = ["합격,반,성별,공부시간"] + [f"{y},{g},{s},{float(h)!r}" for y, g, s, h in zip(data.y_test, group, sex, raw[:, 0],
                                                                              strict=True)]
    code, said = predict(tmp_path, out, "\n".join(lines) + "\n", capsys)
    assert code == 0, said
    assert "columns 공부시간, 성별, 반 taken by header name" in said
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), expected, rtol=1e-4, atol=1e-6)
    # a file without a header: the columns in the data file's order
    lines = [f"{float(h)!r},{s},{g}" for s, g, h in zip(sex, group, raw[:, 0], strict=True)]
    code, said = predict(tmp_path, out, "\n".join(lines) + "\n", capsys)
    assert code == 0 and "taken by position" in said, said
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), expected, rtol=1e-4, atol=1e-6)
    # the training file itself: the model's accuracy on it
    (tmp_path / "all.csv").write_bytes((tmp_path / "study.csv").read_bytes())
    code, said = predict(tmp_path, out, (tmp_path / "study.csv").read_text(encoding="utf-8"), capsys)
    assert code == 0, said
    truth = np.array([int(line.rsplit(",", 1)[1]) for line in (tmp_path / "study.csv").read_text().split()[1:]])
    assert ((np.load(tmp_path / "y.npy").ravel() > 0.5) == truth).mean() > 0.85
    # features already encoded as numbers (one column per input) are read as before
    np.savetxt(tmp_path / "enc.csv", raw, delimiter=",")
    code, said = predict(tmp_path, out, (tmp_path / "enc.csv").read_text(), capsys)
    assert code == 0, said
    np.testing.assert_allclose(np.load(tmp_path / "y.npy"), expected, rtol=1e-4, atol=1e-6)
    assert "Columns of its data file: 공부시간, 성별 (남, 여), 반 (A, B, C)" in model.summary()


@pytest.mark.parametrize("text, problem", [
    ("공부시간,성별,반\n3.0,남,A\n8.5,기타,B\n",
     "line 3, column '성별': '기타' is not one of the texts the model was trained on ('남', '여')"),
    ("시간,성별,반\n3.0,남,A\n", "no column named '공부시간': the model reads the columns '공부시간', '성별', '반' of its "
                              "data file (the file's header has '시간', '성별', '반')"),
    ("공부시간,성별,반\nabc,남,A\n", "line 2, column '공부시간': 'abc' is not a number"),
    ("a,b\n1,2\n", "the model reads the columns '공부시간', '성별', '반' of its data file (3 columns, or its 6 "
                   "features as numbers); the file has 2 columns"),
])
def test_rows_the_model_cannot_read_are_refused_naming_the_cell(tmp_path, capsys, text, problem):
    _, out = trained(tmp_path, "study.h5")
    code, said = predict(tmp_path, out, text, capsys)
    assert code == BAD_INPUT
    assert f"in.csv: {problem}" in said
    assert not (tmp_path / "y.npy").exists()


@pytest.mark.parametrize("columns, problem", [
    ([{"name": "a"}], "the columns make 1 features but the model takes 6"),
    ([{"name": "a", "categories": ["x", "x"]}] * 1, "the categories of column 'a' must be 1 to 1000 different texts"),
    ([{"name": "a"}, {"name": "a", "categories": ["1", "2", "3", "4", "5"]}], "the columns name one column twice"),
    ("abc", "the columns must be a list"),
])
def test_a_broken_columns_record_is_refused_naming_the_attribute(tmp_path, capsys, columns, problem):
    _, out = trained(tmp_path, "study.h5")
    with h5py.File(out, "r+") as f:
        record = json.loads(f.attrs["annstudio_scaling"])
        record["columns"] = columns
        f.attrs["annstudio_scaling"] = json.dumps(record)
    capsys.readouterr()
    assert main(["inspect", str(out)]) == BAD_INPUT
    said = capsys.readouterr().err
    assert "annstudio_scaling" in said and problem in said, said


def test_a_headerless_file_whose_first_row_is_texts_only_keeps_that_row(tmp_path, capsys):
    """A model whose inputs are text columns only: a file without a header starts with a row of texts, which
    the reader takes for a header; it is a data row (each field a text the model knows), so it is predicted."""
    (tmp_path / "colours.csv").write_text("색,모양,좋아함\n" + "".join(
        f"{c},{s},{int(c == '빨강')}\n" for c in ("빨강", "파랑", "초록") for s in ("원", "네모") for _ in range(4)),
        encoding="utf-8")
    project = json.loads(study_project(tmp_path).read_text(encoding="utf-8"))
    project["dataset"]["params"] = {"path": str(tmp_path / "colours.csv"), "target": "좋아함", "test_ratio": 0.25}
    project["model"]["layers"][0]["config"]["shape"] = [5]
    (tmp_path / "colours.annproj").write_text(json.dumps(project, ensure_ascii=False), encoding="utf-8")
    assert main(["train", str(tmp_path / "colours.annproj"), "--out", str(tmp_path / "c.h5"), "--quiet"]) == 0
    code, said = predict(tmp_path, tmp_path / "c.h5", "빨강,원\n파랑,네모\n초록,원\n", capsys)
    assert code == 0 and "taken by position" in said, said
    y = np.load(tmp_path / "y.npy").ravel()
    assert len(y) == 3 and y[0] > 0.5 > max(y[1], y[2])
    code, said = predict(tmp_path, tmp_path / "c.h5", "모양,색\n원,빨강\n네모,파랑\n", capsys)
    assert code == 0 and "taken by header name" in said, said
    np.testing.assert_allclose(np.load(tmp_path / "y.npy").ravel(), y[:2], rtol=1e-6)


def test_a_model_of_numeric_columns_promises_no_text_encoding(tmp_path):
    """inspect said every CSV model "turns the texts into the model's 0/1 inputs", numbers only or not."""
    rng = np.random.default_rng(0)
    rows = ["a,b,y"] + [f"{a:.3f},{b:.3f},{int(a > b)}" for a, b in rng.uniform(0, 1, size=(60, 2))]
    (tmp_path / "n.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = json.loads(resource_path("examples", "xor_mlp.annproj").read_text(encoding="utf-8"))
    data["dataset"] = {"name": "csv", "params": {"path": "n.csv", "target": "y"}}
    (tmp_path / "n.annproj").write_text(json.dumps(data), encoding="utf-8")
    assert main(["train", str(tmp_path / "n.annproj"), "--epochs", "1", "--quiet", "--out", str(tmp_path / "n.h5")]) == 0
    summary = load_model(tmp_path / "n.h5").summary()
    assert "Columns of its data file: a, b; predict takes a CSV with these columns (by header name, or in this " \
           "order)\n" in summary + "\n"
    assert "texts" not in summary
