"""The Keras 3 program of a project, as sections of code (a script joins them, a notebook makes cells).

The model is built with the layer arguments ``spec.keras_config.layer_to_keras`` gives (the config
annstudio's TensorFlow backend builds from), written out only where they differ from Keras' defaults;
loss, optimizer (every setting), metrics and callbacks are ``spec.training``'s normalised configs.
"""
from __future__ import annotations

import ast
import builtins
import keyword
import os
from collections.abc import Iterable
from typing import Any

from ..messages import Message, MessageError
from ..project import Project
from ..spec import ModelSpec
from ..spec.keras_storable import name_problem
from ..spec.layer_kinds import layer_kind
from ..spec.training import LOSS_CLASS_BY_NAME, reported_metrics
from ..spec.values import INITIALIZERS, KERAS_ACTIVATIONS, initializer_args, normalize_regularizer
from .data_code import DataCode
from .sections import Section

# Layer arguments always written (a learner should see them); the others only when not Keras' default.
_ALWAYS = {"Dense": ("units", "activation", "kernel_initializer"), "Dropout": ("rate",), "Activation": ("activation",)}


def _initializer(value: Any) -> str:
    name, args = initializer_args(value)
    defaults = INITIALIZERS[name][1]
    if args and args != defaults:
        inner = ", ".join(f"{k}={v!r}" for k, v in args.items())
        return f"keras.initializers.{INITIALIZERS[name][0]}({inner})"
    return repr(name)


def _regularizer(value: Any) -> str:
    reg = normalize_regularizer(value)
    if reg is None:
        return "None"
    return f"keras.regularizers.L1L2(l1={reg['l1']!r}, l2={reg['l2']!r})"


def layer_call(spec: ModelSpec, i: int) -> str:
    """``layers.Dense(16, activation="relu", ...)`` for layer ``i`` (not the Input)."""
    layer = spec.layers[i]
    kind = layer_kind(layer.kind)
    args: list[str] = []
    always = _ALWAYS.get(layer.kind, ())
    for param in kind.params:
        value = layer.config[param.key]
        if param.key not in always and value == param.default:
            continue
        if param.type == "initializer":
            text = _initializer(value)
        elif param.type == "regularizer":
            text = _regularizer(value)
        else:
            text = repr(value)
        args.append(text if param.key == "units" else f"{param.key}={text}")
    args.append(f"name={layer.name!r}")
    return f"layers.{kind.keras_class}({', '.join(args)})"


def _var(name: str) -> str:
    """A Python variable for a layer's output (``input`` -> ``input_``: no builtin or keyword is shadowed)."""
    out = "".join(c if c.isalnum() else "_" for c in name)
    out = out if out and not out[0].isdigit() else f"l_{out}"
    return f"{out}_" if keyword.iskeyword(out) or hasattr(builtins, out) else out


def layer_vars(spec: ModelSpec, taken: set[str]) -> dict[str, str]:
    """Each layer's variable: ``_var`` of its name, with ``_2``, ``_3``... where two names spell the same
    variable (``a-b`` and ``a_b``) or the name is one the rest of the program uses (``layers``, ``x_train``):
    otherwise one layer's output would silently stand for another's, or the program's own names break."""
    out: dict[str, str] = {}
    used = set(taken) | {"model"}
    for layer in spec.layers:
        base = candidate = _var(layer.name)
        number = 2
        while candidate in used:
            candidate, number = f"{base}_{number}", number + 1
        out[layer.name] = candidate
        used.add(candidate)
    return out


def names_in(code: str) -> set[str]:
    """The names a piece of the program binds or reads (variables, imports, functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.alias):
            found.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            found.add(node.name)
    return found


def model_code(spec: ModelSpec, dtype: str, taken: Iterable[str] = ()) -> str:
    """The model's construction; ``taken``: the names the rest of the program uses (see ``layer_vars``)."""
    shape = tuple(spec.layers[0].config["shape"])
    if spec.is_plain_stack:
        lines = [f"model = keras.Sequential(name={spec.name!r})", f"model.add(keras.Input(shape={shape!r}))"]
        lines += [f"model.add({layer_call(spec, i)})" for i in range(1, len(spec.layers))]
        return "\n".join(lines) + "\nmodel.summary()\n"
    lines = ["# Functional API: each layer is called on the outputs it takes."]
    inputs = []
    var_of = layer_vars(spec, set(taken))
    for i, layer in enumerate(spec.layers):
        var = var_of[layer.name]
        if layer.kind == "Input":
            lines.append(f"{var} = keras.Input(shape={tuple(layer.config['shape'])!r}, name={layer.name!r})")
            inputs.append(var)
            continue
        sources = [var_of[n] for n in spec.input_names(i)]
        arg = f"[{', '.join(sources)}]" if layer_kind(layer.kind).inputs == "many" else sources[0]
        lines.append(f"{var} = {layer_call(spec, i)}({arg})")
    outputs = [var_of[layer.name] for layer in spec.layers if not _consumers(spec, layer.name)]
    ins = inputs[0] if len(inputs) == 1 else f"[{', '.join(inputs)}]"
    outs = outputs[0] if len(outputs) == 1 else f"[{', '.join(outputs)}]"
    lines.append(f"model = keras.Model(inputs={ins}, outputs={outs}, name={spec.name!r})")
    return "\n".join(lines) + "\nmodel.summary()\n"


def _consumers(spec: ModelSpec, name: str) -> list[int]:
    return [i for i in range(len(spec.layers)) if name in spec.input_names(i)]


def loss_code(loss: dict[str, Any]) -> str:
    name = loss["name"]
    args = []
    if "from_logits" in loss:
        args.append(f"from_logits={loss['from_logits']!r}")
    if name == "huber":
        args.append(f"delta={loss.get('delta', 1.0)!r}")
    return f"keras.losses.{LOSS_CLASS_BY_NAME[name]}({', '.join(args)})"


def optimizer_code(optimizer: dict[str, Any]) -> str:
    args = ", ".join(f"{k}={v!r}" for k, v in optimizer["config"].items())
    return f"keras.optimizers.{optimizer['class_name']}({args})"


def callbacks_code(callbacks: list[dict[str, Any]]) -> str:
    if not callbacks:
        return "callbacks = []\n"
    lines = []
    for cb in callbacks:   # Keras' CSVLogger does not make its folder (annstudio's does): the script makes it first
        filename = cb["config"].get("filename") if cb["class_name"] == "CSVLogger" else None
        if isinstance(filename, str) and os.path.dirname(filename):
            lines.append(f"os.makedirs({os.path.dirname(filename)!r}, exist_ok=True)")
    lines.append("callbacks = [")
    for cb in callbacks:
        cls, config = cb["class_name"], dict(cb["config"])
        items = []
        for key, value in config.items():
            if cls == "TensorBoard" and key == "log_dir" and "%" in value:
                items.append(f"log_dir=time.strftime({value!r})")
            else:
                items.append(f"{key}={value!r}")
        lines.append(f"    keras.callbacks.{cls}({', '.join(items)}),")
    lines.append("]")
    return "\n".join(lines) + "\n"


# The learning curves, drawn the same way by the script and the notebook; only how matplotlib is found and
# where the figure goes differ.
_CURVES = '''except ImportError:
    plt = None
    print("matplotlib is not installed: no plot (pip install matplotlib)")
if plt is not None:
    plt.figure(figsize=(8, 5))
    for key, values in history.history.items():
        plt.plot(range(1, len(values) + 1), values, label=key)
    plt.xlabel("epoch")
    plt.grid(True)
    plt.legend()
'''

PLOT = '''# The learning curves (as in the notes: pd.DataFrame(history.history).plot()).
try:
    import matplotlib
    if not os.environ.get("DISPLAY") and not sys.platform.startswith(("win", "darwin")):
        matplotlib.use("Agg")   # no screen: draw into a file instead
    import matplotlib.pyplot as plt
''' + _CURVES + '''    if matplotlib.get_backend().lower() == "agg":
        plt.savefig("learning_curves.png")
        print("learning curves written to learning_curves.png")
    else:
        plt.show()
'''

NOTEBOOK_PLOT = '''# The learning curves, as in the notes (pd.DataFrame(history.history).plot(figsize=(8, 5)); plt.grid(True)).
try:
    import matplotlib.pyplot as plt
''' + _CURVES + "    plt.show()\n"


def check_keras_exportable(spec: ModelSpec) -> None:
    """``MessageError`` naming the layer for what Keras cannot build: a ``step``/``sign`` activation, a layer or
    model name Keras refuses (``spec.keras_storable.name_problem``: ``/``, Korean letters, spaces)."""
    for layer in spec.layers:
        activation = layer.config.get("activation")
        if activation is not None and activation not in KERAS_ACTIVATIONS:
            raise MessageError(Message(
                "Keras has no {activation!r} activation (layer {name!r}); choose another one to export Keras code",
                activation=activation, name=layer.name))
        problem = name_problem(layer.name)
        if problem is not None:
            raise MessageError(Message("layer {name!r}: {problem}; rename the layer to export Keras code",
                                       name=layer.name, problem=problem))
    problem = name_problem(spec.name, layer=False)
    if problem is not None:
        raise MessageError(Message("model name: {problem}; rename the model to export Keras code", problem=problem))


def keras_sections(project: Project, data: DataCode, notebook: bool = False) -> list[Section]:
    """The program's steps; ``notebook``: the plot is shown inline (no switch to a file backend)."""
    cfg = project.training
    spec = project.model
    check_keras_exportable(spec)
    metrics = reported_metrics(cfg.metrics, data.task)
    setup = (f"SEED = {cfg.seed}\n"
             "keras.utils.set_random_seed(SEED)  # the same weights and batches on every run of this script\n")
    if cfg.dtype != "float32":
        setup += f"keras.config.set_floatx({cfg.dtype!r})\n"
    compile_code = (f"model.compile(\n    loss={loss_code(cfg.loss)},\n"
                    f"    optimizer={optimizer_code(cfg.optimizer)},\n    metrics={metrics!r},\n)\n")
    validation = ("validation_data=(x_val, y_val)" if data.has_val
                  else f"validation_split={cfg.validation_split!r}" if cfg.validation_split else None)
    fit_args = [f"epochs={cfg.epochs}", f"batch_size={cfg.batch_size}"]
    if validation:
        fit_args.append(validation)
    fit_args += [f"shuffle={cfg.shuffle!r}", "callbacks=callbacks", "verbose=2"]
    fit = "history = model.fit(\n    x_train, y_train,\n    " + ",\n    ".join(fit_args) + ",\n)\n"
    evaluate = ('test_metrics = model.evaluate(x_test, y_test, verbose=0, return_dict=True)\n'
                'print("test metrics:", {k: float(v) for k, v in test_metrics.items()})\n')
    if data.task == "regression":
        predict = ("y_pred = model.predict(x_test[:5], verbose=0)\n"
                   'print("predicted:", y_pred.ravel().astype(float).round(3).tolist())\n'
                   'print("true:     ", y_test[:5].ravel().astype(float).round(3).tolist())\n')
    else:
        predict = ("y_proba = model.predict(x_test[:5], verbose=0)\n"
                   "y_pred = (y_proba[:, 0] > 0.5).astype(int) if y_proba.shape[-1] == 1 else y_proba.argmax(axis=-1)\n"
                   "y_true = y_test[:5].argmax(axis=-1) if y_test.ndim == 2 and y_test.shape[-1] > 1 "
                   "else y_test[:5].reshape(-1)\n"
                   'print("predicted classes:", y_pred.tolist())\n'
                   'print("true classes:     ", y_true.astype(int).tolist())\n')
    plot = NOTEBOOK_PLOT if notebook else PLOT
    rest = [setup, data.body, compile_code, callbacks_code(cfg.callbacks), fit, evaluate, predict, plot,
            "\n".join(keras_imports(data, project))]
    taken = set().union(*(names_in(code) for code in rest))
    return [
        Section("Seed", "시드", "Fix the random seed so every run of this program is the same.",
                "무작위 시드를 고정해 실행할 때마다 같은 결과가 나오게 합니다.", setup),
        Section("Data", "데이터", "Load the data set, split it into training and test parts and scale it as annstudio did.",
                "데이터셋을 불러와 annstudio와 같은 방식으로 훈련/테스트 세트로 나누고 스케일을 맞춥니다.", data.body),
        Section("Model", "모델", "Build the network layer by layer.", "층을 하나씩 쌓아 신경망을 만듭니다.",
                model_code(spec, cfg.dtype, taken)),
        Section("Compile", "컴파일", "Choose the loss, the optimizer and the metrics.",
                "손실 함수, 옵티마이저, 평가 지표를 정합니다.", compile_code),
        Section("Callbacks", "콜백", "Callbacks run at the end of every epoch (early stopping, checkpoints, logs).",
                "콜백은 에포크마다 실행됩니다 (조기 종료, 체크포인트, 로그).", callbacks_code(cfg.callbacks)),
        Section("Training", "훈련", "Train the model: fit() runs the epochs and returns the history.",
                "모델을 훈련합니다: fit()이 에포크를 반복하고 history를 돌려줍니다.", fit),
        Section("Evaluation", "평가", "Measure the trained model on the test set.",
                "훈련된 모델을 테스트 세트로 평가합니다.", evaluate),
        Section("Prediction", "예측", "Predict a few test samples.", "테스트 샘플 몇 개를 예측합니다.", predict),
        Section("Learning curves", "학습 곡선", "Plot the loss and the metrics per epoch.",
                "에포크마다 손실과 지표를 그래프로 그립니다.", plot),
    ]


def keras_imports(data: DataCode, project: Project) -> list[str]:
    timed = any(cb["class_name"] == "TensorBoard" and "%" in cb["config"]["log_dir"] for cb in project.training.callbacks)
    return ["import os", "import sys", *(["import time"] if timed else []), "import numpy as np", "import keras",
            "from keras import layers", *data.imports]
