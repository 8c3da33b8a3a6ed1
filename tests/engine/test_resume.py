"""ModelCheckpoint files are Keras-loadable and resume a run exactly."""
import numpy as np
import pytest

from annstudio.engine.callbacks import ModelCheckpoint
from annstudio.engine.session import create_run
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

from .conftest import blobs_dataset


def project(epochs, callbacks=(), optimizer="Adam"):
    spec = ModelSpec.stack([2], [("Dense", {"units": 16, "activation": "relu"}), ("Dropout", {"rate": 0.3}),
                                 ("BatchNormalization", {}), ("Dense", {"units": 3, "activation": "softmax"})])
    return Project(spec, {"name": "blobs", "params": {}},
                   TrainingConfig(loss="sparse_categorical_crossentropy", optimizer=optimizer, batch_size=16,
                                  epochs=epochs, validation_split=0.2, seed=5, callbacks=list(callbacks)))


def finish(run):
    events = list(run.events())
    assert events[-1]["event"] == "finished", events[-1]
    return events[-1]["history"]


@pytest.mark.parametrize("optimizer", ["Adam", {"class_name": "SGD", "config": {"momentum": 0.9, "nesterov": True}}, "RMSprop"])
def test_resume_continues_bit_for_bit(tmp_path, optimizer):
    data = blobs_dataset()
    straight = create_run(project(8, optimizer=optimizer), dataset=data)
    full = finish(straight)

    ckpt = tmp_path / "ckpt.h5"
    first = create_run(project(4, optimizer=optimizer), dataset=data, callbacks=[ModelCheckpoint(ckpt)])
    finish(first)
    resumed = create_run(project(8, optimizer=optimizer), dataset=data, resume_from=ckpt)
    assert resumed.trainer.initial_epoch == 4
    history = finish(resumed)
    assert history == full  # the history carries on from the checkpoint and equals the straight run
    for name, w in straight.model.get_weights().items():
        np.testing.assert_array_equal(resumed.model.get_weights()[name], w, err_msg=name)


def test_best_only_checkpoint_keeps_the_best_epoch(tmp_path):
    data = blobs_dataset()
    path = tmp_path / "best_{epoch:02d}.h5"
    saver = ModelCheckpoint(str(path), monitor="val_loss", save_best_only=True)
    history = finish(create_run(project(12), dataset=data, callbacks=[saver]))
    val = history["val_loss"]
    improved = [i + 1 for i, v in enumerate(val) if v < min(val[:i], default=np.inf)]
    assert [p.name for p in saver.saved] == [f"best_{e:02d}.h5" for e in improved]


def test_checkpoint_from_project_config_and_keras_loads_it(tmp_path):
    keras = pytest.importorskip("keras")
    cfg = [{"class_name": "ModelCheckpoint", "config": {"filepath": "out/model.h5"}}]
    run = create_run(project(3, callbacks=cfg), dataset=blobs_dataset(), base_dir=tmp_path)
    finish(run)
    path = tmp_path / "out" / "model.h5"
    model = keras.models.load_model(path)
    x = blobs_dataset().x_test
    np.testing.assert_allclose(model.predict(x, verbose=0), run.model.predict(x), atol=1e-5)


def test_resume_refuses_a_different_model(tmp_path):
    data = blobs_dataset()
    ckpt = tmp_path / "ckpt.h5"
    finish(create_run(project(2), dataset=data, callbacks=[ModelCheckpoint(ckpt)]))
    other = project(4)
    other.model.layers[1].config["units"] = 17
    with pytest.raises(ValueError, match="different model"):
        create_run(other, dataset=data, resume_from=ckpt)


def test_resume_accepts_explicit_previous_layer_links(tmp_path):
    # A file cannot tell "inputs: [previous]" from "inputs: []"; both describe the same network.
    data = blobs_dataset()
    ckpt = tmp_path / "ckpt.h5"
    finish(create_run(project(2), dataset=data, callbacks=[ModelCheckpoint(ckpt)]))
    explicit = project(3)
    explicit.model.layers[2].inputs = ["dense"]
    run = create_run(explicit, dataset=data, resume_from=ckpt)
    assert run.trainer.initial_epoch == 2


def test_continue_training_from_a_file_keras_wrote(tmp_path):
    keras = pytest.importorskip("keras")
    data = blobs_dataset()
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(16, activation="relu", name="dense"),
                              keras.layers.Dense(3, activation="softmax", name="dense_1")])
    model.compile(loss="sparse_categorical_crossentropy", optimizer="adam")
    model.fit(data.x_train, data.y_train, epochs=3, verbose=0)
    path = tmp_path / "keras.h5"
    model.save(path)
    spec = ModelSpec.stack([2], [("Dense", {"units": 16, "activation": "relu"}),
                                 ("Dense", {"units": 3, "activation": "softmax"})])
    project = Project(spec, {"name": "blobs", "params": {}},
                      TrainingConfig(loss="sparse_categorical_crossentropy", optimizer="Adam", epochs=5, seed=1))
    run = create_run(project, dataset=data, resume_from=path)
    np.testing.assert_allclose(run.model.predict(data.x_test), model.predict(data.x_test, verbose=0), atol=1e-5)
    history = finish(run)
    assert len(history["loss"]) == 5
    assert history["loss"][-1] < float(model.evaluate(data.x_train, data.y_train, verbose=0))
