"""CSV import."""
import numpy as np
import pytest

from annstudio.data import DataError, load_dataset
from annstudio.data.csv_import import detect_delimiter


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return str(path)


def rows(n=20):
    """n rows: x1, x2, y with y = 1 when x1 + x2 > 10 (both classes present)."""
    out = []
    for i in range(n):
        x1, x2 = i, (i * 7) % 11
        out.append((x1, x2, int(x1 + x2 > 10)))
    return out


def test_good_file_with_header(tmp_path):
    text = "x1,x2,label\n" + "\n".join(f"{a},{b},{c}" for a, b, c in rows()) + "\n"
    ds = load_dataset("csv", path=write(tmp_path, text), standardize=False)
    assert ds.task == "binary" and ds.feature_names == ["x1", "x2"] and ds.class_names == ["0", "1"]
    assert ds.n_train + ds.n_test == 20 and ds.n_test == 4 and ds.input_shape == (2,)
    assert ds.x_train.dtype == np.float32 and ds.y_train.dtype == np.int64
    x = np.concatenate([ds.x_train, ds.x_test])
    y = np.concatenate([ds.y_train, ds.y_test])
    assert np.array_equal(y, (x.sum(1) > 10).astype(int))
    assert ds.params["path"].endswith("data.csv") and ds.params["target"] is None


def test_no_header_and_target_by_index(tmp_path):
    text = "\n".join(f"{a},{b},{c}" for a, b, c in rows()) + "\n"
    path = write(tmp_path, text)
    ds = load_dataset("csv", path=path)
    assert ds.feature_names == ["x1", "x2"] and ds.n_train + ds.n_test == 20  # first row is data
    first = load_dataset("csv", path=path, target=0, task="regression", standardize=False)
    assert first.task == "regression" and first.y_train.shape == (first.n_train, 1)
    assert sorted(np.concatenate([first.y_train, first.y_test])[:, 0].tolist()) == list(range(20))
    with pytest.raises(DataError, match=r"parameter 'target' = 5 is out of range; accepted: an index 0..2"):
        load_dataset("csv", path=path, target=5)
    forced = load_dataset("csv", path=path, header="yes")
    assert forced.n_train + forced.n_test == 19


def test_semicolon_and_tab_delimiters(tmp_path):
    body = "\n".join(f"{a}.5;{b};{c}" for a, b, c in rows())
    ds = load_dataset("csv", path=write(tmp_path, "a;b;y\n" + body), standardize=False)
    assert ds.feature_names == ["a", "b"] and ds.x_train[:, 0].min() >= 0.5
    tab = load_dataset("csv", path=write(tmp_path, "a\tb\ty\n" + body.replace(";", "\t"), "t.tsv"))
    assert tab.feature_names == ["a", "b"]
    assert detect_delimiter(["a;b;c", "1,5;2,5;0"]) == ";"  # decimal commas do not fool it
    assert detect_delimiter(["a,b,c", "1,2,3"]) == ","
    with pytest.raises(DataError, match="only one column"):
        load_dataset("csv", path=write(tmp_path, "a;b;y\n" + body, "x.csv"), delimiter="tab")
    explicit = load_dataset("csv", path=write(tmp_path, "a;b;y\n" + body, "y.csv"), delimiter=";")
    assert explicit.params["delimiter"] == "semicolon"


def test_string_classes_become_indices_with_names(tmp_path):
    lines = ["sepal,petal,species"]
    for i in range(30):
        lines.append(f"{i % 7}.1,{i % 5}.2,{['setosa', 'versicolor', 'virginica'][i % 3]}")
    ds = load_dataset("csv", path=write(tmp_path, "\n".join(lines)))
    assert ds.task == "multiclass" and ds.class_names == ["setosa", "versicolor", "virginica"]
    assert ds.n_classes == 3 and set(np.unique(ds.y_train)) == {0, 1, 2}
    # without a header, the text column is still recognised as the target, not as a header
    no_header = load_dataset("csv", path=write(tmp_path, "\n".join(lines[1:]), "nh.csv"))
    assert no_header.n_train + no_header.n_test == 30
    with pytest.raises(DataError, match=r"target column 2 \('species'\) is not numeric: 'setosa'"):
        load_dataset("csv", path=write(tmp_path, "\n".join(lines), "r.csv"), task="regression")


def test_target_by_name_and_auto_regression(tmp_path):
    lines = ["price,rooms,age"] + [f"{100 + i * 3.7:.2f},{i % 5 + 1},{i}" for i in range(30)]
    path = write(tmp_path, "\n".join(lines))
    ds = load_dataset("csv", path=path, target="price")
    assert ds.task == "regression" and ds.feature_names == ["rooms", "age"]
    rooms = load_dataset("csv", path=path, target="rooms")
    assert rooms.task == "multiclass" and rooms.class_names == ["1", "2", "3", "4", "5"]
    with pytest.raises(DataError,
                       match=r"'target' = 'cost' is not a column; accepted: a column name \('price', 'rooms', 'age'\)"):
        load_dataset("csv", path=path, target="cost")


def test_a_text_feature_column_becomes_one_feature_per_text(tmp_path):
    """A learner's table with a category column (성별: 남/여): one 0/1 feature per text, in sorted order,
    where the column was; the names say which text each one is."""
    rows = [(1.0 + i, ["여", "남", "기타"][i % 3], i % 2) for i in range(30)]
    text = "키,성별,y\n" + "".join(f"{h},{g} ,{y}\n" for h, g, y in rows)   # a stray space is the same text
    ds = load_dataset("csv", path=write(tmp_path, text), standardize=False, test_ratio=0.5)
    assert ds.feature_names == ["키", "성별=기타", "성별=남", "성별=여"]
    x = np.concatenate([ds.x_train, ds.x_test])
    by_height = {float(r[0]): r[1:] for r in x}
    for h, g, _ in rows:
        np.testing.assert_array_equal(by_height[h], [g == "기타", g == "남", g == "여"])
    assert "4 feature(s)" in ds.description


def test_a_text_among_numbers_is_named(tmp_path):
    text = "height,weight,y\n1.0,3,0\n2.0,4,1\n3.0,heavy,0\n4.0,5,1\n"
    with pytest.raises(DataError, match=r"dataset 'csv': column 1 \('weight'\) is not numeric: 'heavy' at line 4 "
                                        r"\(data row 3\), among numbers"):
        load_dataset("csv", path=write(tmp_path, text))


def test_a_text_column_with_a_text_per_row_is_refused(tmp_path):
    """A name column would become a feature per person: refused, naming the column and the way out."""
    text = "name,height,y\n" + "".join(f"p{i},{i},{i % 2}\n" for i in range(12))
    with pytest.raises(DataError, match=r"column 0 \('name'\) holds 12 different texts in 12 rows \(e.g. 'p0', "
                                        r"'p1', 'p10'\); a text column becomes one feature per text, at most 6 here"):
        load_dataset("csv", path=write(tmp_path, text))


def test_ignore_leaves_out_columns_by_name_or_index(tmp_path):
    text = "id,name,height,color,y\n" + "".join(f"{i},p{i},{i * 0.5},{i % 3},{i % 2}\n" for i in range(20))
    path = write(tmp_path, text)
    with pytest.raises(DataError, match=r"column 1 \('name'\) holds 20 different texts.*leave it out with 'ignore'"):
        load_dataset("csv", path=path)
    for ignore in ("name, id", ["NAME", 0], "1,0", [1, "id"]):   # names in any case, indices, text or lists
        ds = load_dataset("csv", path=path, ignore=ignore)
        assert ds.feature_names == ["height", "color"] and ds.x_train.shape[1] == 2, ignore
    np.testing.assert_array_equal(load_dataset("csv", path=path, ignore="id,name,color").x_train.shape, (16, 1))


def test_ignore_cannot_take_the_target_or_every_feature(tmp_path):
    path = write(tmp_path, "a,b,y\n" + "".join(f"{i},{i * 2},{i % 2}\n" for i in range(10)))
    with pytest.raises(DataError, match=r"'ignore' names the target column 2 \('y'\)"):
        load_dataset("csv", path=path, ignore="y")
    with pytest.raises(DataError, match="no feature column is left"):
        load_dataset("csv", path=path, ignore="a, b")
    with pytest.raises(DataError, match=r"parameter 'ignore' = 'c' is not a column; accepted: a column name"):
        load_dataset("csv", path=path, ignore="c")
    with pytest.raises(DataError, match=r"parameter 'ignore' = 7 is out of range"):
        load_dataset("csv", path=path, ignore=[7])
    with pytest.raises(DataError, match="parameter 'ignore' = True is not accepted"):
        load_dataset("csv", path=path, ignore=True)


def test_missing_value_names_row_and_column(tmp_path):
    text = "a,b,y\n1,2,0\n3,4,1\n5,,0\n7,8,1\n"
    with pytest.raises(DataError, match=r"missing value in column 1 \('b'\) at line 4 \(data row 3\)"):
        load_dataset("csv", path=write(tmp_path, text))
    text = "a,b,y\n1,2,0\n3,NaN,1\n5,6,0\n"
    with pytest.raises(DataError, match=r"missing value in column 1 \('b'\) at line 3"):
        load_dataset("csv", path=write(tmp_path, text, "n.csv"))
    text = "a,b,y\n1,2,0\n3,4,\n5,6,1\n"
    with pytest.raises(DataError, match=r"missing value in the target column 2 \('y'\) at line 3"):
        load_dataset("csv", path=write(tmp_path, text, "t.csv"))


def test_one_class_and_too_few_rows(tmp_path):
    text = "a,b,y\n1,2,yes\n3,4,yes\n5,6,yes\n"
    with pytest.raises(DataError, match=r"target column 2 \('y'\) has only one class \('yes'\)"):
        load_dataset("csv", path=write(tmp_path, text))
    with pytest.raises(DataError, match="at least 2 data rows, found 1"):
        load_dataset("csv", path=write(tmp_path, "a,b,y\n1,2,0\n", "one.csv"))


def test_file_problems(tmp_path):
    with pytest.raises(DataError, match="parameter 'path' is required"):
        load_dataset("csv")
    with pytest.raises(DataError, match="no such file"):
        load_dataset("csv", path=str(tmp_path / "missing.csv"))
    with pytest.raises(DataError, match="line 3 has 2 fields but line 1 has 3"):
        load_dataset("csv", path=write(tmp_path, "1,2,0\n3,4,1\n5,6\n"))
    with pytest.raises(DataError, match="the file is empty"):
        load_dataset("csv", path=write(tmp_path, "\n\n", "e.csv"))


def test_korean_excel_encoding_and_bom(tmp_path):
    body = "\n".join(f"{a},{b},{'합격' if c else '불합격'}" for a, b, c in rows())
    path = tmp_path / "k.csv"
    path.write_bytes(("키,몸무게,결과\n" + body).encode("cp949"))
    ds = load_dataset("csv", path=str(path))
    assert ds.feature_names == ["키", "몸무게"] and sorted(ds.class_names) == ["불합격", "합격"]
    path.write_bytes(("키,몸무게,결과\n" + body).encode("utf-8-sig"))
    assert load_dataset("csv", path=str(path)).feature_names == ["키", "몸무게"]


def test_csv_standardize_train_only(tmp_path):
    text = "a,b,y\n" + "\n".join(f"{a},{b * 100},{c}" for a, b, c in rows(40))
    ds = load_dataset("csv", path=write(tmp_path, text), seed=2)
    assert np.allclose(ds.x_train.mean(0), 0, atol=1e-5) and ds.x_standardizer is not None


def test_a_column_of_decimal_commas_is_not_taken_for_texts(tmp_path):
    """A European spreadsheet's '1,5' in every row is a number written with a decimal comma, not a category:
    the import says how to write it instead of making a feature of every value."""
    text = "a;b;y\n" + "".join(f"{i},5;{i % 3};{i % 2}\n" for i in range(12))
    with pytest.raises(DataError, match=r"column 0 \('a'\) is not numeric: '0,5' at line 2 \(data row 1\) "
                                        r"\(decimal commas are not supported; write 1.5, not 1,5\)"):
        load_dataset("csv", path=write(tmp_path, text))


def test_an_unclosed_quote_is_named_not_taken_for_one_long_field(tmp_path):
    """'"3","4","1' then more rows: the rest of the file became one field, and the message was about the rows
    left ("needs at least 2 data rows") or the classes ("only 1 class"), not the quote."""
    more = "".join(f"{a},{b},{y}\n" for a, b, y in rows(20))
    path = write(tmp_path, '"a","b","y"\n"3","4","1\n5,6,0\n1,2,1\n\n7,8,0\n' + more)
    with pytest.raises(DataError) as info:
        load_dataset("csv", path=str(path))
    assert str(info.value).endswith("data.csv: line 2: a quoted field goes on past the end of the line (to line "
                                    "26, the end of the file); a closing quote (\") is probably missing")


def test_old_mac_line_ends_load(tmp_path):
    """Excel's "CSV (Macintosh)" ends lines with CR alone: refused with "new-line character seen in unquoted
    field", in English inside the Korean message."""
    text = "x1,x2,label\r" + "\r".join(f"{a},{b},{c}" for a, b, c in rows()) + "\r"
    ds = load_dataset("csv", path=write(tmp_path, text), standardize=False)
    assert ds.feature_names == ["x1", "x2"] and ds.n_train + ds.n_test == 20


def test_a_heading_repeated_is_numbered_and_the_model_file_takes_it(tmp_path):
    """"점수,점수,결과" (a sheet's repeated heading) imported and trained, then the model could not be saved:
    "the columns name one column twice"."""
    import json
    import subprocess
    import sys

    from annstudio.resources import resource_path

    text = "점수,점수,결과\n" + "\n".join(f"{a},{b},{c}" for a, b, c in rows()) + "\n"
    ds = load_dataset("csv", path=write(tmp_path, text), standardize=False)
    assert ds.feature_names == ["점수", "점수 (2)"]
    project = json.loads(resource_path("examples", "xor_mlp.annproj").read_text(encoding="utf-8"))
    project["dataset"] = {"name": "csv", "params": {"path": "data.csv"}}
    (tmp_path / "p.annproj").write_text(json.dumps(project), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "annstudio", "train", str(tmp_path / "p.annproj"), "--epochs",
                             "1", "--quiet", "--out", str(tmp_path / "m.h5")], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr   # the model file records both columns
