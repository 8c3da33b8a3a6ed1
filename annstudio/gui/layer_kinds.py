"""The GUI's side of each layer kind: colour, palette texts, inspector explanation and fields, card text,
diagram note. One ``GuiKind`` per kind of ``annstudio.spec.layer_kinds`` (which holds what a kind *is*).

The palette lists the kinds whose ``in_palette`` is true, in this table's order; the inspector builds a
kind's page from ``fields`` (each names a registry parameter; its type and range come from the
registry, the label and tooltip from here); the card shows ``card(config)``; the network diagram draws
a kind as its ``diagram`` role says (``"input"``, ``"dense"`` and ``"join"`` are columns, ``"note"`` is
a note ``note(config)`` on the column it follows).

Texts are translated when asked for (functions), in the contexts the translations already use
(``LayerPalette``, ``LayerInspector``, ``LayerCardDelegate``). Importing this module does not import
Qt, so the diagram's geometry (``gui/views/network_layout.py``) stays Qt-free. It sits at the top of
``gui/`` (beside ``i18n``) because both ``gui/editor`` and ``gui/views`` read it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Text = Callable[[], str]


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` (Qt imported on first use; lupdate reads the literal context)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class Field:
    """One editor in the inspector for registry parameter ``key`` (``"inputs"``: the layers a kind that
    joins several inputs takes). ``part``: ``"l1"``/``"l2"`` of a regularizer. ``attr``: the inspector
    attribute that holds the widget (``error_attr``: a shape field's error label); ``alias``: the name
    ``LayerInspector.editor_for`` knows it by when that is not ``key``. ``step``: how far the arrows
    move a number field; ``fits``: a value it shows in full (its range is the registry parameter's)."""

    key: str
    object_name: str
    label: Text | None = None
    tooltip: Text | None = None
    text: Text | None = None          # a check box's own text; a list's or line edit's hint
    attr: str | None = None
    error_attr: str | None = None
    alias: str | None = None
    part: str | None = None
    step: float = 1.0
    accessible: Text | None = None
    fits: str = ""                    # a number field is at least wide enough to show this text in full


def _no_note(config: dict[str, Any]) -> str:
    return ""


@dataclass(frozen=True)
class GuiKind:
    color: str                                   # the stripe in the palette, on cards and in the inspector
    subtitle: Text                               # the palette's second line
    tooltip: Text                                # the palette's tooltip
    explanation: Text                            # the inspector's lines on what the layer computes
    card: Callable[[dict[str, Any]], list[str]]  # the card's key settings, e.g. ["8 units", "tanh"]
    fields: tuple[Field, ...] = ()
    diagram: str = "note"                        # "input", "dense", "join" (columns) or "note"
    note: Callable[[dict[str, Any]], str] | None = None   # the diagram note (None: the kind's name)
    in_palette: bool = True
    hint: Text | None = None                     # a line under the inspector's fields


def _num(value: Any) -> str:
    """Numbers as a learner typed them: 0.5, 0.99, 0.001 (no float noise)."""
    return f"{value:g}" if isinstance(value, float) else str(value)


# ----------------------------------------------------------------------------- cards
def _input_card(c: dict[str, Any]) -> list[str]:
    shape = c.get("shape") or []
    if isinstance(shape, list) and len(shape) == 1:
        return [translate("LayerCardDelegate", "{0} features").format(shape[0])]
    return [translate("LayerCardDelegate", "shape {0}").format("×".join(str(d) for d in shape))]


def _dense_card(c: dict[str, Any]) -> list[str]:
    units = c.get("units")
    parts = [translate("LayerCardDelegate", "1 unit") if units == 1
             else translate("LayerCardDelegate", "{0} units").format(units), str(c.get("activation"))]
    if not c.get("use_bias", True):
        parts.append(translate("LayerCardDelegate", "no bias"))
    if c.get("kernel_regularizer"):
        parts.append(translate("LayerCardDelegate", "regularized"))
    return parts


def _activation_field(object_name: str, label: Text, attr: str, alias: str | None = None) -> Field:
    return Field("activation", object_name, label, attr=attr, alias=alias)


def _rescaling_text(c: dict[str, Any]) -> str:
    """``x ÷ 255``, ``x × 2 − 1``: the scale as a division when it is 1/n for a whole n > 1."""
    scale, offset = c.get("scale"), c.get("offset")
    if not isinstance(scale, (int, float)) or not isinstance(offset, (int, float)):
        return f"x × {scale} + {offset}"
    inverse = 1 / scale if scale else 0.0
    if abs(inverse) > 1 and abs(inverse - round(inverse)) < 1e-6 * abs(inverse):
        text = f"x ÷ {round(inverse):d}"
    else:
        text = f"x × {scale:g}"
    if offset:
        text += f" {'−' if offset < 0 else '+'} {abs(offset):g}"
    return text


def _dropout_note(c: dict[str, Any]) -> str:
    return f"Dropout {float(c['rate']):g}"


# ----------------------------------------------------------------------------- the table
GUI_KINDS: dict[str, GuiKind] = {
    "Input": GuiKind(
        color="#546e7a",
        subtitle=lambda: translate("LayerPalette", "input layer"),
        tooltip=lambda: translate("LayerPalette", "Input: where the features of one sample enter the network."),
        explanation=lambda: translate(
            "LayerInspector", "The features of one sample enter here. Shape: the number of input columns "
            "(e.g. 2), or height, width for images (e.g. 28, 28)."),
        card=_input_card,
        fields=(Field("shape", "inputShape", lambda: translate("LayerInspector", "Shape"),
                      lambda: translate("LayerInspector", "Comma-separated positive whole numbers: features, or height, width"),
                      text=lambda: translate("LayerInspector", "e.g. 2  or  28, 28"),
                      attr="shape_edit", error_attr="shape_error"),),
        diagram="input",
        in_palette=False,
    ),
    "Dense": GuiKind(
        color="#00897b",
        subtitle=lambda: translate("LayerPalette", "fully connected layer"),
        tooltip=lambda: translate("LayerPalette",
                                  "Dense (fully connected): every neuron takes every input, multiplies it by a weight, "
                                  "adds a bias and applies an activation function: y = f(x·W + b)."),
        explanation=lambda: translate(
            "LayerInspector", "y = activation(x·W + b): each unit (neuron) weighs every input, adds its bias "
            "and applies the activation function."),
        card=_dense_card,
        fields=(
            Field("units", "units", lambda: translate("LayerInspector", "Units"),
                  lambda: translate("LayerInspector", "Number of neurons (units) = size of the output"), attr="units_spin"),
            _activation_field("activation", lambda: translate("LayerInspector", "Activation"), "activation_combo"),
            Field("use_bias", "useBias", lambda: translate("LayerInspector", "Bias"),
                  text=lambda: translate("LayerInspector", "Add a bias b to each unit"), attr="use_bias_check"),
            Field("kernel_initializer", "kernelInitializer", lambda: translate("LayerInspector", "Weight init."),
                  lambda: translate("LayerInspector", "How the weights W get their random starting values"), attr="kernel_init"),
            Field("bias_initializer", "biasInitializer", lambda: translate("LayerInspector", "Bias init."),
                  lambda: translate("LayerInspector", "Starting values of the biases b"), attr="bias_init"),
            Field("kernel_regularizer", "kernelL1", lambda: translate("LayerInspector", "L1 (weights)"),
                  lambda: translate("LayerInspector", "L1 penalty on the weights: adds l1·Σ|w| to the loss (0 = off)"),
                  attr="l1_spin", alias="l1", part="l1", step=0.001),
            Field("kernel_regularizer", "kernelL2", lambda: translate("LayerInspector", "L2 (weights)"),
                  lambda: translate("LayerInspector", "L2 penalty on the weights: adds l2·Σw² to the loss (0 = off)"),
                  attr="l2_spin", alias="l2", part="l2", step=0.001),
        ),
        diagram="dense",
    ),
    "Dropout": GuiKind(
        color="#8e24aa",
        subtitle=lambda: translate("LayerPalette", "randomly drops values"),
        tooltip=lambda: translate("LayerPalette",
                                  "Dropout: during training, sets a random fraction of the values to zero so the network "
                                  "cannot rely on single neurons. Helps against overfitting; does nothing when predicting."),
        explanation=lambda: translate(
            "LayerInspector", "While training, each value becomes 0 with probability rate (the rest are "
            "scaled by 1/(1 − rate)). When predicting, values pass unchanged."),
        card=lambda c: [translate("LayerCardDelegate", "rate {0}").format(_num(c.get("rate")))],
        fields=(Field("rate", "rate", lambda: translate("LayerInspector", "Rate"),
                      lambda: translate("LayerInspector", "Fraction of the values set to 0 while training (0 – 0.95)"),
                      attr="rate_spin", step=0.05),),
        note=_dropout_note,
    ),
    "Activation": GuiKind(
        color="#7cb342",
        subtitle=lambda: translate("LayerPalette", "activation function"),
        tooltip=lambda: translate("LayerPalette",
                                  "Activation: applies a function such as ReLU, sigmoid or tanh to every value. "
                                  "It has no weights; it makes the network non-linear."),
        explanation=lambda: translate(
            "LayerInspector", "y = f(x) for every value. No weights: it only makes the network non-linear."),
        card=lambda c: [str(c.get("activation"))],
        fields=(_activation_field("function", lambda: translate("LayerInspector", "Function"), "function_combo", "function"),),
        note=lambda c: f"Activation {c['activation']}",
    ),
    "BatchNormalization": GuiKind(
        color="#b8860b",
        subtitle=lambda: translate("LayerPalette", "batch normalization"),
        tooltip=lambda: translate("LayerPalette",
                                  "Batch normalization: rescales each feature to mean 0 and variance 1 over the "
                                  "batch, then learns a scale and shift. Often makes training faster and steadier."),
        explanation=lambda: translate("LayerInspector", "y = γ·(x − mean)/√(variance + ε) + β, with the batch's mean and "
                                      "variance while training and their running averages when predicting."),
        card=lambda c: [translate("LayerCardDelegate", "momentum {0}").format(_num(c.get("momentum")))],
        fields=(
            Field("momentum", "momentum", lambda: translate("LayerInspector", "Momentum"),
                  lambda: translate("LayerInspector", "How slowly the running mean and variance follow the batches (0 – 1)"),
                  attr="momentum_spin", step=0.01),
            Field("epsilon", "epsilon", lambda: translate("LayerInspector", "Epsilon"),
                  lambda: translate("LayerInspector", "Small number ε added to the variance to avoid dividing by 0"),
                  attr="epsilon_spin", step=0.001),
            Field("center", "center", text=lambda: translate("LayerInspector", "Learn a shift β (center)"), attr="center_check"),
            Field("scale", "scale", text=lambda: translate("LayerInspector", "Learn a scale γ (scale)"), attr="scale_check"),
        ),
        note=lambda c: "BatchNorm",
    ),
    "Concatenate": GuiKind(
        color="#ad1457",
        subtitle=lambda: translate("LayerPalette", "joins layers side by side"),
        tooltip=lambda: translate("LayerPalette",
                                  "Concatenate: joins the outputs of two or more earlier layers side by side. "
                                  "Wide & Deep networks join the Input with the last hidden layer."),
        explanation=lambda: translate("LayerInspector", "Joins the outputs of the ticked layers side by side: their features one "
                                      "after another."),
        card=lambda c: [],
        fields=(Field("inputs", "concatInputs", lambda: translate("LayerInspector", "Inputs (earlier layers):"),
                      accessible=lambda: translate("LayerInspector", "Inputs of the Concatenate layer"), attr="inputs_list"),),
        hint=lambda: translate("LayerInspector", "Wide & Deep: tick the Input to join it with the last hidden layer. "
                               "A new Concatenate takes the layer just before it."),
        diagram="join",
    ),
    "Flatten": GuiKind(
        color="#8d6e63",
        subtitle=lambda: translate("LayerPalette", "image to vector"),
        tooltip=lambda: translate("LayerPalette",
                                  "Flatten: turns an image (height × width) into one long vector so a Dense layer can read it. "
                                  "It has no weights."),
        explanation=lambda: translate(
            "LayerInspector", "Reshapes (height, width) into one vector of height·width values so a Dense "
            "layer can read it. No weights."),
        card=lambda c: [translate("LayerCardDelegate", "to one vector")],
    ),
    "Rescaling": GuiKind(
        color="#827717",
        subtitle=lambda: translate("LayerPalette", "scales values (÷ 255)"),
        tooltip=lambda: translate("LayerPalette",
                                  "Rescaling: multiplies every value by a scale and adds an offset: y = x·scale + offset. "
                                  "With scale 1/255 the model takes raw pixels (0 – 255) and sees values from 0 to 1. "
                                  "It has no weights."),
        explanation=lambda: translate(
            "LayerInspector", "y = x·scale + offset for every value. Scale 1/255 ≈ 0.00392 turns pixels "
            "0 – 255 into 0 – 1, so a saved model takes raw pixels. No weights."),
        card=lambda c: [_rescaling_text(c)],
        fields=(
            Field("scale", "rescalingScale", lambda: translate("LayerInspector", "Scale"),
                  lambda: translate("LayerInspector", "Every value is multiplied by this (1/255 ≈ 0.00392 for pixels)"),
                  step=0.001, fits="-0.00392157"),
            Field("offset", "rescalingOffset", lambda: translate("LayerInspector", "Offset"),
                  lambda: translate(
                      "LayerInspector", "Added after scaling (e.g. −1 with scale 1/127.5 gives values from −1 to 1)"),
                  step=0.1, fits="-0.00392157"),
        ),
        note=lambda c: f"Rescaling {_rescaling_text(c)}",
    ),
}

# the kinds the palette offers, in its order
PALETTE_KINDS = tuple(name for name, kind in GUI_KINDS.items() if kind.in_palette)

_UNKNOWN = GuiKind("#9e9e9e", lambda: "", lambda: "", lambda: "", lambda c: [])


def gui_kind(name: str) -> GuiKind:
    """The GUI entry of kind ``name`` (a plain grey one for a kind the table does not know)."""
    return GUI_KINDS.get(name, _UNKNOWN)


def diagram_note(kind: str, config: dict[str, Any]) -> str:
    """The note the network diagram writes for a layer drawn on the column it follows."""
    note = gui_kind(kind).note
    return note(config) if note is not None else kind


def setting_label(kind: str, key: str) -> str:
    """The name a learner sees for setting ``key`` of a ``kind`` layer: the inspector's label ("Units",
    "유닛 수"), else the registry's word for it (``annstudio.spec.layer_kinds.SETTING_NAMES``), translated."""
    for item in gui_kind(kind).fields:
        label = item.label or item.text
        if item.key == key and item.part is None and label is not None:
            return label().rstrip(": ：")
    from ..spec.layer_kinds import setting_name
    from .i18n import render

    return render(setting_name(key))
