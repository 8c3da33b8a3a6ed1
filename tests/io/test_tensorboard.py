"""TensorBoard logs without TensorFlow: CRC-32C, TFRecord framing, protobuf events read back by TensorBoard's
and TensorFlow's own readers, and the TensorBoard callback through real training runs."""
import datetime as dt
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from annstudio.data import Dataset
from annstudio.engine.callbacks import Callback, TensorBoard
from annstudio.engine.session import create_run
from annstudio.io import tfevents
from annstudio.io.tensorboard import DEFAULT_LOG_DIR, TensorBoardWriter, logs_root, run_log_dir
from annstudio.io.tfevents import EventFileWriter, Histogram, crc32c, encode_event, masked_crc32c, tfrecord
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

HIST_FIELDS = ("min", "max", "num", "sum", "sum_squares")


# ------------------------------------------------------------------------------ readers (test-only imports)
def _histogram(proto):
    return SimpleNamespace(**{f: float(getattr(proto, f)) for f in HIST_FIELDS},
                           bucket_limit=[float(v) for v in proto.bucket_limit],
                           bucket=[float(v) for v in proto.bucket])


def _read_with_event_accumulator(folder):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    acc = EventAccumulator(str(folder), size_guidance={"scalars": 0, "histograms": 0})
    acc.Reload()
    tags = acc.Tags()
    scalars = {t: [(e.step, e.value) for e in acc.Scalars(t)] for t in tags["scalars"]}
    histograms = {t: [(e.step, _histogram(e.histogram_value)) for e in acc.Histograms(t)] for t in tags["histograms"]}
    return SimpleNamespace(scalars=scalars, histograms=histograms)


def _read_with_summary_iterator(folder):
    import tensorflow as tf

    scalars, histograms = {}, {}
    for path in sorted(Path(folder).glob("events.out.tfevents.*")):
        for event in tf.compat.v1.train.summary_iterator(str(path)):
            for value in event.summary.value:
                kind = value.WhichOneof("value")
                if kind == "simple_value":
                    scalars.setdefault(value.tag, []).append((event.step, value.simple_value))
                elif kind == "histo":
                    histograms.setdefault(value.tag, []).append((event.step, _histogram(value.histo)))
    return SimpleNamespace(scalars=scalars, histograms=histograms)


@pytest.fixture(params=["tensorboard", "tensorflow"])
def read_logs(request):
    """Read a folder of event files with TensorBoard's EventAccumulator or TensorFlow's summary_iterator."""
    if request.param == "tensorboard":
        pytest.importorskip("tensorboard.backend.event_processing.event_accumulator")
        return _read_with_event_accumulator
    pytest.importorskip("tensorflow")
    return _read_with_summary_iterator


def f32(value):
    return float(np.float32(value))


# ------------------------------------------------------------------------------ CRC-32C and framing
@pytest.mark.parametrize("data, expected", [
    (b"", 0x00000000),
    (b"123456789", 0xE3069283),
    (bytes(32), 0x8A9136AA),              # RFC 3720 (iSCSI) test vectors
    (b"\xff" * 32, 0x62A8AB43),
    (bytes(range(32)), 0x46DD794E),
    (bytes(range(31, -1, -1)), 0x113FDB5C),
])
def test_crc32c_known_vectors(data, expected):
    assert crc32c(data) == expected
    assert tfevents._crc32c_python(data) == expected  # the pure-Python fallback, whatever is installed


def test_masked_crc32c():
    assert masked_crc32c(b"") == 0xA282EAD8  # crc 0, rotated, plus the mask delta
    assert masked_crc32c(b"123456789") == 0xC78AB0E5
    crc = 0xE3069283
    assert masked_crc32c(b"123456789") == ((((crc >> 15) | (crc << 17)) & 0xFFFFFFFF) + 0xA282EAD8) % 2**32


def test_tfrecord_framing():
    data = b"hello event"
    record = tfrecord(data)
    assert len(record) == 8 + 4 + len(data) + 4
    (length,) = struct.unpack("<Q", record[:8])
    assert length == len(data)
    assert struct.unpack("<I", record[8:12])[0] == masked_crc32c(record[:8])
    assert record[12:-4] == data
    assert struct.unpack("<I", record[-4:])[0] == masked_crc32c(data)


def test_varint_encoding():
    assert tfevents._varint(0) == b"\x00"
    assert tfevents._varint(1) == b"\x01"
    assert tfevents._varint(300) == b"\xac\x02"
    assert tfevents._varint(-1) == b"\xff" * 9 + b"\x01"  # int64 negatives take ten bytes


def test_events_parse_as_tensorflow_protos():
    tf = pytest.importorskip("tensorflow")
    hist = Histogram.from_values(np.linspace(-1, 2, 50), bins=5)
    event = tf.compat.v1.Event.FromString(
        encode_event(1234.5, 77, values=[("epoch_loss", 0.25), ("w/histogram", hist)]))
    assert event.wall_time == 1234.5 and event.step == 77
    assert [v.tag for v in event.summary.value] == ["epoch_loss", "w/histogram"]
    assert event.summary.value[0].simple_value == 0.25
    histo = event.summary.value[1].histo
    assert (histo.min, histo.max, histo.num) == (-1.0, 2.0, 50.0)
    assert list(histo.bucket_limit) == list(hist.bucket_limit) and list(histo.bucket) == [10.0] * 5
    header = tf.compat.v1.Event.FromString(encode_event(1.0, 0, file_version="brain.Event:2"))
    assert header.file_version == "brain.Event:2" and header.step == 0
    assert tf.compat.v1.Event.FromString(encode_event(0.0, -3)).step == -3


def test_corrupt_record_is_rejected_by_tensorflow(tmp_path):
    """TensorFlow checks both CRCs of every record, so the readers accepting our files means the CRCs are right."""
    tf = pytest.importorskip("tensorflow")
    with EventFileWriter(tmp_path) as writer:
        writer.add_scalar("x", 1.0, 1)
    raw = bytearray(writer.path.read_bytes())
    raw[-6] ^= 0x01  # a byte of the last record's data
    writer.path.write_bytes(bytes(raw))
    with pytest.raises(tf.errors.DataLossError):
        list(tf.compat.v1.train.summary_iterator(str(writer.path)))


# ------------------------------------------------------------------------------ histograms
def test_histogram_from_values_matches_numpy():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 25))
    hist = Histogram.from_values(x, bins=30)
    counts, edges = np.histogram(x, bins=30)
    assert hist.bucket == tuple(counts.astype(float))
    np.testing.assert_allclose(hist.bucket_limit, edges[1:])
    assert hist.bucket_limit[-1] == x.max()
    assert (hist.min, hist.max, hist.num) == (x.min(), x.max(), 1000.0)
    assert hist.sum == pytest.approx(x.sum()) and hist.sum_squares == pytest.approx((x ** 2).sum())


def test_histogram_of_constant_and_non_finite_values():
    assert Histogram.from_values(np.zeros(7)).bucket == (7.0,)
    assert Histogram.from_values(np.zeros(7)).bucket_limit == (0.0,)
    hist = Histogram.from_values([1.0, np.nan, 3.0, np.inf])
    assert (hist.num, hist.min, hist.max) == (2.0, 1.0, 3.0)
    assert Histogram.from_values([np.nan]) is None and Histogram.from_values([]) is None
    with pytest.raises(ValueError, match="bins=0"):
        Histogram.from_values([1.0], bins=0)


# ------------------------------------------------------------------------------ writer round trip
def test_event_file_name_like_tensorflow(tmp_path):
    with EventFileWriter(tmp_path) as first, EventFileWriter(tmp_path) as second:
        pass
    assert first.path != second.path
    for writer in (first, second):
        match = re.fullmatch(r"events\.out\.tfevents\.(\d+)\.(.+)\.(\d+)\.(\d+)\.v2", writer.path.name)
        assert match, writer.path.name
        assert abs(int(match[1]) - dt.datetime.now().timestamp()) < 600
        assert int(match[3]) == os.getpid()
    assert first.closed and second.closed
    with pytest.raises(ValueError, match="closed"):
        first.add_scalar("x", 1.0, 0)


def test_written_scalars_and_histograms_read_back(tmp_path, read_logs):
    losses = [0.9, 0.51234567, 0.3, 1e-8]
    rng = np.random.default_rng(1)
    kernels = [rng.normal(size=(4, 3)) * (e + 1) for e in range(len(losses))]
    with EventFileWriter(tmp_path) as writer:
        for epoch, loss in enumerate(losses):
            writer.add_scalars({"epoch_loss": loss, "epoch_accuracy": epoch / 4}, epoch)
            writer.add_histogram("dense/kernel/histogram", kernels[epoch], epoch, bins=6)
            writer.flush()
    logs = read_logs(tmp_path)
    assert set(logs.scalars) == {"epoch_loss", "epoch_accuracy"}
    assert logs.scalars["epoch_loss"] == [(e, f32(v)) for e, v in enumerate(losses)]
    assert logs.scalars["epoch_accuracy"] == [(e, f32(e / 4)) for e in range(4)]
    histograms = logs.histograms["dense/kernel/histogram"]
    assert [step for step, _ in histograms] == [0, 1, 2, 3]
    for (_, hist), kernel in zip(histograms, kernels, strict=True):
        assert (hist.min, hist.max, hist.num) == (kernel.min(), kernel.max(), 12.0)
        assert hist.sum == pytest.approx(kernel.sum()) and hist.sum_squares == pytest.approx((kernel ** 2).sum())
        assert hist.bucket == list(np.histogram(kernel, bins=6)[0].astype(float))
        assert len(hist.bucket_limit) == 6 and hist.bucket_limit[-1] == kernel.max()


def test_scalars_are_tagged_for_the_scalars_dashboard(tmp_path):
    """TensorBoard's UI loads runs through the plugin accumulator, which must file our values under 'scalars'."""
    pytest.importorskip("tensorboard.backend.event_processing.plugin_event_accumulator")
    from tensorboard.backend.event_processing.plugin_event_accumulator import EventAccumulator

    with EventFileWriter(tmp_path) as writer:
        writer.add_scalar("epoch_loss", 0.5, 3)
        writer.add_histogram("w/histogram", [1.0, 2.0, 4.0], 3)
    acc = EventAccumulator(str(tmp_path))
    acc.Reload()
    assert acc.PluginTagToContent("scalars").keys() == {"epoch_loss"}
    assert acc.PluginTagToContent("histograms").keys() == {"w/histogram"}
    assert [(e.step, float(np.asarray(e.tensor_proto.float_val)[0])) for e in acc.Tensors("epoch_loss")] == [(3, 0.5)]


# ------------------------------------------------------------------------------ the callback in real runs
def blobs(n=120, seed=0):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    x = (np.array([[0, 3], [3, 0], [-3, -3]], dtype=np.float32)[y] + rng.normal(0, 1.0, (n, 2))).astype(np.float32)
    return Dataset("blobs", x[: n // 2], y[: n // 2], x[n // 2:], y[n // 2:], task="multiclass")


def blobs_project(epochs=4, validation_split=0.25, learning_rate=0.05):
    spec = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "relu"}),
                                 ("Dense", {"units": 3, "activation": "softmax"})], name="blobs")
    return Project(spec, {"name": "blobs", "params": {}},
                   TrainingConfig(loss="sparse_categorical_crossentropy",
                                  optimizer={"class_name": "SGD", "config": {"learning_rate": learning_rate}},
                                  batch_size=16, epochs=epochs, validation_split=validation_split, seed=2),
                   name="blobs")


class DecayingLearningRate(Callback):
    """Sets a different learning rate every epoch, to see that the logged one follows the model's."""

    def on_epoch_begin(self, epoch, logs=None):
        self.model.learning_rate = 0.1 / (epoch + 1)


def test_run_folder_writer_splits_validation_logs_and_writes_histograms(tmp_path, read_logs):
    board = TensorBoardWriter(tmp_path / "run")
    weights = {"dense/kernel": np.arange(6.0).reshape(2, 3)}
    board.write_batch_loss(3, 0.75)
    board.write_epoch(0, {"loss": 0.5, "val_loss": 0.625}, weights, bins=4)
    board.write_epoch(1, {"loss": 0.25})
    board.close()
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == ["train", "validation"]
    train = read_logs(tmp_path / "run" / "train")
    assert train.scalars == {"batch_loss": [(3, 0.75)], "epoch_loss": [(0, 0.5), (1, 0.25)]}
    (step, hist), = train.histograms["dense/kernel/histogram"]
    assert step == 0 and (hist.num, hist.min, hist.max) == (6, 0.0, 5.0) and len(hist.bucket) == 4
    assert read_logs(tmp_path / "run" / "validation").scalars == {"epoch_loss": [(0, 0.625)]}


def test_callback_logs_a_training_run_like_keras(tmp_path, read_logs):
    board = TensorBoard(log_dir=str(tmp_path / "run_%Y"), histogram_freq=2)
    before = dt.datetime.now().year
    run = create_run(blobs_project(epochs=5), dataset=blobs(), callbacks=[DecayingLearningRate(), board])
    events = list(run.events())
    assert events[-1]["event"] == "finished", events[-1]["message"]
    history = events[-1]["history"]
    assert board.run_dir.parent == tmp_path and board.run_dir.name in {f"run_{before}", f"run_{dt.datetime.now().year}"}
    assert sorted(p.name for p in board.run_dir.iterdir()) == ["train", "validation"]

    train = read_logs(board.run_dir / "train")
    assert set(train.scalars) == {"epoch_loss", "epoch_accuracy", "epoch_learning_rate"}
    assert train.scalars["epoch_loss"] == [(e, f32(v)) for e, v in enumerate(history["loss"])]
    assert train.scalars["epoch_accuracy"] == [(e, f32(v)) for e, v in enumerate(history["accuracy"])]
    assert train.scalars["epoch_learning_rate"] == [(e, f32(0.1 / (e + 1))) for e in range(5)]
    assert "learning_rate" not in history  # the logs other callbacks see are left alone

    weights = run.model.get_weights()
    assert set(train.histograms) == {f"{key}/histogram" for key in weights}
    for key, final in weights.items():
        hists = train.histograms[f"{key}/histogram"]
        assert [step for step, _ in hists] == [0, 2, 4]
        last = hists[-1][1]  # epoch 4 is the last: its weights are the final ones
        assert (last.num, last.min, last.max) == (final.size, f32(final.min()), f32(final.max()))
        assert sum(last.bucket) == final.size

    validation = read_logs(board.run_dir / "validation")
    assert set(validation.scalars) == {"epoch_loss", "epoch_accuracy"} and not validation.histograms
    assert validation.scalars["epoch_loss"] == [(e, f32(v)) for e, v in enumerate(history["val_loss"])]
    assert validation.scalars["epoch_accuracy"] == [(e, f32(v)) for e, v in enumerate(history["val_accuracy"])]


def test_callback_flushes_every_epoch_and_closes_at_the_end(tmp_path, read_logs):
    board = TensorBoard(log_dir=tmp_path / "live")
    run = create_run(blobs_project(epochs=3), dataset=blobs(), callbacks=[board])
    seen, writers = [], []
    for event in run.events():
        if event["event"] == "epoch_end":  # a running TensorBoard must see each epoch as it ends
            writers.append(board._writer._train)   # the io writer's train/ event file
            seen.append([step for step, _ in read_logs(board.run_dir / "train").scalars["epoch_loss"]])
            assert [s for s, _ in read_logs(board.run_dir / "validation").scalars["epoch_loss"]] == seen[-1]
    assert seen == [[0], [0, 1], [0, 1, 2]]
    assert writers[0].closed and board._writer is None
    assert board.run_dir == tmp_path / "live"


def test_callback_without_validation_writes_no_validation_folder(tmp_path, read_logs):
    board = TensorBoard(log_dir=tmp_path / "tb", update_freq=2)
    run = create_run(blobs_project(epochs=2, validation_split=0.0), dataset=blobs(), callbacks=[board])
    events = list(run.events())
    assert [p.name for p in board.run_dir.iterdir()] == ["train"]
    train = read_logs(board.run_dir / "train")
    batch_losses = [e["loss"] for e in events if e["event"] == "batch_end"]
    assert len(batch_losses) == 8  # 60 samples, batch 16 -> 4 batches per epoch
    assert train.scalars["batch_loss"] == [(s, f32(batch_losses[s - 1])) for s in (2, 4, 6, 8)]
    assert [s for s, _ in train.scalars["epoch_loss"]] == [0, 1]


def test_a_second_run_of_the_same_callback_gets_a_new_folder(tmp_path):
    board = TensorBoard(log_dir=str(tmp_path / "run_%H_%M_%S_%f"))
    first_run = create_run(blobs_project(epochs=1), dataset=blobs(), callbacks=[board])
    list(first_run.events())
    first = board.run_dir
    list(create_run(blobs_project(epochs=1), dataset=blobs(), callbacks=[board]).events())
    assert board.run_dir != first and first.exists() and board.run_dir.exists()


def test_callback_arguments_are_checked():
    with pytest.raises(ValueError, match="histogram_freq.*-1"):
        TensorBoard(histogram_freq=-1)
    with pytest.raises(ValueError, match="update_freq.*'sometimes'"):
        TensorBoard(update_freq="sometimes")
    with pytest.raises(ValueError, match="update_freq.*0"):
        TensorBoard(update_freq=0)
    assert TensorBoard(update_freq="batch").update_freq == 1
    config = TensorBoard("my_logs/run_%Y", histogram_freq=1).get_config()
    assert config == {"log_dir": "my_logs/run_%Y", "histogram_freq": 1, "update_freq": "epoch", "bins": 30}
    assert TensorBoard(**config).get_config() == config


# ------------------------------------------------------------------------------ default folder names
def test_default_log_dir_is_logs_run_timestamp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert DEFAULT_LOG_DIR == "logs/run_%Y_%m_%d-%H_%M_%S"
    assert run_log_dir(now=dt.datetime(2024, 5, 1, 13, 2, 3)) == tmp_path / "logs" / "run_2024_05_01-13_02_03"
    assert logs_root() == tmp_path / "logs"
    assert logs_root(tmp_path / "proj") == tmp_path / "proj" / "logs"
    assert run_log_dir("my_logs/run_%Y_%m_%d-%H_%M_%S", dt.datetime(2023, 12, 31, 23, 59, 58), base_dir="/data/100%") \
        == Path("/data/100%/my_logs/run_2023_12_31-23_59_58")
    assert run_log_dir(tmp_path / "fixed") == tmp_path / "fixed"

    board = TensorBoard()
    list(create_run(blobs_project(epochs=1), dataset=blobs(), callbacks=[board]).events())
    relative = board.run_dir.relative_to(tmp_path).as_posix()
    assert re.fullmatch(r"logs/run_\d{4}_\d{2}_\d{2}-\d{2}_\d{2}_\d{2}", relative), relative
    assert (board.run_dir / "train").is_dir() and (board.run_dir / "validation").is_dir()


# ------------------------------------------------------------------------------ no TensorFlow needed
def test_writing_logs_does_not_import_tensorflow(tmp_path):
    code = (
        "import sys\n"
        "from annstudio.engine.callbacks import TensorBoard\n"
        "from annstudio.io.tfevents import EventFileWriter\n"
        "with EventFileWriter(sys.argv[1]) as w:\n"
        "    w.add_scalar('epoch_loss', 0.5, 1)\n"
        "    w.add_histogram('w/histogram', [1.0, 2.0, 3.0], 1)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'tensorflow', 'tensorboard', 'keras'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert len(list(tmp_path.glob("events.out.tfevents.*.v2"))) == 1
