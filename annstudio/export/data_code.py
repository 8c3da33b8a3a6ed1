"""The data part of an exported program: the project's data set loaded the way a Keras user would, with
annstudio's split, scaling and input features, so the arrays are the ones annstudio trains on.

``data_code(project, base_dir)`` returns a ``DataCode``: the imports, the helper functions and the code
that leaves ``x_train, y_train, x_test, y_test`` (and ``x_val, y_val`` for the image sets, which hold out
their first images) in the form the loss expects (``spec.training.target_form``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..data import DATASETS, bundled, toy2d
from ..data.csv_import import _resolve_target, feature_columns, read_table, text_categories
from ..data.features import DEFAULT as DEFAULT_FEATURES
from ..data.registry import validate_params
from ..messages import Message, MessageError
from ..project import Project
from ..spec.training import target_form
from . import snippets


@dataclass
class DataCode:
    imports: list[str]
    helpers: list[str]
    body: str
    task: str
    has_val: bool = False
    n_classes: int | None = None
    notes: list[str] = field(default_factory=list)


def _py(value: Any) -> str:
    return repr(value)


def data_code(project: Project, base_dir: Path | None = None, use_keras: bool = True) -> DataCode:
    name = project.dataset["name"]
    if name not in DATASETS:
        raise MessageError(Message("unknown dataset {name!r}", name=name))
    params = validate_params(name, project.dataset["params"])
    info = DATASETS[name]
    if info.category == "gates":
        code = _gates(name, params)
    elif info.category == "toy":
        code = _toy(name, params)
    elif info.category == "bundled":
        code = _bundled(name, params)
    elif info.category == "images":
        code = _images(name, params, use_keras)
    else:
        code = _csv(params, base_dir)
    code.body += _targets(project, code)
    return code


def _features(params: dict[str, Any], code: DataCode, parts: tuple[str, ...]) -> None:
    names = tuple(params.get("features") or DEFAULT_FEATURES)
    if names == DEFAULT_FEATURES:
        return
    code.helpers.append(snippets.features_snippet(names))
    lines = "".join(f"x_{part} = expand_features(x_{part})\n" for part in parts)
    code.body += f"\n# Input features: {', '.join(names)} instead of the raw coordinates.\n{lines}"


def _gates(name: str, params: dict[str, Any]) -> DataCode:
    from ..data.gates import TRUTH_TABLES

    body = (f"# The {name.upper()} truth table: inputs 00, 01, 10, 11 and the gate's output.\n"
            "x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)\n"
            f"y = np.array({list(TRUTH_TABLES[name])}, dtype=np.int64)\n")
    if params["repeat"] != 1:
        body += f"x, y = np.tile(x, ({params['repeat']}, 1)), np.tile(y, {params['repeat']})\n"
    body += "# Four points: the test set is the training set (did the network learn the table?).\n"
    body += "x_train, y_train, x_test, y_test = x, y, x.copy(), y.copy()\n"
    code = DataCode(["import numpy as np"], [], body, "binary", n_classes=2)
    _features(params, code, ("train", "test"))
    return code


def _toy(name: str, params: dict[str, Any]) -> DataCode:
    regression = name in toy2d.REGRESSION
    labels = "None" if regression else "y"
    body = (f"# {params['n_samples']} points of the {name!r} set, generated with a seeded generator.\n"
            f"rng = np.random.default_rng({params['seed']})\n"
            f"x, y = make_points({params['n_samples']}, {params['noise']!r}, rng)\n"
            f"train, test = split_indices(len(x), {params['test_ratio']!r}, rng, labels={labels})\n"
            "x = x.astype(np.float32)\n")
    body += ("y = y.astype(np.float32).reshape(-1, 1)\n" if regression else "")
    body += "x_train, y_train, x_test, y_test = x[train], y[train], x[test], y[test]\n"
    code = DataCode(["import numpy as np"], [snippets.TOY[name], snippets.SPLIT], body,
                    "regression" if regression else "binary", n_classes=None if regression else 2)
    _features(params, code, ("train", "test"))
    return code


_LOADERS = {"iris": "load_iris", "digits": "load_digits", "wine": "load_wine",
            "breast_cancer": "load_breast_cancer", "diabetes": "load_diabetes"}
_CLASSES = {"iris": 3, "digits": 10, "wine": 3, "breast_cancer": 2}


def _bundled(name: str, params: dict[str, Any]) -> DataCode:
    task = bundled.TASKS[name]
    loader = _LOADERS[name]
    call = f"{loader}(scaled=False)" if name == "diabetes" else f"{loader}()"
    body = (f"# scikit-learn's {name} data set (shipped with scikit-learn, no download).\n"
            f"bunch = {call}\n"
            "x = np.asarray(bunch.data, dtype=np.float64)\n")
    if task == "regression":
        body += "y = np.asarray(bunch.target, dtype=np.float64).reshape(-1, 1)\n"
    else:
        body += "y = np.asarray(bunch.target, dtype=np.int64)\n"
    n_classes = _CLASSES.get(name)
    if name == "iris":
        if params["features"] != "all":
            body += (f"keep = [i for i, f in enumerate(bunch.feature_names) if f.startswith({params['features']!r})]\n"
                     "x = x[:, keep]\n")
        if params["target"] == "setosa":
            body += "y = (y == 0).astype(np.int64)  # 1 = Iris setosa, 0 = another species\n"
            task, n_classes = "binary", 2
    if name == "digits":
        if params["scale"]:
            body += "x = x / 16.0  # pixel values 0..16 -> 0..1\n"
        if not params["flatten"]:
            body += "x = x.reshape(-1, 8, 8)\n"
    labels = "None" if task == "regression" else "y"
    body += ("\n# A seeded train/test split" + ("" if task == "regression" else ", stratified by class") + ".\n"
             f"rng = np.random.default_rng({params['seed']})\n"
             f"train, test = split_indices(len(x), {params['test_ratio']!r}, rng, labels={labels})\n"
             "x_train, x_test, y_train, y_test = x[train], x[test], y[train], y[test]\n")
    helpers = [snippets.SPLIT]
    if params["standardize"]:
        body += "x_train, x_test = standardize(x_train, x_test)  # statistics of the training part only\n"
    if name == "diabetes" and params.get("standardize_target"):
        body += "y_train, y_test = standardize(y_train, y_test)  # the target too (predictions in standard units)\n"
    if params["standardize"] or (name == "diabetes" and params.get("standardize_target")):
        helpers.append(snippets.STANDARDIZE)
    body += "x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)\n"
    if task == "regression":
        body += "y_train, y_test = y_train.astype(np.float32), y_test.astype(np.float32)\n"
    return DataCode(["import numpy as np", f"from sklearn.datasets import {loader}"], helpers, body, task,
                    n_classes=n_classes)


def _images(name: str, params: dict[str, Any], use_keras: bool) -> DataCode:
    env = f"{name.upper()}_DIR"
    folder = params.get("folder")
    read = ("    x_train_full, y_train_full = read_idx(folder, 'train-images-idx3-ubyte'), "
            "read_idx(folder, 'train-labels-idx1-ubyte')\n"
            "    x_test, y_test = read_idx(folder, 't10k-images-idx3-ubyte'), read_idx(folder, 't10k-labels-idx1-ubyte')\n")
    if use_keras:
        body = (f"# {name}: keras.datasets downloads it once (to ~/.keras/datasets/); set {env} to a folder\n"
                "# holding the four IDX files (train-images-idx3-ubyte[.gz], ...) to read them from there instead.\n"
                f"folder = os.environ.get({env!r}" + (f", {folder!r})\n" if folder else ")\n")
                + "if folder:\n" + read + "else:\n"
                f"    (x_train_full, y_train_full), (x_test, y_test) = keras.datasets.{name}.load_data()\n")
    else:
        default = folder or f"~/.keras/datasets/{name.replace('_', '-')}"
        body = (f"# {name} from the four IDX files (train-images-idx3-ubyte[.gz], ...) in a folder: {env}, or\n"
                "# where keras.datasets keeps them.\n"
                f"folder = os.path.expanduser(os.environ.get({env!r}, {default!r}))\n"
                + read.replace("    x_", "x_"))
    val = params["validation"]
    scale = " / 255.0" if params["scale"] else ""
    body += "\n# Pixels" + (" / 255 -> 0..1" if scale else " as they are (0..255)") + \
        f"; the first {val} training images are the validation set.\n"
    body += "def prepare(images):\n"
    body += f"    x = images.astype(np.float32){scale}\n"
    body += ("    return x.reshape(len(x), -1)\n" if params["flatten"] else "    return x\n")
    if val:
        body += f"x_val, y_val = prepare(x_train_full[:{val}]), y_train_full[:{val}].astype(np.int64)\n"
    stop = "" if params["limit_train"] is None else f"{val + params['limit_train']}"
    body += f"x_train, y_train = prepare(x_train_full[{val}:{stop}]), y_train_full[{val}:{stop}].astype(np.int64)\n"
    limit = "" if params["limit_test"] is None else str(params["limit_test"])
    body += f"x_test, y_test = prepare(x_test[:{limit}]), y_test[:{limit}].astype(np.int64)\n"
    imports = ["import gzip", "import os", "import numpy as np"] + (["import keras"] if use_keras else [])
    return DataCode(imports, [snippets.IDX], body,
                    "multiclass", has_val=bool(val), n_classes=10)


def _csv(params: dict[str, Any], base_dir: Path | None) -> DataCode:
    from ..data.csv_import import load_csv

    path = Path(params["path"]).expanduser()
    if base_dir is not None and not path.is_absolute():
        path = Path(base_dir) / path
    path = path.resolve()   # the script runs from anywhere (a project named by a relative path: from here)
    dataset = load_csv(str(path), params["target"], params["task"], params["delimiter"], params["header"],
                       params["test_ratio"], params["seed"], params["standardize"], params["standardize_target"],
                       params.get("ignore"))
    table = read_table(path, params["delimiter"], params["header"])
    names, _rows, has_header, delim = table.names, table.rows, table.has_header, table.delimiter
    t = _resolve_target(params["target"], table)
    features = feature_columns(table, t, params.get("ignore"))
    missing = f": no such file; put {path.name} in this folder, or set ANNSTUDIO_CSV to its path"
    body = ("# The CSV file (set ANNSTUDIO_CSV to read another copy of it; a copy named as it is, in the folder the\n"
            "# program runs in, is read when the file is not there: an upload to Colab).\n"
            f"csv_path = os.environ.get('ANNSTUDIO_CSV', {str(path)!r})\n"
            f"if not os.path.exists(csv_path) and 'ANNSTUDIO_CSV' not in os.environ and os.path.exists({path.name!r}):\n"
            f"    csv_path = {path.name!r}\n"
            "if not os.path.exists(csv_path):\n"
            f"    raise SystemExit(csv_path + {missing!r})\n"   # repr: a file name is never code, whatever it holds
            "with open(csv_path, 'rb') as fh:\n"
            "    raw = fh.read()\n"
            "try:\n"
            "    text = raw.decode('utf-8-sig')\n"
            "except UnicodeDecodeError:   # saved by a Korean Excel as plain 'CSV': CP949, as annstudio reads it\n"
            "    text = raw.decode('cp949')\n"
            f"rows = [row for row in csv.reader(io.StringIO(text, newline=''), delimiter={delim!r})\n"
            "        if any(v.strip() for v in row)]\n")
    if has_header:
        body += "rows = rows[1:]  # the first row holds the column names\n"
    body += f"TARGET = {t}  # the target column\n"
    categories = {i: texts for i in features if (texts := text_categories(_rows, i)) is not None}
    if categories:   # text columns: one 0/1 feature per text, where the column is (annstudio's CSV import)
        shown = [names[i] for i in features]   # repr: a header cell or a text is never code, whatever it holds
        body += (f"FEATURES = {features!r}  # the feature columns {shown!r}\n"
                 f"CATEGORIES = {categories!r}  # text columns and their texts\n"
                 "def features(row):\n"
                 "    out = []\n"
                 "    for i in FEATURES:\n"
                 "        if i in CATEGORIES:\n"
                 "            out += [1.0 if row[i].strip() == text else 0.0 for text in CATEGORIES[i]]\n"
                 "        else:\n"
                 "            out.append(float(row[i]))\n"
                 "    return out\n"
                 "x = np.array([features(row) for row in rows])\n")
    elif len(features) == len(names) - 1:
        body += "x = np.array([[float(v) for i, v in enumerate(row) if i != TARGET] for row in rows])\n"
    else:   # some columns left out ('ignore')
        shown = [names[i] for i in features]   # repr: a header cell is never code, whatever it holds
        body += (f"FEATURES = {features!r}  # the feature columns {shown!r}\n"
                 "x = np.array([[float(row[i]) for i in FEATURES] for row in rows])\n")
    body += "target = [row[TARGET].strip() for row in rows]\n"
    task = dataset.task
    labels = "None"
    if task == "regression":
        body += "y = np.array([float(v) for v in target]).reshape(-1, 1)\n"
    else:
        numeric = all(_is_float(v) for v in dataset.class_names or [])
        if numeric:
            classes = sorted({float(row[t]) for row in _rows})
            body += f"CLASSES = {classes!r}\ny = np.array([CLASSES.index(float(v)) for v in target], dtype=np.int64)\n"
        else:
            body += (f"CLASSES = {dataset.class_names!r}\n"
                     "y = np.array([CLASSES.index(v) for v in target], dtype=np.int64)\n")
        labels = "y"
    body += (f"rng = np.random.default_rng({params['seed']})\n"
             f"train, test = split_indices(len(x), {params['test_ratio']!r}, rng, labels={labels})\n"
             "x_train, x_test, y_train, y_test = x[train], x[test], y[train], y[test]\n")
    helpers = [snippets.SPLIT]
    if params["standardize"] or (task == "regression" and params["standardize_target"]):
        helpers.append(snippets.STANDARDIZE)
    if params["standardize"]:
        body += "x_train, x_test = standardize(x_train, x_test)\n"
    if task == "regression" and params["standardize_target"]:
        body += "y_train, y_test = standardize(y_train, y_test)\n"
    body += "x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)\n"
    if task == "regression":
        body += "y_train, y_test = y_train.astype(np.float32), y_test.astype(np.float32)\n"
    return DataCode(["import csv", "import io", "import os", "import numpy as np"], helpers, body, task,
                    n_classes=len(dataset.class_names or []) or None)


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _targets(project: Project, code: DataCode) -> str:
    """The targets in the loss's form (annstudio's ``prepare_targets``)."""
    cfg = project.training
    form = target_form(cfg.loss["name"], code.task)
    parts = ("train", "test", "val") if code.has_val else ("train", "test")
    cast = "" if cfg.dtype == "float32" else "".join(f"x_{p} = x_{p}.astype(np.{cfg.dtype})\n" for p in parts)
    return cast + _target_lines(cfg, form, code, parts)


def _target_lines(cfg: Any, form: str, code: DataCode, parts: tuple[str, ...]) -> str:
    if form == "labels":
        return "".join(f"y_{p} = y_{p}.astype(np.int64).reshape(-1)\n" for p in parts)
    if form == "one_hot":
        lines = "".join(f"y_{p} = np.eye({code.n_classes}, dtype=np.{cfg.dtype})[y_{p}.astype(np.int64).reshape(-1)]\n"
                        for p in parts)
        return "# One-hot targets for categorical cross-entropy.\n" + lines
    if form == "column":
        return "".join(f"y_{p} = y_{p}.reshape(-1, 1).astype(np.{cfg.dtype})\n" for p in parts)
    return "".join(f"y_{p} = y_{p}.reshape(len(y_{p}), -1).astype(np.{cfg.dtype})\n" for p in parts)
