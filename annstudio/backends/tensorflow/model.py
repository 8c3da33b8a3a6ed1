"""``TFModel``: a ``ModelSpec`` as a ``keras.Model``, implementing ``TrainableModel`` (``backends/base.py``).

Construction (``build_model``):

- The Keras layers come from ``spec.keras_config.layer_to_keras`` (the same 1:1 mapping the ``.h5``
  export uses), with the spec's layer names; a ``keras.Sequential`` for a plain stack, else a Functional
  model (Wide & Deep's ``Concatenate``). ``step``/``sign`` have no Keras equivalent: ``SpecError``.
- The initial weights are drawn by ``backends.initial_weights`` (the draw the NumPy backend's layers
  make for the same seed and dtype) and copied in: both backends start from identical weights.
- Dropout layers get Keras seeds derived from the model seed and the layer's index, so the same seed
  gives the same run (not the same masks as the NumPy backend, which draws from NumPy).

Training: ``train_step`` is one compiled ``tf.function`` (forward, loss, regularization, gradients and
the Keras optimizer's update) with a fixed input signature whose batch dimension is ``None``, so it is
traced once however the batch size varies. Like ``keras.Model.fit`` it uses XLA (``jit_compile``) only
when a GPU is used and the model is on one device (``jit_compile="auto"``).

Losses are Keras' own loss classes with ``dtype`` = the model's dtype (Keras would otherwise cast a
float64 output to float32 and lose the sigmoid/softmax logits it computes cross-entropy from), and
``reduction="sum"`` divided by the whole batch size: the mean, also when a batch is split across
replicas (each replica contributes ``sum / global_batch``; the replicas' values are summed, which is
exactly the single-device mean even for uneven splits). Regularization penalties are added once per
step (``1 / replicas`` on each replica). The loss a step reports is the value before the update.
Under MirroredStrategy, BatchNormalization uses each replica's own batch statistics and keeps a moving
mean per replica (``get_weights`` reads the first), and Dropout masks differ from a single device's,
exactly as with ``keras.Model.fit`` under that strategy.

Optimizers are Keras' (``Adam`` with the float64 bias correction explained in its docstring), built with
a float64 learning-rate variable for float64 models. Keras still passes other Python-float settings
(``momentum``, ``rho``, the L1/L2 factors) through float32, so float64 runs of the two backends differ at
~1e-8; float32 runs differ at float32 rounding, which chaotic training (ReLU units switching, Adam's
per-weight scaling) can amplify over many epochs, as it does between two float32 NumPy runs.

Weights: ``"layer/weight"`` keys in the spec's layer order, Keras' order within a layer (the NumPy
backend's keys). Optimizer state: the NumPy backend's format (slots keyed by weight), plus the Dropout
layers' Keras seed-generator states under ``"dropout_rng"`` so a resumed run draws the same masks.
"""
from __future__ import annotations

import contextlib
import math
import warnings
from collections.abc import Callable
from typing import Any

import keras
import numpy as np
import tensorflow as tf

from ...limits import rows_within_budget
from ...spec import KERAS_ACTIVATIONS, ModelSpec, SpecError
from ...spec.errors import ConfigError
from ...spec.keras_config import layer_to_keras
from ...spec.keras_model import layer_weights
from ...spec.layer_kinds import layer_kind
from ...spec.training import normalize_loss, normalize_optimizer
from ..base import batch_bounds
from ..initial_weights import initial_weights, resolve_dtype, resolve_seed
from . import _quiet  # noqa: F401  (before TensorFlow)
from .devices import DevicePlan, allow_gpu_memory_growth, resolve_device

# Keras loss class and its extra arguments, by annstudio's (Keras') long loss name.
KERAS_LOSSES = {
    "mean_squared_error": (keras.losses.MeanSquaredError, ()),
    "mean_absolute_error": (keras.losses.MeanAbsoluteError, ()),
    "huber": (keras.losses.Huber, ("delta",)),
    "binary_crossentropy": (keras.losses.BinaryCrossentropy, ("from_logits",)),
    "categorical_crossentropy": (keras.losses.CategoricalCrossentropy, ("from_logits",)),
    "sparse_categorical_crossentropy": (keras.losses.SparseCategoricalCrossentropy, ("from_logits",)),
}


class Adam(keras.optimizers.Adam):
    """Keras' Adam (same arguments, slots and update), except that the bias-corrected step size
    ``alpha = learning_rate * sqrt(1 - beta_2^t) / (1 - beta_1^t)`` is computed in float64 from the exact
    betas and then cast to the weight's dtype, as the NumPy backend computes it.

    Stock Keras casts the Python floats ``beta_1``/``beta_2`` through a float32 tensor before taking the
    powers (``ops.cast(self.beta_2, variable.dtype)``), so even a float64 model gets ``0.999`` rounded to
    ``0.99900001287``: ``alpha`` is then off by ~6e-6 (relative) for the first thousand steps, and Adam's
    per-weight normalisation lets that grow into percent-level differences between otherwise identical
    runs of a 784-300-100-10 network within 20 epochs. With this rule the two backends agree to ~1e-7.
    """

    def update_step(self, gradient, variable, learning_rate):
        dtype = variable.dtype
        step = tf.cast(self.iterations + 1, tf.float64)
        beta_1 = tf.constant(self.beta_1, tf.float64)
        beta_2 = tf.constant(self.beta_2, tf.float64)
        alpha = tf.cast(learning_rate, tf.float64) * tf.sqrt(1.0 - tf.pow(beta_2, step)) / (1.0 - tf.pow(beta_1, step))
        alpha = keras.ops.cast(alpha, dtype)
        gradient = keras.ops.cast(gradient, dtype)
        index = self._get_variable_index(variable)
        m, v = self._momentums[index], self._velocities[index]
        self.assign_add(m, keras.ops.multiply(keras.ops.subtract(gradient, m), 1 - self.beta_1))
        self.assign_add(v, keras.ops.multiply(keras.ops.subtract(keras.ops.square(gradient), v), 1 - self.beta_2))
        if self.amsgrad:
            v_hat = self._velocity_hats[index]
            self.assign(v_hat, keras.ops.maximum(v_hat, v))
            v = v_hat
        self.assign_sub(variable, keras.ops.divide(keras.ops.multiply(m, alpha),
                                                   keras.ops.add(keras.ops.sqrt(v), self.epsilon)))


KERAS_OPTIMIZERS = {
    "SGD": keras.optimizers.SGD, "Adam": Adam,
    "RMSprop": keras.optimizers.RMSprop, "Adagrad": keras.optimizers.Adagrad,
}
# Where each Keras optimizer keeps its per-weight slot variables (lists in the order of the variables it
# was built for), by the slot names the NumPy backend uses (which are Keras' variable name suffixes).
SLOT_ATTRIBUTES = {
    "SGD": {"momentum": "momentums"},
    "Adam": {"momentum": "_momentums", "velocity": "_velocities", "velocity_hat": "_velocity_hats"},
    "RMSprop": {"velocity": "_velocities", "momentum": "_momentums", "average_gradient": "_average_gradients"},
    "Adagrad": {"accumulator": "_accumulators"},
}
_DROPOUT_SEED_SALT = 0x44524F50  # "DROP", as the NumPy backend's Dropout generator


def dropout_seed(seed: int, layer_index: int) -> int:
    """The Keras seed of the Dropout layer at ``layer_index`` for a model seed (a positive int32)."""
    state = np.random.SeedSequence([seed, _DROPOUT_SEED_SALT, layer_index]).generate_state(1)[0]
    return int(state) % (2**31 - 1) + 1


def _check_keras_compatible(spec: ModelSpec) -> None:
    for layer in spec.layers:
        if "/" in layer.name:
            raise SpecError(f"layer names cannot contain '/' in Keras (got {layer.name!r}); rename the layer",
                            layer=layer.name)
        if layer.kind not in KERAS_LAYERS:
            raise SpecError(f"the TensorFlow backend cannot build a {layer.kind} layer; train it with the NumPy backend",
                            layer=layer.name)
        for param in layer_kind(layer.kind).params_of_type("activation"):
            activation = layer.config.get(param.key)
            if activation not in KERAS_ACTIVATIONS:
                raise SpecError(
                    f"activation {activation!r} has no Keras equivalent, so the TensorFlow backend cannot run this "
                    f"model; use one of {', '.join(sorted(KERAS_ACTIVATIONS))}, or train it with the NumPy backend",
                    layer=layer.name,
                )


def _seeded_dropout(config: dict[str, Any], seed: int, index: int) -> None:
    config["seed"] = dropout_seed(seed, index)


#: The layer kinds this backend builds, as ``keras.layers.deserialize`` of the registry's Keras config
#: (``spec.keras_config.layer_to_keras``), each with what it changes in that config first (or None).
#: Nothing outside this allow-list is deserialized. Initializers are always zeros: the NumPy backend's
#: draw replaces the weights, and zeros spare Keras a random draw of its own.
KERAS_LAYERS: dict[str, Callable[[dict[str, Any], int, int], None] | None] = {
    "Input": None,   # built as keras.Input
    "Dense": None,
    "Activation": None,
    "Dropout": _seeded_dropout,
    "Flatten": None,
    "Concatenate": None,
    "BatchNormalization": None,
    "Rescaling": None,
}


def _keras_layer(spec: ModelSpec, index: int, dtype: str, seed: int) -> keras.layers.Layer:
    layer = spec.layers[index]
    config = layer_to_keras(layer, dtype)
    c = config["config"]
    for param in layer_kind(layer.kind).params_of_type("initializer"):
        c[param.key] = "zeros"
    adjust = KERAS_LAYERS[layer.kind]
    if adjust is not None:
        adjust(c, seed, index)
    return keras.layers.deserialize(config)


def keras_model_from_spec(spec: ModelSpec, dtype: str = "float32", seed: int = 0) -> tuple[keras.Model, dict]:
    """(``keras.Model`` for ``spec``, ``{layer name: keras layer}``); weights not initialised from the spec."""
    _check_keras_compatible(spec)
    first = spec.layers[0]
    inputs = keras.Input(shape=tuple(first.config["shape"]), dtype=dtype, name=first.name)
    layers: dict[str, keras.layers.Layer] = {}
    name = spec.name.replace("/", "_") or "model"
    if spec.is_plain_stack:
        for i in range(1, len(spec.layers)):
            layers[spec.layers[i].name] = _keras_layer(spec, i, dtype, seed)
        return keras.Sequential([inputs, *layers.values()], name=name), layers
    tensors = {first.name: inputs}
    for i in range(1, len(spec.layers)):
        layer = spec.layers[i]
        klayer = layers[layer.name] = _keras_layer(spec, i, dtype, seed)
        sources = [tensors[s] for s in spec.input_names(i)]
        tensors[layer.name] = klayer(sources if layer_kind(layer.kind).multi_input else sources[0])
    return keras.Model(inputs, tensors[spec.layers[-1].name], name=name), layers


def _auto_jit_compile(plan: DevicePlan) -> bool:
    """Keras' ``jit_compile="auto"`` for the TensorFlow backend: XLA on a single GPU, not on CPUs or
    under tf.distribute, and not when op determinism is enabled."""
    if plan.distributed or not plan.has_gpu:
        return False
    try:
        from tensorflow.python.framework.config import is_op_determinism_enabled
    except ImportError:  # pragma: no cover - older TensorFlow
        return True
    return not is_op_determinism_enabled()


class TFModel:
    """A trainable Keras model built from a validated ``ModelSpec``; see ``annstudio.backends.base``.

    ``keras_model`` is the live ``keras.Model`` (for saving, summaries, or plain ``fit``); ``plan`` says
    which device(s) it runs on and ``strategy`` is the ``MirroredStrategy`` when there are several.
    Not thread-safe: call it from one thread (the trainer's worker).
    """

    def __init__(self, spec: ModelSpec, seed: int | None = None, dtype: Any = "float32", device: Any = None,
                 jit_compile: bool | str = "auto"):
        _check_keras_compatible(spec)
        infos = spec.validate()
        self.spec = spec.copy()
        self._values_per_sample: int | None = None   # see _batches
        self.dtype = resolve_dtype(dtype)
        self.seed = resolve_seed(seed)
        self.input_shape = tuple(spec.input_shape)
        self.output_shape = tuple(infos[-1].output_shape)
        self.plan = device if isinstance(device, DevicePlan) else resolve_device(device)
        if self.plan.has_gpu:
            allow_gpu_memory_growth()
        if jit_compile == "auto":
            jit_compile = _auto_jit_compile(self.plan)
        elif not isinstance(jit_compile, bool):
            raise ValueError(f"jit_compile must be True, False or 'auto', got {jit_compile!r}")
        self.jit_compile = bool(jit_compile and not self.plan.distributed)
        self.strategy = self.plan.make_strategy()
        with self._scope():
            self.keras_model, self._layers = keras_model_from_spec(self.spec, self.dtype.name, self.seed)
        self._weights: dict[str, Any] = {}
        for layer in self.spec.layers[1:]:
            for variable in self._layers[layer.name].weights:
                self._weights[f"{layer.name}/{variable.name}"] = variable
        self._key_of = {id(v): key for key, v in self._weights.items()}
        self._trainable = list(self.keras_model.trainable_variables)
        self._trainable_keys = [self._key_of[id(v)] for v in self._trainable]
        self._seed_states = {
            name: layer.seed_generator.state for name, layer in self._layers.items()
            if isinstance(layer, keras.layers.Dropout) and getattr(layer, "seed_generator", None) is not None
        }
        weights = layer_weights(self.spec)
        self._has_regularizers = any(
            w.regularizer(layer.config) for layer in self.spec.layers for w in weights[layer.name]
        )
        self.set_weights(initial_weights(self.spec, self.seed, self.dtype))
        x_spec = tf.TensorSpec((None, *self.input_shape), self.dtype.name)
        self._x_signature = [x_spec]
        self._predict_fn = tf.function(self._forward, input_signature=self._x_signature,
                                       jit_compile=self.jit_compile, reduce_retracing=True)
        self._regularization_fn = tf.function(self._regularization)
        self._loss: Any = None
        self._loss_config: Any = None
        self._optimizer_config: Any = None
        self._optimizer: Any = None
        self._learning_rate = 0.0
        # tf.function objects (TensorFlow has no type information); None until compile() / first use
        self._train_fn: Any = None
        self._eval_fn: Any = None
        self._grads_fn: Any = None
        self._train_call: Any = None
        self._probe_fn: Any = None

    # ------------------------------------------------------------------ configuration
    def _scope(self):
        return self.plan.scope(self.strategy)

    @property
    def replicas(self) -> int:
        return len(self.plan.devices)

    def compile(self, loss: str | dict[str, Any], optimizer: str | dict[str, Any]) -> None:
        """Choose the loss and the optimizer (the NumPy backend's config forms; see base.py). Resets the
        optimizer state."""
        try:  # spec.training validates, fills in Keras' defaults and canonicalises the names
            loss_config = normalize_loss(loss, strict=True)
            opt_config = normalize_optimizer(optimizer)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        cls, extra = KERAS_LOSSES[loss_config["name"]]
        kwargs = {key: loss_config[key] for key in extra}
        self._loss = cls(reduction="sum", dtype=self.dtype.name, **kwargs)
        self._loss_config = loss_config
        self._optimizer_config = opt_config
        name = opt_config["class_name"]
        floatx = keras.config.floatx()
        try:
            # Keras keeps the learning rate in a floatx variable: make it float64 for a float64 model, so
            # 0.1 stays 0.1 there (in float32 it would be 0.100000001, a 1.5e-8 step difference).
            keras.config.set_floatx(self.dtype.name)
            with self._scope():
                opt = KERAS_OPTIMIZERS[name](**opt_config["config"])
                opt.build(self._trainable)
        finally:
            keras.config.set_floatx(floatx)
        self._optimizer = opt
        self._optimizer_name = name
        self._slot_names = tuple(
            slot for slot, attr in SLOT_ATTRIBUTES[name].items() if getattr(opt, attr, None)
        )
        self._learning_rate = float(opt_config["config"]["learning_rate"])
        self._sparse = loss_config["name"] == "sparse_categorical_crossentropy"
        self._y_signature = (
            tf.TensorSpec((None, *self.output_shape[:-1]), tf.int64) if self._sparse
            else tf.TensorSpec((None, *self.output_shape), self.dtype.name)
        )
        signature = [*self._x_signature, self._y_signature]
        self._train_fn = tf.function(self._train, input_signature=signature, jit_compile=self.jit_compile,
                                     reduce_retracing=True)
        self._eval_fn = tf.function(self._evaluate_batch, input_signature=signature, jit_compile=self.jit_compile,
                                    reduce_retracing=True)
        self._grads_fn = tf.function(self._loss_and_grads, input_signature=signature, reduce_retracing=True)
        self._train_call = None

    @property
    def loss(self) -> Any:
        """The Keras loss object (``reduction="sum"``; the model divides by the batch size)."""
        return self._loss

    @property
    def from_logits(self) -> bool:
        """The compiled loss takes logits (``from_logits=True``); False before ``compile``."""
        return bool(getattr(self._loss, "from_logits", False))

    @property
    def optimizer(self) -> Any:
        """The Keras optimizer."""
        return self._optimizer

    @property
    def loss_config(self) -> dict[str, Any] | None:
        """The compiled loss's config (``{"name": ..., ...}``); None before ``compile``."""
        return None if self._loss_config is None else dict(self._loss_config)

    @property
    def optimizer_config(self) -> dict[str, Any] | None:
        """``{"class_name", "config"}`` of the compiled optimizer (current learning rate); None before ``compile``."""
        if self._optimizer is None:
            return None
        config = {**self._optimizer_config["config"], "learning_rate": self._learning_rate}
        return {"class_name": self._optimizer_name, "config": config}

    def _compiled(self) -> Any:
        if self._optimizer is None:
            raise RuntimeError("the model is not compiled; call compile(loss, optimizer) first")
        return self._optimizer

    @property
    def learning_rate(self) -> float:
        self._compiled()
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value: float) -> None:
        opt = self._compiled()
        value = float(value)
        if not value >= 0 or math.isinf(value):
            raise ValueError(f"learning_rate must be a finite number >= 0, got {value}")
        opt.learning_rate = value
        self._learning_rate = value

    # ------------------------------------------------------------------ optimizer state
    def _slots(self) -> dict[str, list[Any]]:
        opt = self._compiled()
        attrs = SLOT_ATTRIBUTES[self._optimizer_name]
        return {slot: list(getattr(opt, attrs[slot])) for slot in self._slot_names}

    def get_optimizer_state(self) -> dict[str, Any]:
        """``{"class_name", "iterations", "learning_rate", "slots": {slot: {"layer/weight": array}},
        "dropout_rng": {layer: seed-generator state}}`` (copies; the NumPy backend's format plus
        ``dropout_rng``, which the NumPy backend ignores)."""
        opt = self._compiled()
        state: dict[str, Any] = {
            "class_name": self._optimizer_name,
            "iterations": int(opt.iterations.numpy()),
            "learning_rate": self._learning_rate,
            "slots": {slot: {key: var.numpy() for key, var in zip(self._trainable_keys, variables, strict=True)}
                      for slot, variables in self._slots().items()},
        }
        if self._seed_states:
            state["dropout_rng"] = {name: var.numpy() for name, var in self._seed_states.items()}
        return state

    def set_optimizer_state(self, state: dict[str, Any]) -> None:
        """Restore ``get_optimizer_state()``'s result (also one saved by the NumPy backend). Every slot
        name, key and shape is checked before anything changes."""
        opt = self._compiled()
        name = state.get("class_name", self._optimizer_name)
        if name != self._optimizer_name:
            raise ValueError(
                f"the optimizer state is for {name}, but the model is compiled with {self._optimizer_name}"
            )
        slots = state.get("slots", {})
        live = self._slots()
        if set(slots) != set(live):
            raise ValueError(f"optimizer state has slots {sorted(slots)} but {name} uses {sorted(live)}")
        for slot, variables in live.items():
            given = slots[slot]
            if set(given) != set(self._trainable_keys):
                raise ValueError(
                    f"optimizer state slot {slot!r} is for {sorted(given)}, expected {sorted(self._trainable_keys)}"
                )
            for key, var in zip(self._trainable_keys, variables, strict=True):
                if tuple(np.shape(given[key])) != tuple(var.shape):
                    raise ValueError(
                        f"optimizer state {slot}/{key} has shape {np.shape(given[key])}, expected {tuple(var.shape)}"
                    )
        rng = state.get("dropout_rng") or {}
        for layer in rng:
            if layer not in self._seed_states:
                raise ValueError(f"optimizer state has a Dropout generator for {layer!r}, not a Dropout layer here")
        for slot, variables in live.items():
            for key, var in zip(self._trainable_keys, variables, strict=True):
                var.assign(np.asarray(slots[slot][key], dtype=var.dtype))
        opt.iterations.assign(int(state.get("iterations", 0)))
        if "learning_rate" in state:
            self.learning_rate = state["learning_rate"]
        for layer, value in rng.items():
            var = self._seed_states[layer]
            var.assign(np.asarray(value, dtype=var.dtype))

    # ------------------------------------------------------------------ weights
    @property
    def weight_names(self) -> list[str]:
        return list(self._weights)

    def get_weights(self) -> dict[str, np.ndarray]:
        """Copies of all weights, ``"layer/weight"`` in Keras' order (Dense kernel (in, out), bias; ...)."""
        return {key: var.numpy() for key, var in self._weights.items()}   # .numpy() copies

    def set_weights(self, weights: dict[str, np.ndarray]) -> None:
        """Replace the named weights (all or some); checks every name and shape before writing."""
        for key, value in weights.items():
            if key not in self._weights:
                raise ValueError(f"unknown weight {key!r}; this model has {', '.join(self._weights)}")
            shape = tuple(self._weights[key].shape)
            if tuple(np.shape(value)) != shape:
                raise ValueError(f"weight {key!r} has shape {tuple(np.shape(value))}, expected {shape}")
        for key, value in weights.items():
            var = self._weights[key]
            var.assign(np.asarray(value, dtype=self.dtype))

    def count_params(self) -> tuple[int, int]:
        """(trainable, non-trainable)."""
        trainable = sum(int(np.prod(v.shape)) for v in self._trainable)
        return trainable, sum(int(np.prod(v.shape)) for v in self._weights.values()) - trainable

    def summary(self) -> str:
        return self.spec.summary()

    # ------------------------------------------------------------------ traced functions
    def _on_device(self):
        """Pins traced ops to the one device (a tf.distribute strategy places replica ops itself)."""
        return tf.device(self.plan.tf_names[0]) if self.strategy is None else contextlib.nullcontext()

    def _forward(self, x):
        with self._on_device():
            return self.keras_model(x, training=False)

    def _regularization(self):
        losses = self.keras_model.losses
        return tf.add_n(losses) if losses else tf.zeros((), self.dtype.name)

    def _loss_sum(self, y, y_pred):
        with warnings.catch_warnings():  # Keras warns (once, while tracing) that from_logits is overridden by
            warnings.filterwarnings("ignore", message=".*received `from_logits=True`")  # a sigmoid/softmax
            return self._loss(y, y_pred)

    def _replica_step(self, x, y, batch_total):
        replicas = self.replicas
        if replicas > 1:  # this replica's contiguous share of the batch
            rid = tf.cast(tf.distribute.get_replica_context().replica_id_in_sync_group, tf.int32)
            n = tf.shape(x)[0]
            start, stop = n * rid // replicas, n * (rid + 1) // replicas
            x, y = x[start:stop], y[start:stop]
        with tf.GradientTape() as tape:
            y_pred = self.keras_model(x, training=True)
            loss = self._loss_sum(y, y_pred) / batch_total
            if self._has_regularizers:
                penalty = self._regularization()
                loss = loss + (penalty if replicas == 1 else penalty / replicas)
        grads = tape.gradient(loss, self._trainable)
        self._optimizer.apply(grads, self._trainable)
        return loss, y_pred

    def _train(self, x, y):
        batch_total = tf.cast(tf.shape(x)[0], self.dtype.name)
        if self.strategy is None:
            with self._on_device():
                return self._replica_step(x, y, batch_total)
        losses, outputs = self.strategy.run(self._replica_step, args=(x, y, batch_total))
        loss = self.strategy.reduce(tf.distribute.ReduceOp.SUM, losses, axis=None)
        return loss, tf.concat(self.strategy.experimental_local_results(outputs), axis=0)

    def _evaluate_batch(self, x, y):
        with self._on_device():
            y_pred = self.keras_model(x, training=False)
            return self._loss_sum(y, y_pred), y_pred

    def _loss_and_grads(self, x, y):
        with self._on_device(), tf.GradientTape() as tape:
            y_pred = self.keras_model(x, training=True)
            loss = self._loss_sum(y, y_pred) / tf.cast(tf.shape(x)[0], self.dtype.name)
            if self._has_regularizers:
                loss = loss + self._regularization()
        return loss, tape.gradient(loss, self._trainable)

    # ------------------------------------------------------------------ running
    def _input(self, x: Any) -> np.ndarray:
        if type(x) is not np.ndarray or x.dtype != self.dtype:
            x = np.asarray(x, dtype=self.dtype)
        if x.shape[1:] != self.input_shape:
            expected = ", ".join(map(str, self.input_shape))
            raise ValueError(f"inputs have shape {x.shape}; the model expects (n, {expected})")
        return x

    def _target(self, y: Any, n: int) -> np.ndarray:
        name = self._loss_config["name"]
        if self._sparse:
            if type(y) is not np.ndarray:
                y = np.asarray(y)
            expected = (n, *self.output_shape[:-1])
            if y.ndim == len(expected) + 1 and y.shape[-1] == 1:
                y = y.reshape(y.shape[:-1])
            if y.dtype != np.int64:
                y = y.astype(np.int64)
            if y.shape != expected:
                raise ValueError(f"{name}: labels of shape {y.shape} do not fit outputs of shape "
                                 f"{(n, *self.output_shape)}; expected one integer class label per sample")
            return y
        if type(y) is not np.ndarray or y.dtype != self.dtype:
            y = np.asarray(y, dtype=self.dtype)
        expected = (n, *self.output_shape)
        if y.shape != expected:
            if y.size != math.prod(expected) or y.shape[:1] != (n,):
                raise ValueError(f"{name}: targets of shape {y.shape} do not fit outputs of shape {expected}")
            y = y.reshape(expected)
        return y

    def _per_sample(self) -> int:
        """Values one sample holds in the layers' outputs (``ModelSpec.values_per_sample``), counted once."""
        if self._values_per_sample is None:
            self._values_per_sample = self.spec.values_per_sample()
        return self._values_per_sample

    def _batches(self, n: int, batch_size: int):
        return batch_bounds(n, batch_size, self._per_sample())

    def train_step(self, x: Any, y: Any) -> tuple[float, np.ndarray]:
        """One optimizer step on a batch; returns (batch loss incl. regularization before the update,
        training-mode outputs before the update, a new array)."""
        if self._train_call is None:
            self._compiled()
            # Calling the one concrete function directly skips tf.function's argument binding and
            # signature matching: ~0.1 ms a step, a tenth to a fifth of a small model's step.
            self._train_call = self._train_fn.get_concrete_function()
        x = self._input(x)
        loss, y_pred = self._train_call(tf.convert_to_tensor(x), tf.convert_to_tensor(self._target(y, len(x))))
        return float(loss), y_pred.numpy()

    def predict(self, x: Any, batch_size: int = 256) -> np.ndarray:
        """Outputs in inference mode, ``(n, *output_shape)`` (a new array)."""
        x = self._input(x)
        if len(x) <= batch_size and len(x) <= rows_within_budget(len(x), self._per_sample()):
            return self._predict_fn(x).numpy()
        result = np.empty((len(x), *self.output_shape), self.dtype)
        for start, stop in self._batches(len(x), batch_size):
            result[start:stop] = self._predict_fn(x[start:stop]).numpy()
        return result

    def evaluate(self, x: Any, y: Any, batch_size: int = 256) -> tuple[float, np.ndarray]:
        """(mean loss over all samples incl. regularization, outputs) in inference mode."""
        if self._eval_fn is None:
            self._compiled()
        x = self._input(x)
        n = len(x)
        if n == 0:
            raise ValueError("evaluate needs at least one sample")
        if len(y) != n:
            raise ValueError(f"evaluate got {n} inputs but {len(y)} targets")
        y = self._target(y, n)
        result = np.empty((n, *self.output_shape), self.dtype)
        total = 0.0
        for start, stop in self._batches(n, batch_size):
            loss_sum, out = self._eval_fn(x[start:stop], y[start:stop])
            result[start:stop] = out.numpy()
            total += float(loss_sum)
        return total / n + self.regularization_loss(), result

    def regularization_loss(self) -> float:
        """Sum of the L1/L2 penalties of all regularized weights."""
        if not self._has_regularizers:
            return 0.0
        return float(self._regularization_fn())

    def _save_state(self) -> list[np.ndarray]:
        return [v.numpy() for v in self.keras_model.non_trainable_variables]

    def _restore_state(self, saved: list[np.ndarray]) -> None:
        for var, value in zip(self.keras_model.non_trainable_variables, saved, strict=True):
            var.assign(value)

    def loss_and_grads(self, x: Any, y: Any) -> tuple[float, dict[str, np.ndarray]]:
        """(loss incl. regularization, {"layer/weight": gradient}) in training mode, without updating
        anything (BatchNormalization's moving statistics and the Dropout generators are restored)."""
        if self._grads_fn is None:
            self._compiled()
        x = self._input(x)
        saved = self._save_state()
        loss, grads = self._grads_fn(x, self._target(y, len(x)))
        self._restore_state(saved)
        return float(loss), {key: g.numpy() for key, g in zip(self._trainable_keys, grads, strict=True)}

    def compute_loss(self, x: Any, y: Any, training: bool = False) -> float:
        """The loss incl. regularization on one batch, without side effects on weights or state."""
        if not training:
            return self.evaluate(x, y, batch_size=max(len(x), 1))[0]
        return self.loss_and_grads(x, y)[0]

    def layer_outputs(self, x: Any, training: bool = False) -> dict[str, np.ndarray]:
        """Every layer's output for one batch, ``{layer name: array}`` (for probes and plots); in training
        mode the moving statistics and Dropout generators are restored afterwards."""
        x = self._input(x)
        if self._probe_fn is None:
            model = self.keras_model
            outputs = [self._layers[layer.name].output for layer in self.spec.layers[1:]]
            probe = keras.Model(model.inputs, outputs)
            self._probe_fn = tf.function(lambda x, training: probe(x, training=training), reduce_retracing=True)
        saved = self._save_state() if training else None
        outs = self._probe_fn(tf.convert_to_tensor(x), bool(training))
        if not isinstance(outs, (list, tuple)):  # Keras hands back a one-output model's tensor unwrapped
            outs = [outs]
        if saved is not None:
            self._restore_state(saved)
        result = {self.spec.layers[0].name: np.array(x)}
        result.update({layer.name: out.numpy() for layer, out in zip(self.spec.layers[1:], outs, strict=True)})
        return result


def build_model(spec: ModelSpec, seed: int | None = None, dtype: Any = "float32", device: Any = None,
                jit_compile: bool | str = "auto") -> TFModel:
    """A ``TFModel`` for ``spec`` with the NumPy backend's initial weights for ``seed`` (``None``: a fresh
    random seed, stored as ``model.seed``). ``dtype``: "float32" (default) or "float64". ``device``: see
    ``devices.resolve_device`` (``None``: GPU:0 if present, else CPU:0; a list: MirroredStrategy)."""
    return TFModel(spec, seed=seed, dtype=dtype, device=device, jit_compile=jit_compile)
