"""Probes: ``probe(model, dataset, *, force=False) -> dict`` callables that the training worker runs between steps.

A probe looks at the model being trained (either backend, through ``backends.base.TrainableModel``) and
returns plain data (NumPy arrays, numbers, strings) under a key of its own. The worker
(``annstudio.gui.run.worker``) deep-copies the dict and sends it to the GUI as
``{"event": "probe", "step", "results": {...}}``. Probes import neither Qt nor TensorFlow, never change the
model, and run in worker threads only.

One module per probe, what they share in :mod:`.common`:

- :mod:`.activations` — ``ActivationStatsProbe`` (``"activations"``), the activation view;
- :mod:`.decision` — ``DecisionRegionProbe`` (``"decision"``) on a ``DecisionGrid``, the decision plot;
- :mod:`.weights` — ``WeightsProbe`` (``"weights"``), the network diagram and the results panel;
- :mod:`.neuron_maps` — ``NeuronMapsProbe`` (``"neuron_maps"``), the diagram's thumbnails;
- :mod:`.results` — ``ResultsProbe`` (``"results"``), the results panel.
"""
from __future__ import annotations

from .activations import (
    DYING_ACTIVATIONS,
    SATURATING_ACTIVATIONS,
    SATURATION_DERIVATIVE,
    ActivationStatsProbe,
    activation_stats,
    layer_pre_activations,
    saturation_limit,
)
from .common import (
    RATE_TOLERANCE,
    Probe,
    Throttle,
    class_probabilities,
    image_shape,
    output_link,
    output_probabilities,
)
from .decision import (
    DECISION_MAX_RATE,
    DECISION_RESOLUTIONS,
    EQUAL_ASPECT_LIMIT,
    DecisionGrid,
    DecisionGridArrays,
    DecisionGridConfig,
    DecisionRegionProbe,
    build_decision_grid,
    decision_unavailable,
    effective_features,
)
from .neuron_maps import NeuronMapsProbe, two_input_grid
from .results import ResultsProbe, class_scores, confusion_matrix, display_images
from .weights import WeightsProbe

__all__ = [
    "DECISION_MAX_RATE",
    "DECISION_RESOLUTIONS",
    "DYING_ACTIVATIONS",
    "EQUAL_ASPECT_LIMIT",
    "RATE_TOLERANCE",
    "SATURATING_ACTIVATIONS",
    "SATURATION_DERIVATIVE",
    "ActivationStatsProbe",
    "DecisionGrid",
    "DecisionGridArrays",
    "DecisionGridConfig",
    "DecisionRegionProbe",
    "NeuronMapsProbe",
    "Probe",
    "ResultsProbe",
    "Throttle",
    "WeightsProbe",
    "activation_stats",
    "build_decision_grid",
    "class_probabilities",
    "class_scores",
    "confusion_matrix",
    "decision_unavailable",
    "display_images",
    "effective_features",
    "image_shape",
    "layer_pre_activations",
    "output_link",
    "output_probabilities",
    "saturation_limit",
    "two_input_grid",
]
