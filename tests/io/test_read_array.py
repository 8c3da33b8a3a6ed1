"""``read_array`` (``predict --input X.csv``): a header is a row with no number in it; a data row with a typo
is refused naming the file's line, never taken for a header and dropped."""
import numpy as np
import pytest

from annstudio.io.arrays import read_array
from annstudio.messages import MessageError


def write(tmp_path, text):
    path = tmp_path / "x.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_first_row_with_a_typo_is_refused_not_dropped(tmp_path):
    """"1,2,x,4" then "5,6,7,8" gave one prediction: the first row was taken for a header."""
    with pytest.raises(MessageError, match=r"line 1 holds 'x', which is not a number"):
        read_array(write(tmp_path, "1,2,x,4\n5,6,7,8\n"))


def test_a_header_is_skipped_and_problems_name_the_files_line(tmp_path):
    """Rows were counted without the header and blank lines: "row 2" was line 4 in the editor."""
    np.testing.assert_array_equal(read_array(write(tmp_path, "a,b\n1,2\n\n3,4\n")), [[1, 2], [3, 4]])
    with pytest.raises(MessageError, match=r"line 4 holds 'x'"):
        read_array(write(tmp_path, "a,b\n1,2\n\n3,x\n"))
    with pytest.raises(MessageError, match=r"line 3 has 1 values, the first row has 2"):
        read_array(write(tmp_path, "a,b\n1,2\n3\n"))


def test_a_korean_excel_csv_is_read_as_the_csv_data_source_reads_it(tmp_path):
    """A Korean Excel saves plain "CSV" in CP949: training read the file, predicting on the same file said
    "not a text file in UTF-8 encoding"."""
    path = tmp_path / "x.csv"
    path.write_bytes("키,몸무게\n170,65.5\n158,49\n".encode("cp949"))
    np.testing.assert_array_equal(read_array(path), [[170, 65.5], [158, 49]])
    path.write_bytes(b"\x00\xff\xfe\x81\x00" * 10)
    with pytest.raises(MessageError, match=r"not a text file in UTF-8 or CP949 encoding; save it as 'CSV UTF-8'"):
        read_array(path)
