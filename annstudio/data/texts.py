"""Every data set's title and description, and the category titles, in English: the one place they are written.

The strings are marked with ``QT_TRANSLATE_NOOP`` (a no-op here: ``data/`` imports no Qt) so that
``tools/update_translations.py`` extracts them; the GUI shows them through Qt's translation with the context
``"DatasetPanel"`` (``annstudio.gui.editor.dataset_panel``), so the Korean UI gets Korean texts.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


CONTEXT = "DatasetPanel"

# menu groups, in display order
CATEGORY_TITLES: dict[str, str] = {
    "gates": QT_TRANSLATE_NOOP("DatasetPanel", "Logic gates"),
    "toy": QT_TRANSLATE_NOOP("DatasetPanel", "2-D toy sets (Playground)"),
    "bundled": QT_TRANSLATE_NOOP("DatasetPanel", "Bundled data sets"),
    "images": QT_TRANSLATE_NOOP("DatasetPanel", "Image data sets"),
    "file": QT_TRANSLATE_NOOP("DatasetPanel", "Your own data (CSV)"),
}

# short names
TITLES: dict[str, str] = {
    "and": QT_TRANSLATE_NOOP("DatasetPanel", "AND gate"),
    "or": QT_TRANSLATE_NOOP("DatasetPanel", "OR gate"),
    "nand": QT_TRANSLATE_NOOP("DatasetPanel", "NAND gate"),
    "nor": QT_TRANSLATE_NOOP("DatasetPanel", "NOR gate"),
    "xor": QT_TRANSLATE_NOOP("DatasetPanel", "XOR gate"),
    "toy_circle": QT_TRANSLATE_NOOP("DatasetPanel", "Circle"),
    "toy_xor": QT_TRANSLATE_NOOP("DatasetPanel", "Exclusive or"),
    "gaussians": QT_TRANSLATE_NOOP("DatasetPanel", "Two Gaussians"),
    "spiral": QT_TRANSLATE_NOOP("DatasetPanel", "Spiral"),
    "moons": QT_TRANSLATE_NOOP("DatasetPanel", "Moons"),
    "plane": QT_TRANSLATE_NOOP("DatasetPanel", "Plane (regression)"),
    "multi_gaussian": QT_TRANSLATE_NOOP("DatasetPanel", "Multi Gaussian (regression)"),
    "iris": QT_TRANSLATE_NOOP("DatasetPanel", "Iris"),
    "digits": QT_TRANSLATE_NOOP("DatasetPanel", "Digits 8x8"),
    "wine": QT_TRANSLATE_NOOP("DatasetPanel", "Wine"),
    "breast_cancer": QT_TRANSLATE_NOOP("DatasetPanel", "Breast cancer"),
    "diabetes": QT_TRANSLATE_NOOP("DatasetPanel", "Diabetes (regression)"),
    "fashion_mnist": QT_TRANSLATE_NOOP("DatasetPanel", "Fashion-MNIST"),
    "mnist": QT_TRANSLATE_NOOP("DatasetPanel", "MNIST"),
    "csv": QT_TRANSLATE_NOOP("DatasetPanel", "CSV file"),
}

# one or two sentences shown under the data set picker
DESCRIPTIONS: dict[str, str] = {
    "and": QT_TRANSLATE_NOOP("DatasetPanel", "AND gate truth table (4 points). Linearly separable: one perceptron "
                                             "can learn it."),
    "or": QT_TRANSLATE_NOOP("DatasetPanel", "OR gate truth table (4 points). Linearly separable: one perceptron can "
                                            "learn it."),
    "nand": QT_TRANSLATE_NOOP("DatasetPanel", "NAND gate truth table (4 points). Linearly separable: one perceptron "
                                              "can learn it."),
    "nor": QT_TRANSLATE_NOOP("DatasetPanel", "NOR gate truth table (4 points). Linearly separable, like AND and OR."),
    "xor": QT_TRANSLATE_NOOP("DatasetPanel", "XOR gate truth table (4 points). Not linearly separable: it needs a "
                                             "hidden layer."),
    "toy_circle": QT_TRANSLATE_NOOP("DatasetPanel", "One class inside a circle, the other in a ring around it. Needs "
                                                    "a non-linear decision boundary."),
    "toy_xor": QT_TRANSLATE_NOOP("DatasetPanel", "Class 1 where x1 and x2 have the same sign, class 0 in the other "
                                                 "two quadrants."),
    "gaussians": QT_TRANSLATE_NOOP("DatasetPanel", "Two Gaussian clouds; linearly separable when the noise is low."),
    "spiral": QT_TRANSLATE_NOOP("DatasetPanel", "Two interleaved spirals: the hardest toy set, it needs several "
                                                "hidden layers."),
    "moons": QT_TRANSLATE_NOOP("DatasetPanel", "Two interleaving half circles."),
    "plane": QT_TRANSLATE_NOOP("DatasetPanel", "Regression: the target rises linearly across the plane."),
    "multi_gaussian": QT_TRANSLATE_NOOP("DatasetPanel", "Regression: six Gaussian bumps of +1 and -1."),
    "iris": QT_TRANSLATE_NOOP("DatasetPanel", "Iris flowers: 150 samples, 4 measurements, 3 species."),
    "digits": QT_TRANSLATE_NOOP("DatasetPanel", "Handwritten digits 0-9 as 8x8 images (1,797 samples): a small, "
                                                "offline stand-in for MNIST."),
    "wine": QT_TRANSLATE_NOOP("DatasetPanel", "Wine recognition: 178 samples, 13 chemical measurements, 3 "
                                              "cultivars."),
    "breast_cancer": QT_TRANSLATE_NOOP("DatasetPanel", "Breast cancer Wisconsin: 569 samples, 30 features, malignant "
                                                       "or benign."),
    "diabetes": QT_TRANSLATE_NOOP("DatasetPanel", "Regression: disease progression of 442 patients from 10 "
                                                  "features."),
    "fashion_mnist": QT_TRANSLATE_NOOP("DatasetPanel", "70,000 grayscale 28x28 images of 10 kinds of clothing "
                                                       "(60,000 for training, 10,000 for testing)."),
    "mnist": QT_TRANSLATE_NOOP("DatasetPanel", "70,000 grayscale 28x28 images of handwritten digits (60,000 for "
                                               "training, 10,000 for testing)."),
    "csv": QT_TRANSLATE_NOOP("DatasetPanel", "Your own table: feature columns (numbers, or texts such as "
                                             "categories) and one target column (class labels or numbers)."),
}
