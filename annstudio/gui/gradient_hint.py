"""The hint shown where a model cannot learn by gradient descent (step or sign activations).

The rule (which layers have no useful gradient) is ``spec.training.layers_without_gradient``; this
module only words it, for the layer cards, the Inspector and the Training tab. Product decision: Play
still trains such a model (the flat loss is itself the lesson), but the learner is told why before
and when it starts, and pointed to the perceptron learning rule, which does train step units.
"""
from __future__ import annotations

from ..spec import ModelSpec
from ..spec.training import layers_without_gradient
from .i18n import render, translate


def layer_hint(activation: str) -> str:
    """One line for a layer card / the Inspector, e.g. for a Dense layer with a step activation."""
    return translate("GradientHint", "{0} has derivative 0: gradient descent cannot train this layer; "
                                     "use the perceptron learning rule").format(activation)


def model_hint(spec: ModelSpec) -> str:
    """The Training tab's warning for ``spec``, or "" when every layer passes a gradient."""
    found = layers_without_gradient(spec)
    if not found:
        return ""
    layers = ", ".join(f"{name} ({activation})" for name, activation in found.items())
    return translate(
        "GradientHint",
        "Gradient descent cannot train this model: {0} has derivative 0 everywhere, so no gradient reaches "
        "the weights and the loss stays flat. Train step units with the perceptron learning rule "
        "(w ← w + η (y − ŷ) x), or choose sigmoid or tanh to train with gradient descent.").format(layers)


def storage_hint(problem: str) -> str:
    """One line for a layer card / the Inspector when Keras' .h5 layout cannot hold the layer
    (``spec.keras_storable``): the model trains, but Export .h5 and checkpoints will refuse it."""
    return translate("GradientHint", "Cannot be exported as Keras .h5: {0}").format(render(problem))
