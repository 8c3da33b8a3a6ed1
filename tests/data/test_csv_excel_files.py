"""CSV files as Korean learners' Excel saves them: empty columns at the right, thousands separators; and the
column numbers the messages give, which are the ones the 'target' and 'ignore' parameters take."""
import re

import numpy as np
import pytest

from annstudio.data import DataError, load_dataset

GRADES = [(f"학생{i}", 40 + i * 7 % 60, 40 + i * 13 % 60, 40 + i * 17 % 60, "합격" if i % 2 else "불합격")
          for i in range(24)]


def excel_grades(tmp_path, encoding="cp949", name="성적.csv"):
    """Korean Excel's "CSV" of a sheet whose two columns right of the table were once used: every line
    ends in ",," (the header too)."""
    text = "이름,국어,수학,영어,합격여부,,\r\n" + "".join(f"{n},{a},{b},{c},{p},,\r\n" for n, a, b, c, p in GRADES)
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig"])
def test_empty_columns_at_the_right_are_not_data(tmp_path, encoding):
    """The default target was the empty last column, and the import stopped at "a missing value in column 6
    ('column 6')", a column the learner's file does not show. The target is 합격여부 and the file loads."""
    path = excel_grades(tmp_path, encoding)
    with pytest.raises(DataError, match=r"column 0 \('이름'\) holds 24 different texts"):
        load_dataset("csv", path=path)   # the name column, as in any file: the empty ones are not in the way
    ds = load_dataset("csv", path=path, ignore="이름", standardize=False, test_ratio=0.25)
    assert ds.feature_names == ["국어", "수학", "영어"] and ds.class_names == ["불합격", "합격"]
    assert "target column 4 ('합격여부') (binary)" in ds.description
    x = np.concatenate([ds.x_train, ds.x_test])
    assert sorted(map(tuple, x.tolist())) == sorted((a, b, c) for _, a, b, c, _ in GRADES)


def test_a_project_that_worked_around_the_empty_columns_loads_the_same(tmp_path):
    """Saved projects name the empty columns ("column 6", an index, a negative one) to leave them out; the
    indices still count the file's columns, so each loads the data it loaded before."""
    path = excel_grades(tmp_path)
    expected = load_dataset("csv", path=path, ignore="이름")
    for target, ignore in (("합격여부", ["이름", "column 6", "column 7"]), (4, [0, 5, 6]), (-3, [0, -2, -1]),
                           (None, ["이름", 6])):
        ds = load_dataset("csv", path=path, target=target, ignore=ignore)
        assert ds.feature_names == expected.feature_names and ds.class_names == expected.class_names, (target, ignore)
        np.testing.assert_array_equal(ds.x_train, expected.x_train)
    with pytest.raises(DataError, match=r"missing value in the target column 6 at line 2"):
        load_dataset("csv", path=path, target=-1, ignore="이름")   # asked for: said what is in it


def test_an_empty_column_inside_a_file_without_a_header(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("".join(f"{i},,{i % 5},{i % 2},\n" for i in range(20)), encoding="utf-8")
    ds = load_dataset("csv", path=str(path), standardize=False)
    assert ds.feature_names == ["x1", "x2"] and ds.class_names == ["0", "1"]
    assert "target column 3 (binary)" in ds.description


def test_the_number_in_a_message_is_the_one_ignore_takes(tmp_path):
    """"column 1 ('이름')" and 'ignore' = 1 were two different columns (the messages counted from 1, the
    parameters from 0): typing the number a message gave left out the column next to it."""
    path = tmp_path / "people.csv"
    path.write_text("번호,이름,키,합격\n" + "".join(f"{i},사람{i},{150 + i},{i % 2}\n" for i in range(30)),
                    encoding="utf-8")
    with pytest.raises(DataError) as refused:
        load_dataset("csv", path=str(path))
    number = int(re.search(r"column (\d+) \('이름'\) holds", str(refused.value)).group(1))
    assert load_dataset("csv", path=str(path), ignore=[number]).feature_names == ["번호", "키"]
    with pytest.raises(DataError, match=r"'ignore' names the target column 3 \('합격'\)"):
        load_dataset("csv", path=str(path), ignore=[3])
    plain = tmp_path / "plain.csv"
    plain.write_text("".join(f"{i},x{i},{i % 2}\n" for i in range(30)), encoding="utf-8")
    with pytest.raises(DataError, match=r"column 1 holds 30 different texts"):
        load_dataset("csv", path=str(plain))


def test_thousands_separators_are_named_with_the_way_out(tmp_path):
    """"184,508" (Excel's number format with the 1000 separator, quoted in the CSV) in every row was
    refused as "not numeric ... among numbers": no value of that column was a number as written."""
    prices = [184508, 852684, 964, 503338, 1234567] * 4
    path = tmp_path / "집값.csv"
    path.write_text("가격,면적,팔림\n" + "".join(f'"{p:,}",{40 + i},{i % 2}\n' for i, p in enumerate(prices)),
                    encoding="utf-8")
    with pytest.raises(DataError) as refused:
        load_dataset("csv", path=str(path))
    message = str(refused.value)
    assert ("column 0 ('가격') holds numbers written with thousands separators (16 of 20 values, the first "
            "'184,508' at line 2), which are not read as numbers — save the file without them") in message
    assert "Use 1000 Separator" in message and "among numbers" not in message
    with pytest.raises(DataError, match=r"the target column 0 \('가격'\) holds numbers written with thousands"):
        load_dataset("csv", path=str(path), target="가격")   # not 20 classes named "184,508"...
    semicolons = tmp_path / "eu.csv"   # there, "1,5" is a decimal comma: that import's hint, as before
    semicolons.write_text("a;b;y\n" + "".join(f"{i},5;{i};{i % 2}\n" for i in range(12)), encoding="utf-8")
    with pytest.raises(DataError, match="decimal commas are not supported"):
        load_dataset("csv", path=str(semicolons))
