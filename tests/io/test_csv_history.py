"""The history CSV writer behind the CSVLogger callback (Keras' columns), on its own."""
import csv

import pytest

from annstudio.io.csv_history import HistoryCSVWriter


def rows(path, delimiter=","):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_columns_are_epoch_then_the_first_rows_keys_sorted(tmp_path):
    path = tmp_path / "sub" / "history.csv"
    writer = HistoryCSVWriter(path)
    writer.open()
    writer.write(0, {"val_loss": 0.5, "loss": 0.75, "accuracy": 0.5})
    writer.write(1, {"loss": 0.25, "accuracy": 1.0, "extra": 9})   # missing -> NA, new keys left out
    assert rows(path)[-1] == ["1", "1.0", "0.25", "NA"]           # flushed after every row
    writer.close()
    assert rows(path) == [["epoch", "accuracy", "loss", "val_loss"], ["0", "0.5", "0.75", "0.5"],
                          ["1", "1.0", "0.25", "NA"]]


def test_append_keeps_the_existing_columns(tmp_path):
    path = tmp_path / "history.csv"
    first = HistoryCSVWriter(path, separator=";")
    first.open()
    first.write(0, {"loss": 1.0, "mae": 0.5})
    first.close()
    again = HistoryCSVWriter(path, separator=";", append=True)
    again.open()
    assert again.keys == ["loss", "mae"]
    again.write(1, {"mae": 0.25, "loss": 0.5, "mse": 0.1})
    again.close()
    assert rows(path, ";") == [["epoch", "loss", "mae"], ["0", "1.0", "0.5"], ["1", "0.5", "0.25"]]
    fresh = HistoryCSVWriter(path)
    fresh.open()
    fresh.write(0, {"loss": 2.0})
    fresh.close()
    assert rows(path) == [["epoch", "loss"], ["0", "2.0"]]


def test_writing_before_open_is_refused(tmp_path):
    with pytest.raises(ValueError, match="not open"):
        HistoryCSVWriter(tmp_path / "h.csv").write(0, {"loss": 1.0})
