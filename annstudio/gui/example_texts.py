"""The bundled examples' names and descriptions (``resources/examples/*.annproj``), marked for translation.

An example file keeps its English name and description (the file is data, shared with the CLI); the GUI
shows them through ``example_text``, in the context ``"Examples"``. ``tests/gui/test_catalogue.py`` fails
when an example's name or description is missing here or has no Korean translation.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Examples"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate reads it); returns it unchanged."""
    return text


TEXTS = (
    QT_TRANSLATE_NOOP("Examples", "Challenge: XOR with 4 hidden units"),
    QT_TRANSLATE_NOOP("Examples", "A teacher's challenge: the data is fixed; reach 95 % test accuracy with at most 4 "
                                  "hidden units."),
    QT_TRANSLATE_NOOP("Examples", "Reach 95 % test accuracy on the XOR points with at most 4 hidden units."),
    QT_TRANSLATE_NOOP("Examples", "Diabetes regression"),
    QT_TRANSLATE_NOOP("Examples", "Regression MLP of the notes (Dense(30, relu) -> Dense(1), MSE, SGD) on "
                                  "scikit-learn's diabetes data."),
    QT_TRANSLATE_NOOP("Examples", "Handwritten digits (8x8)"),
    QT_TRANSLATE_NOOP("Examples", "scikit-learn's 8x8 handwritten digits, 64 inputs -> 64 ReLU -> 10 softmax."),
    QT_TRANSLATE_NOOP("Examples", "Fashion-MNIST classifier"),
    QT_TRANSLATE_NOOP("Examples", "The notes' recipe: Flatten(28x28) -> 300 relu -> 100 relu -> 10 softmax, SGD 0.01, "
                                  "30 epochs, first 5,000 training images for validation; about 88-89 % accuracy."),
    QT_TRANSLATE_NOOP("Examples", "AND gate"),
    QT_TRANSLATE_NOOP("Examples", "One neuron with a sigmoid learns the AND gate (the perceptron chapter): 2 inputs, "
                                  "1 output."),
    QT_TRANSLATE_NOOP("Examples", "MNIST digits (ANN)"),
    QT_TRANSLATE_NOOP("Examples", "The notes' MNIST ANN: 784 pixels -> 256 relu -> 256 relu -> 10 logits, kernels and "
                                  "biases drawn from RandomNormal(stddev 1), softmax cross-entropy from logits, Adam "
                                  "0.001, batch 256, 30 epochs; about 94 % test accuracy. Needs the MNIST files "
                                  "(mnist.npz in ~/.keras/datasets, or the IDX files in a folder chosen in the data "
                                  "panel)."),
    QT_TRANSLATE_NOOP("Examples", "Housing-style regression"),
    QT_TRANSLATE_NOOP("Examples", "The notes' California-housing recipe: standardised features -> Dense(30, relu) -> "
                                  "Dense(1), MSE, SGD 1e-3, 20 epochs. California housing must be downloaded, so this "
                                  "runs offline on scikit-learn's bundled diabetes data; to use California housing, "
                                  "save it as a CSV (8 feature columns, the price last), choose 'CSV file' in the data "
                                  "panel and click 'Fit the model to this data'."),
    QT_TRANSLATE_NOOP("Examples", "Callbacks: checkpoints and early stopping"),
    QT_TRANSLATE_NOOP("Examples", "The notes' callbacks on the housing-style regression: ModelCheckpoint keeps the best "
                                  "model so far in my_keras_model.h5 (save_best_only, on val loss), "
                                  "EarlyStopping(patience=10, restore_best_weights=True) ends training once val loss "
                                  "has not improved for 10 epochs and puts the best weights back, and TensorBoard logs "
                                  "go to my_logs/run_<start time>. Up to 100 epochs, SGD 0.01 on scikit-learn's "
                                  "diabetes data: it stops after about 20. Save the project first: the files are "
                                  "written beside it."),
    QT_TRANSLATE_NOOP("Examples", "Iris species"),
    QT_TRANSLATE_NOOP("Examples", "Three iris species from four flower measurements: a small softmax classifier."),
    QT_TRANSLATE_NOOP("Examples", "Two spirals"),
    QT_TRANSLATE_NOOP("Examples", "The hardest TensorFlow-Playground set: two interleaved spirals, 2-16-16-1 tanh "
                                  "network."),
    QT_TRANSLATE_NOOP("Examples", "Wide & Deep"),
    QT_TRANSLATE_NOOP("Examples", "Wide & Deep (Cheng et al. 2016) with the functional API of the notes: the input goes "
                                  "through two Dense(30, relu) layers (deep path) and also straight to a Concatenate "
                                  "(wide path), then Dense(1); regression on scikit-learn's diabetes data (the notes use "
                                  "California housing)."),
    # the Learn lab's two-layer network opened in the editor (``learn.perceptron_examples.xor_project``)
    QT_TRANSLATE_NOOP("Examples", "XOR in two layers"),
    QT_TRANSLATE_NOOP("Examples", "NAND and OR feed AND: the notes' two-layer perceptron for XOR, weights set by hand."),
    QT_TRANSLATE_NOOP("Examples", "XOR with a hidden layer"),
    QT_TRANSLATE_NOOP("Examples", "XOR is not linearly separable: one perceptron fails, a hidden layer of 8 tanh units "
                                  "solves it."),
)


def example_text(text: str) -> str:
    """An example's name or description in the UI language (unchanged when it is not a bundled example's)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text
