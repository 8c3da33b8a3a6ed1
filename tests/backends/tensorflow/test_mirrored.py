"""MirroredStrategy over two logical CPU devices, in a fresh process (logical devices must be configured
before TensorFlow starts): the per-epoch losses equal the single-device run's, also for batches that do
not split evenly across the replicas."""
import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest

pytest.importorskip("tensorflow")

SCRIPT = textwrap.dedent("""
    import json, os
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    from annstudio.backends.tensorflow.devices import split_cpu
    split_cpu(2)
    from annstudio.data import load_dataset
    from annstudio.engine.session import create_run
    from annstudio.project import Project, TrainingConfig
    from annstudio.spec import ModelSpec

    iris = load_dataset("iris")
    out = {}
    dense = ModelSpec.stack([4], [("Dense", {"units": 16, "activation": "relu",
                                             "kernel_regularizer": {"l1": 0.0, "l2": 0.001}}),
                                  ("Dense", {"units": 3, "activation": "softmax"})])
    for name, optimizer in (("SGD", {"class_name": "SGD", "config": {"learning_rate": 0.05, "momentum": 0.9}}),
                            ("Adam", {"class_name": "Adam", "config": {"learning_rate": 0.01}})):
        project = Project(dense, {"name": "iris", "params": {}},
                          TrainingConfig(loss="sparse_categorical_crossentropy", optimizer=optimizer, batch_size=15,
                                         epochs=10, seed=4, validation_split=0.2))
        for device in ("CPU:0", ["CPU:0", "CPU:1"]):
            run = create_run(project, "tensorflow", dataset=iris, device=device)
            events = list(run.events())
            assert events[-1]["event"] == "finished", events[-1]
            out[f"{name} {run.model.plan.describe()}"] = events[-1]["history"]
    # BatchNormalization and Dropout train too (per-replica statistics and masks, as with keras fit), on the
    # same two devices: a second model there must not collide with the first one's collectives.
    extra = ModelSpec.stack([4], [("Dense", {"units": 16}), ("BatchNormalization", {}),
                                  ("Activation", {"activation": "relu"}), ("Dropout", {"rate": 0.2}),
                                  ("Dense", {"units": 3, "activation": "softmax"})])
    project = Project(extra, {"name": "iris", "params": {}},
                      TrainingConfig(loss="sparse_categorical_crossentropy", optimizer="Adam", batch_size=16, epochs=3))
    run = create_run(project, "tensorflow", dataset=iris, device="CPU:0,CPU:1")
    out["extra"] = list(run.events())[-1]["event"]
    out["extra_strategy"] = type(run.model.strategy).__name__
    print(json.dumps(out))
""")


@pytest.fixture(scope="module")
def results():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("optimizer", ["SGD", "Adam"])
def test_two_replicas_give_the_single_device_losses(results, optimizer):
    single = results[f"{optimizer} CPU:0"]
    mirrored = results[f"{optimizer} MirroredStrategy over CPU:0, CPU:1"]
    for key in ("loss", "val_loss"):
        assert len(mirrored[key]) == 10
        np.testing.assert_allclose(mirrored[key], single[key], rtol=1e-4, err_msg=key)
    assert mirrored["loss"][-1] < mirrored["loss"][0]


def test_batchnorm_and_dropout_train_on_two_replicas(results):
    assert results["extra"] == "finished" and results["extra_strategy"] == "MirroredStrategy"
