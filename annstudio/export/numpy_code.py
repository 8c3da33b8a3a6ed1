"""The from-scratch NumPy program of a project (the notes' style): forward, backward and the optimizer's
update written out layer by layer, for the Dense stacks annstudio's NumPy backend trains.

It draws the initial weights, shuffles and splits as the NumPy backend does (``backends.initial_weights``,
``engine.trainer``), so its numbers follow annstudio's own NumPy run. Models it cannot express (a layer
other than Input/Dense/Activation/Flatten/Rescaling, a branch, a regularizer, a step/sign activation)
raise a ``MessageError`` naming the layer.
"""
from __future__ import annotations

from typing import Any

from ..messages import Message, MessageError
from ..project import Project
from ..spec.training import accuracy_kind, reported_metrics
from ..spec.values import initializer_args
from .data_code import DataCode
from .sections import Section

SUPPORTED = ("Input", "Dense", "Activation", "Flatten", "Rescaling")

ACTIVATIONS = {  # name -> (forward expression of {z}, derivative as an expression of {z} and {a})
    "linear": ("{z}", "1.0"),
    "sigmoid": ("1.0 / (1.0 + np.exp(-{z}))", "{a} * (1.0 - {a})"),
    "tanh": ("np.tanh({z})", "1.0 - {a} * {a}"),
    "relu": ("np.maximum({z}, 0.0)", "({z} > 0)"),
    "leaky_relu": ("np.where({z} > 0, {z}, 0.2 * {z})", "np.where({z} > 0, 1.0, 0.2)"),
    "elu": ("np.where({z} > 0, {z}, np.expm1(np.minimum({z}, 0.0)))", "np.where({z} > 0, 1.0, {a} + 1.0)"),
    "softplus": ("np.logaddexp(0.0, {z})", "1.0 / (1.0 + np.exp(-{z}))"),
}

INITIALIZERS = {
    "zeros": "np.zeros(shape)",
    "ones": "np.ones(shape)",
    "glorot_uniform": "rng.uniform(-math.sqrt(6.0 / max(1.0, fan_in + fan_out)), "
                      "math.sqrt(6.0 / max(1.0, fan_in + fan_out)), size=shape)",
    "he_uniform": "rng.uniform(-math.sqrt(6.0 / max(1.0, fan_in)), math.sqrt(6.0 / max(1.0, fan_in)), size=shape)",
    "glorot_normal": "truncated_normal(rng, shape, math.sqrt(1.0 / max(1.0, (fan_in + fan_out) / 2.0)) / 0.87962566103423978)",
    "he_normal": "truncated_normal(rng, shape, math.sqrt(2.0 / max(1.0, fan_in)) / 0.87962566103423978)",
}

TRUNCATED = '''
def truncated_normal(rng, shape, stddev):
    """Normal(0, stddev) with every value beyond 2 stddev drawn again (as Keras)."""
    values = rng.normal(0.0, stddev, size=shape)
    bad = np.abs(values) > 2 * stddev
    while bad.any():
        values[bad] = rng.normal(0.0, stddev, size=int(bad.sum()))
        bad = np.abs(values) > 2 * stddev
    return values
'''


def check_numpy_exportable(project: Project) -> None:
    spec = project.model
    for layer in spec.layers:
        if layer.kind not in SUPPORTED:
            raise MessageError(Message(
                "the NumPy export cannot express the {kind} layer {name!r}; it writes out Dense stacks "
                "(Input, Dense, Activation, Flatten, Rescaling) — export as Keras code instead",
                kind=layer.kind, name=layer.name))
        activation = layer.config.get("activation")
        if activation is not None and activation not in ACTIVATIONS and activation != "softmax":
            raise MessageError(Message(
                "the NumPy export cannot train the {activation!r} activation of layer {name!r} (it has no gradient)",
                activation=activation, name=layer.name))
        for key in ("kernel_regularizer", "bias_regularizer"):
            if layer.config.get(key):
                raise MessageError(Message(
                    "the NumPy export does not write regularizers; remove the {key} of layer {name!r} or export "
                    "as Keras code", key=key, name=layer.name))
    if not any(layer.kind == "Dense" for layer in spec.layers):
        raise MessageError(Message("the NumPy export needs at least one Dense layer (it has nothing to train)"))
    if not spec.is_plain_stack:
        raise MessageError(Message("the NumPy export writes plain stacks only; this model has branches "
                                   "(export as Keras code instead)"))
    steering = [c["class_name"] for c in project.training.callbacks if c["class_name"] in STEERING_CALLBACKS]
    if steering:   # written out or not, the script would train otherwise than annstudio did
        raise MessageError(Message(
            "the NumPy export does not write callbacks, and this project's {names} would change how it trains "
            "(when it stops, its learning rate); turn it off or export as Keras code", names=", ".join(steering)))


#: callbacks that change what training does (the others only write files: the script leaves them out, saying so)
STEERING_CALLBACKS = ("EarlyStopping", "ReduceLROnPlateau")


def _init_code(value: Any, index: int, weight: str, shape: str, var: str) -> str:
    name, args = initializer_args(value)
    if name in ("zeros", "ones"):
        return f"{var} = np.{name}({shape}, dtype=DTYPE)\n"
    if name == "random_normal":
        expr = f"rng.normal({args['mean']!r}, {args['stddev']!r}, size=shape)"
    elif name == "random_uniform":
        expr = f"rng.uniform({args['minval']!r}, {args['maxval']!r}, size=shape)"
    else:
        expr = INITIALIZERS[name]
    return (f"shape = {shape}\nfan_in, fan_out = shape[0], shape[-1]\n"
            f"rng = weight_rng({index}, {weight!r})\n"
            f"{var} = np.ascontiguousarray({expr}, dtype=DTYPE)  # {name}\n")


def _act_forward(name: str, z: str, a: str) -> str:
    if name == "softmax":
        return (f"e = np.exp({z} - {z}.max(axis=-1, keepdims=True))\n"
                f"{a} = e / e.sum(axis=-1, keepdims=True)  # softmax\n")
    return f"{a} = {ACTIVATIONS[name][0].format(z=z)}  # {name}\n"


def _act_backward(name: str, z: str, a: str, da: str, dz: str) -> str:
    if name == "softmax":
        return f"{dz} = {a} * ({da} - ({da} * {a}).sum(axis=-1, keepdims=True))  # softmax' (Jacobian times {da})\n"
    if name == "linear":
        return f"{dz} = {da}  # linear\n"
    deriv = ACTIVATIONS[name][1].format(z=z, a=a)
    return f"{dz} = ({da} * ({deriv})).astype(DTYPE)  # {name}'\n"


def _loss_code(loss: dict[str, Any], out_act: str | None) -> tuple[str, bool]:
    """(``loss_and_grad(y, z, a)`` source, fused) — fused: the gradient is taken w.r.t. the output's z."""
    name = loss["name"]
    logits = loss.get("from_logits", False)
    if name in ("binary_crossentropy", "categorical_crossentropy", "sparse_categorical_crossentropy"):
        fused_ok = logits or out_act in ("sigmoid", "softmax")
        if not fused_ok:
            raise MessageError(Message("the NumPy export needs a sigmoid or softmax output (or from_logits) for {loss}",
                                       loss=name))
        if name == "binary_crossentropy":
            body = ('    """Binary cross-entropy from the logits z (stable form) and dL/dz = (sigmoid(z) - y) / n."""\n'
                    "    per = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))\n"
                    "    return float(per.mean()), (1.0 / (1.0 + np.exp(-z)) - y) / y.size\n")
        else:
            onehot = "    y = np.eye(z.shape[-1], dtype=z.dtype)[y.reshape(-1)]  # labels -> one-hot\n" \
                if name == "sparse_categorical_crossentropy" else ""
            body = ('    """Cross-entropy of softmax(z): logsumexp(z) - z[true class]; dL/dz = (softmax(z) - y) / n."""\n'
                    + onehot +
                    "    m = z.max(axis=-1, keepdims=True)\n"
                    "    e = np.exp(z - m)\n"
                    "    log_sum = np.log(e.sum(axis=-1, keepdims=True)) + m\n"
                    "    per = (log_sum - z) * y\n"
                    "    return float(per.sum(axis=-1).mean()), (e / e.sum(axis=-1, keepdims=True) - y) / len(z)\n")
        return "def loss_and_grad(y, z, a):\n" + body, True
    if name == "mean_squared_error":
        body = ('    """Mean squared error and dL/da."""\n    diff = a - y\n'
                "    return float(np.mean(diff * diff)), 2.0 * diff / diff.size\n")
    elif name == "mean_absolute_error":
        body = ('    """Mean absolute error and dL/da."""\n    diff = a - y\n'
                "    return float(np.mean(np.abs(diff))), np.sign(diff) / diff.size\n")
    else:
        delta = float(loss.get("delta", 1.0))
        body = (f'    """Huber loss (delta {delta}) and dL/da."""\n    diff = a - y\n    small = np.abs(diff) <= {delta!r}\n'
                f"    per = np.where(small, 0.5 * diff * diff, {delta!r} * (np.abs(diff) - 0.5 * {delta!r}))\n"
                f"    return float(per.mean()), np.clip(diff, -{delta!r}, {delta!r}) / diff.size\n")
    return "def loss_and_grad(y, z, a):\n" + body, False


def _optimizer_code(opt: dict[str, Any]) -> tuple[str, str]:
    """(state setup, update body for one parameter ``p`` with gradient ``g`` and its slots ``s``)."""
    cls, c = opt["class_name"], opt["config"]
    lr = c["learning_rate"]
    if cls == "SGD":
        if not c["momentum"]:
            return "", f"    p -= {lr!r} * g  # w = w - lr * dL/dw\n"
        update = (f"    s['m'] = {c['momentum']!r} * s['m'] - {lr!r} * g  # momentum\n")
        update += (f"    p += {c['momentum']!r} * s['m'] - {lr!r} * g  # Nesterov\n" if c["nesterov"] else "    p += s['m']\n")
        return "m", update
    if cls == "Adam":
        b1, b2, eps = c["beta_1"], c["beta_2"], c["epsilon"]
        update = (f"    s['m'] += (g - s['m']) * (1.0 - {b1!r})  # first moment\n"
                  f"    s['v'] += (g * g - s['v']) * (1.0 - {b2!r})  # second moment\n")
        v = "s['v']"
        if c["amsgrad"]:
            update += "    s['vhat'] = np.maximum(s['vhat'], s['v'])  # AMSGrad\n"
            v = "s['vhat']"
        update += (f"    alpha = {lr!r} * math.sqrt(1.0 - {b2!r} ** step) / (1.0 - {b1!r} ** step)  # bias correction\n"
                   f"    p -= alpha * s['m'] / (np.sqrt({v}) + {eps!r})\n")
        return "m v" + (" vhat" if c["amsgrad"] else ""), update
    if cls == "RMSprop":
        rho, eps, mom = c["rho"], c["epsilon"], c["momentum"]
        update = f"    s['v'] = {rho!r} * s['v'] + (1.0 - {rho!r}) * g * g\n"
        slots = "v"
        if c["centered"]:
            slots += " avg"
            update += (f"    s['avg'] = {rho!r} * s['avg'] + (1.0 - {rho!r}) * g\n"
                       f"    step_ = {lr!r} * g / np.sqrt(s['v'] - s['avg'] ** 2 + {eps!r})\n")
        else:
            update += f"    step_ = {lr!r} * g / np.sqrt(s['v'] + {eps!r})\n"
        if mom > 0:
            slots += " m"
            update += f"    s['m'] = {mom!r} * s['m'] + step_\n    p -= s['m']\n"
        else:
            update += "    p -= step_\n"
        return slots, update
    update = (f"    s['acc'] += g * g\n    p -= {lr!r} * g / np.sqrt(s['acc'] + {c['epsilon']!r})\n")
    return f"acc={c['initial_accumulator_value']!r}", update


def numpy_sections(project: Project, data: DataCode) -> list[Section]:
    check_numpy_exportable(project)
    spec, cfg = project.model, project.training
    layers = spec.layers
    init = ("def weight_rng(layer_index, weight_name):\n"
            '    """One generator per weight, from (seed, layer index, weight name): annstudio\'s draw."""\n'
            "    return np.random.default_rng(np.random.SeedSequence([SEED, layer_index, "
            "zlib.crc32(weight_name.encode())]))\n\n\n")
    needs_truncated = False
    forward = ["def forward(x):", '    """Every intermediate value (the backward pass needs them)."""', "    c = {'h0': x}"]
    backward = ["def backward(c, dout):", '    """dL/dW and dL/db of every Dense layer, from the output back to the input."""',
                "    grads = {}"]
    params: list[str] = []
    units_in = list(spec.input_shape)
    steps: list[tuple[Any, int, str, str]] = []   # (layer, index, input, output) in order, for the backward pass
    for i, layer in enumerate(layers[1:], start=1):
        h_in, h_out = f"h{len(steps)}", f"h{len(steps) + 1}"
        if layer.kind == "Dense":
            fan_in = units_in[-1] if len(units_in) == 1 else None
            if fan_in is None:
                raise MessageError(Message("the NumPy export needs a Flatten before the Dense layer {name!r}",
                                           name=layer.name))
            units = layer.config["units"]
            w, b = f"W{i}", f"b{i}"
            init += f"# layer {i}: {layer.name} (Dense {units}, {layer.config['activation']})\n"
            init += _init_code(layer.config["kernel_initializer"], i, "kernel", f"({fan_in}, {units})", w)
            needs_truncated |= initializer_args(layer.config["kernel_initializer"])[0].endswith("normal")
            if layer.config["use_bias"]:
                init += _init_code(layer.config["bias_initializer"], i, "bias", f"({units},)", b)
                params.append(b)
            params.insert(len(params) - (1 if layer.config["use_bias"] else 0), w)
            bias = f" + {b}" if layer.config["use_bias"] else ""
            forward.append(f"    c['z{i}'] = c['{h_in}'] @ {w}{bias}  # {layer.name}: x·W + b")
            forward.append("    " + _act_forward(layer.config["activation"], f"c['z{i}']", f"c['{h_out}']").rstrip()
                           .replace("\n", "\n    "))
            units_in = [units]
        elif layer.kind == "Activation":
            forward.append(f"    c['z{i}'] = c['{h_in}']")
            forward.append("    " + _act_forward(layer.config["activation"], f"c['z{i}']", f"c['{h_out}']").rstrip()
                           .replace("\n", "\n    "))
        elif layer.kind == "Flatten":
            forward.append(f"    c['{h_out}'] = c['{h_in}'].reshape(len(c['{h_in}']), -1)  # {layer.name}: Flatten")
            size = 1
            for d in units_in:
                size *= d
            units_in = [size]
        else:  # Rescaling
            forward.append(f"    c['{h_out}'] = c['{h_in}'] * {layer.config['scale']!r} + {layer.config['offset']!r}"
                           f"  # {layer.name}: Rescaling")
        steps.append((layer, i, h_in, h_out))
    forward.append(f"    c['out'] = c['{steps[-1][3]}']\n    return c")

    last, last_i = steps[-1][0], steps[-1][1]
    out_act = last.config.get("activation") if last.kind in ("Dense", "Activation") else None
    loss_src, fused = _loss_code(cfg.loss, out_act)
    z_out = f"c['z{last_i}']" if out_act is not None else "c['out']"
    grad = "dout"
    first_dense = next(pos for pos, step in enumerate(steps) if step[0].kind == "Dense")
    for n, (layer, i, h_in, h_out) in enumerate(reversed(steps)):
        first = n == 0
        pos = len(steps) - 1 - n
        if pos < first_dense:   # nothing before this step has weights: the backward pass ends here
            break
        if layer.kind in ("Dense", "Activation"):
            if first and fused:
                backward.append(f"    dz = dout  # the loss gave dL/dz of the output directly ({layer.config['activation']}"
                                " + cross-entropy)")
            else:
                backward.append("    " + _act_backward(layer.config["activation"], f"c['z{i}']", f"c['{h_out}']",
                                                       grad, "dz").rstrip())
            if layer.kind == "Dense":
                backward.append(f"    grads['W{i}'] = c['{h_in}'].T @ dz  # dL/dW = input^T · dL/dz")
                if layer.config["use_bias"]:
                    backward.append(f"    grads['b{i}'] = dz.sum(axis=0)")
                if pos > first_dense:   # below the first Dense layer nothing needs a gradient
                    backward.append(f"    dh = dz @ W{i}.T  # dL/d(input of {layer.name})")
            else:
                backward.append("    dh = dz")
        elif layer.kind == "Flatten":
            backward.append(f"    dh = {grad}.reshape(c['{h_in}'].shape)")
        else:
            backward.append(f"    dh = {grad} * {layer.config['scale']!r}")
        grad = "dh"
    backward.append("    return grads")

    slots, update = _optimizer_code(cfg.optimizer)
    metrics = reported_metrics(cfg.metrics, data.task)
    kind = accuracy_kind(cfg.loss["name"], int(spec.output_shape[-1]))
    threshold = 0.0 if cfg.loss.get("from_logits") and out_act not in ("sigmoid", "softmax") else 0.5
    metric_src = "def metrics(y, a):\n    out = {}\n"
    for m in metrics:
        if m == "accuracy":
            test = {"sparse": "np.argmax(a, axis=-1) == y.reshape(-1)",
                    "categorical": "np.argmax(a, axis=-1) == np.argmax(y, axis=-1)"}.get(
                kind, f"(a > {threshold}) == (y > 0.5)")
            metric_src += f"    out['accuracy'] = float(np.mean({test}))\n"
        elif m == "mae":
            metric_src += "    out['mae'] = float(np.mean(np.abs(a - y.reshape(a.shape))))\n"
        else:
            metric_src += "    out['mse'] = float(np.mean((a - y.reshape(a.shape)) ** 2))\n"
    metric_src += "    return out\n"

    model = (init + "\n\n" + "\n".join(forward) + "\n\n\n" + "\n".join(backward) + "\n\n\n"
             + loss_src + "\n\n" + metric_src)
    if needs_truncated:
        model = TRUNCATED.lstrip() + "\n\n" + model
    param_list = ", ".join(params)
    slot_setup = ""
    if slots:
        inits = []
        for slot in slots.split():
            key, _, value = slot.partition("=")
            fill = f"np.full_like(p, {value})" if value else "np.zeros_like(p)"
            inits.append(f"{key!r}: {fill}")
        slot_setup = f"slots = [{{{', '.join(inits)}}} for p in PARAMS]\n"
    else:
        slot_setup = "slots = [{} for p in PARAMS]\n"
    update_src = ("def update(p, g, s, step):\n"
                  f'    """One {cfg.optimizer["class_name"]} step on the weight p (in place)."""\n' + update)
    val_split = cfg.validation_split if not data.has_val else 0.0
    train = (f"PARAMS = [{param_list}]\nNAMES = {params!r}\n" + slot_setup + "\n\n" + update_src + "\n\n"
             + ("# Validation: the last fraction of the training data, as Keras' validation_split.\n"
                f"split_at = int(len(x_train) * (1.0 - {val_split!r}))\n"
                "x_val, y_val = x_train[split_at:], y_train[split_at:]\n"
                "x_train, y_train = x_train[:split_at], y_train[:split_at]\n" if val_split else "")
             + f"EPOCHS, BATCH_SIZE = {cfg.epochs}, {cfg.batch_size}\n"
             "shuffle_rng = np.random.default_rng(SEED)\n"
             "history = {}\n"
             "step = 0\n"
             "for epoch in range(EPOCHS):\n"
             + ("    order = shuffle_rng.permutation(len(x_train))\n" if cfg.shuffle else
                "    order = np.arange(len(x_train))\n")
             + "    sums, seen = {}, 0\n"
             "    for start in range(0, len(x_train), BATCH_SIZE):\n"
             "        idx = order[start:start + BATCH_SIZE]\n"
             "        xb, yb = x_train[idx], y_train[idx]\n"
             "        c = forward(xb)                                   # 1. forward\n"
             f"        loss, dout = loss_and_grad(yb, {z_out.replace('c[', 'c[')}, c['out'])  # 2. loss and its gradient\n"
             "        grads = backward(c, dout)                         # 3. backward\n"
             "        step += 1\n"
             "        for p, name, s in zip(PARAMS, NAMES, slots):     # 4. update\n"
             "            update(p, grads[name].astype(DTYPE), s, step)\n"
             "        for key, value in {'loss': loss, **metrics(yb, c['out'])}.items():\n"
             "            sums[key] = sums.get(key, 0.0) + value * len(idx)\n"
             "        seen += len(idx)\n"
             "    logs = {key: value / seen for key, value in sums.items()}\n"
             + ("    c = forward(x_val)\n"
                f"    val_loss, _ = loss_and_grad(y_val, {z_out}, c['out'])\n"
                "    logs.update({'val_loss': val_loss, **{'val_' + k: v for k, v in metrics(y_val, c['out']).items()}})\n"
                if val_split or data.has_val else "")
             + "    for key, value in logs.items():\n"
             "        history.setdefault(key, []).append(value)\n"
             "    print(f'epoch {epoch + 1}/{EPOCHS}: ' + ', '.join(f'{k}={v:.4f}' for k, v in logs.items()))\n")
    evaluate = ("c = forward(x_test)\n"
                f"test_loss, _ = loss_and_grad(y_test, {z_out}, c['out'])\n"
                "test_metrics = {'loss': test_loss, **metrics(y_test, c['out'])}\n"
                'print("test metrics:", test_metrics)\n')
    if data.task == "regression":
        predict = ("y_pred = forward(x_test[:5])['out']\n"
                   'print("predicted:", y_pred.ravel().astype(float).round(3).tolist())\n'
                   'print("true:     ", y_test[:5].ravel().astype(float).round(3).tolist())\n')
    else:
        predict = ("a = forward(x_test[:5])['out']\n"
                   "y_pred = (a[:, 0] > 0.5).astype(int) if a.shape[-1] == 1 else a.argmax(axis=-1)\n"
                   'print("predicted classes:", y_pred.tolist())\n'
                   'print("true classes:     ", (y_test[:5].argmax(axis=-1) if y_test.ndim == 2 and y_test.shape[-1] > 1 '
                   'else y_test[:5].reshape(-1)).astype(int).tolist())\n')
    setup = f"SEED = {cfg.seed}\nDTYPE = np.{cfg.dtype}\n"
    writers = [c["class_name"] for c in cfg.callbacks]   # only file writers pass check_numpy_exportable
    if writers:
        train = (f"# Not written out: the project's {', '.join(writers)} (they save files as annstudio trains; "
                 "the training is the same without them).\n" + train)
    return [
        Section("Seed", "시드", "", "", setup),
        Section("Data", "데이터", "", "", data.body),
        Section("Model", "모델", "The weights, the forward pass, the backward pass and the loss.", "", model),
        Section("Training", "훈련", "Mini-batch gradient descent: forward, loss, backward, update.", "", train),
        Section("Evaluation", "평가", "", "", evaluate),
        Section("Prediction", "예측", "", "", predict),
    ]


def numpy_imports(data: DataCode) -> list[str]:
    return ["import math", "import zlib", "import numpy as np", *data.imports]
